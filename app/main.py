"""The FastAPI application: ``create_app(settings)`` and the module-level ``app``.

``uvicorn app.main:app`` and ``claude-task-router serve`` both serve it. Importing this module
only builds the app (reading ``ROUTER_*`` settings); the router is loaded in the lifespan:

* start: verify the artifact against its manifest (a missing or corrupt file stops the start
  with one line naming the file), load onnxruntime, warm up, start the micro-batcher;
* stop: refuse new work, let every accepted request finish (``drain_timeout_s``), stop.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import __version__
from app.api.dataset import DatasetJobs
from app.api.dataset import router as dataset_router
from app.api.docs import install_docs
from app.api.errors import BodyTooLargeError, error_body, register_error_handlers
from app.api.hooks import router as hooks_router
from app.api.metrics import MetricsMiddleware, ServiceMetrics
from app.api.routes import ops, routing
from app.api.security import install_security
from app.artifacts import ArtifactError
from app.feedback.store import FeedbackStoreError
from app.inference.service import RouterService
from app.integrations import install as install_integrations
from app.integrations import open_integrations
from app.logging_setup import RequestLogMiddleware, configure_logging
from app.policy import PolicyError
from app.settings import Settings

log = logging.getLogger("app.service")

DESCRIPTION = """\
Routes a software task to an **agent** (coder, researcher, security, architecture, reviewer) and a
**Claude tier** (haiku, sonnet, opus) with an ONNX router served by onnxruntime.

Concurrent `/route` and `/route/batch` requests are micro-batched. Limits are configured with
`ROUTER_*` environment variables; errors always come as `{"error", "message", "detail"?}`.
"""


class StartupErrorMiddleware:
    """Makes a failed start report one line (the reason) instead of a traceback."""

    def __init__(self, app: ASGIApp, state: object) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message: Message) -> None:
            error = getattr(self.state, "startup_error", None)
            if message["type"] == "lifespan.startup.failed" and error:
                message = {**message, "message": f"router failed to start: {error}"}
            await send(message)

        await self.app(scope, receive, send_wrapper)


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` (413) before anything parses them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = (
            f"the request body is larger than this service's limit of {self.max_bytes} bytes; send fewer or "
            "shorter tasks"
        )
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                response = JSONResponse(error_body(BodyTooLargeError.code, message), status_code=413)
                await response(scope, receive, send)
                return
        seen = 0
        refused = False

        async def counting_receive() -> Message:
            nonlocal seen, refused
            msg = await receive()
            if msg["type"] == "http.request" and not refused:
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:  # a chunked body: answer 413 now, the app sees a disconnect
                    refused = True
                    response = JSONResponse(error_body(BodyTooLargeError.code, message), status_code=413)
                    await response(scope, receive, send)
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: Message) -> None:
            if not refused:
                await send(msg)

        await self.app(scope, counting_receive, guarded_send)


def install_openapi_security(app: FastAPI) -> None:
    """The API key in the OpenAPI document: both ways of sending it, optional (ROUTER_API_KEY may be unset),
    and the 401 and 429 answers the access layer gives."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "ROUTER_API_KEY, when the service sets one"},
            "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key", "description": "The same key"},
        }
        schema["security"] = [{}, {"bearer": []}, {"apiKey": []}]  # {}: no key needed unless one is configured
        error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
        for path, operations in schema["paths"].items():
            for op in operations.values():
                op.setdefault("responses", {})
                if path not in ("/health", "/ready"):
                    op["responses"].setdefault("401", {"description": "API key missing or wrong", **error})
                if path.startswith(("/dataset/", "/route/batch")):
                    op["responses"].setdefault("429", {"description": "Over the per-client rate limit", **error})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def operation_id(route: APIRoute) -> str:
    """Stable OpenAPI operationIds from the handler names: route, routeBatch, feedbackStats, ..."""
    head, *rest = route.name.split("_")
    return head + "".join(part.capitalize() for part in rest)


class EarlyShedMiddleware:
    """Under overload, refuses a routing request (503 + Retry-After) before reading its body: when a
    request of that endpoint's typical size could not be queued, or answered within the timeout, now.
    Parsing and validating a large body only to refuse it is what made shedding slow."""

    PATHS = frozenset({"/route", "/route/batch"})

    def __init__(self, app: ASGIApp, state: object) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") == "POST" and scope.get("path") in self.PATHS:
            service = getattr(self.state, "service", None)
            refusal = service.batcher.refusal(scope["path"]) if service is not None else None
            if refusal is not None:
                service.batcher.stats.rejected += 1
                metrics = getattr(self.state, "metrics", None)
                if metrics is not None:
                    metrics.rejected.labels(reason="overloaded").inc()
                headers = {"Retry-After": str(refusal.retry_after_s)}  # uvicorn discards the unread body
                response = JSONResponse(error_body("overloaded", str(refusal)), status_code=503, headers=headers)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


#: builds the loaded service from the settings and the batch-metrics callback
ServiceLoader = Callable[[Settings, Callable[[int, float], None]], RouterService]


def _load_service(settings: Settings, on_batch: Callable[[int, float], None]) -> RouterService:
    return RouterService.load(settings, on_batch=on_batch)


def create_app(settings: Settings | None = None, *, loader: ServiceLoader | None = None) -> FastAPI:
    """Build the service. Nothing is loaded until the app's lifespan starts.

    ``loader`` replaces how the service is built (tests of overload and drain use a slow fake
    engine); by default the router artifact in ``settings.artifacts_dir`` is loaded.
    """
    settings = settings or Settings()
    load = loader or _load_service
    metrics = ServiceMetrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings)
        app.state.startup_error = None
        try:
            service = load(settings, metrics.observe_batch)
            integrations = await open_integrations(app, settings)  # feedback store, MCP sessions
        except (ArtifactError, PolicyError, FeedbackStoreError) as exc:
            app.state.startup_error = str(exc)  # reported by StartupErrorMiddleware as one line
            raise
        metrics.track_queue(lambda: service.batcher.queue_depth, lambda: service.batcher.in_flight)
        await service.start()
        app.state.service = service
        metrics.ready.set(1)
        log.info("router ready (version %s)", service.version)
        try:
            yield
        finally:
            metrics.ready.set(0)
            await integrations.aclose()
            log.info("draining: %d queued texts", service.batcher.queue_depth)
            await service.stop(settings.drain_timeout_s)
            log.info("router stopped")

    app = FastAPI(
        title="claude-task-router",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by install_docs from local assets, not a CDN
        redoc_url=None,
        license_info={"name": "MIT", "identifier": "MIT"},
        servers=[{"url": f"http://{settings.host}:{settings.port}", "description": "this service as configured"}],
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.dataset_jobs = DatasetJobs(settings.max_dataset_jobs)
    app.state.service = None
    app.state.startup_error = None
    register_error_handlers(app)
    install_docs(app)
    install_openapi_security(app)
    app.include_router(routing)
    app.include_router(dataset_router)
    app.include_router(ops)
    app.include_router(hooks_router)
    install_integrations(app, settings)  # /feedback, /feedback/stats, /mcp
    app.add_middleware(EarlyShedMiddleware, state=app.state)  # innermost: after the access checks
    install_security(app, settings)  # CORS, API key, rate limit (inside the body limit)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestLogMiddleware, settings=settings)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(StartupErrorMiddleware, state=app.state)
    return app


app = create_app()
