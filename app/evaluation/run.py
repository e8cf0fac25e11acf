"""Evaluate a shipped router folder on a labelled file (no torch needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.dataset.generator import DatasetConfig, generate
from app.dataset.loader import DatasetFileError
from app.dataset.records import TaskRecord
from app.dataset.split import Split, split_records
from app.evaluation.baselines import NearestCentroid
from app.evaluation.curve import cost_quality_curve, write_curve
from app.evaluation.data import load_labelled
from app.evaluation.report import evaluate, router_routes, score_routes, write_report
from app.inference.engine import EngineOptions, RouterEngine
from app.policy import RoutingPolicy
from app.text import task_text


def centroid_baseline(engine: RouterEngine, corpus_train: list[TaskRecord] | None = None) -> NearestCentroid:
    """Nearest-centroid router fitted on the train split the router was trained on.

    ``corpus_train`` is the corpus part of that split; when not given it is rebuilt from the shipped
    corpus, but only if that corpus is the one the manifest recorded (same digest).
    """
    cfg = DatasetConfig(**engine.manifest.get("dataset", {}).get("config", {}))
    records = generate(cfg)
    train = split_records(records, (cfg.train_ratio, cfg.val_ratio, cfg.test_ratio), cfg.seed)[Split.TRAIN]
    corpus = engine.manifest.get("corpus") or {}
    if corpus_train is None and corpus.get("used"):
        from app.dataset.corpus import corpus_digest, load_corpus, split_corpus

        items = load_corpus()
        if items and corpus_digest(items) == corpus.get("sha256"):
            corpus_train = split_corpus(items, corpus.get("split_seed", cfg.seed))[Split.TRAIN]
    train = [*train, *(corpus_train or [])]
    emb = engine.predict([task_text(r.input, r.context) for r in train])["embedding"]
    return NearestCentroid(emb, [r.agent for r in train], [r.complexity for r in train])


def run_eval(
    artifacts: Path,
    data: Path,
    out_dir: Path | None = None,
    variant: str = "int8",
    engine: RouterEngine | None = None,
    centroid: NearestCentroid | None = None,
    policy: RoutingPolicy | None = None,
    compare: dict[str, Path] | None = None,
) -> dict[str, Any]:
    """Router figures, baselines and the cost-quality curve on ``data``.

    ``compare`` names other router folders (e.g. the previous release) whose int8 graph is scored on
    the same tasks and shown beside the baselines.
    """
    engine = engine or RouterEngine(artifacts, EngineOptions(variant=variant))
    tasks = load_labelled(data)
    if not tasks:
        raise DatasetFileError(data, [f"{data}: no labelled tasks to evaluate"])
    probs = engine.predict([t.text for t in tasks])
    report = evaluate(tasks, probs, centroid or centroid_baseline(engine))
    for name, folder in (compare or {}).items():
        other = RouterEngine(folder, EngineOptions(variant="int8"))
        routes, _ = router_routes(other.predict([t.text for t in tasks]))
        report["baselines"][name] = score_routes(tasks, routes)
    teacher = (engine.manifest.get("teacher") or {}).get("evaluation", {}).get(Path(data).stem)
    if teacher is not None and teacher.get("n") == len(tasks):
        report["baselines"][f"teacher ({engine.manifest['teacher']['name']}, at training time)"] = teacher
    report["data"] = Path(data).name
    report["variant"] = variant
    report["cost_quality_curve"] = cost_quality_curve(
        tasks, probs, policy, baked_table=engine.manifest.get("policy_table")
    )
    if out_dir is not None:
        stem = f"eval_{Path(data).stem}_{variant}"
        write_report(report, out_dir, stem, f"{Path(data).name} ({variant} router)")
        write_curve(
            report["cost_quality_curve"], out_dir, f"{stem}_cost_quality", f"{Path(data).name} ({variant} router)"
        )
    return report
