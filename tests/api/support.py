"""Helpers of the service tests: a slow fake engine (overload, timeout and drain tests only)
and a real server on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import httpx
import numpy as np

from app.inference.service import RouterService, batcher_from_settings
from app.settings import Settings

REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------
# a slow fake engine (overload / timeout / drain tests only)


class SlowFakeEngine:
    """Engine stand-in with the real output shapes; sleeps ``delay`` per call."""

    version = "fake-router"
    providers: ClassVar[list[str]] = ["FakeProvider"]
    manifest: ClassVar[dict[str, Any]] = {"router_version": "fake-router"}

    def __init__(self, delay: float = 0.2, fail_marker: str | None = None) -> None:
        self.delay = delay
        self.fail_marker = fail_marker
        self.calls: list[int] = []

    def predict(self, texts: list[str]) -> dict[str, np.ndarray]:
        self.calls.append(len(texts))
        time.sleep(self.delay)
        if self.fail_marker and any(self.fail_marker in t for t in texts):
            raise RuntimeError("internal detail: /secret/path password=hunter2")
        n = len(texts)

        def probs(k: int, hot: int) -> np.ndarray:
            p = np.full((n, k), 0.1 / (k - 1), dtype=np.float32)
            p[:, hot] = 0.9
            return p

        return {
            "agent_probs": probs(5, 0),
            "complexity_probs": probs(3, 1),
            "domain_probs": probs(8, 0),
            "model_probs": probs(3, 1),
            "policy_model_probs": probs(3, 1),
            "quality": np.full(n, 0.5, dtype=np.float32),
        }

    def describe(self) -> dict[str, Any]:
        return {"router_version": self.version}


def fake_loader(engine: SlowFakeEngine) -> Callable[[Settings, Callable[[int, float], None]], RouterService]:
    def load(settings: Settings, on_batch: Callable[[int, float], None]) -> RouterService:
        batcher = batcher_from_settings(engine.predict, settings, on_batch)
        service = RouterService(engine, batcher, model_ids=settings.model_ids)
        service.warmed = True
        return service

    return load


# ---------------------------------------------------------------------------
# a real server on loopback


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["HF_HUB_OFFLINE"] = "1"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def wait_ready(proc: subprocess.Popen[bytes], base: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            raise AssertionError(f"server exited with {proc.returncode}:\n{out}")
        try:
            if httpx.get(f"{base}/ready", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("server did not become ready")


def start_server(artifacts: Path, port: int, *extra_args: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--artifacts", str(artifacts), "--log-level", "warning", *extra_args]
    return subprocess.Popen(cmd, cwd=REPO, env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
