"""The tier rule: policy by default, preference along the tier distribution, bounds last."""

from __future__ import annotations

import numpy as np
import pytest

from app.inference.decision import clamp_tier, decide, tier_by_preference
from app.labels import AGENTS, COMPLEXITIES, ROUTING_POLICY, Agent, Complexity, ModelTier

H, S, OP = ModelTier.HAIKU, ModelTier.SONNET, ModelTier.OPUS


def _row(n, k, p=0.9):
    v = np.full(n, (1 - p) / (n - 1))
    v[k] = p
    return v


@pytest.mark.parametrize("agent", list(Agent))
@pytest.mark.parametrize("complexity", list(Complexity))
def test_default_decision_follows_policy(agent, complexity):
    d = decide(
        _row(5, AGENTS.index(agent)), _row(3, COMPLEXITIES.index(complexity)), _row(8, 0), np.array([0.2, 0.5, 0.3])
    )
    assert d.model is ROUTING_POLICY[agent][complexity]
    assert d.rule == "policy"
    assert d.agent_confidence == pytest.approx(0.9)


def test_preference_moves_along_tier_distribution():
    probs = np.array([0.3, 0.4, 0.3])  # P(>=opus)=0.3, P(>=sonnet)=0.7
    assert tier_by_preference(probs, 0.0) is S
    assert tier_by_preference(probs, 1.0) is OP  # threshold 0.05
    assert tier_by_preference(probs, -1.0) is H  # threshold 0.95
    assert tier_by_preference(probs, 0.5) is OP  # threshold 0.275 <= 0.3
    assert tier_by_preference(probs, -0.5) is H  # threshold 0.725 > P(>=sonnet)=0.7
    assert tier_by_preference(probs, -0.4) is S  # threshold 0.68 <= 0.7
    # monotone in preference
    tiers = [tier_by_preference(probs, p).rank for p in np.linspace(-1, 1, 21)]
    assert tiers == sorted(tiers)


def test_bounds_clamp_last():
    d = decide(_row(5, AGENTS.index(Agent.SECURITY)), _row(3, 0), _row(8, 0), np.array([0, 0, 1.0]), max_model=S)
    assert d.model is S and d.policy_model is OP and d.rule == "bounds"
    assert clamp_tier(H, S, None) is S
    assert clamp_tier(OP, None, H) is H
