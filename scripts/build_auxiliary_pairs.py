"""Build newslint/data/auxiliary-pairs.tsv: the words written after an auxiliary verb,
"to" or a subject pronoun, with how often.

    python scripts/build_auxiliary_pairs.py

NL616 reads it to tell "can be use" (rare) from "can be used" (common) and "have see"
(never written) from "have seen": one block per auxiliary in the format of the
confusion model's tables (``newslint/rules/usage/model.py`` reads it), its neighbours
after it only, from symspellpy's word and word-pair lists (MIT; see
scripts/symspell_counts.py for the source of their counts). Deterministic.
"""

from __future__ import annotations

import sys

from symspell_counts import ROOT, blocks, symspell_folder, word_counts

AUXILIARIES = (
    "can could will would shall should may might must "
    "be is are was were been being am have has had having do does did to "
    "i you he she it we they"
)
OUT = ROOT / "newslint" / "data" / "auxiliary-pairs.tsv"
SCALE = 64  # pair counts in units of 64, as the other word-pair tables


def main() -> int:
    folder = symspell_folder("build_auxiliary_pairs.py")
    if folder is None:
        return 1
    words = set(AUXILIARIES.split())
    counts = {w: n for w, n in word_counts(folder) if w in words}
    lines = blocks(folder, words, counts, scale=SCALE, after_only=True)
    head = (
        '# the words after an auxiliary, "to" or a subject pronoun (pair counts divided by 64);\n'
        "# built by scripts/build_auxiliary_pairs.py from symspellpy's frequency lists (MIT)\n"
    )
    OUT.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
