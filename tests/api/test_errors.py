"""Every 4xx path of the API, with the message a person gets."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


def _error(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) >= {"error", "message"}
    assert "Traceback" not in r.text
    return body


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"input": ""}, "input: input is empty or only whitespace"),
        ({"input": " \n\t "}, "input: input is empty or only whitespace"),
        ({"context": "only context"}, "input: this field is required"),
        ({"input": 42}, "input: Input should be a valid string"),
        ({"input": "x", "preference": 1.5}, "preference: Input should be less than or equal to 1"),
        ({"input": "x", "preference": -2}, "preference: Input should be greater than or equal to -1"),
        ({"input": "x", "min_model": "gpt"}, "min_model: Input should be 'haiku', 'sonnet' or 'opus'"),
        ({"input": "x", "min_model": "opus", "max_model": "haiku"}, "min_model (opus) is dearer than max_model"),
        ({"input": "x", "inputs": "typo"}, "inputs: unknown field"),
    ],
)
def test_route_rejects_bad_bodies_with_a_clear_422(client: TestClient, body: dict, needle: str) -> None:
    err = _error(client.post("/route", json=body), 422)
    assert err["error"] == "invalid_request"
    assert needle in err["message"], err["message"]
    assert err["detail"] and all({"loc", "type", "msg"} <= set(d) for d in err["detail"])


def test_missing_and_malformed_bodies(client: TestClient) -> None:
    err = _error(client.post("/route", content=b"", headers={"content-type": "application/json"}), 422)
    assert err["message"].startswith("the request body is missing: send a JSON object")
    err = _error(client.post("/route", content=b'{"input": ', headers={"content-type": "application/json"}), 422)
    assert err["message"].startswith("the request body is not valid JSON")
    err = _error(client.post("/route", json=["Fix the bug"]), 422)
    assert err["message"] == "expected a JSON object, got list"


def test_input_and_context_over_the_configured_limits(limited_client: TestClient) -> None:
    err = _error(limited_client.post("/route", json={"input": "a" * 101}), 422)
    assert err["message"] == (
        "input: input has 101 characters, more than the limit of 100; shorten it "
        "(the router reads only the first ~128 tokens anyway)"
    )
    assert err["detail"][0]["loc"] == ["body", "input"]
    assert limited_client.post("/route", json={"input": "a" * 100}).status_code == 200
    err = _error(limited_client.post("/route", json={"input": "ok", "context": "c" * 51}), 422)
    assert "context has 51 characters, more than the limit of 50" in err["message"]


def test_input_over_the_default_limit(client: TestClient) -> None:
    err = _error(client.post("/route", json={"input": "a" * 20_001}), 422)
    assert "more than the limit of 20000" in err["message"]


def test_batch_limits(limited_client: TestClient) -> None:
    err = _error(limited_client.post("/route/batch", json={"tasks": []}), 422)
    assert "tasks: List should have at least 1 item" in err["message"]
    err = _error(limited_client.post("/route/batch", json={"tasks": [{"input": "t"}] * 4}), 422)
    assert "4 tasks in one request, more than the limit of 3; split them" in err["message"]
    err = _error(limited_client.post("/route/batch", json={"tasks": [{"input": "ok"}, {"input": "  "}]}), 422)
    assert err["message"].startswith("tasks.1.input: input is empty")
    err = _error(limited_client.post("/route/batch", json={"tasks": [{"input": "ok"}, {"input": "b" * 101}]}), 422)
    assert err["message"].startswith("tasks.1.input: input has 101 characters")
    err = _error(limited_client.post("/route/batch", json={"task": [{"input": "ok"}]}), 422)
    assert "tasks: this field is required" in err["message"] and "task: unknown field" in err["message"]


def test_body_over_the_byte_limit_is_refused_before_parsing(limited_client: TestClient) -> None:
    err = _error(limited_client.post("/route", content=b"x" * 5000, headers={"content-type": "application/json"}), 413)
    assert err["error"] == "body_too_large"
    assert "larger than this service's limit of 4096 bytes" in err["message"]

    def chunks():  # no Content-Length: counted while reading
        for _ in range(10):
            yield b"y" * 1000

    r = limited_client.post("/route", content=chunks(), headers={"content-type": "application/json"})
    assert _error(r, 413)["error"] == "body_too_large"


def test_dataset_errors(limited_client: TestClient) -> None:
    err = _error(limited_client.post("/dataset/generate", json={"config": {"examples_per_category": 5}}), 422)
    assert err["error"] == "dataset_too_large"
    assert "up to 75 records, more than the 60" in err["message"] and "POST /dataset/export" in err["message"]
    bad_ratio = {"config": {"examples_per_category": 1, "train_ratio": 0.5}}
    err = _error(limited_client.post("/dataset/generate", json=bad_ratio), 422)
    assert "config: train_ratio + val_ratio + test_ratio must be 1.0 (got 0.8000)" in err["message"]
    err = _error(limited_client.post("/dataset/generate", json={"config": {"examples_per_category": 0}}), 422)
    assert "config.examples_per_category: Input should be greater than or equal to 1" in err["message"]
    err = _error(limited_client.post("/dataset/export", json={"format": "xml"}), 422)
    assert "format: Input should be 'jsonl', 'json' or 'parquet'" in err["message"]
    err = _error(limited_client.post("/dataset/export", json={"split": "holdout"}), 422)
    assert "split: Input should be 'full', 'train', 'val' or 'test'" in err["message"]
    err = _error(limited_client.post("/dataset/export", json={"config": {"examples_per_category": 6}}), 422)
    assert "examples_per_category 6 is above this service's export limit of 5" in err["message"]
    assert err["detail"][0]["loc"] == ["body", "config", "examples_per_category"]


def test_unknown_endpoint_and_method(client: TestClient) -> None:
    err = _error(client.get("/nowhere"), 404)
    assert err == {"error": "not_found", "message": "no endpoint at /nowhere; see /docs for the API"}
    err = _error(client.get("/route"), 405)
    assert err["message"] == "GET is not allowed on /route; see /docs for the API"


def test_500_never_echoes_internals(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"verify_checksums": False}))

    def explode() -> None:
        raise RuntimeError("connection string postgres://admin:hunter2@db")

    app.add_api_route("/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/explode")
    assert r.status_code == 500
    assert r.json() == {"error": "internal_error", "message": "the service failed on this request; it has been logged"}
    assert "hunter2" not in r.text


def test_openapi_documents_every_endpoint_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    expected = {
        ("/route", "post"),
        ("/route/batch", "post"),
        ("/dataset/generate", "post"),
        ("/dataset/export", "post"),
        ("/health", "get"),
        ("/ready", "get"),
        ("/metrics", "get"),
        ("/info", "get"),
    }
    assert expected <= {(p, m) for p, ops in paths.items() for m in ops}
    schemas = spec["components"]["schemas"]
    for name in ("RouteRequest", "RouteResponse", "BatchRequest", "BatchResponse", "GenerateRequest", "ExportRequest"):
        assert schemas[name].get("examples"), name
    preference = schemas["RouteRequest"]["properties"]["preference"]
    number = next(s for s in preference["anyOf"] if s.get("type") == "number")
    assert number["maximum"] == 1.0 and number["minimum"] == -1.0
    # no 0.0 default: a generated client must not send one and override the policy's default preference
    assert preference.get("default") is None and "preference" not in schemas["RouteRequest"].get("required", [])
    assert "422" in paths["/route"]["post"]["responses"] and "503" in paths["/route"]["post"]["responses"]
    ops = {op["operationId"] for path in paths.values() for op in path.values()}
    assert {"route", "routeBatch", "generate", "export", "postFeedback", "feedbackStats", "claudeCodeHook"} <= ops
    assert set(spec["components"]["securitySchemes"]) == {"bearer", "apiKey"}
    assert "401" in paths["/route"]["post"]["responses"] and "429" in paths["/route/batch"]["post"]["responses"]
    assert spec["info"]["license"]["name"] == "MIT" and spec["servers"][0]["url"].startswith("http://")
