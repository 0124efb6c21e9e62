"""How much a newsroom names list costs a run: none vs 100 ... 100,000 listed people.

Standalone: ``python bench/names_list.py [--docs N] [--sizes 100,1000,...]``. For each
size it writes a generated TOML list, then times (1) a first run, which parses and
indexes the list, and (2) later runs, which reuse the cached list, on a set of drafts
with names; it prints seconds and the ratio to a run with no list.
"""

from __future__ import annotations

import argparse
import os
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newslint.linter import all_rules, check_document, selected_rules, selector_for
from newslint.markup import parse
from newslint.settings import Settings

DRAFT = """Mayors meet attorney general over grant threat

The mayors of a dozen cities met with Attorney General Jeff Sessions in Washington on
Tuesday to discuss the Justice Department's threat to withhold grants.

Session's Justice Department wrote to nine cities last month. After the meeting with the
Attorney General, Mayor Mitch Landreiu of New Orleans said the talks were frank, and
Mayor Steve Adler of Austin said his city follows federal law. Senate Majority Leader
Mitch Mcconnell did not comment.

A federal judge in San Francisco, U.S. District Judge William Orick, blocked part of the
policy. Orrick wrote that the executive branch cannot attach new conditions to grants
Congress approved. The ruling may not affect Sessions's demands.

Defendant Ricardo Rivera-Ortiz, 41, of Ponce, pleaded guilty before Judge Gustavo A.
Gelpi. Rivera-Ortiz admitted the scheme, and Gelpi set sentencing for May.
"""

REAL = [
    ("Jeff Sessions", "Attorney General"),
    ("Mitch Landrieu", "Mayor"),
    ("Steve Adler", "Mayor"),
    ("William Orrick", "U.S. District Judge"),
    ("Mitch McConnell", "Senate Majority Leader"),
]


def generated_list(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = []
    for name, title in REAL[: min(size, len(REAL))]:
        lines += ["[[person]]", f'name = "{name}"', f'title = "{title}"', ""]
    for n in range(max(0, size - len(REAL))):
        first = rng.choice(string.ascii_uppercase) + "".join(
            rng.choice("aeioulnrst") for _ in range(rng.randint(3, 7))
        )
        last = rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10))
        )
        lines += ["[[person]]", f'name = "{first} {last}"']
        if n % 5 == 0:
            lines.append(f'misspellings = ["{last}x"]')
        lines.append("")
    return "\n".join(lines)


def _word(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(
        rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))
    )


def run(settings: Settings, docs: int) -> tuple[float, float, int]:
    """Seconds for the first document, seconds per later document, findings seen."""
    rules = selected_rules(all_rules(settings), selector_for(settings))
    findings = 0
    start = time.perf_counter()
    result = check_document("draft.txt", parse(DRAFT, "plain"), rules, settings)
    first = time.perf_counter() - start
    findings += len(result.diagnostics)
    start = time.perf_counter()
    rng = random.Random(11)
    for _ in range(docs):
        # A new document each time, with people the list has never seen.
        extra = " ".join(
            f"Defendant {_word(rng)} {last}, 40, pleaded guilty. {last} said little."
            for last in (_word(rng) for _ in range(5))
        )
        text = DRAFT + "\n" + extra + "\n"
        findings += len(check_document("d.txt", parse(text, "plain"), rules, settings).diagnostics)
    later = (time.perf_counter() - start) / max(docs, 1)
    return first, later, findings


def cli_seconds(draft: Path, names: Path | None, repeat: int = 3) -> float:
    """Wall time of a whole `newslint check` process on one draft (best of ``repeat``)."""
    cmd = [sys.executable, "-m", "newslint", "check", "--select", "NL1", "--no-proselint"]
    if names is not None:
        cmd += ["--names", str(names)]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [*cmd, str(draft)],
            capture_output=True,
            check=False,
            env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
        )
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=50, help="documents per timing (default 50)")
    ap.add_argument("--sizes", default="100,1000,10000,100000")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    select = ("NL1",)
    run(Settings(select=select), 1)  # warm up: imports and regex compilation are not the list's
    base_first, base_later, _ = run(Settings(select=select), args.docs)
    print(
        f"{'names':>8} {'load+1st doc s':>15} {'per doc s':>10} {'ratio 1st':>10} "
        f"{'ratio per doc':>14}"
    )
    # ratio 1st: the first document, which pays for parsing and indexing the list once;
    # ratio per doc: every later document in the same run, with the list cached.
    print(f"{'none':>8} {base_first:15.4f} {base_later:10.4f} {1.0:10.2f} {1.0:14.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        draft.write_text(DRAFT, encoding="utf-8")
        cli_base = cli_seconds(draft, None)
        rows = []
        for size in sizes:
            path = Path(tmp) / f"names-{size}.toml"
            path.write_text(generated_list(size), encoding="utf-8")
            settings = Settings(select=select, names=(str(path),))
            first, later, _ = run(settings, args.docs)
            rows.append((size, first, later, cli_seconds(path.parent / "draft.txt", path)))
            print(
                f"{size:>8} {first:15.4f} {later:10.4f} {first / base_first:10.2f} "
                f"{later / base_later:14.2f}"
            )
        print()
        print("whole `newslint check` process on one draft (start-up, list load, check):")
        print(f"{'names':>8} {'seconds':>8} {'ratio':>6}")
        print(f"{'none':>8} {cli_base:8.3f} {1.0:6.2f}")
        for size, _, _, cli in rows:
            print(f"{size:>8} {cli:8.3f} {cli / cli_base:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
