"""The ONNX router engine: verified artifacts in, per-head probabilities out.

Synchronous and pure: ``predict`` takes texts and returns numpy arrays; it never touches
asyncio (the service's batcher calls it from a worker thread). Texts are tokenised without
padding, sorted by length and run in sub-batches of similar length, so a batch of short
tasks never pays for one long task's padding.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.artifacts import (
    MODEL_FP32_FILE,
    MODEL_INT8_FILE,
    OUTPUT_NAMES,
    TOKENIZER_FILE,
    ArtifactError,
    verify_artifacts,
)

log = logging.getLogger(__name__)

OUTPUTS = OUTPUT_NAMES

#: extra padding tokens a sub-batch may carry, relative to its real tokens.
PADDING_SLACK = 0.25


@dataclass(frozen=True, slots=True)
class EngineOptions:
    variant: str = "int8"  # "int8" or "fp32"
    provider: str = "auto"  # "auto", "cpu" or "cuda"
    intra_op_threads: int = 0  # 0: onnxruntime's default (all cores)
    inter_op_threads: int = 1
    max_batch_size: int = 64
    verify_checksums: bool = True
    allow_spinning: bool = False  # busy-wait of idle intra-op threads: lower latency alone, worse when CPUs are shared


def _providers(choice: str) -> list[str]:
    import onnxruntime as ort

    available = ort.get_available_providers()
    if choice == "cpu":
        return ["CPUExecutionProvider"]
    if choice == "cuda":
        if "CUDAExecutionProvider" not in available:
            raise ArtifactError("CUDA execution provider requested but onnxruntime-gpu with a GPU is not available")
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    if "CUDAExecutionProvider" in available:
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


class RouterEngine:
    """Loads ``model_artifacts/`` (verified against the manifest) into onnxruntime."""

    def __init__(self, folder: Path | str, options: EngineOptions | None = None) -> None:
        import onnxruntime as ort

        from app.inference.tokenizer import BatchTokenizer

        self.folder = Path(folder)
        self.options = options or EngineOptions()
        model_file = MODEL_INT8_FILE if self.options.variant == "int8" else MODEL_FP32_FILE
        if self.options.verify_checksums:
            self.manifest = verify_artifacts(self.folder, required=[model_file, TOKENIZER_FILE])
        else:
            from app.artifacts import read_manifest

            self.manifest = read_manifest(self.folder)
        model_path = self.folder / model_file
        if not model_path.is_file():
            raise ArtifactError(f"router model file missing: {model_path}", model_path)
        self.max_length = int(self.manifest.get("max_seq_length", 128))
        tokenizer_path = self.folder / TOKENIZER_FILE
        try:
            self.tokenizer = BatchTokenizer(tokenizer_path, self.max_length)
        except Exception as exc:  # tokenizers raises its own exception type for a missing or corrupt file
            raise ArtifactError(
                f"router tokenizer cannot be loaded: {tokenizer_path} ({exc.__class__.__name__})", tokenizer_path
            ) from None
        so = ort.SessionOptions()
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if self.options.intra_op_threads:
            so.intra_op_num_threads = self.options.intra_op_threads
        so.inter_op_num_threads = max(1, self.options.inter_op_threads)
        so.log_severity_level = 3
        so.add_session_config_entry("session.intra_op.allow_spinning", "1" if self.options.allow_spinning else "0")
        wanted = _providers(self.options.provider)  # its own clear error when CUDA is asked for and absent
        try:
            self.session = ort.InferenceSession(str(model_path), sess_options=so, providers=wanted)
        except Exception as exc:  # onnxruntime raises its own exception types for corrupt models
            raise ArtifactError(
                f"router model cannot be loaded: {model_path} ({exc.__class__.__name__})", model_path
            ) from None
        active = self.session.get_providers()
        if "CUDAExecutionProvider" in wanted and "CUDAExecutionProvider" not in active:
            # onnxruntime-gpu advertises CUDA even when its CUDA/cuDNN libraries fail to load; the session
            # then silently runs on the CPU. Trust the session, not get_available_providers().
            if self.options.provider == "cuda":
                raise ArtifactError(
                    "CUDA execution provider requested, but the onnxruntime session could not use it (CUDA or "
                    "cuDNN libraries missing or not matching onnxruntime-gpu); it would run on "
                    f"{', '.join(active)}. Install matching CUDA libraries or set ROUTER_PROVIDER=cpu"
                )
            log.warning("onnxruntime advertises CUDA but the session runs on %s", ", ".join(active))
        names = [o.name for o in self.session.get_outputs()]
        missing = [n for n in OUTPUTS if n not in names]
        if missing:
            raise ArtifactError(f"router model lacks outputs {missing}: {model_path}", model_path)
        self.providers = active
        self.labels: dict[str, list[str]] = self.manifest["labels"]
        self.version = str(self.manifest.get("router_version", "unknown"))

    # -- inference -----------------------------------------------------------

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> dict[str, np.ndarray]:
        outs = self.session.run(list(OUTPUTS), {"input_ids": ids, "attention_mask": mask})
        return dict(zip(OUTPUTS, outs, strict=True))

    def plan_batches(self, lengths: Sequence[int]) -> list[list[int]]:
        """Indices grouped into sub-batches of similar token length."""
        order = sorted(range(len(lengths)), key=lambda i: lengths[i])
        batches: list[list[int]] = []
        current: list[int] = []
        real = 0
        for i in order:
            n = lengths[i]
            width = max(n, max((lengths[j] for j in current), default=0))
            padded = width * (len(current) + 1)
            if current and (
                len(current) >= self.options.max_batch_size or padded - (real + n) > PADDING_SLACK * (real + n)
            ):
                batches.append(current)
                current, real = [], 0
            current.append(i)
            real += n
        if current:
            batches.append(current)
        return batches

    def predict(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Probabilities of every head for ``texts`` (rows in input order)."""
        if not texts:
            raise ValueError("predict() needs at least one text")
        encodings = self.tokenizer.encode_unpadded(texts)
        lengths = [len(e) for e in encodings]
        results: dict[str, np.ndarray] | None = None
        for batch in self.plan_batches(lengths):
            width = max(lengths[i] for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : lengths[i]] = encodings[i]
                mask[row, : lengths[i]] = 1
            out = self._run(ids, mask)
            if results is None:
                results = {k: np.empty((len(texts), *v.shape[1:]), dtype=v.dtype) for k, v in out.items()}
            for k, v in out.items():
                results[k][batch] = v
        assert results is not None
        return results

    def warmup(self) -> None:
        self.predict(["warm up the router", "Design a multi-region failover plan for the payments database"])

    def cost(self, text: str) -> int:
        """A text's work in estimated tokens (about 4 characters each, capped at ``max_length``): the unit
        the micro-batcher counts admission and batch budgets in. Cheap: no tokenisation on the event loop."""
        return min(self.max_length, len(text) // 4 + 2)

    def calibrate(self, repeats: int = 2) -> tuple[float, int]:
        """(seconds per unit of cost, fixed cost of one call in units) on this machine: medians of one short
        text and of four full-length texts, each run ``repeats`` times after warm-up."""
        import time

        short, full = ["rename a variable"], ["word " * (4 * self.max_length)] * 4

        def timed(texts: list[str]) -> float:
            runs = []
            for _ in range(repeats):
                started = time.perf_counter()
                self.predict(texts)
                runs.append(time.perf_counter() - started)
            return sorted(runs)[len(runs) // 2]

        t_short, t_full = timed(short), timed(full)
        c_short, c_full = sum(map(self.cost, short)), sum(map(self.cost, full))
        per_cost = max((t_full - t_short) / (c_full - c_short), 1e-9)
        overhead = max(0, round(t_short / per_cost) - c_short)
        return per_cost, overhead

    def describe(self) -> dict[str, Any]:
        return {
            "router_version": self.version,
            "variant": self.options.variant,
            "providers": self.providers,
            "max_seq_length": self.max_length,
        }
