"""Feedback corrections as labelled training records (validated like user data).

A correction names the right agent, tier and/or complexity. The record keeps the task text
and takes its labels from the correction, falling back to what was routed:

* agent: ``correct_agent``, else the routed agent;
* complexity: ``correct_complexity``; else, with ``correct_model``, the complexity whose policy
  tier (the dataset contract, :data:`app.labels.ROUTING_POLICY`) is that tier for the agent,
  nearest to the routed complexity; else the routed complexity;
* domain: the routed domain.

Rows that cannot be labelled (no complexity or domain known, or a tier the policy never gives
that agent) are skipped with a reason. Every record is validated by
:class:`app.dataset.records.RecordModel`, exactly like ``--extra-data`` files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from app.dataset.records import RecordModel, TaskRecord
from app.feedback.store import FeedbackRow, FeedbackStore, database_url
from app.labels import COMPLEXITIES, ROUTING_POLICY, Agent, Complexity, ModelTier, expected_model

#: quality score given to feedback records (a person confirmed the labels)
FEEDBACK_QUALITY_SCORE = 0.8


@dataclass
class FeedbackRecords:
    records: list[TaskRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _complexity(row: FeedbackRow, agent: Agent) -> Complexity | str:
    if row.correct_complexity:
        return Complexity(row.correct_complexity)
    routed = Complexity(row.routed_complexity) if row.routed_complexity else None
    if row.correct_model:
        tier = ModelTier(row.correct_model)
        fits = [c for c in COMPLEXITIES if ROUTING_POLICY[agent][c] is tier]
        if not fits:
            return f"the routing policy never sends a {agent.value} task to {tier.value}"
        anchor = routed.rank if routed else Complexity.MODERATE.rank
        return min(fits, key=lambda c: (abs(c.rank - anchor), c.rank))
    if routed is None:
        return "no complexity: neither routed_complexity nor a correction gives one"
    return routed


def record_from_feedback(row: FeedbackRow) -> TaskRecord | str:
    """One correction as a validated record, or the reason it cannot be one."""
    agent = Agent(row.correct_agent or row.routed_agent)
    complexity = _complexity(row, agent)
    if not isinstance(complexity, Complexity):  # (Complexity is a str too: test for it first)
        return f"feedback {row.id}: {complexity}"
    if not row.routed_domain:
        return f"feedback {row.id}: no routed_domain recorded"
    raw = {
        "id": f"feedback-{row.id}",
        "input": row.input,
        "context": row.context or "",
        "output_agent": agent.value,
        "metadata": {
            "category": agent.category.value,
            "complexity": complexity.value,
            "domain": row.routed_domain,
            "expected_model": expected_model(agent, complexity).value,
            "quality_score": FEEDBACK_QUALITY_SCORE,
            "tags": ["feedback", row.outcome],
        },
        "provenance": {"family": f"feedback-{row.id}", "augmentation": "none", "parent": None},
    }
    try:
        return RecordModel.model_validate(raw).to_record(f"feedback-{row.id}")
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"]) or "record"
        return f"feedback {row.id}: field {where}: {err['msg']}"


def feedback_records(target: str) -> FeedbackRecords:
    """Every correction in the feedback database at ``target`` (URL or SQLite path)."""
    store = FeedbackStore(database_url(target))
    out = FeedbackRecords()
    try:
        for row in store.corrections():
            rec = record_from_feedback(row)
            if isinstance(rec, str):
                out.skipped.append(rec)
            else:
                out.records.append(rec)
    finally:
        store.close()
    return out


def write_feedback_file(target: str, path: Path) -> FeedbackRecords:
    """Write the corrections as a dataset-schema JSONL file (for ``train --extra-data``)."""
    from app.dataset.export import dumps

    found = feedback_records(target)
    path.write_text("".join(dumps(r) + "\n" for r in found.records), encoding="utf-8")
    return found
