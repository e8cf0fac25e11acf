"""Claude Flow integration over real HTTP on loopback: response fields, the hook (and its
fail-open paths), the MCP endpoint with a real MCP client, and the typed client."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import httpx
import pytest

from app.client import AsyncRouterClient, RouterClient, RouterError
from app.integrations import claude_code_hook
from app.settings import Settings

from .conftest import REPO, LiveServer, artifacts_dir, serve

HOOK = REPO / "app" / "integrations" / "claude_code_hook.py"
SECURITY_TASK = "Audit the OAuth2 login flow for token leakage and CSRF issues"


def _run_hook(
    url: str, prompt_json: str, tmp_path: Path, timeout: str = "1"
) -> tuple[subprocess.CompletedProcess, float]:
    # run a copy outside the package, with no PYTHONPATH: it must be self-contained
    copy = tmp_path / "task_router_hook.py"
    copy.write_text(HOOK.read_text())
    env = {"CLAUDE_TASK_ROUTER_URL": url, "CLAUDE_TASK_ROUTER_TIMEOUT": timeout, "PATH": "/usr/bin:/bin"}
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-I", str(copy)], input=prompt_json, capture_output=True, text=True, env=env, cwd=tmp_path
    )
    return proc, time.monotonic() - started


def test_route_results_carry_claude_flow_fields(live: LiveServer) -> None:
    with RouterClient(live.url) as client:
        batch = client.route_batch([{"input": SECURITY_TASK}, {"input": "Review this pull request for style issues"}])
    first = batch.results[0]
    assert first.agent.value == "security"
    assert first.claude_flow.agent_type == "security-architect"
    assert first.claude_flow.model == first.model and first.claude_flow.model_id == first.model_id
    assert first.claude_flow.confidence == pytest.approx(first.confidence.agent)
    assert [a.confidence for a in first.claude_flow.alternatives] == [a.probability for a in first.alternatives]
    assert first.claude_flow.reason == first.reasoning
    for result in batch.results:  # the configured map overrides the default for reviewer
        if result.agent.value == "reviewer":
            assert result.claude_flow.agent_type == "code-review-swarm"


def test_hook_prints_the_services_hook_output(live: LiveServer, tmp_path: Path) -> None:
    proc, _ = _run_hook(
        live.url, json.dumps({"hook_event_name": "UserPromptSubmit", "prompt": SECURITY_TASK}), tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)["hookSpecificOutput"]
    with RouterClient(live.url) as client:
        expected = client.route(SECURITY_TASK)
    assert out["hookEventName"] == "UserPromptSubmit"
    assert f"model `{expected.model.value}`" in out["additionalContext"]
    assert "security-architect" in out["additionalContext"]
    # not a task: nothing printed, exit 0
    for prompt in ("continue", "/compact"):
        quiet, _ = _run_hook(live.url, json.dumps({"hook_event_name": "UserPromptSubmit", "prompt": prompt}), tmp_path)
        assert quiet.returncode == 0 and quiet.stdout == "", prompt


@pytest.mark.parametrize("payload", ["", "not json", json.dumps({"prompt": ""}), json.dumps([1, 2])])
def test_hook_ignores_input_it_cannot_use(live: LiveServer, tmp_path: Path, payload: str) -> None:
    proc, _ = _run_hook(live.url, payload, tmp_path)
    assert proc.returncode == 0 and proc.stdout == ""


def test_hook_fails_open_when_the_service_is_down(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc, _ = _run_hook(f"http://127.0.0.1:{port}", json.dumps({"prompt": SECURITY_TASK}), tmp_path)
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""


def test_hook_fails_open_when_the_service_is_slow(tmp_path: Path) -> None:
    # a server that accepts the connection and never answers
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(srv.accept()[0])
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        proc, took = _run_hook(
            f"http://127.0.0.1:{srv.getsockname()[1]}", json.dumps({"prompt": SECURITY_TASK}), tmp_path, "0.5"
        )
    finally:
        stop.set()
        t.join()
        for c in held:
            c.close()
        srv.close()
    assert proc.returncode == 0 and proc.stdout == ""
    assert took < 5.0  # the 0.5 s timeout, plus interpreter start


def test_hook_default_timeout_is_about_a_second() -> None:
    assert claude_code_hook.DEFAULT_TIMEOUT_S == 1.0
    assert claude_code_hook.DEFAULT_URL == "http://127.0.0.1:8000"
    doc = claude_code_hook.__doc__ or ""
    snippet = json.loads(doc[doc.index("{") : doc.index("It reads")].strip())  # the settings.json snippet parses
    assert snippet["hooks"]["UserPromptSubmit"][0]["hooks"][0]["type"] == "command"


def test_mcp_lists_and_calls_the_routing_tools(live: LiveServer) -> None:
    from mcp import Client

    async def session() -> tuple[dict, dict, dict, object]:
        async with Client(f"{live.url}/mcp") as client:
            from app import __version__

            assert client.server_info is not None
            assert (client.server_info.name, client.server_info.version) == ("claude-task-router", __version__)
            capabilities = client.server_capabilities  # only what exists: tools, no empty prompts/resources
            assert capabilities.tools is not None
            assert capabilities.prompts is None and capabilities.resources is None
            tools = {t.name: t for t in (await client.list_tools()).tools}
            one = await client.call_tool("route_task", {"input": SECURITY_TASK, "max_model": "sonnet"})
            many = await client.call_tool("route_tasks", {"tasks": [{"input": SECURITY_TASK}, {"input": "Fix typo"}]})
            bad = await client.call_tool("route_task", {"input": "   "})
            return tools, one.structured_content, many.structured_content, bad

    tools, one, many, bad = anyio.run(session)
    assert set(tools) >= {"route_task", "route_tasks"}
    for tool in tools.values():  # routing changes nothing: clients may call it without asking the user
        assert tool.annotations.read_only_hint is True and tool.annotations.destructive_hint is False
    schema = tools["route_task"].input_schema
    assert schema["required"] == ["input"]
    assert {"input", "context", "preference", "min_model", "max_model"} <= set(schema["properties"])
    assert tools["route_task"].output_schema is not None
    assert "claude_flow" in tools["route_task"].output_schema["properties"]
    assert one["agent"] == "security" and one["model"] == "sonnet" and one["rule"] == "bounds"
    assert one["claude_flow"]["agent_type"] == "security-architect"
    assert many["count"] == 2 and many["results"][0]["agent"] == "security"
    assert bad.is_error and "input is empty" in bad.content[0].text


def test_mcp_route_tasks_spends_the_route_batch_budget(tmp_path: Path) -> None:
    """The MCP tool that does /route/batch's work is not a way around its per-client rate limit."""
    from mcp import Client

    settings = Settings(
        artifacts_dir=artifacts_dir(),
        verify_checksums=False,
        feedback_db_path=tmp_path / "feedback.db",
        log_level="warning",
        rate_limit_per_minute=1,
        rate_limit_burst=1,
    )
    tasks = {"tasks": [{"input": SECURITY_TASK}]}

    async def session(url: str) -> list:
        async with Client(f"{url}/mcp") as client:
            out = [await client.call_tool("route_tasks", tasks) for _ in range(2)]
            out.append(await client.call_tool("route_task", {"input": SECURITY_TASK}))  # /route is not limited
            return out

    server = serve(settings)
    live_ = next(server)
    try:
        first, second, single = anyio.run(session, live_.url)
        rest = httpx.post(f"{live_.url}/route/batch", json=tasks, timeout=30)  # the bucket is now empty
    finally:
        server.close()
    assert not first.is_error and first.structured_content["count"] == 1
    assert second.is_error and "too many requests to /route/batch" in second.content[0].text, second
    assert "retry in" in second.content[0].text
    assert not single.is_error
    assert rest.status_code == 429 and rest.headers["Retry-After"]


def test_sync_client_against_the_real_app(live: LiveServer) -> None:
    with RouterClient(live.url) as client:
        assert client.ready()
        r = client.route(SECURITY_TASK, context="Flask", min_model="opus")
        assert r.model.value == "opus"
        ack = client.feedback(SECURITY_TASK, r, "success")
        assert ack.stored and ack.id >= 1 and ack.backend == "sqlite"
        assert client.feedback_stats(hours=1).total.count >= 1
        with pytest.raises(RouterError) as err:
            client.route(SECURITY_TASK, min_model="opus", max_model="haiku")
    assert err.value.status == 422 and "min_model" in err.value.message


def test_async_client_against_the_real_app(live: LiveServer) -> None:
    async def go() -> tuple:
        async with AsyncRouterClient(live.url) as client:
            one = await client.route(SECURITY_TASK)
            batch = await client.route_batch([{"input": SECURITY_TASK, "preference": -1.0}])
            try:
                await client.route("")
            except RouterError as exc:
                return one, batch, exc
        raise AssertionError("an empty input was accepted")

    one, batch, exc = anyio.run(go)
    assert one.agent.value == "security" and batch.count == 1
    assert exc.status == 422 and exc.code == "invalid_request"
