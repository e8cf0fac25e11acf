"""Does an evaluation file overlap the router's own training data?

Figures on records the router trained on overstate what it does on new requests (``eval`` on a split
of the default ``dataset generate`` shares most of its families with the shipped router's training
split). The training texts are rebuilt from what the manifest records: the generated dataset's config
(its train and val splits) and, when the corpus was used and is unchanged, the corpus's train and val
parts. Texts are compared as the router reads them (``task_text``), and by ``input`` alone (the
title-only views of training). No torch needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.text import task_text


@dataclass(frozen=True)
class Overlap:
    checked: int
    overlapping: int
    note: str = ""  # what could not be checked

    @property
    def share(self) -> float:
        return self.overlapping / self.checked if self.checked else 0.0

    def warning(self) -> str | None:
        if not self.overlapping and not self.note:
            return None
        parts = []
        if self.overlapping:
            parts.append(
                f"{self.overlapping} of {self.checked} evaluated tasks ({self.share:.0%}) are in the router's training "
                "data: their figures overstate accuracy on new requests; evaluate on data the router has not seen"
            )
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)


def training_texts(manifest: Mapping[str, Any]) -> tuple[set[str], str]:
    """(the texts the router trained or selected epochs on, a note on what could not be rebuilt)."""
    from app.dataset.generator import DatasetConfig, generate
    from app.dataset.split import Split, split_records

    texts: set[str] = set()
    notes: list[str] = []
    dataset = manifest.get("dataset") or {}
    if dataset.get("config"):
        config = DatasetConfig(**dataset["config"])
        splits = split_records(generate(config), (config.train_ratio, config.val_ratio, config.test_ratio), config.seed)
        for record in (*splits[Split.TRAIN], *splits[Split.VAL]):
            texts.add(task_text(record.input, record.context))
            texts.add(task_text(record.input))
    corpus = manifest.get("corpus") or {}
    if corpus.get("used"):
        from app.dataset.corpus import corpus_digest, load_corpus, split_corpus

        items = load_corpus()
        if corpus_digest(items) == corpus.get("sha256"):
            parts = split_corpus(items, int(corpus.get("split_seed", 42)))
            for record in (*parts[Split.TRAIN], *parts[Split.VAL]):
                texts.add(task_text(record.input, record.context))
        else:
            notes.append("the corpus changed since this router was trained, so its overlap was not checked")
    extra = int((dataset.get("sizes") or {}).get("extra", 0))
    if extra:
        notes.append(f"the {extra} --extra-data records it trained on are not known here and were not checked")
    return texts, "; ".join(notes)


def overlap(manifest: Mapping[str, Any], eval_texts: Iterable[str]) -> Overlap:
    known, note = training_texts(manifest)
    evaluated = list(eval_texts)
    return Overlap(len(evaluated), sum(t in known for t in evaluated), note)
