"""Fixtures of the service tests: the real app on the real shipped router, plus a slow fake
engine used only where a test needs control over timing (overload, timeout, drain)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.artifacts import MANIFEST_FILE
from app.main import create_app
from app.settings import Settings

from .support import REPO


def artifacts_dir() -> Path:
    """The shipped router (``model_artifacts/``); ROUTER_TEST_ARTIFACTS points elsewhere."""
    return Path(os.environ.get("ROUTER_TEST_ARTIFACTS", REPO / "model_artifacts"))


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = artifacts_dir()
    if not (folder / MANIFEST_FILE).is_file():
        pytest.fail(f"the router artifact is missing: {folder / MANIFEST_FILE} (run `claude-task-router train`)")
    return folder


@pytest.fixture(scope="session")
def settings(artifacts: Path) -> Settings:
    return Settings(artifacts_dir=artifacts, model_id_opus="claude-opus-test-id", log_level="warning")


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    """One real app (real artifact, real onnxruntime) shared by the read-only tests."""
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(scope="session")
def limited_client(artifacts: Path) -> Iterator[TestClient]:
    """The real app with small configured limits (checksums skipped: verified by `client`)."""
    small = Settings(
        artifacts_dir=artifacts,
        verify_checksums=False,
        max_input_chars=100,
        max_context_chars=50,
        max_batch_tasks=3,
        max_generate_records=60,
        max_export_examples_per_category=5,
        max_body_bytes=4096,
        log_level="warning",
    )
    with TestClient(create_app(small)) as c:
        yield c
