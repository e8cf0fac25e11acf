"""POST /hooks/claude-code with the payloads Claude Code sends, against the real app on loopback."""

from __future__ import annotations

import statistics
import time

import httpx
import pytest

from app.integrations.claude_code import is_task

from .conftest import LiveServer

COMMON = {
    "session_id": "5c1d0c3e-8f6a-4b8e-9d62-1f0e2a7b9c11",
    "transcript_path": "/home/dev/.claude/projects/demo/5c1d0c3e.jsonl",
    "cwd": "/home/dev/demo",
    "permission_mode": "default",
}
TASK = "Add a retry with exponential backoff to the payment webhook handler and cover it with unit tests"


def _hook(live: LiveServer, payload: dict) -> httpx.Response:
    return httpx.post(f"{live.url}/hooks/claude-code", json=payload, timeout=30)


def _prompt(text: str, **extra: object) -> dict:
    return {**COMMON, "hook_event_name": "UserPromptSubmit", "prompt": text, **extra}


def _tool(tool: str, tool_input: dict, tool_use_id: str = "toolu_01", event: str = "PreToolUse") -> dict:
    return {**COMMON, "hook_event_name": event, "tool_name": tool, "tool_input": tool_input, "tool_use_id": tool_use_id}


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("continue", False),
        ("Continue.", False),
        ("/compact", False),
        ("/review-pr 42", False),
        ("thanks!", False),
        ("yes please", False),
        ("ok", False),
        ("lgtm", False),
        ("   ", False),
        ("fix the flaky login test", True),
        ("Why does the cache return stale rows after a deploy?", True),
        ("Implement leader election", True),
        ("修复登录页面的空指针异常", True),
    ],
)
def test_what_is_a_task(prompt: str, expected: bool) -> None:
    assert is_task(prompt) is expected


def test_user_prompt_submit_gets_the_agent_and_tier_as_context(live: LiveServer) -> None:
    r = _hook(live, _prompt(TASK, some_future_field={"claude": "adds fields over time"}))
    assert r.status_code == 200
    out = r.json()["hookSpecificOutput"]
    assert out["hookEventName"] == "UserPromptSubmit"
    context = out["additionalContext"]
    assert any(f"model `{tier}`" in context for tier in ("haiku", "sonnet", "opus")), context
    assert "subagent_type=" in context and "Decision d-" in context
    assert len(context.splitlines()) == 1


@pytest.mark.parametrize("prompt", ["continue", "/compact", "thanks", "yes", "ok go"])
def test_not_a_task_gets_nothing(live: LiveServer, prompt: str) -> None:
    r = _hook(live, _prompt(prompt))
    assert r.status_code == 200 and r.json() == {}


def test_pre_tool_use_injects_the_model_and_fills_the_subagent(live: LiveServer) -> None:
    tool_input = {"description": "Fix webhook retries", "prompt": TASK, "subagent_type": ""}
    for tool in ("Task", "Agent"):
        out = _hook(live, _tool(tool, tool_input, f"toolu_{tool}")).json()["hookSpecificOutput"]
        assert out["hookEventName"] == "PreToolUse"
        updated = out["updatedInput"]
        assert updated["model"] in ("haiku", "sonnet", "opus")  # the alias Claude Code's Agent tool accepts
        assert updated["subagent_type"]  # filled from the routed agent
        assert updated["prompt"] == TASK and updated["description"] == "Fix webhook retries"  # the rest kept
        assert out["permissionDecision"] == "allow" and "decision d-" in out["permissionDecisionReason"]


def test_explicit_caller_choices_are_kept_and_other_tools_untouched(live: LiveServer) -> None:
    chosen = {"description": "Review", "prompt": TASK, "subagent_type": "reviewer", "model": "opus"}
    assert _hook(live, _tool("Task", chosen)).json() == {}  # nothing to change: no permission decision either
    partial = {"description": "Review", "prompt": TASK, "subagent_type": "reviewer"}
    updated = _hook(live, _tool("Task", partial)).json()["hookSpecificOutput"]["updatedInput"]
    assert updated["subagent_type"] == "reviewer" and updated["model"] in ("haiku", "sonnet", "opus")
    assert _hook(live, _tool("Bash", {"command": "ls"})).json() == {}
    assert _hook(live, {**COMMON, "hook_event_name": "Stop", "stop_hook_active": False}).json() == {}


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'"a string"', b"{}", b'{"hook_event_name": "PreToolUse", "tool_name": "Task"}'],
)
def test_bad_payloads_never_block(live: LiveServer, body: bytes) -> None:
    r = httpx.post(f"{live.url}/hooks/claude-code", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200 and r.json() == {}


def test_outcomes_feedback_metrics_and_stats(live: LiveServer) -> None:
    before = httpx.get(f"{live.url}/feedback/stats").json()["hooks"]
    tool_input = {
        "description": "Harden auth",
        "prompt": "Audit the OAuth callback for open redirects",
        "subagent_type": "",
    }
    pre = _hook(live, _tool("Task", tool_input, "toolu_outcome")).json()["hookSpecificOutput"]
    tier = pre["updatedInput"]["model"]
    decision_id = pre["permissionDecisionReason"].rsplit("decision ", 1)[1]
    post = _hook(live, _tool("Task", tool_input, "toolu_outcome", event="PostToolUse") | {"tool_response": {}})
    stop = _hook(live, {**COMMON, "hook_event_name": "SubagentStop", "stop_hook_active": False})
    assert post.json() == {} and stop.json() == {}
    after = httpx.get(f"{live.url}/feedback/stats").json()["hooks"]
    old = before["by_tier"].get(tier, {"routed": 0, "completed": 0})
    assert after["by_tier"][tier]["routed"] == old["routed"] + 1
    assert after["by_tier"][tier]["completed"] == old["completed"] + 1
    # the user marks the outcome later, by decision id
    ack = httpx.post(f"{live.url}/feedback", json={"decision_id": decision_id, "outcome": "success"})
    assert ack.status_code == 201 and ack.json()["stored"] is True
    unknown = httpx.post(f"{live.url}/feedback", json={"decision_id": "d-nope", "outcome": "success"})
    assert unknown.status_code == 422 and unknown.json()["message"].startswith("decision_id:")
    neither = httpx.post(f"{live.url}/feedback", json={"outcome": "success"})
    assert neither.status_code == 422 and "input: this field is required" in neither.json()["message"]
    metrics = httpx.get(f"{live.url}/metrics").text
    assert f'router_hook_decisions_total{{event="PreToolUse",tier="{tier}"}}' in metrics
    assert _hook(live, _prompt("continue")).json() == {}
    metrics = httpx.get(f"{live.url}/metrics").text
    assert 'router_hook_decisions_total{event="UserPromptSubmit",tier="none"}' in metrics


def test_hook_call_time_on_loopback(live: LiveServer) -> None:
    """Figures for the README (printed with -s); asserted: every call answered."""
    payloads = [_prompt(f"{TASK} (ticket {i})") for i in range(100)]
    payloads += [
        _tool("Task", {"description": "d", "prompt": f"{TASK} #{i}", "subagent_type": ""}, f"t{i}") for i in range(100)
    ]
    times = []
    with httpx.Client(timeout=30) as client:
        for p in payloads:
            t0 = time.perf_counter()
            assert client.post(f"{live.url}/hooks/claude-code", json=p).status_code == 200
            times.append(time.perf_counter() - t0)
    times.sort()
    p50, p99 = statistics.median(times) * 1000, times[int(0.99 * len(times))] * 1000
    print(f"\nhook calls: n={len(times)} p50 {p50:.1f} ms p99 {p99:.1f} ms")
