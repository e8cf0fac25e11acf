"""Labels and the routing policy: the one source of truth.

Every other module (generator, trainer, exporter, service) imports the enums and the
policy table from here. Enum values are the exact spellings of the dataset contract
(``../shared/spec/claude-task-dataset.md``).
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """Task category as written in ``metadata.category``."""

    CODER = "Coder"
    RESEARCHER = "Researcher"
    SECURITY = "Security"
    ARCHITECTURE = "Architecture"
    REVIEWER = "Reviewer"

    @property
    def agent(self) -> Agent:
        return _CATEGORY_AGENT[self]


class Agent(StrEnum):
    """Agent name as written in ``output_agent`` (always the lower-cased category)."""

    CODER = "coder"
    RESEARCHER = "researcher"
    SECURITY = "security"
    ARCHITECTURE = "architecture"
    REVIEWER = "reviewer"

    @property
    def category(self) -> Category:
        return _AGENT_CATEGORY[self]


class Complexity(StrEnum):
    SIMPLE = "Simple"
    MODERATE = "Moderate"
    COMPLEX = "Complex"

    @property
    def rank(self) -> int:
        return _RANK[self]


class Domain(StrEnum):
    WEB = "Web"
    SYSTEMS = "Systems"
    DATA_SCIENCE = "DataScience"
    MOBILE = "Mobile"
    DEVOPS = "DevOps"
    SECURITY = "Security"
    DATABASE = "Database"
    API = "Api"


class ModelTier(StrEnum):
    """Claude model tier, cheapest first."""

    HAIKU = "haiku"
    SONNET = "sonnet"
    OPUS = "opus"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def from_rank(cls, rank: int) -> ModelTier:
        tiers = list(cls)
        return tiers[max(0, min(len(tiers) - 1, rank))]


_CATEGORY_AGENT: dict[Category, Agent] = {c: Agent(c.value.lower()) for c in Category}
_AGENT_CATEGORY: dict[Agent, Category] = {a: c for c, a in _CATEGORY_AGENT.items()}
_RANK: dict[StrEnum, int] = {
    **{c: i for i, c in enumerate(Complexity)},
    **{m: i for i, m in enumerate(ModelTier)},
}

_H, _S, _O = ModelTier.HAIKU, ModelTier.SONNET, ModelTier.OPUS

#: category x complexity -> model tier (NOTES.md, "The contract").
ROUTING_POLICY: dict[Agent, dict[Complexity, ModelTier]] = {
    Agent.CODER: {Complexity.SIMPLE: _H, Complexity.MODERATE: _S, Complexity.COMPLEX: _O},
    Agent.RESEARCHER: {Complexity.SIMPLE: _H, Complexity.MODERATE: _S, Complexity.COMPLEX: _S},
    Agent.SECURITY: {Complexity.SIMPLE: _O, Complexity.MODERATE: _O, Complexity.COMPLEX: _O},
    Agent.ARCHITECTURE: {Complexity.SIMPLE: _S, Complexity.MODERATE: _O, Complexity.COMPLEX: _O},
    Agent.REVIEWER: {Complexity.SIMPLE: _H, Complexity.MODERATE: _S, Complexity.COMPLEX: _S},
}


def expected_model(agent: Agent | Category, complexity: Complexity) -> ModelTier:
    """The policy's model tier for an agent (or category) at a complexity level."""
    if isinstance(agent, Category):
        agent = _CATEGORY_AGENT[agent]
    elif not isinstance(agent, Agent):
        agent = Agent(agent)
    if not isinstance(complexity, Complexity):
        complexity = Complexity(complexity)
    return ROUTING_POLICY[agent][complexity]


def policy_as_json() -> dict[str, dict[str, str]]:
    """The policy table with plain string keys, for manifests and docs."""
    return {a.value: {c.value: m.value for c, m in row.items()} for a, row in ROUTING_POLICY.items()}


AGENTS: tuple[Agent, ...] = tuple(Agent)
CATEGORIES: tuple[Category, ...] = tuple(Category)
COMPLEXITIES: tuple[Complexity, ...] = tuple(Complexity)
DOMAINS: tuple[Domain, ...] = tuple(Domain)
MODEL_TIERS: tuple[ModelTier, ...] = tuple(ModelTier)
