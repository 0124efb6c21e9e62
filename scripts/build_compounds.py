"""Build newslint/data/compounds.tsv and compounds-bigrams.tsv: what NL610 judges.

    pip install symspellpy                # only to build; newslint does not need it at run time
    apt-get install scowl                 # SCOWL's word lists in /usr/share/dict/scowl
    python scripts/build_compounds.py [--scowl DIR]

English writes some compounds as one word ("nutshell", "widespread") and others as
two ("word processor", "real estate"). Which form is right is a fact of usage, so
the table is derived from counts, not listed by hand:

* how often each word is written (wordfreq's Zipf scale, as newslint's dictionary
  holds it in newslint/data/spelling/words.txt, and the word list shipped in
  symspellpy), and
* how often each word pair is written (the word-pair list shipped in symspellpy).

Both symspellpy lists come from the same corpus, Peter Norvig's counts of the Google
Web Trillion Word Corpus (symspellpy: MIT); every pair count in symspellpy's list is
64 times the corpus count (their greatest common divisor), so dividing by it puts
pairs and words on one scale, and one offset (the median difference between
wordfreq's Zipf and the log count, over the common dictionary words of both lists)
converts a count to Zipf.

Two kinds of line, sorted, so a rebuild gives the same file:

* ``+first<TAB>second<TAB>closed``: the pair "first second" (or "first-second") is
  the word ``closed`` written in two. ``closed`` is in a standard-size dictionary
  (SCOWL's English and American word lists up to size 60, the size its author
  recommends for spell checking), common (Zipf 3 or more), and written closed at
  least ten times as often as the pair is written open, by both counts. A word that
  is also a common proper name (SCOWL's name lists up to size 50: "Freeman",
  "Sanders") is left out, its counts swollen by the name, and so is a word the corpus
  word list lacks (the context model below needs its count).
* ``-word<TAB>first second``: the word is the pair written as one. The word is in no
  standard-size dictionary, and the pair is common (Zipf 2.5 or more) and written
  open ten times as often as the word, by both counts.

Both parts are common words (Zipf 3 or more) of three letters or more, and neither is
a function word: a pair such as "may be", "in to", "a while" or "every day" is a
different phrase from its closed word ("maybe", "into", "awhile", "everyday"), and a
phrasal verb ("set up", "log in") is NL606's matter.

``compounds-bigrams.tsv`` holds, for every word of a closed pair and its closed word,
its corpus count and its neighbours with their pair counts (the block format of
``symspell_counts.blocks``, read by ``newslint/rules/usage/model.py``'s ``Counts``):
the rule weighs the two readings of a pair by the words beside it.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from pathlib import Path

from symspell_counts import PAIR_LIST, blocks, symspell_folder, word_counts

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "newslint" / "data" / "spelling" / "words.txt"
OUT = ROOT / "newslint" / "data" / "compounds.tsv"
CONTEXT = ROOT / "newslint" / "data" / "compounds-bigrams.tsv"
SCOWL = Path("/usr/share/dict/scowl")
# SCOWL's sizes: 60 is the one its README recommends for spell checking; words only in
# the larger lists (70, 80, 95) are rare or doubtful forms ("manmade", "wellbeing").
STANDARD_SIZE = 60
PART_ZIPF = 3.0  # each part a common word ...
PART_LETTERS = 3  # ... of three letters or more
CLOSED_ZIPF = 3.0  # a closed word suggested must be common
CLOSED_MARGIN = 1.0  # Zipf: written closed ten times as often as open
OPEN_ZIPF = 2.5  # a pair suggested must be common
OPEN_MARGIN = 1.0  # Zipf: written open ten times as often as closed
# Closed-class words: articles, determiners, pronouns, prepositions, conjunctions,
# auxiliaries, particles and a few adverbs. A pair with one is a phrase of its own.
_FUNCTION_WORDS = """a an the this that these those my your his her its our their some any no every each
    all both either neither much many more most few less least several such what which
    whose who whom whoever whatever whichever i me we us you he him she it they them one
    ones myself yourself himself herself itself ourselves themselves about above across
    after against along amid among around as at before behind below beneath beside besides
    between beyond but by despite down during except for from in inside into like near of
    off on onto out outside over past per since than through throughout till to toward
    towards under underneath until unto up upon via with within without and or nor so yet
    if because although though while whereas unless whether when where why how whenever
    wherever am is are was were be been being have has had having do does did doing can
    could may might must shall should will would not never ever also too very just only
    even still already then now here there thus hence else back away forth apart aside
    ahead together again once twice"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def standard_words(folder: Path) -> set[str]:
    """The lowercase words of SCOWL's English and American lists up to STANDARD_SIZE."""
    found: set[str] = set()
    for path in folder.iterdir():
        name, _, size = path.name.rpartition(".")
        standard = size.isdigit() and int(size) <= STANDARD_SIZE
        if name in ("english-words", "american-words") and standard:
            text = path.read_text(encoding="latin-1")
            found.update(w for w in text.split() if w.isalpha() and w.islower())
    return found


def proper_names(folder: Path) -> set[str]:
    """Lowercased common proper names (SCOWL's name lists up to size 50): a closed word
    that is also one ("Freeman", "Sanders") has its counts swollen by the name."""
    found: set[str] = set()
    for path in folder.iterdir():
        name, _, size = path.name.rpartition(".")
        common = size.isdigit() and int(size) <= 50
        if name in ("english-proper-names", "american-proper-names") and common:
            found.update(w.lower() for w in path.read_text(encoding="latin-1").split())
    return found


def dictionary() -> dict[str, tuple[float, bool]]:
    """newslint's dictionary: lowercase word -> (Zipf, in a dictionary), American
    spellings only (no capitalised-only words, no British forms)."""
    found: dict[str, tuple[float, bool]] = {}
    with open(WORDS, encoding="utf-8") as f:
        for line in f:
            word, forms, zipf, kind = line.rstrip("\n").split("\t")
            if not forms and kind in ("", "u") and word.isalpha():
                found[word] = (int(zipf) / 10, kind == "")
    return found


def pair_counts(folder: Path) -> tuple[dict[tuple[str, str], int], int]:
    """The word pairs on the word list's scale, and the scale (see the module docs)."""
    raw: list[tuple[str, str, int]] = []
    with open(folder / PAIR_LIST, encoding="utf-8") as f:
        for line in f:
            first, second, count = line.split()
            raw.append((first, second, int(count)))
    scale = 0
    for _, _, n in raw:
        scale = math.gcd(scale, n)
    return {(a, b): n // scale for a, b, n in raw}, scale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scowl", type=Path, default=SCOWL)
    args = parser.parse_args()
    folder = symspell_folder("build_compounds.py")
    if folder is None:
        return 2
    if not args.scowl.is_dir():
        print(f"build_compounds.py: no SCOWL lists in {args.scowl}; run: apt-get install scowl")
        return 2
    words = dictionary()
    standard = standard_words(args.scowl)
    names = proper_names(args.scowl)
    counts = dict(word_counts(folder))
    pairs, scale = pair_counts(folder)
    offset = statistics.median(
        z - math.log10(counts[w])
        for w, (z, listed) in words.items()
        if listed and z >= 3.0 and counts.get(w)
    )
    floor = math.log10(min(pairs.values())) + offset  # a pair not listed is rarer than this
    print(f"Zipf = log10(count) {offset:+.3f}; a pair not listed: Zipf < {floor:.2f}")

    def part(word: str) -> bool:
        entry = words.get(word)
        return (
            entry is not None
            and entry[1]
            and entry[0] >= PART_ZIPF
            and len(word) >= PART_LETTERS
            and word not in FUNCTION_WORDS
        )

    lines: list[str] = []
    context: set[str] = set()
    for word, (zipf, _) in sorted(words.items()):
        corpus = math.log10(counts[word]) + offset if counts.get(word) else None
        for cut in range(PART_LETTERS, len(word) - PART_LETTERS + 1):
            first, second = word[:cut], word[cut:]
            if not (part(first) and part(second)):
                continue
            count = pairs.get((first, second))
            open_zipf = math.log10(count) + offset if count else None
            if word in standard and zipf >= CLOSED_ZIPF:
                if corpus is None or word in names:
                    continue  # the context model needs the corpus count, and a true one
                if min(zipf, corpus) - (open_zipf or floor) >= CLOSED_MARGIN:
                    lines.append(f"+{first}\t{second}\t{word}")
                    context.update((first, second, word))
            elif word not in standard and open_zipf is not None and open_zipf >= OPEN_ZIPF:
                closed_zipf = zipf if corpus is None else max(zipf, corpus)
                if open_zipf - closed_zipf >= OPEN_MARGIN:
                    lines.append(f"-{word}\t{first} {second}")
    lines.sort()
    OUT.write_text(
        "# compounds written closed (+first, second, closed) or open (-word, pair);\n"
        "# built by scripts/build_compounds.py from symspellpy's frequency lists (MIT;\n"
        "# Norvig's Google Web Trillion Word counts), wordfreq (CC BY-SA 4.0) and SCOWL\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    neighbours = blocks(folder, context, {w: counts[w] for w in context if w in counts}, 0, scale)
    CONTEXT.write_text(
        "# the words of compounds.tsv's closed pairs and their neighbours (pair counts divided\n"
        f"# by {scale}); built by scripts/build_compounds.py from symspellpy's frequency lists\n"
        "# (MIT; Norvig's Google Web Trillion Word counts)\n" + "\n".join(neighbours) + "\n",
        encoding="utf-8",
    )
    closed = sum(line.startswith("+") for line in lines)
    print(f"{OUT.relative_to(ROOT)}: {closed} closed, {len(lines) - closed} open")
    print(f"{CONTEXT.relative_to(ROOT)}: {len(neighbours)} lines for {len(context)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
