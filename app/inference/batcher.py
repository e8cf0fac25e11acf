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

Cost and fairness (a text's *cost* is its estimated token count, the engine's work):

* Admission is by cost, not only by count: the worker measures seconds per unit of cost, and a
  submit whose predicted completion (its own cost plus the work it shares the engine with; for a
  request larger than one micro-batch, the whole backlog, so that it cannot push earlier requests
  past their deadlines) is past ``ADMIT_FRACTION`` of ``timeout_s`` is refused at once with
  :class:`QueueFullError` (503 + Retry-After) instead of timing out after using the engine.
* Requests are served round-robin, one text per request per turn, and a micro-batch holds at
  most ``max_batch_cost`` of work: a single task queued behind large batches rides in the next
  micro-batch instead of waiting for them to finish.

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

#: a request is admitted only when predicted to finish within this share of its timeout: the estimate is
#: a moving average, and the CPU it was measured on is shared with HTTP parsing
ADMIT_FRACTION = 0.8

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
    cost: int = 1


@dataclass(slots=True)
class _Request:
    """One submit's texts still waiting, served round-robin with the other requests."""

    items: deque[_Item]
    cost: int  # cost of the items still queued


def unit_cost(text: str) -> int:
    return 1


@dataclass(slots=True)
class BatcherStats:
    batches: int = 0
    items: int = 0
    failed_batches: int = 0
    rejected: int = 0
    timeouts: int = 0
    largest_batch: int = 0
    #: moving average of the seconds one text costs
    seconds_per_item: float = 0.0
    #: moving average of the seconds one unit of cost takes (admission and Retry-After)
    seconds_per_cost: float = 0.0
    #: requests refused at once because they could not finish within the timeout
    shed_by_cost: int = 0
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
        cost: Callable[[str], int] = unit_cost,
        max_batch_cost: int | None = None,
        batch_overhead_cost: int = 0,
    ) -> None:
        if max_batch_size < 1 or max_queue_size < 1:
            raise ValueError("max_batch_size and max_queue_size must be at least 1")
        if max_batch_cost is not None and max_batch_cost < 1:
            raise ValueError("max_batch_cost must be at least 1")
        self._cost = cost
        self.max_batch_cost = max_batch_cost
        #: the fixed work of one engine call (session start, heads), in units of cost: a batch of one short
        #: text costs far more per unit than a full one, and the time model must not extrapolate that
        self.batch_overhead_cost = max(0, batch_overhead_cost)
        self._predict = predict
        self.max_batch_size = max_batch_size
        self.max_wait_s = max_wait_ms / 1000.0
        self.max_queue_size = max_queue_size
        self.timeout_s = timeout_s
        self.min_retry_after_s = min_retry_after_s
        self._on_batch = on_batch
        self._keep_sizes = keep_sizes
        #: per kind of request (e.g. the endpoint): moving averages of its texts and cost, for early refusal
        self._typical: dict[str, tuple[float, float]] = {}
        self._requests: deque[_Request] = deque()
        self._queued = 0  # texts queued (cancelled ones included until the worker skips them)
        self._queued_cost = 0
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
        return self._queued

    @property
    def in_flight(self) -> int:
        """Texts in the batch now running."""
        return len(self._current)

    @property
    def running(self) -> bool:
        return self._accepting and self._worker is not None and not self._worker.done()

    def _alone_s(self, cost: int) -> float:
        calls = math.ceil(cost / self.max_batch_cost) if self.max_batch_cost else 1
        return (cost + calls * self.batch_overhead_cost) * self.stats.seconds_per_cost

    def backlog_s(self) -> float:
        """Estimated seconds to work off everything queued and running."""
        running = sum(it.cost for it in self._current)
        return (self._queued_cost + running) * self.stats.seconds_per_cost

    def retry_after(self) -> int:
        """Seconds a rejected client should wait: the time to work off the current queue."""
        return max(self.min_retry_after_s, math.ceil(self.backlog_s()))

    def admission_s(self, cost: int) -> float:
        """The predicted time a new request of ``cost`` is judged by. A request that fits one micro-batch only
        needs its own turn. A larger one also slows every request already admitted (they share the engine
        round-robin), so it is judged by the whole backlog plus itself: earlier requests keep their deadlines."""
        predicted = self.predicted_s(cost)
        if self.max_batch_cost is not None and cost > self.max_batch_cost:
            predicted = max(predicted, self.backlog_s() + self._alone_s(cost))
        return predicted

    def predicted_s(self, cost: int) -> float:
        """Estimated seconds until a new request of ``cost`` is answered: under round-robin service it
        shares the engine with each queued request up to its own size, after the running batch."""
        shared = sum(min(r.cost, cost) for r in self._requests)
        running = sum(it.cost for it in self._current)
        work = cost + shared
        calls = math.ceil(work / self.max_batch_cost) if self.max_batch_cost else 1 + len(self._requests)
        return (work + running + (calls + bool(self._current)) * self.batch_overhead_cost) * self.stats.seconds_per_cost

    def calibrate(self, seconds_per_cost: float, batch_overhead_cost: int) -> None:
        """Start the time model from a measurement (the engine's ``calibrate``) instead of from the first batch."""
        if seconds_per_cost > 0:
            self.stats.seconds_per_cost = seconds_per_cost
        self.batch_overhead_cost = max(0, batch_overhead_cost)

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
            log.warning("batcher drain exceeded %.1fs; failing %d queued texts", timeout_s, self._queued)
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
            self._fail_queued(BatcherClosedError("the service is shutting down", self.min_retry_after_s))
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    # -- submitting ----------------------------------------------------------------

    def refusal(self, kind: str) -> QueueFullError | None:
        """Before a request is even read: the refusal a typical request of ``kind`` would get now, or None.
        Lets the API shed under overload without reading and validating the body (a request unlike its
        kind's typical one is still judged exactly by :meth:`submit` when it is let through)."""
        typical = self._typical.get(kind)
        if typical is None or not self._accepting:
            return None
        texts, cost = max(1, round(typical[0])), max(1, round(typical[1]))
        if self._queued + texts > self.max_queue_size:
            return QueueFullError(
                f"the router's queue is full ({self._queued} of {self.max_queue_size} waiting); retry later",
                self.retry_after(),
            )
        predicted = self.admission_s(cost)
        if predicted > ADMIT_FRACTION * self.timeout_s:
            return QueueFullError(
                f"the router cannot answer requests like this one (about {texts} texts) within {self.timeout_s:g} s "
                f"at the current load (estimated {predicted:.1f} s); retry later",
                self.retry_after(),
            )
        return None

    def _remember(self, kind: str, texts: int, cost: int) -> None:
        old = self._typical.get(kind)
        self._typical[kind] = (texts, cost) if old is None else (0.8 * old[0] + 0.2 * texts, 0.8 * old[1] + 0.2 * cost)

    async def submit(self, texts: Sequence[str], kind: str = "default") -> list[Row]:
        """Outputs for ``texts`` (in order), computed in whichever batches the texts land in. ``kind`` names
        the sort of request (the API passes its endpoint) for :meth:`refusal`."""
        if not texts:
            return []
        if not self._accepting or self._wakeup is None:
            raise BatcherClosedError("the router is not accepting requests (starting or shutting down)")
        costs = [max(1, int(self._cost(text))) for text in texts]
        total = sum(costs)
        self._remember(kind, len(texts), total)
        if self._queued + len(texts) > self.max_queue_size:
            self.stats.rejected += 1
            raise QueueFullError(
                f"the router's queue is full ({self._queued} of {self.max_queue_size} waiting); retry later",
                self.retry_after(),
            )
        predicted = self.admission_s(total)
        if predicted > ADMIT_FRACTION * self.timeout_s:
            self.stats.rejected += 1
            self.stats.shed_by_cost += 1
            alone = self._alone_s(total)
            if alone > ADMIT_FRACTION * self.timeout_s:
                raise QueueFullError(
                    f"this request ({len(texts)} texts) needs about {alone:.1f} s of inference even on an idle router, "
                    f"more than this service admits within its {self.timeout_s:g} s timeout; send fewer or shorter "
                    "tasks per request",
                    self.retry_after(),
                )
            raise QueueFullError(
                f"the router cannot answer this request ({len(texts)} texts) within {self.timeout_s:g} s at the "
                f"current load (estimated {predicted:.1f} s); retry later",
                self.retry_after(),
            )
        loop = asyncio.get_running_loop()
        now = loop.time()
        items = [_Item(text, loop.create_future(), now, c) for text, c in zip(texts, costs, strict=True)]
        request = _Request(deque(items), total)
        self._requests.append(request)
        self._queued += len(items)
        self._queued_cost += total
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
            # a timed-out or cancelled request leaves nothing behind
            if not all(fut.done() for fut in futures):
                self._drop(request)
                for fut in futures:
                    if not fut.done():
                        fut.cancel()

    # -- worker --------------------------------------------------------------------

    def _pop(self, request: _Request) -> _Item:
        item = request.items.popleft()
        request.cost -= item.cost
        self._queued -= 1
        self._queued_cost -= item.cost
        return item

    def _take_batch(self) -> list[_Item]:
        """Up to ``max_batch_size`` texts and ``max_batch_cost`` of work (at least one text), one text
        per request per turn, in arrival order of the requests."""
        batch: list[_Item] = []
        cost = 0
        budget = self.max_batch_cost
        while self._requests and len(batch) < self.max_batch_size:
            request = self._requests[0]
            while request.items and request.items[0].future.done():  # timed out or cancelled
                self._pop(request)
            if not request.items:
                self._requests.popleft()
                continue
            if budget is not None and batch and cost + request.items[0].cost > budget:
                break
            item = self._pop(request)
            batch.append(item)
            cost += item.cost
            if request.items:
                self._requests.rotate(-1)  # its next text waits for the other requests' turns
            else:
                self._requests.popleft()
        return batch

    def _drop(self, request: _Request) -> None:
        """Forget a timed-out or cancelled request's queued texts at once (they no longer count as load)."""
        with contextlib.suppress(ValueError):
            self._requests.remove(request)
            self._queued -= len(request.items)
            self._queued_cost -= request.cost
            request.items.clear()
            request.cost = 0

    async def _fill_window(self, loop: asyncio.AbstractEventLoop) -> None:
        """Under load: wait for more texts until the batch is full or the oldest waited max_wait_ms."""
        assert self._wakeup is not None
        deadline = min(r.items[0].enqueued for r in self._requests if r.items) + self.max_wait_s
        while self._queued < self.max_batch_size and self._accepting:
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
            if not self._queued:
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
        self._record(len(batch), elapsed, sum(it.cost for it in batch))

    def _record(self, size: int, elapsed: float, cost: int) -> None:
        s = self.stats
        s.batches += 1
        s.items += size
        s.largest_batch = max(s.largest_batch, size)
        per_item = elapsed / size
        per_cost = elapsed / max(1, cost + self.batch_overhead_cost)
        first = s.batches == 1
        s.seconds_per_item = per_item if first else 0.9 * s.seconds_per_item + 0.1 * per_item
        s.seconds_per_cost = per_cost if not s.seconds_per_cost else 0.9 * s.seconds_per_cost + 0.1 * per_cost
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
        while self._requests:
            request = self._requests.popleft()
            while request.items:
                item = self._pop(request)
                if not item.future.done():
                    item.future.set_exception(error)


def _split_rows(outputs: Mapping[str, Any], n: int) -> list[Row]:
    for name, array in outputs.items():
        if len(array) != n:
            raise ValueError(f"engine output {name!r} has {len(array)} rows for {n} texts")
    return [{name: array[i] for name, array in outputs.items()} for i in range(n)]
