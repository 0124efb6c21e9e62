"""Build newslint/data/realword-bigrams.tsv: the real-word slips NL609 can judge.

    pip install symspellpy   # only to build; newslint does not need it at run time
    python scripts/build_realword_model.py

A real-word slip is a common word typed for another common word one keystroke away
("must" for "most", "though" for "thought", "as" for "has"). The pairs are derived, not
listed by hand: every two of the ``TOP`` most frequent words of symspellpy's word list
(MIT; Norvig's Google Web Trillion Word counts) that are one edit apart
(a letter dropped, added, changed, or two neighbours swapped), both spelled the American
way in newslint's dictionary (newslint/data/spelling/words.txt, built from SCOWL).
Left out: pairs that differ only by a plural "s"/"es" (agreement, which word pairs
cannot judge), and words that the hand-written usage rules or the confusion sets
(rules/confusion-sets.toml, NL230) already judge, so no slip is reported twice.

The file has the format of confusion-bigrams.tsv (read by the same ``Counts`` class):
a block per word, ``=word<TAB>count<TAB>pairs before<TAB>pairs after``, then its
neighbours ``<word<TAB>count`` / ``>word<TAB>count`` (pair counts in units of
``SCALE``); and a first section of
``~word<TAB>candidate candidate ...`` lines: the slips each word may be. Sorted, so a
rebuild gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from symspell_counts import blocks, set_words, symspell_folder, word_counts

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "newslint" / "data" / "spelling" / "words.txt"
# Shipped uncompressed: reading 3 MB costs a few milliseconds, decompressing it ~25 ms
# on every one-file check.
OUT = ROOT / "newslint" / "data" / "realword-bigrams.tsv"
# How many of the most frequent words take part. Larger lists reach content words
# ("steam" for "stream") but raise false alarms on clean copy faster than they catch
# slips (measured with the rule on the visible corpora: 2,000 words, 6 slips found on
# real-dev and 1 false alarm; 5,000, 8 and 1; 10,000, 8 and 4, 2 of them on clean copy).
TOP = 5000
# Word pairs seen fewer times than this are dropped (the source list stops at 6.4 million):
# a candidate must then be seen beside both neighbours at least this often, which halved
# the false alarms on the visible corpora at the same recall, and the file is smaller.
# The rule's floor is half of it.
MIN_PAIR = 10_000_000
# Pair counts are stored in units of SCALE (a word's own count is not): the model reads
# only ratios of pair counts, and short numbers make the file a third of the size.
SCALE = 100_000
# English words of one or two letters are a closed class; the rest of the frequency
# list's short entries are abbreviations and fragments ("al", "la", "pm").
SHORT = set(["a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we"])
# Judged by the hand-written rules in newslint/rules/usage/ (than.py, there.py, its.py,
# verbs.py, affect.py): left to them.
OWNED = set(
    ["than", "then", "their", "there", "they're", "its", "it's", "lead", "led", "lose", "loose", "your", "you're", "whose", "who's", "affect", "effect", "affects", "effects"]
)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> set[str]:
    """Every string one edit from ``word``; a swap of two neighbours counts once."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
            for c in LETTERS:
                out.add(head + c + tail[1:])
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
        for c in LETTERS:
            out.add(head + c + tail)
    out.discard(word)
    return out


def plural_pair(a: str, b: str) -> bool:
    return any(x in (y + "s", y + "es") for x, y in ((a, b), (b, a)))


def american_words() -> set[str]:
    found = set()
    with open(WORDS, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            # fields: word, capitalised forms, zipf, flag ("b": a British form)
            if len(fields) >= 4 and fields[3] == "" and fields[1] == "":
                found.add(fields[0])
    return found


def main() -> int:
    folder = symspell_folder("build_realword_model.py")
    if folder is None:
        return 2
    american = american_words()
    skip = OWNED | set_words()
    counts: dict[str, int] = {}
    ranked: list[str] = []
    for word, count in word_counts(folder):
        counts[word] = count
        short_ok = len(word) > 2 or word in SHORT
        if len(ranked) < TOP and word.isalpha() and word in american and short_ok:
            ranked.append(word)
    top = set(ranked)
    slips: dict[str, list[str]] = {}
    for word in ranked:
        if word in skip:
            continue
        near = sorted(c for c in edits1(word) & top if c not in skip and not plural_pair(word, c))
        if near:
            slips[word] = near
    words = set(slips) | {c for near in slips.values() for c in near}
    lines = [f"~{w}\t{' '.join(slips[w])}" for w in sorted(slips)]
    lines += blocks(folder, words, counts, MIN_PAIR, SCALE)
    text = (
        "# real-word slips and their neighbours; built by scripts/build_realword_model.py\n"
        "# from symspellpy's frequency lists (MIT; Norvig's Google Web Trillion Word counts)"
        " and SCOWL\n" + "\n".join(lines) + "\n"
    )
    # mtime=0: a rebuild gives the same bytes.
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(slips)} words with slips, {len(words)} blocks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
