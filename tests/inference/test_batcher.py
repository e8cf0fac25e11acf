"""Unit tests of the micro-batcher with a fake (synchronous, controllable) predict function."""

from __future__ import annotations

import asyncio
import threading
import time

import numpy as np
import pytest

from app.inference.batcher import (
    BatcherClosedError,
    InferenceFailedError,
    InferenceTimeoutError,
    MicroBatcher,
    QueueFullError,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakePredict:
    """Echoes each text's number back; records batches and the threads it ran on."""

    def __init__(self, delay: float = 0.0, fail_on: str | None = None) -> None:
        self.delay = delay
        self.fail_on = fail_on
        self.batches: list[list[str]] = []
        self.threads: set[int] = set()
        self.release: threading.Event | None = None

    def __call__(self, texts: list[str]) -> dict[str, np.ndarray]:
        self.batches.append(list(texts))
        self.threads.add(threading.get_ident())
        if self.release is not None:
            self.release.wait(5)
        if self.delay:
            time.sleep(self.delay)
        if self.fail_on is not None and self.fail_on in texts:
            raise RuntimeError("engine exploded")
        values = np.array([float(t.split("-")[-1]) for t in texts])
        return {"value": values, "double": values * 2}


async def _started(predict: FakePredict, **kwargs: float) -> MicroBatcher:
    batcher = MicroBatcher(predict, keep_sizes=True, **kwargs)  # type: ignore[arg-type]
    await batcher.start()
    return batcher


async def test_results_come_back_in_order_for_each_request() -> None:
    predict = FakePredict(delay=0.01)
    batcher = await _started(predict, max_batch_size=8)
    try:
        groups = [[f"t-{g * 10 + i}" for i in range(g + 1)] for g in range(6)]
        results = await asyncio.gather(*(batcher.submit(texts) for texts in groups))
        for texts, rows in zip(groups, results, strict=True):
            assert [float(r["value"]) for r in rows] == [float(t.split("-")[1]) for t in texts]
            assert [float(r["double"]) for r in rows] == [2 * float(t.split("-")[1]) for t in texts]
    finally:
        await batcher.stop()


async def test_lone_request_does_not_wait_for_the_batch_window() -> None:
    predict = FakePredict()
    batcher = await _started(predict, max_wait_ms=1000, max_batch_size=64)
    try:
        start = time.perf_counter()
        rows = await batcher.submit(["t-1"])
        elapsed = time.perf_counter() - start
        assert float(rows[0]["value"]) == 1.0
        assert elapsed < 0.2, f"a lone request waited {elapsed:.3f}s (window is 1s)"
        # and again after an idle period
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        await batcher.submit(["t-2"])
        assert time.perf_counter() - start < 0.2
    finally:
        await batcher.stop()


async def test_concurrent_requests_are_batched_while_a_batch_runs() -> None:
    predict = FakePredict(delay=0.05)
    batcher = await _started(predict, max_batch_size=16, max_wait_ms=0)
    try:
        results = await asyncio.gather(*(batcher.submit([f"t-{i}"]) for i in range(40)))
        assert [float(r[0]["value"]) for r in results] == [float(i) for i in range(40)]
        sizes = batcher.stats.sizes
        assert sum(sizes) == 40
        assert max(sizes) > 1, sizes
        assert max(sizes) <= 16
        assert len(sizes) < 40
    finally:
        await batcher.stop()


async def test_max_wait_lets_a_loaded_batch_fill() -> None:
    predict = FakePredict(delay=0.02)
    batcher = await _started(predict, max_batch_size=8, max_wait_ms=200)

    async def trickle() -> list[list[dict[str, object]]]:
        tasks = []
        for i in range(9):
            tasks.append(asyncio.create_task(batcher.submit([f"t-{i}"])))
            await asyncio.sleep(0.005)
        return await asyncio.gather(*tasks)

    try:
        await trickle()
        # first request runs alone at once; the others arrive while it runs or within the window
        assert batcher.stats.sizes[0] == 1
        assert batcher.stats.sizes[1] == 8
    finally:
        await batcher.stop()


async def test_batch_size_never_exceeds_the_maximum() -> None:
    predict = FakePredict(delay=0.005)
    batcher = await _started(predict, max_batch_size=4, max_queue_size=100)
    try:
        rows = await batcher.submit([f"t-{i}" for i in range(30)])
        assert [float(r["value"]) for r in rows] == [float(i) for i in range(30)]
        assert max(batcher.stats.sizes) == 4
    finally:
        await batcher.stop()


async def test_full_queue_rejects_with_retry_after_and_accepts_all_or_nothing() -> None:
    predict = FakePredict()
    predict.release = threading.Event()
    batcher = await _started(predict, max_batch_size=2, max_queue_size=4, min_retry_after_s=2)
    try:
        first = asyncio.create_task(batcher.submit(["t-0", "t-1"]))  # runs, blocked on release
        await asyncio.sleep(0.05)
        queued = asyncio.create_task(batcher.submit(["t-2", "t-3", "t-4"]))
        await asyncio.sleep(0.01)
        assert batcher.queue_depth == 3
        with pytest.raises(QueueFullError) as info:
            await batcher.submit(["t-5", "t-6"])  # 3 + 2 > 4: none of them is queued
        assert info.value.retry_after_s >= 2
        assert "queue is full" in str(info.value)
        assert batcher.queue_depth == 3
        single = asyncio.create_task(batcher.submit(["t-7"]))  # 3 + 1 fits
        await asyncio.sleep(0.01)
        assert batcher.queue_depth == 4
        predict.release.set()
        assert len(await first) == 2
        assert [float(r["value"]) for r in await queued] == [2.0, 3.0, 4.0]
        assert float((await single)[0]["value"]) == 7.0
        assert batcher.stats.rejected == 1
    finally:
        predict.release.set()
        await batcher.stop()


async def test_timeout_raises_and_drops_the_queued_texts() -> None:
    predict = FakePredict()
    predict.release = threading.Event()
    batcher = await _started(predict, max_batch_size=1, timeout_s=0.1)
    try:
        blocked = asyncio.create_task(batcher.submit(["t-0"]))
        await asyncio.sleep(0.02)
        with pytest.raises(InferenceTimeoutError, match=r"within 0\.1 s"):
            await batcher.submit(["t-1"])
        predict.release.set()
        with pytest.raises(InferenceTimeoutError):
            await blocked  # it also ran out of time while the engine was blocked
        rows = await batcher.submit(["t-2"])
        assert float(rows[0]["value"]) == 2.0
        # the timed-out t-1 was skipped, never sent to the engine
        assert ["t-1"] not in predict.batches
    finally:
        predict.release.set()
        await batcher.stop()


async def test_engine_error_fails_only_its_batch_and_the_worker_keeps_serving() -> None:
    predict = FakePredict(delay=0.02, fail_on="t-bad")
    batcher = await _started(predict, max_batch_size=1)
    try:
        ok_before, bad, ok_after = await asyncio.gather(
            batcher.submit(["t-1"]), batcher.submit(["t-bad"]), batcher.submit(["t-3"]), return_exceptions=True
        )
        assert isinstance(bad, InferenceFailedError)
        assert "engine exploded" not in str(bad)  # internals are not echoed
        assert float(ok_before[0]["value"]) == 1.0  # type: ignore[index]
        assert float(ok_after[0]["value"]) == 3.0  # type: ignore[index]
        assert batcher.stats.failed_batches == 1
        assert batcher.running
    finally:
        await batcher.stop()


async def test_all_batches_run_on_one_worker_thread_off_the_event_loop() -> None:
    predict = FakePredict(delay=0.01)
    batcher = await _started(predict, max_batch_size=2)
    try:
        await asyncio.gather(*(batcher.submit([f"t-{i}"]) for i in range(10)))
        assert len(predict.threads) == 1
        assert threading.get_ident() not in predict.threads
    finally:
        await batcher.stop()


async def test_stop_drains_accepted_requests_then_refuses_new_ones() -> None:
    predict = FakePredict(delay=0.03)
    batcher = await _started(predict, max_batch_size=2)
    pending = [asyncio.create_task(batcher.submit([f"t-{i}"])) for i in range(8)]
    await asyncio.sleep(0.01)
    await batcher.stop(timeout_s=5)
    results = await asyncio.gather(*pending)
    assert [float(r[0]["value"]) for r in results] == [float(i) for i in range(8)]
    assert not batcher.running
    with pytest.raises(BatcherClosedError):
        await batcher.submit(["t-9"])


async def test_stop_past_its_timeout_fails_the_rest_instead_of_hanging() -> None:
    predict = FakePredict(delay=0.3)
    batcher = await _started(predict, max_batch_size=1)
    pending = [asyncio.create_task(batcher.submit([f"t-{i}"])) for i in range(4)]
    await asyncio.sleep(0.01)
    start = time.perf_counter()
    await batcher.stop(timeout_s=0.1)
    assert time.perf_counter() - start < 1.0
    results = await asyncio.gather(*pending, return_exceptions=True)
    assert all(isinstance(r, BatcherClosedError) for r in results), results


async def test_cancelled_request_is_not_sent_to_the_engine() -> None:
    predict = FakePredict()
    predict.release = threading.Event()
    batcher = await _started(predict, max_batch_size=1)
    try:
        first = asyncio.create_task(batcher.submit(["t-0"]))
        await asyncio.sleep(0.02)
        doomed = asyncio.create_task(batcher.submit(["t-1"]))
        await asyncio.sleep(0.01)
        doomed.cancel()
        await asyncio.sleep(0.01)
        predict.release.set()
        await first
        assert float((await batcher.submit(["t-2"]))[0]["value"]) == 2.0
        assert ["t-1"] not in predict.batches
    finally:
        predict.release.set()
        await batcher.stop()


async def test_submit_before_start_is_refused() -> None:
    batcher = MicroBatcher(FakePredict())
    with pytest.raises(BatcherClosedError):
        await batcher.submit(["t-1"])


async def test_on_batch_callback_sees_every_batch() -> None:
    seen: list[tuple[int, float]] = []
    batcher = MicroBatcher(FakePredict(delay=0.01), max_batch_size=3, on_batch=lambda n, s: seen.append((n, s)))
    await batcher.start()
    try:
        await batcher.submit([f"t-{i}" for i in range(7)])
    finally:
        await batcher.stop()
    assert [n for n, _ in seen] == [3, 3, 1]
    assert all(s > 0 for _, s in seen)


async def test_a_single_task_rides_the_next_batch_not_behind_a_large_request() -> None:
    predict = FakePredict()
    predict.release = threading.Event()
    batcher = await _started(predict, max_batch_size=4, max_queue_size=100)
    try:
        big = asyncio.create_task(batcher.submit([f"t-{i}" for i in range(20)]))  # first 4 run, blocked
        await asyncio.sleep(0.05)
        other = asyncio.create_task(batcher.submit([f"t-{i}" for i in range(100, 110)]))
        single = asyncio.create_task(batcher.submit(["t-999"]))
        await asyncio.sleep(0.01)
        predict.release.set()
        assert float((await single)[0]["value"]) == 999.0
        rows = await big
        await other
        # round-robin, one text per request per turn: the single task is in the second batch
        assert "t-999" in predict.batches[1], predict.batches[:3]
        assert predict.batches[1][:3] == ["t-4", "t-100", "t-999"]
        assert [float(r["value"]) for r in rows] == [float(i) for i in range(20)]  # order kept per request
    finally:
        predict.release.set()
        await batcher.stop()


async def test_batches_hold_at_most_max_batch_cost_of_work() -> None:
    predict = FakePredict()
    cost = {"long": 50, "short": 5}
    batcher = MicroBatcher(
        predict, max_batch_size=32, max_batch_cost=100, cost=lambda t: cost[t.split("-")[0]], keep_sizes=True
    )
    await batcher.start()
    try:
        await batcher.submit([f"long-{i}" for i in range(5)] + [f"short-{i}" for i in range(40)])
        for batch in predict.batches:
            assert sum(cost[t.split("-")[0]] for t in batch) <= 100 or len(batch) == 1, batch
        assert max(batcher.stats.sizes) <= 20 and batcher.stats.items == 45
        # an item dearer than the whole budget still runs, alone
        solo = MicroBatcher(predict, max_batch_cost=10, cost=lambda t: 50)
        await solo.start()
        assert float((await solo.submit(["long-7"]))[0]["value"]) == 7.0
        await solo.stop()
    finally:
        await batcher.stop()


async def test_a_request_that_cannot_finish_in_time_is_shed_at_once() -> None:
    predict = FakePredict(delay=0.05)  # 0.05 s per batch of one text costing 10: 5 ms per unit
    batcher = MicroBatcher(
        predict, max_batch_size=1, max_batch_cost=50, max_queue_size=10_000, timeout_s=3.0, cost=lambda t: 10
    )
    await batcher.start()
    try:
        await batcher.submit(["t-1"])  # measures seconds per unit of cost...
        assert batcher.stats.seconds_per_cost > 0
        batcher.calibrate(0.005, 0)  # ...then set to the nominal rate: the verdicts below hold on a busy machine
        backlog = asyncio.create_task(batcher.submit([f"t-{i}" for i in range(30)]))  # 300 units: ~1.5 s
        await asyncio.sleep(0.01)
        depth = batcher.queue_depth
        # a request larger than one micro-batch is judged with the whole backlog (it would push the earlier
        # one past its deadline): 1.5 s + 1.0 s alone is past 80% of the 3 s timeout; alone it would fit
        with pytest.raises(QueueFullError, match="cannot answer this request") as info:
            await batcher.submit([f"t-{9000 + i}" for i in range(20)])
        assert info.value.retry_after_s >= 1
        assert batcher.stats.shed_by_cost == 1 and batcher.stats.timeouts == 0
        assert batcher.queue_depth == depth  # refused before queueing: nothing of it reaches the engine
        # a small request still fits: it shares the engine round-robin instead of queueing behind
        assert float((await batcher.submit(["t-77"]))[0]["value"]) == 77.0
        assert len(await backlog) == 30
        assert not any(t.startswith("t-90") for b in predict.batches for t in b)
        with pytest.raises(QueueFullError, match="even on an idle router"):
            await batcher.submit([f"t-{i}" for i in range(1000)])  # ~50 s alone
    finally:
        await batcher.stop()


async def test_refusal_judges_a_kind_by_its_typical_request_before_it_is_read() -> None:
    predict = FakePredict()
    predict.release = threading.Event()
    batcher = await _started(predict, max_batch_size=2, max_queue_size=4)
    try:
        assert batcher.refusal("/route/batch") is None  # nothing known about this kind yet
        running = asyncio.create_task(batcher.submit(["t-0", "t-1"], "/route/batch"))
        await asyncio.sleep(0.05)
        queued = asyncio.create_task(batcher.submit(["t-2", "t-3", "t-4"], "/route/batch"))
        await asyncio.sleep(0.01)
        refusal = batcher.refusal("/route/batch")  # typical batch ~2 texts: 3 queued + 2 > 4
        assert isinstance(refusal, QueueFullError) and "queue is full" in str(refusal)
        assert batcher.refusal("/route") is None  # singles are judged by their own history
        predict.release.set()
        await running, await queued
        assert batcher.refusal("/route/batch") is None  # load gone
    finally:
        predict.release.set()
        await batcher.stop()
