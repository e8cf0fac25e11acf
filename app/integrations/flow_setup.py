"""``claude-task-router flow init`` / ``flow uninstall``: wire a Claude Code or Claude Flow project.

``init`` (idempotent; ``--dry-run`` prints the diff and writes nothing):

* ``.claude/settings.json``: http hooks to ``<url>/hooks/claude-code`` on ``UserPromptSubmit``,
  ``PreToolUse`` and ``PostToolUse`` (matcher ``Task|Agent``) and ``SubagentStop``; Claude Flow's own
  keyword prompt router (``hook-handler.cjs route`` on ``UserPromptSubmit``) is taken out, so the model
  does not get two contradictory recommendations. ``--command-hook`` installs the stdlib command hook
  instead of the http ones (for Claude Code versions without http hooks).
* ``.mcp.json``: the MCP endpoint as server ``task-router``.
* ``.claude/agents/<type>.md`` for every agent type the router can return that the project lacks.

Every file it changes is first copied to ``.claude/task-router-backup/`` (once: re-running keeps the
originals of the first run), with a manifest of what was changed and created. ``uninstall`` restores the
changed files byte for byte, deletes the created ones and the backup, and refuses (unless ``--force``)
when a file was edited after ``init``, so nothing of the user's is lost silently.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from app.inference.service import DEFAULT_FLOW_AGENT_TYPES
from app.integrations.claude_code import AGENT_TOOLS

HOOK_PATH = "/hooks/claude-code"
BACKUP_DIR = Path(".claude") / "task-router-backup"
MANIFEST = "manifest.json"
SETTINGS = Path(".claude") / "settings.json"
MCP = Path(".mcp.json")
AGENTS_DIR = Path(".claude") / "agents"
COMMAND_HOOK = Path(".claude") / "hooks" / "task_router_hook.py"
#: seconds Claude Code waits for the router before going on without it
HOOK_TIMEOUT_S = 5
MATCHER = "|".join(sorted(AGENT_TOOLS, reverse=True))  # "Task|Agent"
#: Claude Flow's keyword prompt router, replaced by this one: `node .claude/helpers/hook-handler.cjs route`,
#: or in 3.42 `sh -c '...; exec node "$D/.claude/helpers/hook-handler.cjs" route'`
CLAUDE_FLOW_ROUTE = re.compile(r"hook-handler\.cjs[\"']?\s+route\b")


class FlowSetupError(Exception):
    """A project cannot be wired or unwired (one line, for the CLI)."""


@dataclass
class Plan:
    """What ``init`` would write: path (relative) -> new bytes; ``None`` old bytes means a new file."""

    project: Path
    writes: dict[Path, bytes] = field(default_factory=dict)
    old: dict[Path, bytes | None] = field(default_factory=dict)
    removed_hooks: list[str] = field(default_factory=list)

    def diff(self) -> str:
        out = []
        for rel, new in self.writes.items():
            before = (self.old[rel] or b"").decode("utf-8", "replace").splitlines(keepends=True)
            after = new.decode("utf-8").splitlines(keepends=True)
            out.extend(difflib.unified_diff(before, after, f"a/{rel}", f"b/{rel}"))
        return "".join(out)


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise FlowSetupError(f"{path} is not valid JSON ({exc}); fix or move it, then run flow init again") from None
    if not isinstance(data, dict):
        raise FlowSetupError(f"{path} does not hold a JSON object")
    return data


def _dump(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _ours(hook: Any) -> bool:
    if not isinstance(hook, dict):
        return False
    return str(hook.get("url", "")).endswith(HOOK_PATH) or str(COMMAND_HOOK.name) in str(hook.get("command", ""))


def _http_hook(url: str, api_key_env: str | None) -> dict[str, Any]:
    hook: dict[str, Any] = {"type": "http", "url": url.rstrip("/") + HOOK_PATH, "timeout": HOOK_TIMEOUT_S}
    if api_key_env:
        hook["headers"] = {"Authorization": f"Bearer ${api_key_env}"}
        hook["allowedEnvVars"] = [api_key_env]
    return hook


def _command_hook(url: str) -> dict[str, Any]:
    command = f'CLAUDE_TASK_ROUTER_URL={url} python3 "$CLAUDE_PROJECT_DIR/{COMMAND_HOOK.as_posix()}"'
    return {"type": "command", "command": command, "timeout": HOOK_TIMEOUT_S}


def merge_settings(
    settings: dict[str, Any], url: str, *, command_hook: bool = False, api_key_env: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """``settings`` with the router's hooks (replacing earlier ones of ours) and without Claude Flow's keyword
    prompt router; returns the commands taken out."""
    hooks = settings.setdefault("hooks", {})
    if not isinstance(hooks, dict):
        raise FlowSetupError(".claude/settings.json: `hooks` is not an object")
    removed: list[str] = []
    for event, groups in list(hooks.items()):  # drop ours (re-run) and Claude Flow's route hook
        if not isinstance(groups, list):
            continue
        kept_groups = []
        for group in groups:
            if not isinstance(group, dict) or not isinstance(group.get("hooks"), list):
                kept_groups.append(group)
                continue
            kept = []
            for hook in group["hooks"]:
                if _ours(hook):
                    continue
                if event == "UserPromptSubmit" and CLAUDE_FLOW_ROUTE.search(str((hook or {}).get("command", ""))):
                    removed.append(str(hook["command"]))
                    continue
                kept.append(hook)
            if kept:
                kept_groups.append({**group, "hooks": kept})
        if kept_groups:
            hooks[event] = kept_groups
        else:
            del hooks[event]
    if command_hook:
        hooks.setdefault("UserPromptSubmit", []).append({"hooks": [_command_hook(url)]})
    else:
        hook = _http_hook(url, api_key_env)
        hooks.setdefault("UserPromptSubmit", []).append({"hooks": [hook]})
        hooks.setdefault("PreToolUse", []).append({"matcher": MATCHER, "hooks": [hook]})
        hooks.setdefault("PostToolUse", []).append({"matcher": MATCHER, "hooks": [hook]})
        hooks.setdefault("SubagentStop", []).append({"hooks": [hook]})
    return settings, removed


def _agent_files(project: Path, agent_types: dict[str, str]) -> dict[Path, bytes]:
    """Definitions of the routed agent types the project lacks (in .claude/agents/, any file name)."""
    existing = set()
    folder = project / AGENTS_DIR
    if folder.is_dir():
        for path in folder.rglob("*.md"):
            existing.add(path.stem)
            head = path.read_text(encoding="utf-8", errors="replace")[:2000]
            for line in head.splitlines():
                if line.startswith("name:"):
                    existing.add(line.partition(":")[2].strip().strip("\"'"))
    shipped = files("app.integrations.agents")
    out: dict[Path, bytes] = {}
    for router_agent, agent_type in agent_types.items():
        if agent_type in existing:
            continue
        template = shipped / f"{agent_type}.md"
        if not template.is_file():  # a custom type name: the router agent's definition under that name
            default = DEFAULT_FLOW_AGENT_TYPES.get(router_agent, router_agent)
            text = (shipped / f"{default}.md").read_text(encoding="utf-8")
            text = text.replace(f"name: {default}\n", f"name: {agent_type}\n", 1)
        else:
            text = template.read_text(encoding="utf-8")
        out[AGENTS_DIR / f"{agent_type}.md"] = text.encode("utf-8")
    return out


def plan_init(
    project: Path,
    url: str,
    agent_types: dict[str, str],
    *,
    command_hook: bool = False,
    api_key_env: str | None = None,
) -> Plan:
    project = project.resolve()
    if not project.is_dir():
        raise FlowSetupError(f"project folder {project} does not exist")
    plan = Plan(project)

    def stage(rel: Path, new: bytes) -> None:
        path = project / rel
        old = path.read_bytes() if path.is_file() else None
        if old != new:
            plan.writes[rel] = new
            plan.old[rel] = old

    settings, plan.removed_hooks = merge_settings(
        _read_json(project / SETTINGS), url, command_hook=command_hook, api_key_env=api_key_env
    )
    stage(SETTINGS, _dump(settings))
    mcp = _read_json(project / MCP)
    servers = mcp.setdefault("mcpServers", {})
    if not isinstance(servers, dict):
        raise FlowSetupError(".mcp.json: `mcpServers` is not an object")
    servers["task-router"] = {"type": "http", "url": url.rstrip("/") + "/mcp"}
    stage(MCP, _dump(mcp))
    for rel, content in _agent_files(project, agent_types).items():
        stage(rel, content)
    if command_hook:
        stage(COMMAND_HOOK, (files("app.integrations") / "claude_code_hook.py").read_bytes())
    return plan


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def apply(plan: Plan) -> list[str]:
    """Writes the plan, backing up every file it changes (once); returns one line per change."""
    backup = plan.project / BACKUP_DIR
    manifest_path = backup / MANIFEST
    manifest: dict[str, Any] = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {"files": {}}
    lines = []
    for rel, new in plan.writes.items():
        key = rel.as_posix()
        entry = manifest["files"].get(key)
        if entry is None:  # first change of this file: keep its original
            old = plan.old[rel]
            entry = {"existed": old is not None}
            if old is not None:
                saved = backup / "files" / rel
                saved.parent.mkdir(parents=True, exist_ok=True)
                saved.write_bytes(old)
            manifest["files"][key] = entry
        target = plan.project / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(new)
        entry["written_sha256"] = _digest(new)
        lines.append(f"{'updated' if plan.old[rel] is not None else 'created'} {key}")
    for command in plan.removed_hooks:
        lines.append(f"disabled Claude Flow's prompt hook: {command}")
    if plan.writes:
        backup.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
        lines.append(
            f"backup of the originals: {BACKUP_DIR.as_posix()}/ (claude-task-router flow uninstall restores them)"
        )
    return lines


def uninstall(project: Path, *, force: bool = False, dry_run: bool = False) -> list[str]:
    """Restores every file ``init`` changed, byte for byte, and deletes what it created."""
    project = project.resolve()
    backup = project / BACKUP_DIR
    manifest_path = backup / MANIFEST
    if not manifest_path.is_file():
        raise FlowSetupError(f"nothing to uninstall: {manifest_path} not found (flow init was not run here)")
    manifest = json.loads(manifest_path.read_text())
    edited = [
        key
        for key, entry in manifest["files"].items()
        if (project / key).is_file() and _digest((project / key).read_bytes()) != entry.get("written_sha256")
    ]
    if edited and not force:
        raise FlowSetupError(
            f"{', '.join(edited)} changed after flow init; uninstall would undo those edits too. "
            "Run it with --force to restore the originals anyway"
        )
    lines = []
    for key, entry in manifest["files"].items():
        target = project / key
        if entry["existed"]:
            lines.append(f"restored {key}")
            if not dry_run:
                target.write_bytes((backup / "files" / key).read_bytes())
        else:
            lines.append(f"deleted {key}")
            if not dry_run and target.exists():
                target.unlink()
    if not dry_run:
        shutil.rmtree(backup)
        for folder in (project / COMMAND_HOOK.parent, project / AGENTS_DIR):  # folders init created, if now empty
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return lines
