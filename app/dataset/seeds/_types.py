"""The shape of a hand-written base task."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.labels import Complexity, Domain


@dataclass(frozen=True, slots=True)
class Variant:
    """The same task rewritten at another complexity level (scope really changes)."""

    complexity: Complexity
    input: str
    context: str


@dataclass(frozen=True, slots=True)
class Seed:
    """One hand-written base task.

    ``input``/``context`` may contain slots from ``app.dataset.vocab.SLOTS`` written as
    ``{framework}``; they are filled from the domain's vocabulary. ``variant`` (optional)
    is a hand rewrite at a different complexity level and may use the same slots.
    """

    input: str
    context: str
    complexity: Complexity
    domain: Domain
    tags: tuple[str, ...]
    variant: Variant | None = field(default=None)
