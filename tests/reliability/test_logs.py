"""Structured logs of a real server process: every line one JSON object, one request line per
request, and no task text unless ``ROUTER_LOG_TASK_TEXT=true``."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import httpx

from ..api.support import free_port, wait_ready
from .conftest import serve_process, server_output

MARKER = "zebra-quokka-4711"


def _run_and_collect(artifacts: Path, **env: str) -> list[dict[str, Any]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = serve_process(artifacts, port, log_level="info", **env)
    try:
        wait_ready(proc, base)
        headers = {"X-Request-ID": "req-123"}
        r = httpx.post(f"{base}/route", json={"input": f"Fix the {MARKER} login bug"}, headers=headers)
        assert r.status_code == 200 and r.headers["x-request-id"] == "req-123"
        tasks = [{"input": f"Review {MARKER} PR"}, {"input": "Profile the cache"}]
        assert httpx.post(f"{base}/route/batch", json={"tasks": tasks}).status_code == 200
        bad = httpx.post(f"{base}/route", json={"input": f"{MARKER} " * 5000})  # over the char limit
        assert bad.status_code == 422 and MARKER not in bad.text
        assert httpx.get(f"{base}/nowhere").status_code == 404
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        out = server_output(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    lines = [line for line in out.splitlines() if line.strip()]
    records = []
    for line in lines:
        record = json.loads(line)  # every line is one JSON object
        assert {"ts", "level", "logger", "msg"} <= set(record), line
        records.append(record)
    return records


def test_logs_are_json_without_task_text(router_artifacts: Path) -> None:
    records = _run_and_collect(router_artifacts)
    text = json.dumps(records)
    assert MARKER not in text
    requests = [r for r in records if r["logger"] == "app.request"]
    route = next(r for r in requests if r["path"] == "/route" and r["status"] == 200)
    assert route["request_id"] == "req-123" and route["method"] == "POST" and route["duration_ms"] > 0
    assert "task_text" not in route
    assert {(r["path"], r["status"]) for r in requests} >= {("/route/batch", 200), ("/route", 422), ("/nowhere", 404)}
    assert any(r["logger"] == "app.service" and r["msg"].startswith("router ready") for r in records)
    assert any(r["logger"] == "uvicorn.error" for r in records)  # uvicorn's own lines are JSON too


def test_task_text_is_logged_only_when_enabled(router_artifacts: Path) -> None:
    records = _run_and_collect(router_artifacts, ROUTER_LOG_TASK_TEXT="true")
    requests = [r for r in records if r["logger"] == "app.request"]
    route = next(r for r in requests if r["path"] == "/route" and r["status"] == 200)
    assert route["task_text"] == [f"Fix the {MARKER} login bug"]
    batch = next(r for r in requests if r["path"] == "/route/batch")
    assert batch["task_text"] == [f"Review {MARKER} PR", "Profile the cache"]
