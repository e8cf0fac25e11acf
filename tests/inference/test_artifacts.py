"""The shipped router folder: manifest, checksums, and refusal of bad artifacts."""

from __future__ import annotations

import json
import shutil

import pytest

from app.artifacts import (
    MANIFEST_FILE,
    MODEL_INT8_FILE,
    TOKENIZER_FILE,
    ArtifactError,
    label_lists,
    verify_artifacts,
)
from app.labels import policy_as_json
from tests.conftest import ARTIFACTS


@pytest.fixture()
def artifact_copy(tmp_path):
    dst = tmp_path / "router"
    shutil.copytree(ARTIFACTS, dst)
    return dst


def test_shipped_manifest_matches_the_code():
    m = verify_artifacts(ARTIFACTS, required=[MODEL_INT8_FILE, TOKENIZER_FILE])
    assert m["labels"] == label_lists()
    assert m["policy"] == policy_as_json()
    assert m["encoder"]["name"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert m["max_seq_length"] == 128
    assert set(m["files"]) >= {MODEL_INT8_FILE, TOKENIZER_FILE}
    assert m["files"][MODEL_INT8_FILE]["bytes"] < 30_000_000
    for key in ("config", "digest", "sha256", "sizes"):
        assert key in m["dataset"]
    assert "test_split" in m["evaluation"]


def test_shipped_int8_parity_meets_the_target():
    """Recorded at training time on the test split plus the real dev texts: fp32 ONNX within 1e-4 of
    torch, the shipped int8 graph agreeing with fp32 on >= 99% of argmax decisions of every head."""
    m = json.loads((ARTIFACTS / MANIFEST_FILE).read_text())
    assert m["parity"]["fp32_max_abs_diff"] <= 1e-4
    assert m["quantization"]["recipe"] == "weight-only"
    for head in ("agent_probs", "complexity_probs", "domain_probs", "model_probs", "policy_model_probs"):
        assert m["parity"][f"int8_argmax_agreement_{head}"] >= 0.99, head


def test_checksum_mismatch_names_the_file(artifact_copy):
    model = artifact_copy / MODEL_INT8_FILE
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match=r"checksum mismatch: .*router\.int8\.onnx") as exc:
        verify_artifacts(artifact_copy)
    assert "\n" not in str(exc.value)


def test_missing_or_truncated_files_are_named(artifact_copy):
    (artifact_copy / TOKENIZER_FILE).unlink()
    with pytest.raises(ArtifactError, match=r"file missing: .*tokenizer\.json"):
        verify_artifacts(artifact_copy)
    shutil.copy(ARTIFACTS / TOKENIZER_FILE, artifact_copy / TOKENIZER_FILE)
    with (artifact_copy / MODEL_INT8_FILE).open("r+b") as fh:
        fh.truncate(1000)
    with pytest.raises(ArtifactError, match=r"router\.int8\.onnx"):
        verify_artifacts(artifact_copy)


def test_bad_manifest_is_refused(artifact_copy):
    (artifact_copy / MANIFEST_FILE).write_text("{not json")
    with pytest.raises(ArtifactError, match="not valid JSON"):
        verify_artifacts(artifact_copy)
    (artifact_copy / MANIFEST_FILE).unlink()
    with pytest.raises(ArtifactError, match="manifest not found"):
        verify_artifacts(artifact_copy)


def test_labels_from_another_version_are_refused(artifact_copy):
    m = json.loads((ARTIFACTS / MANIFEST_FILE).read_text())
    m["labels"]["agent"] = list(reversed(m["labels"]["agent"]))
    (artifact_copy / MANIFEST_FILE).write_text(json.dumps(m))
    with pytest.raises(ArtifactError, match="labels do not match"):
        verify_artifacts(artifact_copy)
