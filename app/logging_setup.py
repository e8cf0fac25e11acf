"""Structured logs: one JSON object per line, and one request log line per HTTP request.

* :func:`configure_logging` (called by the app's lifespan) installs one stderr handler on the
  root logger, JSON (``ROUTER_LOG_FORMAT=json``, the default) or text, and gives uvicorn's own
  handlers the same formatter. A host application that configured logging itself (the root
  logger already has handlers) keeps its configuration.
* :class:`RequestLogMiddleware` logs ``method, path, status, duration_ms, client, request_id``
  for every request on the ``app.request`` logger (probes at DEBUG), and echoes the request id
  as ``X-Request-ID``. The task text is **not** logged unless ``ROUTER_LOG_TASK_TEXT=true``:
  only then is the body of ``/route`` requests looked at, and its ``input`` fields logged.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any, TextIO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.settings import Settings

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: structured fields passed with ``extra={"fields": {...}}`` are merged into the JSON object
FIELDS_ATTR = "fields"
#: most characters of one task text written to a log line (when task text logging is on)
MAX_LOGGED_TASK_CHARS = 2_000
#: most body bytes looked at for task text (when task text logging is on)
MAX_LOGGED_BODY_BYTES = 1 << 20
QUIET_PATHS = frozenset({"/health", "/ready", "/metrics"})
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")

request_log = logging.getLogger("app.request")


class JsonFormatter(logging.Formatter):
    """``{"ts", "level", "logger", "msg", ...fields, "exc"?}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        body: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, FIELDS_ATTR, None)
        if isinstance(fields, dict):
            body.update(fields)
        if record.exc_info:
            body["exc"] = self.formatException(record.exc_info)
        return json.dumps(body, ensure_ascii=False, default=str)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at emit time (survives stream swaps in tests)."""

    router_handler = True

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def _formatter(settings: Settings) -> logging.Formatter:
    return JsonFormatter() if settings.log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(settings: Settings) -> None:
    """Root handler and uvicorn's handlers in the configured format; idempotent."""
    level = settings.log_level.upper()
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "router_handler", False)]
    foreign = [h for h in root.handlers if not getattr(h, "router_handler", False)]
    formatter = _formatter(settings)
    if not foreign:
        handler = ours[0] if ours else _StderrHandler()
        handler.setFormatter(formatter)
        if not ours:
            root.addHandler(handler)
        root.setLevel(level)
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
            for h in logging.getLogger(name).handlers:
                h.setFormatter(formatter)
    logging.getLogger("app").setLevel(level)
    if settings.log_format == "json":
        # app.request replaces uvicorn's access line (same facts plus duration and request id)
        logging.getLogger("uvicorn.access").setLevel(logging.WARNING)


def _task_texts(path: str, body: bytes) -> list[str] | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    items = data.get("tasks") if path == "/route/batch" and isinstance(data, dict) else [data]
    if not isinstance(items, list):
        return None
    texts = [str(t.get("input"))[:MAX_LOGGED_TASK_CHARS] for t in items if isinstance(t, dict) and "input" in t]
    return texts or None


class RequestLogMiddleware:
    """One structured log line per HTTP request; the task text only when enabled."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.log_task_text = settings.log_task_text

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = ""
        for name, value in scope.get("headers", []):
            if name == b"x-request-id":
                candidate = value.decode("latin-1")
                request_id = candidate if _REQUEST_ID.match(candidate) else ""
        request_id = request_id or uuid.uuid4().hex
        path = scope.get("path", "")
        status = 500
        captured: list[bytes] = []
        capture = self.log_task_text and path.startswith("/route")

        async def logging_receive() -> Message:
            msg = await receive()
            if capture and msg["type"] == "http.request" and sum(map(len, captured)) < MAX_LOGGED_BODY_BYTES:
                captured.append(msg.get("body", b""))
            return msg

        async def logging_send(msg: Message) -> None:
            nonlocal status
            if msg["type"] == "http.response.start":
                status = msg["status"]
                msg = {**msg, "headers": [*msg.get("headers", []), (b"x-request-id", request_id.encode())]}
            await send(msg)

        try:
            await self.app(scope, logging_receive if capture else receive, logging_send)
        finally:
            client = scope.get("client")
            fields: dict[str, Any] = {
                "request_id": request_id,
                "method": scope.get("method", ""),
                "path": path,
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "client": client[0] if client else None,
            }
            if capture and captured:
                texts = _task_texts(path, b"".join(captured))
                if texts is not None:
                    fields["task_text"] = texts
            level = logging.DEBUG if path in QUIET_PATHS else logging.INFO
            if status >= 500 and status != 503:  # 503 is load shedding: one WARNING each would flood the log
                level = logging.WARNING
            request_log.log(level, "%s %s %d", fields["method"], path, status, extra={FIELDS_ATTR: fields})


def uvicorn_log_config(settings: Settings) -> dict[str, Any]:
    """uvicorn's logging config with this service's format, so its very first lines are JSON too."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    if settings.log_format == "json":
        for name in config["formatters"]:
            config["formatters"][name] = {"()": f"{__name__}.JsonFormatter"}
    return config
