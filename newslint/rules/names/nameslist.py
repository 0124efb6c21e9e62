"""The newsroom's names list: the spellings a copy desk has already checked.

A list is a TOML file of ``[[person]]`` tables or a CSV file with a header row;
each entry has a canonical ``name`` and optionally a ``title``, ``aliases``
(other accepted forms) and ``misspellings`` (forms always flagged)::

    [[person]]
    name = "Jeff Sessions"
    title = "Attorney General"
    aliases = ["Jefferson Beauregard Sessions III"]
    misspellings = ["Jeff Session"]

A list is parsed once per path (and file version) and indexed so that a large
list costs little per document: surnames are bucketed by length and by first
and by last letter. One edit never changes both the first and the last letter of
a word of three letters or more, so the near misses of a word are all in the
six buckets of its length +-1 and its first or last letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from newslint.datafiles import file_version
from newslint.rules.names import lexicon
from newslint.settings import ConfigError

FIELDS = ("name", "title", "aliases", "misspellings")
_MIN_FUZZY = 4  # shorter names are compared exactly only


class Person(NamedTuple):
    name: str
    title: str = ""
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    origin: str = ""  # "file: entry", for messages

    @property
    def surname(self) -> str:
        return surname_of(self.name)

    @property
    def first(self) -> str:
        words = _name_words(self.name)
        return words[0] if len(words) > 1 else ""


def _name_words(name: str) -> list[str]:
    return name.replace(",", " ").split()


def surname_of(name: str) -> str:
    """The last capitalised word of a name that is not a suffix ("John Roberts Jr." -> Roberts)."""
    words = _name_words(name)
    for word in reversed(words):
        if word[:1].isupper() and not word.endswith(".") and word not in lexicon.NAME_SUFFIXES:
            return word
    return words[-1] if words else name


class NamesList:
    """A parsed names list, indexed (a plain class: it is pickled to the cache folder)."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.by_surname: dict[str, list[Person]] = {}  # casefold surname
        self.words: dict[str, str] = {}  # casefold word -> listed casing
        self.misspellings: dict[str, Person] = {}  # casefold form -> person
        self._buckets: dict[tuple[int, str], list[str]] = {}
        # Names recur from story to story in one run: remember each word's near misses.
        self._near_cache: dict[str, list[str]] = {}

    def add(self, person: Person) -> None:
        self.people.append(person)
        words = self.words
        for form in (person.name, *person.aliases):
            key = surname_of(form).casefold()
            entries = self.by_surname.get(key)
            if entries is None:
                self.by_surname[key] = [person]
                if len(key) >= _MIN_FUZZY:
                    self._buckets.setdefault((len(key), "^" + key[0]), []).append(key)
                    self._buckets.setdefault((len(key), "$" + key[-1]), []).append(key)
            elif not any(p is person for p in entries):
                entries.append(person)
            for word in _name_words(form):
                clean = word.rstrip(".")
                if len(clean) > 1 and clean[0].isupper():
                    words.setdefault(clean.casefold(), clean)
        for wrong in person.misspellings:
            self.misspellings[wrong.casefold()] = person

    def near(self, key: str) -> list[str]:
        """Listed surnames (casefold) one edit away from ``key`` (itself excluded)."""
        if len(key) < _MIN_FUZZY:
            return []
        cached = self._near_cache.get(key)
        if cached is None:
            cached = self._near_cache[key] = self._search(key)
        return cached

    def _search(self, key: str) -> list[str]:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        found: set[str] = set()
        for length in (len(key) - 1, len(key), len(key) + 1):
            for edge in ("^" + key[0], "$" + key[-1]):
                bucket = self._buckets.get((length, edge))
                if not bucket:
                    continue
                for match, _, _ in process.extract(
                    key, bucket, scorer=OSA.distance, score_cutoff=1, limit=None
                ):
                    if match != key:
                        found.add(match)
        return sorted(found)

    def __bool__(self) -> bool:
        return bool(self.people)


EMPTY = NamesList()


def load_names(paths: Iterable[str] | None) -> NamesList:
    """The merged list for these paths (each parsed once per file version)."""
    versions = tuple(file_version(p, "names list") for p in (paths or ()))
    if not versions:
        return EMPTY
    return _merged(versions)


@lru_cache(maxsize=16)
def _merged(versions: tuple[tuple[str, int, int], ...]) -> NamesList:
    if len(versions) == 1:
        return _parsed(versions[0])
    merged = NamesList()
    for version in versions:
        for person in _parsed(version).people:
            merged.add(person)
    return merged


@lru_cache(maxsize=16)
def _parsed(version: tuple[str, int, int]) -> NamesList:
    """A parsed list, kept on disk per file version: parsing 10,000 TOML entries costs
    more than a short story's whole check."""
    import hashlib

    from newslint import __version__
    from newslint.cache import load_pickle, store_pickle

    absolute = (str(Path(version[0]).resolve()), *version[1:], __version__)
    name = "names-" + hashlib.sha256(repr(absolute).encode()).hexdigest()[:24] + ".pickle"
    cached = load_pickle(name)
    if isinstance(cached, NamesList):
        return cached
    names = _parse(version[0])
    store_pickle(name, names)
    return names


def _parse(raw_path: str) -> NamesList:
    path = Path(raw_path)
    names = NamesList()
    rows = _read_csv(path) if path.suffix.lower() == ".csv" else _read_toml(path)
    for where, row in rows:
        names.add(_person(row, f"{path.name}: {where}"))
    return names


def _read_toml(path: Path) -> list[tuple[str, dict[str, Any]]]:
    from newslint.tomlfile import read_toml

    data, _ = read_toml(path, "names list", ConfigError)
    unknown = set(data) - {"person"}
    if unknown:
        raise ConfigError(
            f"{path}: unknown key {sorted(unknown)[0]!r} (a names list is [[person]] tables)"
        )
    people = data.get("person", [])
    if not isinstance(people, list) or not all(isinstance(p, dict) for p in people):
        raise ConfigError(f"{path}: 'person' must be an array of tables ([[person]])")
    return [(f"person #{n}", p) for n, p in enumerate(people, 1)]


def _read_csv(path: Path) -> list[tuple[str, dict[str, Any]]]:
    import csv  # only lists kept as CSV need it

    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, strict=True)
            header = [h.strip() for h in (reader.fieldnames or [])]
            if "name" not in header:
                raise ConfigError(f"{path}: line 1: the header must name a 'name' column")
            extra = [h for h in header if h and h not in FIELDS]
            if extra:
                raise ConfigError(
                    f"{path}: line 1: unknown column {extra[0]!r} (allowed: {', '.join(FIELDS)})"
                )
            rows = []
            for row in reader:
                if None in row:  # more fields than the header: a comma in an unquoted value
                    raise ConfigError(
                        f"{path}: line {reader.line_num}: {len(header) + len(row[None])} fields, "
                        f"the header has {len(header)}; quote a value that contains a comma"
                    )
                clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
                if not any(clean.values()):
                    continue
                for key in ("aliases", "misspellings"):
                    clean[key] = [v.strip() for v in clean.get(key, "").split(";") if v.strip()]
                rows.append((f"line {reader.line_num}", clean))
            return rows
    except csv.Error as exc:
        # The record that failed starts on the line after the last one read.
        line = reader.line_num + 1 if "reader" in locals() else 1
        raise ConfigError(
            f"{path}: line {line}: malformed CSV ({exc}); check that every quote is closed"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read names list: {exc}") from None


def _person(row: dict[str, Any], origin: str) -> Person:
    for key in row:
        if key not in FIELDS:
            raise ConfigError(f"{origin}: unknown key {key!r} (allowed: {', '.join(FIELDS)})")
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{origin}: 'name' is required and must be a non-empty string")
    title = row.get("title", "")
    if not isinstance(title, str):
        raise ConfigError(f"{origin}: 'title' must be a string")
    return Person(
        " ".join(name.split()),
        title.strip(),
        _strings(row, "aliases", origin),
        _strings(row, "misspellings", origin),
        origin,
    )


def _strings(row: dict[str, Any], key: str, origin: str) -> tuple[str, ...]:
    value = row.get(key)
    if not value:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: {key!r} must be a list of strings")
    return tuple(" ".join(v.split()) for v in value if v.strip())
