"""Where one article's checking time goes: parsing and each rule family, in-process.

    python bench/rules.py [--articles 200] [--top 15]

Times are milliseconds per article, averaged over generated ~700-word Markdown
articles (the benchmark's generator); every family is shown with its share of the
total so that a change is read as a ratio, not an absolute time.

    python bench/rules.py --cold

instead runs each family alone in a fresh process, as a one-article run does, and
splits its cost into loading (imports, rule set-up), the first article (which pays
for lazily compiled patterns and data) and a second, different article.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import article, paragraphs

from newslint import markup
from newslint.linter import all_rules, selected_rules, selector_for, to_diagnostics
from newslint.rule import Context
from newslint.settings import Settings


def family(rule: object) -> str:
    module = type(rule).__module__
    parts = module.split(".")
    return ".".join(parts[:3]) if parts[1] == "rules" else module


_COLD = """
import sys, time
start = time.perf_counter()
from newslint import markup
from newslint.linter import all_rules, selected_rules, selector_for
from newslint.rule import Context
from newslint.settings import Settings
settings = Settings(select=(sys.argv[1],))
rules = selected_rules(all_rules(settings), selector_for(settings))
loaded = time.perf_counter()
times = []
for path in sys.argv[2:]:
    begin = time.perf_counter()
    doc = markup.parse(open(path, encoding="utf-8").read(), "markdown")
    ctx = Context(style=settings.style, options=settings.rule_options())
    ctx.begin(doc)
    for rule in rules:
        list(rule.check(doc, ctx))
    times.append(time.perf_counter() - begin)
print(loaded - start, *times)
"""
# "NL0" selects nothing: the cost every family shares (imports, parsing).
FAMILIES = {
    "NL0": "(none)",
    "NL1": "names",
    "NL2": "usage",
    "NL3": "legal",
    "NL4": "ap",
    "NL5": "packs",
    "NL6": "typos",
}


def cold(sources: list[str], repeat: int = 5) -> None:
    import statistics
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, source in enumerate(sources[:2]):
            path = Path(tmp) / f"article-{i}.md"
            path.write_text(source, encoding="utf-8")
            paths.append(str(path))
        print(f"{'family':10} {'load ms':>8} {'1st article':>12} {'2nd article':>12}")
        for prefix, name in FAMILIES.items():
            runs = []
            for _ in range(repeat):
                out = subprocess.run(
                    [sys.executable, "-c", _COLD, prefix, *paths],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append([float(x) for x in out.stdout.split()])
            load, first, second = (statistics.median(r[i] for r in runs) for i in range(3))
            print(f"{name:10} {load * 1000:8.1f} {first * 1000:12.1f} {second * 1000:12.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    rng, paras = random.Random(11), paragraphs()
    sources = [article(rng, paras) for _ in range(args.articles)]
    if args.cold:
        cold(sources)
        return
    settings = Settings()
    rules = selected_rules(all_rules(settings), selector_for(settings))
    by_family: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for source in sources:
        start = time.perf_counter()
        doc = markup.parse(source, "markdown")
        by_family["(markdown parse)"] += time.perf_counter() - start
        ctx = Context(style=settings.style, options=settings.rule_options())
        ctx.begin(doc)  # as linter.run_rules does; each fact is computed by the first rule asking
        found = []
        for rule in rules:
            start = time.perf_counter()
            found.extend((rule.id, f, rule) for f in rule.check(doc, ctx))
            spent = time.perf_counter() - start
            by_family[family(rule)] += spent
            by_rule[rule.id] += spent
        start = time.perf_counter()
        to_diagnostics("article.md", doc, found, settings)
        by_family["(diagnostics)"] += time.perf_counter() - start
    total = sum(by_family.values())
    per = 1000 / len(sources)
    print(f"{len(sources)} articles, {total * per:.2f} ms per article")
    print(f"{'part':34} {'ms/article':>10} {'share':>6}")
    for name, spent in by_family.most_common():
        print(f"{name:34} {spent * per:10.2f} {spent / total:6.1%}")
    print(f"\nslowest {args.top} rules")
    for rule_id, spent in by_rule.most_common(args.top):
        print(f"{rule_id:34} {spent * per:10.2f} {spent / total:6.1%}")


if __name__ == "__main__":
    main()
