"""`eval` warns when the evaluated data overlaps the router's own training data."""

from __future__ import annotations

import json
from pathlib import Path

from app.dataset.generator import DatasetConfig, generate
from app.dataset.split import Split, split_records
from app.evaluation.overlap import overlap
from app.text import task_text
from tests.conftest import ARTIFACTS, REAL_DEV

MANIFEST = json.loads((ARTIFACTS / "manifest.json").read_text())


def test_default_generated_split_overlaps_the_shipped_training_data() -> None:
    # the default `dataset generate` (100 per category, seed 42) shares families with the router's training
    splits = split_records(generate(DatasetConfig()))
    found = overlap(MANIFEST, [task_text(r.input, r.context) for r in splits[Split.TEST]])
    assert found.overlapping > 0.3 * found.checked, found
    assert "training data" in (found.warning() or "")


def test_real_dev_set_and_new_text_do_not_overlap() -> None:
    from app.evaluation.data import load_labelled

    found = overlap(MANIFEST, [t.text for t in load_labelled(REAL_DEV)] + ["A task no one has written before, 7f3a"])
    assert found.overlapping == 0 and found.warning() is None, found


def test_eval_command_warns_on_stderr(tmp_path: Path, capsys) -> None:
    """What `eval` runs before evaluating (the evaluation itself is tested elsewhere)."""
    from app.evaluation.cli import _warn_on_overlap

    splits = split_records(generate(DatasetConfig()))
    data = tmp_path / "test.jsonl"
    data.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in splits[Split.TEST]))
    _warn_on_overlap(ARTIFACTS, data)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("warning: ") and "in the router's training data" in err[0], err
    _warn_on_overlap(ARTIFACTS, REAL_DEV)
    assert capsys.readouterr().err == ""
