"""``claude-task-router serve`` and ``claude-task-router route`` (registered by ``app.cli``)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any


def _settings(args: argparse.Namespace, **extra: Any) -> Any:
    from pydantic import ValidationError

    from app.api.errors import describe_validation
    from app.cli import CliError
    from app.settings import Settings

    overrides = {k: v for k, v in extra.items() if v is not None}
    if getattr(args, "artifacts", None):
        overrides["artifacts_dir"] = Path(args.artifacts)
    if getattr(args, "variant", None):
        overrides["model_variant"] = args.variant
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise CliError(f"invalid settings: {describe_validation(exc.errors())}") from None


def _check_artifacts(settings: Any) -> None:
    """Cheap pre-flight (files present); the server verifies checksums as it starts."""
    from app.artifacts import MODEL_FP32_FILE, MODEL_INT8_FILE, TOKENIZER_FILE, ArtifactError, read_manifest
    from app.cli import CliError

    folder = Path(settings.artifacts_dir)
    try:
        read_manifest(folder)
    except ArtifactError as exc:
        raise CliError(f"{exc} (train one with `claude-task-router train --out {folder}`)") from None
    model = MODEL_INT8_FILE if settings.model_variant == "int8" else MODEL_FP32_FILE
    for name in (model, TOKENIZER_FILE):
        if not (folder / name).is_file():
            raise CliError(f"router artifact file missing: {folder / name}")


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.logging_setup import uvicorn_log_config

    settings = _settings(args, host=args.host, port=args.port, workers=args.workers, log_level=args.log_level)
    _check_artifacts(settings)
    # the app is built by the factory in each worker process from ROUTER_* variables
    os.environ["ROUTER_ARTIFACTS_DIR"] = str(Path(settings.artifacts_dir).resolve())
    os.environ["ROUTER_MODEL_VARIANT"] = settings.model_variant
    os.environ["ROUTER_LOG_LEVEL"] = settings.log_level
    os.environ["ROUTER_HEADER_TIMEOUT_S"] = str(settings.header_timeout_s)  # read by the protocol in each worker
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level,
        timeout_graceful_shutdown=int(settings.drain_timeout_s),
        log_config=uvicorn_log_config(settings),
        timeout_keep_alive=settings.keep_alive_s,
        http="app.api.server_protocol:HeaderTimeoutProtocol",
    )
    return 0


def _cmd_route(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from app.api.errors import describe_validation
    from app.api.schemas import RouteRequest
    from app.artifacts import ArtifactError
    from app.cli import CliError
    from app.inference.engine import EngineOptions, RouterEngine
    from app.inference.service import (
        DEFAULT_FLOW_AGENT_TYPES,
        RouteOptions,
        RouteTask,
        interpret,
        needs_recomputed_tiers,
        service_model_ids,
    )
    from app.policy import PolicyError, load_policy

    settings = _settings(args)
    try:  # the same policy as `serve`: --policy, else ROUTER_POLICY_FILE, else the default
        policy = load_policy(Path(args.policy) if args.policy else settings.policy_file)
    except PolicyError as exc:
        raise CliError(str(exc)) from None
    try:
        req = RouteRequest(
            input=args.text,
            context=args.context,
            min_model=args.min_model,
            max_model=args.max_model,
            **({"preference": args.preference} if args.preference is not None else {}),
        )
    except ValidationError as exc:
        raise CliError(describe_validation(exc.errors())) from None
    if len(req.input) > settings.max_input_chars:
        raise CliError(f"input has {len(req.input)} characters, more than the limit of {settings.max_input_chars}")
    try:
        engine = RouterEngine(
            settings.artifacts_dir,
            EngineOptions(
                variant=settings.model_variant,
                provider=settings.provider,
                intra_op_threads=settings.intra_op_threads,
                verify_checksums=settings.verify_checksums,
            ),
        )
    except ArtifactError as exc:
        raise CliError(str(exc)) from None
    task = RouteTask(
        req.input,
        req.context or "",
        RouteOptions(
            preference=req.preference if "preference" in req.model_fields_set else None,  # None: the policy's
            min_model=req.min_model,
            max_model=req.max_model,
        ),
    )
    row = {k: v[0] for k, v in engine.predict([task.text]).items()}
    result = interpret(
        row,
        task.options,
        model_ids=service_model_ids(settings, policy),
        router_version=engine.version,
        n_alternatives=settings.alternatives,
        policy=policy,
        recompute_tiers=needs_recomputed_tiers(engine.manifest, policy),
        flow_agent_types={**DEFAULT_FLOW_AGENT_TYPES, **settings.flow_agent_types},
    )
    print(json.dumps(result.as_dict(), indent=None if args.compact else 2))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.labels import ModelTier

    tiers = [t.value for t in ModelTier]

    serve = sub.add_parser(
        "serve",
        help="start the routing service (FastAPI + onnxruntime); settings also from ROUTER_* variables",
    )
    serve.add_argument("--host", default=None, help="bind address (default ROUTER_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default ROUTER_PORT or 8000)")
    serve.add_argument("--workers", type=int, default=None, help="worker processes (default 1)")
    serve.add_argument(
        "--artifacts", default=None, help="router folder (default ROUTER_ARTIFACTS_DIR or model_artifacts/)"
    )
    serve.add_argument("--variant", choices=["int8", "fp32"], default=None, help="ONNX graph to serve (default int8)")
    serve.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"], default=None)
    serve.set_defaults(func=_cmd_serve)

    route = sub.add_parser("route", help="route one task with the local router and print the decision as JSON")
    route.add_argument("text", help="the task description")
    route.add_argument("--context", default="", help="optional background for the task")
    route.add_argument("--artifacts", default=None, help="router folder (default model_artifacts/)")
    route.add_argument("--variant", choices=["int8", "fp32"], default=None)
    route.add_argument("--min-model", choices=tiers, default=None, help="cheapest tier allowed")
    route.add_argument("--max-model", choices=tiers, default=None, help="dearest tier allowed")
    route.add_argument(
        "--preference", type=float, default=None, help="cost (-1) .. quality (+1) preference (default: the policy's)"
    )
    route.add_argument("--policy", default=None, help="routing policy file (default ROUTER_POLICY_FILE or built in)")
    route.add_argument("--compact", action="store_true", help="one-line JSON")
    route.set_defaults(func=_cmd_route)
