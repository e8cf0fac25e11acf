"""A training-time teacher: a (usually larger) sentence encoder whose classifier teaches the student.

``train --teacher PATH_OR_NAME`` loads any sentence-transformers model (a local folder, or a hub name
for a user who has hub access), embeds the training texts once (cached on disk, keyed by the model and
the text), fits logistic-regression heads for agent and complexity on those embeddings and hands the
student **out-of-fold** soft labels: each training record's teacher probabilities come from heads that
did not see that record, so the student learns the teacher's generalisation, not its memory.

The student's heads are then trained on ``(1 - alpha) * cross-entropy(labels) + alpha * KL(teacher ||
student)`` (``TrainConfig.distill_alpha``). The shipped artifact never needs the teacher at run time.
The teacher's own figures on every evaluated file go into the manifest (``teacher.evaluation``), so the
report shows what the teacher would have scored on the same data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.labels import AGENTS, COMPLEXITIES, expected_model

__all__ = ["Teacher", "TeacherError"]


class TeacherError(ValueError):
    """The teacher cannot be loaded or used (message says why)."""


@dataclass(frozen=True)
class SoftLabels:
    agent: np.ndarray  # (n, len(AGENTS)), rows sum to 1
    complexity: np.ndarray  # (n, len(COMPLEXITIES))


def _text_key(model_id: str, text: str) -> str:
    return hashlib.sha256(f"{model_id}\x00{text}".encode()).hexdigest()[:32]


class Teacher:
    def __init__(
        self,
        source: str,
        cache_dir: Path | None = None,
        license: str = "unknown",
        provenance: str = "",
        max_seq_length: int = 128,
    ) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:  # pragma: no cover - the train extra brings it
            raise TeacherError("a teacher needs sentence-transformers: pip install -e '.[train]'") from None
        try:
            self.model = SentenceTransformer(source, device="cpu")
        except Exception as exc:
            raise TeacherError(f"cannot load teacher {source!r}: {type(exc).__name__}: {exc}") from None
        self.model.max_seq_length = max_seq_length
        self.source = source
        self.name = Path(source).name if Path(source).exists() else source
        self.license = license
        self.provenance = provenance
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim() or 0)
        self.params = int(sum(p.numel() for p in self.model.parameters()))
        self.model_id = hashlib.sha256(f"{self.name}:{self.dim}:{self.params}".encode()).hexdigest()[:16]
        self.cache_file = (cache_dir / f"teacher-{self.model_id}.npz") if cache_dir else None
        self._cache: dict[str, np.ndarray] = {}
        if self.cache_file and self.cache_file.is_file():
            data = np.load(self.cache_file)
            self._cache = dict(zip(data["keys"].tolist(), data["vecs"], strict=True))
        self.cache_hits = 0
        self._agent = self._complexity = None

    # -- embeddings ----------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [_text_key(self.model_id, t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache}.items())
        self.cache_hits += len(texts) - len(missing)
        if missing:
            vecs = self.model.encode(
                [t for _, t in missing], batch_size=64, normalize_embeddings=True, convert_to_numpy=True
            )
            for (k, _), v in zip(missing, vecs, strict=True):
                self._cache[k] = v.astype(np.float32)
            if self.cache_file:
                self.cache_file.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.cache_file.with_suffix(".tmp.npz")
                np.savez(tmp, keys=np.array(list(self._cache)), vecs=np.stack(list(self._cache.values())))
                tmp.replace(self.cache_file)
        return np.stack([self._cache[k] for k in keys])

    # -- classifier ----------------------------------------------------------------

    @staticmethod
    def _classifier(seed: int):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=4.0, max_iter=2000, random_state=seed)

    @staticmethod
    def _full_probs(clf, x: np.ndarray, n_classes: int) -> np.ndarray:
        out = np.zeros((len(x), n_classes), dtype=np.float32)
        out[:, clf.classes_] = clf.predict_proba(x)
        return out

    def fit(self, texts: Sequence[str], agent: np.ndarray, complexity: np.ndarray, folds: int = 5, seed: int = 42):
        """Fit the teacher's heads; return out-of-fold soft labels for ``texts``."""
        from sklearn.model_selection import StratifiedKFold

        x = self.embed(texts)
        soft = {}
        for name, y, n in (("agent", agent, len(AGENTS)), ("complexity", complexity, len(COMPLEXITIES))):
            oof = np.zeros((len(x), n), dtype=np.float32)
            k = max(2, min(folds, int(np.bincount(y).min()) if len(y) else 2))
            for tr, te in StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(x, y):
                clf = self._classifier(seed).fit(x[tr], y[tr])
                oof[te] = self._full_probs(clf, x[te], n)
            soft[name] = oof
            setattr(self, f"_{name}", self._classifier(seed).fit(x, y))
        return SoftLabels(agent=soft["agent"], complexity=soft["complexity"])

    def predict(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        if self._agent is None or self._complexity is None:
            raise TeacherError("teacher heads are not fitted")
        x = self.embed(texts)
        return self._full_probs(self._agent, x, len(AGENTS)), self._full_probs(self._complexity, x, len(COMPLEXITIES))

    def evaluate(self, tasks) -> dict[str, Any]:
        """The teacher as a router (argmax agent and complexity, policy tier), scored like the student."""
        from app.evaluation.report import score_routes

        pa, pc = self.predict([t.text for t in tasks])
        routes = []
        for a, c in zip(pa.argmax(1), pc.argmax(1), strict=True):
            agent, cx = AGENTS[int(a)], COMPLEXITIES[int(c)]
            routes.append((agent, cx, expected_model(agent, cx)))
        return score_routes(tasks, routes)

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "license": self.license,
            "provenance": self.provenance,
            "embedding_dim": self.dim,
            "parameters": self.params,
            "cache": str(self.cache_file) if self.cache_file else None,
            "cache_hits": self.cache_hits,
            "used_at_run_time": False,
        }
