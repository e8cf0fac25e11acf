"""``POST /hooks/claude-code``: Claude Code's ``"type": "http"`` hooks, answered with hook-output JSON.

The protocol is in :mod:`app.integrations.claude_code`. This handler never blocks the user: whatever the
payload, the router's load or an error, the answer is ``200`` with JSON (``{}`` when there is nothing to
say), which Claude Code treats as "no decision". Unknown fields are ignored (Claude Code adds fields
over time). Each routed decision gets an id, kept in memory (the last 10,000 per process) for
``POST /feedback`` with ``decision_id`` and for the outcome hooks; ``/metrics`` counts every answer
by event and tier.
"""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.inference.batcher import BatcherError
from app.inference.service import RouteTask
from app.integrations.claude_code import (
    AGENT_TOOLS,
    Decision,
    DecisionLog,
    new_decision_id,
    prompt_output,
    routing_text,
    tool_output,
)
from app.settings import Settings

router = APIRouter(tags=["integrations"])
log = logging.getLogger("app.hooks")

HOOK_PATH = "/hooks/claude-code"
#: longest prompt routed (the rest is cut, never refused: a hook must not fail on size)
MAX_HOOK_TEXT = 20_000


def decision_log(request: Request) -> DecisionLog:
    found: DecisionLog | None = getattr(request.app.state, "decisions", None)
    if found is None:
        found = request.app.state.decisions = DecisionLog()
    return found


def _count(request: Request, event: str, tier: str) -> None:
    metrics = getattr(request.app.state, "metrics", None)
    if metrics is not None:
        metrics.hook_decisions.labels(event=event or "unknown", tier=tier).inc()


def _empty(request: Request, event: str, why: str) -> JSONResponse:
    _count(request, event, "none")
    log.debug("hook %s answered {}: %s", event, why)
    return JSONResponse({})


@router.post(
    HOOK_PATH,
    summary="Claude Code hook (type http): routing advice and model injection for spawned agents",
    description="Takes Claude Code's hook input JSON as Claude Code sends it and answers hook-output JSON: "
    "UserPromptSubmit gets additionalContext for a real task; PreToolUse for Task/Agent gets updatedInput with "
    "`model` (the tier alias) and a missing `subagent_type` filled; PostToolUse (Task/Agent) and SubagentStop "
    "mark the decision done; anything else, and any payload it cannot use, gets `{}` with 200 (never blocking).",
    responses={200: {"description": "Hook output JSON (possibly `{}`)", "content": {"application/json": {}}}},
)
async def claude_code_hook(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    try:
        payload = json.loads(await request.body() or b"{}")
    except (ValueError, UnicodeDecodeError):
        return _empty(request, "invalid", "the body is not JSON")
    if not isinstance(payload, dict):
        return _empty(request, "invalid", "the body is not a JSON object")
    event = payload.get("hook_event_name") if isinstance(payload.get("hook_event_name"), str) else ""
    decisions = decision_log(request)
    tool = payload.get("tool_name")
    session = payload.get("session_id") if isinstance(payload.get("session_id"), str) else ""
    if (event == "PostToolUse" and tool in AGENT_TOOLS) or event == "SubagentStop":
        tool_use = payload.get("tool_use_id") if isinstance(payload.get("tool_use_id"), str) else ""
        agent_type = payload.get("agent_type") if isinstance(payload.get("agent_type"), str) else ""
        done = decisions.complete(tool_use, session, agent_type)
        _count(request, event, done.model if done else "none")
        return JSONResponse({})
    text = routing_text(event, payload)
    if text is None:
        return _empty(request, event, "not a task to route")
    service = getattr(request.app.state, "service", None)
    if service is None or not service.ready:
        return _empty(request, event, "the router is not ready")
    try:
        result = (await service.route([RouteTask(text[:MAX_HOOK_TEXT])], HOOK_PATH))[0].as_dict()
    except BatcherError as exc:  # overloaded, timed out: no advice rather than a blocked prompt
        return _empty(request, event, f"the router is busy ({exc.__class__.__name__})")
    confidence = float(result["confidence"]["agent"])
    decision = Decision(
        id=new_decision_id(),
        event=event,
        agent=result["agent"],
        model=result["model"],
        complexity=result["complexity"],
        domain=result["domain"],
        agent_type=(result.get("claude_flow") or {}).get("agent_type") or result["agent"],
        confidence=confidence,
        input=text[:MAX_HOOK_TEXT],
        session_id=session,
        tool_use_id=payload.get("tool_use_id") if isinstance(payload.get("tool_use_id"), str) else "",
    )
    if event == "UserPromptSubmit":
        if confidence < settings.hooks_min_confidence:
            return _empty(request, event, f"low confidence {confidence:.2f}")
        output = prompt_output(result, decision.id)
    else:
        output = tool_output(
            result,
            payload["tool_input"],
            decision.id,
            override=settings.hooks_override,
            permission_decision=settings.hooks_permission_decision,
        )
    decisions.add(decision)
    _count(request, event, decision.model if output else "none")
    return JSONResponse(output)
