"""Paraphrasing and slot filling."""

from __future__ import annotations

import random

import pytest

from app.dataset import augment
from app.dataset.vocab import DOMAIN_VOCAB, SLOTS
from app.labels import Domain


def test_synonyms_respect_word_boundaries_and_case():
    text = "Implementation of the implemented IMPLEMENT step; implement it"
    for seed in range(50):
        out = augment.replace_synonyms(text, random.Random(seed), rate=1.0)
        words = out.split()
        assert words[0] == "Implementation"  # "implement" inside a longer word is never touched
        assert words[3] in {"built", "written", "developed"}  # inflected form from its own entry
        assert words[4] in {"BUILD", "WRITE", "DEVELOP"}  # all-caps stays all-caps
        assert out.endswith((" build it", " write it", " develop it"))
        assert "createation" not in out.lower()


def test_verb_only_words_are_not_replaced_as_nouns():
    rng = random.Random(1)
    out = augment.replace_synonyms("The fix breaks CI", rng, rate=1.0)
    assert out == "The fix breaks CI"
    out = augment.replace_synonyms("Fix the build", rng, rate=1.0)
    assert out.split()[0] in {"Resolve", "Repair", "Correct"}


@pytest.mark.parametrize(
    "text",
    [
        "Implement a function to validate user input",
        "feat: add retry",
        "Why is the build slow?",
        "[Bug] crash on start",
        "flaky login test",
        "Kotlin coroutine leak in CheckoutViewModel",
    ],
)
def test_paraphrase_always_differs(text):
    for seed in range(30):
        new_in, _ = augment.paraphrase(text, "Context sentence one. Context sentence two.", random.Random(seed))
        assert new_in != text


def test_wrapping_keeps_proper_nouns_capitalised():
    outs = {augment.restructure("Kotlin coroutine leak", random.Random(s)) for s in range(40)}
    assert all("Kotlin" in o for o in outs)


def test_fill_rejects_unknown_and_missing_slots():
    with pytest.raises(augment.PlaceholderError):
        augment.slots_in("Optimize {widget}")
    with pytest.raises(augment.PlaceholderError):
        augment.fill("Optimize {component}", {})


def test_domain_vocabularies_are_complete_and_disjoint():
    for domain in Domain:
        assert set(DOMAIN_VOCAB[domain]) == set(SLOTS)
    fills = {
        d: augment.fill("Optimize {component} rendering", {"component": DOMAIN_VOCAB[d]["component"][0]})
        for d in Domain
    }
    assert len(set(fills.values())) == len(Domain)
