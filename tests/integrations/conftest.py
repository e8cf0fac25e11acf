"""Fixtures of the issue-5 tests: the real app (real artifact) served by uvicorn on loopback."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from app.main import create_app
from app.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def artifacts_dir() -> Path:
    return Path(os.environ.get("ROUTER_TEST_ARTIFACTS", REPO / "model_artifacts"))


@dataclass
class LiveServer:
    url: str
    settings: Settings


def _loopback_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def serve(settings: Settings) -> Iterator[LiveServer]:
    """Serve ``create_app(settings)`` with uvicorn in a thread until the generator is closed."""
    sock = _loopback_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/ready", timeout=1.0).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if not thread.is_alive():
            raise AssertionError("the server thread exited during start")
        time.sleep(0.05)
    else:
        raise AssertionError("the server did not become ready")
    try:
        yield LiveServer(base, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("live")
    settings = Settings(
        artifacts_dir=artifacts_dir(),
        verify_checksums=False,
        feedback_db_path=folder / "feedback.db",
        flow_agent_types={"reviewer": "code-review-swarm"},
        log_level="warning",
        host="127.0.0.1",
    )
    yield from serve(settings)
