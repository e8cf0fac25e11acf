"""Typed dataset records and their validation.

``TaskRecord`` is the in-memory record (cheap to build on the generator's hot path). The
pydantic models below validate records read back from files; field names and enum
spellings are the dataset contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.labels import Agent, Category, Complexity, Domain, ModelTier, expected_model


class Augmentation(StrEnum):
    """How a record was derived from its hand-written base task."""

    NONE = "none"
    PARAPHRASE = "paraphrase"
    COMPLEXITY = "complexity_variation"
    DOMAIN_TRANSFER = "domain_transfer"


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """One example of the Claude Task Dataset plus its provenance."""

    id: str
    input: str
    context: str
    category: Category
    complexity: Complexity
    domain: Domain
    quality_score: float
    tags: tuple[str, ...]
    family: str
    augmentation: Augmentation = Augmentation.NONE
    parent: str | None = None

    @property
    def agent(self) -> Agent:
        return self.category.agent

    @property
    def expected_model(self) -> ModelTier:
        return expected_model(self.category, self.complexity)

    def to_dict(self, *, strict: bool = False) -> dict[str, Any]:
        """The record as JSON-ready data; ``strict`` keeps only the spec's fields."""
        out: dict[str, Any] = {}
        if not strict:
            out["id"] = self.id
        out["input"] = self.input
        out["context"] = self.context
        out["output_agent"] = self.category.agent.value
        out["metadata"] = {
            "category": self.category.value,
            "complexity": self.complexity.value,
            "domain": self.domain.value,
            "expected_model": self.expected_model.value,
            "quality_score": self.quality_score,
            "tags": list(self.tags),
        }
        if not strict:
            out["provenance"] = {
                "family": self.family,
                "augmentation": self.augmentation.value,
                "parent": self.parent,
            }
        return out


# ---------------------------------------------------------------------------
# Validation models (used by the loader)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)


class MetadataModel(_Strict):
    category: Category
    complexity: Complexity
    domain: Domain
    expected_model: ModelTier
    quality_score: float = Field(ge=0.0, le=1.0)
    tags: list[str] = Field(default_factory=list, max_length=64)

    @field_validator("tags")
    @classmethod
    def _tags_are_words(cls, tags: list[str]) -> list[str]:
        for tag in tags:
            if not tag.strip():
                raise ValueError("tags must be non-empty strings")
        return tags


class ProvenanceModel(_Strict):
    family: str = Field(min_length=1, max_length=200)
    augmentation: Augmentation = Augmentation.NONE
    parent: str | None = None


class RecordModel(_Strict):
    id: str | None = Field(default=None, min_length=1, max_length=200)
    input: str = Field(min_length=1, max_length=20_000)
    context: str = Field(default="", max_length=50_000)
    output_agent: Agent
    metadata: MetadataModel
    provenance: ProvenanceModel | None = None

    @field_validator("input")
    @classmethod
    def _input_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("input must not be blank")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> RecordModel:
        if self.output_agent.category != self.metadata.category:
            raise ValueError(
                f"output_agent {self.output_agent.value!r} does not match metadata.category "
                f"{self.metadata.category.value!r} (it must be the lower-cased category)"
            )
        want = expected_model(self.metadata.category, self.metadata.complexity)
        if self.metadata.expected_model != want:
            raise ValueError(
                f"metadata.expected_model {self.metadata.expected_model.value!r} contradicts the "
                f"routing policy ({self.metadata.category.value} x {self.metadata.complexity.value} "
                f"-> {want.value!r})"
            )
        return self

    def to_record(self, fallback_id: str) -> TaskRecord:
        rid = self.id or fallback_id
        prov = self.provenance
        return TaskRecord(
            id=rid,
            input=self.input,
            context=self.context,
            category=self.metadata.category,
            complexity=self.metadata.complexity,
            domain=self.metadata.domain,
            quality_score=self.metadata.quality_score,
            tags=tuple(self.metadata.tags),
            family=prov.family if prov else rid,
            augmentation=prov.augmentation if prov else Augmentation.NONE,
            parent=prov.parent if prov else None,
        )
