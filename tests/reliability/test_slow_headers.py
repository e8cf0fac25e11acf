"""Slow-header ("slowloris") connections against a real ``claude-task-router serve`` on loopback.

200 connections each send the start of a request and then stall. The server closes every one of
them once ``ROUTER_HEADER_TIMEOUT_S`` passes without complete headers, and routes other requests
normally meanwhile. Run with ``-s`` for the figures.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import httpx

from ..api.support import free_port, wait_ready
from .conftest import serve_process

SLOW = 200
TIMEOUT_S = 1.0


def _closed(sock: socket.socket) -> bool:
    """True once the server has closed the connection (EOF or reset); False while it is open."""
    try:
        return sock.recv(1024) == b""
    except BlockingIOError:
        return False
    except OSError:  # reset by the server
        return True


def test_slow_header_connections_are_closed_and_routing_goes_on(router_artifacts: Path) -> None:
    port = free_port()
    proc = serve_process(router_artifacts, port, ROUTER_HEADER_TIMEOUT_S=str(TIMEOUT_S))
    base = f"http://127.0.0.1:{port}"
    socks: list[socket.socket] = []
    try:
        wait_ready(proc, base)
        for _ in range(SLOW):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"POST /route HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")  # and then nothing more
            s.setblocking(False)
            socks.append(s)
        opened = time.monotonic()
        # while they hang, the service routes as usual
        with httpx.Client(base_url=base, timeout=30) as client:
            statuses = [client.post("/route", json={"input": f"Fix flaky test {i}"}).status_code for i in range(5)]
        deadline = opened + 30 * TIMEOUT_S  # generous: the server closes them after TIMEOUT_S
        open_ = list(socks)
        while open_ and time.monotonic() < deadline:
            open_ = [s for s in open_ if not _closed(s)]
            time.sleep(0.05)
        closed_after = time.monotonic() - opened
        # a request whose headers come within the timeout, however slowly, is served
        with socket.create_connection(("127.0.0.1", port)) as ok:
            body = b'{"input": "Rename a variable"}'
            head = (
                "POST /route HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            )
            for piece in (head[:20], head[20:40], head[40:]):
                ok.sendall(piece.encode())
                time.sleep(TIMEOUT_S / 10)
            ok.sendall(body)
            ok.settimeout(30)
            answer = ok.recv(65536)
        assert proc.poll() is None, "the server died"
    finally:
        for s in socks:
            s.close()
        proc.terminate()
        proc.wait(30)
    figures = {"connections": SLOW, "still_open": len(open_), "closed_within_s": round(closed_after, 2)}
    print(f"\nslow headers: {json.dumps({**figures, 'route_statuses': statuses})}")
    assert statuses == [200] * 5
    assert not open_, f"{len(open_)} of {SLOW} slow-header connections still open"
    assert answer.startswith(b"HTTP/1.1 200"), answer[:100]
