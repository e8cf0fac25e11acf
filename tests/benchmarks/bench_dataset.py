"""Dataset generation benchmark (not part of the test suite).

    python tests/benchmarks/bench_dataset.py            # default dataset, all formats, 5 runs
    python tests/benchmarks/bench_dataset.py --million  # + 1,000,000 records streamed to JSONL

The million-record run happens in a child process measured with ``/usr/bin/time -v`` when
available (peak RSS from the kernel), else with ``resource.getrusage`` of the child.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.dataset.export import write_dataset
from app.dataset.generator import DatasetConfig

MILLION_PER_CATEGORY = 66_667  # x 5 categories x 3 records (base + 2 augmented) = 1,000,005 records


def bench_default(runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            stats = write_dataset(DatasetConfig(), Path(tmp))
            times.append(time.perf_counter() - t0)
    return {"records": stats["total"], "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}


def bench_million() -> dict[str, float | str]:
    out = Path(tempfile.mkdtemp())
    cmd = [
        sys.executable,
        "-m",
        "app",
        "dataset",
        "generate",
        "--out",
        str(out),
        "--formats",
        "jsonl",
        "--no-splits",
        "--quiet",
        "--examples-per-category",
        str(MILLION_PER_CATEGORY),
    ]
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    try:
        t0 = time.perf_counter()
        if timer:
            proc = subprocess.run([timer, "-v", *cmd], capture_output=True, text=True, check=True)
            wall = time.perf_counter() - t0
            peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
            how = "/usr/bin/time -v"
        else:
            subprocess.run(cmd, check=True)
            wall = time.perf_counter() - t0
            peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            how = "getrusage(RUSAGE_CHILDREN)"
        stats = json.loads((out / "claude_training_stats.json").read_text())
        size_mb = (out / "claude_training_full.jsonl").stat().st_size / 1e6
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "records": stats["total"],
        "distinct_pairs": stats["distinct_input_context_pairs"],
        "duplicates_skipped": stats["duplicates_skipped"],
        "wall_s": wall,
        "peak_rss_mb": peak_kb / 1024,
        "jsonl_mb": size_mb,
        "measured_with": how,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--million", action="store_true")
    args = parser.parse_args()
    d = bench_default(args.runs)
    print(
        f"default dataset ({d['records']} records, jsonl+json+parquet+splits+stats+card): "
        f"median {d['median_s']:.3f}s (min {d['min_s']:.3f}, max {d['max_s']:.3f}) over {args.runs} runs "
        f"[target < 2 s]"
    )
    if args.million:
        m = bench_million()
        print(
            f"1M streamed to JSONL: {m['records']} records ({m['distinct_pairs']} distinct pairs, "
            f"{m['duplicates_skipped']} duplicates skipped), {m['wall_s']:.1f}s wall, peak RSS "
            f"{m['peak_rss_mb']:.0f} MB ({m['measured_with']}), {m['jsonl_mb']:.0f} MB file "
            f"[targets < 60 s, < 300 MB]"
        )


if __name__ == "__main__":
    main()
