"""Build newslint/data/confusion-bigrams.tsv: the corpus counts the confusion model reads.

    pip install symspellpy   # only to build; newslint does not need it at run time
    python scripts/build_confusion_model.py

Source: the word and word-pair frequency lists shipped in the symspellpy package (MIT),
which SymSpell derived from the Google Books Ngram data (CC BY 3.0). Only what the model
needs is kept: for every one-word member of a confusion set (rules/confusion-sets.toml), a
block that opens with ``=word<TAB>count<TAB>pairs with a word before<TAB>pairs with a word
after`` and lists its neighbours, ``<neighbour<TAB>count`` (the neighbour stands before the
word) or ``>neighbour<TAB>count`` (after it). The model reads only the blocks of the words
a story holds. Sorted, so a rebuild gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "rules" / "confusion-sets.toml"
OUT = ROOT / "newslint" / "data" / "confusion-bigrams.tsv"


def set_words() -> set[str]:
    data = tomllib.loads(SETS.read_text(encoding="utf-8"))
    words: set[str] = set()
    for rule in data["rule"]:
        for group in rule.get("sets", []):
            for member in group:
                word = member.split("/")[0].lower()
                if " " not in word:  # a two-word form ("set up") is judged without counts
                    words.add(word)
    return words


def main() -> int:
    try:
        import symspellpy
    except ImportError:
        print("build_confusion_model.py: symspellpy is not installed; run: pip install symspellpy")
        return 2
    folder = Path(symspellpy.__file__).parent
    words = set_words()
    counts: dict[str, str] = {}
    with open(folder / "frequency_dictionary_en_82_765.txt", encoding="utf-8") as f:
        for line in f:
            word, count = line.split()
            if word in words:
                counts[word] = count
    before: dict[str, list[tuple[str, int]]] = {w: [] for w in words}
    after: dict[str, list[tuple[str, int]]] = {w: [] for w in words}
    with open(folder / "frequency_bigramdictionary_en_243_342.txt", encoding="utf-8") as f:
        for line in f:
            left, right, count = line.split()
            if right in words:
                before[right].append((left, int(count)))
            if left in words:
                after[left].append((right, int(count)))
    lines = []
    for word in sorted(words):
        if word not in counts and not before[word] and not after[word]:
            continue  # unknown everywhere: the model treats it as not a word
        left_total = sum(n for _, n in before[word])
        right_total = sum(n for _, n in after[word])
        lines.append(f"={word}\t{counts.get(word, 0)}\t{left_total}\t{right_total}")
        lines.extend(f"<{w}\t{n}" for w, n in sorted(before[word]))
        lines.extend(f">{w}\t{n}" for w, n in sorted(after[word]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "# confusion-set words and their neighbours; built by scripts/build_confusion_model.py\n"
        "# from symspellpy's frequency lists (MIT; derived from Google Books Ngram data, CC BY 3.0)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} lines for {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
