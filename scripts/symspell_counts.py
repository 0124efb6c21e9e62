"""What the two word-pair build scripts share: symspellpy's frequency lists and the
confusion sets' words, and the block format that newslint/rules/usage/model.py reads.

Source: the word and word-pair frequency lists shipped in the symspellpy package (MIT),
whose counts are Peter Norvig's counts of the Google Web Trillion Word Corpus
(SymSpell's documentation credits the Google Ngram data). Build time only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "rules" / "confusion-sets.toml"
WORD_LIST = "frequency_dictionary_en_82_765.txt"
PAIR_LIST = "frequency_bigramdictionary_en_243_342.txt"


def symspell_folder(script: str) -> Path | None:
    """Where symspellpy keeps its lists, or None (after saying how to install it)."""
    try:
        import symspellpy
    except ImportError:
        print(f"{script}: symspellpy is not installed; run: pip install symspellpy")
        return None
    return Path(symspellpy.__file__).parent


def word_counts(folder: Path) -> Iterator[tuple[str, int]]:
    """The word list, most frequent first."""
    with open(folder / WORD_LIST, encoding="utf-8") as f:
        for line in f:
            word, count = line.split()
            yield word, int(count)


def set_words() -> set[str]:
    """The one-word members of the confusion sets (a two-word form, "set up", is judged
    without counts)."""
    data = tomllib.loads(SETS.read_text(encoding="utf-8"))
    words: set[str] = set()
    for rule in data["rule"]:
        for group in rule.get("sets", []):
            for member in group:
                word = member.split("/")[0].lower()
                if " " not in word:
                    words.add(word)
    return words


def blocks(
    folder: Path,
    words: set[str],
    counts: dict[str, int],
    min_pair: int = 0,
    scale: int = 1,
    after_only: bool = False,
) -> list[str]:
    """A block of lines per word: ``=word<TAB>count<TAB>pairs before<TAB>pairs after``,
    then its neighbours, ``<neighbour<TAB>count`` (before it) or ``>neighbour<TAB>count``
    (after it; with ``after_only``, only these). Pairs seen fewer than ``min_pair`` times
    are dropped; pair counts are stored in units of ``scale``. Sorted, so a rebuild gives
    the same lines."""
    before: dict[str, list[tuple[str, int]]] = {w: [] for w in words}
    after: dict[str, list[tuple[str, int]]] = {w: [] for w in words}
    with open(folder / PAIR_LIST, encoding="utf-8") as f:
        for line in f:
            left, right, count = line.split()
            if int(count) < min_pair:
                continue
            n = int(count) // scale
            if right in words and not after_only:
                before[right].append((left, n))
            if left in words:
                after[left].append((right, n))
    lines: list[str] = []
    for word in sorted(words):
        if word not in counts and not before[word] and not after[word]:
            continue  # unknown everywhere: the model treats it as not a word
        left_total = sum(n for _, n in before[word])
        right_total = sum(n for _, n in after[word])
        lines.append(f"={word}\t{counts.get(word, 0)}\t{left_total}\t{right_total}")
        lines.extend(f"<{w}\t{n}" for w, n in sorted(before[word]))
        lines.extend(f">{w}\t{n}" for w, n in sorted(after[word]))
    return lines
