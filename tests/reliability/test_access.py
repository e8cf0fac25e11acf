"""Access control and exposure: API key, per-client rate limit, CORS, no client-supplied paths.

All against the real app on the real router (in-process ASGI; the loopback tests live in
``test_load.py`` and ``test_faults.py``).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import app.api.security as security
from app.api.security import TokenBuckets
from app.main import create_app

from .conftest import small_settings

KEY = "k3y-0f-the-r0uter"
TASK = {"input": "Write a migration adding an index on orders.created_at"}
SMALL_CONFIG = {"config": {"examples_per_category": 1, "enable_augmentation": False}}


@pytest.fixture(scope="module")
def keyed(router_artifacts: Path) -> Iterator[TestClient]:
    with TestClient(create_app(small_settings(router_artifacts, api_key=KEY))) as c:
        yield c


def test_probes_stay_open_without_the_key(keyed: TestClient) -> None:
    assert keyed.get("/health").status_code == 200
    assert keyed.get("/ready").json()["status"] == "ready"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/route", TASK),
        ("POST", "/route/batch", {"tasks": [TASK]}),
        ("POST", "/dataset/generate", SMALL_CONFIG),
        ("POST", "/dataset/export", SMALL_CONFIG),
        ("GET", "/info", None),
        ("GET", "/metrics", None),
        ("GET", "/openapi.json", None),
        ("GET", "/docs", None),
        ("GET", "/no/such/endpoint", None),
    ],
)
def test_every_other_endpoint_requires_the_key(keyed: TestClient, method: str, path: str, body: Any) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"X-API-Key": KEY[:-1]}, {"Authorization": f"Basic {KEY}"}):
        r = keyed.request(method, path, json=body, headers=headers)
        assert r.status_code == 401, (headers, r.status_code)
        assert r.headers["WWW-Authenticate"] == "Bearer"
        err = r.json()
        assert err["error"] == "unauthorized"
        assert "Authorization: Bearer" in err["message"] or "not valid" in err["message"]
        assert KEY not in r.text
    for headers in ({"Authorization": f"Bearer {KEY}"}, {"authorization": f"bearer {KEY}"}, {"X-API-Key": KEY}):
        r = keyed.request(method, path, json=body, headers=headers)
        expected = 404 if path == "/no/such/endpoint" else 200
        assert r.status_code == expected, (headers, r.text[:200])


def test_keys_are_compared_in_constant_time(keyed: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    assert keyed.post("/route", json=TASK, headers={"X-API-Key": "x"}).status_code == 401
    assert keyed.post("/route", json=TASK).status_code == 401
    assert keyed.post("/route", json=TASK, headers={"X-API-Key": KEY}).status_code == 200
    # one digest comparison per request, key or not, of equal-length digests (no early exit on length)
    assert len(calls) == 3 and all(len(a) == len(b) == 32 for a, b in calls)


def test_rate_limit_on_expensive_endpoints_per_client(router_artifacts: Path) -> None:
    # 1 per minute: no refill during the test however slow the machine (dataset jobs start a process each)
    app = create_app(small_settings(router_artifacts, rate_limit_per_minute=1, rate_limit_burst=3))
    with TestClient(app, client=("10.0.0.1", 5000)) as first:
        statuses = [first.post("/dataset/generate", json=SMALL_CONFIG).status_code for _ in range(3)]
        assert statuses == [200, 200, 200]
        limited = first.post("/route/batch", json={"tasks": [TASK]})  # same bucket: the 4th expensive call
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        assert limited.json()["error"] == "rate_limited"
        assert "limit 1 per minute" in limited.json()["message"]
        assert first.post("/dataset/export", json=SMALL_CONFIG).status_code == 429
        # the cheap hot path is not limited
        assert all(first.post("/route", json=TASK).status_code == 200 for _ in range(10))
        other = TestClient(app, client=("10.0.0.2", 5000))  # another client has its own budget
        assert other.post("/dataset/generate", json=SMALL_CONFIG).status_code == 200


def test_token_buckets_refill_and_stay_bounded() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=60, capacity=2, max_clients=100, clock=lambda: now[0])
    assert [buckets.take("a"), buckets.take("a")] == [0.0, 0.0]
    assert buckets.take("a") == pytest.approx(1.0)  # 1 token per second
    now[0] += 0.5
    assert buckets.take("a") == pytest.approx(0.5)
    now[0] += 1.0
    assert buckets.take("a") == 0.0
    for i in range(1000):
        buckets.take(f"client-{i}")
    assert len(buckets) == 100  # least recently seen clients are evicted


def test_cors_is_closed_by_default(keyed: TestClient, router_artifacts: Path) -> None:
    with TestClient(create_app(small_settings(router_artifacts))) as c:
        pre = c.options("/route", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in pre.headers
        simple = c.post("/route", json=TASK, headers={"Origin": "https://evil.example"})
        assert simple.status_code == 200 and "access-control-allow-origin" not in simple.headers


def test_cors_allows_only_configured_origins(router_artifacts: Path) -> None:
    settings = small_settings(router_artifacts, cors_allow_origins="https://app.example", api_key=KEY)
    assert settings.cors_allow_origins == ["https://app.example"]
    with TestClient(create_app(settings)) as c:
        ok = c.options(
            "/route",
            headers={
                "Origin": "https://app.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == "https://app.example"
        bad = c.options("/route", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert bad.status_code == 400 and "access-control-allow-origin" not in bad.headers
        # CORS sits outside the key check: a browser sees the 401 with the CORS header
        r = c.post("/route", json=TASK, headers={"Origin": "https://app.example"})
        assert r.status_code == 401 and r.headers["access-control-allow-origin"] == "https://app.example"


PATHLIKE = re.compile(
    r"(^|_)(paths?|files?|filename|dirs?|directory|folder|url|uri|dest|destination|location|out|output)($|_)", re.I
)


def test_no_endpoint_takes_a_path_from_the_client(real_client: TestClient) -> None:
    spec = real_client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    request_models = set()
    for ops in spec["paths"].values():
        for op in ops.values():
            for param in op.get("parameters", []):
                assert not PATHLIKE.search(param["name"]), f"parameter {param['name']} looks like a path"
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                request_models.add(body["$ref"].rsplit("/", 1)[1])

    def walk(name: str) -> None:
        model = schemas[name]
        assert model.get("additionalProperties") is False, f"{name} accepts unknown fields"
        for prop, sub in model.get("properties", {}).items():
            assert not PATHLIKE.search(prop), f"{name}.{prop} looks like a client-supplied path"
            for ref in re.findall(r"#/components/schemas/(\w+)", str(sub)):
                if schemas[ref].get("type") == "object":
                    walk(ref)

    assert request_models >= {"RouteRequest", "BatchRequest", "GenerateRequest", "ExportRequest"}
    for name in request_models:
        walk(name)
    # the download's file name comes from the split/format enums, never from the request text
    r = real_client.post("/dataset/export", json={**SMALL_CONFIG, "format": "json", "split": "val"})
    assert r.status_code == 200
    assert r.headers["content-disposition"] == 'attachment; filename="claude_training_val.json"'


def test_no_response_reveals_server_paths(real_client: TestClient, router_artifacts: Path) -> None:
    repo = str(Path(__file__).resolve().parents[2])
    for path in ("/info", "/ready", "/health", "/metrics", "/openapi.json"):
        text = real_client.get(path).text
        assert repo not in text and str(router_artifacts.resolve()) not in text, path


# -- Host and Origin (DNS rebinding, cross-site requests) ---------------------------------------------

REBOUND = {"Host": "evil.example:8000", "Origin": "http://evil.example:8000"}
WRITES = [
    ("POST", "/route", TASK),
    ("POST", "/route/batch", {"tasks": [TASK]}),
    ("POST", "/feedback", {**TASK, "routed_agent": "coder", "routed_model": "haiku", "outcome": "success"}),
    ("GET", "/feedback/stats", None),
    ("GET", "/info", None),
    ("POST", "/dataset/export", SMALL_CONFIG),
    ("POST", "/mcp", {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}),
]


@pytest.fixture(scope="module")
def loopback(router_artifacts: Path) -> Iterator[str]:
    from .conftest import ThreadedServer

    with ThreadedServer(create_app(small_settings(router_artifacts))) as server:
        yield server.base


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_loopback_service_refuses_a_rebound_host_on_every_endpoint(
    loopback: str, method: str, path: str, body: Any
) -> None:
    import httpx

    rebound = httpx.request(method, loopback + path, json=body, headers=REBOUND, timeout=30)
    assert rebound.status_code == 421, (path, rebound.status_code, rebound.text[:200])
    message = rebound.json()["message"]
    assert "Host 'evil.example:8000'" in message and "ROUTER_ALLOWED_HOSTS" in message
    # a page elsewhere posting straight to 127.0.0.1 (right Host, foreign Origin)
    cross = httpx.request(method, loopback + path, json=body, headers={"Origin": "https://evil.example"}, timeout=30)
    assert cross.status_code == 403 and "ROUTER_CORS_ALLOW_ORIGINS" in cross.json()["message"], path


def test_loopback_names_and_probes_stay_reachable(loopback: str) -> None:
    import httpx

    port = loopback.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST", f"[::1]:{port}"):
        ok = httpx.post(loopback + "/route", json=TASK, headers={"Host": host}, timeout=30)
        assert ok.status_code == 200, (host, ok.text[:200])
    same_origin = httpx.post(loopback + "/route", json=TASK, headers={"Origin": f"http://localhost:{port}"}, timeout=30)
    assert same_origin.status_code == 200
    # liveness and readiness answer whatever the Host (probes address the pod by its IP)
    for probe in ("/health", "/ready"):
        assert httpx.get(loopback + probe, headers=REBOUND, timeout=30).status_code == 200


def test_allowed_hosts_setting(router_artifacts: Path) -> None:
    # in-process clients (server "testserver", not loopback): no check unless hosts are listed
    with TestClient(create_app(small_settings(router_artifacts))) as open_:
        assert open_.post("/route", json=TASK, headers={"Host": "evil.example"}).status_code == 200
    settings = small_settings(router_artifacts, allowed_hosts="router.internal, testserver")
    assert settings.allowed_hosts == ["router.internal", "testserver"]
    cors = ["https://app.example"]
    listed_hosts = small_settings(router_artifacts, allowed_hosts=["router.internal"], cors_allow_origins=cors)
    with TestClient(create_app(listed_hosts)) as c:
        assert c.post("/route", json=TASK, headers={"Host": "router.internal:8443"}).status_code == 200
        assert c.post("/route", json=TASK, headers={"Host": "evil.example"}).status_code == 421
        listed = c.post("/route", json=TASK, headers={"Host": "router.internal", "Origin": "https://app.example"})
        assert listed.status_code == 200 and listed.headers["access-control-allow-origin"] == "https://app.example"
        assert c.post("/route", json=TASK, headers={"Host": "router.internal", "Origin": "null"}).status_code == 403
    with TestClient(create_app(small_settings(router_artifacts, allowed_hosts="*"))) as anyhost:
        assert anyhost.post("/route", json=TASK, headers={"Host": "evil.example"}).status_code == 200
