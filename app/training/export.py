"""ONNX export of the whole router, int8 quantisation and parity checks.

One graph: ``input_ids``, ``attention_mask`` (dynamic batch and sequence axes) -> every
head's probabilities, the quality score, the policy tier distribution and the embedding.
Pooling and normalisation are inside the graph.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

from app.training.model import INPUT_NAMES, OUTPUT_NAMES, RouterModel

log = logging.getLogger(__name__)

OPSET = 17
#: heads whose argmax agreement the int8 graph must keep
ARGMAX_HEADS = ("agent_probs", "complexity_probs", "domain_probs", "model_probs", "policy_model_probs")


def export_onnx(model: RouterModel, path: Path, example_ids: torch.Tensor, example_mask: torch.Tensor) -> Path:
    model.eval()
    dynamic = {name: {0: "batch", 1: "sequence"} for name in INPUT_NAMES}
    dynamic.update({name: {0: "batch"} for name in OUTPUT_NAMES})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (example_ids, example_mask),
            str(path),
            input_names=list(INPUT_NAMES),
            output_names=list(OUTPUT_NAMES),
            dynamic_axes=dynamic,
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )
    return path


def quantize_int8(fp32_path: Path, int8_path: Path, per_channel: bool = True) -> Path:
    """Dynamic int8 quantisation: MatMul/Gemm weights (per channel by default) and the token
    embedding table (Gather); activations are quantised on the fly. The small heads stay fp32."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.shape_inference import quant_pre_process

    pre = int8_path.with_suffix(".pre.onnx")
    try:
        quant_pre_process(str(fp32_path), str(pre), skip_symbolic_shape=True)
        src = pre
    except Exception as exc:  # pre-processing is an optimisation only
        log.warning("quantisation pre-processing skipped: %s", exc)
        src = fp32_path
    import onnx

    graph = onnx.load(str(src)).graph
    heads = [n.name for n in graph.node if n.name.startswith("/heads/")]
    quantize_dynamic(
        str(src),
        str(int8_path),
        weight_type=QuantType.QInt8,
        per_channel=per_channel,
        op_types_to_quantize=["MatMul", "Gemm", "Gather"],
        nodes_to_exclude=heads,
        extra_options={"MatMulConstBOnly": True},
    )
    if pre.exists():
        pre.unlink()
    return int8_path


def onnx_session(path: Path):  # -> onnxruntime.InferenceSession
    import onnxruntime as ort

    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])


def run_onnx(session, ids: np.ndarray, mask: np.ndarray) -> dict[str, np.ndarray]:
    outs = session.run(list(OUTPUT_NAMES), {"input_ids": ids, "attention_mask": mask})
    return dict(zip(OUTPUT_NAMES, outs, strict=True))


@torch.no_grad()
def run_torch(model: RouterModel, ids: np.ndarray, mask: np.ndarray) -> dict[str, np.ndarray]:
    model.eval()
    outs = model(torch.from_numpy(ids), torch.from_numpy(mask))
    return {name: o.numpy() for name, o in zip(OUTPUT_NAMES, outs, strict=True)}


def parity(
    model: RouterModel,
    tokenizer,  # BatchTokenizer
    texts: Sequence[str],
    fp32_path: Path,
    int8_path: Path | None = None,
    batch_size: int = 32,
) -> dict[str, float]:
    """Max abs diff torch vs ONNX fp32 (every output) and int8 argmax agreement per head."""
    fp32 = onnx_session(fp32_path)
    int8 = onnx_session(int8_path) if int8_path is not None else None
    max_diff = 0.0
    agree: dict[str, list[bool]] = {h: [] for h in ARGMAX_HEADS}
    for start in range(0, len(texts), batch_size):
        ids, mask = tokenizer(list(texts[start : start + batch_size]))
        ref = run_torch(model, ids, mask)
        got = run_onnx(fp32, ids, mask)
        for name in OUTPUT_NAMES:
            max_diff = max(max_diff, float(np.abs(ref[name] - got[name]).max()))
        if int8 is not None:
            q = run_onnx(int8, ids, mask)
            for h in ARGMAX_HEADS:
                agree[h].extend((q[h].argmax(1) == got[h].argmax(1)).tolist())
    out: dict[str, float] = {"fp32_max_abs_diff": max_diff}
    if int8_path is not None:
        for h in ARGMAX_HEADS:
            out[f"int8_argmax_agreement_{h}"] = float(np.mean(agree[h]))
        out["int8_min_argmax_agreement"] = min(out[f"int8_argmax_agreement_{h}"] for h in ARGMAX_HEADS)
    return out
