"""The generator: schema, policy, placeholders, augmentation, distribution, determinism."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from app.dataset.augment import slots_in
from app.dataset.generator import DatasetConfig, DatasetGenerator, generate
from app.dataset.records import Augmentation, RecordModel
from app.dataset.seeds import seeds_for
from app.labels import CATEGORIES, Complexity, Domain, expected_model

PLACEHOLDER = re.compile(r"\{[^}]*\}|\{|\}")


def test_every_category_has_at_least_100_distinct_seeds_covering_levels_and_domains():
    all_inputs = []
    for cat in CATEGORIES:
        seeds = seeds_for(cat)
        assert len(seeds) >= 100, cat
        assert {s.complexity for s in seeds} == set(Complexity), cat
        assert len({s.domain for s in seeds}) >= 6, cat
        for s in seeds:
            slots_in(s.input + s.context)  # raises on unknown slots
            assert s.variant is not None and s.variant.complexity is not s.complexity
            all_inputs += [s.input.lower(), s.variant.input.lower()]
    assert len(set(all_inputs)) == len(all_inputs) >= 1000


def test_default_size_and_shape(default_records):
    recs = default_records
    assert 1400 <= len(recs) <= 1500
    aug = Counter(r.augmentation for r in recs)
    assert aug[Augmentation.NONE] == 500
    assert 900 <= len(recs) - 500 <= 1000
    for a in (Augmentation.PARAPHRASE, Augmentation.COMPLEXITY, Augmentation.DOMAIN_TRANSFER):
        assert aug[a] >= 100, aug


def test_records_follow_the_contract(default_records):
    for r in default_records:
        d = r.to_dict()
        assert set(d) == {"id", "input", "context", "output_agent", "metadata", "provenance"}
        assert set(d["metadata"]) == {"category", "complexity", "domain", "expected_model", "quality_score", "tags"}
        assert d["output_agent"] == d["metadata"]["category"].lower()
        RecordModel.model_validate(d)  # enums, ranges and policy consistency
        strict = r.to_dict(strict=True)
        assert set(strict) == {"input", "context", "output_agent", "metadata"}


def test_expected_model_always_follows_policy(default_records):
    for r in default_records:
        assert r.to_dict()["metadata"]["expected_model"] == expected_model(r.category, r.complexity).value


def test_no_placeholder_ever_survives():
    cfg = DatasetConfig(examples_per_category=230, seed=7)  # cycles seeds: fresh fills and paraphrases
    for r in DatasetGenerator(cfg):
        assert not PLACEHOLDER.search(r.input), r.input
        assert not PLACEHOLDER.search(r.context), r.context


def test_no_duplicate_input_context_pairs(default_records):
    pairs = [(r.input, r.context) for r in default_records]
    assert len(set(pairs)) == len(pairs)
    assert len({r.id for r in default_records}) == len(default_records)


def test_distribution_within_tolerance(default_records):
    n = len(default_records)
    cats = Counter(r.category for r in default_records)
    for c in CATEGORIES:
        assert abs(cats[c] / n - 0.20) <= 0.01, cats
    cx = Counter(r.complexity for r in default_records)
    for level, share in ((Complexity.SIMPLE, 0.33), (Complexity.MODERATE, 0.40), (Complexity.COMPLEX, 0.27)):
        assert abs(cx[level] / n - share) <= 0.04, cx
    doms = Counter(r.domain for r in default_records)
    assert set(doms) == set(Domain)


def _by_id(records):
    return {r.id: r for r in records}


def test_augmentations_really_change_text(default_records):
    ids = _by_id(default_records)
    checked = Counter()
    for r in default_records:
        if r.augmentation is Augmentation.NONE:
            continue
        parent = ids[r.parent]
        assert r.family == parent.family
        assert (r.input, r.context) != (parent.input, parent.context)
        if r.augmentation is Augmentation.PARAPHRASE:
            assert r.input != parent.input  # paraphrases never copy their source's input
            assert r.complexity is parent.complexity and r.domain is parent.domain
        elif r.augmentation is Augmentation.COMPLEXITY:
            assert r.complexity is not parent.complexity
            assert r.input != parent.input and r.context != parent.context
        elif r.augmentation is Augmentation.DOMAIN_TRANSFER:
            assert r.domain is not parent.domain
            assert r.input + r.context != parent.input + parent.context
        checked[r.augmentation] += 1
    assert len(checked) == 3


def test_quality_scores_are_computed_not_constant(default_records):
    seeds = [r.quality_score for r in default_records if r.augmentation is Augmentation.NONE]
    assert min(seeds) >= 0.75 and max(seeds) <= 0.96
    assert len(set(seeds)) > 50
    by_cat = {}
    for r in default_records:
        if r.augmentation is Augmentation.NONE:
            by_cat.setdefault(r.category.value, []).append(r.quality_score)
    mean = {k: sum(v) / len(v) for k, v in by_cat.items()}
    assert mean["Security"] == max(mean.values())
    base = {r.family: r.quality_score for r in default_records if r.augmentation is Augmentation.NONE}
    para = [r for r in default_records if r.augmentation is Augmentation.PARAPHRASE]
    lower = sum(1 for r in para if r.quality_score < base[r.family])
    assert lower / len(para) > 0.8


def test_tags_derived_from_task_category_and_domain(default_records):
    domain_tag = {"DataScience": "data-science"}
    for r in default_records:
        assert 2 <= len(r.tags) <= 8
        assert domain_tag.get(r.domain.value, r.domain.value.lower()) in r.tags
        assert f"{r.agent.value}-task" in r.tags


def test_same_config_same_records_and_different_seed_differs():
    a = generate(DatasetConfig(seed=3))
    b = generate(DatasetConfig(seed=3))
    c = generate(DatasetConfig(seed=4))
    assert [x.to_dict() for x in a] == [x.to_dict() for x in b]
    assert [x.to_dict() for x in a] != [x.to_dict() for x in c]


def test_no_augmentation_gives_base_records_only():
    recs = generate(DatasetConfig(examples_per_category=10, enable_augmentation=False))
    assert len(recs) == 50
    assert all(r.augmentation is Augmentation.NONE for r in recs)


@pytest.mark.parametrize(
    "bad",
    [
        {"examples_per_category": 0},
        {"examples_per_category": -5},
        {"seed": -1},
        {"train_ratio": 0.9, "val_ratio": 0.2, "test_ratio": 0.1},
        {"unknown": 1},
    ],
)
def test_bad_config_is_rejected(bad):
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        DatasetConfig(**bad)
