"""Integrations of the service: the MCP endpoint and the feedback store (issue 5), wired into
the app by :func:`install` and opened/closed with the app by :func:`open_integrations`.

The Claude Code hook (``claude_code_hook.py``) is a standalone stdlib script, not imported here.
"""

from __future__ import annotations

from contextlib import AsyncExitStack

from fastapi import FastAPI
from starlette.routing import Route

from app.settings import Settings


def install(app: FastAPI, settings: Settings) -> None:
    """Routes: /feedback, /feedback/stats and (``mcp_enabled``) /mcp."""
    from app.api.feedback import router as feedback_router

    app.include_router(feedback_router)
    app.state.feedback_store = None
    app.state.mcp_endpoint = None
    if settings.mcp_enabled:
        from app.integrations.mcp_server import MCP_PATH, McpEndpoint, build_mcp_server

        endpoint = McpEndpoint()
        app.state.mcp_server = build_mcp_server(app, settings)
        app.state.mcp_endpoint = endpoint
        app.router.routes.append(Route(MCP_PATH, endpoint=endpoint, methods=["GET", "POST", "DELETE"]))


async def open_integrations(app: FastAPI, settings: Settings) -> AsyncExitStack:
    """Open the feedback store and start the MCP session manager; ``await stack.aclose()`` stops them.

    Raises ``FeedbackStoreError`` (one line) when the feedback database is misconfigured.
    """
    from app.api.feedback import open_feedback_store

    stack = AsyncExitStack()
    try:
        await _enter(app, settings, stack, open_feedback_store)
    except BaseException:
        await stack.aclose()
        raise
    return stack


async def _enter(app: FastAPI, settings: Settings, stack: AsyncExitStack, open_feedback_store) -> None:  # type: ignore[no-untyped-def]
    store = open_feedback_store(settings)
    app.state.feedback_store = store

    def _close_store() -> None:
        app.state.feedback_store = None
        store.close()

    stack.callback(_close_store)
    endpoint = getattr(app.state, "mcp_endpoint", None)
    if endpoint is not None:
        from app.integrations.mcp_server import MCP_PATH

        server = app.state.mcp_server
        handler = server.streamable_http_app(
            streamable_http_path=MCP_PATH, stateless_http=True, json_response=True, host=settings.host
        )
        await stack.enter_async_context(server.session_manager.run())
        endpoint.handler = handler

        def _stop_mcp() -> None:
            endpoint.handler = None

        stack.callback(_stop_mcp)
