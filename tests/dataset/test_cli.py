"""The dataset command line, through the real console entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120)


def test_generate_stats_validate(tmp_path, capsys):
    assert (
        main(
            [
                "dataset",
                "generate",
                "--out",
                str(tmp_path),
                "--examples-per-category",
                "10",
                "--formats",
                "jsonl,parquet",
                "--quiet",
            ]
        )
        == 0
    )
    assert (tmp_path / "claude_training_full.parquet").is_file()
    assert not (tmp_path / "claude_training_full.json").exists()
    assert main(["dataset", "stats", str(tmp_path / "claude_training_full.jsonl")]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["total"] == 150
    assert main(["dataset", "validate", str(tmp_path / "claude_training_full.parquet")]) == 0
    assert "150 valid records" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["dataset", "generate", "--out", "x", "--examples-per-category", "-3"], "must be at least 1"),
        (["dataset", "generate", "--out", "x", "--examples-per-category", "lots"], "expected a whole number"),
        (["dataset", "generate", "--out", "x", "--formats", "csv"], "unknown format csv"),
        (["dataset", "generate", "--out", "/proc/nope/x"], "cannot create output folder"),
        (["dataset", "validate", "/no/such/file.jsonl"], "no such file"),
    ],
)
def test_bad_arguments_give_one_line_error_without_traceback(args, needle):
    proc = run(*args)
    assert proc.returncode != 0
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr


def test_validate_reports_first_errors_and_fails(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"input": "x", "output_agent": "coder"}\n')
    proc = run("dataset", "validate", str(f))
    assert proc.returncode == 1
    assert "bad.jsonl:1" in proc.stderr and "metadata" in proc.stderr
    assert "Traceback" not in proc.stderr
