"""Seeds and corpus live in data files; their loader validates them and names file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.dataset.corpus import CorpusItem, load_corpus
from app.dataset.loader import DatasetFileError
from app.dataset.seeds import SEED_DIR, load_seed_file, seeds_for
from app.labels import CATEGORIES

GOOD_SEED = {
    "input": "Fix the off-by-one in the pager",
    "context": "The last page is never shown.",
    "complexity": "Simple",
    "domain": "Web",
    "tags": ["pagination"],
    "variant": {"complexity": "Moderate", "input": "Rework pagination", "context": "Cursor based."},
}


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_every_category_has_a_seed_file_and_no_python_literals_remain():
    for cat in CATEGORIES:
        assert (SEED_DIR / f"{cat.agent.value}.jsonl").is_file()
        assert seeds_for(cat)
    assert not [p for p in SEED_DIR.glob("*.py") if p.name not in {"__init__.py", "_types.py"}]


def test_seed_file_round_trips(tmp_path):
    seeds = load_seed_file(_write(tmp_path / "coder.jsonl", [GOOD_SEED]))
    assert seeds[0].input == GOOD_SEED["input"] and seeds[0].variant.complexity.value == "Moderate"


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        ({**GOOD_SEED, "complexity": "Easy"}, "field complexity"),
        ({**GOOD_SEED, "domain": "web"}, "field domain"),
        ({**GOOD_SEED, "colour": "red"}, "field colour"),
        ({**GOOD_SEED, "input": "   "}, "field input"),
        ({**GOOD_SEED, "variant": {**GOOD_SEED["variant"], "complexity": "Simple"}}, "variant.complexity must differ"),
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_seed_lines_are_named_by_line_and_field(tmp_path, row, needle):
    path = _write(tmp_path / "coder.jsonl", [GOOD_SEED, row])
    with pytest.raises(DatasetFileError) as exc:
        load_seed_file(path)
    assert f"{path}:2" in str(exc.value)
    assert needle in str(exc.value)


def test_empty_data_file_is_an_error(tmp_path):
    path = tmp_path / "coder.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(DatasetFileError, match="holds no records"):
        load_seed_file(path)


GOOD_ITEM = {
    "id": "tst-0001",
    "input": "fix(parser): crash on empty header",
    "context": "Reading a file with an empty header line panics.",
    "agent": "coder",
    "complexity": "Simple",
    "domain": "Systems",
    "register": "tracker-prefix",
    "note": "a crash fix in one function -> coder/Simple",
    "labels": {
        "writer": {"agent": "coder", "complexity": "Simple"},
        "second": {"agent": "coder", "complexity": "Moderate"},
        "resolution": "adjudicated",
    },
}


def test_corpus_item_becomes_a_valid_dataset_record():
    rec = CorpusItem.model_validate(GOOD_ITEM).to_record()
    assert rec.family == rec.id == "corpus-tst-0001"
    assert rec.expected_model.value == "haiku"
    assert "register-tracker-prefix" in rec.tags
    from app.dataset.records import RecordModel

    RecordModel.model_validate(rec.to_dict())


def test_corpus_errors_name_file_line_and_field(tmp_path):
    agreed_but_different = {**GOOD_ITEM, "id": "tst-0002", "labels": {**GOOD_ITEM["labels"], "resolution": "agreed"}}
    _write(tmp_path / "a.jsonl", [GOOD_ITEM, {**GOOD_ITEM, "id": "tst-0003", "register": "tweet"}])
    with pytest.raises(DatasetFileError) as exc:
        load_corpus(tmp_path)
    assert "a.jsonl:2" in str(exc.value) and "field register" in str(exc.value)
    other = tmp_path / "other"
    other.mkdir()
    _write(other / "b.jsonl", [agreed_but_different])
    with pytest.raises(DatasetFileError, match="agreed"):
        load_corpus(other)
    dup = tmp_path / "dup"
    dup.mkdir()
    _write(dup / "a.jsonl", [GOOD_ITEM])
    _write(dup / "b.jsonl", [GOOD_ITEM])
    with pytest.raises(DatasetFileError, match="duplicate id"):
        load_corpus(dup)


def test_shipped_corpus_meets_its_contract():
    """What the corpus promises (CORPUS.md): size, balance, registers and labels that tell a story."""
    import collections

    from app.dataset.corpus import Register
    from app.labels import AGENTS, COMPLEXITIES

    items = load_corpus()
    assert len(items) >= 3000
    agents = collections.Counter(i.agent for i in items)
    assert min(agents[a] for a in AGENTS) >= 500, agents
    for agent in AGENTS:  # every agent spans the three levels
        levels = collections.Counter(i.complexity for i in items if i.agent is agent)
        assert min(levels[c] for c in COMPLEXITIES) >= 0.15 * agents[agent], (agent, levels)
    registers = collections.Counter(i.register_ for i in items)
    assert set(registers) == set(Register)
    assert 0.02 <= registers[Register.NON_ENGLISH] / len(items) <= 0.10
    # complexity is not length: short Complex and long Simple requests are both common
    words = {i.id: len((i.input + " " + i.context).split()) for i in items}
    complex_ = [words[i.id] for i in items if i.complexity.value == "Complex"]
    simple = [words[i.id] for i in items if i.complexity.value == "Simple"]
    assert sum(w <= 12 for w in complex_) >= 0.2 * len(complex_)
    assert sum(w >= 40 for w in simple) >= 0.08 * len(simple)
    # every item was labelled twice (the second pass blind), and final labels follow the resolution rule
    unlabelled = [i.id for i in items if i.labels is None]
    assert not unlabelled, unlabelled[:5]
    for i in items:
        if i.labels.resolution.value == "agreed":
            assert (i.agent, i.complexity) == (i.labels.writer.agent, i.labels.writer.complexity)
        else:  # a disagreement went to an adjudicator
            assert i.labels.writer != i.labels.second
