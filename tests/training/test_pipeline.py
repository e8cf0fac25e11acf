"""Training on a tiny dataset end to end, manifest contents and extra-data validation."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("torch", reason="training tests need the train extra: pip install -e '.[train,dev]'")

from app.artifacts import MANIFEST_FILE, MODEL_FP32_FILE, MODEL_INT8_FILE, TOKENIZER_FILE, label_lists, verify_artifacts
from app.dataset.generator import DatasetConfig
from app.dataset.loader import DatasetFileError
from app.labels import policy_as_json
from app.training.model import encoder_path
from app.training.pipeline import run_training
from app.training.teacher import Teacher
from app.training.train import TrainConfig


def _extra(path, n=3, bad_line=None):
    lines = []
    for i in range(n):
        lines.append(
            json.dumps(
                {
                    "input": f"Rotate the staging signing key number {i}",
                    "context": "Our team wants this routed to the security agent.",
                    "output_agent": "security",
                    "metadata": {
                        "category": "Security",
                        "complexity": "Moderate",
                        "domain": "DevOps",
                        "expected_model": "opus",
                        "quality_score": 0.9,
                        "tags": ["keys"],
                    },
                }
            )
        )
    if bad_line is not None:
        lines.insert(1, bad_line)
    path.write_text("\n".join(lines) + "\n")
    return path


_AGENTS = ("coder", "researcher", "security", "architecture", "reviewer")
_LEVELS = ("Simple", "Moderate", "Complex")


def _corpus(folder, n=150):
    """A small corpus folder: n items cycling through every agent x complexity."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {
            "id": f"tst-{i + 1:04d}",
            "input": f"Task number {i} for the {_AGENTS[i % 5]} agent",
            "context": "Written for the pipeline test.",
            "agent": _AGENTS[i % 5],
            "complexity": _LEVELS[(i // 5) % 3],
            "domain": "Systems",
            "register": "issue",
            "note": "test item",
        }
        for i in range(n)
    ]
    (folder / "tiny.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


@pytest.fixture(scope="module")
def tiny_router(tmp_path_factory):
    out = tmp_path_factory.mktemp("router")
    extra = _extra(tmp_path_factory.mktemp("x") / "extra.jsonl")
    manifest = run_training(
        out,
        TrainConfig(mode="contrastive", epochs=1, max_steps=2, head_steps=20, batch_size=16),
        DatasetConfig(examples_per_category=8),
        extra_data=[extra],
        keep_fp32=True,
        quiet=True,
        corpus_dir=_corpus(tmp_path_factory.mktemp("corpus")),
        teacher=Teacher(str(encoder_path()), tmp_path_factory.mktemp("cache"), license="Apache-2.0", provenance="test"),
    )
    return out, manifest


def test_tiny_training_writes_a_verified_router(tiny_router):
    out, _ = tiny_router
    for name in (MODEL_INT8_FILE, MODEL_FP32_FILE, TOKENIZER_FILE, MANIFEST_FILE):
        assert (out / name).is_file(), name
    verified = verify_artifacts(out)
    assert verified["labels"] == label_lists()
    assert verified["policy"] == policy_as_json()
    assert verified["dataset"]["sizes"]["extra"] == 3
    assert verified["dataset"]["config"]["examples_per_category"] == 8
    assert verified["training"]["mode"] == "contrastive"
    history = verified["training"]["fit"]["history"]  # one contrastive epoch, cut at max_steps=2
    assert len(history) == 1 and history[0]["contrastive_loss"] > 0
    assert verified["encoder"]["license"] == "Apache-2.0"
    assert len(verified["dataset"]["sha256"]) == 64
    assert verified["parity"]["fp32_max_abs_diff"] <= 1e-4
    ev = verified["evaluation"]["test_split"]
    assert set(ev) == {"int8", "fp32"}
    assert 0.0 <= ev["int8"]["router"]["agent_accuracy"] <= 1.0
    assert set(ev["int8"]["baselines"]) >= {"keyword_rules", "nearest_centroid", "always_sonnet", "always_opus"}


def test_corpus_is_split_recorded_and_evaluated(tiny_router):
    out, manifest = tiny_router
    corpus = manifest["corpus"]
    assert corpus["used"] and corpus["items"] == 150 and len(corpus["sha256"]) == 64
    sizes = corpus["sizes"]
    assert sizes["train"] + sizes["val"] + sizes["test"] == 150
    assert sizes["train"] > sizes["test"] > 0
    # the corpus's test part is held out of training and scored on its own
    assert manifest["dataset"]["sizes"]["train"] >= sizes["train"] + 3
    assert "corpus_test" in manifest["evaluation"]
    assert manifest["evaluation"]["corpus_test"]["int8"]["router"]["n"] == sizes["test"]
    assert not (out / "_corpus_test.jsonl").exists()


def test_shipped_folder_without_fp32_by_default(tmp_path):
    manifest = run_training(
        tmp_path,
        TrainConfig(mode="frozen", head_steps=5),
        DatasetConfig(examples_per_category=8, enable_augmentation=False),
        quiet=True,
        corpus_dir=None,
    )
    assert not manifest["corpus"]["used"] and "corpus_test" not in manifest["evaluation"]
    assert not (tmp_path / MODEL_FP32_FILE).exists()
    assert set(manifest["files"]) == {MODEL_INT8_FILE, TOKENIZER_FILE}
    assert "fp32" in manifest["evaluation"]["test_split"]  # fp32 still evaluated before it is dropped


def test_bad_extra_data_names_file_line_and_field(tmp_path):
    bad = _extra(tmp_path / "extra.jsonl", bad_line=json.dumps({"input": "x", "output_agent": "ninja"}))
    with pytest.raises(DatasetFileError) as exc:
        run_training(
            tmp_path / "out",
            TrainConfig(mode="frozen", head_steps=1),
            DatasetConfig(examples_per_category=2),
            extra_data=[bad],
            quiet=True,
            corpus_dir=None,
        )
    msg = str(exc.value)
    assert "extra.jsonl:2" in msg and "output_agent" in msg
    assert not (tmp_path / "out" / MANIFEST_FILE).exists()


def test_train_cli_rejects_missing_extra_file(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "app", "train", "--out", str(tmp_path), "--extra-data", str(tmp_path / "nope.jsonl")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_title_views_copy_labels_and_family_without_the_body(default_records):
    from app.training.train import add_title_views

    some = default_records[:200]
    assert add_title_views(some, 0.0, 1) == list(some)
    every = add_title_views(some, 1.0, 1)
    views = every[len(some) :]
    assert len(views) == sum(1 for r in some if r.context)
    by_id = {r.id: r for r in some}
    for v in views:
        src = by_id[v.id.removesuffix("-title")]
        assert v.context == "" and v.input == src.input
        assert (v.agent, v.complexity, v.domain, v.family) == (src.agent, src.complexity, src.domain, src.family)
    half = add_title_views(some, 0.5, 1)
    assert 0.3 * len(views) < len(half) - len(some) < 0.7 * len(views)
    assert half == add_title_views(some, 0.5, 1)  # seeded


def test_teacher_is_recorded_and_scored_but_not_shipped(tiny_router):
    _, manifest = tiny_router
    t = manifest["teacher"]
    assert t["license"] == "Apache-2.0" and t["provenance"] == "test" and t["used_at_run_time"] is False
    assert t["embedding_dim"] == 384 and t["parameters"] > 1_000_000
    ev = t["evaluation"]["test_split"]
    assert ev["n"] == manifest["evaluation"]["test_split"]["int8"]["router"]["n"]
    assert 0.0 <= ev["agent_accuracy"] <= 1.0
    assert set(manifest["files"]) == {"router.int8.onnx", "router.fp32.onnx", "tokenizer.json"}


def test_teacher_soft_labels_are_out_of_fold_and_embeddings_cached(tmp_path):
    import numpy as np

    texts = [
        f"{verb} the {noun} module"
        for verb in ("Fix", "Document", "Audit", "Design", "Review")
        for noun in ("billing", "search", "auth", "upload", "export", "queue")
    ]
    agent = np.array([i // 6 for i in range(len(texts))])
    cx = np.array([i % 3 for i in range(len(texts))])
    teacher = Teacher(str(encoder_path()), tmp_path)
    soft = teacher.fit(texts, agent, cx, folds=3)
    assert soft.agent.shape == (30, 5) and soft.complexity.shape == (30, 3)
    assert np.allclose(soft.agent.sum(1), 1, atol=1e-5)
    full, _ = teacher.predict(texts)
    # heads fitted on everything are surer of their own training texts than the held-out folds are
    assert full[np.arange(30), agent].mean() > soft.agent[np.arange(30), agent].mean()
    again = Teacher(str(encoder_path()), tmp_path)
    vecs = again.embed(texts)
    assert again.cache_hits == 30 and np.allclose(vecs, teacher.embed(texts))


def test_train_cli_reports_an_unloadable_teacher(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "app", "train", "--out", str(tmp_path / "o"), "--teacher", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "cannot load teacher" in proc.stderr and "Traceback" not in proc.stderr
