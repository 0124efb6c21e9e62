"""What the entities register costs: loading it, and the rules over it per story.

Standalone: ``python bench/entities.py [--docs N]``. Prints (1) the time to import the
rules and to load each part of the register in a fresh process, and (2) the warm time
per 700-word story of the register rules (NL105-NL109), on generated articles that name
nobody the register knows and on articles that name many of its entries, with a
story date set so that the date rules run too. Target: well under 5 ms per story warm.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import article, paragraphs

from newslint.linter import all_rules, check_document
from newslint.markup import parse
from newslint.settings import Settings

RULES = ("NL105", "NL106", "NL107", "NL108", "NL109")
NAMED = (
    "Attorney General Jeff Sessions met staff of the Federal Election Commission and the "
    "General Accounting Office. The team moved its Javascript code from Github to GitLab, "
    "and Sen. Chuck Schumer praised the Common Language Runtime (CLR) on linux. The "
    "Immigration and Naturalization Service and the Technology Transformation Services "
    "replied."
)

COLD = """
import time
t = time.perf_counter()
from newslint.rules.names import known_rules
from newslint.entities import register
t1 = time.perf_counter()
reg = register()
reg.by_lower
t2 = time.perf_counter()
reg.agencies
t3 = time.perf_counter()
reg.people_by_name
t4 = time.perf_counter()
reg.place_words
t5 = time.perf_counter()
print(f"import rules {1000*(t1-t):.1f} ms; names {1000*(t2-t1):.1f} ms; "
      f"agencies {1000*(t3-t2):.1f} ms; people {1000*(t4-t3):.1f} ms; places {1000*(t5-t4):.1f} ms")
"""


def per_story(texts: list[str], settings: Settings) -> float:
    rules = [r for r in all_rules(settings) if r.id in RULES]
    docs = [parse(t, "markdown") for t in texts]
    for doc in docs[:3]:  # warm: the register and the rules' tables
        check_document("<bench>", doc, rules, settings)
    start = time.perf_counter()
    for doc in docs:
        check_document("<bench>", doc, rules, settings)
    return (time.perf_counter() - start) / len(docs)


def analysis_only(texts: list[str]) -> float:
    """The shared analysis these rules read (words, sentence starts, sentences): paid once
    per story by whichever rule asks first, so not the register rules' own cost."""
    from newslint.rule import Context

    docs = [parse(t, "markdown") for t in texts]
    start = time.perf_counter()
    for doc in docs:
        a = Context().begin(doc)
        _ = a.words.sentence_starts, a.sentences, a.headlines
    return (time.perf_counter() - start) / len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    print(
        subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True).stdout.strip()
    )
    paras = paragraphs()
    plain = [article(random.Random(seed), paras) for seed in range(args.docs)]
    named = [t + "\n\n" + NAMED + "\n" for t in plain]
    settings = Settings(date="2021-06-01")
    print(f"analysis: {1000 * analysis_only(plain):.2f} ms per story (shared with every rule)")
    for label, texts in (("unnamed", plain), ("named", named)):
        ms = 1000 * per_story(texts, settings)
        print(f"{label:>8}: {ms:.2f} ms per ~700-word story (rules {', '.join(RULES)})")


if __name__ == "__main__":
    main()
