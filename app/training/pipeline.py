"""``train --out DIR``: the whole pipeline from dataset to a verified router folder."""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch

from app import __version__
from app.artifacts import MANIFEST_FILE, MODEL_FP32_FILE, MODEL_INT8_FILE, OUTPUT_NAMES, TOKENIZER_FILE, write_manifest
from app.dataset.corpus import CORPUS_DIR, CORPUS_RATIOS, corpus_digest, load_corpus, split_corpus
from app.dataset.generator import DatasetConfig
from app.dataset.split import Split
from app.labels import policy_as_json
from app.text import task_text
from app.training.export import WEIGHT_BLOCK, export_onnx, parity, quantize_int8
from app.training.teacher import Teacher
from app.training.train import (
    ENCODER_LICENSE,
    ENCODER_NAME,
    ENCODER_PACKAGE,
    TrainConfig,
    Trainer,
    build_splits,
    copy_tokenizer,
    dataset_hash,
    load_extra,
)
from app.training.train import (
    targets as record_targets,
)

log = logging.getLogger(__name__)


def _progress(desc: str, total: int, quiet: bool):  # type: ignore[no-untyped-def]
    if quiet:
        return None
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, file=sys.stderr, unit="step")

    def update(step: int, _total: int, msg: str) -> None:
        bar.n = step
        bar.set_postfix_str(msg.split(" loss ")[-1] if " loss " in msg else msg, refresh=False)
        bar.refresh()
        if step >= _total:
            bar.close()

    return update


def run_training(
    out_dir: Path,
    train_config: TrainConfig | None = None,
    dataset_config: DatasetConfig | None = None,
    extra_data: Sequence[Path] = (),
    eval_files: Sequence[Path] = (),
    quant_recipe: str = "weight-only",
    keep_fp32: bool = False,
    quiet: bool = False,
    corpus_dir: Path | None = CORPUS_DIR,
    teacher: Teacher | None = None,
) -> dict[str, Any]:
    """Generate, train, export fp32 + int8, check parity, evaluate and write the manifest.

    The fp32 graph is always exported, checked against torch and evaluated; it is kept in
    ``out_dir`` only with ``keep_fp32`` (the shipped folder holds the int8 graph alone).
    """
    t0 = time.perf_counter()
    cfg = train_config or TrainConfig()
    dcfg = dataset_config or DatasetConfig()
    say = (lambda *_: None) if quiet else (lambda msg: print(msg, file=sys.stderr))

    extra = load_extra(list(extra_data))
    items = load_corpus(corpus_dir) if corpus_dir is not None else ()
    corpus = split_corpus(items, dcfg.seed) if items else None
    splits = build_splits(dcfg, extra, corpus, title_views=cfg.title_views)
    train, val, test = splits[Split.TRAIN], splits[Split.VAL], splits[Split.TEST]
    corpus_test = corpus[Split.TEST] if corpus else []
    say(
        f"dataset: train {len(train)} (corpus {len(corpus[Split.TRAIN]) if corpus else 0}, extra {len(extra)}), "
        f"val {len(val)}, test {len(test)}, corpus test {len(corpus_test)}"
    )

    torch.set_num_threads(max(1, torch.get_num_threads()))
    soft, t_teacher = None, 0.0
    if teacher is not None:
        t1 = time.perf_counter()
        tt = record_targets(train)
        soft = teacher.fit([task_text(r.input, r.context) for r in train], tt["agent"], tt["complexity"], seed=cfg.seed)
        t_teacher = time.perf_counter() - t1
        say(f"teacher {teacher.name}: soft labels for {len(train)} records in {t_teacher:.0f}s")
    trainer = Trainer(cfg)
    steps = ((len(train) + cfg.batch_size - 1) // cfg.batch_size) * cfg.epochs
    progress = _progress("train", cfg.max_steps or steps, quiet) if cfg.mode != "frozen" else None
    fit = trainer.fit(train, val, progress, soft=soft)
    t_train = time.perf_counter() - t0
    say(f"trained in {t_train:.0f}s (best val score {fit['best_val_score']})")

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp_name:
        tmp = Path(tmp_name)
        ids, mask = trainer.tokenizer(["Export example task", "Design a multi-region failover plan for billing"])
        fp32 = export_onnx(trainer.model, tmp / MODEL_FP32_FILE, torch.from_numpy(ids), torch.from_numpy(mask))
        int8 = quantize_int8(fp32, tmp / MODEL_INT8_FILE, recipe=quant_recipe)
        copy_tokenizer(trainer.tokenizer_source, tmp / TOKENIZER_FILE, cfg.max_seq_length)
        texts = [task_text(r.input, r.context) for r in (test or train)[:200]]
        for path in eval_files:  # real texts for the parity check too (never used for training)
            from app.evaluation.data import load_labelled

            texts += [t.text for t in load_labelled(path)]
        check = parity(trainer.model, trainer.tokenizer, texts, fp32, int8)
        say(f"parity: {json.dumps(check)}")
        for name in (MODEL_FP32_FILE, MODEL_INT8_FILE, TOKENIZER_FILE):
            shutil.move(str(tmp / name), str(out_dir / name))

    body: dict[str, Any] = {
        "router_version": f"{__version__}+{dcfg.digest()[:8]}",
        "created_unix": int(time.time()),
        "max_seq_length": cfg.max_seq_length,
        "default_variant": "int8",
        "quantization": {
            "recipe": quant_recipe,
            "weights": "int8",
            "heads": "fp32",
            **({"block_size": WEIGHT_BLOCK} if quant_recipe == "weight-only" else {}),
        },
        "encoder": {"name": ENCODER_NAME, "license": ENCODER_LICENSE, "source": ENCODER_PACKAGE},
        "text_joining": "app.text.task_text(input, context)",
        "outputs": list(OUTPUT_NAMES),
        "dataset": {
            "config": dcfg.model_dump(),
            "digest": dcfg.digest(),
            "sha256": dataset_hash([*train, *val, *test]),
            "sizes": {"train": len(train), "val": len(val), "test": len(test), "extra": len(extra)},
        },
        "corpus": {
            "used": bool(items),
            "items": len(items),
            "sha256": corpus_digest(items) if items else None,
            "split_seed": dcfg.seed,
            "ratios": list(CORPUS_RATIOS),
            "sizes": {s.value: len(v) for s, v in corpus.items()} if corpus else {},
        },
        "training": {**asdict(cfg), "fit": fit, "seconds": round(t_train, 1)},
        "teacher": ({**teacher.describe(), "seconds": round(t_teacher, 1), "evaluation": {}} if teacher else None),
        "parity": check,
        "policy_table": policy_as_json(),
    }
    write_manifest(out_dir, body, [MODEL_INT8_FILE, MODEL_FP32_FILE, TOKENIZER_FILE])

    evaluation: dict[str, Any] = {}
    test_file = out_dir / "_test_split.jsonl"
    from app.dataset.export import dumps

    test_file.write_text("".join(dumps(r) + "\n" for r in test), encoding="utf-8")
    corpus_file = out_dir / "_corpus_test.jsonl"
    corpus_file.write_text("".join(dumps(r) + "\n" for r in corpus_test), encoding="utf-8")
    from app.evaluation.run import centroid_baseline, run_eval
    from app.inference.engine import EngineOptions, RouterEngine

    try:
        for variant in ("int8", "fp32"):
            engine = RouterEngine(out_dir, EngineOptions(variant=variant))
            centroid = centroid_baseline(engine, corpus[Split.TRAIN] if corpus else [])
            targets = [("test_split", test_file)] if test else []
            if corpus_test:
                targets.append(("corpus_test", corpus_file))
            for name, path in [*targets, *[(Path(p).stem, Path(p)) for p in eval_files]]:
                rep = run_eval(out_dir, path, None, variant, engine=engine, centroid=centroid)
                if teacher is not None and variant == "int8":
                    from app.evaluation.data import load_labelled

                    body["teacher"]["evaluation"][name] = teacher.evaluate(load_labelled(path))
                evaluation.setdefault(name, {})[variant] = {
                    "router": rep["router"],
                    "baselines": rep["baselines"],
                }
    finally:
        test_file.unlink(missing_ok=True)
        corpus_file.unlink(missing_ok=True)
    body["evaluation"] = evaluation
    body["total_seconds"] = round(time.perf_counter() - t0, 1)
    files = [MODEL_INT8_FILE, TOKENIZER_FILE]
    if keep_fp32:
        files.insert(1, MODEL_FP32_FILE)
    else:
        (out_dir / MODEL_FP32_FILE).unlink(missing_ok=True)
    write_manifest(out_dir, body, files)
    say(f"router written to {out_dir} in {body['total_seconds']}s")
    return json.loads((out_dir / MANIFEST_FILE).read_text())
