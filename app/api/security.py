"""Access control and exposure: optional API key, per-client rate limit, CORS.

All three are pure ASGI middleware installed by :func:`install_security` from the settings:

* **API key** (``ROUTER_API_KEY``): when set, every request except ``/health`` and ``/ready``
  must carry it as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``; otherwise 401.
  Keys are compared in constant time (``hmac.compare_digest`` of their SHA-256 digests, so
  neither the content nor the length of the configured key leaks through timing).
* **Rate limit** (``ROUTER_RATE_LIMIT_PER_MINUTE``, ``ROUTER_RATE_LIMIT_BURST``): a token
  bucket per client address on the expensive endpoints (``/dataset/*``, ``/route/batch``, and the MCP
  tool ``route_tasks``, which draws on the same bucket as ``/route/batch``);
  over it: 429 with ``Retry-After``. At most :data:`MAX_TRACKED_CLIENTS` buckets are kept
  (least recently seen evicted), so memory stays bounded whatever the number of clients.
  The client is ``scope["client"]``: behind a reverse proxy, run uvicorn with
  ``--proxy-headers --forwarded-allow-ips=<proxy>`` so that it is the real client.
* **CORS** (``ROUTER_CORS_ALLOW_ORIGINS``): closed by default (no CORS headers at all, so
  browsers refuse cross-origin calls); only the listed origins are allowed when set.
* **Host and Origin** (``ROUTER_ALLOWED_HOSTS``): a page on another site can make a browser send
  requests to a service on 127.0.0.1, by DNS rebinding (its own name resolving to 127.0.0.1, so the
  Host header carries that name) or by a plain cross-site POST (the Origin header names the page).
  Every endpoint but the probes checks both: with the setting empty, a server socket on loopback
  accepts only the loopback names (``localhost``, ``127.0.0.1``, ``[::1]``, any port) as Host (else
  421) and only those or a CORS origin as Origin (else 403); a server on any other address checks
  nothing unless hosts are listed. A list is enforced on every address; ``*`` turns the check off.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from collections import OrderedDict
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.errors import error_body
from app.settings import Settings

#: endpoints reachable without the API key (liveness and readiness probes)
OPEN_PATHS = frozenset({"/health", "/ready"})
#: path prefixes under the per-client rate limit
RATE_LIMITED_PREFIXES = ("/dataset/", "/route/batch")
MAX_TRACKED_CLIENTS = 10_000


def _digest(value: bytes) -> bytes:
    return hashlib.sha256(value).digest()


def _presented_key(headers: list[tuple[bytes, bytes]]) -> bytes | None:
    for name, value in headers:
        if name == b"x-api-key":
            return value.strip()
        if name == b"authorization":
            scheme, _, token = value.strip().partition(b" ")
            if scheme.lower() == b"bearer" and token.strip():
                return token.strip()
    return None


class ApiKeyMiddleware:
    """401 for every request without the configured key, except :data:`OPEN_PATHS`."""

    def __init__(self, app: ASGIApp, api_key: str) -> None:
        self.app = app
        self._expected = _digest(api_key.encode("utf-8"))

    def allowed(self, presented: bytes | None) -> bool:
        # always one constant-time comparison, key given or not
        return hmac.compare_digest(_digest(presented or b""), self._expected) and presented is not None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        presented = _presented_key(scope.get("headers", []))
        if self.allowed(presented):
            await self.app(scope, receive, send)
            return
        if presented is None:
            message = "this service requires an API key: send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`"
        else:
            message = "the API key is not valid; check the key this service was configured with"
        response = JSONResponse(
            error_body("unauthorized", message), status_code=401, headers={"WWW-Authenticate": "Bearer"}
        )
        await response(scope, receive, send)


class TokenBuckets:
    """Per-client token buckets: ``capacity`` requests at once, refilled at ``per_minute``."""

    def __init__(
        self,
        per_minute: int,
        capacity: int,
        *,
        max_clients: int = MAX_TRACKED_CLIENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 1 or capacity < 1:
            raise ValueError("per_minute and capacity must be at least 1")
        self.rate = per_minute / 60.0
        self.capacity = float(capacity)
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, updated)

    def __len__(self) -> int:
        return len(self._buckets)

    def message(self, what: str, wait: float) -> str:
        """The refusal, in the same words for REST and MCP."""
        return (
            f"too many requests to {what} from this client (limit {round(self.rate * 60)} per minute, bursts of "
            f"{int(self.capacity)}); retry in {max(1, math.ceil(wait))} s"
        )

    def take(self, client: str) -> float:
        """0.0 when the request may go ahead, else the seconds until it would be allowed."""
        now = self.clock()
        tokens, updated = self._buckets.pop(client, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - updated) * self.rate)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self.rate
        self._buckets[client] = (tokens, now)
        while len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return wait


class RateLimitMiddleware:
    """429 with Retry-After for a client over its budget on :data:`RATE_LIMITED_PREFIXES`."""

    def __init__(self, app: ASGIApp, buckets: TokenBuckets) -> None:
        self.app = app
        self.buckets = buckets

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") == "OPTIONS" or not path.startswith(RATE_LIMITED_PREFIXES):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        wait = self.buckets.take(client[0] if client else "unknown")
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        retry = max(1, math.ceil(wait))
        response = JSONResponse(
            error_body("rate_limited", self.buckets.message(path, wait)),
            status_code=429,
            headers={"Retry-After": str(retry)},
        )
        await response(scope, receive, send)


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _host_name(value: str) -> str:
    """``Host``/URL authority without port, lower-case, IPv6 without brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    if value.count(":") == 1:
        return value.partition(":")[0]
    return value


def _is_loopback(address: str) -> bool:
    return address == "::1" or address.startswith("127.") or address == "localhost"


class HostCheckMiddleware:
    """421 for a Host, 403 for an Origin that the service does not answer to (see the module doc)."""

    def __init__(self, app: ASGIApp, allowed_hosts: list[str], cors_origins: list[str]) -> None:
        self.app = app
        self.configured = frozenset(_host_name(h) for h in allowed_hosts if h.strip())
        self.off = "*" in self.configured
        self.cors_origins = frozenset(o.rstrip("/").lower() for o in cors_origins)

    def allowed_names(self, scope: Scope) -> frozenset[str] | None:
        """The names to enforce for this request, or None when nothing is checked."""
        if self.off:
            return None
        if self.configured:
            return self.configured
        server = scope.get("server")
        return LOOPBACK_NAMES if server and _is_loopback(str(server[0])) else None

    def _refusal(self, headers: list[tuple[bytes, bytes]], names: frozenset[str]) -> JSONResponse | None:
        host = origin = None
        for key, value in headers:
            if key == b"host":
                host = value.decode("latin-1")
            elif key == b"origin":
                origin = value.decode("latin-1")
        hint = "set ROUTER_ALLOWED_HOSTS to the names this service is reached by"
        if host is not None and _host_name(host) not in names:
            message = f"this service does not answer to Host {host!r} (DNS rebinding protection); {hint}"
            return JSONResponse(error_body("host_not_allowed", message), status_code=421)
        if origin is not None:
            clean = origin.strip().rstrip("/").lower()
            if "*" in self.cors_origins or clean in self.cors_origins:
                return None
            scheme, sep, authority = clean.partition("://")
            if not sep or scheme not in ("http", "https") or _host_name(authority) not in names:
                message = (
                    f"requests from the web page at Origin {origin!r} are refused; list it in "
                    "ROUTER_CORS_ALLOW_ORIGINS or its host in ROUTER_ALLOWED_HOSTS"
                )
                return JSONResponse(error_body("origin_not_allowed", message), status_code=403)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        names = self.allowed_names(scope) if scope["type"] == "http" else None
        if names is None or scope.get("path") in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope.get("headers", []), names)
        if refusal is None:
            await self.app(scope, receive, send)
        else:
            await refusal(scope, receive, send)


def install_security(app: FastAPI, settings: Settings) -> None:
    """Adds the rate limit, the API key check, CORS and the Host/Origin check (outermost) as configured."""
    # one budget per client, shared by the REST endpoints and the MCP tools that do the same work
    app.state.rate_buckets = None
    if settings.rate_limit_per_minute > 0:
        app.state.rate_buckets = TokenBuckets(settings.rate_limit_per_minute, settings.rate_limit_burst)
        app.add_middleware(RateLimitMiddleware, buckets=app.state.rate_buckets)
    if settings.api_key is not None and settings.api_key.get_secret_value():
        app.add_middleware(ApiKeyMiddleware, api_key=settings.api_key.get_secret_value())
    if settings.cors_allow_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_allow_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "X-Request-ID"],
            expose_headers=["Retry-After", "X-Request-ID"],
            allow_credentials=False,
            max_age=600,
        )
    app.add_middleware(
        HostCheckMiddleware, allowed_hosts=list(settings.allowed_hosts), cors_origins=list(settings.cors_allow_origins)
    )
