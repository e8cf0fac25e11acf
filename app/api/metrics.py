"""Prometheus metrics: one registry per app (so several apps in one process never collide).

* ``router_http_requests_total{endpoint,method,status}`` and
  ``router_http_request_duration_seconds{endpoint,method,status}``: every request, by route template;
* ``router_batch_size`` / ``router_batch_duration_seconds``: each onnxruntime call of the batcher;
* ``router_queue_depth`` / ``router_batch_in_flight``: texts waiting / running now;
* ``router_routes_total{agent,model}``: routing decisions returned;
* ``router_rejected_total{reason}``: 503s from the batcher (overloaded, timeout, inference_failed, not_ready).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)


class ServiceMetrics:
    """The app's metric families and their registry."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "router_http_requests",
            "HTTP requests by endpoint, method and status",
            ["endpoint", "method", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "router_http_request_duration_seconds",
            "HTTP request latency (server side) by endpoint, method and status",
            ["endpoint", "method", "status"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.batch_size = Histogram(
            "router_batch_size", "Texts per onnxruntime call of the micro-batcher", buckets=BATCH_BUCKETS, registry=r
        )
        self.batch_seconds = Histogram(
            "router_batch_duration_seconds", "Seconds per onnxruntime call", buckets=LATENCY_BUCKETS, registry=r
        )
        self.queue_depth = Gauge("router_queue_depth", "Texts waiting for inference", registry=r)
        self.in_flight = Gauge("router_batch_in_flight", "Texts in the running inference batch", registry=r)
        self.routes = Counter(
            "router_routes", "Routing decisions returned, by agent and model", ["agent", "model"], registry=r
        )
        self.rejected = Counter("router_rejected", "Requests refused with 503, by reason", ["reason"], registry=r)
        self.hook_decisions = Counter(
            "router_hook_decisions",
            "Claude Code hook calls answered, by event and tier (tier none: answered {}, e.g. not a task)",
            ["event", "tier"],
            registry=r,
        )
        self.ready = Gauge("router_ready", "1 when the router is loaded, warmed and accepting requests", registry=r)

    def observe_batch(self, size: int, seconds: float) -> None:
        self.batch_size.observe(size)
        self.batch_seconds.observe(seconds)

    def track_queue(self, depth: Callable[[], float], in_flight: Callable[[], float]) -> None:
        self.queue_depth.set_function(depth)
        self.in_flight.set_function(in_flight)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Pure ASGI middleware timing every HTTP request (cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp, metrics: ServiceMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            endpoint = getattr(route, "path", None) or "unmatched"
            labels = (endpoint, scope.get("method", ""), str(status))
            self.metrics.requests.labels(*labels).inc()
            self.metrics.latency.labels(*labels).observe(time.perf_counter() - started)
