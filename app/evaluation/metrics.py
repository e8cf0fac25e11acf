"""Routing metrics: accuracy, macro-F1, routing direction, cost and calibration."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np

from app.labels import ModelTier
from app.pricing import DEFAULT_PRICES, DEFAULT_TASK_TOKENS, TierPrice, task_cost


def accuracy(y_true: Sequence[Any], y_pred: Sequence[Any]) -> float:
    if not y_true:
        return 0.0
    return float(np.mean([a == b for a, b in zip(y_true, y_pred, strict=True)]))


def macro_f1(y_true: Sequence[Any], y_pred: Sequence[Any], labels: Sequence[Any]) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (a label never seen nor predicted scores 0)."""
    scores = []
    for label in labels:
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == label and p == label)
        fp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t != label and p == label)
        fn = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == label and p != label)
        denom = 2 * tp + fp + fn
        scores.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def confusion(y_true: Sequence[Any], y_pred: Sequence[Any], labels: Sequence[Any]) -> list[list[int]]:
    """Rows: true label, columns: predicted label."""
    index = {label: i for i, label in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred, strict=True):
        m[index[t]][index[p]] += 1
    return m


def routing_direction(expected: Sequence[ModelTier], chosen: Sequence[ModelTier]) -> dict[str, float]:
    """Share of tasks sent to a cheaper tier than expected (under) or a dearer one (over)."""
    n = len(expected)
    if not n:
        return {"under_routing_rate": 0.0, "over_routing_rate": 0.0}
    under = sum(1 for e, c in zip(expected, chosen, strict=True) if c.rank < e.rank)
    over = sum(1 for e, c in zip(expected, chosen, strict=True) if c.rank > e.rank)
    return {"under_routing_rate": under / n, "over_routing_rate": over / n}


def relative_cost(
    chosen: Sequence[ModelTier],
    prices: dict[ModelTier, TierPrice] | None = None,
    tokens: tuple[int, int] = DEFAULT_TASK_TOKENS,
) -> float:
    """Cost of the chosen tiers relative to sending every task to opus."""
    if not chosen:
        return 0.0
    prices = prices or DEFAULT_PRICES
    spent = sum(task_cost(t, prices, tokens) for t in chosen)
    return spent / (len(chosen) * task_cost(ModelTier.OPUS, prices, tokens))


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    """ECE with equal-width confidence bins: sum_b |B|/n * |acc(B) - conf(B)|."""
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    if conf.size == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in pairwise(edges):
        sel = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if sel.any():
            ece += sel.mean() * abs(ok[sel].mean() - conf[sel].mean())
    return float(ece)


#: metrics that are a mean of one 0/1 value per task, so a bootstrap resamples those values
PER_TASK_METRICS = (
    "agent_accuracy",
    "complexity_accuracy",
    "model_accuracy",
    "under_routing_rate",
    "over_routing_rate",
)


def per_task_indicators(
    agent_ok: Sequence[bool],
    complexity_ok: Sequence[bool],
    expected: Sequence[ModelTier],
    chosen: Sequence[ModelTier],
) -> dict[str, np.ndarray]:
    """One 0/1 value per task for each metric of ``PER_TASK_METRICS``."""
    e = np.array([t.rank for t in expected])
    c = np.array([t.rank for t in chosen])
    return {
        "agent_accuracy": np.asarray(agent_ok, dtype=float),
        "complexity_accuracy": np.asarray(complexity_ok, dtype=float),
        "model_accuracy": (e == c).astype(float),
        "under_routing_rate": (c < e).astype(float),
        "over_routing_rate": (c > e).astype(float),
    }


def bootstrap_intervals(
    indicators: dict[str, np.ndarray], level: float = 0.90, resamples: int = 2000, seed: int = 0
) -> dict[str, list[float]]:
    """Percentile bootstrap interval of each per-task mean (the same resamples for every metric).

    With ``n`` tasks one task moves a figure by ``1/n``; the interval says how far a figure measured on
    this many tasks can be from the one on a larger set drawn the same way.
    """
    if not indicators:
        return {}
    n = len(next(iter(indicators.values())))
    if n == 0:
        return {k: [0.0, 0.0] for k in indicators}
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(resamples, n))
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    out = {}
    for name, values in indicators.items():
        means = values[idx].mean(axis=1)
        out[name] = [round(float(np.quantile(means, lo_q)), 4), round(float(np.quantile(means, hi_q)), 4)]
    return out
