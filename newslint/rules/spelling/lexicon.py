"""The shipped dictionary: looked up in place, loaded only in part and only when needed.

``newslint/data/spelling/words.txt`` is sorted by its lowercase key, so a word
is found in place in the memory-mapped file (``SortedLines``): a story asks about
a few hundred distinct words, and reading 300,000 into a set would cost more than
the rest of a one-file check. The correction targets (``targets.txt``, grouped by
length, most common first) are read in part, and only when a word needs them. Built by
``scripts/build_dictionary.py`` from SCOWL and wordfreq (see the README).
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from newslint.sortedlines import SortedLines, Table, read_table

# Edits that count as one for ranking: a transposition is one slip of the fingers.
MAX_DISTANCE = 2


class Entry(NamedTuple):
    forms: tuple[str, ...]  # capitalised spellings when the word is only a proper noun
    zipf: float  # how common (wordfreq's Zipf scale; 0 when unknown)
    in_dictionary: bool  # False: only seen in use (wordfreq), or a British form
    american: str = ""  # for a British form ("centred"), the American one ("centered")


class Candidate(NamedTuple):
    word: str
    distance: int
    zipf: float


DATA = Path(__file__).resolve().parent.parent.parent / "data" / "spelling"


@cache
def _words() -> SortedLines:
    return SortedLines(read_table(DATA / "words.txt"))


@lru_cache(maxsize=65536)
def lookup(key: str) -> Entry | None:
    """The entry for a lowercase word, or None."""
    found = _words().line(key.encode("utf-8"))
    if found is None:
        return None
    forms, zipf, kind = found.decode("utf-8").split("\t")
    if kind == "b":
        return Entry((), int(zipf) / 10, False, forms)
    return Entry(tuple(forms.split(",")) if forms else (), int(zipf) / 10, kind != "u")


@lru_cache(maxsize=4096)
def begins_words(prefix: str, at_least: int) -> bool:
    """Whether ``at_least`` dictionary words longer than ``prefix`` by three letters or
    more begin with it (the file is sorted, so they stand together)."""
    words = _words()
    data, target = words.data, prefix.encode("utf-8")
    found, at = 0, words.first_at_or_after(target)
    while at < len(data) and found < at_least:
        tab = data.find(b"\t", at)
        end = data.find(b"\n", tab)
        word = data[at:tab]
        if not word.startswith(target):
            break
        fields = data[tab + 1 : end].split(b"\t")
        if len(word) >= len(target) + 3 and not fields[0] and fields[2] == b"":
            found += 1  # a lowercase dictionary word, not a usage-only or British form
        at = end + 1
    return found >= at_least


def is_word(key: str) -> bool:
    entry = lookup(key)
    return entry is not None and entry.in_dictionary


def american(key: str) -> str | None:
    """The American spelling of a British form ("centred" -> "centered"), or None."""
    entry = lookup(key)
    return entry.american if entry is not None and entry.american else None


@cache
def _target_index() -> tuple[Table, int, dict[int, tuple[int, int]]]:
    """The targets file, where its body starts, and each word length's byte range."""
    data = read_table(DATA / "targets.txt")
    newline = data.find(b"\n")
    fields = dict(f.split(":") for f in data[:newline].decode("ascii").split()[1:])
    end = int(fields.pop("end"))
    starts = sorted((int(n), int(at)) for n, at in fields.items())
    ranges = {
        n: (at, starts[k + 1][1] if k + 1 < len(starts) else end)
        for k, (n, at) in enumerate(starts)
    }
    return data, newline + 1, ranges


class _Targets(NamedTuple):
    """One length's correction targets: the lines as shipped and in lowercase (the
    same offsets), and the set of lowercase words."""

    text: str  # "\nShown<TAB>zipf*10\n..."
    lowered: str
    words: frozenset[str]


@lru_cache(maxsize=64)
def _targets(length: int) -> _Targets:
    """Only the lowercase words become a set; a hit's line is found in the text (a
    bucket has thousands of lines, a search one edit away hits a few)."""
    data, body, ranges = _target_index()
    if length not in ranges:
        return _Targets("", "", frozenset())
    lo, hi = ranges[length]
    text = "\n" + bytes(data[body + lo : body + hi]).decode("utf-8")
    lowered = text.lower()
    return _Targets(text, lowered, frozenset(lowered.split()[0::2]))


@lru_cache(maxsize=64)
def _bucket(length: int) -> tuple[list[str], list[str], list[str]]:
    """The correction targets of one length as lists, for the search two edits away,
    which compares the key with each of them: as shown, lowercase, and how common (Zipf
    times ten, as text: converted only for the few that match). Split from the text
    the search one edit away reads, with whole-text operations (a per-line loop over a
    bucket's thousands of lines cost ~100 ms a run)."""
    targets = _targets(length)
    fields = targets.text.split()
    return fields[0::2], targets.lowered.split()[0::2], fields[1::2]


def _lines_of(targets: _Targets, hits: set[str]) -> list[Candidate]:
    """The hits as candidates one edit away, in the order of the bucket (a word may
    stand twice: "Polish", "polish")."""
    found: list[tuple[int, Candidate]] = []
    text, lowered = targets.text, targets.lowered
    for word in hits:
        key = f"\n{word}\t"
        at = lowered.find(key)
        while at >= 0:
            start, tab = at + 1, at + len(key) - 1
            end = text.find("\n", tab)
            zipf = text[tab + 1 : end if end >= 0 else len(text)]
            found.append((at, Candidate(text[start:tab], 1, int(zipf) / 10)))
            at = lowered.find(key, tab)
    return [c for _, c in sorted(found)]


# The letters of every correction target (build_dictionary.py keeps only these).
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(key: str) -> set[str]:
    """Every string one edit from ``key``: a letter dropped, swapped with the next,
    changed or added. A few hundred set lookups are cheaper than comparing the key
    with the thousands of targets of its lengths."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    found.update(a + c + b[1:] for a, b in splits if b for c in _LETTERS)
    found.update(a + c + b for a, b in splits for c in _LETTERS)
    found.discard(key)
    return found


def _zipf_cut(length: int, floor: int) -> tuple[int, int, int]:
    """A bucket's byte range and where its first line below ``floor`` (Zipf times ten)
    starts: a bucket lists its words most common first, so the common ones are its
    first lines and the rare ones its last."""
    data, body, ranges = _target_index()
    if length not in ranges:
        return 0, 0, 0
    lo, hi = (body + at for at in ranges[length])
    first, last = lo, hi  # the first line below the floor is in [first, last]
    while first < last:
        mid = (first + last) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        tab, end = data.find(b"\t", start), data.find(b"\n", start)
        end = hi if end < 0 else end
        if int(data[tab + 1 : end]) >= floor:
            first = end + 1
        else:
            last = start
    return lo, first, hi


def _lowercase_words(start: int, end: int) -> frozenset[str]:
    return frozenset(bytes(_target_index()[0][start:end]).decode("utf-8").lower().split()[0::2])


@lru_cache(maxsize=64)
def _common(length: int, floor: int) -> frozenset[str]:
    """The lowercase correction targets of one length at least ``floor`` common: a few
    hundred words read, not the bucket's thousands."""
    lo, cut, _ = _zipf_cut(length, floor)
    return _lowercase_words(lo, cut)


# Below this Zipf (times ten) a dictionary word is a correction target only when SCOWL
# counts it among its core words (build_dictionary.py's TARGET_ZIPF).
_TARGET_FLOOR = 10


@lru_cache(maxsize=64)
def _rare_targets(length: int) -> frozenset[str]:
    """The correction targets of one length rarer than ``_TARGET_FLOOR``: SCOWL's core
    words the web seldom writes (a bucket's last lines)."""
    _, cut, hi = _zipf_cut(length, _TARGET_FLOOR)
    return _lowercase_words(cut, hi)


@lru_cache(maxsize=65536)
def near_common(key: str, min_zipf: float) -> bool:
    """Whether a correction target at least ``min_zipf`` common is one edit from a
    lowercase word: ``candidates(key, 1)`` asked only about common words, without
    reading whole buckets."""
    near = _one_edit(key)
    floor = round(min_zipf * 10)
    return any(not near.isdisjoint(_common(n, floor)) for n in range(len(key) - 1, len(key) + 2))


# A process's first searches one edit away look each neighbour up in the dictionary
# (about 2.5 ms a word); later ones read the buckets of targets once (about 4 ms a
# length, three lengths a word) and intersect sets (a twentieth of a millisecond): a
# one-file check with a misspelling or two reads no bucket, an archive or the editor
# server reads each once.
_IN_PLACE_SEARCHES = 4
_searches = [0]


def _search_in_place() -> bool:
    _searches[0] += 1
    return _searches[0] <= _IN_PLACE_SEARCHES


def _one_edit_in_buckets(key: str) -> list[Candidate]:
    near, found = _one_edit(key), []
    for length in range(len(key) - 1, len(key) + 2):
        targets = _targets(length)
        hits = near & targets.words
        if hits:
            found.extend(_lines_of(targets, hits))
    return found


def _one_edit_in_place(key: str) -> list[Candidate]:
    """The targets one edit away found by looking each neighbour up in the dictionary,
    in the buckets' order (length, most common first, then the word)."""
    words, found = _words(), []
    for near in _one_edit(key):
        line = words.line(near.encode("utf-8"))
        if line is None:
            continue
        forms, zipf, kind = line.decode("utf-8").split("\t")
        z = int(zipf)
        if kind or not near.isalpha():
            continue  # a usage-only or British form: never offered
        if z < _TARGET_FLOOR and near not in _rare_targets(len(near)):
            continue
        shown = forms.split(",")[0] if forms else near
        found.append((len(near), -z, near, Candidate(shown, 1, z / 10)))
    return [c for *_, c in sorted(found)]


@lru_cache(maxsize=4096)
def candidates(key: str, max_distance: int = MAX_DISTANCE) -> tuple[Candidate, ...]:
    """Dictionary words within ``max_distance`` edits of a lowercase word (a transposition
    counts as one), best first: fewer edits, then more common."""
    found: list[Candidate] = []
    if max_distance == 1:
        found = _one_edit_in_place(key) if _search_in_place() else _one_edit_in_buckets(key)
    else:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        for length in range(len(key) - max_distance, len(key) + max_distance + 1):
            shown, lowered, zipf = _bucket(length)
            if not shown:
                continue
            for _, distance, i in process.extract(
                key, lowered, scorer=OSA.distance, score_cutoff=max_distance, limit=None
            ):
                if lowered[i] != key:
                    found.append(Candidate(shown[i], int(distance), int(zipf[i]) / 10))
    found.sort(key=lambda c: (c.distance - _bonus(key, c.word.lower()), -c.zipf))
    return tuple(found)


def _bonus(key: str, word: str) -> float:
    """Slips keep the first letter more often than not: a small preference, less
    than one edit, for candidates that do too."""
    return 0.3 if word[:1] == key[:1] else 0.0
