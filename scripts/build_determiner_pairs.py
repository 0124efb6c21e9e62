"""Build newslint/data/determiner-pairs.tsv: the words seen after a plural determiner.

    python scripts/build_determiner_pairs.py

NL614 reads it to tell "several version" (never written) from "several versions" (common)
and "multiple choice" (common, a compound): each line is a determiner and a word that
follows it in symspellpy's word-pair list (MIT; see scripts/symspell_counts.py for the
source of its counts). Deterministic: the lines are sorted.
"""

from __future__ import annotations

import sys

from symspell_counts import PAIR_LIST, ROOT, symspell_folder

DETERMINERS = (
    "these",
    "those",
    "many",
    "several",
    "multiple",
    "various",
    "numerous",
    "few",
    "both",
)
OUT = ROOT / "newslint" / "data" / "determiner-pairs.tsv"


def main() -> int:
    folder = symspell_folder("build_determiner_pairs.py")
    if folder is None:
        return 1
    pairs: set[tuple[str, str]] = set()
    with open(folder / PAIR_LIST, encoding="utf-8") as f:
        for line in f:
            first, second, _ = line.split()
            if first in DETERMINERS and second.isalpha():
                pairs.add((first, second))
    head = (
        "# words seen after a plural determiner; built by scripts/build_determiner_pairs.py\n"
        "# from symspellpy's word-pair list (MIT)\n"
    )
    body = "".join(f"{a}\t{b}\n" for a, b in sorted(pairs))
    OUT.write_text(head + body, encoding="utf-8")
    print(f"{len(pairs)} pairs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
