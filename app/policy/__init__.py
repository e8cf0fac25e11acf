"""The routing policy as data: one file operators can edit without retraining.

A policy file (JSON, or YAML with PyYAML installed) holds

* ``table``: category x complexity -> tier (every agent, every complexity);
* ``escalation``: below ``confidence_threshold`` (0 turns it off) the tier goes one tier up
  (``one_tier_up``) or to the agent's ``safe_tiers`` entry (``safe_tier``); ``mode`` is one
  value or one per agent; ``signal`` says which confidence is compared (``model``: the
  probability of the chosen tier, ``agent``: the agent's probability);
* ``defaults``: preference and tier bounds used when a request leaves them out;
* ``prices`` (USD per million tokens) and ``model_ids`` (tier -> full Claude model id).

:func:`load_policy` validates a file and raises :class:`PolicyError` with one line naming the
file and the field. The default (no file) is built from the project's single sources:
:data:`app.labels.ROUTING_POLICY`, :data:`app.pricing.DEFAULT_PRICES` and
:data:`app.pricing.DEFAULT_MODEL_IDS`, with escalation off; ``python -m app.policy`` prints it
as a starting point for an operator's file.
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.labels import AGENTS, COMPLEXITIES, MODEL_TIERS, ROUTING_POLICY, Agent, Complexity, ModelTier, policy_as_json
from app.pricing import DEFAULT_MODEL_IDS, DEFAULT_PRICES, TierPrice


class PolicyError(Exception):
    """A policy file that cannot be used (message: one line naming the file and the field)."""


class EscalationMode(StrEnum):
    ONE_TIER_UP = "one_tier_up"
    SAFE_TIER = "safe_tier"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Escalation(_Frozen):
    confidence_threshold: float = Field(
        default=0.0, ge=0.0, le=1.0, description="Escalate when the confidence is below this (0 = never)."
    )
    signal: Literal["model", "agent"] = Field(
        default="model", description="model: probability of the chosen tier; agent: probability of the agent."
    )
    mode: EscalationMode | dict[Agent, EscalationMode] = Field(
        default=EscalationMode.ONE_TIER_UP, description="one_tier_up or safe_tier, for all agents or per agent."
    )
    safe_tiers: dict[Agent, ModelTier] = Field(
        default_factory=dict, description="Tier a low-confidence task escalates to in safe_tier mode, per agent."
    )

    def mode_for(self, agent: Agent) -> EscalationMode:
        if isinstance(self.mode, dict):
            return self.mode.get(agent, EscalationMode.ONE_TIER_UP)
        return self.mode


class Defaults(_Frozen):
    preference: float = Field(default=0.0, ge=-1.0, le=1.0)
    min_model: ModelTier | None = None
    max_model: ModelTier | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Defaults:
        if self.min_model is not None and self.max_model is not None and self.min_model.rank > self.max_model.rank:
            raise ValueError(f"min_model ({self.min_model.value}) is dearer than max_model ({self.max_model.value})")
        return self


class RoutingPolicy(_Frozen):
    """A validated policy (see the module docstring for the fields)."""

    version: Literal[1] = 1
    table: dict[Agent, dict[Complexity, ModelTier]]
    escalation: Escalation = Field(default_factory=Escalation)
    defaults: Defaults = Field(default_factory=Defaults)
    prices: dict[ModelTier, TierPrice]
    model_ids: dict[ModelTier, str]

    @model_validator(mode="after")
    def _complete(self) -> RoutingPolicy:
        for agent in AGENTS:
            row = self.table.get(agent)
            if row is None:
                raise ValueError(f"table: agent {agent.value!r} is missing (every agent needs a row)")
            missing = [c.value for c in COMPLEXITIES if c not in row]
            if missing:
                raise ValueError(f"table.{agent.value}: complexity {', '.join(missing)} missing")
        for name in ("prices", "model_ids"):
            missing = [t.value for t in MODEL_TIERS if t not in getattr(self, name)]
            if missing:
                raise ValueError(f"{name}: tier {', '.join(missing)} missing")
        for tier, model_id in self.model_ids.items():
            if not model_id.strip():
                raise ValueError(f"model_ids.{tier.value}: empty model id")
        if any(
            self.escalation.mode_for(a) is EscalationMode.SAFE_TIER and a not in self.escalation.safe_tiers
            for a in AGENTS
        ):
            gaps = [
                a.value
                for a in AGENTS
                if self.escalation.mode_for(a) is EscalationMode.SAFE_TIER and a not in self.escalation.safe_tiers
            ]
            raise ValueError(f"escalation.safe_tiers: no safe tier for {', '.join(gaps)} (mode safe_tier)")
        return self

    def tier(self, agent: Agent, complexity: Complexity) -> ModelTier:
        return self.table[agent][complexity]

    def table_json(self) -> dict[str, dict[str, str]]:
        """The table with plain string keys (the manifest's ``policy_table`` shape)."""
        return {a.value: {c.value: self.table[a][c].value for c in COMPLEXITIES} for a in AGENTS}


def _read(path: Path) -> Any:
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8")
    if suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise PolicyError(f"policy file {path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise PolicyError(f"policy file {path}: YAML needs PyYAML (pip install pyyaml), or use JSON") from None
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise PolicyError(f"policy file {path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    raise PolicyError(f"policy file {path}: unknown format {suffix or '(no suffix)'}; use .json, .yaml or .yml")


def parse_policy(data: Any, source: str = "<policy>") -> RoutingPolicy:
    """Validate already-read policy data; errors name ``source`` and the first failing field."""
    if not isinstance(data, dict):
        raise PolicyError(f"policy file {source}: expected a mapping at the top level, got {type(data).__name__}")
    try:
        return RoutingPolicy.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"] if not str(p).startswith(("function-", "dict[", "Escalation")))
        msg = err["msg"].removeprefix("Value error, ")
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        field = f"field {where}: " if where else ""
        raise PolicyError(f"policy file {source}: {field}{msg}{more}") from None


def default_policy_data() -> dict[str, Any]:
    """The default policy as plain data: the dataset's table, escalation off (safe tier = the
    dearest tier the table gives each agent), no default bounds, default prices and model ids."""
    return {
        "version": 1,
        "table": policy_as_json(),
        "escalation": {
            "confidence_threshold": 0.0,
            "signal": "model",
            "mode": EscalationMode.ONE_TIER_UP.value,
            "safe_tiers": {a.value: max(ROUTING_POLICY[a].values(), key=lambda t: t.rank).value for a in AGENTS},
        },
        "defaults": {"preference": 0.0, "min_model": None, "max_model": None},
        "prices": {t.value: p.model_dump() for t, p in DEFAULT_PRICES.items()},
        "model_ids": {t.value: m for t, m in DEFAULT_MODEL_IDS.items()},
    }


def load_policy(path: str | Path | None = None) -> RoutingPolicy:
    """Read and validate a policy file (the default policy when ``path`` is None)."""
    if path is None:
        return parse_policy(default_policy_data(), "<default policy>")
    path = Path(path)
    if not path.is_file():
        raise PolicyError(f"policy file {path}: no such file")
    return parse_policy(_read(path), str(path))


@lru_cache(maxsize=1)
def default_policy() -> RoutingPolicy:
    return load_policy(None)
