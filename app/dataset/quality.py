"""Quality scores and tags, computed from each record (spec section "Quality Assurance").

The score combines three things the spec names:

1. template quality: hand-written seeds score highest; paraphrased, transferred and
   complexity-varied records lose a little, because automation or re-labelling adds noise;
2. category appropriateness: each category has its own band (security 0.90-0.96, coder
   0.83-0.90, ...); where a record lands inside its band depends on how specific it is
   (concrete technologies, numbers, identifiers, a context that states constraints);
3. complexity alignment: words that signal scope ("typo", "one-line" vs "distributed",
   "across all services") either agree with the labelled complexity or contradict it;
   contradicting cues mark an ambiguous example and lower the score.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.dataset.records import Augmentation
from app.dataset.vocab import DOMAIN_VOCAB
from app.labels import Category, Complexity, Domain

#: score band per category: (low, high) for hand-written seeds.
CATEGORY_BANDS: dict[Category, tuple[float, float]] = {
    Category.SECURITY: (0.90, 0.96),
    Category.CODER: (0.83, 0.90),
    Category.ARCHITECTURE: (0.84, 0.93),
    Category.RESEARCHER: (0.82, 0.91),
    Category.REVIEWER: (0.82, 0.91),
}

AUGMENTATION_PENALTY: dict[Augmentation, float] = {
    Augmentation.NONE: 0.0,
    Augmentation.COMPLEXITY: 0.02,
    Augmentation.PARAPHRASE: 0.04,
    Augmentation.DOMAIN_TRANSFER: 0.05,
}

AMBIGUITY_PENALTY = 0.05

#: scope cues per complexity level (lower-case, matched on word boundaries).
COMPLEXITY_CUES: dict[Complexity, tuple[str, ...]] = {
    Complexity.SIMPLE: (
        "typo",
        "rename",
        "one-line",
        "one line",
        "single",
        "small",
        "minor",
        "quick",
        "bump",
        "simple",
        "trivial",
        "a few lines",
        "one file",
        "one function",
        "readme",
        "tweak",
        "broken link",
    ),
    Complexity.MODERATE: (
        "several",
        "module",
        "feature",
        "integration",
        "endpoint",
        "component",
        "service",
        "refactor",
        "pagination",
        "caching",
        "tests for",
        "a few",
        "retry",
    ),
    Complexity.COMPLEX: (
        "distributed",
        "architecture",
        "across all",
        "system-wide",
        "org-wide",
        "multi-region",
        "consistency",
        "concurrency",
        "race condition",
        "zero downtime",
        "zero-downtime",
        "migration of",
        "end-to-end",
        "end to end",
        "every service",
        "fault-tolerant",
        "at scale",
        "millions",
        "multi-tenant",
        "consensus",
        "circuit breaker",
        "disaster recovery",
        "overhaul",
        "redesign",
    ),
}

_CUE_PATTERNS = {
    level: re.compile(r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)
    for level, cues in COMPLEXITY_CUES.items()
}

_SPECIFIC = re.compile(r"(\b[A-Z][a-zA-Z0-9]+[A-Z0-9][a-zA-Z0-9]*\b|\b\d[\d.]*\b|`[^`]+`|\w+\(\)|\w+\.\w{1,4}\b)")


def cue_counts(text: str) -> dict[Complexity, int]:
    return {level: len(p.findall(text)) for level, p in _CUE_PATTERNS.items()}


def is_ambiguous(text: str, complexity: Complexity) -> bool:
    """True when the text's scope cues point away from its labelled complexity.

    Cues two levels away (a "typo" in a Complex task) always count; otherwise the other
    levels' cues must outnumber the label's own.
    """
    counts = cue_counts(text)
    own = counts[complexity]
    for level, n in counts.items():
        if n and abs(level.rank - complexity.rank) == 2:
            return True
    others = sum(n for level, n in counts.items() if level is not complexity)
    return others > own + 1


def specificity(input_text: str, context: str) -> float:
    """0..1: how concrete a task is (named technologies, numbers, identifiers, detail)."""
    text = f"{input_text} {context}"
    concrete = len(_SPECIFIC.findall(text))
    words = len(context.split())
    detail = min(words, 45) / 45.0
    return min(1.0, 0.5 * min(concrete, 4) / 4.0 + 0.5 * detail)


@lru_cache(maxsize=1 << 16)
def content_score(category: Category, complexity: Complexity, input_text: str, context: str) -> float:
    """Score of a hand-written (filled) text: category band, specificity, complexity alignment."""
    low, high = CATEGORY_BANDS[category]
    score = low + (high - low) * specificity(input_text, context)
    if is_ambiguous(f"{input_text} {context}", complexity):
        score -= AMBIGUITY_PENALTY
    return score


def quality_score(
    category: Category,
    complexity: Complexity,
    input_text: str,
    context: str,
    augmentation: Augmentation,
) -> float:
    """The record's quality score in [0, 1], rounded to 3 decimals.

    ``input_text``/``context`` are the hand-written text the record comes from (for a
    paraphrase, its source), so the score rates the content and the augmentation penalty
    rates the automation on top of it.
    """
    score = content_score(category, complexity, input_text, context) - AUGMENTATION_PENALTY[augmentation]
    return round(min(1.0, max(0.0, score)), 3)


# ---------------------------------------------------------------------------
# Tags

_DOMAIN_TAG: dict[Domain, str] = {
    Domain.WEB: "web",
    Domain.SYSTEMS: "systems",
    Domain.DATA_SCIENCE: "data-science",
    Domain.MOBILE: "mobile",
    Domain.DEVOPS: "devops",
    Domain.SECURITY: "security",
    Domain.DATABASE: "database",
    Domain.API: "api",
}


def slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


_TERM_TAGS: dict[str, str] = {
    term: slug(term)
    for vocab in DOMAIN_VOCAB.values()
    for slot in ("framework", "lang")
    for term in vocab[slot]
    if len(term) > 2  # "Go", "C", "R" are ordinary words/letters too often
}
_TERM_PATTERN = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(t) for t in sorted(_TERM_TAGS, key=len, reverse=True)) + r")(?![\w])"
)

MAX_TAGS = 8


@lru_cache(maxsize=1 << 16)
def derive_tags(
    seed_tags: tuple[str, ...], category: Category, domain: Domain, complexity: Complexity, text: str
) -> tuple[str, ...]:
    """Seed tags, then technologies named in the text, the domain and the category's focus."""
    tags: list[str] = list(seed_tags)
    for m in _TERM_PATTERN.finditer(text):
        tags.append(_TERM_TAGS[m.group(1)])
    tags.append(_DOMAIN_TAG[domain])
    tags.append(f"{category.agent.value}-task")
    if complexity is Complexity.COMPLEX:
        tags.append("high-stakes")
    seen: dict[str, None] = {}
    for tag in tags:
        if tag and tag not in seen:
            seen[tag] = None
    return tuple(list(seen)[:MAX_TAGS])
