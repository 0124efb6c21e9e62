"""Build newslint/data/confusion-bigrams.tsv: the corpus counts the confusion model reads.

    pip install symspellpy   # only to build; newslint does not need it at run time
    python scripts/build_confusion_model.py

Source: the word and word-pair frequency lists shipped in the symspellpy package (MIT),
whose counts are Peter Norvig's counts of the Google Web Trillion Word Corpus
(SymSpell's documentation credits the Google Ngram data). Only what the model
needs is kept: for every one-word member of a confusion set (rules/confusion-sets.toml), a
block that opens with ``=word<TAB>count<TAB>pairs with a word before<TAB>pairs with a word
after`` and lists its neighbours, ``<neighbour<TAB>count`` (the neighbour stands before the
word) or ``>neighbour<TAB>count`` (after it). The model reads only the blocks of the words
a story holds. Sorted, so a rebuild gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from symspell_counts import blocks, set_words, symspell_folder, word_counts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslint" / "data" / "confusion-bigrams.tsv"


def main() -> int:
    folder = symspell_folder("build_confusion_model.py")
    if folder is None:
        return 2
    words = set_words()
    counts = {w: n for w, n in word_counts(folder) if w in words}
    lines = blocks(folder, words, counts)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "# confusion-set words and their neighbours; built by scripts/build_confusion_model.py\n"
        "# from symspellpy's frequency lists (MIT; Norvig's Google Web Trillion Word counts)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} lines for {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
