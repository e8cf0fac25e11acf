"""Reading dataset files back into typed records, with errors a person can act on.

``load_records`` reads JSONL, JSON (an array) or Parquet, chosen by file extension. It
validates everything before returning: a bad record raises ``DatasetFileError`` naming the
file, the line (JSONL) or record index (JSON, Parquet) and the field, and nothing is
returned partially.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.dataset.records import RecordModel, TaskRecord

MAX_ERRORS = 20

M = TypeVar("M", bound=BaseModel)


class DatasetFileError(ValueError):
    """A dataset file could not be read or holds invalid records."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        shown = problems[:MAX_ERRORS]
        more = f"\n... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        super().__init__("\n".join(shown) + more)


def _describe(exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(p) for p in err["loc"]) or "record"
        out.append(f"field {loc}: {err['msg']}")
    return out


def _validate(obj: Any, where: str, fallback_id: str, problems: list[str]) -> TaskRecord | None:
    if not isinstance(obj, dict):
        problems.append(f"{where}: expected a JSON object, got {type(obj).__name__}")
        return None
    try:
        return RecordModel.model_validate(obj).to_record(fallback_id)
    except ValidationError as exc:
        problems.extend(f"{where}: {msg}" for msg in _describe(exc))
        return None


def _iter_raw(path: Path) -> Iterator[tuple[str, Any | Exception]]:
    """(location, parsed object or the parse error) for each record in the file."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("r", encoding="utf-8", errors="strict") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    yield f"{path}:{lineno}", json.loads(line)
                except json.JSONDecodeError as exc:
                    yield f"{path}:{lineno}", ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})")
    elif suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            yield f"{path}:{exc.lineno}", ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})")
            return
        if not isinstance(data, list):
            yield str(path), ValueError("expected a JSON array of records")
            return
        for i, obj in enumerate(data):
            yield f"{path}: record {i}", obj
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path)
        except Exception as exc:  # pyarrow raises several types for corrupt files
            yield str(path), ValueError(f"not a readable Parquet file ({exc.__class__.__name__})")
            return
        for i, obj in enumerate(table.to_pylist()):
            if isinstance(obj, dict) and obj.get("provenance") is None:
                obj.pop("provenance", None)
            yield f"{path}: record {i}", obj
    else:
        raise DatasetFileError(path, [f"{path}: unsupported file type {suffix!r} (use .jsonl, .json or .parquet)"])


def _placeholder_pattern():  # compiled once, lazily
    import re

    from app.dataset.vocab import SLOTS

    return re.compile(r"\{(" + "|".join(SLOTS) + r")\}")


def _content_problems(records: list[TaskRecord], where: list[str]) -> list[str]:
    """What validates field by field but is still wrong: unfilled generator slots and repeated ids."""
    problems: list[str] = []
    slot = _placeholder_pattern()
    first: dict[str, str] = {}
    for rec, loc in zip(records, where, strict=True):
        for name, text in (("input", rec.input), ("context", rec.context)):
            found = slot.search(text)
            if found:
                problems.append(f"{loc}: field {name}: unfilled placeholder {found.group(0)} (a template slot)")
        if rec.id in first:
            problems.append(f"{loc}: field id: duplicate id {rec.id!r} (first at {first[rec.id]})")
        else:
            first[rec.id] = loc
    return problems


def load_records(path: str | Path) -> list[TaskRecord]:
    """Load and validate every record of a dataset file, or raise ``DatasetFileError``.

    Beyond each record's fields: the file must hold at least one record, no text may keep an unfilled
    template slot (``{framework}``, ...), and ids are unique."""
    path = Path(path)
    if not path.is_file():
        raise DatasetFileError(path, [f"{path}: no such file"])
    problems: list[str] = []
    records: list[TaskRecord] = []
    places: list[str] = []
    try:
        for i, (where, obj) in enumerate(_iter_raw(path)):
            if isinstance(obj, Exception):
                problems.append(f"{where}: {obj}")
                continue
            rec = _validate(obj, where, f"{path.stem}-{i}", problems)
            if rec is not None:
                records.append(rec)
                places.append(where)
            if len(problems) > 10 * MAX_ERRORS:
                break
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not valid UTF-8 (byte offset {exc.start})")
    problems.extend(_content_problems(records, places))
    if not problems and not records:
        problems.append(f"{path}: holds no records")
    if problems:
        raise DatasetFileError(path, problems)
    return records


def iter_jsonl_models(path: str | Path, model: type[M]) -> list[M]:
    """Every line of a JSON Lines data file validated as ``model`` (seed and corpus files).

    All lines are checked before anything is returned; problems raise ``DatasetFileError`` naming
    file, line and field. An empty file is an error too (a data file that lost its content).
    """
    path = Path(path)
    if not path.is_file():
        raise DatasetFileError(path, [f"{path}: no such file"])
    problems: list[str] = []
    out: list[M] = []
    try:
        with path.open("r", encoding="utf-8", errors="strict") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(obj, dict):
                    problems.append(f"{where}: expected a JSON object, got {type(obj).__name__}")
                    continue
                try:
                    out.append(model.model_validate(obj))
                except ValidationError as exc:
                    problems.extend(f"{where}: {msg}" for msg in _describe(exc))
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not valid UTF-8 (byte offset {exc.start})")
    if not problems and not out:
        problems.append(f"{path}: holds no records")
    if problems:
        raise DatasetFileError(path, problems)
    return out
