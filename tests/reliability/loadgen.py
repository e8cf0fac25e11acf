"""A small closed-loop HTTP load generator (asyncio + httpx) for the loopback load tests.

``concurrency`` workers each send one request, wait for the answer, and send the next, until
``duration_s`` has passed. Every answer's status, latency and Retry-After is recorded.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


@dataclass
class LoadResult:
    duration_s: float = 0.0
    statuses: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)  # transport errors by type; error codes by name
    ok_latencies: list[float] = field(default_factory=list)
    shed_latencies: list[float] = field(default_factory=list)
    shed_without_retry_after: int = 0

    @property
    def total(self) -> int:
        return sum(self.statuses.values()) + sum(v for k, v in self.errors.items() if k.startswith("transport:"))

    def summary(self) -> dict[str, Any]:
        ok = self.statuses.get(200, 0)
        return {
            "seconds": round(self.duration_s, 1),
            "requests": self.total,
            "ok": ok,
            "ok_per_s": round(ok / self.duration_s, 1) if self.duration_s else 0,
            "statuses": dict(self.statuses),
            "errors": dict(self.errors),
            "ok_p50_ms": round(percentile(self.ok_latencies, 50) * 1000, 1),
            "ok_p99_ms": round(percentile(self.ok_latencies, 99) * 1000, 1),
            "ok_max_ms": round(max(self.ok_latencies, default=float("nan")) * 1000, 1),
            "shed_p50_ms": round(percentile(self.shed_latencies, 50) * 1000, 1),
            "shed_p99_ms": round(percentile(self.shed_latencies, 99) * 1000, 1),
        }


async def run_load(
    base: str,
    *,
    concurrency: int,
    duration_s: float,
    request: Callable[[int], tuple[str, dict[str, Any] | bytes]],
    timeout_s: float = 30.0,
    honor_retry_after: bool = False,
) -> LoadResult:
    """Closed loop: ``request(i)`` gives (path, json body or pre-encoded JSON bytes) of the i-th request of a
    worker. ``honor_retry_after``: after a 429/503 a worker sleeps for its Retry-After (a polite client);
    otherwise it sends the next request at once (a hostile one)."""
    result = LoadResult()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    started = time.perf_counter()
    deadline = started + duration_s

    async def worker(client: httpx.AsyncClient, w: int) -> None:
        i = 0
        while time.perf_counter() < deadline:
            path, body = request(w * 1_000_000 + i)
            i += 1
            t0 = time.perf_counter()
            try:
                if isinstance(body, bytes):  # pre-encoded: the client's own JSON work stays out of the figures
                    r = await client.post(path, content=body, headers={"content-type": "application/json"})
                else:
                    r = await client.post(path, json=body)
            except httpx.TransportError as exc:
                result.errors[f"transport:{type(exc).__name__}"] += 1
                continue
            elapsed = time.perf_counter() - t0
            result.statuses[r.status_code] += 1
            if r.status_code == 200:
                result.ok_latencies.append(elapsed)
            else:
                result.errors[r.json().get("error", "?")] += 1
                if r.status_code in (429, 503):
                    result.shed_latencies.append(elapsed)
                    if not r.headers.get("Retry-After", "").isdigit():
                        result.shed_without_retry_after += 1
                    elif honor_retry_after:  # a polite client waits as told (never past the run's end)
                        left = max(0.0, deadline - time.perf_counter())
                        await asyncio.sleep(min(float(r.headers["Retry-After"]), left))

    async with httpx.AsyncClient(base_url=base, timeout=timeout_s, limits=limits) as client:
        await asyncio.gather(*(worker(client, w) for w in range(concurrency)))
    result.duration_s = time.perf_counter() - started
    return result
