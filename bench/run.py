"""newslint benchmarks: ratios measured side by side in one run, never absolute times alone.

    python bench/run.py            # everything (a few minutes on 2 cores)
    python bench/run.py --quick    # fewer repetitions and a smaller archive
    python bench/run.py --only article,archive,scaling

Sections:
  article   one ~700-word Markdown article as a whole process: newslint (default
            rules, LanguageTool off; with proselint too) vs `python -c pass` (the
            floor) vs proselint
  archive   2,000 varied articles in one run: articles per second, newslint vs proselint
  scaling   time against article length (1 KB to 1 MB)
  memory    peak RSS of each whole-process command
Results go to stdout and bench/out/results.json. Other scripts in bench/ cover the
names list, the legal rules and LanguageTool; this one runs them when present.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The development corpus sits beside the main checkout (/work/shared); a worktree
# one level deeper names it with NEWSLINT_CORPUS.
CORPUS = Path(os.environ.get("NEWSLINT_CORPUS", ROOT.parent / "shared" / "corpus" / "dev.jsonl"))
PY = sys.executable
ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
# Measures the peak RSS of a child process (Linux: ru_maxrss in KiB).
_RSS = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def paragraphs() -> list[str]:
    """Prose to build articles from: the samples and the development corpus."""
    paras: list[str] = []
    for sample in sorted((ROOT / "samples").glob("*.md")) + sorted(
        (ROOT / "samples").glob("*.txt")
    ):
        text = sample.read_text(encoding="utf-8")
        paras += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) > 12]
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            paras += [p.strip() for p in doc["text"].split("\n\n") if len(p.split()) > 12]
    return paras


def article(rng: random.Random, paras: list[str], words: int = 700) -> str:
    """A Markdown article of about ``words`` words, different for every seed."""
    out, count = [f"# Story {rng.randrange(10**6)}"], 0
    while count < words:
        p = rng.choice(paras)
        # Vary numbers and word order a little so no cache makes the archive trivial.
        p = re.sub(r"\d+", lambda m: str(rng.randrange(1, 999)), p)
        sentences = re.split(r"(?<=\.) ", p)
        rng.shuffle(sentences)
        out.append(" ".join(sentences))
        count += len(p.split())
    return "\n\n".join(out) + "\n"


def timed(cmd: list[str], repeat: int) -> float:
    """Median wall time of a whole process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_rounds(rows: dict[str, list[str]], repeat: int) -> dict[str, list[float]]:
    """Wall times of each command, the commands taking turns round by round so that a
    busy spell on the machine falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(repeat):
        for name, cmd in rows.items():
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
            times[name].append(time.perf_counter() - start)
    return times


def timed_side_by_side(rows: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median wall time of each command, taking turns (``timed_rounds``)."""
    return {name: statistics.median(t) for name, t in timed_rounds(rows, repeat).items()}


def round_ratio(times: dict[str, list[float]], top: str, bottom: str) -> float:
    """The median of the two commands' ratios round by round: a slow spell on a shared
    machine moves both times of a round, and their ratio far less."""
    return statistics.median(a / b for a, b in zip(times[top], times[bottom], strict=True))


def peak_rss_mb(cmd: list[str]) -> float:
    out = subprocess.run([PY, "-c", _RSS, *cmd], capture_output=True, text=True, env=ENV)
    return int(out.stdout.strip() or 0) / 1024


def proselint_cmd() -> list[str] | None:
    exe = shutil.which("proselint", path=str(Path(PY).parent)) or shutil.which("proselint")
    return [PY, exe] if exe else None


def newslint_cmd(*args: str) -> list[str]:
    return [PY, "-m", "newslint", "check", *args]


def bench_article(work: Path, repeat: int, results: dict) -> None:
    rng = random.Random(1)
    path = work / "article.md"
    path.write_text(article(rng, paragraphs()), encoding="utf-8")
    rows = {
        "python -c pass": [PY, "-c", "pass"],
        # What newslint's two required libraries cost before any of its own code runs.
        "import click, markdown_it (deps floor)": [PY, "-c", "import click, markdown_it"],
        "newslint (default, no LanguageTool)": newslint_cmd(str(path)),
        "newslint --proselint": newslint_cmd("--proselint", str(path)),
    }
    pl = proselint_cmd()
    if pl:
        rows["proselint"] = [*pl, "check", str(path)]
    times = timed_side_by_side(rows, repeat)
    rss = {name: peak_rss_mb(cmd) for name, cmd in rows.items()}
    floor = times["python -c pass"]
    print(f"\n## One article ({len(path.read_text().split())} words), median of {repeat}")
    print(f"{'command':40} {'seconds':>8} {'x floor':>8} {'x proselint':>12} {'peak MB':>8}")
    for name, t in times.items():
        vs_pl = f"{t / times['proselint']:.2f}" if "proselint" in times else "-"
        print(f"{name:40} {t:8.3f} {t / floor:8.2f} {vs_pl:>12} {rss[name]:8.1f}")
    results["article"] = {"seconds": times, "peak_rss_mb": rss}


def bench_archive(work: Path, count: int, results: dict) -> None:
    rng = random.Random(2)
    paras = paragraphs()
    folder = work / "archive"
    folder.mkdir()
    for i in range(count):
        (folder / f"story-{i:05}.md").write_text(article(rng, paras), encoding="utf-8")
    files = sorted(str(p) for p in folder.iterdir())
    rows = {
        "newslint (default, no LanguageTool)": newslint_cmd(str(folder)),
        "newslint -j 1": newslint_cmd("-j", "1", str(folder)),
    }
    pl = proselint_cmd()
    if pl:
        rows["proselint"] = [*pl, "check", *files]
    print(f"\n## Archive of {count} articles, one run each")
    print(f"{'command':40} {'seconds':>8} {'articles/s':>11} {'x proselint':>12} {'peak MB':>8}")
    times = {name: timed(cmd, 1) for name, cmd in rows.items()}
    rss = {name: peak_rss_mb(cmd) for name, cmd in rows.items()}
    for name, t in times.items():
        speedup = f"{times['proselint'] / t:.2f}" if "proselint" in times else "-"
        print(f"{name:40} {t:8.2f} {count / t:11.1f} {speedup:>12} {rss[name]:8.1f}")
    results["archive"] = {"articles": count, "seconds": times, "peak_rss_mb": rss}


def bench_scaling(work: Path, results: dict) -> None:
    rng = random.Random(3)
    paras = paragraphs()
    base = article(rng, paras, words=40_000)
    print("\n## Scaling with article length (newslint, default rules, no LanguageTool)")
    print(f"{'size':>8} {'seconds':>8} {'us per KB':>10}")
    rows = {}
    for size_kb in (1, 10, 100, 1000):
        text = (base * (size_kb * 1024 // len(base) + 1))[: size_kb * 1024]
        path = work / f"scale-{size_kb}.md"
        path.write_text(text, encoding="utf-8")
        t = timed(newslint_cmd(str(path)), 1)
        rows[size_kb] = t
        print(f"{size_kb:>6}KB {t:8.2f} {t / size_kb * 1e6:10.0f}")
    results["scaling_seconds_by_kb"] = rows


# The other benchmarks, and whether each takes --quick.
OTHER_BENCHES = {"names_list.py": False, "legal.py": True, "languagetool.py": False}


def run_other_benches(quick: bool) -> None:
    for script, takes_quick in OTHER_BENCHES.items():
        path = ROOT / "bench" / script
        if path.exists():
            print(f"\n## bench/{script}")
            sys.stdout.flush()
            subprocess.run(
                [PY, str(path), *(["--quick"] if quick and takes_quick else [])], env=ENV
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="article,archive,scaling,others")
    args = parser.parse_args()
    only = set(args.only.split(","))
    results: dict = {}
    # An installed wheel ships byte-compiled modules; compile a checkout's the same way so
    # that newslint, like proselint, is measured without compiling source on every start
    # (this matters where PYTHONDONTWRITEBYTECODE is set).
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "newslint")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "article" in only:
            bench_article(work, 7 if args.quick else 21, results)
        if "archive" in only:
            bench_archive(work, 300 if args.quick else 2000, results)
        if "scaling" in only:
            bench_scaling(work, results)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if "others" in only:
        run_other_benches(args.quick)


if __name__ == "__main__":
    main()
