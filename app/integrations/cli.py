"""``claude-task-router flow init|uninstall`` (registered by ``app.cli``)."""

from __future__ import annotations

import argparse
from pathlib import Path


def _agent_types() -> dict[str, str]:
    from app.inference.service import DEFAULT_FLOW_AGENT_TYPES
    from app.settings import Settings

    return {**DEFAULT_FLOW_AGENT_TYPES, **Settings().flow_agent_types}


def _cmd_init(args: argparse.Namespace) -> int:
    from app.cli import CliError
    from app.integrations.flow_setup import FlowSetupError, apply, plan_init

    try:
        plan = plan_init(
            Path(args.project),
            args.url,
            _agent_types(),
            command_hook=args.command_hook,
            api_key_env=args.api_key_env,
        )
    except FlowSetupError as exc:
        raise CliError(str(exc)) from None
    if not plan.writes:
        print(f"{plan.project}: already wired to {args.url}; nothing to change")
        return 0
    if args.dry_run:
        print(plan.diff(), end="")
        for command in plan.removed_hooks:
            print(f"# would disable Claude Flow's prompt hook: {command}")
        print(f"# dry run: nothing written ({len(plan.writes)} files would change)")
        return 0
    for line in apply(plan):
        print(line)
    print(
        f"start the router (claude-task-router serve) at {args.url}; Claude Code picks the hooks up on its next start"
    )
    return 0


def _cmd_uninstall(args: argparse.Namespace) -> int:
    from app.cli import CliError
    from app.integrations.flow_setup import FlowSetupError, uninstall

    try:
        lines = uninstall(Path(args.project), force=args.force, dry_run=args.dry_run)
    except FlowSetupError as exc:
        raise CliError(str(exc)) from None
    for line in lines:
        print(("would have " if args.dry_run else "") + line)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    flow = sub.add_parser("flow", help="wire a Claude Code / Claude Flow project to this router (hooks, MCP, agents)")
    flow_sub = flow.add_subparsers(dest="flow_command", metavar="ACTION", required=True)
    init = flow_sub.add_parser("init", help="add the router's hooks, MCP server and agent definitions to a project")
    init.add_argument("--project", default=".", help="project folder (default: the current one)")
    init.add_argument("--url", default="http://127.0.0.1:8000", help="the router's URL (default http://127.0.0.1:8000)")
    init.add_argument("--dry-run", action="store_true", help="print the diff; write nothing")
    init.add_argument(
        "--command-hook", action="store_true", help="a command hook (stdlib script) instead of http hooks"
    )
    init.add_argument(
        "--api-key-env", default=None, metavar="VAR", help="send $VAR as the bearer key (when ROUTER_API_KEY is set)"
    )
    init.set_defaults(func=_cmd_init)
    un = flow_sub.add_parser("uninstall", help="restore every file flow init changed, byte for byte")
    un.add_argument("--project", default=".", help="project folder (default: the current one)")
    un.add_argument("--force", action="store_true", help="restore even files edited after flow init")
    un.add_argument("--dry-run", action="store_true", help="say what would be restored; change nothing")
    un.set_defaults(func=_cmd_uninstall)
