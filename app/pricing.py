"""Model tiers' prices and full model ids (documented defaults; configurable)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from app.labels import ModelTier


class TierPrice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    input_per_mtok: float = Field(ge=0, description="USD per million input tokens")
    output_per_mtok: float = Field(ge=0, description="USD per million output tokens")


#: Anthropic list prices (USD per million tokens) of the current Haiku/Sonnet/Opus generation.
DEFAULT_PRICES: dict[ModelTier, TierPrice] = {
    ModelTier.HAIKU: TierPrice(input_per_mtok=1.0, output_per_mtok=5.0),
    ModelTier.SONNET: TierPrice(input_per_mtok=3.0, output_per_mtok=15.0),
    ModelTier.OPUS: TierPrice(input_per_mtok=5.0, output_per_mtok=25.0),
}

DEFAULT_MODEL_IDS: dict[ModelTier, str] = {
    ModelTier.HAIKU: "claude-haiku-4-5",
    ModelTier.SONNET: "claude-sonnet-4-5",
    ModelTier.OPUS: "claude-opus-4-5",
}

#: token mix assumed per routed task when comparing costs (input, output)
DEFAULT_TASK_TOKENS: tuple[int, int] = (4_000, 1_000)


def task_cost(
    tier: ModelTier,
    prices: dict[ModelTier, TierPrice] | None = None,
    tokens: tuple[int, int] = DEFAULT_TASK_TOKENS,
) -> float:
    """USD cost of one task of ``tokens`` (input, output) on ``tier``."""
    p = (prices or DEFAULT_PRICES)[tier]
    return (tokens[0] * p.input_per_mtok + tokens[1] * p.output_per_mtok) / 1_000_000
