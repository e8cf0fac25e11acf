"""/route and /route/batch through the real app on the real shipped router."""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from app.inference.engine import EngineOptions, RouterEngine
from app.labels import AGENTS, COMPLEXITIES, DOMAINS, MODEL_TIERS, expected_model
from app.text import task_text

TASKS = [
    {"input": "Audit the OAuth2 login flow for token leakage", "context": "Flask API, JWT in localStorage"},
    {"input": "Rename the variable tmp to retry_count in utils.py"},
    {"input": "Design a multi-region active-active architecture for the payments platform"},
    {"input": "Review this pull request for readability and missing tests", "context": "Go service"},
    {"input": "Compare three vector databases for our semantic search use case"},
]


@pytest.fixture(scope="module")
def engine(artifacts: Path) -> RouterEngine:
    return RouterEngine(artifacts, EngineOptions(verify_checksums=False))


def test_route_returns_the_full_decision(client: TestClient, artifacts: Path) -> None:
    r = client.post("/route", json=TASKS[0])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["agent"] in {a.value for a in AGENTS}
    assert body["model"] in {m.value for m in MODEL_TIERS}
    assert body["complexity"] in {c.value for c in COMPLEXITIES}
    assert body["domain"] in {d.value for d in DOMAINS}
    probs = body["probabilities"]
    assert list(probs["agent"]) == [a.value for a in AGENTS]
    assert list(probs["complexity"]) == [c.value for c in COMPLEXITIES]
    assert list(probs["domain"]) == [d.value for d in DOMAINS]
    assert list(probs["model"]) == [m.value for m in MODEL_TIERS]
    for head in probs.values():
        assert math.isclose(sum(head.values()), 1.0, abs_tol=1e-3)
    assert body["agent"] == max(probs["agent"], key=probs["agent"].get)
    assert body["confidence"]["agent"] == pytest.approx(probs["agent"][body["agent"]])
    assert body["confidence"]["model"] == pytest.approx(probs["model"][body["model"]])
    assert 0.0 <= body["quality_score"] <= 1.0
    # with no options, the tier is the policy's tier for the predicted agent and complexity
    assert body["rule"] == "policy"
    assert body["model"] == expected_model(body["agent"], body["complexity"]).value == body["policy_model"]
    alts = body["alternatives"]
    assert len(alts) == 2 and body["agent"] not in {a["agent"] for a in alts}
    assert alts[0]["probability"] >= alts[1]["probability"]
    ranked = sorted(probs["agent"].values(), reverse=True)
    assert [a["probability"] for a in alts] == pytest.approx(ranked[1:3])
    assert body["agent"] in body["reasoning"] and body["model"] in body["reasoning"]
    import json

    manifest = json.loads((artifacts / "manifest.json").read_text())
    assert body["router_version"] == manifest["router_version"]


def test_model_id_comes_from_settings(client: TestClient) -> None:
    body = client.post("/route", json={**TASKS[0], "min_model": "opus"}).json()
    assert body["model"] == "opus"
    assert body["model_id"] == "claude-opus-test-id"  # configured in the fixture's Settings
    body = client.post("/route", json={**TASKS[1], "max_model": "haiku"}).json()
    assert body["model"] == "haiku"
    assert body["model_id"] == "claude-haiku-4-5"


def test_probabilities_match_the_engine_on_task_text(client: TestClient, engine: RouterEngine) -> None:
    task = TASKS[3]
    body = client.post("/route", json=task).json()
    direct = engine.predict([task_text(task["input"], task["context"])])
    expected = dict(zip([a.value for a in AGENTS], direct["agent_probs"][0].tolist(), strict=True))
    assert body["probabilities"]["agent"] == pytest.approx(expected, abs=1e-5)
    assert body["quality_score"] == pytest.approx(float(direct["quality"][0]), abs=1e-5)
    # context changes what the router reads
    without = engine.predict([task_text(task["input"])])
    assert not np.allclose(without["agent_probs"][0], direct["agent_probs"][0])


def test_bounds_clamp_the_tier(client: TestClient) -> None:
    for task in TASKS:
        free = client.post("/route", json=task).json()
        low = client.post("/route", json={**task, "max_model": "haiku"}).json()
        high = client.post("/route", json={**task, "min_model": "opus"}).json()
        assert low["model"] == "haiku" and high["model"] == "opus"
        assert low["agent"] == free["agent"] == high["agent"]
        assert low["rule"] == ("policy" if free["model"] == "haiku" else "bounds")
        both = client.post("/route", json={**task, "min_model": "sonnet", "max_model": "sonnet"}).json()
        assert both["model"] == "sonnet"


def test_preference_moves_the_tier_monotonically(client: TestClient) -> None:
    ranks = {m.value: i for i, m in enumerate(MODEL_TIERS)}
    for task in TASKS:
        cheap = client.post("/route", json={**task, "preference": -1}).json()
        dear = client.post("/route", json={**task, "preference": 1}).json()
        assert ranks[cheap["model"]] <= ranks[dear["model"]]
        assert cheap["rule"] in ("preference", "bounds") and dear["rule"] == "preference"
        # preference +1: the dearest tier whose tail probability reaches 0.05
        tail = 0.0
        for tier in reversed(MODEL_TIERS):
            tail += dear["probabilities"]["model"][tier.value]
            if tail >= 0.05 - 1e-6:
                assert dear["model"] == tier.value
                break


def test_long_input_is_truncated_not_rejected(client: TestClient) -> None:
    long_task = "Refactor the billing module to remove duplicated tax logic. " * 300  # ~18k chars, >>128 tokens
    r = client.post("/route", json={"input": long_task})
    assert r.status_code == 200, r.text


def _vector(result: dict) -> np.ndarray:
    p = result["probabilities"]
    return np.array([v for head in ("agent", "complexity", "domain") for v in p[head].values()])


def test_batch_returns_results_in_request_order(client: TestClient) -> None:
    singles = [client.post("/route", json=t).json() for t in TASKS]
    tasks = TASKS + list(reversed(TASKS))
    r = client.post("/route/batch", json={"tasks": tasks})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["count"] == len(tasks) == len(body["results"])
    expected = list(range(len(TASKS))) + list(reversed(range(len(TASKS))))
    single_vectors = np.stack([_vector(s) for s in singles])
    for got, want in zip(body["results"], expected, strict=True):
        # int8 dynamic quantisation makes a row depend slightly on its batch mates, so match by
        # nearest single result: every batch result must be closest to its own task's single result
        distances = np.abs(single_vectors - _vector(got)).sum(axis=1)
        assert int(np.argmin(distances)) == want
        assert np.abs(single_vectors[want] - _vector(got)).max() < 0.05


def test_batch_items_carry_their_own_options(client: TestClient) -> None:
    tasks = [{**TASKS[2], "max_model": "haiku"}, {**TASKS[2], "min_model": "opus"}, TASKS[2]]
    results = client.post("/route/batch", json={"tasks": tasks}).json()["results"]
    assert [r["model"] for r in results[:2]] == ["haiku", "opus"]
    assert results[2]["rule"] == "policy"


def test_concurrent_singles_and_batches_share_batches(client: TestClient) -> None:
    def count_batches() -> tuple[float, float]:
        text = client.get("/metrics").text
        lines = text.splitlines()
        count = next(float(x.split()[-1]) for x in lines if x.startswith("router_batch_size_count"))
        total = next(float(x.split()[-1]) for x in lines if x.startswith("router_batch_size_sum"))
        return count, total

    before = count_batches()
    with ThreadPoolExecutor(max_workers=8) as pool:
        singles = [pool.submit(client.post, "/route", json=TASKS[i % 5]) for i in range(24)]
        batches = [pool.submit(client.post, "/route/batch", json={"tasks": TASKS}) for _ in range(4)]
        responses = [f.result() for f in singles + batches]
    assert all(r.status_code == 200 for r in responses)
    after = count_batches()
    texts = after[1] - before[1]
    calls = after[0] - before[0]
    assert texts == 24 + 4 * len(TASKS)
    assert calls < texts  # some texts shared an onnxruntime call
