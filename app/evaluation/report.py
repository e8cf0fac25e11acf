"""Evaluate the router and the baselines on labelled tasks; write JSON, markdown and PNGs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.evaluation import metrics
from app.evaluation.baselines import NearestCentroid, keyword_route
from app.evaluation.data import LabelledTask
from app.inference.decision import decide
from app.labels import AGENTS, COMPLEXITIES, MODEL_TIERS, Agent, Complexity, ModelTier
from app.pricing import DEFAULT_PRICES, TierPrice

Route = tuple[Agent, Complexity, ModelTier]


def score_routes(
    tasks: Sequence[LabelledTask],
    routes: Sequence[Route],
    prices: dict[ModelTier, TierPrice] | None = None,
) -> dict[str, Any]:
    """Figures for one router's (agent, complexity, tier) answers."""
    agents_t = [t.agent for t in tasks]
    agents_p = [r[0] for r in routes]
    tiers_t = [t.expected_model for t in tasks]
    tiers_p = [r[2] for r in routes]
    out: dict[str, Any] = {
        "n": len(tasks),
        "agent_accuracy": metrics.accuracy(agents_t, agents_p),
        "agent_macro_f1": metrics.macro_f1(agents_t, agents_p, AGENTS),
        "complexity_accuracy": metrics.accuracy([t.complexity for t in tasks], [r[1] for r in routes]),
        "model_accuracy": metrics.accuracy(tiers_t, tiers_p),
        **metrics.routing_direction(tiers_t, tiers_p),
        "relative_cost_vs_opus": metrics.relative_cost(tiers_p, prices),
        "tier_share": {m.value: sum(1 for t in tiers_p if t is m) / max(1, len(tiers_p)) for m in MODEL_TIERS},
    }
    out = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}
    indicators = metrics.per_task_indicators(
        [a == b for a, b in zip(agents_t, agents_p, strict=True)],
        [t.complexity == r[1] for t, r in zip(tasks, routes, strict=True)],
        tiers_t,
        tiers_p,
    )
    out["ci90"] = metrics.bootstrap_intervals(indicators)
    return out


def router_routes(probs: dict[str, np.ndarray], preference: float = 0.0) -> tuple[list[Route], list[float]]:
    routes, conf = [], []
    for i in range(len(probs["agent_probs"])):
        d = decide(
            probs["agent_probs"][i],
            probs["complexity_probs"][i],
            probs["domain_probs"][i],
            probs["policy_model_probs"][i],
            preference=preference,
        )
        routes.append((d.agent, d.complexity, d.model))
        conf.append(d.agent_confidence)
    return routes, conf


def evaluate(
    tasks: Sequence[LabelledTask],
    probs: dict[str, np.ndarray],
    centroid: NearestCentroid | None = None,
    prices: dict[ModelTier, TierPrice] | None = None,
) -> dict[str, Any]:
    """Router figures plus baselines, all on ``tasks``."""
    prices = prices or DEFAULT_PRICES
    routes, conf = router_routes(probs)
    router = score_routes(tasks, routes, prices)
    router["agent_ece"] = round(
        metrics.expected_calibration_error(conf, [r[0] is t.agent for r, t in zip(routes, tasks, strict=True)]), 4
    )
    router["domain_accuracy"] = round(
        metrics.accuracy(
            [t.domain.value for t in tasks],
            [_argmax_label(probs["domain_probs"][i], "domain") for i in range(len(tasks))],
        ),
        4,
    )
    head_tier = [MODEL_TIERS[int(i)] for i in probs["model_probs"].argmax(1)]
    router["model_head_accuracy"] = round(metrics.accuracy([t.expected_model for t in tasks], head_tier), 4)
    kw = [keyword_route(t.text) for t in tasks]
    baselines: dict[str, Any] = {"keyword_rules": score_routes(tasks, kw, prices)}
    if centroid is not None:
        baselines["nearest_centroid"] = score_routes(tasks, centroid.predict(probs["embedding"]), prices)
    for tier in (ModelTier.SONNET, ModelTier.OPUS):
        baselines[f"always_{tier.value}"] = score_routes(tasks, [(r[0], r[1], tier) for r in kw], prices)
    return {
        "router": router,
        "baselines": baselines,
        "confusion": {
            "agent": {
                "labels": [a.value for a in AGENTS],
                "matrix": metrics.confusion([t.agent for t in tasks], [r[0] for r in routes], AGENTS),
            },
            "complexity": {
                "labels": [c.value for c in COMPLEXITIES],
                "matrix": metrics.confusion([t.complexity for t in tasks], [r[1] for r in routes], COMPLEXITIES),
            },
            "model": {
                "labels": [m.value for m in MODEL_TIERS],
                "matrix": metrics.confusion([t.expected_model for t in tasks], [r[2] for r in routes], MODEL_TIERS),
            },
        },
        "prices_usd_per_mtok": {k.value: v.model_dump() for k, v in prices.items()},
    }


def _argmax_label(row: np.ndarray, head: str) -> str:
    from app.artifacts import label_lists

    return label_lists()[head][int(np.argmax(row))]


def markdown(report: dict[str, Any], title: str) -> str:
    cols = [
        ("agent_accuracy", "agent acc"),
        ("agent_macro_f1", "agent macro-F1"),
        ("complexity_accuracy", "complexity acc"),
        ("model_accuracy", "tier acc"),
        ("under_routing_rate", "under-routing"),
        ("over_routing_rate", "over-routing"),
        ("relative_cost_vs_opus", "cost vs opus"),
    ]
    rows = [("router", report["router"]), *report["baselines"].items()]
    lines = [
        f"# Evaluation: {title}",
        "",
        f"{report['router']['n']} labelled tasks. Router agent ECE: {report['router']['agent_ece']}; "
        f"domain accuracy {report['router']['domain_accuracy']}; tier head (unconstrained) accuracy "
        f"{report['router']['model_head_accuracy']}.",
        "",
        "| router | " + " | ".join(c[1] for c in cols) + " |",
        "|---|" + "---|" * len(cols),
    ]
    for name, fig in rows:
        lines.append(f"| {name} | " + " | ".join(_cell(fig, c[0]) for c in cols) + " |")
    lines += [
        "",
        "Brackets: percentile-bootstrap 90% interval over tasks (2,000 resamples); with "
        f"{report['router']['n']} tasks one task is {100 / max(1, report['router']['n']):.1f} points.",
    ]
    lines += ["", "Cost assumes the same token mix per task; prices (USD per million tokens):", ""]
    for tier, p in report["prices_usd_per_mtok"].items():
        lines.append(f"- {tier}: input {p['input_per_mtok']}, output {p['output_per_mtok']}")
    for head, cm in report["confusion"].items():
        lines += ["", f"## Confusion: {head} (rows true, columns predicted)", ""]
        lines.append("| | " + " | ".join(cm["labels"]) + " |")
        lines.append("|---|" + "---|" * len(cm["labels"]))
        for label, row in zip(cm["labels"], cm["matrix"], strict=True):
            lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines) + "\n"


def _cell(fig: dict[str, Any], key: str) -> str:
    ci = fig.get("ci90", {}).get(key)
    return f"{fig[key]:.3f} [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else f"{fig[key]:.3f}"


def plot_confusions(report: dict[str, Any], out_dir: Path, stem: str) -> list[Path]:
    """PNG confusion matrices (needs matplotlib; returns [] without it)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    paths = []
    for head, cm in report["confusion"].items():
        m = np.asarray(cm["matrix"])
        fig, ax = plt.subplots(figsize=(1.2 * len(cm["labels"]) + 2, 1.0 * len(cm["labels"]) + 1.5))
        ax.imshow(m, cmap="Blues")
        ax.set_xticks(range(len(cm["labels"])), cm["labels"], rotation=30, ha="right")
        ax.set_yticks(range(len(cm["labels"])), cm["labels"])
        ax.set_xlabel("predicted")
        ax.set_ylabel("true")
        ax.set_title(f"{stem}: {head}")
        for (i, j), v in np.ndenumerate(m):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > m.max() / 2 else "black")
        fig.tight_layout()
        path = out_dir / f"{stem}_confusion_{head}.png"
        fig.savefig(path, dpi=100)
        plt.close(fig)
        paths.append(path)
    return paths


def write_report(report: dict[str, Any], out_dir: Path, stem: str, title: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"{stem}.json"
    json_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    md_path = out_dir / f"{stem}.md"
    md_path.write_text(markdown(report, title), encoding="utf-8")
    return [json_path, md_path, *plot_confusions(report, out_dir, stem)]
