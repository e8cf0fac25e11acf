"""All configuration of the routing service: one pydantic-settings class, env prefix ``ROUTER_``.

Every field can be set from the environment (``ROUTER_MAX_BATCH_SIZE=64``) or passed to
``Settings(...)`` directly (tests, ``create_app(Settings(...))``). The README's settings table
is generated from the ``description`` of each field (``Settings.markdown_table()``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.labels import ModelTier
from app.pricing import DEFAULT_MODEL_IDS

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTIFACTS_DIR = REPO_ROOT / "model_artifacts"


#: where ``pip install .`` puts the shipped router (``[tool.setuptools.data-files]`` in pyproject.toml)
INSTALLED_ARTIFACTS_DIR = Path(sys.prefix) / "share" / "claude-task-router" / "model_artifacts"


def default_artifacts_dir() -> Path:
    """``<repo>/model_artifacts`` in a source checkout (editable install); the copy installed with the
    package otherwise (``pip install .`` puts ``app`` in site-packages, away from the repository), so an
    installed ``serve`` works from any folder; ``./model_artifacts`` as the last resort."""
    for folder in (DEFAULT_ARTIFACTS_DIR, INSTALLED_ARTIFACTS_DIR):
        if (folder / "manifest.json").is_file():
            return folder
    return Path.cwd() / "model_artifacts"


#: absolute caps on request sizes; the settings' limits may be lowered below these, not raised above.
HARD_MAX_CHARS = 200_000
HARD_MAX_BATCH_TASKS = 4_096


class Settings(BaseSettings):
    """Service configuration (env prefix ``ROUTER_``)."""

    model_config = SettingsConfigDict(env_prefix="ROUTER_", extra="ignore", frozen=True, validate_default=True)

    # -- router artifact and onnxruntime ------------------------------------
    artifacts_dir: Path = Field(
        default_factory=default_artifacts_dir,
        description="Folder with the router artifact (manifest.json, router.int8.onnx, router.fp32.onnx, "
        "tokenizer.json); checksums are verified at start.",
    )
    model_variant: Literal["int8", "fp32"] = Field(
        default="int8", description="Which ONNX graph to serve: the int8-quantised one (faster) or fp32."
    )
    provider: Literal["auto", "cpu", "cuda"] = Field(
        default="auto",
        description="onnxruntime execution provider: auto (CUDA when onnxruntime-gpu and a GPU are present, "
        "else CPU), cpu, or cuda (fails at start when CUDA is unavailable).",
    )
    intra_op_threads: int = Field(
        default=0, ge=0, le=256, description="onnxruntime intra-op threads per inference call; 0 = all cores."
    )
    inter_op_threads: int = Field(default=1, ge=1, le=64, description="onnxruntime inter-op threads.")
    allow_spinning: bool = Field(
        default=False,
        description="Let idle onnxruntime threads busy-wait for work: slightly lower latency on a dedicated "
        "machine, much worse throughput when the CPUs are shared.",
    )
    verify_checksums: bool = Field(
        default=True, description="Verify every artifact file's sha256 against the manifest at start."
    )

    # -- micro-batching -----------------------------------------------------
    max_batch_size: int = Field(
        default=32, ge=1, le=1024, description="Most texts run in one onnxruntime call by the micro-batcher."
    )
    max_batch_tokens: int = Field(
        default=512,
        ge=128,
        le=1_000_000,
        description="Most work in one onnxruntime call, in estimated tokens (about 4 characters each, at most the "
        "model's 128 per text): bounds how long a single task waits behind long ones. Requests are served "
        "round-robin, and one that cannot be answered within request_timeout_s at the current load is refused "
        "at once with 503 + Retry-After.",
    )
    max_wait_ms: float = Field(
        default=2.0,
        ge=0,
        le=1000,
        description="Under load, the longest a queued request waits for its batch to fill. A request that "
        "finds the worker idle never waits.",
    )
    max_queue_size: int = Field(
        default=1024,
        ge=1,
        le=1_000_000,
        description="Most texts waiting for inference; beyond it requests get 503 with Retry-After.",
    )
    request_timeout_s: float = Field(
        default=10.0, gt=0, le=3600, description="Per-request limit on queueing plus inference; then 503."
    )
    retry_after_s: int = Field(
        default=1, ge=1, le=3600, description="Least Retry-After (seconds) sent with 503 responses."
    )
    drain_timeout_s: float = Field(
        default=30.0, gt=0, le=3600, description="At shutdown, how long accepted requests may take to finish."
    )

    # -- request limits -----------------------------------------------------
    max_batch_tasks: int = Field(
        default=256, ge=1, le=HARD_MAX_BATCH_TASKS, description="Most tasks in one POST /route/batch request."
    )
    max_input_chars: int = Field(
        default=20_000, ge=1, le=HARD_MAX_CHARS, description="Longest accepted `input` (characters); longer: 422."
    )
    max_context_chars: int = Field(
        default=20_000, ge=0, le=HARD_MAX_CHARS, description="Longest accepted `context` (characters); longer: 422."
    )
    max_body_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=1024,
        le=1024**3,
        description="Largest request body (bytes) read at all; larger bodies get 413 before parsing.",
    )
    alternatives: int = Field(default=2, ge=0, le=4, description="How many next-best agents /route returns.")

    # -- dataset endpoints --------------------------------------------------
    max_generate_records: int = Field(
        default=5_000,
        ge=1,
        le=1_000_000,
        description="Most records POST /dataset/generate returns in its body; larger configs are told to use "
        "POST /dataset/export.",
    )
    max_export_examples_per_category: int = Field(
        default=20_000, ge=1, le=1_000_000, description="Largest examples_per_category POST /dataset/export accepts."
    )

    max_dataset_jobs: int = Field(
        default=2,
        ge=1,
        le=64,
        description="Most /dataset/generate and /dataset/export jobs running at once (each is CPU- and "
        "memory-heavy and shares the process with routing); more get 503 `busy` with Retry-After.",
    )

    # -- model ids ----------------------------------------------------------
    model_id_haiku: str = Field(
        default=DEFAULT_MODEL_IDS[ModelTier.HAIKU], min_length=1, description="Claude model id returned for haiku."
    )
    model_id_sonnet: str = Field(
        default=DEFAULT_MODEL_IDS[ModelTier.SONNET], min_length=1, description="Claude model id returned for sonnet."
    )
    model_id_opus: str = Field(
        default=DEFAULT_MODEL_IDS[ModelTier.OPUS], min_length=1, description="Claude model id returned for opus."
    )

    # -- server -------------------------------------------------------------
    host: str = Field(default="127.0.0.1", description="Bind address of `claude-task-router serve`.")
    port: int = Field(
        default=8000, ge=0, le=65535, description="Port of `claude-task-router serve` (0: any free port)."
    )
    workers: int = Field(
        default=1,
        ge=1,
        le=64,
        description="uvicorn worker processes; each loads its own router (divide intra_op_threads accordingly).",
    )
    log_level: Literal["critical", "error", "warning", "info", "debug"] = Field(
        default="info", description="Log level of the service and uvicorn."
    )

    # --- issue 6: access control and exposure ---
    api_key: SecretStr | None = Field(
        default=None,
        description="When set, every endpoint except /health and /ready requires this key, sent as "
        "`Authorization: Bearer <key>` or `X-API-Key: <key>` (compared in constant time); otherwise 401.",
    )
    rate_limit_per_minute: int = Field(
        default=0,
        ge=0,
        le=1_000_000,
        description="Per-client request budget (per minute) on the expensive endpoints (/dataset/*, /route/batch); "
        "over it: 429 with Retry-After. 0 turns the limit off.",
    )
    rate_limit_burst: int = Field(
        default=10, ge=1, le=100_000, description="Requests a client may send at once before the rate limit applies."
    )
    cors_allow_origins: Annotated[list[str], NoDecode] = Field(
        default=[],
        description="Browser origins allowed by CORS (comma-separated or a JSON list; `*` for any). Empty: CORS "
        "closed, no cross-origin browser access.",
    )
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default=[],
        description="Host names a request may address (its Host header, port ignored; comma-separated or a JSON "
        "list; `*` for any). Empty: automatic, which protects a service bound to loopback from DNS rebinding: "
        "when the server socket is on 127.0.0.1/::1, only localhost, 127.0.0.1 and [::1] are accepted (others: "
        "421) and a browser Origin must name one of them or a CORS origin (others: 403); no check otherwise.",
    )
    log_format: Literal["json", "text"] = Field(
        default="json", description="Log lines as one JSON object each (json) or plain text (text)."
    )
    log_task_text: bool = Field(
        default=False,
        description="Include the task text (input) in request logs. Off: logs never contain task text.",
    )
    header_timeout_s: float = Field(
        default=10.0,
        ge=0.1,
        le=3600,
        description="`serve` closes a connection whose request headers are not complete this many seconds after "
        "it opened (or after the first byte of its next request): slow-header connections cannot pile up.",
    )
    keep_alive_s: int = Field(
        default=75,
        ge=1,
        le=3600,
        description="How long `serve` keeps an idle HTTP connection open; longer than a client's or load "
        "balancer's idle timeout, so a reused connection is never closed under a request in flight.",
    )

    # --- issue 5: policy, integration, feedback ---
    policy_file: Path | None = Field(
        default=None,
        description="Routing policy file (JSON or YAML): tier table, low-confidence escalation, default "
        "preference/bounds, prices, model ids. Unset: the default policy (`python -m app.policy` prints it). "
        "Validated at start.",
    )
    flow_agent_types: dict[str, str] = Field(
        default_factory=dict,
        description='Router agent -> Claude Flow agent type, as JSON (e.g. `{"security": "security-auditor"}`); '
        "merged over the defaults coder, researcher, reviewer, security-architect, system-architect.",
    )
    feedback_db_path: Path = Field(
        default=Path("feedback.db"),
        description="SQLite file (WAL mode) that POST /feedback writes to when no feedback_db_url is set.",
    )
    feedback_db_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the feedback database, e.g. `postgresql+psycopg://user@host/db`; "
        "overrides feedback_db_path.",
    )
    mcp_enabled: bool = Field(default=True, description="Serve the MCP endpoint (streamable HTTP) at /mcp.")

    # --- issue 10: Claude Code hooks ---
    hooks_min_confidence: float = Field(
        default=0.3,
        ge=0.0,
        le=1.0,
        description="POST /hooks/claude-code answers UserPromptSubmit with {} (no advice) when the routed agent's "
        "probability is below this.",
    )
    hooks_override: bool = Field(
        default=False,
        description="PreToolUse (Task/Agent): replace a model or subagent_type the caller set explicitly (off: only "
        "fill what the caller left empty).",
    )
    hooks_permission_decision: Literal["allow", "ask", "none"] = Field(
        default="allow",
        description="permissionDecision sent with PreToolUse updatedInput: allow (skips only the interactive prompt; "
        "deny and ask rules still apply), ask (the user approves the changed input), none (omitted; Claude Code "
        "may then ignore updatedInput).",
    )

    @field_validator("flow_agent_types")
    @classmethod
    def _known_agents(cls, value: dict[str, str]) -> dict[str, str]:
        from app.labels import Agent

        unknown = sorted(set(value) - {a.value for a in Agent})
        if unknown:
            raise ValueError(
                f"unknown router agent(s) {', '.join(unknown)}; keys are {', '.join(a.value for a in Agent)}"
            )
        if any(not v.strip() for v in value.values()):
            raise ValueError("Claude Flow agent types must not be empty")
        return value

    @field_validator("cors_allow_origins", "allowed_hosts", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                import json

                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _queue_holds_a_batch(self) -> Settings:
        if self.max_queue_size < self.max_batch_tasks:
            raise ValueError(
                f"max_queue_size ({self.max_queue_size}) must be at least max_batch_tasks ({self.max_batch_tasks}), "
                "or a full /route/batch request could never be accepted"
            )
        return self

    @property
    def model_ids(self) -> dict[ModelTier, str]:
        return {
            ModelTier.HAIKU: self.model_id_haiku,
            ModelTier.SONNET: self.model_id_sonnet,
            ModelTier.OPUS: self.model_id_opus,
        }

    @classmethod
    def markdown_table(cls) -> str:
        """The settings as a markdown table (env variable, default, description) for the README."""
        prefix = cls.model_config.get("env_prefix", "")
        rows = ["| variable | default | meaning |", "|---|---|---|"]
        for name, field in cls.model_fields.items():
            if name == "artifacts_dir":
                default: object = "the shipped model_artifacts"
            elif field.default_factory is not None:
                default = field.default_factory()  # type: ignore[call-arg]
            else:
                default = field.default
            rows.append(f"| `{prefix}{name.upper()}` | `{default}` | {field.description} |")
        return "\n".join(rows)


if __name__ == "__main__":  # `python -m app.settings`: the README's settings table
    print(Settings.markdown_table())
