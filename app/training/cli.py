"""``claude-task-router train``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _cmd_train(args: argparse.Namespace) -> int:
    from app.cli import CliError

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    feedback_dir = None
    if args.with_feedback:  # read (and validate) the corrections first: a bad database fails fast
        import tempfile

        from app.feedback.store import FeedbackStoreError
        from app.feedback.training import write_feedback_file

        feedback_dir = tempfile.TemporaryDirectory(prefix="router-feedback-")
        feedback_file = Path(feedback_dir.name) / "feedback_records.jsonl"
        try:
            found = write_feedback_file(args.with_feedback, feedback_file)
        except FeedbackStoreError as exc:
            feedback_dir.cleanup()
            raise CliError(f"--with-feedback: {exc}") from None
        for reason in found.skipped:
            print(f"skipped {reason}", file=sys.stderr)
        print(f"feedback: {len(found.records)} corrected records added to training", file=sys.stderr)
        if found.records:  # the folder is removed when the command exits
            args.extra_data = [*args.extra_data, str(feedback_file)]
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise CliError("training needs the train extra: pip install -e '.[train]'") from None
    from app.dataset.generator import DatasetConfig
    from app.training.pipeline import run_training
    from app.training.train import TrainConfig

    for p in [*args.extra_data, *args.eval_file]:
        if not Path(p).is_file():
            raise CliError(f"no such file: {p}")
    from app.dataset.corpus import CORPUS_DIR

    corpus_dir = None if args.no_corpus else Path(args.corpus) if args.corpus else CORPUS_DIR
    if corpus_dir is not None and not corpus_dir.is_dir():
        raise CliError(f"no such corpus folder: {corpus_dir}")
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot create output folder {out}: {exc.strerror}") from None
    if not os.access(out, os.W_OK):
        raise CliError(f"output folder {out} is not writable")
    cfg = TrainConfig(mode=args.mode, epochs=args.epochs, seed=args.seed, max_steps=args.max_steps)
    teacher = None
    if args.teacher:
        if args.mode == "finetune":
            raise CliError("--teacher needs --mode contrastive or frozen")
        from app.training.teacher import Teacher, TeacherError

        try:
            teacher = Teacher(
                args.teacher, Path(args.teacher_cache), license=args.teacher_license, provenance=args.teacher_provenance
            )
        except TeacherError as exc:
            raise CliError(str(exc)) from None
    from app.dataset.seeds import seeds_for
    from app.labels import CATEGORIES

    per_category = args.examples_per_category or max(len(seeds_for(c)) for c in CATEGORIES)
    dcfg = DatasetConfig(examples_per_category=per_category, seed=args.seed)
    manifest = run_training(
        out,
        cfg,
        dcfg,
        extra_data=[Path(p) for p in args.extra_data],
        eval_files=[Path(p) for p in args.eval_file],
        quant_recipe=args.quant,
        keep_fp32=args.keep_fp32,
        quiet=args.quiet,
        corpus_dir=corpus_dir,
        teacher=teacher,
    )
    for name, by_variant in manifest.get("evaluation", {}).items():
        for variant, rep in by_variant.items():
            r = rep["router"]
            print(
                f"{name} [{variant}]: agent {r['agent_accuracy']:.3f}, complexity {r['complexity_accuracy']:.3f}, "
                f"tier {r['model_accuracy']:.3f}, under-routing {r['under_routing_rate']:.3f}"
            )
    return 0


def _positive(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {v}")
    return v


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("train", help="generate data, train, export ONNX (fp32 + int8), evaluate, write manifest")
    p.add_argument("--out", required=True, help="router folder to write (e.g. model_artifacts)")
    p.add_argument("--mode", choices=["contrastive", "frozen", "finetune"], default="contrastive")
    p.add_argument("--epochs", type=_positive, default=1)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument(
        "--examples-per-category",
        type=_positive,
        default=None,
        help="base tasks per category (default: every hand-written seed)",
    )
    p.add_argument(
        "--extra-data",
        action="append",
        default=[],
        metavar="FILE.jsonl",
        help="your own labelled records (dataset schema), added to training; repeatable",
    )
    p.add_argument(
        "--eval-file",
        action="append",
        default=[],
        metavar="FILE.jsonl",
        help="labelled file evaluated after training (figures go into the manifest); repeatable",
    )
    p.add_argument(
        "--quant",
        choices=["weight-only", "dynamic", "dynamic-per-tensor"],
        default="weight-only",
        help="int8 recipe: weight-only (default: batch-invariant, >=99%% agreement with fp32) or dynamic "
        "(about 2x faster, but results depend on batch-mates)",
    )
    p.add_argument(
        "--with-feedback",
        default=None,
        metavar="DB_URL",
        help="feedback database (SQLAlchemy URL or SQLite path): its corrections become training records",
    )
    corpus = p.add_mutually_exclusive_group()
    corpus.add_argument(
        "--corpus",
        default=None,
        metavar="DIR",
        help="folder of corpus *.jsonl files (default: the shipped realistic corpus, app/dataset/corpus)",
    )
    corpus.add_argument("--no-corpus", action="store_true", help="train on generated (+ extra) data only")
    p.add_argument(
        "--teacher",
        default=None,
        metavar="PATH_OR_NAME",
        help="sentence-transformers model (folder, or hub name with hub access) whose out-of-fold soft labels "
        "the router's heads learn from; used at training time only",
    )
    p.add_argument("--teacher-license", default="unknown", help="the teacher's licence, recorded in the manifest")
    p.add_argument(
        "--teacher-provenance", default="", help="where the teacher's weights came from, recorded in the manifest"
    )
    p.add_argument(
        "--teacher-cache",
        default=str(Path.home() / ".cache" / "claude-task-router"),
        metavar="DIR",
        help="where teacher embeddings are cached (keyed by model and text)",
    )
    p.add_argument("--keep-fp32", action="store_true", help="also keep router.fp32.onnx (about 90 MB)")
    p.add_argument("--max-steps", type=_positive, default=None, help="stop after N optimiser steps (smoke tests)")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=_cmd_train)
