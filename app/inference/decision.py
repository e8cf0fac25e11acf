"""From head probabilities to a routing decision (pure functions, no I/O).

Tier rule (documented in the README):

1. With no preference (0), the tier is the routing policy's tier for the predicted agent
   and predicted complexity, so the answer is always consistent with the policy table.
2. A cost/quality ``preference`` in [-1, 1] moves the decision along the policy tier
   distribution ``P(tier) = sum_{a,c} P(a) P(c) [policy(a, c) = tier]``: the chosen tier is
   the most expensive tier whose "this tier or a dearer one" probability reaches
   ``0.5 - 0.45 * preference``. Positive values buy quality (opus sooner), negative values
   save cost (haiku sooner).
3. Escalation (policy file): when the confidence (probability of the chosen tier, or of the
   agent) is below the policy's threshold, the tier goes one tier up or to the agent's safe tier.
4. ``min_model``/``max_model`` bounds clamp the result last.

The routing policy is data (:class:`app.policy.RoutingPolicy`); without one, the shipped
default (equal to :data:`app.labels.ROUTING_POLICY`) is used. When an operator's table differs
from the one baked into the ONNX graph, :func:`policy_tier_probs` recomputes the tier
distribution from the agent and complexity probabilities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.labels import AGENTS, COMPLEXITIES, DOMAINS, MODEL_TIERS, Agent, Complexity, Domain, ModelTier
from app.policy import EscalationMode, RoutingPolicy, default_policy

PREFERENCE_SLOPE = 0.45


@dataclass(frozen=True, slots=True)
class Decision:
    agent: Agent
    complexity: Complexity
    domain: Domain
    model: ModelTier
    policy_model: ModelTier
    agent_confidence: float
    model_confidence: float
    rule: str
    escalated_from: ModelTier | None = None
    escalation_signal: float | None = None


def tier_by_preference(tier_probs: Sequence[float], preference: float) -> ModelTier:
    """Most expensive tier t with P(tier >= t) >= 0.5 - slope * preference."""
    threshold = 0.5 - PREFERENCE_SLOPE * max(-1.0, min(1.0, preference))
    tail = 0.0
    for rank in range(len(MODEL_TIERS) - 1, -1, -1):
        tail += float(tier_probs[rank])
        if tail >= threshold - 1e-9:
            return ModelTier.from_rank(rank)
    return ModelTier.from_rank(0)


def policy_tier_probs(agent_probs: np.ndarray, complexity_probs: np.ndarray, policy: RoutingPolicy) -> np.ndarray:
    """``P(tier) = sum_{a,c} P(a) P(c) [table(a, c) = tier]`` for one row or a batch of rows."""
    onehot = np.zeros((len(AGENTS), len(COMPLEXITIES), len(MODEL_TIERS)), dtype=np.float64)
    for i, agent in enumerate(AGENTS):
        for j, complexity in enumerate(COMPLEXITIES):
            onehot[i, j, policy.tier(agent, complexity).rank] = 1.0
    a = np.asarray(agent_probs, dtype=np.float64)
    c = np.asarray(complexity_probs, dtype=np.float64)
    return np.einsum("...a,...c,act->...t", a, c, onehot)


def escalate(tier: ModelTier, agent: Agent, policy: RoutingPolicy) -> ModelTier:
    """The tier a low-confidence decision moves to (never cheaper than ``tier``)."""
    if policy.escalation.mode_for(agent) is EscalationMode.SAFE_TIER:
        safe = policy.escalation.safe_tiers[agent]
        return safe if safe.rank > tier.rank else tier
    return ModelTier.from_rank(tier.rank + 1)


def clamp_tier(tier: ModelTier, min_model: ModelTier | None, max_model: ModelTier | None) -> ModelTier:
    rank = tier.rank
    if min_model is not None:
        rank = max(rank, min_model.rank)
    if max_model is not None:
        rank = min(rank, max_model.rank)
    return ModelTier.from_rank(rank)


def decide(
    agent_probs: np.ndarray,
    complexity_probs: np.ndarray,
    domain_probs: np.ndarray,
    policy_probs: np.ndarray,
    *,
    preference: float = 0.0,
    min_model: ModelTier | None = None,
    max_model: ModelTier | None = None,
    policy: RoutingPolicy | None = None,
) -> Decision:
    """One task's decision from its probability rows.

    ``policy_probs`` must be the tier distribution under ``policy`` (see :func:`policy_tier_probs`).
    """
    policy = policy or default_policy()
    agent = AGENTS[int(np.argmax(agent_probs))]
    complexity = COMPLEXITIES[int(np.argmax(complexity_probs))]
    domain = DOMAINS[int(np.argmax(domain_probs))]
    policy_model = policy.tier(agent, complexity)
    if preference:
        model, rule = tier_by_preference(policy_probs, preference), "preference"
    else:
        model, rule = policy_model, "policy"
    escalated_from: ModelTier | None = None
    escalation_signal: float | None = None
    threshold = policy.escalation.confidence_threshold
    if threshold > 0:
        signal = float(np.max(agent_probs)) if policy.escalation.signal == "agent" else float(policy_probs[model.rank])
        if signal < threshold:
            raised = escalate(model, agent, policy)
            if raised is not model:
                escalated_from, escalation_signal = model, signal
                model, rule = raised, "escalation"
    bounded = clamp_tier(model, min_model, max_model)
    if bounded is not model:
        rule = "bounds"
    return Decision(
        agent=agent,
        complexity=complexity,
        domain=domain,
        model=bounded,
        policy_model=policy_model,
        agent_confidence=float(np.max(agent_probs)),
        model_confidence=float(policy_probs[bounded.rank]),
        rule=rule,
        escalated_from=escalated_from,
        escalation_signal=escalation_signal,
    )
