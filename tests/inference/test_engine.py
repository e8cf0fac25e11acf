"""The real onnxruntime engine on the shipped artifact."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from app.artifacts import ArtifactError
from app.inference.engine import EngineOptions, RouterEngine
from app.labels import AGENTS
from tests.conftest import ARTIFACTS


@pytest.fixture(scope="module")
def engine():
    e = RouterEngine(ARTIFACTS)
    e.warmup()
    return e


def test_outputs_are_probabilities_in_input_order(engine):
    texts = [
        "Fix a typo in the README",
        "Audit our OAuth login flow for token leakage and CSRF. The callback accepts any redirect_uri.",
        "Design a multi-region active-active architecture for the payments ledger with strong consistency "
        "guarantees, failover runbooks and capacity planning for the next three years of growth.",
        "Review PR #42",
    ]
    out = engine.predict(texts)
    assert out["agent_probs"].shape == (4, 5)
    assert out["embedding"].shape == (4, 384)
    for head in ("agent_probs", "complexity_probs", "domain_probs", "model_probs", "policy_model_probs"):
        np.testing.assert_allclose(out[head].sum(axis=1), 1.0, atol=1e-4)
    assert np.all((out["quality"] >= 0) & (out["quality"] <= 1))
    # rows follow input order although the engine sorts by length internally, and a text's result
    # does not depend on its batch-mates (the shipped int8 recipe quantises activations per row)
    for i, text in enumerate(texts):
        single = engine.predict([text])
        for head in ("agent_probs", "complexity_probs", "policy_model_probs", "quality"):
            np.testing.assert_allclose(single[head][0], out[head][i], atol=1e-4)


def test_obvious_tasks_route_sensibly(engine):
    out = engine.predict(["Audit the login endpoint for SQL injection and XSS vulnerabilities"])
    assert AGENTS[int(out["agent_probs"][0].argmax())].value == "security"


def test_overlong_input_is_truncated_not_rejected(engine):
    out = engine.predict(["word " * 5000])
    assert out["agent_probs"].shape == (1, 5)


def test_length_grouping_limits_padding(engine):
    batches = engine.plan_batches([5, 6, 5, 120, 7, 118])
    assert sorted(i for b in batches for i in b) == list(range(6))
    for b in batches:  # long and short texts never share a sub-batch
        lens = [[5, 6, 5, 120, 7, 118][i] for i in b]
        assert max(lens) <= 1.5 * min(lens)


def test_empty_batch_and_missing_variant(engine):
    with pytest.raises(ValueError):
        engine.predict([])
    with pytest.raises(ArtifactError, match=r"router\.fp32\.onnx"):
        RouterEngine(ARTIFACTS, EngineOptions(variant="fp32"))


def test_inference_path_never_imports_torch():
    code = (
        "import sys; from app.inference.engine import RouterEngine; from pathlib import Path; "
        f"e = RouterEngine(Path({str(ARTIFACTS)!r})); e.predict(['hello']); "
        "print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.filterwarnings("ignore:Specified provider 'CUDAExecutionProvider'")
def test_cuda_request_without_cuda_names_cuda_not_a_broken_model(monkeypatch):
    import onnxruntime as ort

    # no CUDA provider at all: the message is about CUDA, not "router model cannot be loaded"
    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CPUExecutionProvider"])
    with pytest.raises(ArtifactError, match="CUDA execution provider requested") as info:
        RouterEngine(ARTIFACTS, EngineOptions(provider="cuda"))
    assert "cannot be loaded" not in str(info.value)
    # CUDA advertised (as onnxruntime-gpu does even when its libraries fail to load) but the real session
    # has only the CPU: the engine checks the session's providers, not the advertised list
    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"])
    with pytest.raises(ArtifactError, match="could not use it"):
        RouterEngine(ARTIFACTS, EngineOptions(provider="cuda"))
    auto = RouterEngine(ARTIFACTS, EngineOptions(provider="auto"))
    assert auto.describe()["providers"] == ["CPUExecutionProvider"]
    assert "pid" not in auto.describe()


def test_long_texts_are_cut_before_tokenising_and_the_ids_do_not_change(engine):
    from tokenizers import Tokenizer

    from app.dataset.corpus import load_corpus
    from app.text import task_text
    from tests.conftest import ARTIFACTS as folder

    full = Tokenizer.from_file(str(folder / "tokenizer.json"))
    full.enable_truncation(max_length=engine.max_length)
    full.no_padding()
    items = [task_text(i.input, i.context) for i in load_corpus()]
    # long tasks of every register (English, code, error text, non-English), 30-60k characters each
    texts = [" ".join(items[k : k + 400]) for k in range(0, len(items) - 400, 401)]
    texts += ["日本語のタスク説明 " * 4000, "x" * 50_000, "a.b.c/" * 9000]
    assert min(map(len, texts)) > engine.tokenizer.max_chars
    assert engine.tokenizer.encode_unpadded(texts) == [e.ids for e in full.encode_batch(texts)]


def test_cost_estimate_and_calibration(engine):
    assert engine.cost("fix typo") == 4 and engine.cost("x" * 20_000) == engine.max_length
    per_cost, overhead = engine.calibrate(repeats=1)
    assert 0 < per_cost < 1 and overhead >= 0
