"""``POST /dataset/generate`` and ``POST /dataset/export``.

Generation is deterministic in the config, so the service keeps no dataset state: every call
regenerates. Export streams through the very sinks ``claude-task-router dataset generate``
writes files with, so a download is byte-identical to the command's file for the same config
(``full`` in any format; a split matches the command's ``claude_training_<split>.jsonl``).
Both endpoints are plain ``def``: FastAPI runs them (and iterates the stream) in its thread
pool, off the event loop that serves ``/route``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from app.api.deps import ExportBody, GenerateBody
from app.api.schemas import ErrorResponse, ExportSplit, GenerateResponse
from app.dataset.export import Format, JsonlSink, JsonSink, ParquetSink, StatsCollector, family_splits, file_name
from app.dataset.generator import DatasetConfig, DatasetGenerator
from app.dataset.split import Split

router = APIRouter(prefix="/dataset", tags=["dataset"])

MEDIA_TYPES = {
    Format.JSONL: "application/x-ndjson",
    Format.JSON: "application/json",
    Format.PARQUET: "application/vnd.apache.parquet",
}
#: records between two chunks of the download
CHUNK_RECORDS = 2_000


class _ChunkStream:
    """A write-only file object the sinks write into; the response drains it chunk by chunk."""

    def __init__(self) -> None:
        self._parts: list[Any] = []
        self._pos = 0
        self.closed = False

    def write(self, data: Any) -> int:
        self._parts.append(data)
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        return None

    def close(self) -> None:
        self.closed = True

    def drain(self) -> bytes:
        parts, self._parts = self._parts, []
        if not parts:
            return b""
        if isinstance(parts[0], str):
            return "".join(parts).encode("utf-8")
        return b"".join(bytes(p) for p in parts)


def export_chunks(config: DatasetConfig, fmt: Format, split: ExportSplit, strict: bool = False) -> Iterator[bytes]:
    """The file ``dataset generate`` would write for this config, format and split, in chunks."""
    stream = _ChunkStream()
    sink: JsonlSink | JsonSink | ParquetSink
    if fmt is Format.PARQUET:
        sink = ParquetSink(stream, strict)  # type: ignore[arg-type]
    elif fmt is Format.JSONL:
        sink = JsonlSink(stream, strict)  # type: ignore[arg-type]
    else:
        sink = JsonSink(stream, strict)  # type: ignore[arg-type]
    wanted = None if split is ExportSplit.FULL else Split(split.value)
    assignment = family_splits(config) if wanted is not None else {}
    written = 0
    for record in DatasetGenerator(config):
        if wanted is not None and assignment.get(record.family) is not wanted:
            continue
        sink.write(record)
        written += 1
        if written % CHUNK_RECORDS == 0 and (chunk := stream.drain()):
            yield chunk
    sink.close()
    if chunk := stream.drain():
        yield chunk


def generate_body(config: DatasetConfig, strict: bool = False) -> dict[str, Any]:
    """Statistics (as in ``claude_training_stats.json``) and the records of a config."""
    assignment = family_splits(config)
    generator = DatasetGenerator(config)
    stats = StatsCollector()
    records = []
    for record in generator:
        stats.add(record, assignment.get(record.family))
        records.append(record.to_dict(strict=strict))
    return {"stats": stats.as_dict(config, generator.duplicates_skipped), "records": records}


_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorResponse, "description": "Request body larger than ROUTER_MAX_BODY_BYTES"},
    422: {"model": ErrorResponse, "description": "Invalid config or too large"},
}


@router.post(
    "/generate",
    response_model=GenerateResponse,
    responses=_ERRORS,
    summary="Generate a dataset and return it",
    description="Generates the Claude Task Dataset for the config and returns its statistics and records. "
    "Bounded by `ROUTER_MAX_GENERATE_RECORDS`; larger configs get a 422 that points to `/dataset/export`.",
)
def generate(body: GenerateBody) -> dict[str, Any]:
    return generate_body(body.config, body.strict)


@router.post(
    "/export",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The dataset file as a download",
            "content": {m: {} for m in MEDIA_TYPES.values()},
        },
        **_ERRORS,
    },
    summary="Export a dataset as a file download",
    description="Streams the dataset for the config as jsonl, json or parquet, the full set or one split. "
    "Byte-identical to what `claude-task-router dataset generate` writes for the same config.",
)
def export(body: ExportBody) -> StreamingResponse:
    name = file_name(body.split.value, body.format)
    return StreamingResponse(
        export_chunks(body.config, body.format, body.split, body.strict),
        media_type=MEDIA_TYPES[body.format],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "X-Dataset-Config-Digest": body.config.digest(),
        },
    )
