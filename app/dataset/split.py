"""Train/val/test split, stratified by category x complexity and grouped by family.

A family is a hand-written base task with all records derived from it. Whole families go
to one split, so the test split measures generalisation to unseen tasks, not memory of
paraphrases. Families are stratified by (category, complexity of the base task) and,
inside each stratum, dealt in a seeded order to whichever split is furthest below its
target share (weighted by the family's record count).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from enum import StrEnum

from app.dataset.records import Augmentation, TaskRecord


class Split(StrEnum):
    TRAIN = "train"
    VAL = "val"
    TEST = "test"


def assign_families(
    families: Iterable[tuple[str, Hashable, int]],
    ratios: tuple[float, float, float] = (0.70, 0.15, 0.15),
    seed: int = 42,
) -> dict[str, Split]:
    """Map each family to a split.

    ``families`` yields ``(family, stratum, weight)``; a family listed twice adds weights.
    """
    weights: dict[str, int] = defaultdict(int)
    strata: dict[str, Hashable] = {}
    for fam, stratum, weight in families:
        weights[fam] += weight
        strata.setdefault(fam, stratum)
    by_stratum: dict[Hashable, list[str]] = defaultdict(list)
    for fam in sorted(weights):
        by_stratum[strata[fam]].append(fam)

    splits = list(Split)
    global_count = dict.fromkeys(splits, 0)
    out: dict[str, Split] = {}
    for stratum in sorted(by_stratum, key=str):
        fams = by_stratum[stratum]
        random.Random(f"split:{seed}:{stratum}").shuffle(fams)
        local = dict.fromkeys(splits, 0)
        for fam in fams:
            w = weights[fam]
            local_total = sum(local.values()) + w
            global_total = sum(global_count.values()) + w

            best = max(
                splits,
                key=lambda s, lt=local_total, gt=global_total, loc=local: (
                    ratios[splits.index(s)] * lt - loc[s],
                    ratios[splits.index(s)] * gt - global_count[s],
                ),
            )
            out[fam] = best
            local[best] += w
            global_count[best] += w
    return out


def split_records(
    records: Sequence[TaskRecord],
    ratios: tuple[float, float, float] = (0.70, 0.15, 0.15),
    seed: int = 42,
) -> dict[Split, list[TaskRecord]]:
    """Split records (any source) into train/val/test, keeping each family whole."""
    base_complexity: dict[str, str] = {}
    for rec in records:
        if rec.augmentation is Augmentation.NONE:
            base_complexity[rec.family] = rec.complexity.value
        else:
            base_complexity.setdefault(rec.family, rec.complexity.value)
    items = [(r.family, (r.category.value, base_complexity[r.family]), 1) for r in records]
    assignment = assign_families(items, ratios, seed)
    out: dict[Split, list[TaskRecord]] = {s: [] for s in Split}
    for rec in records:
        out[assignment[rec.family]].append(rec)
    return out
