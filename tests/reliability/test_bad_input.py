"""Hand-written bad input against the real app: every case a clear 4xx (never a 5xx) with an
actionable message, and afterwards ``/route`` still answers exactly as before.

(The 4xx paths already pinned in ``tests/api/test_errors.py`` are not repeated here; these are
the hostile ones: megabyte bodies, broken encodings, deep nesting, absurd numbers.)
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

JSON = {"content-type": "application/json"}
MB = 1024 * 1024
PROBE = {"input": "Add retry with exponential backoff to the payment webhook handler", "context": "Python, httpx"}


def _error(r: Any, status: int, needle: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    body = r.json()
    assert isinstance(body["error"], str) and body["error"]
    assert needle in body["message"], body["message"]
    assert "Traceback" not in r.text and "/work" not in r.text and ".py" not in r.text
    return body


# (method path, raw body, content-type, status, message fragment)
RAW_CASES: list[tuple[str, bytes, dict[str, str], int, str]] = [
    ("/route", b"", JSON, 422, "the request body is missing"),
    ("/route", b"   \n\t ", JSON, 422, "not valid JSON"),
    ("/route", b'{"input": "a\x00b"}', JSON, 422, "not valid JSON"),  # raw NUL: invalid JSON
    ("/route", b'{"input": "fix \xff\xfe bug"}', JSON, 422, "not valid JSON (it is not UTF-8 text)"),
    ("/route", b'{"input": "fix \\ud800 bug"}', JSON, 422, "input: Input should be a valid string"),  # lone surrogate
    ("/route", b'{"input": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", JSON, 422, "nested too deeply"),
    (
        "/route",
        b'{"input": "x", "context": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001,
        JSON,
        422,
        "nested too deeply",
    ),
    ("/route", b'{"input": "x", "preference": ' + b"9" * 5000 + b"}", JSON, 422, "too many digits"),
    ("/route", b'{"input": "x", "preference": NaN}', JSON, 422, "preference:"),
    ("/route", b'{"input": "x", "preference": 1e400}', JSON, 422, "preference:"),
    ("/route", b'{"input": "x", "preference": "0.5"}', JSON, 422, "preference: Input should be a valid number"),
    ("/route", b'{"input": "x", "preference": true}', JSON, 422, "preference: Input should be a valid number"),
    ("/route", b'{"input": "x"}', {"content-type": "text/plain"}, 422, "Content-Type: application/json"),
    ("/route", b"input=x", {"content-type": "application/x-www-form-urlencoded"}, 422, "Content-Type"),
    ("/route", b'"just a string"', JSON, 422, "expected a JSON object, got str"),
    ("/route", b"null", JSON, 422, "expected a JSON object, got null"),
    ("/route/batch", b'{"tasks": {"input": "x"}}', JSON, 422, "tasks: Input should be a valid list"),
    ("/route/batch", b'{"tasks": [null]}', JSON, 422, "tasks.0: expected a JSON object"),
    ("/dataset/generate", b'{"config": {"examples_per_category": 1e30}}', JSON, 422, "examples_per_category"),
    ("/dataset/generate", b'{"config": {"examples_per_category": 100000000000000000000000}}', JSON, 422, "less than"),
    ("/dataset/export", b'{"config": {"examples_per_category": -5}}', JSON, 422, "greater than or equal to 1"),
    ("/dataset/export", b'{"config": {"examples_per_category": "3"}}', JSON, 422, "valid integer"),
    ("/dataset/export", b'{"config": {"seed": -1}}', JSON, 422, "config.seed: Input should be greater than"),
    ("/dataset/export", b'{"config": {"enable_augmentation": "yes"}}', JSON, 422, "valid boolean"),
    ("/dataset/export", b'{"strict": 1}', JSON, 422, "strict: Input should be a valid boolean"),
    ("/dataset/export", b'{"format": "../../etc/passwd"}', JSON, 422, "format: Input should be 'jsonl'"),
    ("/dataset/export", b'{"format": "csv", "split": "holdout"}', JSON, 422, "split: Input should be 'full'"),
    ("/dataset/export", b'{"config": {"out_dir": "/tmp/x"}}', JSON, 422, "config.out_dir: unknown field"),
]


def test_route_answer_is_stable_through_hostile_input(real_client: TestClient) -> None:
    before = real_client.post("/route", json=PROBE)
    assert before.status_code == 200
    for path, body, headers, status, needle in RAW_CASES:
        _error(real_client.post(path, content=body, headers=headers), status, needle)
    # megabyte bodies: over the 1 MiB limit -> 413 before parsing, with and without Content-Length
    big = b'{"input": "' + b"a" * (2 * MB) + b'"}'
    _error(real_client.post("/route", content=big, headers=JSON), 413, "larger than this service's limit")
    _error(
        real_client.post("/route", content=iter([big[i : i + 65536] for i in range(0, len(big), 65536)]), headers=JSON),
        413,
        "larger than this service's limit",
    )
    # just under the byte limit but over the character limit -> 422 naming the limit
    _error(real_client.post("/route", json={"input": "a" * 150_000}), 422, "more than the limit of 20000")
    # batch over the configured limit (16 here), and an empty task among valid ones
    _error(real_client.post("/route/batch", json={"tasks": [PROBE] * 17}), 422, "17 tasks in one request")
    _error(real_client.post("/route/batch", json={"tasks": [PROBE, {"input": " \u3000\n"}]}), 422, "tasks.1.input")
    # dataset configs asking for huge sizes: refused with a pointer, never generated
    _error(
        real_client.post("/dataset/generate", json={"config": {"examples_per_category": 100_000}}),
        422,
        "POST /dataset/export",
    )
    _error(
        real_client.post("/dataset/export", json={"config": {"examples_per_category": 1_000_000}}),
        422,
        "above this service's export limit",
    )
    after = real_client.post("/route", json=PROBE)
    assert after.status_code == 200 and after.json() == before.json()


@pytest.mark.parametrize(
    "text",
    [
        "fix the \u0000 null byte bug",
        "修复登录页面的错误 🔥",
        "rtl \u202e override",
        "tab\tand\r\nnewlines",
        "é" * 5000,
    ],
)
def test_odd_but_valid_text_is_routed(real_client: TestClient, text: str) -> None:
    r = real_client.post("/route", json={"input": text, "context": "\u0000"})
    assert r.status_code == 200, r.text[:300]
    assert r.json()["agent"] in {"coder", "researcher", "security", "architecture", "reviewer"}


def test_unknown_methods_and_paths_are_json_errors(real_client: TestClient) -> None:
    for method in ("PUT", "DELETE", "PATCH"):
        _error(real_client.request(method, "/route", json=PROBE), 405, f"{method} is not allowed on /route")
    for path in ("/dataset/../../etc/passwd", "/dataset/export/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"):
        r = real_client.get(path)
        assert r.status_code in (404, 405), r.text
        assert "root:" not in r.text and r.json()["error"] in ("not_found", "method_not_allowed")
