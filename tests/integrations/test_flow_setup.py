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
    """`claude-task-router flow ...` in this process (the same entry point; the subprocess form is tested once)."""
    import contextlib
    import io

    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["flow", *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return subprocess.CompletedProcess(["flow", *args], code, out.getvalue(), err.getvalue())


def test_flow_command_runs_as_a_program(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "flow", "init", "--project", str(tmp_path), "--dry-run"],
        cwd=REPO,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and "+++ b/.claude/settings.json" in proc.stdout, proc.stderr
    assert not (tmp_path / ".claude").exists()


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


DATA = Path(__file__).parent / "data"
#: the hook events Claude Code knows, and the fields a hook of each type needs
EVENTS = {
    "PreToolUse", "PostToolUse", "PostToolUseFailure", "UserPromptSubmit", "SessionStart", "SessionEnd", "Stop",
    "SubagentStart", "SubagentStop", "PreCompact", "Notification", "PermissionRequest",
}  # fmt: skip
NEEDS = {"command": {"command"}, "http": {"url"}, "prompt": {"prompt"}}


def assert_valid_hooks(settings: dict) -> None:
    """The shape Claude Code's settings schema gives `hooks`: event -> [{matcher?, hooks: [{type, ...}]}]."""
    for event, groups in settings["hooks"].items():
        assert event in EVENTS, event
        assert isinstance(groups, list) and groups, event
        for group in groups:
            assert set(group) <= {"matcher", "hooks"}, group
            assert isinstance(group.get("matcher", ""), str)
            for hook in group["hooks"]:
                assert hook["type"] in NEEDS and NEEDS[hook["type"]] <= set(hook), hook
                assert isinstance(hook.get("timeout", 1), (int, float))


def _claude_flow_project(root: Path, settings: bytes, mcp: bytes) -> Path:
    (root / ".claude").mkdir(parents=True)
    (root / ".claude" / "settings.json").write_bytes(settings)
    (root / ".mcp.json").write_bytes(mcp)
    return root


def check_real_claude_flow_project(project: Path, live: LiveServer) -> None:
    before = _snapshot(project)
    assert flow("init", "--project", str(project), "--url", live.url).returncode == 0
    settings = json.loads((project / ".claude" / "settings.json").read_text())
    assert_valid_hooks(settings)
    prompt_commands = [h.get("command", "") for g in settings["hooks"]["UserPromptSubmit"] for h in g["hooks"]]
    assert not any("hook-handler.cjs" in c and "route" in c for c in prompt_commands)  # theirs disabled
    agents = {p.stem for p in (project / ".claude" / "agents").rglob("*.md")}
    common = {"session_id": "s", "transcript_path": "/t.jsonl", "cwd": str(project), "permission_mode": "default"}
    url = f"{live.url}/hooks/claude-code"
    for tool in ("Task", "Agent"):
        task = {"description": "Fix", "prompt": "Fix the race in the session cache", "subagent_type": ""}
        pre = {
            **common,
            "hook_event_name": "PreToolUse",
            "tool_name": tool,
            "tool_use_id": f"t_{tool}",
            "tool_input": task,
        }
        updated = httpx.post(url, json=pre, timeout=30).json()["hookSpecificOutput"]["updatedInput"]
        assert updated["model"] in ("haiku", "sonnet", "opus") and updated["subagent_type"] in agents
        post = {**pre, "hook_event_name": "PostToolUse", "tool_response": {"content": "done"}}
        assert httpx.post(url, json=post, timeout=30).json() == {}
    stop = {**common, "hook_event_name": "SubagentStop", "stop_hook_active": False}
    assert httpx.post(url, json=stop, timeout=30).json() == {}
    cont = {**common, "hook_event_name": "UserPromptSubmit", "prompt": "continue"}
    assert httpx.post(url, json=cont, timeout=30).json() == {}
    assert flow("uninstall", "--project", str(project)).returncode == 0
    assert _snapshot(project) == before


def test_a_claude_flow_3_42_5_project(tmp_path: Path, live: LiveServer) -> None:
    """The settings.json and .mcp.json that `npx @claude-flow/cli@3.42.5 init` wrote (captured from the real
    tool, tests/integrations/data/); the opt-in test below builds one with npx itself."""
    assert_valid_hooks(json.loads((DATA / "claude_flow_3.42.5_settings.json").read_text()))
    project = _claude_flow_project(
        tmp_path,
        (DATA / "claude_flow_3.42.5_settings.json").read_bytes(),
        (DATA / "claude_flow_3.42.5_mcp.json").read_bytes(),
    )
    check_real_claude_flow_project(project, live)


@pytest.mark.load
def test_a_project_built_by_the_real_claude_flow_cli(tmp_path: Path, live: LiveServer) -> None:
    """`npx @claude-flow/cli@3.42.5 init` (about 2 minutes of npm, so deselected by default: -m load)."""
    import shutil

    npx = shutil.which("npx")
    if npx is None:
        pytest.skip("npx is not installed")
    env = {**subprocess_env(), "HOME": str(tmp_path / "home"), "npm_config_update_notifier": "false"}
    project = tmp_path / "project"
    project.mkdir()
    args = ["init", "--no-signup", "--no-global", "--no-codex-detect", "--no-skills-sh"]
    proc = subprocess.run(
        [npx, "-y", "@claude-flow/cli@3.42.5", *args], cwd=project, env=env, capture_output=True, text=True,
        timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if proc.returncode != 0 and ("ENOTFOUND" in proc.stderr or "EAI_AGAIN" in proc.stderr):
        pytest.skip(f"the npm registry is unreachable: {proc.stderr.strip().splitlines()[-1]}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    check_real_claude_flow_project(project, live)
