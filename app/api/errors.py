"""Domain exceptions and their HTTP mapping.

Every error response has the same shape::

    {"error": "<short code>", "message": "<what went wrong and what to do>", "detail": [...]}

``detail`` (validation errors only) lists the failing fields. A 500 never echoes the
exception: it says ``internal_error`` and is logged server-side.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.inference.batcher import BatcherError, QueueFullError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """A request-level domain error with its HTTP status."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class NotReadyError(ApiError):
    status_code = 503
    code = "not_ready"

    def __init__(self, message: str = "the router is not loaded yet (or is shutting down); retry shortly") -> None:
        super().__init__(message, headers={"Retry-After": "1"})


class BodyTooLargeError(ApiError):
    status_code = 413
    code = "body_too_large"


class DatasetTooLargeError(ApiError):
    status_code = 422
    code = "dataset_too_large"


def limit_error(loc: Sequence[str | int], message: str, kind: str = "limit_exceeded") -> RequestValidationError:
    """A 422 for a limit from the settings, shaped like pydantic's validation errors."""
    return RequestValidationError([{"type": kind, "loc": ("body", *loc), "msg": message, "input": None}])


_FRIENDLY = {
    "json_invalid": "the request body is not valid JSON",
    "model_attributes_type": "expected a JSON object",
    "dict_type": "expected a JSON object",
}


def _field(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    return ".".join(parts)


def _message(err: dict[str, Any]) -> str:
    """One validation error's message, worded for a person."""
    where = _field(err.get("loc", ()))
    kind = str(err.get("type", ""))
    msg = str(err.get("msg", "invalid value"))
    if msg.startswith(("Value error, ", "Assertion failed, ")):
        msg = msg.split(", ", 1)[1]
    if kind == "missing" and not where:
        return 'the request body is missing: send a JSON object, e.g. {"input": "Fix the login bug"}'
    if kind == "missing":
        return "this field is required"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see /docs for the schema)"
    if kind == "json_invalid":
        reason = (err.get("ctx") or {}).get("error")
        return _FRIENDLY[kind] + (f" ({reason})" if reason else "")
    if kind in _FRIENDLY and isinstance(err.get("input"), bytes):  # a body that was not sent as JSON
        return f"{_FRIENDLY[kind]}: send the body as JSON with the header `Content-Type: application/json`"
    if kind in _FRIENDLY:
        got = "null" if err.get("input") is None else type(err.get("input")).__name__
        return f"{_FRIENDLY[kind]}, got {got}"
    return msg


def describe_validation(errors: Sequence[dict[str, Any]]) -> str:
    """Validation errors as one sentence a person can act on."""
    pieces = []
    for err in errors:
        where = "" if err.get("type") == "json_invalid" else _field(err.get("loc", ()))
        pieces.append(f"{where}: {_message(err)}" if where else _message(err))
    return "; ".join(pieces) or "invalid request"


def _jsonable_errors(errors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "loc": [p if isinstance(p, int) else str(p) for p in err.get("loc", ())],
            "type": str(err.get("type", "")),
            "msg": _message(err),
        }
        for err in errors
    ]


def error_body(code: str, message: str, detail: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"error": code, "message": message}
    if detail is not None:
        body["detail"] = detail
    return body


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    return JSONResponse(
        error_body("invalid_request", describe_validation(errors), _jsonable_errors(errors)), status_code=422
    )


async def _api_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(error_body(exc.code, exc.message), status_code=exc.status_code, headers=exc.headers)


async def _batcher_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BatcherError)
    metrics = getattr(request.app.state, "metrics", None)
    code = {
        "QueueFullError": "overloaded",
        "InferenceTimeoutError": "timeout",
        "InferenceFailedError": "inference_failed",
        "BatcherClosedError": "not_ready",
    }.get(type(exc).__name__, "unavailable")
    if metrics is not None:
        metrics.rejected.labels(reason=code).inc()
    retry = exc.retry_after_s if isinstance(exc, QueueFullError) else max(1, exc.retry_after_s)
    return JSONResponse(error_body(code, str(exc)), status_code=503, headers={"Retry-After": str(retry)})


#: FastAPI's HTTPException detail for a request body it could not decode
UNREADABLE_BODY = "There was an error parsing the body"


def _unreadable_reason(cause: BaseException | None) -> str:
    if isinstance(cause, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(cause, RecursionError):
        return "it is nested too deeply"
    if isinstance(cause, ValueError) and "digits" in str(cause):
        return "it holds a number with too many digits"
    return "it could not be decoded"


async def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == UNREADABLE_BODY:
        # FastAPI's answer to a body its JSON parser gave up on: the same 422 as invalid JSON
        message = f"the request body is not valid JSON ({_unreadable_reason(exc.__cause__)}); send a UTF-8 JSON object"
        detail = [{"loc": ["body"], "type": "json_invalid", "msg": message}]
        return JSONResponse(error_body("invalid_request", message, detail), status_code=422)
    codes = {404: "not_found", 405: "method_not_allowed"}
    message = str(exc.detail)
    if exc.status_code == 404:
        message = f"no endpoint at {request.url.path}; see /docs for the API"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}; see /docs for the API"
    return JSONResponse(
        error_body(codes.get(exc.status_code, "http_error"), message),
        status_code=exc.status_code,
        headers=dict(exc.headers or {}),
    )


async def _unhandled_handler(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        error_body("internal_error", "the service failed on this request; it has been logged"), status_code=500
    )


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(ApiError, _api_error_handler)
    app.add_exception_handler(BatcherError, _batcher_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(Exception, _unhandled_handler)
