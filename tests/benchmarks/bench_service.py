"""Benchmark of the routing service (not part of the test suite).

    .venv/bin/python tests/benchmarks/bench_service.py [--duration 10] [--naive]

In one run, on this machine:

1. starts the real server (``python -m app serve``) on 127.0.0.1 and drives ``POST /route``
   with a bounded load at concurrency 1 and 64 using a native load tool (``hey``, else ``wrk``;
   both are Debian packages: ``apt-get install -y hey``). Without either, an async httpx client
   is used, and the table says so: a Python client competes for the same cores;
2. stops the server, then measures the raw engine: the same ONNX artifact through onnxruntime
   with the same tokenizer, no HTTP, at several batch sizes (the best one is the reference);
3. optionally (``--naive``, needs the train extra) a naive service: a FastAPI app calling
   sentence-transformers per request, without batching, under the same load.

It prints a table of p50/p99 latency and throughput and the ratios to the issue's targets.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

# ~40 tokens with the router's tokenizer (printed at start)
TASK = {
    "input": "Add server-side validation to the signup endpoint so malformed email addresses and weak passwords "
    "are rejected with a clear error",
    "context": "Express.js API with a PostgreSQL users table",
}

NAIVE_APP = """
import sys
from fastapi import FastAPI
from pydantic import BaseModel
from sentence_transformers import SentenceTransformer
import numpy as np
from app.text import task_text
from app.training.model import encoder_path

model = SentenceTransformer(str(encoder_path()), device="cpu")
rng = np.random.default_rng(0)
heads = rng.normal(size=(384, 5)).astype(np.float32)
app = FastAPI()

class Req(BaseModel):
    input: str
    context: str = ""

@app.post("/route")
def route(req: Req) -> dict:
    emb = model.encode([task_text(req.input, req.context)], batch_size=1, normalize_embeddings=True)
    logits = emb @ heads
    return {"agent": int(np.argmax(logits[0]))}

@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
"""


@dataclass
class LoadResult:
    name: str
    tool: str
    concurrency: int
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p99_ms: float


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} not ready after {timeout}s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# ---------------------------------------------------------------------------
# load tools


def run_hey(url: str, body: Path, concurrency: int, duration: float) -> tuple[int, int, float, float, float]:
    out = subprocess.run(
        [
            "hey",
            "-z",
            f"{duration}s",
            "-c",
            str(concurrency),
            "-m",
            "POST",
            "-T",
            "application/json",
            "-D",
            str(body),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def number(pattern: str) -> float:
        match = re.search(pattern, out)
        return float(match.group(1)) if match else float("nan")

    rps = number(r"Requests/sec:\s+([\d.]+)")
    p50 = number(r"50%+ in ([\d.]+) secs") * 1000
    p99 = number(r"99%+ in ([\d.]+) secs") * 1000
    codes = {int(c): int(n) for c, n in re.findall(r"\[(\d+)\]\s+(\d+) responses", out)}
    errors = sum(n for c, n in codes.items() if c != 200)
    if "Error distribution:" in out:  # connection errors and timeouts
        errors += sum(int(n) for n in re.findall(r"\[(\d+)\]", out.split("Error distribution:")[1]))
    return sum(codes.values()), errors, rps, p50, p99


WRK_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("{body}"):read("*a")
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %f %f %f\\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def run_wrk(url: str, body: Path, concurrency: int, duration: float) -> tuple[int, int, float, float, float]:
    script = body.with_suffix(".lua")
    script.write_text(WRK_LUA.replace("{body}", str(body)))
    out = subprocess.run(
        ["wrk", "-t", "1", "-c", str(concurrency), "-d", f"{int(duration)}s", "--latency", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)", out)
    assert match is not None, out
    n, errors, rps, p50, p99 = match.groups()
    return int(n), int(errors), float(rps), float(p50), float(p99)


def run_httpx(url: str, body: Path, concurrency: int, duration: float) -> tuple[int, int, float, float, float]:
    payload = body.read_bytes()

    async def main() -> tuple[int, int, float, float, float]:
        latencies: list[float] = []
        errors = 0
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(limits=limits, timeout=30) as client:
            end = time.perf_counter() + duration

            async def worker() -> None:
                nonlocal errors
                while time.perf_counter() < end:
                    t = time.perf_counter()
                    r = await client.post(url, content=payload, headers={"content-type": "application/json"})
                    latencies.append(time.perf_counter() - t)
                    errors += r.status_code != 200

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            elapsed = time.perf_counter() - start
        qs = statistics.quantiles(latencies, n=100)
        return len(latencies), errors, len(latencies) / elapsed, qs[49] * 1000, qs[98] * 1000

    return asyncio.run(main())


def pick_tool(choice: str) -> str:
    if choice != "auto":
        return choice
    for tool in ("hey", "wrk"):
        if shutil.which(tool):
            return tool
    return "httpx"


def drive(name: str, tool: str, url: str, body: Path, concurrency: int, duration: float) -> LoadResult:
    runner = {"hey": run_hey, "wrk": run_wrk, "httpx": run_httpx}[tool]
    runner(url, body, concurrency, min(3.0, duration))  # warm-up, discarded
    n, errors, rps, p50, p99 = runner(url, body, concurrency, duration)
    return LoadResult(name, tool, concurrency, n, errors, rps, p50, p99)


# ---------------------------------------------------------------------------
# raw engine


def raw_engine(artifacts: Path, variant: str, threads: int, text: str, seconds: float) -> dict[int, float]:
    from app.inference.engine import EngineOptions, RouterEngine

    engine = RouterEngine(artifacts, EngineOptions(variant=variant, intra_op_threads=threads, max_batch_size=256))
    engine.warmup()
    print(f"task length: {len(engine.tokenizer.encode_unpadded([text])[0])} tokens")
    out: dict[int, float] = {}
    for batch in (1, 4, 8, 16, 32, 64):
        texts = [text] * batch
        engine.predict(texts)
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            engine.predict(texts)
            n += batch
        out[batch] = n / (time.perf_counter() - start)
    return out


# ---------------------------------------------------------------------------


def main() -> int:
    from app.text import task_text

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--artifacts", default=str(REPO / "model_artifacts"))
    parser.add_argument("--variant", choices=["int8", "fp32"], default="int8")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per load level")
    parser.add_argument("--concurrency", default="1,64", help="comma list")
    parser.add_argument("--tool", choices=["auto", "hey", "wrk", "httpx"], default="auto")
    parser.add_argument("--intra-op-threads", type=int, default=0, help="ROUTER_INTRA_OP_THREADS of the server")
    parser.add_argument("--naive", action="store_true", help="also measure the naive sentence-transformers service")
    parser.add_argument("--json", default=None, help="write the figures to this file")
    args = parser.parse_args()

    tool = pick_tool(args.tool)
    levels = [int(c) for c in args.concurrency.split(",")]
    artifacts = Path(args.artifacts)
    tmp = Path(tempfile.mkdtemp(prefix="bench_router_"))
    body = tmp / "body.json"
    body.write_text(json.dumps(TASK))
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "ROUTER_LOG_LEVEL": "warning",
        "ROUTER_INTRA_OP_THREADS": str(args.intra_op_threads),
        "PYTHONPATH": str(REPO),
    }
    print(f"load tool: {tool}; cores: {os.cpu_count()}; variant: {args.variant}")

    results: list[LoadResult] = []
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--artifacts",
            str(artifacts),
            "--variant",
            args.variant,
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/ready", server)
        for c in levels:
            results.append(drive("service /route", tool, f"http://127.0.0.1:{port}/route", body, c, args.duration))
            print(results[-1])
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics").text
        count = sum(float(x.split()[-1]) for x in metrics.splitlines() if x.startswith("router_batch_size_count"))
        total = sum(float(x.split()[-1]) for x in metrics.splitlines() if x.startswith("router_batch_size_sum"))
        mean_batch = total / count if count else 0.0
    finally:
        stop(server)

    raw = raw_engine(
        artifacts,
        args.variant,
        args.intra_op_threads,
        task_text(TASK["input"], TASK["context"]),
        min(args.duration, 5.0),
    )
    best_batch = max(raw, key=raw.get)  # type: ignore[arg-type]
    raw_best = raw[best_batch]

    naive: LoadResult | None = None
    if args.naive:
        app_file = tmp / "naive_app.py"
        app_file.write_text(NAIVE_APP)
        nport = free_port()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "naive_app:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(nport),
                "--log-level",
                "warning",
            ],
            cwd=tmp,
            env={**env, "PYTHONPATH": f"{tmp}{os.pathsep}{REPO}"},
        )
        try:
            wait_for(f"http://127.0.0.1:{nport}/health", proc)
            naive = drive(
                "naive sentence-transformers", tool, f"http://127.0.0.1:{nport}/route", body, max(levels), args.duration
            )
        finally:
            stop(proc)

    # -- report ------------------------------------------------------------------
    print()
    print("| what | tool | concurrency | requests | errors | p50 ms | p99 ms | req/s |")
    print("|---|---|---|---|---|---|---|---|")
    for r in [*results, *([naive] if naive else [])]:
        print(
            f"| {r.name} | {r.tool} | {r.concurrency} | {r.requests} | {r.errors} | {r.p50_ms:.2f} | "
            f"{r.p99_ms:.2f} | {r.rps:.1f} |"
        )
    print()
    print("raw engine (texts/s by batch size): " + ", ".join(f"{b}: {v:.1f}" for b, v in raw.items()))
    print(f"mean server batch size: {mean_batch:.2f}")
    top = max(results, key=lambda r: r.concurrency)
    one = min(results, key=lambda r: r.concurrency)
    lines = [
        f"c={one.concurrency}: p50 {one.p50_ms:.2f} ms (target <= 5), p99 {one.p99_ms:.2f} ms (target <= 15)",
        f"c={top.concurrency}: {top.rps:.1f} req/s = {top.rps / raw_best:.2f} x raw engine best "
        f"({raw_best:.1f}/s at batch {best_batch}; target >= 0.75); errors {top.errors}; "
        f"p99 {top.p99_ms:.1f} ms (target <= 250)",
    ]
    if naive:
        lines.append(f"service / naive throughput: {top.rps / naive.rps:.2f} x (target >= 5)")
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "tool": tool,
                    "results": [r.__dict__ for r in results],
                    "naive": naive.__dict__ if naive else None,
                    "raw_engine": raw,
                    "raw_best_batch": best_batch,
                    "mean_server_batch": mean_batch,
                },
                indent=2,
            )
        )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
