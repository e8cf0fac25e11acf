"""The routing service core: engine + micro-batcher + decision, without HTTP.

``interpret`` turns one text's engine outputs into a :class:`RouteResult` (pure, shared by
the HTTP service and the ``route`` command). :class:`RouterService` owns the loaded engine
and the batcher; the FastAPI lifespan creates, starts and stops it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.inference.batcher import MicroBatcher, unit_cost
from app.inference.decision import decide, policy_tier_probs
from app.labels import AGENTS, COMPLEXITIES, DOMAINS, MODEL_TIERS, ModelTier
from app.policy import RoutingPolicy, default_policy, load_policy
from app.text import task_text

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RouteOptions:
    """Per-request decision options (validated by the API schema); None: the policy's default."""

    preference: float | None = None
    min_model: ModelTier | None = None
    max_model: ModelTier | None = None


@dataclass(frozen=True, slots=True)
class RouteTask:
    input: str
    context: str = ""
    options: RouteOptions = field(default_factory=RouteOptions)

    @property
    def text(self) -> str:
        return task_text(self.input, self.context)


@dataclass(frozen=True, slots=True)
class RouteResult:
    agent: str
    model: str
    model_id: str
    complexity: str
    domain: str
    confidence: dict[str, float]
    probabilities: dict[str, dict[str, float]]
    quality_score: float
    alternatives: list[dict[str, Any]]
    reasoning: str
    policy_model: str
    rule: str
    router_version: str
    claude_flow: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def _named(probs: np.ndarray, labels: Sequence[Any]) -> dict[str, float]:
    return {str(label): round(float(p), 6) for label, p in zip(labels, probs, strict=True)}


#: router agent -> Claude Flow agent type (``Settings.flow_agent_types`` overrides it)
DEFAULT_FLOW_AGENT_TYPES: dict[str, str] = {
    "coder": "coder",
    "researcher": "researcher",
    "reviewer": "reviewer",
    "security": "security-architect",
    "architecture": "system-architect",
}


def needs_recomputed_tiers(manifest: Mapping[str, Any] | None, policy: RoutingPolicy) -> bool:
    """True when ``policy``'s tier table differs from the one baked into the graph (an artifact without a
    recorded table was trained on the default policy)."""
    baked = (manifest or {}).get("policy_table") or default_policy().table_json()
    return baked != policy.table_json()


def resolve_options(options: RouteOptions, policy: RoutingPolicy) -> RouteOptions:
    """Fill what the request left out from the policy's defaults (a request's bound wins a conflict)."""
    d = policy.defaults
    preference = d.preference if options.preference is None else options.preference
    lo = options.min_model if options.min_model is not None else d.min_model
    hi = options.max_model if options.max_model is not None else d.max_model
    if lo is not None and hi is not None and lo.rank > hi.rank:
        if options.min_model is not None and options.max_model is None:
            hi = None
        elif options.max_model is not None and options.min_model is None:
            lo = None
    return RouteOptions(preference=preference, min_model=lo, max_model=hi)


def _reasoning(
    result_agent: str,
    agent_p: float,
    complexity: str,
    complexity_p: float,
    domain: str,
    model: str,
    policy_model: str,
    rule: str,
    options: RouteOptions,
    escalated_from: str | None = None,
    signal: float | None = None,
) -> str:
    why = f"{result_agent} task (p={agent_p:.2f}), {complexity.lower()} (p={complexity_p:.2f}), {domain} domain"
    if rule == "policy":
        return f"{why}; policy tier for {result_agent}/{complexity} is {model}"
    if rule == "preference":
        return (
            f"{why}; preference {options.preference:+.2f} moved the tier from {policy_model} to {model}"
            if model != policy_model
            else f"{why}; preference {options.preference:+.2f} kept the policy tier {model}"
        )
    if rule == "escalation":
        return (
            f"{why}; low confidence ({signal:.2f}) escalated the tier from {escalated_from} to {model} "
            f"(policy tier {policy_model})"
        )
    bounds = f"[{(options.min_model or MODEL_TIERS[0]).value}..{(options.max_model or MODEL_TIERS[-1]).value}]"
    return f"{why}; tier clamped to {model} by bounds {bounds} (policy tier {policy_model})"


def interpret(
    row: Mapping[str, np.ndarray],
    options: RouteOptions,
    *,
    model_ids: Mapping[ModelTier, str],
    router_version: str,
    n_alternatives: int = 2,
    policy: RoutingPolicy | None = None,
    recompute_tiers: bool = False,
    flow_agent_types: Mapping[str, str] | None = None,
) -> RouteResult:
    """One text's engine outputs (one row per head) as a routing result.

    ``recompute_tiers``: the policy's table differs from the one baked into the graph, so the
    tier distribution is recomputed from the agent and complexity probabilities.
    """
    policy = policy or default_policy()
    options = resolve_options(options, policy)
    agent_p = np.asarray(row["agent_probs"], dtype=np.float64)
    complexity_p = np.asarray(row["complexity_probs"], dtype=np.float64)
    domain_p = np.asarray(row["domain_probs"], dtype=np.float64)
    if recompute_tiers:
        policy_p = policy_tier_probs(agent_p, complexity_p, policy)
    else:
        policy_p = np.asarray(row["policy_model_probs"], dtype=np.float64)
    d = decide(
        agent_p,
        complexity_p,
        domain_p,
        policy_p,
        preference=options.preference or 0.0,
        min_model=options.min_model,
        max_model=options.max_model,
        policy=policy,
    )
    order = np.argsort(-agent_p, kind="stable")
    alternatives = [
        {"agent": AGENTS[int(i)].value, "probability": round(float(agent_p[int(i)]), 6)}
        for i in order[1 : 1 + n_alternatives]
    ]
    reasoning = _reasoning(
        d.agent.value,
        d.agent_confidence,
        d.complexity.value,
        float(complexity_p.max()),
        d.domain.value,
        d.model.value,
        d.policy_model.value,
        d.rule,
        options,
        d.escalated_from.value if d.escalated_from else None,
        d.escalation_signal,
    )
    flow = {**DEFAULT_FLOW_AGENT_TYPES, **(flow_agent_types or {})}
    return RouteResult(
        agent=d.agent.value,
        model=d.model.value,
        model_id=model_ids[d.model],
        complexity=d.complexity.value,
        domain=d.domain.value,
        confidence={"agent": round(d.agent_confidence, 6), "model": round(d.model_confidence, 6)},
        probabilities={
            "agent": _named(agent_p, [a.value for a in AGENTS]),
            "complexity": _named(complexity_p, [c.value for c in COMPLEXITIES]),
            "domain": _named(domain_p, [x.value for x in DOMAINS]),
            "model": _named(policy_p, [m.value for m in MODEL_TIERS]),
        },
        quality_score=round(float(np.asarray(row["quality"]).reshape(-1)[0]), 6),
        alternatives=alternatives,
        reasoning=reasoning,
        policy_model=d.policy_model.value,
        rule=d.rule,
        router_version=router_version,
        claude_flow={
            "agent_type": flow[d.agent.value],
            "model": d.model.value,
            "model_id": model_ids[d.model],
            "confidence": round(d.agent_confidence, 6),
            "alternatives": [{"agent_type": flow[a["agent"]], "confidence": a["probability"]} for a in alternatives],
            "reason": reasoning,
        },
    )


def _slim(predict: Callable[[Sequence[str]], dict[str, np.ndarray]]) -> Callable[[list[str]], dict[str, np.ndarray]]:
    """The engine's predict without the embedding (the service never returns it)."""

    def run(texts: list[str]) -> dict[str, np.ndarray]:
        out = predict(texts)
        out.pop("embedding", None)
        return out

    return run


class RouterService:
    """The loaded router and its batcher. Build with :meth:`load`, then ``await start()``."""

    def __init__(
        self,
        engine: Any,
        batcher: MicroBatcher,
        *,
        model_ids: Mapping[ModelTier, str],
        n_alternatives: int = 2,
        policy: RoutingPolicy | None = None,
        flow_agent_types: Mapping[str, str] | None = None,
    ) -> None:
        self.engine = engine
        self.batcher = batcher
        self.model_ids = dict(model_ids)
        self.n_alternatives = n_alternatives
        self.policy = policy or default_policy()
        self.flow_agent_types = {**DEFAULT_FLOW_AGENT_TYPES, **(flow_agent_types or {})}
        #: the policy's table differs from the graph's: recompute the tier distribution in numpy
        self.recompute_tiers = needs_recomputed_tiers(getattr(engine, "manifest", None), self.policy)
        self.version: str = str(getattr(engine, "version", "unknown"))
        self.warmed = False
        self.load_seconds = 0.0

    @classmethod
    def load(cls, settings: Any, on_batch: Callable[[int, float], None] | None = None) -> RouterService:
        """Verify and load the artifact, warm it up (raises ``ArtifactError`` naming the bad file)."""
        from app.inference.engine import EngineOptions, RouterEngine

        started = time.perf_counter()
        policy = load_policy(getattr(settings, "policy_file", None))  # PolicyError: one line, refuses to start
        engine = RouterEngine(
            Path(settings.artifacts_dir),
            EngineOptions(
                variant=settings.model_variant,
                provider=settings.provider,
                intra_op_threads=settings.intra_op_threads,
                inter_op_threads=settings.inter_op_threads,
                max_batch_size=settings.max_batch_size,
                verify_checksums=settings.verify_checksums,
                allow_spinning=settings.allow_spinning,
            ),
        )
        batcher = batcher_from_settings(_slim(engine.predict), settings, on_batch, cost=engine.cost)
        service = cls(
            engine,
            batcher,
            model_ids=service_model_ids(settings, policy),
            n_alternatives=settings.alternatives,
            policy=policy,
            flow_agent_types=getattr(settings, "flow_agent_types", None),
        )
        engine.warmup()
        batcher.calibrate(*engine.calibrate())
        service.warmed = True
        service.load_seconds = time.perf_counter() - started
        log.info(
            "router %s loaded from %s (%s, %s) in %.2fs",
            service.version,
            settings.artifacts_dir,
            settings.model_variant,
            ",".join(engine.providers),
            service.load_seconds,
        )
        return service

    @property
    def ready(self) -> bool:
        return self.warmed and self.batcher.running

    async def start(self) -> None:
        await self.batcher.start()

    async def stop(self, drain_timeout_s: float = 30.0) -> None:
        await self.batcher.stop(drain_timeout_s)

    async def route(self, tasks: Sequence[RouteTask], kind: str = "default") -> list[RouteResult]:
        """Route tasks (one or many) through the shared batcher; results in input order. ``kind``: the sort
        of request (the API's endpoint), which the batcher's early refusal learns typical sizes by."""
        rows = await self.batcher.submit([t.text for t in tasks], kind)
        return [
            interpret(
                row,
                task.options,
                model_ids=self.model_ids,
                router_version=self.version,
                n_alternatives=self.n_alternatives,
                policy=self.policy,
                recompute_tiers=self.recompute_tiers,
                flow_agent_types=self.flow_agent_types,
            )
            for task, row in zip(tasks, rows, strict=True)
        ]

    def describe(self) -> dict[str, Any]:
        describe = getattr(self.engine, "describe", None)
        info: dict[str, Any] = describe() if callable(describe) else {"router_version": self.version}
        info["load_seconds"] = round(self.load_seconds, 3)
        info["policy"] = {"recomputed_tiers": self.recompute_tiers, **self.policy.model_dump(mode="json")}
        return info


def batcher_from_settings(
    predict: Callable[[list[str]], dict[str, np.ndarray]],
    settings: Any,
    on_batch: Callable[[int, float], None] | None = None,
    cost: Callable[[str], int] | None = None,
) -> MicroBatcher:
    """The micro-batcher configured by ``Settings`` (the service and the tests' fake loaders share it).
    ``cost``: a text's work (the engine's estimated tokens); without it every text counts one."""
    return MicroBatcher(
        predict,
        max_batch_size=settings.max_batch_size,
        max_wait_ms=settings.max_wait_ms,
        max_queue_size=settings.max_queue_size,
        timeout_s=settings.request_timeout_s,
        min_retry_after_s=settings.retry_after_s,
        on_batch=on_batch,
        cost=cost or unit_cost,
        max_batch_cost=settings.max_batch_tokens if cost is not None else None,
    )


def service_model_ids(settings: Any, policy: RoutingPolicy) -> dict[ModelTier, str]:
    """Tier -> model id: the policy file's map, overridden by ``ROUTER_MODEL_ID_*`` set explicitly."""
    ids = dict(policy.model_ids)
    explicit = getattr(settings, "model_fields_set", set())
    for tier in ModelTier:
        if f"model_id_{tier.value}" in explicit:
            ids[tier] = settings.model_ids[tier]
    return ids
