"""/dataset/generate and /dataset/export against what `claude-task-router dataset generate` writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from .support import REPO, subprocess_env

CONFIG = {"examples_per_category": 4, "enable_augmentation": True, "seed": 7}


def cli_main(args: list[str]) -> int:
    """`claude-task-router ...` as a separate process (python -m app is the same entry point)."""
    proc = subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, env=subprocess_env(), timeout=120)
    return proc.returncode


@pytest.fixture(scope="module")
def cli_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli")
    code = cli_main(
        ["dataset", "generate", "--out", str(out), "--examples-per-category", "4", "--seed", "7", "--quiet"]
    )
    assert code == 0
    return out


@pytest.fixture(scope="module")
def cli_strict(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli_strict")
    args = ["dataset", "generate", "--out", str(out), "--examples-per-category", "4", "--seed", "7"]
    assert cli_main([*args, "--strict", "--formats", "jsonl", "--quiet"]) == 0
    return out


@pytest.mark.parametrize("fmt", ["jsonl", "json", "parquet"])
def test_export_full_is_byte_identical_to_the_cli(client: TestClient, cli_output: Path, fmt: str) -> None:
    r = client.post("/dataset/export", json={"config": CONFIG, "format": fmt})
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == f'attachment; filename="claude_training_full.{fmt}"'
    assert r.content == (cli_output / f"claude_training_full.{fmt}").read_bytes()


@pytest.mark.parametrize("split", ["train", "val", "test"])
def test_export_split_is_byte_identical_to_the_cli(client: TestClient, cli_output: Path, split: str) -> None:
    r = client.post("/dataset/export", json={"config": CONFIG, "format": "jsonl", "split": split})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/x-ndjson"
    assert r.content == (cli_output / f"claude_training_{split}.jsonl").read_bytes()
    assert r.content  # every split of this config has records


def test_export_strict(client: TestClient, cli_strict: Path) -> None:
    r = client.post("/dataset/export", json={"config": CONFIG, "strict": True})
    assert r.content == (cli_strict / "claude_training_full.jsonl").read_bytes()
    assert "provenance" not in r.text


def test_generate_returns_the_cli_records_and_stats(client: TestClient, cli_output: Path) -> None:
    r = client.post("/dataset/generate", json={"config": CONFIG})
    assert r.status_code == 200, r.text
    body = r.json()
    lines = (cli_output / "claude_training_full.jsonl").read_text(encoding="utf-8").splitlines()
    assert body["records"] == [json.loads(line) for line in lines]
    assert body["stats"] == json.loads((cli_output / "claude_training_stats.json").read_text(encoding="utf-8"))
    assert body["stats"]["total"] == len(lines)


def test_export_is_deterministic_and_larger_than_generate_allows(limited_client: TestClient) -> None:
    body = {"config": {"examples_per_category": 5, "seed": 3}, "format": "jsonl"}
    first = limited_client.post("/dataset/export", json=body)
    second = limited_client.post("/dataset/export", json=body)
    assert first.status_code == 200 and first.content == second.content
    assert len(first.content.splitlines()) == 75  # more than /dataset/generate returns on this app (60)
