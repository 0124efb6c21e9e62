"""The parts of speech a word can take, and its verb forms, from newslint/data/word-tags.tsv.

A lexicon, not a tagger: ``codes("take")`` is ``"vn"`` (a verb first, a noun less often),
whatever the sentence. The grammar rules read it together with the closed word classes
of ``usage/context.py`` and decide from a word's neighbours. Codes: n noun, s plural noun,
v verb (base), z verb in -s, d past, p participle, g -ing, j adjective, r adverb.

The table is sorted and searched in place (``newslint.sortedlines``): a
story asks about a few dozen words, and reading the 70,000 lines would cost more.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from newslint.rules.spelling import lexicon
from newslint.sortedlines import SortedLines, read_table

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "word-tags.tsv"
# Irregular present tenses: the -s form and the plain form.
_IRREGULAR_S = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}
_IRREGULAR_PLAIN = {plain: s for s, plain in _IRREGULAR_S.items()}


@cache
def _table() -> SortedLines:
    return SortedLines(read_table(DATA))


@lru_cache(maxsize=65536)  # bounded: the editor server sees words without end
def _entry(word: str) -> tuple[str, str]:
    """The word's codes and an irregular participle; ("", "") when the table lacks it."""
    found = _table().line(word.encode("utf-8"))
    if found is None:
        return "", ""
    fields = found.decode("utf-8").split("\t")
    return fields[0], fields[1] if len(fields) > 1 else ""


def codes(word: str) -> str:
    """The word's parts of speech, most frequent first ("" for a word the table lacks)."""
    return _entry(word)[0]


def s_form(plain: str) -> str:
    """The verb's third person singular ("take" -> "takes", "try" -> "tries"), or "" when
    no form in -s is known as a verb."""
    if plain in _IRREGULAR_PLAIN:
        return _IRREGULAR_PLAIN[plain]
    if plain.endswith("y") and plain[-2:-1] not in "aeiou":
        candidate = plain[:-1] + "ies"
    elif plain.endswith(("s", "x", "z", "ch", "sh", "o")):
        candidate = plain + "es"
    else:
        candidate = plain + "s"
    return candidate if "z" in codes(candidate) else ""


def plain_form(verb: str) -> str:
    """The plain present of a verb in -s ("takes" -> "take", "tries" -> "try"), or ""."""
    if verb in _IRREGULAR_S:
        return _IRREGULAR_S[verb]
    candidates = []
    if verb.endswith("ies"):
        candidates.append(verb[:-3] + "y")
    if verb.endswith("es"):
        candidates.append(verb[:-2])
    if verb.endswith("s"):
        candidates.append(verb[:-1])
    for candidate in candidates:
        if "v" in codes(candidate) and s_form(candidate) == verb:
            return candidate
    return ""


def participle(plain: str) -> str:
    """The verb's past participle ("see" -> "seen", "use" -> "used"), or ""."""
    irregular = _entry(plain)[1]
    if irregular:
        return irregular
    if plain.endswith("e"):
        candidates = [plain + "d"]
    elif plain.endswith("y") and plain[-2:-1] not in "aeiou":
        candidates = [plain[:-1] + "ied"]
    else:  # "visit" -> "visited", "stop" -> "stopped": the commoner dictionary word
        candidates = [plain + "ed", plain + plain[-1:] + "ed"]
    known = [c for c in candidates if ("p" in codes(c) or "d" in codes(c)) and lexicon.is_word(c)]
    return max(known, key=_zipf, default="")


def _zipf(word: str) -> float:
    entry = lexicon.lookup(word)
    return entry.zipf if entry else 0.0
