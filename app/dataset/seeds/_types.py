"""The shape of a hand-written base task, and the schema of a line of a seed file."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


class VariantModel(_Strict):
    complexity: Complexity
    input: str = Field(min_length=1, max_length=2_000)
    context: str = Field(default="", max_length=5_000)

    _input = field_validator("input")(_not_blank)


class SeedModel(_Strict):
    input: str = Field(min_length=1, max_length=2_000)
    context: str = Field(default="", max_length=5_000)
    complexity: Complexity
    domain: Domain
    tags: list[str] = Field(default_factory=list, max_length=16)
    variant: VariantModel | None = None

    _input = field_validator("input")(_not_blank)

    @model_validator(mode="after")
    def _variant_changes_level(self) -> SeedModel:
        if self.variant is not None and self.variant.complexity is self.complexity:
            raise ValueError(f"variant.complexity must differ from the seed's ({self.complexity.value})")
        return self

    def to_seed(self) -> Seed:
        v = self.variant
        return Seed(
            self.input,
            self.context,
            self.complexity,
            self.domain,
            tuple(self.tags),
            Variant(v.complexity, v.input, v.context) if v else None,
        )
