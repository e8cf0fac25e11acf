"""Typed Python client of the routing service (httpx; sync and async).

    from app.client import RouterClient

    with RouterClient("http://127.0.0.1:8000") as router:
        decision = router.route("Audit the OAuth2 login flow", preference=-0.3)
        print(decision.agent, decision.model, decision.claude_flow.agent_type)
        router.feedback("Audit the OAuth2 login flow", decision, outcome="success")

``AsyncRouterClient`` has the same methods as coroutines. Error answers raise
:class:`RouterError` carrying the status, the service's error code and its message.
"""

from __future__ import annotations

from typing import Any

import httpx

from app.api.feedback import FeedbackAck, FeedbackStats
from app.api.schemas import BatchResponse, RouteResponse
from app.labels import Agent, Complexity, ModelTier

__all__ = ["AsyncRouterClient", "RouterClient", "RouterError"]


class RouterError(Exception):
    """An error answer of the service (``status``, ``code``, ``message``)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


def _task(
    input: str,
    context: str = "",
    *,
    preference: float | None = None,
    min_model: ModelTier | str | None = None,
    max_model: ModelTier | str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"input": input}
    if context:
        body["context"] = context
    if preference is not None:
        body["preference"] = preference
    if min_model is not None:
        body["min_model"] = str(min_model)
    if max_model is not None:
        body["max_model"] = str(max_model)
    return body


def _feedback(
    input: str,
    routed: RouteResponse,
    outcome: str,
    *,
    context: str = "",
    correct_agent: Agent | str | None = None,
    correct_model: ModelTier | str | None = None,
    correct_complexity: Complexity | str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "input": input,
        "context": context,
        "routed_agent": routed.agent.value,
        "routed_model": routed.model.value,
        "routed_complexity": routed.complexity.value,
        "routed_domain": routed.domain.value,
        "router_version": routed.router_version,
        "outcome": outcome,
    }
    for key, value in (
        ("correct_agent", correct_agent),
        ("correct_model", correct_model),
        ("correct_complexity", correct_complexity),
        ("note", note),
    ):
        if value is not None:
            body[key] = str(value)
    return body


def _check(resp: httpx.Response) -> Any:
    if resp.status_code >= 400:
        try:
            err = resp.json()
            code, message = str(err.get("error", "http_error")), str(err.get("message", resp.text))
        except ValueError:
            code, message = "http_error", resp.text[:500]
        raise RouterError(resp.status_code, code, message)
    return resp.json()


def _headers(api_key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"} if api_key else {}


class RouterClient:
    """Blocking client. ``client`` lets you pass a configured ``httpx.Client`` (it is not closed)."""

    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8000",
        *,
        timeout: float = 10.0,
        api_key: str | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self._own = client is None
        self._http = client or httpx.Client(base_url=base_url, timeout=timeout, headers=_headers(api_key))

    def __enter__(self) -> RouterClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own:
            self._http.close()

    def route(self, input: str, context: str = "", **options: Any) -> RouteResponse:
        return RouteResponse.model_validate(_check(self._http.post("/route", json=_task(input, context, **options))))

    def route_batch(self, tasks: list[dict[str, Any]]) -> BatchResponse:
        """``tasks``: dicts with the keys of :meth:`route` (``input``, ``context``, ``preference``, bounds)."""
        body = {"tasks": [_task(**t) for t in tasks]}
        return BatchResponse.model_validate(_check(self._http.post("/route/batch", json=body)))

    def feedback(self, input: str, routed: RouteResponse, outcome: str, **extra: Any) -> FeedbackAck:
        body = _feedback(input, routed, outcome, **extra)
        return FeedbackAck.model_validate(_check(self._http.post("/feedback", json=body)))

    def feedback_stats(self, hours: float | None = None) -> FeedbackStats:
        params = {"hours": hours} if hours is not None else {}
        return FeedbackStats.model_validate(_check(self._http.get("/feedback/stats", params=params)))

    def ready(self) -> bool:
        try:
            return self._http.get("/ready").status_code == 200
        except httpx.HTTPError:
            return False


class AsyncRouterClient:
    """Asynchronous client with the same methods as :class:`RouterClient`."""

    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8000",
        *,
        timeout: float = 10.0,
        api_key: str | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._own = client is None
        self._http = client or httpx.AsyncClient(base_url=base_url, timeout=timeout, headers=_headers(api_key))

    async def __aenter__(self) -> AsyncRouterClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._own:
            await self._http.aclose()

    async def route(self, input: str, context: str = "", **options: Any) -> RouteResponse:
        resp = await self._http.post("/route", json=_task(input, context, **options))
        return RouteResponse.model_validate(_check(resp))

    async def route_batch(self, tasks: list[dict[str, Any]]) -> BatchResponse:
        resp = await self._http.post("/route/batch", json={"tasks": [_task(**t) for t in tasks]})
        return BatchResponse.model_validate(_check(resp))

    async def feedback(self, input: str, routed: RouteResponse, outcome: str, **extra: Any) -> FeedbackAck:
        resp = await self._http.post("/feedback", json=_feedback(input, routed, outcome, **extra))
        return FeedbackAck.model_validate(_check(resp))

    async def feedback_stats(self, hours: float | None = None) -> FeedbackStats:
        params = {"hours": hours} if hours is not None else {}
        return FeedbackStats.model_validate(_check(await self._http.get("/feedback/stats", params=params)))

    async def ready(self) -> bool:
        try:
            return (await self._http.get("/ready")).status_code == 200
        except httpx.HTTPError:
            return False
