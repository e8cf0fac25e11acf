"""Dependencies of the endpoints, as ``Annotated`` aliases.

The configurable request limits live here: a body that passes the schema's absolute caps is
checked against the app's :class:`Settings` and refused with the same 422 shape.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.api.errors import DatasetTooLargeError, NotReadyError, limit_error
from app.api.metrics import ServiceMetrics
from app.api.schemas import BatchRequest, ExportRequest, GenerateRequest, RouteRequest
from app.inference.service import RouterService
from app.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_metrics(request: Request) -> ServiceMetrics:
    return request.app.state.metrics


def get_service(request: Request) -> RouterService:
    service: RouterService | None = getattr(request.app.state, "service", None)
    if service is None or not service.ready:
        raise NotReadyError()
    return service


SettingsDep = Annotated[Settings, Depends(get_settings)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
ServiceDep = Annotated[RouterService, Depends(get_service)]


def _check_task(task: RouteRequest, settings: Settings, prefix: tuple[str | int, ...] = ()) -> None:
    if len(task.input) > settings.max_input_chars:
        raise limit_error(
            (*prefix, "input"),
            f"input has {len(task.input)} characters, more than the limit of {settings.max_input_chars}; "
            "shorten it (the router reads only the first ~128 tokens anyway)",
            "string_too_long",
        )
    if task.context and len(task.context) > settings.max_context_chars:
        raise limit_error(
            (*prefix, "context"),
            f"context has {len(task.context)} characters, more than the limit of {settings.max_context_chars}; "
            "shorten it",
            "string_too_long",
        )


def checked_route(body: RouteRequest, settings: SettingsDep) -> RouteRequest:
    _check_task(body, settings)
    return body


def checked_batch(body: BatchRequest, settings: SettingsDep) -> BatchRequest:
    if len(body.tasks) > settings.max_batch_tasks:
        raise limit_error(
            ("tasks",),
            f"{len(body.tasks)} tasks in one request, more than the limit of {settings.max_batch_tasks}; "
            "split them over several requests",
            "too_long",
        )
    for i, task in enumerate(body.tasks):
        _check_task(task, settings, ("tasks", i))
    return body


def checked_generate(body: GenerateRequest, settings: SettingsDep) -> GenerateRequest:
    size = body.config.expected_size
    if size > settings.max_generate_records:
        raise DatasetTooLargeError(
            f"this config produces up to {size} records, more than the {settings.max_generate_records} that "
            "POST /dataset/generate returns; lower config.examples_per_category or use POST /dataset/export, "
            "which streams any size as a file"
        )
    return body


def checked_export(body: ExportRequest, settings: SettingsDep) -> ExportRequest:
    if body.config.examples_per_category > settings.max_export_examples_per_category:
        raise limit_error(
            ("config", "examples_per_category"),
            f"examples_per_category {body.config.examples_per_category} is above this service's export limit of "
            f"{settings.max_export_examples_per_category}; use the `claude-task-router dataset generate` command "
            "for larger datasets",
            "less_than_equal",
        )
    return body


RouteBody = Annotated[RouteRequest, Depends(checked_route)]
BatchBody = Annotated[BatchRequest, Depends(checked_batch)]
GenerateBody = Annotated[GenerateRequest, Depends(checked_generate)]
ExportBody = Annotated[ExportRequest, Depends(checked_export)]
