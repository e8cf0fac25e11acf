"""Export formats, round trips, splits, stats and loader errors."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from app.dataset.export import CARD_FILE, STATS_FILE, Format, file_name, write_dataset
from app.dataset.generator import DatasetConfig, generate
from app.dataset.loader import DatasetFileError, load_records
from app.dataset.split import Split, split_records


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("ds")
    stats = write_dataset(DatasetConfig(), out)
    return out, stats


def test_all_files_written_with_spec_names(written):
    out, stats = written
    for name in (
        "claude_training_full.jsonl",
        "claude_training_full.json",
        "claude_training_full.parquet",
        "claude_training_train.jsonl",
        "claude_training_val.jsonl",
        "claude_training_test.jsonl",
        STATS_FILE,
        CARD_FILE,
    ):
        assert (out / name).is_file(), name
    on_disk = json.loads((out / STATS_FILE).read_text())
    assert on_disk["total"] == stats["total"] == 1500
    assert on_disk["distinct_input_context_pairs"] == 1500
    assert set(on_disk["by_expected_model"]) == {"haiku", "sonnet", "opus"}
    card = (out / CARD_FILE).read_text()
    for model, n in on_disk["by_expected_model"].items():
        assert f"| {model} | {n} |" in card


@pytest.mark.parametrize("fmt", list(Format))
def test_round_trip_every_format(written, fmt):
    out, _ = written
    loaded = load_records(out / file_name("full", fmt))
    assert loaded == generate(DatasetConfig())


def test_strict_export_has_only_spec_fields(tmp_path):
    write_dataset(DatasetConfig(examples_per_category=3), tmp_path, [Format.JSONL, Format.PARQUET], strict=True)
    first = json.loads((tmp_path / "claude_training_full.jsonl").read_text().splitlines()[0])
    assert set(first) == {"input", "context", "output_agent", "metadata"}
    assert len(load_records(tmp_path / "claude_training_full.parquet")) == 45


def test_same_config_gives_byte_identical_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    cfg = DatasetConfig(examples_per_category=20, seed=9)
    write_dataset(cfg, a)
    write_dataset(cfg, b)
    for f in sorted(p.name for p in a.iterdir()):
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_split_ratios_and_no_family_across_splits(written):
    out, _ = written
    parts = {s: load_records(out / file_name(s.value, Format.JSONL)) for s in Split}
    total = sum(len(v) for v in parts.values())
    assert total == 1500
    for s, want in ((Split.TRAIN, 0.70), (Split.VAL, 0.15), (Split.TEST, 0.15)):
        assert abs(len(parts[s]) / total - want) <= 0.02, (s, len(parts[s]))
    fams = {s: {r.family for r in recs} for s, recs in parts.items()}
    assert not fams[Split.TRAIN] & fams[Split.VAL]
    assert not fams[Split.TRAIN] & fams[Split.TEST]
    assert not fams[Split.VAL] & fams[Split.TEST]
    # stratified: every category x complexity stratum appears in the test split
    strata = Counter((r.category, r.complexity) for r in parts[Split.TEST])
    assert len(strata) == 15


def test_split_records_matches_file_split(written, default_records):
    out, _ = written
    in_memory = split_records(default_records)
    on_disk = load_records(out / file_name("test", Format.JSONL))
    assert {r.id for r in in_memory[Split.TEST]} == {r.id for r in on_disk}


def _line(**over):
    rec = {
        "input": "Fix it",
        "context": "",
        "output_agent": "coder",
        "metadata": {
            "category": "Coder",
            "complexity": "Simple",
            "domain": "Web",
            "expected_model": "haiku",
            "quality_score": 0.9,
            "tags": ["x"],
        },
    }
    for k, v in over.items():
        if k in rec["metadata"]:
            rec["metadata"][k] = v
        else:
            rec[k] = v
    return json.dumps(rec)


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (_line(output_agent="wizard"), "output_agent"),
        (_line(category="Coding"), "metadata.category"),
        (_line(quality_score=1.5), "metadata.quality_score"),
        (_line(expected_model="opus"), "expected_model"),
        (_line(output_agent="security"), "output_agent"),
        (_line(input="   "), "input"),
        ('{"input": "x"', "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_line_errors_name_file_line_and_field(tmp_path, bad, field):
    f = tmp_path / "d.jsonl"
    f.write_text(_line() + "\n" + bad + "\n" + _line(input="Other") + "\n")
    with pytest.raises(DatasetFileError) as exc:
        load_records(f)
    msg = str(exc.value)
    assert f"{f}:2" in msg and field in msg, msg


def test_bad_json_array_names_record_index(tmp_path):
    f = tmp_path / "d.json"
    f.write_text("[" + _line() + "," + _line(domain="Space") + "]")
    with pytest.raises(DatasetFileError, match=r"record 1: field metadata.domain"):
        load_records(f)


def test_invalid_utf8_and_unknown_suffix(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_bytes(_line().encode() + b"\n\xff\xfe\n")
    with pytest.raises(DatasetFileError, match="UTF-8"):
        load_records(f)
    g = tmp_path / "d.csv"
    g.write_text("a,b")
    with pytest.raises(DatasetFileError, match="unsupported file type"):
        load_records(g)


def test_corrupt_parquet_is_reported(tmp_path):
    f = tmp_path / "d.parquet"
    f.write_bytes(b"PAR1 not really")
    with pytest.raises(DatasetFileError, match="Parquet"):
        load_records(f)
