"""Request and response models of the HTTP API (limits and OpenAPI examples included).

The static limits here are absolute caps; the configurable ones (``Settings.max_input_chars``,
``max_batch_tasks``, dataset sizes) are checked in :mod:`app.api.deps` and answered with the
same 422 shape.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.dataset.export import Format
from app.dataset.generator import DatasetConfig
from app.labels import Agent, Complexity, Domain, ModelTier
from app.settings import HARD_MAX_BATCH_TASKS, HARD_MAX_CHARS

_EXAMPLE_TASK = {
    "input": "Audit the OAuth2 login flow for token leakage and CSRF issues",
    "context": "Flask backend, tokens stored in localStorage, refresh tokens never rotate",
}

_EXAMPLE_RESULT: dict[str, Any] = {
    "agent": "security",
    "model": "opus",
    "model_id": "claude-opus-4-5",
    "complexity": "Complex",
    "domain": "Security",
    "confidence": {"agent": 0.93, "model": 0.95},
    "probabilities": {
        "agent": {"coder": 0.02, "researcher": 0.01, "security": 0.93, "architecture": 0.02, "reviewer": 0.02},
        "complexity": {"Simple": 0.05, "Moderate": 0.2, "Complex": 0.75},
        "domain": {
            "Web": 0.1,
            "Systems": 0.01,
            "DataScience": 0.01,
            "Mobile": 0.01,
            "DevOps": 0.01,
            "Security": 0.83,
            "Database": 0.01,
            "Api": 0.02,
        },
        "model": {"haiku": 0.01, "sonnet": 0.04, "opus": 0.95},
    },
    "quality_score": 0.87,
    "alternatives": [{"agent": "architecture", "probability": 0.02}, {"agent": "coder", "probability": 0.02}],
    "reasoning": "security task (p=0.93), complex (p=0.75), Security domain; policy tier for security/Complex is opus",
    "policy_model": "opus",
    "rule": "policy",
    "router_version": "0.1.0+7ec7c88c",
    "claude_flow": {
        "agent_type": "security-architect",
        "model": "opus",
        "model_id": "claude-opus-4-5",
        "confidence": 0.93,
        "alternatives": [
            {"agent_type": "system-architect", "confidence": 0.02},
            {"agent_type": "coder", "confidence": 0.02},
        ],
        "reason": "security task (p=0.93), complex (p=0.75), Security domain; policy tier for security/Complex is opus",
    },
}


# ---------------------------------------------------------------------------
# /route


class RouteRequest(BaseModel):
    """One task to route, with optional decision options."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                _EXAMPLE_TASK,
                {"input": "Rename the variable `tmp` to `retry_count` in utils.py", "max_model": "sonnet"},
                {"input": "Compare Kafka and Pulsar for our event bus", "preference": -0.5, "min_model": "sonnet"},
            ]
        },
    )

    input: str = Field(
        max_length=HARD_MAX_CHARS,
        description="The task, in plain language. Must not be empty; texts longer than the router's token "
        "limit are truncated, bodies longer than the configured character limit are rejected (422).",
    )
    context: str | None = Field(
        default="",
        max_length=HARD_MAX_CHARS,
        description="Optional background (stack, constraints); joined to input with app.text.task_text.",
    )
    min_model: ModelTier | None = Field(default=None, description="Cheapest tier allowed (haiku|sonnet|opus).")
    max_model: ModelTier | None = Field(default=None, description="Most expensive tier allowed.")
    preference: float | None = Field(
        default=None,  # not 0.0: a generated client would then always send 0.0 and override the policy's default
        strict=True,  # a number: no "0.5" strings or booleans
        ge=-1.0,
        le=1.0,
        description="Cost/quality preference in [-1, 1]: 0 follows the routing policy, positive values pick a "
        "dearer tier sooner (quality), negative values a cheaper one (cost). Left out: the policy file's default.",
    )

    @field_validator("input")
    @classmethod
    def _input_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("input is empty or only whitespace; send the task description as text")
        return value

    @model_validator(mode="after")
    def _bounds_ordered(self) -> RouteRequest:
        if self.min_model is not None and self.max_model is not None and self.min_model.rank > self.max_model.rank:
            raise ValueError(
                f"min_model ({self.min_model.value}) is dearer than max_model ({self.max_model.value}); "
                "tiers from cheapest: haiku, sonnet, opus"
            )
        return self


class Confidence(BaseModel):
    agent: float = Field(description="Probability of the chosen agent.")
    model: float = Field(description="Probability (policy tier distribution) of the chosen tier.")


class Probabilities(BaseModel):
    agent: dict[str, float]
    complexity: dict[str, float]
    domain: dict[str, float]
    model: dict[str, float] = Field(description="Tier distribution implied by the agent and complexity heads.")


class Alternative(BaseModel):
    agent: Agent
    probability: float


class FlowAlternative(BaseModel):
    agent_type: str
    confidence: float


class ClaudeFlowRoute(BaseModel):
    """What Claude Flow's own routing returns: agent type, model tier, confidence, alternatives, reason."""

    agent_type: str = Field(description="Claude Flow agent type (configurable map, ROUTER_FLOW_AGENT_TYPES).")
    model: ModelTier
    model_id: str
    confidence: float = Field(description="Probability of the chosen agent.")
    alternatives: list[FlowAlternative]
    reason: str


class RouteResponse(BaseModel):
    """The routing decision for one task."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE_RESULT]})

    agent: Agent
    model: ModelTier
    model_id: str = Field(description="Full Claude model id of the tier (configurable).")
    complexity: Complexity
    domain: Domain
    confidence: Confidence
    probabilities: Probabilities
    quality_score: float = Field(description="Predicted quality score of the task description in [0, 1].")
    alternatives: list[Alternative] = Field(description="Next-best agents, most likely first.")
    reasoning: str
    policy_model: ModelTier = Field(description="The routing policy's tier for the predicted agent and complexity.")
    rule: str = Field(description="What decided the tier: policy, preference, escalation or bounds.")
    router_version: str
    claude_flow: ClaudeFlowRoute = Field(description="The decision in Claude Flow's terms (agent type names).")


# ---------------------------------------------------------------------------
# /route/batch


class BatchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"tasks": [_EXAMPLE_TASK, {"input": "Add a unit test for parse_date", "preference": -0.3}]}]
        },
    )

    tasks: list[RouteRequest] = Field(
        min_length=1,
        max_length=HARD_MAX_BATCH_TASKS,
        description="Tasks to route (at least one; at most the configured max_batch_tasks).",
    )


class BatchResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"count": 1, "results": [_EXAMPLE_RESULT]}]})

    count: int
    results: list[RouteResponse] = Field(description="One result per task, in request order.")


# ---------------------------------------------------------------------------
# /dataset


class ExportSplit(StrEnum):
    FULL = "full"
    TRAIN = "train"
    VAL = "val"
    TEST = "test"


_EXAMPLE_CONFIG = {"examples_per_category": 10, "enable_augmentation": True, "seed": 42}


class GenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"config": _EXAMPLE_CONFIG}]})

    config: DatasetConfig = Field(
        default_factory=DatasetConfig, description="Dataset config (same fields as `dataset generate`)."
    )
    strict: bool = Field(default=False, strict=True, description="Only the spec's fields (no id/provenance).")


class GenerateResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "stats": {"total": 150, "by_expected_model": {"haiku": 40, "sonnet": 60, "opus": 50}},
                    "records": [
                        {
                            "id": "coder-007",
                            "input": "Add pagination to the /orders endpoint",
                            "context": "Django REST framework, 2M rows",
                            "output_agent": "coder",
                            "metadata": {
                                "category": "Coder",
                                "complexity": "Moderate",
                                "domain": "Api",
                                "expected_model": "sonnet",
                                "quality_score": 0.82,
                                "tags": ["pagination"],
                            },
                            "provenance": {"family": "coder-007", "augmentation": "none", "parent": None},
                        }
                    ],
                }
            ]
        }
    )

    stats: dict[str, Any] = Field(description="Counts per category, complexity, domain, tier and split.")
    records: list[dict[str, Any]] = Field(description="The records, in generation order.")


class ExportRequest(GenerateRequest):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"config": _EXAMPLE_CONFIG, "format": "parquet", "split": "train"}]},
    )

    format: Format = Field(default=Format.JSONL, description="File format: jsonl, json or parquet.")
    split: ExportSplit = Field(default=ExportSplit.FULL, description="full, or one of train/val/test.")


# ---------------------------------------------------------------------------
# probes and errors


class HealthResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str


class ReadyResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "ready", "router_version": "0.1.0+7ec7c88c", "queue_depth": 0}]}
    )

    status: str
    router_version: str | None = None
    queue_depth: int = 0


class InfoResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "router_version": "0.1.0+7ec7c88c",
                    "engine": {"variant": "int8", "providers": ["CPUExecutionProvider"]},
                    "batching": {"max_batch_size": 32, "max_wait_ms": 2.0, "max_queue_size": 1024},
                    "model_ids": {"haiku": "claude-haiku-4-5"},
                    "manifest": {"router_version": "0.1.0+7ec7c88c", "evaluation": {}},
                }
            ]
        }
    )

    router_version: str
    engine: dict[str, Any]
    batching: dict[str, Any]
    limits: dict[str, Any]
    model_ids: dict[str, str]
    manifest: dict[str, Any] = Field(description="The artifact manifest, evaluation figures included.")


class ErrorResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "error": "invalid_request",
                    "message": "input: input is empty or only whitespace; send the task description as text",
                    "detail": [{"loc": ["body", "input"], "type": "value_error", "msg": "input is empty ..."}],
                }
            ]
        }
    )

    error: str
    message: str
    detail: list[dict[str, Any]] | None = None
