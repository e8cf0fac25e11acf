"""Feedback store durability: SIGKILL the server while POST /feedback writes are in flight; after a
restart every acknowledged record is present and SQLite's integrity check passes."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path

import httpx

from ..api.support import free_port, wait_ready
from .conftest import serve_process

FEEDBACK = {
    "input": "Design the sharding scheme for the orders database",
    "routed_agent": "coder",
    "routed_model": "sonnet",
    "outcome": "escalated",
    "correct_agent": "architecture",
    "correct_model": "opus",
}


def test_killed_server_loses_no_acknowledged_feedback(router_artifacts: Path, tmp_path: Path) -> None:
    db = tmp_path / "feedback.db"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = serve_process(router_artifacts, port, ROUTER_FEEDBACK_DB_PATH=str(db), ROUTER_LOG_FORMAT="text")
    acked: dict[int, str] = {}
    failures: list[str] = []
    try:
        wait_ready(proc, base)

        async def writers() -> None:
            stop = asyncio.Event()

            async def writer(client: httpx.AsyncClient, w: int) -> None:
                i = 0
                while not stop.is_set():
                    note = f"writer-{w}-{i}"
                    i += 1
                    try:
                        r = await client.post("/feedback", json={**FEEDBACK, "note": note})
                    except httpx.TransportError as exc:  # in flight when the process died: not acknowledged
                        failures.append(type(exc).__name__)
                        return
                    assert r.status_code == 201, r.text
                    acked[r.json()["id"]] = note

            async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                tasks = [asyncio.create_task(writer(client, w)) for w in range(16)]
                while len(acked) < 150:
                    await asyncio.sleep(0.01)
                proc.send_signal(signal.SIGKILL)  # no shutdown, no drain: writes are cut mid-flight
                proc.wait(10)
                stop.set()
                await asyncio.gather(*tasks)

        asyncio.run(writers())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert failures, "no write was in flight when the process was killed"

    with sqlite3.connect(db) as conn:  # opening recovers the WAL, as the restarted server would
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = dict(conn.execute("SELECT id, note FROM router_feedback").fetchall())
    print(f"\nfeedback kill: {len(acked)} acknowledged, {len(failures)} cut in flight, {len(rows)} rows after restart")
    missing = {i: n for i, n in acked.items() if rows.get(i) != n}
    assert not missing, f"{len(missing)} acknowledged records lost: {list(missing.items())[:5]}"

    # the restarted server serves the same database
    proc = serve_process(router_artifacts, port, ROUTER_FEEDBACK_DB_PATH=str(db), ROUTER_LOG_FORMAT="text")
    try:
        wait_ready(proc, base)
        assert httpx.post(f"{base}/feedback", json={**FEEDBACK, "note": "after restart"}).status_code == 201
        stats = httpx.get(f"{base}/feedback/stats").json()
        assert stats["total"]["count"] == len(rows) + 1 >= len(acked) + 1
    finally:
        proc.terminate()
        proc.wait(30)
