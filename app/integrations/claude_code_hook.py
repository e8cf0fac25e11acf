#!/usr/bin/env python3
"""Claude Code / Claude Flow ``UserPromptSubmit`` hook: ask claude-task-router for the agent and tier.

Self-contained (standard library only): copy this file into your project, e.g. to
``.claude/hooks/task_router_hook.py``, and install it in ``.claude/settings.json``::

    {
      "hooks": {
        "UserPromptSubmit": [
          {
            "hooks": [
              {"type": "command", "command": "python3 .claude/hooks/task_router_hook.py", "timeout": 5}
            ]
          }
        ]
      }
    }

It reads the hook's JSON from stdin (its ``prompt`` field), POSTs the prompt to ``/route`` of
the service at ``CLAUDE_TASK_ROUTER_URL`` (default ``http://127.0.0.1:8000``) and prints the
lines Claude Flow understands, which Claude Code adds to the prompt's context::

    [TASK_MODEL_RECOMMENDATION] Use model="sonnet"
    [AGENT_RECOMMENDATION] Use agent="coder" (confidence 0.91; router agent coder, model id claude-sonnet-4-5)

It fails open: if the service is down, slow (``CLAUDE_TASK_ROUTER_TIMEOUT``, default 1 s),
answers an error, or the input is not what it expects, it prints nothing and exits 0, so it
never blocks the user. ``CLAUDE_TASK_ROUTER_API_KEY`` is sent as a bearer token when set.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8000"
DEFAULT_TIMEOUT_S = 1.0
MAX_PROMPT_CHARS = 20_000


def recommend(prompt: str, url: str, timeout_s: float, api_key: str | None = None) -> list[str]:
    """The hook's output lines for ``prompt`` ([] when the service cannot answer in time)."""
    body = json.dumps({"input": prompt[:MAX_PROMPT_CHARS]}).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    req = urllib.request.Request(url.rstrip("/") + "/route", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            result = json.loads(resp.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):  # down, slow, HTTP error, bad JSON
        return []
    if not isinstance(result, dict):
        return []
    model = result.get("model")
    flow = result.get("claude_flow") if isinstance(result.get("claude_flow"), dict) else {}
    agent_type = flow.get("agent_type") or result.get("agent")
    if model not in ("haiku", "sonnet", "opus") or not isinstance(agent_type, str):
        return []
    confidence = flow.get("confidence", (result.get("confidence") or {}).get("agent"))
    detail = [f"confidence {confidence:.2f}"] if isinstance(confidence, (int, float)) else []
    if result.get("agent"):
        detail.append(f"router agent {result['agent']}")
    if result.get("model_id"):
        detail.append(f"model id {result['model_id']}")
    suffix = f" ({'; '.join(detail)})" if detail else ""
    return [
        f'[TASK_MODEL_RECOMMENDATION] Use model="{model}"',
        f'[AGENT_RECOMMENDATION] Use agent="{agent_type}"{suffix}',
    ]


def main() -> int:
    try:
        data = json.loads(sys.stdin.read() or "{}")
        prompt = data.get("prompt") if isinstance(data, dict) else None
        if not isinstance(prompt, str) or not prompt.strip():
            return 0
        try:
            timeout_s = float(os.environ.get("CLAUDE_TASK_ROUTER_TIMEOUT", DEFAULT_TIMEOUT_S))
        except ValueError:
            timeout_s = DEFAULT_TIMEOUT_S
        lines = recommend(
            prompt,
            os.environ.get("CLAUDE_TASK_ROUTER_URL", DEFAULT_URL),
            timeout_s,
            os.environ.get("CLAUDE_TASK_ROUTER_API_KEY") or None,
        )
        if lines:
            sys.stdout.write("\n".join(lines) + "\n")
    except Exception:  # fail open: never block the user's prompt
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
