"""``POST /feedback`` and ``GET /feedback/stats``: outcomes of routed tasks, stored durably.

The store (:mod:`app.feedback.store`) is opened in the app's lifespan from
``ROUTER_FEEDBACK_DB_URL`` (PostgreSQL or SQLite) or ``ROUTER_FEEDBACK_DB_PATH`` (SQLite, WAL).
A POST is answered 201 only after its row is committed; when the database is unreachable the
answer is 503 with Retry-After and nothing is claimed to be stored.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.api.deps import SettingsDep
from app.api.errors import ApiError, NotReadyError, limit_error
from app.api.hooks import decision_log
from app.api.schemas import ErrorResponse
from app.feedback.store import FeedbackStore, FeedbackStoreError, Outcome, database_url
from app.labels import Agent, Complexity, Domain, ModelTier
from app.settings import HARD_MAX_CHARS, Settings

router = APIRouter(tags=["feedback"])


class FeedbackUnavailableError(ApiError):
    status_code = 503
    code = "feedback_unavailable"

    def __init__(self, message: str) -> None:
        super().__init__(message, headers={"Retry-After": "5"})


class FeedbackRequest(BaseModel):
    """The outcome of one routed task."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "input": "Rename tmp to retry_count in utils.py",
                    "routed_agent": "coder",
                    "routed_model": "haiku",
                    "routed_complexity": "Simple",
                    "routed_domain": "Systems",
                    "outcome": "success",
                },
                {
                    "input": "Design the sharding scheme for the orders database",
                    "routed_agent": "coder",
                    "routed_model": "sonnet",
                    "routed_complexity": "Moderate",
                    "routed_domain": "Database",
                    "outcome": "escalated",
                    "correct_agent": "architecture",
                    "correct_model": "opus",
                },
            ]
        },
    )

    decision_id: str | None = Field(
        default=None,
        max_length=64,
        description="The id of a decision made by POST /hooks/claude-code (in its additionalContext or "
        "permissionDecisionReason): fills input and the routed fields from that decision, which this process "
        "keeps for its last 10,000 decisions.",
    )
    input: str | None = Field(
        default=None, max_length=HARD_MAX_CHARS, description="The task text that was routed (unless decision_id)."
    )
    context: str = Field(default="", max_length=HARD_MAX_CHARS, description="Its context, if any.")
    routed_agent: Agent | None = Field(default=None, description="The agent the router chose (unless decision_id).")
    routed_model: ModelTier | None = Field(default=None, description="The tier the router chose (unless decision_id).")
    routed_complexity: Complexity | None = Field(default=None, description="The complexity the router predicted.")
    routed_domain: Domain | None = Field(default=None, description="The domain the router predicted.")
    router_version: str | None = Field(default=None, max_length=100)
    outcome: Outcome = Field(description="success, failure, or escalated (a dearer tier was needed).")
    correct_agent: Agent | None = Field(default=None, description="The agent that should have been chosen.")
    correct_model: ModelTier | None = Field(default=None, description="The tier that should have been chosen.")
    correct_complexity: Complexity | None = Field(default=None, description="The task's real complexity.")
    note: str | None = Field(default=None, max_length=2_000)

    @field_validator("input")
    @classmethod
    def _input_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("input is empty or only whitespace; send the task text that was routed")
        return value


class FeedbackAck(BaseModel):
    id: int = Field(description="Id of the stored row.")
    stored: bool = Field(description="Always true: the row is committed before this answer.")
    backend: str = Field(description="sqlite or postgresql.")


class GroupStats(BaseModel):
    count: int
    outcomes: dict[str, int]
    success_rate: float | None
    agent_accuracy: float | None = Field(description="Share with no agent correction (or one equal to the route).")
    tier_accuracy: float | None = Field(
        description="Share whose tier was right: correct_model equal to the route, or none given and not escalated."
    )


class HookVolume(BaseModel):
    routed: int = Field(description="Decisions POST /hooks/claude-code returned with this tier.")
    completed: int = Field(description="Of those, the ones an outcome hook (PostToolUse/SubagentStop) reported done.")


class HookStats(BaseModel):
    kept: int = Field(description="Hook decisions this process keeps (its last `capacity`), any time window.")
    capacity: int
    by_tier: dict[str, HookVolume]


class FeedbackStats(BaseModel):
    since: datetime | None
    until: datetime
    total: GroupStats
    by_agent: dict[str, GroupStats]
    by_tier: dict[str, GroupStats]
    hooks: HookStats = Field(description="Routed volume of the Claude Code hooks in this process, per tier.")


def _utc(value: datetime, field: str) -> datetime:
    """``value`` in UTC (naive: taken as UTC); 422 naming ``field`` when that falls outside years 1-9999."""
    try:
        return value.replace(tzinfo=value.tzinfo or UTC).astimezone(UTC)
    except OverflowError:
        message = f"{field} ({value.isoformat()}) is outside the years 1-9999 once converted to UTC"
        raise limit_error((field,), message, "value_error") from None


def open_feedback_store(settings: Settings) -> FeedbackStore:
    """The configured store (raises ``FeedbackStoreError`` with one line when unusable)."""
    return FeedbackStore(settings.feedback_db_url or database_url(settings.feedback_db_path))


def get_store(request: Request) -> FeedbackStore:
    store: FeedbackStore | None = getattr(request.app.state, "feedback_store", None)
    if store is None:
        raise NotReadyError("the feedback store is not open yet (or is shutting down); retry shortly")
    return store


StoreDep = Annotated[FeedbackStore, Depends(get_store)]

_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorResponse, "description": "Invalid request (the message says which field and why)"},
    503: {"model": ErrorResponse, "description": "The feedback database is unreachable; nothing was stored"},
}


@router.post(
    "/feedback",
    status_code=201,
    response_model=FeedbackAck,
    responses=_ERRORS,
    summary="Record the outcome of a routed task",
    description="Stores the task, what was routed, the outcome and optional corrections. Answered only after the "
    "row is committed. `claude-task-router train --with-feedback DB_URL` turns corrections into training records.",
)
async def post_feedback(
    body: FeedbackRequest, store: StoreDep, settings: SettingsDep, request: Request
) -> dict[str, Any]:
    if body.input is not None and len(body.input) > settings.max_input_chars:
        raise limit_error(
            ("input",),
            f"input has {len(body.input)} characters, more than the limit of {settings.max_input_chars}",
            "string_too_long",
        )
    if len(body.context) > settings.max_context_chars:
        raise limit_error(
            ("context",),
            f"context has {len(body.context)} characters, more than the limit of {settings.max_context_chars}",
            "string_too_long",
        )
    if body.decision_id is None:
        missing = [f for f in ("input", "routed_agent", "routed_model") if getattr(body, f) is None]
        if missing:
            why = "this field is required (or give decision_id from a hook decision)"
            raise RequestValidationError([{"type": "missing", "loc": ("body", f), "msg": why} for f in missing])
    values = body.model_dump(mode="json", exclude={"decision_id"})
    if body.decision_id is not None:
        decision = decision_log(request).get(body.decision_id)
        if decision is None:
            raise limit_error(
                ("decision_id",),
                f"no decision {body.decision_id!r} in this process (it keeps its last 10,000 hook decisions; "
                "send input, routed_agent and routed_model instead)",
                "value_error",
            )
        values.update(
            input=values["input"] or decision.input,
            routed_agent=values["routed_agent"] or decision.agent,
            routed_model=values["routed_model"] or decision.model,
            routed_complexity=values["routed_complexity"] or decision.complexity,
            routed_domain=values["routed_domain"] or decision.domain,
        )
    try:
        new_id = await run_in_threadpool(store.add, **values)
    except FeedbackStoreError as exc:
        raise FeedbackUnavailableError(str(exc)) from None
    return {"id": new_id, "stored": True, "backend": store.backend}


@router.get(
    "/feedback/stats",
    response_model=FeedbackStats,
    responses=_ERRORS,
    summary="Feedback counts and accuracy by agent and tier over a time window",
)
async def feedback_stats(
    request: Request,
    store: StoreDep,
    hours: Annotated[
        float | None, Query(gt=0, le=24 * 366 * 10, description="Window: the last N hours (default: all time).")
    ] = None,
    since: Annotated[datetime | None, Query(description="Window start (ISO 8601; UTC when no zone).")] = None,
    until: Annotated[datetime | None, Query(description="Window end, exclusive (default: now).")] = None,
) -> dict[str, Any]:
    if hours is not None and since is not None:
        raise limit_error(("hours",), "give either hours or since, not both", "value_error")
    end = _utc(until, "until") if until else datetime.now(UTC)
    start = _utc(since, "since") if since else None
    if hours is not None:
        try:
            start = end - timedelta(hours=hours)
        except OverflowError:
            message = f"the window of {hours:g} hours before until ({end.isoformat()}) starts before year 1"
            raise limit_error(("hours",), message, "value_error") from None
    if start is not None and start >= end:
        message = f"the window is empty: since ({start}) is not before until ({end})"
        raise limit_error(("since",), message, "value_error")
    try:
        figures = await run_in_threadpool(store.stats, start, end)
    except FeedbackStoreError as exc:
        raise FeedbackUnavailableError(str(exc)) from None
    return {"since": start, "until": end, **figures, "hooks": decision_log(request).stats()}
