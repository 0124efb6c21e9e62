"""The shipped dictionary: looked up in place, loaded only in part and only when needed.

``newslint/data/spelling/words.txt`` is sorted by its lowercase key, so a word
is found by binary search in the memory-mapped file: a story asks about a few
hundred distinct words, and reading 300,000 into a set would cost more than the
rest of a one-file check. The correction targets and the British forms are read
on first use only (a clean story never needs them). Built by
``scripts/build_dictionary.py`` from SCOWL and wordfreq (see the README).
"""

from __future__ import annotations

import mmap
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

# Edits that count as one for ranking: a transposition is one slip of the fingers.
MAX_DISTANCE = 2


class Entry(NamedTuple):
    forms: tuple[str, ...]  # capitalised spellings when the word is only a proper noun
    zipf: float  # how common (wordfreq's Zipf scale; 0 when unknown)
    in_dictionary: bool  # False: a word only seen in use (wordfreq), not in SCOWL


class Candidate(NamedTuple):
    word: str
    distance: int
    zipf: float


def _data(name: str) -> bytes:
    path = resources.files("newslint") / "data" / "spelling" / name
    with path.open("rb") as fh:  # type: ignore[call-overload]
        try:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[return-value]
        except (OSError, ValueError, AttributeError):  # not a real file (a zip): read it
            data: bytes = fh.read()
            return data


@cache
def _words() -> bytes:
    return _data("words.txt")


@lru_cache(maxsize=65536)
def lookup(key: str) -> Entry | None:
    """The entry for a lowercase word, or None."""
    data = _words()
    target = key.encode("utf-8")
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        tab = data.find(b"\t", start)
        word = data[start:tab]
        if word == target:
            end = data.find(b"\n", tab)
            forms, zipf, kind = data[tab + 1 : end].decode("utf-8").split("\t")
            return Entry(tuple(forms.split(",")) if forms else (), int(zipf) / 10, kind != "u")
        if word < target:
            lo = data.find(b"\n", tab) + 1
        else:
            hi = start
    return None


def is_word(key: str) -> bool:
    entry = lookup(key)
    return entry is not None and entry.in_dictionary


@cache
def british() -> dict[str, str]:
    """British spelling -> American spelling (lowercase)."""
    text = bytes(_data("british.txt")).decode("utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


@cache
def _targets() -> tuple[list[str], list[str], dict[str, float]]:
    """The words a correction may offer (shown, lowercase) and how common each is."""
    shown: list[str] = []
    zipf: dict[str, float] = {}
    for line in bytes(_data("targets.txt")).decode("utf-8").splitlines():
        word, _, z = line.partition("\t")
        shown.append(word)
        zipf[word.lower()] = int(z) / 10
    return shown, [w.lower() for w in shown], zipf


def _by_length() -> dict[int, tuple[list[str], list[str]]]:
    return _length_buckets()


@cache
def _length_buckets() -> dict[int, tuple[list[str], list[str]]]:
    shown, lowered, _ = _targets()
    buckets: dict[int, tuple[list[str], list[str]]] = {}
    for s, low in zip(shown, lowered):
        bucket = buckets.setdefault(len(low), ([], []))
        bucket[0].append(s)
        bucket[1].append(low)
    return buckets


@lru_cache(maxsize=4096)
def candidates(key: str, max_distance: int = MAX_DISTANCE) -> tuple[Candidate, ...]:
    """Dictionary words within ``max_distance`` edits of a lowercase word (a transposition
    counts as one), best first: fewer edits, then more common."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    _, _, zipf = _targets()
    buckets = _by_length()
    found: list[Candidate] = []
    for length in range(len(key) - max_distance, len(key) + max_distance + 1):
        bucket = buckets.get(length)
        if not bucket:
            continue
        shown, lowered = bucket
        for _, distance, i in process.extract(
            key, lowered, scorer=OSA.distance, score_cutoff=max_distance, limit=None
        ):
            if lowered[i] != key:
                found.append(Candidate(shown[i], int(distance), zipf[lowered[i]]))
    found.sort(key=lambda c: (c.distance - _bonus(key, c.word.lower()), -c.zipf))
    return tuple(found)


def _bonus(key: str, word: str) -> float:
    """Slips keep the first letter more often than not: a small preference, less
    than one edit, for candidates that do too."""
    return 0.3 if word[:1] == key[:1] else 0.0
