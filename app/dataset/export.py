"""Writing the dataset: JSONL (streamed), JSON, Parquet, stats and a dataset card.

``write_dataset`` makes one pass over the generator and feeds every sink at once, so memory
stays flat however many records are asked for: JSONL and JSON are written line by line,
Parquet in row groups, and split membership is decided per family up front.

Parquet schema (``PARQUET_SCHEMA``; ``strict`` drops ``id`` and ``provenance``)::

    id            string
    input         string
    context       string
    output_agent  string
    metadata      struct<category: string, complexity: string, domain: string,
                         expected_model: string, quality_score: double, tags: list<string>>
    provenance    struct<family: string, augmentation: string, parent: string (nullable)>
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from app.dataset.generator import DatasetConfig, DatasetGenerator, used_families
from app.dataset.records import TaskRecord
from app.dataset.split import Split, assign_families
from app.labels import CATEGORIES, COMPLEXITIES, DOMAINS, MODEL_TIERS

FILE_STEM = "claude_training"
STATS_FILE = f"{FILE_STEM}_stats.json"
CARD_FILE = "DATASET_CARD.md"
#: rows per Parquet row group: what a streamed export holds in memory at once (about 10-20 MB)
PARQUET_ROW_GROUP = 10_000


class Format(StrEnum):
    JSONL = "jsonl"
    JSON = "json"
    PARQUET = "parquet"


def file_name(split: str, fmt: Format) -> str:
    """``claude_training_full.jsonl``, ``claude_training_test.jsonl``, ..."""
    return f"{FILE_STEM}_{split}.{fmt.value}"


_METADATA_TYPE = pa.struct(
    [
        ("category", pa.string()),
        ("complexity", pa.string()),
        ("domain", pa.string()),
        ("expected_model", pa.string()),
        ("quality_score", pa.float64()),
        ("tags", pa.list_(pa.string())),
    ]
)
_PROVENANCE_TYPE = pa.struct([("family", pa.string()), ("augmentation", pa.string()), ("parent", pa.string())])


def parquet_schema(strict: bool = False) -> pa.Schema:
    fields = [
        ("input", pa.string()),
        ("context", pa.string()),
        ("output_agent", pa.string()),
        ("metadata", _METADATA_TYPE),
    ]
    if not strict:
        fields = [("id", pa.string()), *fields, ("provenance", _PROVENANCE_TYPE)]
    return pa.schema(fields)


PARQUET_SCHEMA = parquet_schema()


def dumps(record: TaskRecord, strict: bool = False) -> str:
    """One record as a compact JSON line (UTF-8, keys in contract order)."""
    return json.dumps(record.to_dict(strict=strict), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------
# Sinks: each takes records one at a time


class _Sink:
    def write(self, record: TaskRecord) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class JsonlSink(_Sink):
    def __init__(self, stream: IO[str], strict: bool) -> None:
        self.stream, self.strict = stream, strict

    def write(self, record: TaskRecord) -> None:
        self.stream.write(dumps(record, self.strict))
        self.stream.write("\n")

    def close(self) -> None:
        self.stream.close()


class JsonSink(_Sink):
    """A JSON array, one record per line, written incrementally."""

    def __init__(self, stream: IO[str], strict: bool) -> None:
        self.stream, self.strict, self.first = stream, strict, True
        stream.write("[\n")

    def write(self, record: TaskRecord) -> None:
        if not self.first:
            self.stream.write(",\n")
        self.first = False
        self.stream.write(dumps(record, self.strict))

    def close(self) -> None:
        self.stream.write("\n]\n" if not self.first else "]\n")
        self.stream.close()


class ParquetSink(_Sink):
    def __init__(self, target: str | Path | IO[bytes], strict: bool) -> None:
        self.strict = strict
        self.schema = parquet_schema(strict)
        self.writer = pq.ParquetWriter(target, self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []
        self.any = False

    def write(self, record: TaskRecord) -> None:
        self.rows.append(record.to_dict(strict=self.strict))
        if len(self.rows) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows or not self.any:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.any = True
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def open_sink(fmt: Format, path: Path, strict: bool = False) -> _Sink:
    if fmt is Format.PARQUET:
        return ParquetSink(path, strict)
    stream = path.open("w", encoding="utf-8", newline="\n", buffering=1 << 20)
    return JsonlSink(stream, strict) if fmt is Format.JSONL else JsonSink(stream, strict)


# ---------------------------------------------------------------------------
# Statistics


class StatsCollector:
    """Running counts over a stream of records."""

    def __init__(self, track_pairs: bool = True) -> None:
        self.track_pairs = track_pairs
        self.total = 0
        self.quality_sum = 0.0
        self.by: dict[str, Counter[str]] = {
            k: Counter() for k in ("category", "complexity", "domain", "expected_model", "augmentation", "split")
        }
        self.inputs: set[int] = set()
        self.pairs: set[int] = set()

    def add(self, record: TaskRecord, split: Split | None = None) -> None:
        self.total += 1
        self.quality_sum += record.quality_score
        self.by["category"][record.category.value] += 1
        self.by["complexity"][record.complexity.value] += 1
        self.by["domain"][record.domain.value] += 1
        self.by["expected_model"][record.expected_model.value] += 1
        self.by["augmentation"][record.augmentation.value] += 1
        if split is not None:
            self.by["split"][split.value] += 1
        self.inputs.add(hash(record.input))
        if self.track_pairs:
            self.pairs.add(hash((record.input, record.context)))

    def as_dict(self, config: DatasetConfig | None = None, duplicates_skipped: int = 0) -> dict[str, Any]:
        order = {
            "category": [c.value for c in CATEGORIES],
            "complexity": [c.value for c in COMPLEXITIES],
            "domain": [d.value for d in DOMAINS],
            "expected_model": [m.value for m in MODEL_TIERS],
            "augmentation": sorted(self.by["augmentation"]),
            "split": [s.value for s in Split],
        }
        out: dict[str, Any] = {"total": self.total}
        for key, names in order.items():
            counts = self.by[key]
            if key == "split" and not counts:
                continue
            out[f"by_{key}"] = {n: counts.get(n, 0) for n in names}
            out[f"share_{key}"] = {n: round(counts.get(n, 0) / self.total, 4) if self.total else 0.0 for n in names}
        out["mean_quality_score"] = round(self.quality_sum / self.total, 4) if self.total else 0.0
        out["distinct_inputs"] = len(self.inputs)
        # without pair tracking every record is distinct by construction (the generator drops repeats)
        out["distinct_input_context_pairs"] = len(self.pairs) if self.track_pairs else self.total
        out["duplicates_skipped"] = duplicates_skipped
        if config is not None:
            out["config"] = config.model_dump()
            out["config_digest"] = config.digest()
        return out


def stats_of(records: Iterable[TaskRecord]) -> dict[str, Any]:
    collector = StatsCollector()
    for rec in records:
        collector.add(rec)
    return collector.as_dict()


def dataset_card(stats: dict[str, Any]) -> str:
    """A short markdown card describing what was generated, with the real model mix."""
    total = stats["total"]

    def table(key: str) -> str:
        rows = [f"| {name} | {n} | {100 * n / total:.1f}% |" for name, n in stats[f"by_{key}"].items()]
        return "\n".join([f"| {key} | records | share |", "|---|---|---|", *rows])

    cfg = stats.get("config", {})
    parts = [
        "# Claude Task Dataset",
        "",
        f"{total} records generated by claude-task-router from "
        f"{cfg.get('examples_per_category', '?')} base tasks per category "
        f"(augmentation {'on' if cfg.get('enable_augmentation', True) else 'off'}, seed {cfg.get('seed', '?')}, "
        f"config digest `{stats.get('config_digest', '?')}`).",
        "",
        "Fields follow the Claude Task Dataset specification (`input`, `context`, `output_agent`, `metadata`); "
        "`id` and `provenance` (family, augmentation, parent) are extras that `--strict` omits.",
        "",
        "## Model mix",
        "",
        "`expected_model` always follows the routing policy (category x complexity). The spec's headline "
        "27/47/27 haiku/sonnet/opus mix cannot hold together with balanced categories; this is the real mix:",
        "",
        table("expected_model"),
        "",
        "## Categories, complexity, domains",
        "",
        table("category"),
        "",
        table("complexity"),
        "",
        table("domain"),
        "",
        "## Provenance",
        "",
        table("augmentation"),
        "",
        f"Distinct inputs: {stats['distinct_inputs']}; distinct (input, context) pairs: "
        f"{stats['distinct_input_context_pairs']}; mean quality score: {stats['mean_quality_score']}.",
        "",
        "Splits are stratified by category x complexity and grouped by family (a hand-written base task and "
        "everything derived from it), so no family appears in two splits.",
    ]
    if "by_split" in stats:
        parts += ["", table("split")]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------
# The one-pass writer


def family_splits(config: DatasetConfig) -> dict[str, Split]:
    """Split of every family the config produces (computed before any record exists)."""
    items = ((fam, (cat.value, cx.value), 1) for fam, cat, cx in used_families(config))
    ratios = (config.train_ratio, config.val_ratio, config.test_ratio)
    return assign_families(items, ratios, config.seed)


def write_dataset(
    config: DatasetConfig,
    out_dir: Path,
    formats: Iterable[Format] = (Format.JSONL, Format.JSON, Format.PARQUET),
    *,
    strict: bool = False,
    splits: bool = True,
    progress: Callable[[Iterator[TaskRecord]], Iterator[TaskRecord]] | None = None,
) -> dict[str, Any]:
    """Generate and write the dataset; returns the statistics (also written as JSON)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = list(dict.fromkeys(formats))
    sinks: list[_Sink] = [open_sink(f, out_dir / file_name("full", f), strict) for f in formats]
    split_sinks: dict[Split, _Sink] = {}
    assignment = family_splits(config) if splits else {}
    if splits:
        split_sinks = {s: open_sink(Format.JSONL, out_dir / file_name(s.value, Format.JSONL), strict) for s in Split}
    stats = StatsCollector(track_pairs=False)  # the generator already guarantees distinct pairs
    generator = DatasetGenerator(config)
    records: Iterator[TaskRecord] = iter(generator)
    if progress is not None:
        records = progress(records)
    try:
        for rec in records:
            split = assignment.get(rec.family) if splits else None
            stats.add(rec, split)
            for sink in sinks:
                sink.write(rec)
            if split is not None:
                split_sinks[split].write(rec)
    finally:
        for sink in [*sinks, *split_sinks.values()]:
            sink.close()
    result = stats.as_dict(config, generator.duplicates_skipped)
    (out_dir / STATS_FILE).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (out_dir / CARD_FILE).write_text(dataset_card(result), encoding="utf-8")
    return result
