"""Faults: bad artifacts, readiness before warm-up, SIGTERM under load, a failing inference batch.

(Missing file and checksum mismatch are already pinned by ``tests/api/test_lifecycle.py``;
here: a truncated model through the real ``serve`` command, and the rest.)
"""

from __future__ import annotations

import asyncio
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import httpx
import numpy as np
import pytest
from fastapi import FastAPI

from app.inference.engine import EngineOptions, RouterEngine
from app.inference.service import RouterService, _slim, batcher_from_settings
from app.main import create_app
from app.settings import Settings

from ..api.support import REPO, free_port, subprocess_env, wait_ready
from .conftest import serve_process, server_output, small_settings

TASK = "Split the monolithic billing service into bounded contexts and plan the data migration"


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://router", timeout=60)


def test_truncated_model_refuses_to_start_with_one_line(router_artifacts: Path, tmp_path: Path) -> None:
    bad = tmp_path / "router"
    shutil.copytree(router_artifacts, bad)
    model = bad / "router.int8.onnx"
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 3])
    proc = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--artifacts", str(bad), "--port", "0", "--log-level", "info"],
        cwd=REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    failing = [line for line in out.splitlines() if "router failed to start" in line]
    assert len(failing) == 1, out
    assert f"router artifact checksum mismatch: {model}" in failing[0]


@pytest.mark.parametrize("victim", ["router.int8.onnx", "tokenizer.json"])
def test_truncated_file_with_checksums_off_is_one_line_too(router_artifacts: Path, tmp_path: Path, victim: str) -> None:
    """With ROUTER_VERIFY_CHECKSUMS=false the corrupt file is caught when it is loaded: still one line."""
    bad = tmp_path / "router"
    shutil.copytree(router_artifacts, bad)
    target = bad / victim
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 3])
    proc = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--artifacts", str(bad), "--port", "0", "--log-level", "info"],
        cwd=REPO,
        env=subprocess_env(ROUTER_VERIFY_CHECKSUMS="false"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0 and "Traceback" not in out, out[-2000:]
    failing = [line for line in out.splitlines() if "router failed to start" in line]
    assert len(failing) == 1 and str(target) in failing[0] and "cannot be loaded" in failing[0], out[-2000:]


def _real_loader(
    wrap: Callable[[Callable[[list[str]], dict[str, np.ndarray]]], Callable[[list[str]], dict[str, np.ndarray]]],
    *,
    warm: bool = True,
) -> Callable[[Settings, Callable[[int, float], None]], RouterService]:
    """Loads the real engine, but lets the test wrap its predict (and skip the warm-up)."""

    def load(settings: Settings, on_batch: Callable[[int, float], None]) -> RouterService:
        engine = RouterEngine(settings.artifacts_dir, EngineOptions(verify_checksums=False))
        batcher = batcher_from_settings(wrap(_slim(engine.predict)), settings, on_batch)
        service = RouterService(engine, batcher, model_ids=settings.model_ids)
        if warm:
            engine.warmup()
            service.warmed = True
        return service

    return load


@pytest.mark.anyio
async def test_not_ready_until_warmed(router_artifacts: Path) -> None:
    app = create_app(small_settings(router_artifacts), loader=_real_loader(lambda p: p, warm=False))
    async with app.router.lifespan_context(app), _client(app) as client:
        assert (await client.get("/ready")).status_code == 503
        r = await client.post("/route", json={"input": TASK})
        assert r.status_code == 503 and r.json()["error"] == "not_ready" and r.headers["Retry-After"] == "1"
        service: RouterService = app.state.service
        service.engine.warmup()
        service.warmed = True
        ready = await client.get("/ready")
        assert ready.status_code == 200 and ready.json()["router_version"] == service.version
        assert (await client.post("/route", json={"input": TASK})).status_code == 200


@pytest.mark.anyio
async def test_failing_batch_fails_only_its_requests(router_artifacts: Path) -> None:
    failed_batches: list[list[str]] = []

    def wrap(predict: Callable[[list[str]], dict[str, np.ndarray]]) -> Callable[[list[str]], dict[str, np.ndarray]]:
        def run(texts: list[str]) -> dict[str, np.ndarray]:
            if any("POISON" in t for t in texts):
                failed_batches.append(list(texts))
                raise RuntimeError("onnxruntime blew up reading /opt/secret/model.onnx")
            return predict(texts)

        return run

    settings = small_settings(router_artifacts, max_batch_size=4, max_wait_ms=5)
    app = create_app(settings, loader=_real_loader(wrap))
    async with app.router.lifespan_context(app), _client(app) as client:
        texts = [f"{TASK} #{i}" for i in range(24)]
        texts[13] = "POISON " + texts[13]
        responses = await asyncio.gather(*(client.post("/route", json={"input": t}) for t in texts))
        after = await asyncio.gather(*(client.post("/route", json={"input": f"{TASK} again {i}"}) for i in range(8)))
        metrics = (await client.get("/metrics")).text
    assert len(failed_batches) == 1
    doomed = set(failed_batches[0])
    for text, r in zip(texts, responses, strict=True):
        if text in doomed:
            assert r.status_code == 503 and r.json()["error"] == "inference_failed", r.text
            assert int(r.headers["Retry-After"]) >= 1
            assert "/opt/secret" not in r.text and "onnxruntime" not in r.text
        else:
            assert r.status_code == 200 and r.json()["agent"], r.text
    assert 1 <= len(doomed) <= 4
    assert all(r.status_code == 200 for r in after)
    failed = re.search(r'router_rejected_total\{reason="inference_failed"\} (\S+)', metrics)
    assert failed and float(failed.group(1)) == len(doomed)


def _metric(text: str, name: str) -> float:
    match = re.search(rf"^{name} (\S+)$", text, flags=re.M)
    return float(match.group(1)) if match else 0.0


def test_sigterm_under_load_finishes_accepted_and_refuses_new(router_artifacts: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # generous timeouts: this test is about draining, not speed (a shared CI machine may be slow)
    timeouts = {"ROUTER_REQUEST_TIMEOUT_S": "120", "ROUTER_DRAIN_TIMEOUT_S": "120"}
    proc = serve_process(router_artifacts, port, ROUTER_MAX_QUEUE_SIZE="100000", ROUTER_LOG_FORMAT="text", **timeouts)
    clients, per_request = 64, 12
    total = clients * per_request
    try:
        wait_ready(proc, base)

        async def scenario() -> tuple[Sequence[httpx.Response | BaseException], list[str]]:
            limits = httpx.Limits(max_connections=clients + 4)
            async with httpx.AsyncClient(base_url=base, timeout=150, limits=limits) as client:
                tasks = [
                    asyncio.create_task(
                        client.post(
                            "/route/batch",
                            json={"tasks": [{"input": f"{TASK} part {c}-{i}"} for i in range(per_request)]},
                        )
                    )
                    for c in range(clients)
                ]
                async with httpx.AsyncClient(base_url=base, timeout=5) as probe:
                    for _ in range(500):  # until every text was accepted (queued, running or done)
                        m = (await probe.get("/metrics")).text
                        accepted = sum(
                            _metric(m, n)
                            for n in ("router_queue_depth", "router_batch_in_flight", "router_batch_size_sum")
                        )
                        if accepted >= total:
                            break
                        await asyncio.sleep(0.01)
                    assert _metric(m, "router_queue_depth") > 0, "the load finished before SIGTERM: make it larger"
                proc.send_signal(signal.SIGTERM)
                await asyncio.sleep(0.3)
                refused: list[str] = []
                async with httpx.AsyncClient(base_url=base, timeout=5) as late:
                    for _ in range(3):
                        try:
                            r = await late.post("/route", json={"input": TASK})
                            refused.append(f"status {r.status_code}")
                        except httpx.TransportError as exc:
                            refused.append(type(exc).__name__)
                        await asyncio.sleep(0.05)
                results = await asyncio.gather(*tasks, return_exceptions=True)
                return results, refused

        results, refused = asyncio.run(scenario())
        code = proc.wait(150)
        output = server_output(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    ok = [r for r in results if isinstance(r, httpx.Response) and r.status_code == 200]
    assert len(ok) == clients, (
        [
            repr(r) if isinstance(r, BaseException) else (r.status_code, r.text[:100])
            for r in results
            if not (isinstance(r, httpx.Response) and r.status_code == 200)
        ],
        output[-3000:],
    )
    assert all(r.json()["count"] == per_request for r in ok)
    # new work after SIGTERM: the listening socket is closed (connection refused) or a 503
    assert all(x in ("ConnectError", "status 503") for x in refused), refused
    assert code in (0, -signal.SIGTERM), output
    assert "Traceback" not in output and "ERROR" not in output, output
