"""The realistic corpus: hand-written, double-labelled task requests in the registers people use.

One JSON Lines file per slice of ecosystems (``systems.jsonl``, ``web.jsonl``, ...) in this folder.
Each line is one request, labelled by ``../shared/spec/LABELING.md``::

    {"id": "sys-0001", "input": "...", "context": "...", "agent": "coder", "complexity": "Simple",
     "domain": "Systems", "register": "bug-report", "note": "one line: why",
     "labels": {"writer": {"agent": ..., "complexity": ...},
                "second": {"agent": ..., "complexity": ...},
                "resolution": "agreed" | "adjudicated"}}

``agent``/``complexity`` are the final labels: the writer's when a second labeler, blind to them,
agreed; the adjudicated ones otherwise. ``CORPUS.md`` beside the files states how it was written and
the labelers' agreement. Items become dataset records (``to_records``) for training; the corpus is
split by item into train/val/test with its own seeded, stratified split, never mixed with the dev set.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.dataset.loader import DatasetFileError, iter_jsonl_models
from app.dataset.quality import derive_tags, quality_score
from app.dataset.records import Augmentation, TaskRecord
from app.dataset.split import Split
from app.labels import Agent, Complexity, Domain

__all__ = [
    "CORPUS_DIR",
    "CORPUS_RATIOS",
    "CorpusItem",
    "Register",
    "corpus_digest",
    "corpus_files",
    "load_corpus",
    "split_corpus",
    "to_records",
]

CORPUS_DIR = Path(__file__).resolve().parent


class Register(StrEnum):
    """How the request is phrased (where it would be written)."""

    ISSUE = "issue"
    BUG_REPORT = "bug-report"
    FEATURE_REQUEST = "feature-request"
    TRACKER_PREFIX = "tracker-prefix"
    RFC_ADR_EPIC_SPIKE = "rfc-adr-epic-spike"
    QUESTION = "question"
    CHAT = "chat"
    NON_ENGLISH = "non-english"


class Resolution(StrEnum):
    AGREED = "agreed"
    ADJUDICATED = "adjudicated"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Label(_Strict):
    agent: Agent
    complexity: Complexity


class Labels(_Strict):
    writer: Label
    second: Label
    resolution: Resolution


class CorpusItem(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: str = Field(pattern=r"^[a-z]{2,8}-\d{4}$")
    input: str = Field(min_length=1, max_length=1_000)
    context: str = Field(default="", max_length=4_000)
    agent: Agent
    complexity: Complexity
    domain: Domain
    register_: Register = Field(alias="register")
    note: str = Field(min_length=1, max_length=500)
    labels: Labels | None = None

    @field_validator("input")
    @classmethod
    def _input_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("input must not be blank")
        return value

    @model_validator(mode="after")
    def _final_labels_consistent(self) -> CorpusItem:
        lab = self.labels
        if lab is None:
            return self
        final = Label(agent=self.agent, complexity=self.complexity)
        if lab.resolution is Resolution.AGREED and not (lab.writer == lab.second == final):
            raise ValueError("labels.resolution is 'agreed' but writer, second and final labels differ")
        return self

    def to_record(self) -> TaskRecord:
        category = self.agent.category
        return TaskRecord(
            id=f"corpus-{self.id}",
            input=self.input,
            context=self.context,
            category=category,
            complexity=self.complexity,
            domain=self.domain,
            quality_score=quality_score(category, self.complexity, self.input, self.context, Augmentation.NONE),
            tags=derive_tags(
                (f"register-{self.register_.value}",),
                category,
                self.domain,
                self.complexity,
                self.input + " " + self.context,
            ),
            family=f"corpus-{self.id}",
        )


def corpus_files(folder: Path = CORPUS_DIR) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


@cache
def _load(folder: Path) -> tuple[CorpusItem, ...]:
    items: list[CorpusItem] = []
    seen: dict[str, Path] = {}
    for path in corpus_files(folder):
        for item in iter_jsonl_models(path, CorpusItem):
            if item.id in seen:
                raise DatasetFileError(path, [f"{path}: duplicate id {item.id!r} (also in {seen[item.id].name})"])
            seen[item.id] = path
            items.append(item)
    return tuple(items)


def load_corpus(folder: Path = CORPUS_DIR) -> tuple[CorpusItem, ...]:
    """Every corpus item, validated (errors name file, line and field; ids unique across files)."""
    return _load(Path(folder).resolve())


def to_records(items: tuple[CorpusItem, ...] | list[CorpusItem]) -> list[TaskRecord]:
    return [item.to_record() for item in items]


#: the corpus's own split: most of it trains, a tenth picks epochs, a tenth is a realistic test set
CORPUS_RATIOS = (0.80, 0.10, 0.10)


def split_corpus(
    items: tuple[CorpusItem, ...] | list[CorpusItem], seed: int = 42, ratios: tuple[float, float, float] = CORPUS_RATIOS
) -> dict[Split, list[TaskRecord]]:
    """Corpus records split train/val/test, stratified by agent x complexity (seeded, order-free)."""
    from app.dataset.split import assign_families

    records = to_records(items)
    assignment = assign_families(((r.family, (r.agent.value, r.complexity.value), 1) for r in records), ratios, seed)
    out: dict[Split, list[TaskRecord]] = {s: [] for s in Split}
    for rec in records:
        out[assignment[rec.family]].append(rec)
    return out


def corpus_digest(items: tuple[CorpusItem, ...] | list[CorpusItem]) -> str:
    """sha256 over the items' canonical JSON (what the manifest records)."""
    import hashlib
    import json

    h = hashlib.sha256()
    for item in items:
        h.update(json.dumps(item.model_dump(mode="json", by_alias=True), sort_keys=True).encode())
        h.update(b"\n")
    return h.hexdigest()
