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
        (["dataset", "generate", "--out", "x", "--seed", "99999999999"], "--seed"),
        (["dataset", "generate", "--out", "x", "--bogus"], "unrecognized arguments: --bogus"),
        (["dataset", "generate"], "the following arguments are required: --out"),
        (["dataset", "frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_arguments_give_one_line_error_without_traceback(args, needle):
    proc = run(*args)
    assert proc.returncode == (1 if args[1] == "validate" else 2)  # 2: usage; 1: the file is the problem
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr  # one line, not the whole usage block
    assert "usage:" not in proc.stderr


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("", "holds no records"),
        ("\n\n", "holds no records"),
        ("{line_a}\n{line_slot}\n", ":2: field input: unfilled placeholder {framework}"),
        ("{line_id}\n{line_id}\n", ":2: field id: duplicate id 'abc-1'"),
    ],
)
def test_validate_refuses_empty_files_unfilled_slots_and_duplicate_ids(tmp_path, content, needle):
    from tests.dataset.test_export_and_loader import _line

    f = tmp_path / "d.jsonl"
    lines = {
        "line_a": _line(),
        "line_slot": _line(input="Migrate the {framework} app"),
        "line_id": _line(id="abc-1"),
    }
    f.write_text(content.format(**lines))
    proc = run("dataset", "validate", str(f))
    assert proc.returncode == 1 and needle in proc.stderr, proc.stderr
    ok = tmp_path / "ok.jsonl"  # braces that are not template slots are task text
    ok.write_text(_line(input="Fix the f-string {user_name} in greet()") + "\n")
    assert run("dataset", "validate", str(ok)).returncode == 0


def test_validate_reports_first_errors_and_fails(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"input": "x", "output_agent": "coder"}\n')
    proc = run("dataset", "validate", str(f))
    assert proc.returncode == 1
    assert "bad.jsonl:1" in proc.stderr and "metadata" in proc.stderr
    assert "Traceback" not in proc.stderr
