"""Build newslint/data/confusion-bigrams.tsv: the corpus counts the confusion model reads.

    pip install symspellpy   # only to build; newslint does not need it at run time
    python scripts/build_confusion_model.py

Source: the word and word-pair frequency lists shipped in the symspellpy package (MIT),
which SymSpell derived from the Google Books Ngram data (CC BY 3.0). Only what the model
needs is kept: the count of every word of a confusion set (rules/confusion-sets.toml) and of
every word pair one of whose words is in a set. Output lines: ``word<TAB>count`` or
``left right<TAB>count``, sorted, so a rebuild gives the same file.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "rules" / "confusion-sets.toml"
OUT = ROOT / "newslint" / "data" / "confusion-bigrams.tsv"


def set_words() -> set[str]:
    data = tomllib.loads(SETS.read_text(encoding="utf-8"))
    words: set[str] = set()
    for rule in data["rule"]:
        for group in rule.get("sets", []):
            for member in group:
                # "set up/v": each word of a multiword member counts
                words.update(member.split("/")[0].lower().split())
    return words


def main() -> int:
    try:
        import symspellpy
    except ImportError:
        print("build_confusion_model.py: symspellpy is not installed; run: pip install symspellpy")
        return 2
    folder = Path(symspellpy.__file__).parent
    words = set_words()
    lines: list[str] = []
    with open(folder / "frequency_dictionary_en_82_765.txt", encoding="utf-8") as f:
        for line in f:
            word, count = line.split()
            if word in words:
                lines.append(f"{word}\t{count}")
    with open(folder / "frequency_bigramdictionary_en_243_342.txt", encoding="utf-8") as f:
        for line in f:
            left, right, count = line.split()
            if left in words or right in words:
                lines.append(f"{left} {right}\t{count}")
    lines.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "# word or word pair<TAB>count; built by scripts/build_confusion_model.py from symspellpy's\n"
        "# frequency lists (MIT; derived from the Google Books Ngram data, CC BY 3.0)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} entries for {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
