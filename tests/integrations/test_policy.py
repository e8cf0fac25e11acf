"""The routing policy file: validation, escalation, defaults and bounds, recomputed tiers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from app.inference.decision import decide, policy_tier_probs
from app.inference.engine import EngineOptions, RouterEngine
from app.inference.service import RouteOptions, interpret, resolve_options
from app.labels import AGENTS, COMPLEXITIES, ROUTING_POLICY, Agent, Complexity, ModelTier
from app.main import create_app
from app.policy import PolicyError, default_policy_data, load_policy, parse_policy
from app.settings import Settings

from .conftest import artifacts_dir

H, S, OP = ModelTier.HAIKU, ModelTier.SONNET, ModelTier.OPUS


def _default() -> dict:
    return json.loads(json.dumps(default_policy_data()))  # a fresh, JSON-shaped copy


def _row(n: int, k: int, p: float) -> np.ndarray:
    v = np.full(n, (1 - p) / (n - 1))
    v[k] = p
    return v


def _write(tmp_path: Path, data: dict, name: str = "policy.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_shipped_default_equals_the_dataset_policy() -> None:
    policy = load_policy()
    assert all(policy.tier(a, c) is ROUTING_POLICY[a][c] for a in AGENTS for c in COMPLEXITIES)
    assert policy.escalation.confidence_threshold == 0.0  # escalation off by default
    assert policy.prices[OP].output_per_mtok > policy.prices[H].output_per_mtok


@pytest.mark.parametrize(
    ("mutate", "field", "reason"),
    [
        (lambda d: d["table"].pop("security"), "table", "agent 'security' is missing"),
        (lambda d: d["table"]["coder"].pop("Complex"), "table.coder", "complexity Complex missing"),
        (lambda d: d["table"]["coder"].__setitem__("Simple", "gpt"), "field table.coder.Simple", "'haiku'"),
        (
            lambda d: d["escalation"].__setitem__("confidence_threshold", 1.5),
            "field escalation.confidence_threshold",
            "1",
        ),
        (lambda d: d["escalation"].update(mode="safe_tier", safe_tiers={}), "escalation.safe_tiers", "no safe tier"),
        (lambda d: d["prices"].pop("opus"), "prices", "tier opus missing"),
        (lambda d: d["prices"]["haiku"].__setitem__("input_per_mtok", -1), "field prices.haiku.input_per_mtok", "0"),
        (lambda d: d["defaults"].update(min_model="opus", max_model="haiku"), "defaults", "dearer"),
        (lambda d: d.__setitem__("surprise", 1), "field surprise", "Extra inputs"),
    ],
)
def test_bad_policy_file_is_one_line_naming_file_and_field(tmp_path: Path, mutate, field: str, reason: str) -> None:
    data = _default()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message and field in message and reason in message


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("p.json", "{not json", "not valid JSON"),
        ("p.yaml", "table: [unclosed", "not valid YAML"),
        ("p.toml", "x = 1", "unknown format .toml"),
        ("p.json", "[1, 2]", "expected a mapping"),
    ],
)
def test_unreadable_policy_files(tmp_path: Path, name: str, text: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(PolicyError, match=reason):
        load_policy(path)
    with pytest.raises(PolicyError, match="no such file"):
        load_policy(tmp_path / "missing.json")


def test_yaml_policy_loads(tmp_path: Path) -> None:
    import yaml

    data = _default()
    data["escalation"]["confidence_threshold"] = 0.4
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data))
    assert load_policy(path).escalation.confidence_threshold == 0.4


def test_service_refuses_to_start_with_a_bad_policy(tmp_path: Path) -> None:
    data = _default()
    data["model_ids"]["opus"] = " "
    path = _write(tmp_path, data)
    app = create_app(Settings(artifacts_dir=artifacts_dir(), verify_checksums=False, policy_file=path))
    with pytest.raises(PolicyError, match=r"model_ids\.opus: empty model id"), TestClient(app):
        pass
    assert f"policy file {path}" in app.state.startup_error


def _escalating(mode: str = "one_tier_up", threshold: float = 0.6, **extra: object) -> object:
    data = _default()
    data["escalation"].update(confidence_threshold=threshold, mode=mode, **extra)
    return parse_policy(data)


def test_low_confidence_escalates_one_tier_up() -> None:
    policy = _escalating()
    coder, simple = _row(5, AGENTS.index(Agent.CODER), 0.9), _row(3, 0, 0.9)
    unsure = decide(coder, simple, _row(8, 0, 0.9), np.array([0.5, 0.3, 0.2]), policy=policy)
    assert unsure.policy_model is H and unsure.model is S and unsure.rule == "escalation"
    assert unsure.escalated_from is H and unsure.escalation_signal == pytest.approx(0.5)
    sure = decide(coder, simple, _row(8, 0, 0.9), np.array([0.8, 0.1, 0.1]), policy=policy)
    assert sure.model is H and sure.rule == "policy"
    # opus cannot go higher: no escalation is reported
    sec = decide(
        _row(5, AGENTS.index(Agent.SECURITY), 0.9), simple, _row(8, 0, 0.9), np.array([0.3, 0.3, 0.4]), policy=policy
    )
    assert sec.model is OP and sec.rule == "policy"


def test_safe_tier_escalation_per_agent_and_bounds_last() -> None:
    policy = _escalating(
        mode={"coder": "safe_tier", "reviewer": "one_tier_up"},
        safe_tiers={"coder": "opus"},
        signal="agent",
    )
    coder_unsure, simple = _row(5, AGENTS.index(Agent.CODER), 0.4), _row(3, 0, 0.9)
    tiers = np.array([0.9, 0.05, 0.05])
    d = decide(coder_unsure, simple, _row(8, 0, 0.9), tiers, policy=policy)
    assert d.model is OP and d.rule == "escalation"  # haiku -> safe tier opus, not one step
    capped = decide(coder_unsure, simple, _row(8, 0, 0.9), tiers, policy=policy, max_model=S)
    assert capped.model is S and capped.rule == "bounds"  # bounds apply after escalation
    reviewer = decide(_row(5, AGENTS.index(Agent.REVIEWER), 0.4), simple, _row(8, 0, 0.9), tiers, policy=policy)
    assert reviewer.model is S and reviewer.rule == "escalation"


def test_policy_defaults_apply_unless_the_request_says_otherwise() -> None:
    data = _default()
    data["defaults"] = {"preference": -0.5, "min_model": "sonnet", "max_model": None}
    policy = parse_policy(data)
    filled = resolve_options(RouteOptions(), policy)
    assert filled.preference == -0.5 and filled.min_model is S and filled.max_model is None
    explicit = resolve_options(RouteOptions(preference=0.0, max_model=H), policy)
    # the request's bound wins a conflict with the default; its explicit 0 preference is kept
    assert explicit.preference == 0.0 and explicit.max_model is H and explicit.min_model is None


@pytest.fixture(scope="module")
def engine() -> RouterEngine:
    return RouterEngine(artifacts_dir(), EngineOptions(verify_checksums=False))


TEXTS = [
    "Audit the OAuth2 login flow for token leakage",
    "Rename tmp to retry_count in utils.py",
    "Design a multi-region failover architecture for billing",
    "Compare Kafka and Pulsar for our event bus",
    "Review this pull request for naming and style",
]


def test_recomputed_tier_distribution_matches_the_graph_for_the_default_table(engine: RouterEngine) -> None:
    out = engine.predict(TEXTS)
    ours = policy_tier_probs(out["agent_probs"], out["complexity_probs"], load_policy())
    np.testing.assert_allclose(ours, out["policy_model_probs"], atol=1e-4)


def test_a_changed_table_is_followed_without_retraining(engine: RouterEngine) -> None:
    data = _default()
    for agent in data["table"]:
        data["table"][agent] = {c.value: "haiku" for c in Complexity}
    data["table"]["security"] = {c.value: "sonnet" for c in Complexity}
    policy = parse_policy(data)
    out = engine.predict(TEXTS)
    ids = {t: t.value for t in ModelTier}
    for i in range(len(TEXTS)):
        row = {k: v[i] for k, v in out.items()}
        r = interpret(row, RouteOptions(), model_ids=ids, router_version="t", policy=policy, recompute_tiers=True)
        assert r.model == ("sonnet" if r.agent == "security" else "haiku")
        assert r.probabilities["model"]["opus"] == 0.0
        up = interpret(
            row, RouteOptions(preference=1.0), model_ids=ids, router_version="t", policy=policy, recompute_tiers=True
        )
        assert up.model in ("haiku", "sonnet")  # no task can reach opus under this table


def test_app_uses_the_policy_file(tmp_path: Path) -> None:
    data = _default()
    data["table"]["security"] = {c.value: "sonnet" for c in Complexity}
    data["model_ids"]["sonnet"] = "claude-sonnet-from-policy"
    path = _write(tmp_path, data)
    settings = Settings(artifacts_dir=artifacts_dir(), verify_checksums=False, policy_file=path, log_level="warning")
    with TestClient(create_app(settings)) as client:
        r = client.post("/route", json={"input": TEXTS[0]}).json()
        info = client.get("/info").json()
    assert r["agent"] == "security" and r["model"] == "sonnet" and r["model_id"] == "claude-sonnet-from-policy"
    assert info["engine"]["policy"]["recomputed_tiers"] is True


def test_route_command_uses_the_same_policy_as_serve(tmp_path: Path) -> None:
    """`route` reads --policy, else ROUTER_POLICY_FILE, like `serve`; a bad file is one line."""
    import subprocess
    import sys

    from tests.api.support import REPO, subprocess_env

    data = _default()
    data["table"]["security"] = {c.value: "sonnet" for c in Complexity}
    data["model_ids"]["sonnet"] = "claude-sonnet-from-policy"
    path = _write(tmp_path, data)
    base = [sys.executable, "-m", "app", "route", TEXTS[0], "--artifacts", str(artifacts_dir()), "--compact"]

    def run(*extra: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, *extra], cwd=REPO, env=subprocess_env(**env), capture_output=True, text=True, timeout=120
        )

    by_flag = run("--policy", str(path))
    by_env = run(ROUTER_POLICY_FILE=str(path))
    default = run()
    for proc in (by_flag, by_env, default):
        assert proc.returncode == 0, proc.stderr
    for proc in (by_flag, by_env):
        r = json.loads(proc.stdout)
        assert r["agent"] == "security" and r["model"] == "sonnet" and r["model_id"] == "claude-sonnet-from-policy"
    assert json.loads(default.stdout)["model_id"] != "claude-sonnet-from-policy"
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    bad = run("--policy", str(broken))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "broken.json" in bad.stderr
