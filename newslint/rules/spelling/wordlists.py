"""A newsroom's own words: the ``dictionary`` files of the configuration.

One word a line, UTF-8; ``#`` starts a comment. A plain line accepts the word
(in any casing when written in lowercase, in that casing otherwise); a line
starting with ``!`` rejects it: the word is flagged wherever it appears, even
where the dictionary knows it ("!judgement" in a newsroom that wants
"judgment"). Editors append plain lines to the first file, so a plain line
always means "accept". Lists are read once per file version, before any rule
runs (the loader, not a rule, reads files), and a bad file is a ConfigError
naming it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from newslint.datafiles import file_version
from newslint.settings import ConfigError

REJECT_MARK = "!"


class WordLists(NamedTuple):
    accepted: frozenset[str] = frozenset()  # lowercase
    rejected: frozenset[str] = frozenset()  # lowercase

    def accepts(self, low: str) -> bool:
        return low in self.accepted

    def rejects(self, low: str) -> bool:
        return bool(self.rejected) and low in self.rejected


EMPTY = WordLists()


def load_wordlists(paths: Iterable[str]) -> WordLists:
    versions = tuple(
        file_version(p, "word list", "fix the path in the config's 'dictionary' key") for p in paths
    )
    if not versions:
        return EMPTY
    return _merged(versions)


@lru_cache(maxsize=16)
def _merged(versions: tuple[tuple[str, int, int], ...]) -> WordLists:
    accepted: set[str] = set()
    rejected: set[str] = set()
    for path, _, _ in versions:
        more, fewer = parse_wordlist(path)
        accepted |= more
        rejected |= fewer
    return WordLists(frozenset(accepted - rejected), frozenset(rejected))


def parse_wordlist(path: str) -> tuple[set[str], set[str]]:
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read word list: {exc.strerror or exc}") from None
    if b"\0" in raw:
        raise ConfigError(
            f"{path}: a binary file, not a word list; give a text file, one word a line"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid UTF-8 at byte offset {exc.start}; save the word list as UTF-8"
        ) from None
    accepted: set[str] = set()
    rejected: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        target = accepted
        if word.startswith(REJECT_MARK):
            target, word = rejected, word[1:].strip()
        if not word or any(c.isspace() for c in word):
            raise ConfigError(f"{path}: line {number}: one word a line (found {line.strip()!r})")
        target.add(word.replace("’", "'").lower())
    return accepted, rejected
