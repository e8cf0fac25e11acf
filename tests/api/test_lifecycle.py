"""Start, overload, timeouts, failures and drain of the app.

Overload, timeout and drain need control over inference time, so they run the real app with a
slow fake engine (``SlowFakeEngine``); checksum failure and readiness use the real artifact.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.artifacts import ArtifactError
from app.main import create_app
from app.settings import Settings

from .support import REPO, SlowFakeEngine, fake_loader, subprocess_env

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _fake_app(engine: SlowFakeEngine, **settings: object) -> FastAPI:
    base = {"max_batch_size": 2, "max_queue_size": 4, "max_batch_tasks": 4, "log_level": "warning"}
    base.update(settings)
    return create_app(Settings(**base), loader=fake_loader(engine))  # type: ignore[arg-type]


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://router")


async def test_overload_answers_503_with_retry_after() -> None:
    engine = SlowFakeEngine(delay=0.3)
    app = _fake_app(engine, retry_after_s=2)
    async with app.router.lifespan_context(app), _client(app) as client:
        responses = await asyncio.gather(*(client.post("/route", json={"input": f"task {i}"}) for i in range(12)))
        metrics = (await client.get("/metrics")).text
    ok = [r for r in responses if r.status_code == 200]
    busy = [r for r in responses if r.status_code == 503]
    assert len(ok) + len(busy) == 12
    # 2 run at once, 4 wait: at most 6 accepted at the first burst
    assert 1 <= len(ok) <= 6 and len(busy) >= 6
    for r in busy:
        assert int(r.headers["Retry-After"]) >= 2
        assert r.json()["error"] == "overloaded"
        assert "queue is full" in r.json()["message"]
    assert 'router_rejected_total{reason="overloaded"}' in metrics
    assert 'router_http_requests_total{endpoint="/route",method="POST",status="503"}' in metrics


async def test_a_batch_request_is_accepted_whole_or_refused_whole() -> None:
    engine = SlowFakeEngine(delay=0.3)
    app = _fake_app(engine)
    async with app.router.lifespan_context(app), _client(app) as client:
        first = asyncio.create_task(client.post("/route/batch", json={"tasks": [{"input": "a"}, {"input": "b"}]}))
        await asyncio.sleep(0.05)  # running now: the queue is empty
        full = asyncio.create_task(client.post("/route/batch", json={"tasks": [{"input": "c"}] * 4}))
        await asyncio.sleep(0.05)  # 4 queued
        refused = await client.post("/route", json={"input": "d"})
        assert (await first).status_code == 200
        assert (await full).status_code == 200 and (await full).json()["count"] == 4
    assert refused.status_code == 503 and "Retry-After" in refused.headers


async def test_request_timeout_gives_503() -> None:
    engine = SlowFakeEngine(delay=0.5)
    app = _fake_app(engine, request_timeout_s=0.1, max_batch_size=1)
    async with app.router.lifespan_context(app), _client(app) as client:
        r = await client.post("/route", json={"input": "slow"})
    assert r.status_code == 503
    assert r.json()["error"] == "timeout"
    assert "no answer from the router within 0.1 s" in r.json()["message"]
    assert int(r.headers["Retry-After"]) >= 1


async def test_engine_failure_fails_that_batch_only_and_hides_internals() -> None:
    engine = SlowFakeEngine(delay=0.05, fail_marker="poison")
    app = _fake_app(engine, max_batch_size=1)
    async with app.router.lifespan_context(app), _client(app) as client:
        bad = await client.post("/route", json={"input": "poison pill"})
        good = await client.post("/route", json={"input": "fine"})
    assert bad.status_code == 503 and bad.json()["error"] == "inference_failed"
    assert "hunter2" not in bad.text and "/secret" not in bad.text
    assert good.status_code == 200 and good.json()["router_version"] == "fake-router"


async def test_shutdown_drains_accepted_requests() -> None:
    engine = SlowFakeEngine(delay=0.15)
    app = _fake_app(engine, max_queue_size=8)
    client = _client(app)
    async with client:
        lifespan = app.router.lifespan_context(app)
        await lifespan.__aenter__()
        pending = [asyncio.create_task(client.post("/route", json={"input": f"t{i}"})) for i in range(8)]
        batcher = app.state.service.batcher
        for _ in range(1000):  # until all 8 are accepted (2 running, 6 queued), however busy the machine
            if batcher.queue_depth + batcher.in_flight + sum(engine.calls) >= 8:
                break
            await asyncio.sleep(0.01)
        assert (await client.get("/ready")).status_code == 200
        await lifespan.__aexit__(None, None, None)  # shutdown: drain, then stop
        responses = await asyncio.gather(*pending)
        assert [r.status_code for r in responses] == [200] * 8
        assert sum(engine.calls) == 8
        late = await client.post("/route", json={"input": "too late"})
        ready = await client.get("/ready")
    assert late.status_code == 503 and late.json()["error"] == "not_ready"
    assert ready.status_code == 503 and ready.json()["status"] == "not_ready"


async def test_not_ready_before_start() -> None:
    app = _fake_app(SlowFakeEngine())
    async with _client(app) as client:
        r = await client.post("/route", json={"input": "early"})
        assert r.status_code == 503 and r.json()["error"] == "not_ready"
        assert (await client.get("/ready")).status_code == 503
        assert (await client.get("/health")).json() == {"status": "ok"}


# ---------------------------------------------------------------------------
# start with a missing or corrupt artifact


def _copy_artifact(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for f in src.iterdir():
        if f.is_file():
            shutil.copyfile(f, dst / f.name)
    return dst


async def test_corrupt_artifact_stops_the_start_naming_the_file(artifacts: Path, tmp_path: Path) -> None:
    bad = _copy_artifact(artifacts, tmp_path / "router")
    model = bad / "router.int8.onnx"
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model.write_bytes(bytes(data))
    app = create_app(Settings(artifacts_dir=bad, log_level="critical"))
    with pytest.raises(ArtifactError, match=r"checksum mismatch: .*router\.int8\.onnx"):
        async with app.router.lifespan_context(app):
            pass

    # the real server: exits non-zero with one line naming the file, no traceback
    proc = subprocess.run(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", "0"],
        cwd=REPO,
        env=subprocess_env(ROUTER_ARTIFACTS_DIR=str(bad)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    out = proc.stdout + proc.stderr
    assert f"router failed to start: router artifact checksum mismatch: {model}" in out
    assert "Traceback" not in out


async def test_missing_artifact_file(artifacts: Path, tmp_path: Path) -> None:
    bad = _copy_artifact(artifacts, tmp_path / "router")
    (bad / "tokenizer.json").unlink()
    app = create_app(Settings(artifacts_dir=bad, log_level="critical"))
    with pytest.raises(ArtifactError, match=r"router artifact file missing: .*tokenizer\.json"):
        async with app.router.lifespan_context(app):
            pass


def test_serve_command_refuses_a_missing_router_in_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--artifacts", str(tmp_path / "nothing"), "--port", "0"],
        cwd=REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: router artifact manifest not found:"), proc.stderr
    assert "nothing" in lines[0]


async def test_overload_is_shed_before_the_body_is_read() -> None:
    engine = SlowFakeEngine(delay=0.4)
    app = _fake_app(engine)
    async with app.router.lifespan_context(app), _client(app) as client:
        running = asyncio.create_task(client.post("/route/batch", json={"tasks": [{"input": "a"}, {"input": "b"}]}))
        await asyncio.sleep(0.05)
        queued = asyncio.create_task(client.post("/route/batch", json={"tasks": [{"input": "c"}] * 4}))
        await asyncio.sleep(0.05)  # the queue (4 texts) is full; typical /route/batch requests cannot fit
        reads: list[str] = []
        sent: list[dict] = []

        async def receive() -> dict:
            reads.append("body")
            return {"type": "http.request", "body": b'{"tasks": [{"input": "d"}]}', "more_body": False}

        async def send(message: dict) -> None:
            sent.append(message)

        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
            "path": "/route/batch", "raw_path": b"/route/batch", "query_string": b"", "root_path": "",
            "headers": [(b"host", b"router"), (b"content-type", b"application/json"), (b"content-length", b"27")],
            "client": ("127.0.0.1", 5000), "server": ("router", 80),
        }  # fmt: skip
        await app(scope, receive, send)
        assert (await running).status_code == 200 and (await queued).status_code == 200
        after = await client.post("/route/batch", json={"tasks": [{"input": "e"}]})  # load gone: accepted
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert start["status"] == 503 and b"overloaded" in body
    assert dict(start["headers"])[b"retry-after"].isdigit()
    assert reads == [], "the body of a shed request was read"
    assert after.status_code == 200
