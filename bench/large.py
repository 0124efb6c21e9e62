"""Large drafts: time and peak memory of one `newslint check` at 1, 2, 4 and 8 MB.

    python bench/large.py                 # Markdown drafts of 1, 2, 4, 8 MB
    python bench/large.py --sizes 1,2     # other sizes (MB)
    python bench/large.py --single-line   # the same prose on one line (no paragraphs)
    python bench/large.py --profile 1     # cProfile of the 1 MB run, top 25 by own time

Every stage should be linear or n log n: the goal is 8 MB in at most 8.5x the 1 MB
time and under 400 MB peak. Each run is a fresh process (LanguageTool off); its
peak RSS comes from wait4. Results go to stdout and bench/out/large.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from run import article, paragraphs  # noqa: E402  (bench/run.py: the shared prose)

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
MB = 1024 * 1024


def draft(size_mb: float, single_line: bool, seed: int = 5) -> str:
    """Varied news prose of about ``size_mb`` MB (articles built from real paragraphs)."""
    rng = random.Random(seed)
    paras = paragraphs()
    pieces: list[str] = []
    total = 0
    while total < size_mb * MB:
        piece = article(rng, paras, words=700)
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
    text = "".join(pieces)
    if single_line:
        text = " ".join(line.lstrip("# ") for line in text.splitlines() if line.strip()) + "\n"
    return text


def measure(path: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS in MB and exit code of one `newslint check`.

    CPU time (user + system, from wait4) is what the ratios use: on a machine shared
    with other work, wall time measures the neighbours as much as newslint.
    """
    cmd = [sys.executable, "-m", "newslint", "check", "--format", "json", str(path)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def profile(path: Path) -> None:
    import cProfile
    import pstats

    from newslint.runner import run_check

    prof = cProfile.Profile()
    prof.enable()
    try:
        run_check([str(path)], {"languagetool": "off"}, "json", None, None)
    finally:
        prof.disable()
    pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,4,8")
    parser.add_argument("--single-line", action="store_true")
    parser.add_argument("--profile", type=float, metavar="MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile:
            path = Path(tmp) / "large.md"
            path.write_text(draft(args.profile, args.single_line), encoding="utf-8")
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (the report is not what we read)
            profile(path)
            return
        rows: list[dict[str, float]] = []
        print(f"{'size':>6} {'wall s':>8} {'cpu s':>8} {'cpu x':>6} {'peak MB':>8} {'exit':>5}")
        for size in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"large-{size:g}.md"
            path.write_text(draft(size, args.single_line), encoding="utf-8")
            seconds, cpu, peak, code = measure(path)
            ratio = cpu / rows[0]["cpu_seconds"] if rows else 1.0
            rows.append(
                {
                    "mb": size,
                    "wall_seconds": round(seconds, 2),
                    "cpu_seconds": round(cpu, 2),
                    "cpu_ratio_to_first": round(ratio, 2),
                    "peak_mb": round(peak, 1),
                }
            )
            print(f"{size:>4g}MB {seconds:8.2f} {cpu:8.2f} {ratio:6.2f} {peak:8.1f} {code:>5}")
            sys.stdout.flush()
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    name = "large-single-line.json" if args.single_line else "large.json"
    (out / name).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
