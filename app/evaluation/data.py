"""Labelled evaluation data in either schema.

* the dataset schema (``input``, ``context``, ``output_agent``, ``metadata{...}``), or
* the real-task schema of ``real_tasks_dev.jsonl`` (``input``, ``context``, ``agent``,
  ``complexity``, ``domain``, ``expected_model``; extra keys such as ``source`` ignored).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.dataset.loader import DatasetFileError, load_records
from app.labels import Agent, Complexity, Domain, ModelTier
from app.text import task_text


@dataclass(frozen=True, slots=True)
class LabelledTask:
    id: str
    input: str
    context: str
    agent: Agent
    complexity: Complexity
    domain: Domain
    expected_model: ModelTier

    @property
    def text(self) -> str:
        return task_text(self.input, self.context)


class _RealTask(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    input: str = Field(min_length=1)
    context: str = ""
    agent: Agent
    complexity: Complexity
    domain: Domain
    expected_model: ModelTier


def _is_dataset_schema(first: dict) -> bool:
    return "output_agent" in first or "metadata" in first


def load_labelled(path: str | Path) -> list[LabelledTask]:
    """Read a labelled JSONL/JSON/Parquet file in either schema; errors name line and field."""
    path = Path(path)
    if not path.is_file():
        raise DatasetFileError(path, [f"{path}: no such file"])
    first: dict = {}
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    try:
                        first = json.loads(line)
                    except json.JSONDecodeError:
                        first = {"output_agent": None}  # let the dataset loader report it
                    break
    if path.suffix.lower() != ".jsonl" or _is_dataset_schema(first):
        return [
            LabelledTask(r.id, r.input, r.context, r.agent, r.complexity, r.domain, r.expected_model)
            for r in load_records(path)
        ]
    out: list[LabelledTask] = []
    problems: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = _RealTask.model_validate_json(line)
            except ValidationError as exc:
                for err in exc.errors(include_url=False):
                    loc = ".".join(str(p) for p in err["loc"]) or "record"
                    problems.append(f"{path}:{lineno}: field {loc}: {err['msg']}")
                continue
            out.append(
                LabelledTask(
                    row.id or f"{path.stem}-{lineno}",
                    row.input,
                    row.context,
                    row.agent,
                    row.complexity,
                    row.domain,
                    row.expected_model,
                )
            )
    if problems:
        raise DatasetFileError(path, problems)
    return out
