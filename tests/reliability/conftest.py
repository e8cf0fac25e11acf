"""Fixtures of the reliability suite (fuzzing, load, faults, access control, logs).

Every test here runs the real app on the shipped router; load, overload and SIGTERM tests run
a real ``uvicorn`` process on loopback. CI runs the bounded versions; the long ones are marked
``load`` (deselected by default) and sized by ``ROUTER_LOAD_SECONDS`` (see the README's
"Reliability" section).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.artifacts import MANIFEST_FILE
from app.main import create_app
from app.settings import Settings

from ..api.conftest import artifacts_dir


@pytest.fixture(scope="session")
def router_artifacts() -> Path:
    folder = artifacts_dir()
    if not (folder / MANIFEST_FILE).is_file():
        pytest.fail(f"the router artifact is missing: {folder / MANIFEST_FILE} (run `claude-task-router train`)")
    return folder


def small_settings(artifacts: Path, **extra: object) -> Settings:
    """The real router with small dataset limits (checksums verified by the api tests)."""
    base: dict[str, object] = {
        "artifacts_dir": artifacts,
        "verify_checksums": False,
        "max_generate_records": 60,
        "max_export_examples_per_category": 5,
        "max_batch_tasks": 16,
        "max_body_bytes": 1024 * 1024,
        "log_level": "warning",
    }
    if "feedback_db_path" in Settings.model_fields:  # never write feedback into the working tree
        base["feedback_db_path"] = Path(tempfile.mkdtemp(prefix="router-feedback-")) / "feedback.db"
    base.update(extra)
    return Settings(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def real_client(router_artifacts: Path) -> Iterator[TestClient]:
    with TestClient(create_app(small_settings(router_artifacts)), raise_server_exceptions=False) as c:
        yield c


class ThreadedServer:
    """A real uvicorn server on loopback running ``app`` in a background thread (lifespan included)."""

    def __init__(self, app: object) -> None:
        import uvicorn

        from ..api.support import free_port

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-test", daemon=True)

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise AssertionError("the threaded uvicorn server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def serve_process(artifacts: Path, port: int, *, log_level: str = "warning", **env: str) -> subprocess.Popen[bytes]:
    """``claude-task-router serve`` as a real process on loopback; ``env`` adds ROUTER_* settings."""
    from ..api.support import REPO, subprocess_env

    cmd = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--artifacts", str(artifacts), "--log-level", log_level]
    scratch = Path(tempfile.mkdtemp(prefix="router-serve-"))
    env.setdefault("ROUTER_FEEDBACK_DB_PATH", str(scratch / "feedback.db"))
    # output goes to a file, not a pipe: a pipe nobody drains fills up and blocks the server's logging
    log_path = scratch / "output.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, env=subprocess_env(**env), stdout=log, stderr=subprocess.STDOUT)
    proc.log_path = log_path  # type: ignore[attr-defined]
    return proc


def server_output(proc: subprocess.Popen[bytes]) -> str:
    """Everything a :func:`serve_process` server wrote to stdout and stderr so far."""
    return Path(proc.log_path).read_text(errors="replace")  # type: ignore[attr-defined]


def rss_bytes(pid: int) -> int:
    """Resident set size of a process (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for pid {pid}")
