"""Record every finding on a fixed set of texts, or compare with a recording.

A speed-up must not change what newslint reports. Record before the change, compare
after it:

    python bench/findings.py --record /tmp/before.json
    python bench/findings.py --compare /tmp/before.json

The texts: the samples, the development and third-party corpora when present, and
500 generated articles (the benchmark's own generator, fixed seeds), each checked as
Markdown and the corpus texts as plain text too. Default rules, no external engines.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CORPUS, ROOT, article, paragraphs

from newslint.linter import all_rules, check_text, selected_rules, selector_for
from newslint.settings import Settings


def texts(count: int) -> Iterator[tuple[str, str, str]]:
    """(name, format, text) for every text checked."""
    for sample in sorted((ROOT / "samples").iterdir()):
        fmt = {".md": "markdown", ".html": "html", ".txt": "plain"}.get(sample.suffix)
        if fmt:
            yield sample.name, fmt, sample.read_text(encoding="utf-8")
    for corpus in (CORPUS, CORPUS.with_name("third_party.jsonl")):
        if corpus.exists():
            for line in corpus.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                yield doc["id"], "plain", doc["text"]
                yield doc["id"] + ".md", "markdown", doc["text"]
    rng, paras = random.Random(7), paragraphs()
    for i in range(count):
        yield f"article-{i}", "markdown", article(rng, paras)


def record(count: int) -> tuple[dict[str, list[list[object]]], float]:
    settings = Settings()
    rules = selected_rules(all_rules(settings), selector_for(settings))
    out: dict[str, list[list[object]]] = {}
    spent = 0.0
    for name, fmt, text in texts(count):
        start = time.perf_counter()
        result = check_text(text, fmt, settings, rules)
        spent += time.perf_counter() - start
        out[f"{fmt}:{name}"] = [
            [d.rule, d.start, d.end, d.message, list(d.replacements)] for d in result.diagnostics
        ]
    return out, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", type=Path)
    group.add_argument("--compare", type=Path)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    found, spent = record(args.articles)
    total = sum(len(v) for v in found.values())
    print(f"{len(found)} texts, {total} findings, {spent:.2f} s checking")
    if args.record:
        args.record.write_text(json.dumps(found), encoding="utf-8")
        return
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    changed = 0
    for key in sorted(set(before) | set(found)):
        old = {json.dumps(f) for f in before.get(key, [])}
        new = {json.dumps(f) for f in found.get(key, [])}
        if old != new:
            changed += 1
            for f in sorted(old - new):
                print(f"  {key}: lost {f}")
            for f in sorted(new - old):
                print(f"  {key}: new  {f}")
    print(f"{changed} texts differ")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
