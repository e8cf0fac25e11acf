"""Cost-quality curve: sweep the preference setting, measure tier shares, accuracy and cost.

For each preference in the sweep, every task is routed with the policy (escalation and
defaults included) and scored against its labelled tier: the share of each tier, model-tier
accuracy, under- and over-routing, and the cost relative to sending everything to opus.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.evaluation import metrics
from app.evaluation.data import LabelledTask
from app.inference.decision import decide, policy_tier_probs
from app.labels import MODEL_TIERS
from app.policy import RoutingPolicy, default_policy

DEFAULT_SWEEP: tuple[float, ...] = (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0)


def cost_quality_curve(
    tasks: Sequence[LabelledTask],
    probs: dict[str, np.ndarray],
    policy: RoutingPolicy | None = None,
    preferences: Sequence[float] = DEFAULT_SWEEP,
    baked_table: dict[str, dict[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """One row per preference. ``baked_table``: the graph's policy table (recompute tiers if it differs)."""
    policy = policy or default_policy()
    if baked_table is not None and baked_table != policy.table_json():
        tier_p = policy_tier_probs(probs["agent_probs"], probs["complexity_probs"], policy)
    else:
        tier_p = np.asarray(probs["policy_model_probs"], dtype=np.float64)
    expected = [t.expected_model for t in tasks]
    rows = []
    for pref in preferences:
        chosen = [
            decide(
                probs["agent_probs"][i],
                probs["complexity_probs"][i],
                probs["domain_probs"][i],
                tier_p[i],
                preference=pref,
                min_model=policy.defaults.min_model,
                max_model=policy.defaults.max_model,
                policy=policy,
            ).model
            for i in range(len(tasks))
        ]
        n = max(1, len(chosen))
        rows.append(
            {
                "preference": pref,
                "share": {m.value: round(sum(1 for c in chosen if c is m) / n, 4) for m in MODEL_TIERS},
                "tier_accuracy": round(metrics.accuracy(expected, chosen), 4),
                **{k: round(v, 4) for k, v in metrics.routing_direction(expected, chosen).items()},
                "relative_cost_vs_opus": round(metrics.relative_cost(chosen, policy.prices), 4),
            }
        )
    return rows


def curve_markdown(rows: Sequence[dict[str, Any]], title: str) -> str:
    lines = [
        f"# Cost-quality curve: {title}",
        "",
        "| preference | haiku | sonnet | opus | tier acc | under-routing | over-routing | cost vs opus |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        s = r["share"]
        lines.append(
            f"| {r['preference']:+.2f} | {s['haiku']:.3f} | {s['sonnet']:.3f} | {s['opus']:.3f} | "
            f"{r['tier_accuracy']:.3f} | {r['under_routing_rate']:.3f} | {r['over_routing_rate']:.3f} | "
            f"{r['relative_cost_vs_opus']:.3f} |"
        )
    return "\n".join(lines) + "\n"


def plot_curve(rows: Sequence[dict[str, Any]], path: Path, title: str) -> Path | None:
    """Tier accuracy and under-routing against relative cost, one point per preference (needs matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    cost = [r["relative_cost_vs_opus"] for r in rows]
    fig, ax = plt.subplots(figsize=(6.5, 4.2))
    ax.plot(cost, [r["tier_accuracy"] for r in rows], "o-", label="tier accuracy")
    ax.plot(cost, [r["under_routing_rate"] for r in rows], "s--", label="under-routing")
    for r, x in zip(rows, cost, strict=True):
        ax.annotate(f"{r['preference']:+.2f}", (x, r["tier_accuracy"]), textcoords="offset points", xytext=(3, 5))
    ax.set_xlabel("cost relative to all-opus")
    ax.set_ylabel("rate")
    ax.set_ylim(0, 1)
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def write_curve(rows: Sequence[dict[str, Any]], out_dir: Path, stem: str, title: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"{stem}.json"
    json_path.write_text(json.dumps(list(rows), indent=2) + "\n", encoding="utf-8")
    md_path = out_dir / f"{stem}.md"
    md_path.write_text(curve_markdown(rows, title), encoding="utf-8")
    png = plot_curve(rows, out_dir / f"{stem}.png", title)
    return [json_path, md_path, *([png] if png else [])]
