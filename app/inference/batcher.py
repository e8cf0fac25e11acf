"""Dynamic micro-batching of inference requests (the only inference code that touches asyncio).

Requests put their texts on one bounded queue; a single worker task takes whatever is
queued (up to ``max_batch_size``) and runs it as ONE call of the synchronous ``predict``
function in ONE dedicated worker thread, so the event loop keeps accepting requests while
onnxruntime computes. Requests that arrive while a batch runs form the next batch.

Latency rules:

* A request that finds the worker idle runs at once: it never waits for a batch window.
* Under load (the previous batch just finished and more requests are queued), the worker
  may wait for the batch to fill, but never longer than ``max_wait_ms`` after the oldest
  queued request arrived (requests that queued behind a running batch usually have already).

Limits and failures:

* The queue holds at most ``max_queue_size`` texts; a submit that does not fit raises
  :class:`QueueFullError` (all of its texts or none are accepted) carrying a Retry-After hint.
* Each submit waits at most ``timeout_s``; then :class:`InferenceTimeoutError`, and its
  queued texts are dropped.
* An exception inside ``predict`` fails only the futures of that batch
  (:class:`InferenceFailedError`); the worker keeps serving.
* :meth:`MicroBatcher.stop` refuses new work (:class:`BatcherClosedError`), lets everything
  already accepted finish, then stops the worker and its thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

#: one text's outputs: head name -> that text's row of the engine's arrays
Row = dict[str, Any]
PredictFn = Callable[[list[str]], Mapping[str, Any]]


class BatcherError(Exception):
    """Base class of the batcher's domain exceptions (the API maps them to 503)."""

    def __init__(self, message: str, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class QueueFullError(BatcherError):
    """The queue cannot take the request's texts now."""


class InferenceTimeoutError(BatcherError):
    """The request was not answered within the timeout."""


class InferenceFailedError(BatcherError):
    """The batch holding the request failed inside the engine."""


class BatcherClosedError(BatcherError):
    """The batcher is stopping (or not started) and takes no new work."""


@dataclass(slots=True)
class _Item:
    text: str
    future: asyncio.Future[Row]
    enqueued: float


@dataclass(slots=True)
class BatcherStats:
    batches: int = 0
    items: int = 0
    failed_batches: int = 0
    rejected: int = 0
    timeouts: int = 0
    largest_batch: int = 0
    #: moving average of the seconds one text costs (for Retry-After)
    seconds_per_item: float = 0.0
    sizes: list[int] = field(default_factory=list)


class MicroBatcher:
    """Collects concurrent requests into batches for a synchronous ``predict(texts)`` function."""

    def __init__(
        self,
        predict: PredictFn,
        *,
        max_batch_size: int = 32,
        max_wait_ms: float = 2.0,
        max_queue_size: int = 1024,
        timeout_s: float = 10.0,
        min_retry_after_s: int = 1,
        on_batch: Callable[[int, float], None] | None = None,
        keep_sizes: bool = False,
    ) -> None:
        if max_batch_size < 1 or max_queue_size < 1:
            raise ValueError("max_batch_size and max_queue_size must be at least 1")
        self._predict = predict
        self.max_batch_size = max_batch_size
        self.max_wait_s = max_wait_ms / 1000.0
        self.max_queue_size = max_queue_size
        self.timeout_s = timeout_s
        self.min_retry_after_s = min_retry_after_s
        self._on_batch = on_batch
        self._keep_sizes = keep_sizes
        self._queue: deque[_Item] = deque()
        self._wakeup: asyncio.Event | None = None
        self._worker: asyncio.Task[None] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._accepting = False
        self._current: list[_Item] = []
        self.stats = BatcherStats()

    # -- state -----------------------------------------------------------------

    @property
    def queue_depth(self) -> int:
        """Texts waiting for a batch (not counting the batch now running)."""
        return len(self._queue)

    @property
    def in_flight(self) -> int:
        """Texts in the batch now running."""
        return len(self._current)

    @property
    def running(self) -> bool:
        return self._accepting and self._worker is not None and not self._worker.done()

    def retry_after(self) -> int:
        """Seconds a rejected client should wait: the time to work off the current queue."""
        backlog = (len(self._queue) + len(self._current)) * self.stats.seconds_per_item
        return max(self.min_retry_after_s, math.ceil(backlog))

    # -- lifecycle -------------------------------------------------------------

    async def start(self) -> None:
        if self._worker is not None:
            raise RuntimeError("batcher already started")
        self._wakeup = asyncio.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="router-inference")
        self._accepting = True
        self._worker = asyncio.create_task(self._run(), name="router-batcher")

    async def stop(self, timeout_s: float = 30.0) -> None:
        """Refuse new work, finish what was accepted (up to ``timeout_s``), then stop."""
        self._accepting = False
        worker = self._worker
        if worker is None:
            return
        assert self._wakeup is not None
        self._wakeup.set()
        try:
            await asyncio.wait_for(asyncio.shield(worker), timeout_s)
        except TimeoutError:
            log.warning("batcher drain exceeded %.1fs; failing %d queued requests", timeout_s, len(self._queue))
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
            self._fail_queued(BatcherClosedError("the service is shutting down", self.min_retry_after_s))
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    # -- submitting ----------------------------------------------------------------

    async def submit(self, texts: Sequence[str]) -> list[Row]:
        """Outputs for ``texts`` (in order), computed in whichever batches the texts land in."""
        if not texts:
            return []
        if not self._accepting or self._wakeup is None:
            raise BatcherClosedError("the router is not accepting requests (starting or shutting down)")
        if len(self._queue) + len(texts) > self.max_queue_size:
            self.stats.rejected += 1
            raise QueueFullError(
                f"the router's queue is full ({len(self._queue)} of {self.max_queue_size} waiting); retry later",
                self.retry_after(),
            )
        loop = asyncio.get_running_loop()
        now = loop.time()
        items = [_Item(text, loop.create_future(), now) for text in texts]
        self._queue.extend(items)
        self._wakeup.set()
        futures = [it.future for it in items]
        try:
            async with asyncio.timeout(self.timeout_s):
                if len(futures) == 1:
                    return [await futures[0]]
                return list(await asyncio.gather(*futures))
        except TimeoutError:
            self.stats.timeouts += 1
            raise InferenceTimeoutError(
                f"no answer from the router within {self.timeout_s:g} s; the service is overloaded, retry later",
                self.retry_after(),
            ) from None
        finally:
            # a timed-out or cancelled request leaves nothing behind: the worker skips done futures
            for fut in futures:
                if not fut.done():
                    fut.cancel()

    # -- worker --------------------------------------------------------------------

    def _take_batch(self) -> list[_Item]:
        batch: list[_Item] = []
        while self._queue and len(batch) < self.max_batch_size:
            item = self._queue.popleft()
            if not item.future.done():  # skip requests that timed out or were cancelled
                batch.append(item)
        return batch

    async def _fill_window(self, loop: asyncio.AbstractEventLoop) -> None:
        """Under load: wait for more texts until the batch is full or the oldest waited max_wait_ms."""
        assert self._wakeup is not None
        deadline = self._queue[0].enqueued + self.max_wait_s
        while len(self._queue) < self.max_batch_size and self._accepting:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            self._wakeup.clear()
            try:
                async with asyncio.timeout(remaining):
                    await self._wakeup.wait()
            except TimeoutError:
                return

    async def _run(self) -> None:
        assert self._wakeup is not None and self._executor is not None
        loop = asyncio.get_running_loop()
        busy = False
        while True:
            if not self._queue:
                busy = False
                if not self._accepting:
                    return
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            if busy and self.max_wait_s > 0:
                await self._fill_window(loop)
            batch = self._take_batch()
            if not batch:
                continue
            await self._run_batch(loop, batch)
            busy = True

    async def _run_batch(self, loop: asyncio.AbstractEventLoop, batch: list[_Item]) -> None:
        assert self._executor is not None
        texts = [it.text for it in batch]
        self._current = batch
        started = time.perf_counter()
        try:
            outputs = await loop.run_in_executor(self._executor, self._predict, texts)
            rows = _split_rows(outputs, len(batch))
        except asyncio.CancelledError:  # stop() gave up draining: answer this batch's requests
            closed = BatcherClosedError("the service shut down before answering", self.min_retry_after_s)
            for it in batch:
                if not it.future.done():
                    it.future.set_exception(closed)
            raise
        except Exception as exc:  # the engine failed: fail this batch only, keep serving
            self.stats.failed_batches += 1
            log.error("inference batch of %d failed: %s: %s", len(batch), exc.__class__.__name__, exc)
            error = InferenceFailedError("the router failed on this batch; retry", self.min_retry_after_s)
            for it in batch:
                if not it.future.done():
                    it.future.set_exception(error)
        else:
            for it, row in zip(batch, rows, strict=True):
                if not it.future.done():
                    it.future.set_result(row)
        finally:
            self._current = []
        elapsed = time.perf_counter() - started
        self._record(len(batch), elapsed)

    def _record(self, size: int, elapsed: float) -> None:
        s = self.stats
        s.batches += 1
        s.items += size
        s.largest_batch = max(s.largest_batch, size)
        per_item = elapsed / size
        s.seconds_per_item = per_item if s.batches == 1 else 0.9 * s.seconds_per_item + 0.1 * per_item
        if self._keep_sizes:
            s.sizes.append(size)
        if self._on_batch is not None:
            try:
                self._on_batch(size, elapsed)
            except Exception:  # metrics must never break serving
                log.exception("on_batch callback failed")

    def _fail_queued(self, error: BatcherError) -> None:
        for item in self._current:
            if not item.future.done():
                item.future.set_exception(error)
        self._current = []
        while self._queue:
            item = self._queue.popleft()
            if not item.future.done():
                item.future.set_exception(error)


def _split_rows(outputs: Mapping[str, Any], n: int) -> list[Row]:
    for name, array in outputs.items():
        if len(array) != n:
            raise ValueError(f"engine output {name!r} has {len(array)} rows for {n} texts")
    return [{name: array[i] for name, array in outputs.items()} for i in range(n)]
