"""Given names and their short forms ("William": Bill, Will; "Margaret": Peggy, Meg).

Shipped data (``newslint/data/names/nicknames.txt``), built by
``scripts/build_nicknames.py`` from a public, Apache-licensed dataset (see the
README); read on first use only: a story whose people keep one first name never asks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "names" / "nicknames.txt"


@cache
def _pairs() -> frozenset[tuple[str, str]]:
    """(given name, short form) pairs, lowercase."""
    pairs: set[tuple[str, str]] = set()
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, *shorts = line.split()
        pairs.update((name, short) for short in shorts)
    return frozenset(pairs)


def same_given_name(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other ("bill", "william"); lowercase."""
    pairs = _pairs()
    return (a, b) in pairs or (b, a) in pairs
