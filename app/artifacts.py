"""The router artifact folder (``model_artifacts/``): manifest, checksums, verification.

The manifest (``manifest.json``) lists every artifact file with its sha256; the service
refuses to start when a file is missing or its checksum differs. Written by the trainer,
read by the service; needs neither torch nor onnxruntime.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from app.labels import AGENTS, COMPLEXITIES, DOMAINS, MODEL_TIERS, policy_as_json

MANIFEST_FILE = "manifest.json"
TOKENIZER_FILE = "tokenizer.json"
MODEL_INT8_FILE = "router.int8.onnx"
MODEL_FP32_FILE = "router.fp32.onnx"
MANIFEST_VERSION = 1

#: the router graph's inputs and outputs, in order (exporter, manifest and engine share them)
INPUT_NAMES: tuple[str, ...] = ("input_ids", "attention_mask")
OUTPUT_NAMES: tuple[str, ...] = (
    "agent_probs",
    "complexity_probs",
    "domain_probs",
    "model_probs",
    "policy_model_probs",
    "quality",
    "embedding",
)


class ArtifactError(RuntimeError):
    """The artifact folder is missing a file, holds a corrupt one, or disagrees with the code."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(message)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def label_lists() -> dict[str, list[str]]:
    """Label order of every head, taken from the enums (the ONNX outputs follow it)."""
    return {
        "agent": [a.value for a in AGENTS],
        "complexity": [c.value for c in COMPLEXITIES],
        "domain": [d.value for d in DOMAINS],
        "model": [m.value for m in MODEL_TIERS],
    }


def write_manifest(folder: Path, body: dict[str, Any], files: list[str]) -> Path:
    """Write ``manifest.json`` with ``body`` plus the sha256 and size of each file."""
    manifest = dict(body)
    manifest["manifest_version"] = MANIFEST_VERSION
    manifest["labels"] = label_lists()
    manifest["policy"] = policy_as_json()
    manifest["files"] = {
        name: {"sha256": sha256_file(folder / name), "bytes": (folder / name).stat().st_size} for name in files
    }
    path = folder / MANIFEST_FILE
    path.write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return path


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_FILE
    if not path.is_file():
        raise ArtifactError(
            f"router artifact manifest not found: {path} (point --artifacts or ROUTER_ARTIFACTS_DIR at a folder "
            "written by `claude-task-router train`)",
            path,
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArtifactError(f"router artifact manifest is not valid JSON: {path} ({exc})", path) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise ArtifactError(f"router artifact manifest has no 'files' table: {path}", path)
    return manifest


def verify_artifacts(folder: Path, required: list[str] | None = None) -> dict[str, Any]:
    """Check the manifest, that every listed file exists with its checksum, and the labels.

    Returns the manifest. Raises ``ArtifactError`` naming the first bad file.
    """
    manifest = read_manifest(folder)
    files: dict[str, Any] = manifest["files"]
    for name in required or []:
        if name not in files:
            raise ArtifactError(f"router artifact manifest does not list {name}: {folder / MANIFEST_FILE}", folder)
    for name, meta in files.items():
        path = folder / name
        if not path.is_file():
            raise ArtifactError(f"router artifact file missing: {path}", path)
        actual = sha256_file(path)
        if actual != meta.get("sha256"):
            raise ArtifactError(
                f"router artifact checksum mismatch: {path} (expected sha256 {str(meta.get('sha256'))[:12]}..., "
                f"got {actual[:12]}...)",
                path,
            )
    if manifest.get("labels") != label_lists():
        raise ArtifactError(
            f"router artifact labels do not match this version's enums: {folder / MANIFEST_FILE}", folder
        )
    return manifest
