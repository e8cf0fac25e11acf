"""``claude-task-router eval``."""

from __future__ import annotations

import argparse
from pathlib import Path


def _cmd_eval(args: argparse.Namespace) -> int:
    from app.artifacts import ArtifactError
    from app.cli import CliError
    from app.evaluation.run import run_eval

    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create output folder {out}: {exc.strerror}") from None
    from app.policy import PolicyError, load_policy

    try:
        policy = load_policy(args.policy)
    except PolicyError as exc:
        raise CliError(str(exc)) from None
    compare: dict[str, Path] = {}
    for spec in args.compare:
        name, sep, folder = spec.partition("=")
        if not sep or not name.strip() or not folder.strip():
            raise CliError(f"--compare expects NAME=DIR, got {spec!r}")
        if not Path(folder).is_dir():
            raise CliError(f"--compare {name}: no such router folder: {folder}")
        compare[name.strip()] = Path(folder)
    _warn_on_overlap(Path(args.artifacts), Path(args.data))
    for variant in args.variant or ["int8"]:
        try:
            report = run_eval(Path(args.artifacts), Path(args.data), out, variant, policy=policy, compare=compare)
        except ArtifactError as exc:
            raise CliError(str(exc)) from None
        r = report["router"]
        print(
            f"{Path(args.data).name} [{variant}]: agent {r['agent_accuracy']:.3f} "
            f"(macro-F1 {r['agent_macro_f1']:.3f}), "
            f"complexity {r['complexity_accuracy']:.3f}, tier {r['model_accuracy']:.3f}, "
            f"under {r['under_routing_rate']:.3f}, over {r['over_routing_rate']:.3f}, "
            f"cost {r['relative_cost_vs_opus']:.3f} of opus, ECE {r['agent_ece']:.3f}"
        )
        print("cost-quality curve (preference: tier shares h/s/o, tier acc, under-routing, cost vs opus):")
        for row in report["cost_quality_curve"]:
            sh = row["share"]
            print(
                f"  {row['preference']:+.2f}: {sh['haiku']:.2f}/{sh['sonnet']:.2f}/{sh['opus']:.2f}, "
                f"acc {row['tier_accuracy']:.3f}, under {row['under_routing_rate']:.3f}, "
                f"cost {row['relative_cost_vs_opus']:.3f}"
            )
    print(f"report written to {out}")
    return 0


def _warn_on_overlap(artifacts: Path, data: Path) -> None:
    """A warning on stderr when the evaluated tasks were part of the router's training data."""
    import sys

    from app.artifacts import ArtifactError, read_manifest
    from app.dataset.loader import DatasetFileError
    from app.evaluation.data import load_labelled
    from app.evaluation.overlap import overlap

    try:
        found = overlap(read_manifest(artifacts), (t.text for t in load_labelled(data)))
    except (ArtifactError, DatasetFileError):
        return  # the evaluation itself reports these
    message = found.warning()
    if message:
        print(f"warning: {message}", file=sys.stderr)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("eval", help="evaluate the router on a labelled JSONL file (report: md, json, png)")
    p.add_argument("--data", required=True, help="labelled file: dataset schema or real_tasks_dev schema")
    from app.settings import default_artifacts_dir

    p.add_argument(
        "--artifacts", default=str(default_artifacts_dir()), help="router folder (default: model_artifacts/)"
    )
    p.add_argument("--out", default="eval_report", help="report folder")
    p.add_argument(
        "--variant", action="append", choices=["int8", "fp32"], default=None, help="router graph (repeatable)"
    )
    p.add_argument(
        "--policy", default=None, help="routing policy file for the cost-quality curve (default: the shipped one)"
    )
    p.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="another router folder scored on the same data beside the baselines (e.g. previous=old_router); "
        "repeatable",
    )
    p.set_defaults(func=_cmd_eval)
