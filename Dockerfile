# syntax=docker/dockerfile:1
# claude-task-router service image: FastAPI + onnxruntime, no torch.
# Build:  docker build -t claude-task-router .
# GPU:    docker build --build-arg ORT_PACKAGE="onnxruntime-gpu[cuda,cudnn]==1.32.0" -t claude-task-router:gpu .
ARG PYTHON_IMAGE=python:3.11-slim

# ---- build: install the project into a virtual environment -------------------------------
FROM ${PYTHON_IMAGE} AS build
# extra onnxruntime build replacing the CPU one (empty: keep the CPU onnxruntime)
ARG ORT_PACKAGE=""
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
WORKDIR /src
RUN python -m venv /opt/venv
COPY pyproject.toml README.md ./
# the dependencies in their own layer, read from pyproject.toml alone, so a change of the code or of the
# router does not reinstall them; postgres: the driver for a PostgreSQL feedback store (replicas)
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + p['optional-dependencies']['postgres']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt
COPY app ./app
COPY model_artifacts ./model_artifacts
# the same command as the README's run step: the runtime dependencies only (no train extra); the shipped
# router is installed with the package (share/claude-task-router/model_artifacts in the venv)
RUN pip install .
# the GPU package comes from the build arg, pinned there (docker-compose.yml pins the tested version)
# hadolint ignore=DL3013
RUN if [ -n "$ORT_PACKAGE" ]; then pip uninstall -y onnxruntime && pip install "$ORT_PACKAGE"; fi \
    && python -c "import app.main, sys; assert 'torch' not in sys.modules"

# ---- runtime: the venv, the router artifact, a non-root user ------------------------------
FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    ROUTER_HOST=0.0.0.0 \
    ROUTER_PORT=8000 \
    ROUTER_FEEDBACK_DB_PATH=/srv/router/data/feedback.db
RUN groupadd --system --gid 10001 router \
    && useradd --system --uid 10001 --gid router --no-create-home --shell /usr/sbin/nologin router \
    && mkdir -p /srv/router/data && chown 10001:10001 /srv/router/data
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv/router
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('ROUTER_PORT', '8000'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/health', timeout=2).status == 200 else 1)"]
CMD ["claude-task-router", "serve"]
