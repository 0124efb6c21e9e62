"""How long one `newslint check` takes with LanguageTool, and what the server costs.

Whole-process wall time (interpreter start to exit) to check one ~700-word
Markdown article, in three situations:

* cold: no server running; the run starts one from the provisioned jars,
  checks, and stops it (a one-off run, or a hook without the daemon);
* warm: a server is already running (the daemon, or a newsroom's server), the
  result cache is empty;
* warm cache: the same server, and every paragraph already in the cache
  (a pre-commit hook on an unchanged file);

plus LanguageTool off, for comparison, and the server's resident memory.

Usage: python bench/languagetool.py [--runs N] [--json FILE]
Needs scripts/provision-languagetool.sh to have run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newslint.engines import lt_server

ARTICLE = """\
# City council approves $48 million budget after long night of debate

*By a staff writer*

The Riverton City Council approved a $48 million budget early Wednesday after a
meeting that ran past midnight, ending weeks of argument over police overtime,
library hours and a proposed fee on food delivery apps 🚲📦.

The vote was 5-2. Council members Dana Whitfield and Marcus Oyelaran voted no,
saying the plan leans to heavily on one-time money from the state.

"We are paying this year's bills with next year's savings," Whitfield said
before the vote. "That is not a plan. That is a hope."

Mayor Ellen Brandvold, who proposed the budget in April, said the city had
little choice after sales tax receipts fell for a third straight quarter.
She called the spending plan "lean but honest" and said every department had
been asked to cut at least 4% from it's request.

## Police overtime

The largest fight was over police overtime, which ran $2.1 million over budget
last year. Police Chief Ramon Esquivel told the council that staffing
shortages left the department no option but to pay officers to work extra
shifts.

The approved budget sets overtime at $3.4 million, a increase of about
$600,000 over last year's plan but less than the chief requested. The council
also approved money for eight new officer positions, which Esquivel said would
reduce the need for overtime once they are filled.

Council member Priya Natarajan, who supported the budget, said the city
cannot keep asking the same officers to work double shifts. "People are
exhausted, and exhausted people make mistakes," she said.

## Library hours

Residents filled the chamber to speak against a proposal to close the east
branch library on Saturdays. More than 40 people signed up to speak, many of
them parents who said the branch is the only quiet place their children can
study on weekends.

The council restored Saturday hours at a cost of about $95,000, paid for by
delaying the purchase of two new street sweepers. Public works director Tom
Haverkamp said the older sweepers can run for one more year with repairs.

"I have been coming to this library since I was six," said Alicia Moreno, a
high school junior who spoke near the end of the public comment period. "It
is where I learned that the city was mine too."

## Delivery fee

A proposal to charge a 25-cent fee on every food delivery order was dropped
after the city attorney warned it could face a legal challenge. Supporters had
said the fee would raise about $300,000 a year for street repairs.

Delivery companies had sent letters to council members arguing that the fee
would fall on restaurants and customers rather then the companies themselves.
Several restaurant owners spoke against the fee, saying their margins are
already thin.

Jorge Castellanos, who owns a taqueria on Fifth Street, said delivery orders
now make up nearly a third of his sales. He told the council that a new fee
would push some customers to order less often, and that he would probably
absorb the cost himself rather than raise prices again this year.

Council member Lena Fairbanks, who had proposed the fee, said she would bring
back a narrower version next spring that applies only to the largest delivery
companies operating in the city.

## What comes next

The budget takes effect July 1. The city's finance director, Gloria Abernathy,
said the city will review revenue every three months and could ask the council
to make mid-year cuts if sales tax receipts keep falling.

Oyelaran said he would push for a deeper review of the city's contracts
before next year's budget. He said the city pays more then neighboring towns
for trash collection and vehicle maintenance and should seek new bids.

"We owe it to taxpayers to look at every dollar," he said.

Brandvold said she welcomed the review but warned that the city's problems are
larger than any single contract. Riverton, like many cities its size, has seen
costs for health insurance and pensions rise faster than revenue for most of
the past decade.

The council will hold a public workshop on the long-term budget outlook in
September. The meeting will be streamed on the city's website and residents
can submit questions in advance 📝.
"""


def run_check(article: Path, env: dict[str, str], *extra: str) -> float:
    """Wall time of one whole `newslint check` process, in seconds."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", *extra, str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1) or "warning:" in proc.stderr:
        raise SystemExit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()}")
    rules = [d["rule"] for d in json.loads(proc.stdout)["diagnostics"]]
    with_lt = any(r.startswith("languagetool.") for r in rules)
    if with_lt != ("off" not in extra):  # the article has slips only LanguageTool finds
        raise SystemExit(f"LanguageTool findings {'missing' if not with_lt else 'unexpected'}")
    return elapsed


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per situation (median shown)")
    parser.add_argument("--json", dest="json_out", help="also write the figures here")
    args = parser.parse_args()
    if not lt_server.is_provisioned():
        raise SystemExit("run scripts/provision-languagetool.sh first")

    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    article = work / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    words = len(ARTICLE.split())
    # A jar directory of our own (links to the real jars) with no daemon recorded in it,
    # so that "cold" starts a server even when the user runs the daemon.
    jars = work / "jars"
    jars.mkdir()
    for jar in lt_server.local_install_dir().iterdir():
        if jar.suffix == ".jar" or jar.name == "VERSION":
            (jars / jar.name).symlink_to(jar)
    base = {**os.environ, "NEWSLINT_LT_HOME": str(jars)}
    base.pop("NEWSLINT_LANGUAGETOOL_URL", None)

    def cache_env(name: str) -> dict[str, str]:
        cache = work / name
        shutil.rmtree(cache, ignore_errors=True)
        return {**base, "NEWSLINT_CACHE_DIR": str(cache)}

    times: dict[str, list[float]] = {"off": [], "cold": [], "warm": [], "warm cache": []}
    for _ in range(args.runs):
        times["off"].append(run_check(article, cache_env("c0"), "--languagetool", "off"))
    for i in range(max(1, args.runs // 2)):
        times["cold"].append(run_check(article, cache_env(f"c1-{i}"), "--languagetool", "on"))

    # Started like the daemon (full JIT), which is what an already-running server is.
    server = lt_server.start_local_server(fast_start=False)
    try:
        url = ["--languagetool", "on", "--languagetool-url", server.url]
        run_check(article, cache_env("warmup"), *url)  # the JVM's first answers are slow
        for i in range(args.runs):
            times["warm"].append(run_check(article, cache_env(f"c2-{i}"), *url))
        filled = cache_env("c3")
        run_check(article, filled, *url)
        for _ in range(args.runs):
            times["warm cache"].append(run_check(article, filled, *url))
        rss, peak = rss_mb(server.pid)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"One {words}-word Markdown article, whole `newslint check` process "
        f"(median of {args.runs}; cold: {len(times['cold'])}):"
    )
    for name, values in times.items():
        label = "LanguageTool off" if name == "off" else name
        print(
            f"  {label:<18} {statistics.median(values):6.2f} s   "
            f"(min {min(values):.2f}, max {max(values):.2f})"
        )
    print(f"  server memory       {rss:6.0f} MB resident after the runs (peak {peak:.0f} MB)")
    if args.json_out:
        figures = {
            "words": words,
            "seconds": {k: statistics.median(v) for k, v in times.items()},
            "runs": times,
            "server_rss_mb": round(rss),
            "server_peak_rss_mb": round(peak),
        }
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
