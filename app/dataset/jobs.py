"""Dataset jobs (generate, export) in a child process, streamed back through a pipe.

Generation is pure Python: run in the service's threads it holds the GIL for long stretches, and the
event loop that answers ``/route`` waits for it (measured: ``/route`` p50 12 ms -> 149 ms beside two
exports). In a child process it competes only for a CPU, at a lower priority (``nice`` 10), and every
byte of memory it used goes back to the operating system when it exits.

The child is started with ``spawn`` (never ``fork``: the parent runs onnxruntime and asyncio threads).
Protocol on the pipe: the child sends ``("chunk", bytes)`` messages, then ``("done", None)``; on an
error, ``("error", message)``. A consumer that stops early (a client gone) terminates the child.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterator
from typing import Any

#: seconds a finished or abandoned child gets to exit before it is killed
JOIN_TIMEOUT_S = 5.0


class DatasetJobError(RuntimeError):
    """The child process failed (the message says how); nothing partial is claimed to be complete."""


def _lower_priority() -> None:
    with contextlib.suppress(OSError, AttributeError):  # not permitted, or not POSIX
        os.nice(10)


def _export_child(conn: Any, config_json: str, fmt: str, split: str, strict: bool) -> None:
    from app.dataset.export import Format
    from app.dataset.generator import DatasetConfig
    from app.dataset.stream import export_chunks

    _lower_priority()
    try:
        config = DatasetConfig.model_validate_json(config_json)
        for chunk in export_chunks(config, Format(fmt), split, strict):
            conn.send(("chunk", chunk))
        conn.send(("done", None))
    except BaseException as exc:  # reported to the parent, which logs it and ends the stream
        conn.send(("error", f"{exc.__class__.__name__}: {exc}"))
    finally:
        conn.close()


def _generate_child(conn: Any, config_json: str, strict: bool) -> None:
    from app.dataset.generator import DatasetConfig
    from app.dataset.stream import generate_body

    _lower_priority()
    try:
        conn.send(("done", generate_body(DatasetConfig.model_validate_json(config_json), strict)))
    except BaseException as exc:
        conn.send(("error", f"{exc.__class__.__name__}: {exc}"))
    finally:
        conn.close()


def _start(target: Any, *args: Any) -> tuple[Any, Any]:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(child, *args), daemon=True, name="router-dataset-job")
    proc.start()
    child.close()  # the parent keeps only its end: EOF when the child dies
    return proc, parent


def _stop(proc: Any, conn: Any) -> None:
    conn.close()
    proc.join(JOIN_TIMEOUT_S)
    if proc.is_alive():
        proc.terminate()
        proc.join(JOIN_TIMEOUT_S)


def _receive(conn: Any) -> tuple[str, Any]:
    try:
        return conn.recv()
    except EOFError:
        raise DatasetJobError("the dataset job's process ended without finishing") from None


def export_in_child(config_json: str, fmt: str, split: str, strict: bool) -> Iterator[bytes]:
    """The export's chunks, computed in a child process (stopping early terminates it)."""
    proc, conn = _start(_export_child, config_json, fmt, split, strict)
    finished = False
    try:
        while True:
            kind, value = _receive(conn)
            if kind == "chunk":
                yield value
            elif kind == "done":
                finished = True
                return
            else:
                raise DatasetJobError(value)
    finally:
        if not finished and proc.is_alive():
            proc.terminate()  # abandoned mid-stream (client gone) or failed: do not finish the work
        _stop(proc, conn)


def generate_in_child(config_json: str, strict: bool) -> dict[str, Any]:
    """``generate_body`` computed in a child process."""
    proc, conn = _start(_generate_child, config_json, strict)
    try:
        kind, value = _receive(conn)
        if kind != "done":
            raise DatasetJobError(value)
        return value
    finally:
        _stop(proc, conn)
