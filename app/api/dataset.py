"""``POST /dataset/generate`` and ``POST /dataset/export``.

Generation is deterministic in the config, so the service keeps no dataset state: every call
regenerates. Export streams through the very sinks ``claude-task-router dataset generate``
writes files with, so a download is byte-identical to the command's file for the same config
(``full`` in any format; a split matches the command's ``claude_training_<split>.jsonl``).
Both endpoints are plain ``def``: FastAPI runs them (and iterates the stream) in its thread
pool, off the event loop that serves ``/route``, and the generation itself runs in a child process
(:mod:`app.dataset.jobs`), so it never holds the service's GIL and its memory goes back when it ends.
At most ``ROUTER_MAX_DATASET_JOBS`` jobs run at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from app.api.deps import ExportBody, GenerateBody
from app.api.errors import ApiError
from app.api.schemas import ErrorResponse, GenerateResponse
from app.dataset.export import Format, file_name
from app.dataset.jobs import export_in_child, generate_in_child

router = APIRouter(prefix="/dataset", tags=["dataset"])


class DatasetBusyError(ApiError):
    status_code = 503
    code = "busy"

    def __init__(self, running: int) -> None:
        super().__init__(
            f"{running} dataset jobs (generate or export) are already running, the most this service runs at once "
            "(ROUTER_MAX_DATASET_JOBS); retry shortly, or use `claude-task-router dataset generate` for large sets",
            headers={"Retry-After": str(JOB_RETRY_AFTER_S)},
        )


#: Retry-After (seconds) for a dataset job refused because the slots are taken
JOB_RETRY_AFTER_S = 5


class DatasetJobs:
    """At most ``limit`` dataset jobs at once: generation is CPU- and memory-heavy pure Python that shares
    the process (and its GIL) with routing. A job holds its slot until its last byte is produced; when it
    ends, memory freed by the job is handed back to the operating system (``malloc_trim``), so the
    process's RSS returns near its starting point instead of staying at the peak."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self.running = 0

    def acquire(self) -> None:
        if not self._slots.acquire(blocking=False):
            raise DatasetBusyError(self.running)
        with self._lock:
            self.running += 1

    def release(self) -> None:
        with self._lock:
            self.running -= 1
        self._slots.release()
        _trim_heap()

    def guarded(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        """``chunks``, releasing the slot when the stream ends, fails or the client goes away (even if
        the response never started: a generator that never ran would not run its ``finally``)."""
        return _GuardedStream(chunks, self.release)


class _GuardedStream:
    def __init__(self, chunks: Iterator[bytes], release: Callable[[], None]) -> None:
        self._chunks = chunks
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> _GuardedStream:
        return self

    def __next__(self) -> bytes:
        try:
            return next(self._chunks)
        except BaseException:  # StopIteration included: the job is over either way
            self.close()
            raise

    def close(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            close = getattr(self._chunks, "close", None)
            if close is not None:
                close()
            release()

    def __del__(self) -> None:
        self.close()


def _trim_heap() -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def get_jobs(request: Request) -> DatasetJobs:
    """The app's one limiter (created with the app: a lazy one could be created twice by two threads)."""
    return request.app.state.dataset_jobs


JobsDep = Annotated[DatasetJobs, Depends(get_jobs)]

MEDIA_TYPES = {
    Format.JSONL: "application/x-ndjson",
    Format.JSON: "application/json",
    Format.PARQUET: "application/vnd.apache.parquet",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorResponse, "description": "Request body larger than ROUTER_MAX_BODY_BYTES"},
    422: {"model": ErrorResponse, "description": "Invalid config or too large"},
    503: {"model": ErrorResponse, "description": "ROUTER_MAX_DATASET_JOBS jobs already running; see Retry-After"},
}


@router.post(
    "/generate",
    response_model=GenerateResponse,
    responses=_ERRORS,
    summary="Generate a dataset and return it",
    description="Generates the Claude Task Dataset for the config and returns its statistics and records. "
    "Bounded by `ROUTER_MAX_GENERATE_RECORDS`; larger configs get a 422 that points to `/dataset/export`.",
)
def generate(body: GenerateBody, jobs: JobsDep) -> dict[str, Any]:
    jobs.acquire()
    try:
        return generate_in_child(body.config.model_dump_json(), body.strict)
    finally:
        jobs.release()


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
def export(body: ExportBody, jobs: JobsDep) -> StreamingResponse:
    name = file_name(body.split.value, body.format)
    jobs.acquire()
    return StreamingResponse(
        jobs.guarded(export_in_child(body.config.model_dump_json(), body.format.value, body.split.value, body.strict)),
        media_type=MEDIA_TYPES[body.format],
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "X-Dataset-Config-Digest": body.config.digest(),
        },
    )
