#!/usr/bin/env python3
"""Claude Code command hook for claude-task-router: for setups whose Claude Code has no http hooks.

Self-contained (standard library only). ``claude-task-router flow init --command-hook`` copies it to
``.claude/hooks/task_router_hook.py`` and installs it in ``.claude/settings.json``; by hand::

    {
      "hooks": {
        "UserPromptSubmit": [
          {
            "hooks": [
              {
                "type": "command",
                "command": "python3 \\"$CLAUDE_PROJECT_DIR/.claude/hooks/task_router_hook.py\\"",
                "timeout": 5
              }
            ]
          }
        ]
      }
    }

It reads the hook input JSON from stdin, forwards it unchanged to ``POST /hooks/claude-code`` of the
service at ``CLAUDE_TASK_ROUTER_URL`` (default ``http://127.0.0.1:8000``), and prints the service's
hook-output JSON (the agent and tier as ``additionalContext``; for PreToolUse on Task/Agent, the
``updatedInput`` with the model) so the rules are the service's: nothing for slash commands,
"continue", "thanks" and other non-tasks. The path uses ``$CLAUDE_PROJECT_DIR``, so it works from
any working directory.

It fails open: whatever happens (service down, slow past ``CLAUDE_TASK_ROUTER_TIMEOUT``, default 1 s,
an error answer, input it cannot use) it prints nothing and exits 0, never 2 (which would block the
prompt). ``CLAUDE_TASK_ROUTER_API_KEY`` is sent as a bearer token when set.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8000"
DEFAULT_TIMEOUT_S = 1.0
HOOK_PATH = "/hooks/claude-code"


def forward(payload: dict, url: str, timeout_s: float, api_key: str | None = None) -> dict:
    """The service's hook output for ``payload`` ({} when it cannot answer in time)."""
    body = json.dumps(payload).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    req = urllib.request.Request(url.rstrip("/") + HOOK_PATH, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            result = json.loads(resp.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):  # down, slow, HTTP error, bad JSON
        return {}
    return result if isinstance(result, dict) else {}


def main() -> int:
    try:
        payload = json.loads(sys.stdin.read() or "{}")
        if not isinstance(payload, dict):
            return 0
        payload.setdefault("hook_event_name", "UserPromptSubmit")  # what this hook is installed on by default
        try:
            timeout_s = float(os.environ.get("CLAUDE_TASK_ROUTER_TIMEOUT", DEFAULT_TIMEOUT_S))
        except ValueError:
            timeout_s = DEFAULT_TIMEOUT_S
        output = forward(
            payload,
            os.environ.get("CLAUDE_TASK_ROUTER_URL", DEFAULT_URL),
            timeout_s,
            os.environ.get("CLAUDE_TASK_ROUTER_API_KEY") or None,
        )
        if output:
            sys.stdout.write(json.dumps(output) + "\n")
    except Exception:  # fail open: never block the user's prompt
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
