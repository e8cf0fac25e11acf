"""The dataset as a stream of file chunks and as a response body: what ``/dataset/export`` and
``/dataset/generate`` send, computed without any web framework (the dataset jobs run it in a child
process, which should start fast and light)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.dataset.export import Format, JsonlSink, JsonSink, ParquetSink, StatsCollector, family_splits
from app.dataset.generator import DatasetConfig, DatasetGenerator
from app.dataset.split import Split

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


def export_chunks(config: DatasetConfig, fmt: Format, split: str = "full", strict: bool = False) -> Iterator[bytes]:
    """The file ``dataset generate`` would write for this config, format and split, in chunks."""
    stream = _ChunkStream()
    sink: JsonlSink | JsonSink | ParquetSink
    if fmt is Format.PARQUET:
        sink = ParquetSink(stream, strict)  # type: ignore[arg-type]
    elif fmt is Format.JSONL:
        sink = JsonlSink(stream, strict)  # type: ignore[arg-type]
    else:
        sink = JsonSink(stream, strict)  # type: ignore[arg-type]
    wanted = None if split == "full" else Split(split)
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
