"""Build newslint/data/names/nicknames.txt: given names and their short forms.

Source: the "nicknames" dataset by Carlton Northern (names.csv, Apache License 2.0;
also published on PyPI as the ``nicknames`` package). Each line of the output is a
given name followed by the names that may stand for it ("william bill billy will..."),
lowercase, sorted; pairs in which either name is shorter than three letters are left
out (initials are not short forms). Usage:

    python scripts/build_nicknames.py path/to/names.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "names" / "nicknames.txt"


def build(source: Path) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("relationship") != "has_nickname":
                continue
            name, short = row["name1"].strip().lower(), row["name2"].strip().lower()
            if len(name) < 3 or len(short) < 3 or not (name.isalpha() and short.isalpha()):
                continue
            forms.setdefault(name, set()).add(short)
    return forms


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: build_nicknames.py NAMES.CSV")
    forms = build(Path(sys.argv[1]))
    lines = [" ".join([name, *sorted(forms[name])]) for name in sorted(forms)]
    header = "# given name, then its short forms; from carltonnorthern/nicknames (Apache-2.0)\n"
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names written to {OUT}")


if __name__ == "__main__":
    main()
