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


def test_dataset_jobs_are_bounded_and_a_slot_frees_when_its_stream_ends(artifacts: Path) -> None:
    """ROUTER_MAX_DATASET_JOBS=1 on a real server: a second job while one streams gets 503 `busy` with
    Retry-After; the slot comes back when the stream ends, and when its client goes away mid-stream."""
    import time

    import httpx

    from app.main import create_app
    from app.settings import Settings
    from tests.reliability.conftest import ThreadedServer

    big = {"config": {"examples_per_category": 400, "seed": 3}, "format": "jsonl"}
    small = {"config": CONFIG, "format": "jsonl"}
    settings = Settings(artifacts_dir=artifacts, verify_checksums=False, max_dataset_jobs=1, log_level="warning")

    def free_slot(base: str) -> httpx.Response:
        for _ in range(100):  # the slot is released as the server notices the stream ended
            r = httpx.post(f"{base}/dataset/export", json=small, timeout=60)
            if r.status_code != 503:
                return r
            time.sleep(0.05)
        return r

    with ThreadedServer(create_app(settings)) as server, httpx.Client(base_url=server.base, timeout=60) as client:
        with client.stream("POST", "/dataset/export", json=big) as stream:
            assert stream.status_code == 200
            next(stream.iter_bytes())  # the job is running, holding the only slot
            busy = httpx.post(f"{server.base}/dataset/export", json=small, timeout=60)
            busy_generate = httpx.post(f"{server.base}/dataset/generate", json={"config": CONFIG}, timeout=60)
            routed = httpx.post(f"{server.base}/route", json={"input": "Fix the login bug"}, timeout=60)
        # the client left mid-stream: the slot is released, not leaked
        after_disconnect = free_slot(server.base)
        assert after_disconnect.status_code == 200
        finished = free_slot(server.base)  # and after a stream that ran to its end
    assert busy.status_code == 503 and busy.json()["error"] == "busy", busy.text
    assert busy.headers["Retry-After"].isdigit() and "ROUTER_MAX_DATASET_JOBS" in busy.json()["message"]
    assert busy_generate.status_code == 503
    assert routed.status_code == 200  # routing is not a dataset job
    assert finished.status_code == 200
