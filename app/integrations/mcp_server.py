"""The MCP endpoint: ``route_task`` and ``route_tasks`` over streamable HTTP at ``/mcp``.

``claude mcp add --transport http task-router http://127.0.0.1:8000/mcp`` makes the router a
tool of Claude Code. The tools call the same in-process router as ``/route`` (same micro-batches,
same policy) and validate their arguments with the same request schema and limits. The server is
stateless with JSON responses, so it works behind a load balancer and with several workers.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import FastAPI
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations
from pydantic import Field, ValidationError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from app import __version__
from app.api.errors import describe_validation, error_body
from app.api.schemas import BatchResponse, RouteRequest, RouteResponse
from app.inference.batcher import BatcherError
from app.inference.service import RouteOptions, RouteTask
from app.labels import ModelTier
from app.settings import Settings

MCP_PATH = "/mcp"
#: routing reads nothing and changes nothing: the same answer for the same input, no side effects
READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)


def _task(req: RouteRequest, settings: Settings) -> RouteTask:
    if len(req.input) > settings.max_input_chars:
        raise ToolError(f"input has {len(req.input)} characters, more than the limit of {settings.max_input_chars}")
    if req.context and len(req.context) > settings.max_context_chars:
        raise ToolError(
            f"context has {len(req.context)} characters, more than the limit of {settings.max_context_chars}"
        )
    return RouteTask(
        req.input,
        req.context or "",
        RouteOptions(
            preference=req.preference if "preference" in req.model_fields_set else None,
            min_model=req.min_model,
            max_model=req.max_model,
        ),
    )


def _advertise_only_tools(server: MCPServer) -> None:
    """This server has tools only: drop the SDK's empty prompt and resource handlers, so the capabilities it
    announces are the ones that exist (a test checks the announced capabilities, should the SDK change)."""
    handlers = getattr(getattr(server, "_lowlevel_server", None), "_request_handlers", None)
    if isinstance(handlers, dict):
        for method in [m for m in handlers if m.startswith(("prompts/", "resources/"))]:
            del handlers[method]


def build_mcp_server(app: FastAPI, settings: Settings) -> MCPServer:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    server: MCPServer = MCPServer(
        name="claude-task-router",
        version=__version__,
        instructions="Route a software task to an agent (Claude Flow agent type) and a Claude model tier "
        "(haiku, sonnet, opus) before starting it.",
        log_level="WARNING",
    )
    # MCPServer installs its own root handler (logging.basicConfig); the service's logging setup owns the root
    root.handlers[:] = handlers
    root.setLevel(level)
    _advertise_only_tools(server)

    async def _route(requests: list[RouteRequest]) -> list[dict[str, Any]]:
        service = getattr(app.state, "service", None)
        if service is None or not service.ready:
            raise ToolError("the router is not loaded yet (or is shutting down); retry shortly")
        tasks = [_task(r, settings) for r in requests]
        try:
            results = await service.route(tasks)
        except BatcherError as exc:
            raise ToolError(f"the router is busy: {exc}") from None
        return [r.as_dict() for r in results]

    def _take_batch_budget(ctx: Context) -> None:
        """``route_tasks`` is ``/route/batch`` by another door: it spends the same per-client budget."""
        buckets = getattr(app.state, "rate_buckets", None)
        if buckets is None:
            return
        request = getattr(ctx.request_context, "request", None)
        client = getattr(request, "client", None)
        wait = buckets.take(client.host if client else "unknown")
        if wait > 0:
            raise ToolError(buckets.message("/route/batch (MCP route_tasks)", wait))

    def _request(**fields: Any) -> RouteRequest:
        try:
            return RouteRequest(**{k: v for k, v in fields.items() if v is not None})
        except ValidationError as exc:
            raise ToolError(describe_validation(exc.errors())) from None

    @server.tool(
        name="route_task",
        title="Route a task",
        annotations=READ_ONLY,
        description="Choose the agent (with its Claude Flow agent type) and the Claude model tier for one task. "
        "Returns agent, model, model_id, confidence, alternatives, reasoning and a claude_flow block.",
        structured_output=True,
    )
    async def route_task(
        input: Annotated[str, Field(min_length=1, description="The task, in plain language.")],
        context: Annotated[str, Field(description="Optional background (stack, constraints).")] = "",
        preference: Annotated[
            float | None, Field(ge=-1.0, le=1.0, description="Cost (-1) .. quality (+1); default: the policy's.")
        ] = None,
        min_model: Annotated[ModelTier | None, Field(description="Cheapest tier allowed.")] = None,
        max_model: Annotated[ModelTier | None, Field(description="Dearest tier allowed.")] = None,
    ) -> RouteResponse:
        req = _request(input=input, context=context, preference=preference, min_model=min_model, max_model=max_model)
        return RouteResponse.model_validate((await _route([req]))[0])

    @server.tool(
        name="route_tasks",
        title="Route several tasks",
        annotations=READ_ONLY,
        description="Route several tasks at once (at most ROUTER_MAX_BATCH_TASKS); results in input order.",
        structured_output=True,
    )
    async def route_tasks(
        tasks: Annotated[list[RouteRequest], Field(min_length=1, description="Tasks, each like route_task's input.")],
        ctx: Context,
    ) -> BatchResponse:
        _take_batch_budget(ctx)
        if len(tasks) > settings.max_batch_tasks:
            raise ToolError(f"{len(tasks)} tasks, more than the limit of {settings.max_batch_tasks}; split them")
        results = await _route(tasks)
        return BatchResponse.model_validate({"count": len(results), "results": results})

    return server


class McpEndpoint:
    """ASGI endpoint at ``/mcp``; its handler (with a fresh session manager) lives for one lifespan."""

    def __init__(self) -> None:
        self.handler: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.handler is None:
            body = error_body("not_ready", "the MCP endpoint is not started yet (or is shutting down); retry shortly")
            await JSONResponse(body, status_code=503, headers={"Retry-After": "1"})(scope, receive, send)
            return
        await self.handler(scope, receive, send)
