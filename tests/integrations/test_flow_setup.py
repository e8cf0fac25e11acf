"""`claude-task-router flow init|uninstall` on a Claude Flow-style project, and its hooks against a real server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.api.support import REPO, subprocess_env

from .conftest import LiveServer

#: what `claude-flow init` writes into .claude/settings.json (the part that matters here), hand-made
CLAUDE_FLOW_SETTINGS = {
    "permissions": {"allow": ["Bash(npx claude-flow *)"]},
    "hooks": {
        "UserPromptSubmit": [
            {"hooks": [{"type": "command", "command": "node .claude/helpers/hook-handler.cjs route", "timeout": 5}]}
        ],
        "PreToolUse": [
            {
                "matcher": "Bash",
                "hooks": [{"type": "command", "command": "node .claude/helpers/hook-handler.cjs pre-bash"}],
            }
        ],
    },
}


def flow(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "flow", *args],
        cwd=cwd or REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".claude" / "agents").mkdir(parents=True)
    (tmp_path / ".claude" / "settings.json").write_text(json.dumps(CLAUDE_FLOW_SETTINGS, indent=2) + "\n")
    (tmp_path / ".claude" / "agents" / "security-architect.md").write_text("---\nname: security-architect\n---\nmine\n")
    (tmp_path / ".mcp.json").write_text(
        '{"mcpServers": {"claude-flow": {"command": "npx", "args": ["claude-flow", "mcp"]}}}\n'
    )
    return tmp_path


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_init_wires_hooks_mcp_and_agents_and_uninstall_restores_every_byte(project: Path) -> None:
    before = _snapshot(project)
    dry = flow("init", "--project", str(project), "--dry-run")
    assert dry.returncode == 0 and "+++ b/.claude/settings.json" in dry.stdout and "nothing written" in dry.stdout
    assert _snapshot(project) == before  # a dry run writes nothing
    done = flow("init", "--project", str(project), "--url", "http://127.0.0.1:8123")
    assert done.returncode == 0, done.stderr
    assert "disabled Claude Flow's prompt hook: node .claude/helpers/hook-handler.cjs route" in done.stdout
    settings = json.loads((project / ".claude" / "settings.json").read_text())
    hooks = settings["hooks"]
    url = "http://127.0.0.1:8123/hooks/claude-code"
    prompt_hooks = [h for g in hooks["UserPromptSubmit"] for h in g["hooks"]]
    assert prompt_hooks == [{"type": "http", "url": url, "timeout": 5}]  # theirs replaced, not doubled
    task = [g for g in hooks["PreToolUse"] if g.get("matcher") == "Task|Agent"]
    assert task and task[0]["hooks"][0]["url"] == url
    assert any(g.get("matcher") == "Bash" for g in hooks["PreToolUse"])  # their other hooks stay
    assert [g["matcher"] for g in hooks["PostToolUse"]] == ["Task|Agent"] and hooks["SubagentStop"]
    assert settings["permissions"] == CLAUDE_FLOW_SETTINGS["permissions"]
    mcp = json.loads((project / ".mcp.json").read_text())["mcpServers"]
    assert mcp["task-router"] == {"type": "http", "url": "http://127.0.0.1:8123/mcp"} and "claude-flow" in mcp
    agents = {p.stem for p in (project / ".claude" / "agents").glob("*.md")}
    assert agents == {"coder", "researcher", "reviewer", "security-architect", "system-architect"}
    assert (project / ".claude" / "agents" / "security-architect.md").read_text().endswith("mine\n")  # kept
    coder = (project / ".claude" / "agents" / "coder.md").read_text()
    assert coder.startswith("---\nname: coder\ndescription: ") and "model:" not in coder  # the hook sets the model
    # idempotent: a second run changes nothing
    again = flow("init", "--project", str(project), "--url", "http://127.0.0.1:8123")
    assert again.returncode == 0 and "nothing to change" in again.stdout
    # uninstall: byte for byte
    undone = flow("uninstall", "--project", str(project))
    assert undone.returncode == 0, undone.stderr
    assert _snapshot(project) == before


def test_uninstall_refuses_to_lose_later_edits_and_errors_are_one_line(project: Path, tmp_path: Path) -> None:
    assert flow("init", "--project", str(project)).returncode == 0
    settings = project / ".claude" / "settings.json"
    settings.write_text(settings.read_text().replace('"timeout": 5', '"timeout": 7', 1))
    refused = flow("uninstall", "--project", str(project))
    assert refused.returncode == 2 and "changed after flow init" in refused.stderr and "--force" in refused.stderr
    assert flow("uninstall", "--project", str(project), "--force").returncode == 0
    assert json.loads(settings.read_text()) == CLAUDE_FLOW_SETTINGS
    nothing = flow("uninstall", "--project", str(project))
    assert nothing.returncode == 2 and "nothing to uninstall" in nothing.stderr
    (project / ".mcp.json").write_text("{broken")
    bad = flow("init", "--project", str(project))
    assert bad.returncode == 2 and ".mcp.json is not valid JSON" in bad.stderr and "Traceback" not in bad.stderr
    missing = flow("init", "--project", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_command_hook_variant_fails_open_from_any_folder(project: Path, tmp_path: Path) -> None:
    assert flow("init", "--project", str(project), "--command-hook", "--url", "http://127.0.0.1:9").returncode == 0
    hook = json.loads((project / ".claude" / "settings.json").read_text())["hooks"]["UserPromptSubmit"][0]["hooks"][0]
    assert hook["type"] == "command" and "$CLAUDE_PROJECT_DIR/.claude/hooks/task_router_hook.py" in hook["command"]
    script = project / ".claude" / "hooks" / "task_router_hook.py"
    assert script.is_file()
    # run from another folder, the router unreachable: exit 0, no output (never blocks the prompt)
    command = hook["command"].replace("$CLAUDE_PROJECT_DIR", str(project))
    out = subprocess.run(
        command, shell=True, cwd=tmp_path, input='{"prompt": "Fix the flaky login test"}', capture_output=True,
        text=True, timeout=30,
    )  # fmt: skip
    assert out.returncode == 0 and out.stdout == ""


def test_hooks_written_by_init_work_against_a_real_server(project: Path, live: LiveServer) -> None:
    assert flow("init", "--project", str(project), "--url", live.url).returncode == 0
    settings = json.loads((project / ".claude" / "settings.json").read_text())
    url = settings["hooks"]["PreToolUse"][-1]["hooks"][0]["url"]
    agents = {p.stem for p in (project / ".claude" / "agents").glob("*.md")}
    payload = {
        "session_id": "s1", "transcript_path": "/tmp/t.jsonl", "cwd": str(project), "permission_mode": "default",
        "hook_event_name": "PreToolUse", "tool_name": "Task", "tool_use_id": "toolu_9",
        "tool_input": {"description": "Threat model", "prompt": "Threat-model the upload service", "subagent_type": ""},
    }  # fmt: skip
    out = httpx.post(url, json=payload, timeout=30).json()["hookSpecificOutput"]["updatedInput"]
    assert out["subagent_type"] in agents  # every type the router returns exists in the project
    assert out["model"] in ("haiku", "sonnet", "opus")
    prompt = {**payload, "hook_event_name": "UserPromptSubmit", "prompt": "continue"}
    assert httpx.post(url, json=prompt, timeout=30).json() == {}
