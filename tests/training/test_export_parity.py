"""onnxruntime vs torch: fp32 within 1e-4; int8 against fp32, per recipe.

The target is >= 99% argmax agreement on every head. The model is trained the way the shipped
router is (one contrastive epoch, then heads) on half the default dataset (50 seeds per category);
texts are the generated test-split texts (at most 150) plus the real dev requests when the shared file
is present.

A flip on a near-tie (fp32's two best classes within a few points) says nothing about the recipe,
and this small model has more near-ties than the shipped one, so the check that can fail is on the
*clear* decisions (fp32 top-2 margin >= ``CLEAR_MARGIN`` = 0.1) and on the size of the probability error:

* ``weight-only`` (shipped default: int8 weights in blocks of 16, activations quantised per row and
  block): measured on 214 texts: clear-decision agreement 100% on every head, largest probability
  difference 0.021-0.036, all-decision agreement 97.7-99.5% (the shipped router: >= 99% on every
  head, its manifest, tests/inference/test_artifacts.py). Its results are also independent of the batch.
* ``dynamic`` (per-tensor activation scales): measured 93-96% per head (clear decisions 97.9-100%),
  largest probability difference 0.11-0.21, and batch-dependent; kept as an option, held here to its
  measured level as a regression guard, and the weight-only recipe must be closer to fp32 on every head.
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
    "agent_probs": 0.93,
    "model_probs": 0.91,
    "policy_model_probs": 0.91,
    "complexity_probs": 0.90,
    "domain_probs": 0.90,
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    import torch

    tmp = tmp_path_factory.mktemp("parity")
    # half the default dataset: the same recipe in half the time (the suite runs in CI on 2 cores)
    splits = split_records(generate(DatasetConfig(examples_per_category=50)))
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


@pytest.fixture(scope="module")
def shipped_recipe(exported) -> dict[str, float]:
    trainer, texts, fp32, wo, _ = exported
    return parity(trainer.model, trainer.tokenizer, texts, fp32, wo)


@pytest.mark.slow
def test_fp32_onnx_matches_torch_and_weight_only_int8_agrees(shipped_recipe):
    result = shipped_recipe
    print(f"\nweight-only parity: {result}")  # the figures, with -s
    assert result["fp32_max_abs_diff"] <= 1e-4, result
    for head in ARGMAX_HEADS:
        assert result[f"int8_clear_agreement_{head}"] >= 0.99, (head, result)
        assert result[f"int8_max_prob_diff_{head}"] <= 0.08, (head, result)
        assert result[f"int8_argmax_agreement_{head}"] >= 0.96, (head, result)


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
def test_dynamic_int8_agreement_at_measured_level(exported, shipped_recipe):
    trainer, texts, fp32, _, tmp = exported
    dyn = parity(trainer.model, trainer.tokenizer, texts, fp32, quantize_int8(fp32, tmp / "dyn.onnx", "dynamic"))
    print(f"\ndynamic parity: {dyn}")
    for head in ARGMAX_HEADS:
        assert dyn[f"int8_argmax_agreement_{head}"] >= DYNAMIC_FLOOR[head], dyn
    shipped = shipped_recipe
    assert shipped["int8_min_argmax_agreement"] >= dyn["int8_min_argmax_agreement"]
    for head in ARGMAX_HEADS:  # measured in the same run: the shipped recipe is the closer one on every head
        assert shipped[f"int8_max_prob_diff_{head}"] < dyn[f"int8_max_prob_diff_{head}"], (head, shipped, dyn)
