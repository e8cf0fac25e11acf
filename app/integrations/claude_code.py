"""Claude Code's hook protocol, answered natively (``POST /hooks/claude-code``, ``"type": "http"`` hooks).

Claude Code POSTs each hook's input JSON (common fields ``session_id``, ``transcript_path``, ``cwd``,
``permission_mode``, ``hook_event_name``, plus the event's own) and reads hook-output JSON back:

* ``UserPromptSubmit``: a real task gets ``hookSpecificOutput.additionalContext`` with the agent, the
  tier alias and one line of reason; what is not a task (slash commands, "continue", "thanks", very short
  acknowledgements) or a decision below ``ROUTER_HOOKS_MIN_CONFIDENCE`` gets ``{}``.
* ``PreToolUse`` for the ``Task``/``Agent`` tool: ``updatedInput`` is the tool input with ``model`` set to
  the tier alias and ``subagent_type`` filled from the routed agent when the caller left it empty (a
  caller's own values are kept unless ``ROUTER_HOOKS_OVERRIDE`` says otherwise). Claude Code applies
  ``updatedInput`` together with a ``permissionDecision``; the default, ``allow``, skips only the
  interactive prompt (Claude Code does not prompt for the Agent tool anyway) while the user's deny and
  ask rules still apply. ``ROUTER_HOOKS_PERMISSION_DECISION=ask`` shows the changed input for approval.
* ``PostToolUse`` for ``Task``/``Agent`` and ``SubagentStop``: the decision that ran is marked done.
* Anything else: ``{}``.

Every answer is ``200`` with JSON: a payload that is not what Claude Code sends gets ``{}`` too, so the
router never blocks the user. This module is pure (no HTTP, no asyncio): the handler in
:mod:`app.api.hooks` calls the router and passes its decision in.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from app.text import task_text

#: the tools whose input names a subagent and its model
AGENT_TOOLS = frozenset({"Task", "Agent"})
#: short replies that continue a conversation rather than hand over a task
ACKNOWLEDGEMENTS = frozenset(
    {
        "continue",
        "go",
        "on",
        "keep",
        "going",
        "carry",
        "proceed",
        "next",
        "ahead",
        "do",
        "it",
        "yes",
        "yep",
        "yeah",
        "y",
        "no",
        "nope",
        "n",
        "ok",
        "okay",
        "k",
        "sure",
        "thanks",
        "thank",
        "you",
        "thx",
        "ty",
        "great",
        "nice",
        "cool",
        "perfect",
        "done",
        "lgtm",
        "good",
        "looks",
        "sounds",
        "retry",
        "again",
        "try",
        "stop",
        "wait",
        "hmm",
        "hm",
        "right",
        "correct",
        "exactly",
        "agreed",
        "fine",
        "alright",
        "all",
        "please",
    }
)
_WORDS = re.compile(r"[\w']+", re.UNICODE)


def is_task(prompt: str) -> bool:
    """False for what is not a task to route: empty, a slash command, or a short acknowledgement."""
    text = prompt.strip()
    if not text or text.startswith("/") or text.startswith("!"):
        return False
    words = [w.lower() for w in _WORDS.findall(text)]
    if not words:
        return False
    if len(words) <= 4 and all(w in ACKNOWLEDGEMENTS for w in words):
        return False
    if " ".join(words) in _ACK_PHRASES:
        return False
    return len(text) >= 8 or len(words) >= 2


_ACK_PHRASES = {
    "go on please",
    "yes please",
    "ok thanks",
    "thanks a lot",
    "do that",
    "sounds great",
}


@dataclass
class Decision:
    """One routed hook call, kept for ``/feedback`` (by ``id``) and for the outcome hooks."""

    id: str
    event: str
    agent: str
    model: str
    complexity: str
    domain: str
    agent_type: str
    confidence: float
    input: str
    session_id: str = ""
    tool_use_id: str = ""
    created_unix: float = field(default_factory=time.time)
    completed: bool = False

    def public(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "input"}


class DecisionLog:
    """The last ``capacity`` decisions of this process (thread-safe, bounded; not shared by replicas)."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._by_id: OrderedDict[str, Decision] = OrderedDict()
        self._by_tool_use: dict[str, str] = {}
        self._lock = threading.Lock()

    def add(self, decision: Decision) -> None:
        with self._lock:
            self._by_id[decision.id] = decision
            if decision.tool_use_id:
                self._by_tool_use[decision.tool_use_id] = decision.id
            while len(self._by_id) > self.capacity:
                _, old = self._by_id.popitem(last=False)
                self._by_tool_use.pop(old.tool_use_id, None)

    def get(self, decision_id: str) -> Decision | None:
        with self._lock:
            return self._by_id.get(decision_id)

    def complete(self, tool_use_id: str = "", session_id: str = "", agent_type: str = "") -> Decision | None:
        """Mark the decision that ran as done: by its tool call, else this session's latest open one."""
        with self._lock:
            found = self._by_id.get(self._by_tool_use.get(tool_use_id, "")) if tool_use_id else None
            if found is None and session_id:
                for d in reversed(self._by_id.values()):
                    open_call = d.session_id == session_id and d.event == "PreToolUse" and not d.completed
                    if open_call and (not agent_type or d.agent_type == agent_type):
                        found = d
                        break
            if found is not None:
                found.completed = True
            return found

    def stats(self) -> dict[str, Any]:
        with self._lock:
            decisions = list(self._by_id.values())
        by_tier: dict[str, dict[str, int]] = {}
        for d in decisions:
            row = by_tier.setdefault(d.model, {"routed": 0, "completed": 0})
            row["routed"] += 1
            row["completed"] += int(d.completed)
        return {"kept": len(decisions), "capacity": self.capacity, "by_tier": by_tier}


def new_decision_id() -> str:
    return "d-" + uuid.uuid4().hex[:16]


def routing_text(event: str, payload: Mapping[str, Any]) -> str | None:
    """The text to route for this hook call, or None when the call is not one to route."""
    if event == "UserPromptSubmit":
        prompt = payload.get("prompt")
        return prompt if isinstance(prompt, str) and is_task(prompt) else None
    if event == "PreToolUse" and payload.get("tool_name") in AGENT_TOOLS:
        tool_input = payload.get("tool_input")
        if not isinstance(tool_input, Mapping):
            return None
        prompt = tool_input.get("prompt") if isinstance(tool_input.get("prompt"), str) else ""
        description = tool_input.get("description") if isinstance(tool_input.get("description"), str) else ""
        text = task_text(description, prompt) if description else prompt
        return text if text.strip() else None
    return None


def prompt_output(result: Mapping[str, Any], decision_id: str) -> dict[str, Any]:
    """UserPromptSubmit: the routing as context for the model (one line of reason)."""
    flow = result.get("claude_flow") or {}
    agent_type = flow.get("agent_type") or result["agent"]
    context = (
        f"[claude-task-router] For this task use agent type `{agent_type}` with model `{result['model']}` "
        f'({result["reasoning"]}). If you delegate it with the Task tool, pass subagent_type="{agent_type}" '
        f'and model="{result["model"]}". Decision {decision_id}.'
    )
    return {"hookSpecificOutput": {"hookEventName": "UserPromptSubmit", "additionalContext": context}}


def tool_output(
    result: Mapping[str, Any],
    tool_input: Mapping[str, Any],
    decision_id: str,
    *,
    override: bool = False,
    permission_decision: str = "allow",
) -> dict[str, Any]:
    """PreToolUse (Task/Agent): the tool input with the tier alias and, when missing, the subagent type."""
    flow = result.get("claude_flow") or {}
    agent_type = flow.get("agent_type") or result["agent"]
    updated = dict(tool_input)
    changed = []
    if override or not updated.get("model"):
        if updated.get("model") != result["model"]:
            changed.append(f"model {result['model']}")
        updated["model"] = result["model"]
    if override or not updated.get("subagent_type"):
        if updated.get("subagent_type") != agent_type:
            changed.append(f"subagent_type {agent_type}")
        updated["subagent_type"] = agent_type
    if not changed:
        return {}  # the caller chose both: nothing to do, and no permission decision either
    reason = f"claude-task-router set {', '.join(changed)} ({result['reasoning']}); decision {decision_id}"
    out: dict[str, Any] = {"hookEventName": "PreToolUse", "updatedInput": updated, "permissionDecisionReason": reason}
    if permission_decision != "none":
        out["permissionDecision"] = permission_decision
    return {"hookSpecificOutput": out}
