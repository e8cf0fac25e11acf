"""Routing endpoints (``/route``, ``/route/batch``) and the operational ones
(``/health``, ``/ready``, ``/info``, ``/metrics``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from app.api.deps import BatchBody, MetricsDep, RouteBody, ServiceDep, SettingsDep
from app.api.metrics import ServiceMetrics
from app.api.schemas import (
    BatchResponse,
    ErrorResponse,
    HealthResponse,
    InfoResponse,
    ReadyResponse,
    RouteRequest,
    RouteResponse,
)
from app.inference.service import RouteOptions, RouteResult, RouteTask

routing = APIRouter(tags=["routing"])
ops = APIRouter(tags=["operations"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorResponse, "description": "Invalid request (the message says which field and why)"},
    413: {"model": ErrorResponse, "description": "Request body larger than ROUTER_MAX_BODY_BYTES"},
    503: {"model": ErrorResponse, "description": "Overloaded, timed out or not ready; see the Retry-After header"},
}


def _task(req: RouteRequest) -> RouteTask:
    return RouteTask(
        input=req.input,
        context=req.context or "",
        options=RouteOptions(
            # left out: the policy file's default preference
            preference=req.preference if "preference" in req.model_fields_set else None,
            min_model=req.min_model,
            max_model=req.max_model,
        ),
    )


def _count(metrics: ServiceMetrics, results: list[RouteResult]) -> None:
    for r in results:
        metrics.routes.labels(agent=r.agent, model=r.model).inc()


@routing.post(
    "/route",
    response_model=RouteResponse,
    responses=_ERRORS,
    summary="Route one task",
    description="Chooses the agent and the Claude tier for a task. Concurrent requests are micro-batched.",
)
async def route(body: RouteBody, service: ServiceDep, metrics: MetricsDep) -> dict[str, Any]:
    results = await service.route([_task(body)], "/route")
    _count(metrics, results)
    return results[0].as_dict()


@routing.post(
    "/route/batch",
    response_model=BatchResponse,
    responses=_ERRORS,
    summary="Route several tasks",
    description="Routes up to `ROUTER_MAX_BATCH_TASKS` tasks; results come back in request order. The tasks join "
    "the same micro-batches as single requests.",
)
async def route_batch(body: BatchBody, service: ServiceDep, metrics: MetricsDep) -> dict[str, Any]:
    results = await service.route([_task(t) for t in body.tasks], "/route/batch")
    _count(metrics, results)
    return {"count": len(results), "results": [r.as_dict() for r in results]}


@ops.get("/health", response_model=HealthResponse, summary="Liveness: the process serves HTTP")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@ops.head("/health", include_in_schema=False)
async def health_head() -> Response:
    """Probes that use HEAD (some load balancers do) get the status of GET without a body."""
    return Response(status_code=200, media_type="application/json")


@ops.get(
    "/ready",
    response_model=ReadyResponse,
    responses={503: {"model": ReadyResponse, "description": "Not loaded yet, or draining"}},
    summary="Readiness: the router is loaded, warmed and accepting requests",
)
async def ready(request: Request) -> JSONResponse:
    service = getattr(request.app.state, "service", None)
    if service is None or not service.ready:
        return JSONResponse({"status": "not_ready", "router_version": None, "queue_depth": 0}, status_code=503)
    return JSONResponse(
        {"status": "ready", "router_version": service.version, "queue_depth": service.batcher.queue_depth}
    )


@ops.head("/ready", include_in_schema=False)
async def ready_head(request: Request) -> Response:
    service = getattr(request.app.state, "service", None)
    return Response(status_code=200 if service is not None and service.ready else 503, media_type="application/json")


@ops.get(
    "/info",
    response_model=InfoResponse,
    responses={503: {"model": ErrorResponse, "description": "Router not loaded"}},
    summary="The router artifact: manifest, evaluation figures, engine and limits",
)
async def info(service: ServiceDep, settings: SettingsDep) -> dict[str, Any]:
    return {
        "router_version": service.version,
        "engine": service.describe(),
        "batching": {
            "max_batch_size": settings.max_batch_size,
            "max_wait_ms": settings.max_wait_ms,
            "max_queue_size": settings.max_queue_size,
            "request_timeout_s": settings.request_timeout_s,
        },
        "limits": {
            "max_batch_tasks": settings.max_batch_tasks,
            "max_input_chars": settings.max_input_chars,
            "max_context_chars": settings.max_context_chars,
            "max_generate_records": settings.max_generate_records,
            "max_export_examples_per_category": settings.max_export_examples_per_category,
        },
        "model_ids": {tier.value: model_id for tier, model_id in settings.model_ids.items()},
        "manifest": getattr(service.engine, "manifest", {}),
    }


@ops.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {"example": "router_http_requests_total{...} 3.0"}}}},
)
async def metrics_endpoint(metrics: MetricsDep) -> Response:
    return Response(metrics.render(), media_type=metrics.content_type)
