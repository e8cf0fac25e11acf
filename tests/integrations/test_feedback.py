"""The feedback loop: POST /feedback, GET /feedback/stats, durability across restarts (SQLite
always, PostgreSQL against the real server), and corrections turned into training records."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.dataset.loader import load_records
from app.feedback.store import FeedbackStore, FeedbackStoreError, database_url
from app.feedback.training import feedback_records, write_feedback_file
from app.labels import Agent, Complexity, ModelTier
from app.main import create_app
from app.settings import Settings

from .conftest import REPO, artifacts_dir

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

ROUTED = {
    "input": "Design the sharding scheme for the orders database",
    "routed_agent": "coder",
    "routed_model": "sonnet",
    "routed_complexity": "Moderate",
    "routed_domain": "Database",
}


def _settings(**extra: object) -> Settings:
    return Settings(artifacts_dir=artifacts_dir(), verify_checksums=False, log_level="warning", **extra)


def _post_and_restart(settings: Settings) -> None:
    """Write feedback through one app, stop it, start a new app on the same database, read it back."""
    with TestClient(create_app(settings)) as client:
        ok = client.post("/feedback", json={**ROUTED, "outcome": "success"})
        fixed = client.post(
            "/feedback",
            json={**ROUTED, "outcome": "escalated", "correct_agent": "architecture", "correct_model": "opus"},
        )
        assert ok.status_code == 201 and fixed.status_code == 201, fixed.text
        assert ok.json()["stored"] is True and fixed.json()["id"] > ok.json()["id"]
    with TestClient(create_app(settings)) as client:  # a restarted service sees both rows
        stats = client.get("/feedback/stats").json()
    assert stats["total"]["count"] == 2
    assert stats["total"]["outcomes"] == {"success": 1, "failure": 0, "escalated": 1}
    coder = stats["by_agent"]["coder"]
    assert coder["agent_accuracy"] == 0.5 and coder["tier_accuracy"] == 0.5 and coder["success_rate"] == 0.5
    assert stats["by_tier"]["sonnet"]["count"] == 2


def test_sqlite_feedback_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "fb.db"
    _post_and_restart(_settings(feedback_db_path=db))
    import sqlite3

    with sqlite3.connect(db) as conn:  # the file really is in WAL mode and holds the rows
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM router_feedback").fetchone()[0] == 2


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A fresh schema on the real PostgreSQL server (skips, saying why, when none is reachable)."""
    psycopg = pytest.importorskip("psycopg")
    try:
        conn = psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", connect_timeout=2, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server reachable at 127.0.0.1:5432 (database test): {str(exc).splitlines()[0]}")
    schema = f"fb_{uuid.uuid4().hex[:12]}"
    conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        conn.close()


def test_postgres_feedback_survives_a_restart(pg_schema: str) -> None:
    _post_and_restart(_settings(feedback_db_url=pg_schema))
    store = FeedbackStore(pg_schema)
    assert store.backend == "postgresql" and store.count() == 2
    store.close()


def test_postgres_corrections_become_training_records(pg_schema: str) -> None:
    store = FeedbackStore(pg_schema)
    store.add(**{**ROUTED, "context": "", "outcome": "failure", "correct_agent": "architecture"})
    store.close()
    found = feedback_records(pg_schema)
    assert [r.agent for r in found.records] == [Agent.ARCHITECTURE] and not found.skipped


def test_stats_time_window(tmp_path: Path) -> None:
    store = FeedbackStore(database_url(tmp_path / "w.db"))
    old = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=3)
    store.add(**{**ROUTED, "context": "", "outcome": "failure", "created_at": old})
    store.add(**{**ROUTED, "context": "", "outcome": "success"})
    store.close()
    with TestClient(create_app(_settings(feedback_db_path=tmp_path / "w.db"))) as client:
        recent = client.get("/feedback/stats", params={"hours": 24}).json()
        everything = client.get("/feedback/stats").json()
        since = client.get("/feedback/stats", params={"since": (datetime.now(UTC) - timedelta(days=4)).isoformat()})
        empty = client.get("/feedback/stats", params={"since": "2030-01-01T00:00:00", "until": "2029-01-01T00:00:00"})
        both = client.get("/feedback/stats", params={"hours": 1, "since": "2020-01-01T00:00:00"})
        bad = client.get("/feedback/stats", params={"hours": "soon"})
    assert recent["total"]["count"] == 1 and recent["total"]["outcomes"]["success"] == 1
    assert everything["total"]["count"] == 2 and since.json()["total"]["count"] == 2
    assert empty.status_code == 422 and "window is empty" in empty.json()["message"]
    assert both.status_code == 422 and "either hours or since" in both.json()["message"]
    assert bad.status_code == 422 and bad.json()["message"].startswith("hours:")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "0001-01-01T00:00:00+14:00"}, "since"),
        ({"until": "9999-12-31T23:59:59-14:00"}, "until"),
        ({"until": "0001-01-01T00:00:00", "hours": 1}, "hours"),
        ({"until": "0001-01-01T05:00:00+00:00", "hours": 87_000}, "hours"),
    ],
)
def test_stats_window_at_the_calendar_edges_is_a_422_naming_the_field(
    tmp_path: Path, params: dict[str, object], field: str, caplog: pytest.LogCaptureFixture
) -> None:
    with TestClient(create_app(_settings(feedback_db_path=tmp_path / "e.db"))) as client:
        response = client.get("/feedback/stats", params=params)
        edge = client.get("/feedback/stats", params={"since": "0001-01-01T00:00:00", "until": "9999-12-31T23:59:59"})
    assert response.status_code == 422, response.text
    assert response.json()["message"].startswith(f"{field}:"), response.json()
    assert edge.status_code == 200 and edge.json()["total"]["count"] == 0  # the widest valid window works
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({**ROUTED, "outcome": "meh"}, "outcome:"),
        ({**ROUTED, "input": "  ", "outcome": "success"}, "input is empty"),
        ({**ROUTED, "routed_agent": "wizard", "outcome": "success"}, "routed_agent:"),
        ({**ROUTED, "outcome": "success", "correct_model": "gpt"}, "correct_model:"),
        ({**ROUTED, "outcome": "success", "rating": 5}, "rating: unknown field"),
        ({"outcome": "success"}, "input: this field is required"),
        ({**ROUTED, "input": "x" * 150, "outcome": "success"}, "more than the limit of 100"),
    ],
)
def test_bad_feedback_is_a_clear_422(tmp_path: Path, body: dict, needle: str) -> None:
    with TestClient(create_app(_settings(feedback_db_path=tmp_path / "f.db", max_input_chars=100))) as client:
        r = client.post("/feedback", json=body)
        assert r.status_code == 422 and needle in r.json()["message"]
        assert client.get("/feedback/stats").json()["total"]["count"] == 0  # nothing half-stored


def test_unreachable_database_is_503_and_nothing_is_claimed(tmp_path: Path) -> None:
    # a PostgreSQL URL on a closed port: routing still works, feedback answers 503 with Retry-After
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/test?connect_timeout=1"
    with TestClient(create_app(_settings(feedback_db_url=url))) as client:
        assert client.post("/route", json={"input": "Fix the login bug"}).status_code == 200
        r = client.post("/feedback", json={**ROUTED, "outcome": "success"})
    assert r.status_code == 503 and r.json()["error"] == "feedback_unavailable" and "Retry-After" in r.headers
    assert "postgres@" not in r.json()["message"]  # no connection details leak


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://x@y/z", "not supported"),
        ("sqlite://", "must be a file"),
        ("sqlite:////no/such/folder/fb.db", "does not exist"),
        ("::not a url::", "not a valid SQLAlchemy URL"),
    ],
)
def test_bad_database_setting_refuses_to_start(url: str, reason: str) -> None:
    with pytest.raises(FeedbackStoreError, match=reason):
        FeedbackStore(database_url(url) if "://" in url else url)
    if url.startswith("sqlite:////no"):
        app = create_app(_settings(feedback_db_url=url))
        with pytest.raises(FeedbackStoreError), TestClient(app):
            pass
        assert "does not exist" in app.state.startup_error


def test_corrections_become_validated_training_records(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    store = FeedbackStore(database_url(db))
    base = {**ROUTED, "context": "Postgres 16"}
    store.add(**base, outcome="success")  # no correction: not a training record
    store.add(**base, outcome="escalated", correct_agent="architecture", correct_model="opus")
    store.add(**base, outcome="failure", correct_model="haiku")  # coder haiku -> Simple
    store.add(**base, outcome="failure", correct_agent="security", correct_model="haiku")  # impossible by policy
    store.add(**{**base, "routed_domain": None}, outcome="failure", correct_complexity="Complex")
    store.close()
    found = feedback_records(str(db))
    assert [(r.agent, r.complexity, r.expected_model) for r in found.records] == [
        (Agent.ARCHITECTURE, Complexity.MODERATE, ModelTier.OPUS),  # nearest complexity giving opus
        (Agent.CODER, Complexity.SIMPLE, ModelTier.HAIKU),
    ]
    assert found.records[0].context == "Postgres 16" and found.records[0].id == "feedback-2"
    assert any("never sends a security task to haiku" in s for s in found.skipped)
    assert any("no routed_domain" in s for s in found.skipped)
    out = tmp_path / "fb.jsonl"
    write_feedback_file(str(db), out)
    reread = load_records(out)  # the same validation as user --extra-data files
    assert [r.agent for r in reread] == [Agent.ARCHITECTURE, Agent.CODER]


def test_train_with_feedback_reports_a_bad_database_clearly(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "train", "--out", str(tmp_path / "r"), "--with-feedback", "mysql://x@y/z"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "--with-feedback" in proc.stderr and "not supported" in proc.stderr
    assert "Traceback" not in proc.stderr
