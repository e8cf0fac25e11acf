"""/health, /ready, /info, /metrics, the import footprint, and the real server on loopback."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from .support import REPO, free_port, start_server, subprocess_env, wait_ready


def _metric(text: str, prefix: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if line.startswith(prefix):
            total += float(line.rsplit(" ", 1)[1])
    return total


def test_health_ready_info(client: TestClient, artifacts: Path) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    info = client.get("/info").json()
    manifest = json.loads((artifacts / "manifest.json").read_text())
    assert info["manifest"] == manifest
    assert "evaluation" in info["manifest"]
    assert info["router_version"] == manifest["router_version"] == ready.json()["router_version"]
    assert info["engine"]["variant"] == "int8"
    assert info["engine"]["providers"] == ["CPUExecutionProvider"]
    assert info["model_ids"]["opus"] == "claude-opus-test-id"
    assert info["limits"]["max_input_chars"] == 20_000
    assert "pid" not in json.dumps(info["engine"])  # nothing about the process for a caller to fingerprint
    for path in ("/health", "/ready"):  # probes that use HEAD get GET's status and no body
        head = client.head(path)
        assert head.status_code == 200 and head.content == b"", (path, head.status_code)


def test_metrics_count_requests_batches_and_routes(client: TestClient) -> None:
    before = client.get("/metrics").text
    body = client.post("/route", json={"input": "Write a SQL migration adding an index on orders.created_at"}).json()
    client.post("/route", json={"input": ""})
    after = client.get("/metrics")
    assert after.headers["content-type"].startswith("text/plain")
    text = after.text
    ok = 'router_http_requests_total{endpoint="/route",method="POST",status="200"}'
    bad = 'router_http_requests_total{endpoint="/route",method="POST",status="422"}'
    assert _metric(text, ok) == _metric(before, ok) + 1
    assert _metric(text, bad) == _metric(before, bad) + 1
    latency = 'router_http_request_duration_seconds_count{endpoint="/route",method="POST",status="200"}'
    assert _metric(text, latency) == _metric(before, latency) + 1
    routed = f'router_routes_total{{agent="{body["agent"]}",model="{body["model"]}"}}'
    assert _metric(text, routed) == _metric(before, routed) + 1
    assert _metric(text, "router_batch_size_count") == _metric(before, "router_batch_size_count") + 1
    assert "router_queue_depth 0.0" in text
    assert "router_ready 1.0" in text


def test_importing_the_service_does_not_import_torch() -> None:
    code = (
        "import sys, app.main, app.api.cli, app.inference.service\n"
        "bad = sorted(m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=subprocess_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_route_command_prints_the_decision(artifacts: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "route",
            "Fix the off-by-one in the pagination helper",
            "--artifacts",
            str(artifacts),
            "--max-model",
            "sonnet",
            "--compact",
        ],
        cwd=REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["model"] in ("haiku", "sonnet")
    assert set(result) >= {"agent", "model", "model_id", "probabilities", "reasoning", "router_version"}
    empty = subprocess.run(
        [sys.executable, "-m", "app", "route", "  ", "--artifacts", str(artifacts)],
        cwd=REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert empty.returncode == 2
    assert empty.stderr.strip() == "error: input: input is empty or only whitespace; send the task description as text"


def test_real_server_serves_and_drains_on_sigterm(artifacts: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(artifacts, port)
    try:
        wait_ready(proc, base)
        r = httpx.post(f"{base}/route", json={"input": "Add retries to the HTTP client", "context": "Python"})
        assert r.status_code == 200 and r.json()["agent"]
        assert httpx.get(f"{base}/docs").status_code == 200
        # a large batch is in flight when SIGTERM arrives: it must still be answered
        result: dict[str, httpx.Response] = {}
        tasks = [{"input": f"Refactor module number {i} to remove duplicated parsing code"} for i in range(256)]

        def send() -> None:
            result["r"] = httpx.post(f"{base}/route/batch", json={"tasks": tasks}, timeout=60)

        sender = threading.Thread(target=send)
        sender.start()
        deadline = 50
        while deadline and "r" not in result:
            metrics = httpx.get(f"{base}/metrics").text
            if _metric(metrics, "router_queue_depth") + _metric(metrics, "router_batch_in_flight") > 0:
                break
            deadline -= 1
            threading.Event().wait(0.01)
        proc.send_signal(signal.SIGTERM)
        sender.join(60)
        assert result["r"].status_code == 200
        assert result["r"].json()["count"] == 256
        # uvicorn re-raises the signal after its graceful shutdown
        assert proc.wait(30) in (0, -signal.SIGTERM)
        output = proc.stdout.read().decode() if proc.stdout else ""
        assert "Traceback" not in output and "ERROR" not in output, output
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_docs_pages_work_offline(client: TestClient) -> None:
    """/docs and /redoc load their JavaScript and CSS from this service, never from a CDN."""
    import re

    for page in ("/docs", "/redoc"):
        html = client.get(page)
        assert html.status_code == 200 and "text/html" in html.headers["content-type"], page
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", html.text), f"{page} loads an external asset"
        assets = re.findall(r"(?:src|href)=[\"']([^\"']+)[\"']", html.text)
        assert assets, page
        for url in assets:
            asset = client.get(url)
            assert asset.status_code == 200 and len(asset.content) > 1000, (page, url, asset.status_code)
    assert "openapi.json" in client.get("/docs").text
