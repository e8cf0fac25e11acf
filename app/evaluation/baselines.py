"""Baseline routers evaluated beside the trained one, on the same data.

* keyword rules: ordered regular expressions for the agent and a scope heuristic for the
  complexity (a stand-in for the keyword routers agent frameworks ship today);
* nearest centroid: cosine similarity to per-label centroids of the training split's
  embeddings, on the same encoder as the router;
* always-sonnet and always-opus: constant tiers (agent from the keyword rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from app.labels import AGENTS, COMPLEXITIES, Agent, Complexity, ModelTier, expected_model

_AGENT_RULES: tuple[tuple[Agent, re.Pattern[str]], ...] = (
    (
        Agent.SECURITY,
        re.compile(
            r"\b(security|vulnerab\w*|cve-?\d*|xss|csrf|ssrf|injection|exploit|threat|pentest|penetration|"
            r"secrets?|credential\w*|encrypt\w*|crypto\w*|gdpr|soc ?2|hipaa|pci|owasp|auth[nz]?|"
            r"permission\w*|privilege\w*|sanitiz\w*|leak\w*)\b",
            re.I,
        ),
    ),
    (
        Agent.REVIEWER,
        re.compile(r"\b(review\w*|pull request|\bpr\b|code quality|maintainab\w*|lint\w*|feedback)\b", re.I),
    ),
    (
        Agent.ARCHITECTURE,
        re.compile(
            r"\b(design|architect\w*|rfc|blueprint|schema|microservices?|scalab\w*|topology|"
            r"system design|event[- ]driven|proposal|plan)\b",
            re.I,
        ),
    ),
    (
        Agent.RESEARCHER,
        re.compile(
            r"\b(research|investigat\w*|compare|comparison|analy[sz]\w*|benchmark\w*|evaluat\w*|document\w*|"
            r"docs?|explain|spike|survey|why)\b",
            re.I,
        ),
    ),
)

_COMPLEX = re.compile(
    r"\b(distributed|architecture|system|migrat\w*|concurren\w*|race|consisten\w*|scal\w*|multi-\w+|"
    r"cluster|end-to-end|overhaul|redesign|across)\b",
    re.I,
)
_SIMPLE = re.compile(r"\b(typo|rename|bump|readme|small|minor|simple|quick|comment|docs?)\b", re.I)


def keyword_agent(text: str) -> Agent:
    for agent, pattern in _AGENT_RULES:
        if pattern.search(text):
            return agent
    return Agent.CODER


def keyword_complexity(text: str) -> Complexity:
    if _COMPLEX.search(text):
        return Complexity.COMPLEX
    if _SIMPLE.search(text) or len(text.split()) < 12:
        return Complexity.SIMPLE
    return Complexity.MODERATE


def keyword_route(text: str) -> tuple[Agent, Complexity, ModelTier]:
    agent, complexity = keyword_agent(text), keyword_complexity(text)
    return agent, complexity, expected_model(agent, complexity)


class NearestCentroid:
    """Cosine nearest-centroid classifier for agent and complexity on L2-normalised embeddings."""

    def __init__(self, embeddings: np.ndarray, agents: Sequence[Agent], complexities: Sequence[Complexity]) -> None:
        self.agent_centroids = self._centroids(embeddings, [AGENTS.index(a) for a in agents], len(AGENTS))
        self.complexity_centroids = self._centroids(
            embeddings, [COMPLEXITIES.index(c) for c in complexities], len(COMPLEXITIES)
        )

    @staticmethod
    def _centroids(x: np.ndarray, y: Sequence[int], k: int) -> np.ndarray:
        labels = np.asarray(y)
        cents = np.zeros((k, x.shape[1]), dtype=np.float64)
        for i in range(k):
            if (labels == i).any():
                c = x[labels == i].mean(axis=0)
                cents[i] = c / (np.linalg.norm(c) or 1.0)
        return cents

    def predict(self, embeddings: np.ndarray) -> list[tuple[Agent, Complexity, ModelTier]]:
        a = (embeddings @ self.agent_centroids.T).argmax(axis=1)
        c = (embeddings @ self.complexity_centroids.T).argmax(axis=1)
        out = []
        for ai, ci in zip(a, c, strict=True):
            agent, complexity = AGENTS[int(ai)], COMPLEXITIES[int(ci)]
            out.append((agent, complexity, expected_model(agent, complexity)))
        return out
