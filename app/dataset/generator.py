"""The Claude Task Dataset generator.

For each category, ``examples_per_category`` base records are drawn from the hand-written
seeds (cycling through them, with fresh slot fillings and paraphrases when more are asked
for than exist). With augmentation on, each base record gets two derived records chosen
from: its hand-written complexity variant, a domain transfer (for slotted seeds), a
paraphrase, or a paraphrase of the variant. The choice is planned so each category's
augmented records keep the complexity mix of its seeds.

Everything is deterministic in ``DatasetConfig``: random generators are seeded from
strings (never from ``hash()``), so the same config gives byte-identical output.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.dataset import augment
from app.dataset.quality import derive_tags, quality_score
from app.dataset.records import Augmentation, TaskRecord
from app.dataset.seeds import Seed, seeds_for
from app.labels import CATEGORIES, Category, Complexity, Domain

MAX_EXAMPLES_PER_CATEGORY = 1_000_000
AUGMENTATIONS_PER_BASE = 2


class DatasetConfig(BaseModel):
    """What to generate. Defaults give the spec's ~1,500-record dataset."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    examples_per_category: int = Field(
        default=100, strict=True, ge=1, le=MAX_EXAMPLES_PER_CATEGORY, description="Base records per category."
    )
    enable_augmentation: bool = Field(default=True, strict=True, description="Add two derived records per base record.")
    seed: int = Field(default=42, strict=True, ge=0, le=2**32 - 1, description="Random seed; same seed, same bytes.")
    train_ratio: float = Field(default=0.70, strict=True, gt=0, lt=1)
    val_ratio: float = Field(default=0.15, strict=True, ge=0, lt=1)
    test_ratio: float = Field(default=0.15, strict=True, ge=0, lt=1)

    @model_validator(mode="after")
    def _ratios_sum_to_one(self) -> DatasetConfig:
        total = self.train_ratio + self.val_ratio + self.test_ratio
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"train_ratio + val_ratio + test_ratio must be 1.0 (got {total:.4f})")
        return self

    @property
    def expected_size(self) -> int:
        per_base = 1 + (AUGMENTATIONS_PER_BASE if self.enable_augmentation else 0)
        return self.examples_per_category * len(CATEGORIES) * per_base

    def digest(self) -> str:
        """A short hash of the config, for manifests and dataset cards."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]


def family_id(category: Category, seed_index: int) -> str:
    return f"{category.agent.value}-{seed_index:03d}"


@dataclass(frozen=True, slots=True)
class _Option:
    code: str
    complexity: Complexity
    preference: float


_PREFERENCE = {"v": 0.0, "t": 0.05, "p": 0.1, "vp": 0.3}


class _MixPlanner:
    """Chooses each base record's augmentations so the complexity mix stays on target."""

    def __init__(self, target: dict[Complexity, float]) -> None:
        self.target = [target[c] for c in Complexity]
        self.counts = [0, 0, 0]
        self.total = 0

    def choose(self, options: list[_Option], k: int) -> list[_Option]:
        """The pair of options (k=2) that keeps the running mix closest to target (ties: preference)."""
        if len(options) <= k:
            chosen = options
        else:
            best_cost, chosen = float("inf"), options[:k]
            total = self.total + k
            for i in range(len(options)):
                for j in range(i + 1, len(options)):
                    a, b = options[i], options[j]
                    cost = a.preference + b.preference
                    for level, count in enumerate(self.counts):
                        count += (a.complexity.rank == level) + (b.complexity.rank == level)
                        cost += abs(count - self.target[level] * total)
                    if cost < best_cost - 1e-9:
                        best_cost, chosen = cost, [a, b]
        for o in chosen:
            self.counts[o.complexity.rank] += 1
        self.total += len(chosen)
        return chosen


class _Dedup:
    """Remembers 8-byte digests of (input, context) so no pair is emitted twice."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()

    def add(self, input_text: str, context: str) -> bool:
        key = hashlib.blake2b(f"{input_text}\x00{context}".encode(), digest_size=8).digest()
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def seed_order(category: Category, count: int, seed: int) -> list[int]:
    """Which seed indices a category uses, in order (a seeded shuffle of all of them)."""
    order = list(range(count))
    random.Random(f"order:{seed}:{category.value}").shuffle(order)
    return order


def used_families(config: DatasetConfig) -> list[tuple[str, Category, Complexity]]:
    """(family, category, complexity) of every base task the config uses, in output order."""
    out = []
    for category in CATEGORIES:
        seeds = seeds_for(category)
        order = seed_order(category, len(seeds), config.seed)
        for sidx in order[: min(config.examples_per_category, len(seeds))]:
            out.append((family_id(category, sidx), category, seeds[sidx].complexity))
    return out


class DatasetGenerator:
    """Generates records lazily; iterate it, or call :meth:`generate` for a list."""

    def __init__(self, config: DatasetConfig | None = None) -> None:
        self.config = config or DatasetConfig()
        self.duplicates_skipped = 0

    def generate(self) -> list[TaskRecord]:
        return list(self)

    def __iter__(self) -> Iterator[TaskRecord]:
        self.duplicates_skipped = 0
        dedup = _Dedup()
        for category in CATEGORIES:
            yield from self._category(category, dedup)

    # -- internals ---------------------------------------------------------

    def _category(self, category: Category, dedup: _Dedup) -> Iterator[TaskRecord]:
        cfg = self.config
        seeds = seeds_for(category)
        order = seed_order(category, len(seeds), cfg.seed)
        mix = Counter(s.complexity for s in seeds)
        planner = _MixPlanner({c: mix[c] / len(seeds) for c in Complexity})
        for i in range(cfg.examples_per_category):
            sidx = order[i % len(seeds)]
            instance = i // len(seeds)
            rng = random.Random(f"rec:{cfg.seed}:{category.value}:{sidx}:{instance}")
            for rec in self._family(category, sidx, seeds[sidx], instance, rng, planner, dedup):
                if rec is None:
                    self.duplicates_skipped += 1
                else:
                    yield rec

    def _family(
        self,
        category: Category,
        sidx: int,
        seed: Seed,
        instance: int,
        rng: random.Random,
        planner: _MixPlanner,
        dedup: _Dedup,
    ) -> Iterator[TaskRecord | None]:
        fam = family_id(category, sidx)
        slots = augment.slots_in(seed.input + " " + seed.context)
        values = augment.choose_fill(slots, seed.domain, rng)
        base_src = (augment.fill(seed.input, values), augment.fill(seed.context, values))
        base_id = fam if instance == 0 else f"{fam}-i{instance}"

        def emit(
            rid: str,
            src: tuple[str, str],
            complexity: Complexity,
            domain: Domain,
            aug: Augmentation,
            parent: str | None,
            rewrite: bool,
        ) -> TaskRecord | None:
            """One record, or None when its (input, context) was already emitted.

            ``src`` is the hand-written (filled) text it is derived from. Beyond the hand-written
            set (instance > 0) every text is paraphrased and its context decorated, with up to
            three more tries when the result collides with an earlier record.
            """
            for _attempt in range(4 if instance > 0 else 2 if rewrite else 1):
                text = src
                if rewrite or instance > 0:
                    text = augment.paraphrase(*src, rng)
                if instance > 0:
                    text = (text[0], augment.decorate_context(text[1], rng))
                if dedup.add(*text):
                    break
            else:
                return None
            return TaskRecord(
                id=rid,
                input=text[0],
                context=text[1],
                category=category,
                complexity=complexity,
                domain=domain,
                quality_score=quality_score(category, complexity, src[0], src[1], aug),
                tags=derive_tags(seed.tags, category, domain, complexity, f"{src[0]} {src[1]}"),
                family=fam,
                augmentation=aug,
                parent=parent,
            )

        base_aug = Augmentation.PARAPHRASE if instance > 0 else Augmentation.NONE
        yield emit(base_id, base_src, seed.complexity, seed.domain, base_aug, fam if instance > 0 else None, False)
        if not self.config.enable_augmentation:
            return

        variant = seed.variant
        options: list[_Option] = [_Option("p", seed.complexity, _PREFERENCE["p"])]
        if variant is not None:
            options.append(_Option("v", variant.complexity, _PREFERENCE["v"]))
            options.append(_Option("vp", variant.complexity, _PREFERENCE["vp"]))
        if slots:
            options.append(_Option("t", seed.complexity, _PREFERENCE["t"]))
        options.sort(key=lambda o: o.preference)
        for opt in planner.choose(options, AUGMENTATIONS_PER_BASE):
            rid = f"{base_id}-{opt.code}"
            if opt.code == "p":
                yield emit(rid, base_src, seed.complexity, seed.domain, Augmentation.PARAPHRASE, base_id, True)
            elif opt.code == "t":
                target = rng.choice(augment.transfer_targets(seed.domain))
                moved = augment.choose_fill(slots, target, rng)
                src = (augment.fill(seed.input, moved), augment.fill(seed.context, moved))
                yield emit(rid, src, seed.complexity, target, Augmentation.DOMAIN_TRANSFER, base_id, False)
            else:
                assert variant is not None
                src = (augment.fill(variant.input, values), augment.fill(variant.context, values))
                yield emit(
                    rid, src, variant.complexity, seed.domain, Augmentation.COMPLEXITY, base_id, opt.code == "vp"
                )


def generate(config: DatasetConfig | None = None) -> list[TaskRecord]:
    """Generate the whole dataset in memory (fine for the default ~1,500 records)."""
    return DatasetGenerator(config).generate()
