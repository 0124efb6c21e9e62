"""What the spelling family costs: a one-article whole process and warm checking.

Standalone: ``python bench/spelling.py [--repeat N]``. Prints

1. one ~700-word article as a whole process, LanguageTool off: newslint with the
   default rules, with the dictionary speller (NL602-NL608) ignored, and with the
   whole typos family (the speller and the grammar rules) ignored, taking turns round
   by round; each ratio is the median of the rounds' ratios, the cost to a one-file
   check (cold: the dictionary is searched in place, never loaded whole);
2. warm cost: the spelling rules alone run again and again on clean articles in one
   process, in milliseconds per 1,000 words (the first, cold run reported apart);
3. the cost of a misspelling: the first correction loads the correction targets
   once, later ones are a search of one length bucket.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import article, paragraphs, round_ratio, timed_rounds

SPELLING = "NL602,NL603,NL604,NL605,NL606,NL607,NL608"  # the dictionary speller
ON = "newslint, default rules"
SPELLER_OFF = "newslint, speller (NL602-NL608) ignored"
TYPOS_OFF = "newslint, whole typos family ignored"
CLEAN = Path(__file__).resolve().parent.parent / "tests" / "data" / "clean"


def whole_process(repeat: int) -> float:
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "article.md"
        path.write_text(article(random.Random(1), paragraphs()), encoding="utf-8")
        words = len(path.read_text(encoding="utf-8").split())
        check = [sys.executable, "-m", "newslint", "check"]
        rows = {
            ON: [*check, str(path)],
            SPELLER_OFF: [*check, "--ignore", SPELLING, str(path)],
            TYPOS_OFF: [*check, "--ignore", "typos", str(path)],
        }
        times = timed_rounds(rows, repeat)
    print(f"## One article ({words} words), whole process, median of {repeat}")
    for name, t in times.items():
        print(f"{name:44} {statistics.median(t):7.3f} s")
    speller = round_ratio(times, ON, SPELLER_OFF)
    print(f"{'ratio on / speller ignored (round by round)':44} {speller:7.3f}")
    family = round_ratio(times, ON, TYPOS_OFF)
    print(f"{'ratio on / typos family ignored':44} {family:7.3f}")
    return speller


def warm(rounds: int) -> float:
    """Warm cost of the spelling rules on top of the other default rules: each article is
    checked with the default rules (spelling ignored) and the shared analysis they and the
    speller read (words, sentence starts, headlines); then only the spelling rules run, on
    the same analysis, and are timed. Minimum and median over ``rounds`` rounds."""
    from newslint import markup
    from newslint.linter import all_rules, run_rules, selected_rules, selector_for
    from newslint.rule import Context
    from newslint.settings import Settings

    settings = Settings()
    every = selected_rules(all_rules(settings), selector_for(settings))
    wanted = set(SPELLING.split(","))
    spelling = [r for r in every if r.id in wanted]
    others = [r for r in every if r.id not in wanted]
    texts = [p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.md"))]
    texts += [article(random.Random(seed), paragraphs()) for seed in range(5)]
    words = sum(len(t.split()) for t in texts)
    docs = [markup.parse(t, "markdown") for t in texts]

    def once() -> float:
        spent = 0.0
        for doc in docs:
            ctx = Context(options=settings.rule_options())
            run_rules(doc, others, ctx)
            shared = ctx.analysis
            shared.words.sentence_starts  # noqa: B018 - computed once for every rule
            shared.headlines  # noqa: B018
            start = time.perf_counter()
            run_rules(doc, spelling, ctx)
            spent += time.perf_counter() - start
        return spent / words * 1e6  # ms per 1,000 words

    cold = once()
    times = sorted(once() for _ in range(rounds))
    print(f"\n## Warm checking ({words} words, {len(docs)} articles), ms per 1,000 words")
    print("spelling rules, beyond the shared analysis:")
    print(f"  first run (cold)   {cold:8.3f}")
    print(f"  warm, minimum      {times[0]:8.3f}")
    print(f"  warm, median       {times[len(times) // 2]:8.3f}")
    return times[len(times) // 2]


def misspelling_cost() -> None:
    from newslint.rules.spelling import lexicon

    start = time.perf_counter()
    lexicon.candidates("goverment")
    first = time.perf_counter() - start
    start = time.perf_counter()
    for word in ("recieve", "accomodate", "signficant", "technolgoy", "percieved"):
        lexicon.candidates(word)
    later = (time.perf_counter() - start) / 5
    print("\n## A misspelling's corrections")
    print(f"first (loads the targets)  {first * 1000:7.1f} ms")
    print(f"each later one             {later * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    whole_process(args.repeat)
    warm(args.rounds)
    misspelling_cost()


if __name__ == "__main__":
    main()
