"""uvicorn's HTTP protocol with a header-read timeout (slow-header "slowloris" connections).

uvicorn closes an idle keep-alive connection after ``timeout_keep_alive``, but a connection that
opens and then sends its request line and headers a byte at a time is held for as long as the
client likes: a few hundred such connections hold sockets, memory and file descriptors without
ever making a request. This protocol closes a connection whose request headers are not complete
``ROUTER_HEADER_TIMEOUT_S`` seconds after the connection opened, or after the first byte of the
next request on a kept-alive connection. A slow *body* is not cut (large batches upload for a while);
the request timeout and the body limit bound those.

``claude-task-router serve`` selects it (``http="app.api.server_protocol:HeaderTimeoutProtocol"``).
"""

from __future__ import annotations

import asyncio
import functools
import os

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

DEFAULT_HEADER_TIMEOUT_S = 10.0


@functools.cache
def header_timeout_s() -> float:
    """The timeout from ``ROUTER_HEADER_TIMEOUT_S`` (``serve`` sets it from the settings), read once per process."""
    try:
        return max(0.1, float(os.environ.get("ROUTER_HEADER_TIMEOUT_S", DEFAULT_HEADER_TIMEOUT_S)))
    except ValueError:
        return DEFAULT_HEADER_TIMEOUT_S


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """httptools-based HTTP/1.1 with a deadline for each request's headers."""

    _header_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(header_timeout_s(), self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()  # the next request on a kept-alive connection gets its own deadline

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
