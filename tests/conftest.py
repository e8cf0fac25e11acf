"""Shared fixtures. HF_HUB_OFFLINE is forced: nothing may reach a model hub."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# feedback written by test apps and servers goes to a throwaway database, never the checkout
os.environ.setdefault(
    "ROUTER_FEEDBACK_DB_PATH",
    os.path.join(__import__("tempfile").mkdtemp(prefix="router-tests-"), "feedback.db"),
)

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "model_artifacts"
REAL_DEV = REPO.parent / "shared" / "eval" / "real_tasks_dev.jsonl"


@pytest.fixture(scope="session")
def default_records():
    from app.dataset.generator import generate

    return generate()
