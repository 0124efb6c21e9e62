"""NL610: a compound written open that English writes closed, or closed that it writes open.

The table (``newslint/data/compounds.tsv``, built by ``scripts/build_compounds.py``)
holds what word and word-pair counts say; the house list (``compounds-ap.tsv``)
holds the few forms the AP Stylebook settles against the counts. Both are read on
first use: a story with no candidate pair never loads them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from newslint.analysis import Words
from newslint.document import Document
from newslint.rule import PARAGRAPH, UNSAFE, Context, Finding, Rule
from newslint.rules.spelling.wordlists import EMPTY, WordLists

if TYPE_CHECKING:
    from newslint.rules.usage.model import Counts, _Neighbours

DATA = Path(__file__).resolve().parent.parent.parent / "data"
# Half the smallest pair count in compounds-bigrams.tsv (100,000): a pair not listed.
FLOOR = 50_000.0
# The chance given to a neighbour never seen beside a word.
UNSEEN = 0.001
# How much likelier (a log ratio) the closed word must be than the pair, neighbours
# included: e^2.3, ten times, the margin the table was built with.
MARGIN = math.log(10)


class HouseForm(NamedTuple):
    form: str  # the form AP writes
    reason: str  # the Stylebook's entry, for the message
    unless_next: frozenset[str]  # the written form is right before these words


class Table(NamedTuple):
    # first part -> second part -> the closed word ("nut" -> "shell" -> "nutshell")
    closed: dict[str, dict[str, str]]
    # a word written closed -> the pair ("wordprocessor" -> "word processor")
    opened: dict[str, str]
    # AP's forms: a written pair ("can not") or word ("timezone") -> the house form
    house_pairs: dict[str, dict[str, HouseForm]]
    house_words: dict[str, HouseForm]


@cache
def table() -> Table:
    closed: dict[str, dict[str, str]] = {}
    opened: dict[str, str] = {}
    with open(DATA / "compounds.tsv", encoding="utf-8") as f:
        for line in f:
            kind, rest = line[:1], line[1:].rstrip("\n")
            if kind == "+":
                first, second, word = rest.split("\t")
                closed.setdefault(first, {})[second] = word
            elif kind == "-":
                word, pair = rest.split("\t")
                opened[word] = pair
    house_pairs: dict[str, dict[str, HouseForm]] = {}
    house_words: dict[str, HouseForm] = {}
    with open(DATA / "compounds-ap.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            written, form, unless, reason = line.rstrip("\n").split("\t")
            entry = HouseForm(form, reason, frozenset(unless.split()) - {"-"})
            first, _, second = written.partition(" ")
            if second:
                house_pairs.setdefault(first, {})[second] = entry
            else:
                house_words[written] = entry
    return Table(closed, opened, house_pairs, house_words)


@cache
def context() -> Counts:
    from newslint.rules.usage.model import Counts

    return Counts(DATA / "compounds-bigrams.tsv", floor=FLOOR)


def _side(neighbours: _Neighbours, total: float, word: str) -> float:
    """The log chance of ``word`` beside a word, from one side of its block."""
    if not word:
        return 0.0
    n = neighbours.get(word)
    if n is not None:
        return math.log(n / total)
    return math.log(min(FLOOR / total, UNSEEN) if total else UNSEEN)


def closed_margin(first: str, second: str, closed: str, left: str, right: str) -> float:
    """How much likelier (a log ratio) the closed word is than the pair between these
    neighbours: each reading's count times the chance of its neighbours beside it. "A
    heavy weight on" is the pair ("weight on" is common, "heavyweight on" is not)."""
    counts = context()
    a, b, w = counts.block(first), counts.block(second), counts.block(closed)
    pair = a.after.get(second) or FLOOR
    open_score = (
        math.log(pair) + _side(a.before, a.left_total, left) + _side(b.after, b.right_total, right)
    )
    closed_score = (
        math.log(max(w.frequency, 1.0))
        + _side(w.before, w.left_total, left)
        + _side(w.after, w.right_total, right)
    )
    return closed_score - open_score


def _neighbour(words: Words, j: int, i: int) -> str:
    """The lowercase word at ``j`` if it stands beside ``i`` in the same sentence,
    after or before one space (no mark between), else ""."""
    if j < 0 or j >= len(words.texts):
        return ""
    later = max(i, j)
    gap = words.text[words.ends[later - 1] : words.starts[later]]
    if gap not in (" ", "\n") or later in words.sentence_starts:
        return ""
    return words.lowers[j] if words.texts[j].isalpha() else ""


class Compound(NamedTuple):
    start: int  # offsets into the text: the written form
    end: int
    written: str
    fixes: tuple[str, ...]
    reason: str  # the AP entry for a house form; "" for a form the counts decide


def _lowercase(words: Words, i: int) -> bool:
    """A lowercase word, or a sentence's capitalised first word ("Nut shell")."""
    text = words.texts[i]
    if not text.isalpha() or (text.isupper() and len(text) > 1):
        return False
    return text.islower() or (i in words.sentence_starts and text[1:].islower())


def _attached(words: Words, i: int, j: int) -> bool:
    """Whether token ``j`` touches token ``i`` (no space between), in either order."""
    if not 0 <= j < len(words.texts):
        return False
    return words.ends[i] == words.starts[j] if j > i else words.ends[j] == words.starts[i]


def _glued(words: Words, i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` touch a hyphen, a slash or a dot inside a word
    outside them ("nut shell-shaped", "x-wide-spread", "site.nut"): part of a longer
    compound, a path or an address."""
    for mark, beyond in ((i - 1, i - 2), (j + 1, j + 2)):
        touching = _attached(words, i if mark < i else j, mark)
        if touching and words.texts[mark] in ("-", "/"):
            return True
        if touching and words.texts[mark] == "." and _attached(words, mark, beyond):
            return True
    return False


def _pair(words: Words, i: int) -> tuple[int, str] | None:
    """The token after ``i`` that makes a pair with it, and how they are joined: one
    space (or a line break inside the paragraph) or a hyphen."""
    if i + 1 >= len(words.texts):
        return None
    gap = words.text[words.ends[i] : words.starts[i + 1]]
    if gap in (" ", "\n") and i + 1 not in words.sentence_starts:
        return i + 1, " "
    if gap == "" and words.texts[i + 1] == "-" and _attached(words, i + 1, i + 2):
        return i + 2, "-"
    return None


def _case(written: str, form: str) -> str:
    return form[:1].upper() + form[1:] if written[:1].isupper() else form


def compounds(words: Words, lists: WordLists = EMPTY) -> Iterator[Compound]:
    """Each pair written open that the table or the house list writes closed, and each
    word written closed that they write open, in text order."""
    data = table()
    found: list[Compound] = []
    for i in words.find(data.closed.keys() | data.house_pairs.keys()):
        joined = _pair(words, i)
        if joined is None or not _lowercase(words, i):
            continue
        j, mark = joined
        second = words.texts[j]
        if not (second.isalpha() and second.islower()) or _glued(words, i, j):
            continue
        first = words.lowers[i]
        written = words.text[words.starts[i] : words.ends[j]]
        house = data.house_pairs.get(first, {}).get(second)
        if house is not None and mark == " ":
            nxt = words.lowers[j + 1] if j + 1 < len(words.lowers) else ""
            if nxt not in house.unless_next:
                fix = _case(written, house.form)
                found.append(
                    Compound(words.starts[i], words.ends[j], written, (fix,), house.reason)
                )
            continue
        closed = data.closed.get(first, {}).get(second)
        if closed is None or lists.accepts(f"{first} {second}"):
            continue
        if mark == "-" and first in _PREFIXES:
            continue  # "co-op", "re-sign": the hyphen keeps a prefix apart on purpose
        if mark == " ":
            left, right = _neighbour(words, i - 1, i), _neighbour(words, j + 1, j)
            if closed_margin(first, second, closed, left, right) < MARGIN:
                continue  # the neighbours read it as two words ("a heavy weight on")
        fix = _case(written, closed)
        found.append(Compound(words.starts[i], words.ends[j], written, (fix,), ""))
    for i in words.find(data.opened.keys() | data.house_words.keys()):
        if not _lowercase(words, i) or _glued(words, i, i) or lists.accepts(words.lowers[i]):
            continue
        text, low = words.texts[i], words.lowers[i]
        house = data.house_words.get(low)
        if house is not None:
            if house.form == low:
                continue  # a form AP writes closed ("webpages")
            found.append(
                Compound(
                    words.starts[i], words.ends[i], text, (_case(text, house.form),), house.reason
                )
            )
            continue
        pair = data.opened[low]
        fixes = (_case(text, pair), _case(text, pair.replace(" ", "-")))
        found.append(Compound(words.starts[i], words.ends[i], text, fixes, ""))
    found.sort()
    yield from found


# Prefixes a hyphen may keep apart from a word that would make another word when
# closed ("re-sign", "co-op", "pre-view"); scan.py's list of prefixes plus a few.
_PREFIX_LIST = """re un non pre mis co cyber anti over under out sub super inter multi micro
    self back de dis post cross semi mid bio geo tele ultra para mini auto macro mega neo
    trans counter extra infra intra pro vice ex"""
_PREFIXES = frozenset(_PREFIX_LIST.split())


class CompoundForm(Rule):
    id = "NL610"
    scope = PARAGRAPH
    name = "compound-form"
    category = "typos"
    severity = "warning"
    message = "A compound written as two words that English writes as one, or the reverse."
    docs = """
    Flags a compound written in the form English does not use: two words the
    dictionary writes as one ("in a nut shell" for "nutshell", "wide spread" for
    "widespread"), a hyphen inside a closed word ("wide-spread"), or one word for a
    compound written as two ("wordprocessor" for "word processor"). Every part is a
    real word, so a speller passes each of these.

    The forms are decided by counts, not listed: a pair is flagged when its closed
    word is in a standard-size dictionary (SCOWL size 60), is common, and is written
    closed at least ten times as often as the pair is written open (word and
    word-pair counts of a large corpus of published English: wordfreq and the Google
    Web Trillion Word counts shipped by symspellpy); a word is flagged when no
    standard dictionary has it and its two words are written apart ten times as
    often. Pairs with a function word ("may be", "in to", "every day", "some time",
    "a lot") and phrasal verbs ("set up", "log in", "work out") are left alone: they
    are phrases of their own, and the noun after an article is NL606's. A prefix
    kept apart by a hyphen ("re-sign", "co-op") is left alone. Capitalised pairs
    (names such as "Green House"), code and addresses are not judged.

    A short house list adds the forms the AP Stylebook settles where the counts
    cannot: "cannot" (one word), "time zone" (two words), "health care" (two words).

    Authority: the AP Stylebook follows Webster's New World College Dictionary and
    Merriam-Webster for compounds it does not list ("dictionaries" entry; its
    "compound words" guidance: a compound is closed when the dictionary closes it);
    Chicago 7.82 to 7.85 defers to Merriam-Webster the same way. The fix is unsafe:
    a pair can be a phrase ("the old man age 80").
    """
    bad = (
        "The plan, in a [[nut shell=>nutshell]], is to build more housing.",
        "The drought caused [[wide spread=>widespread]] crop losses.",
        "The drought caused [[wide-spread=>widespread]] crop losses.",
        "She bought a new [[wordprocessor=>word processor]] for the office.",
        "The council [[can not=>cannot]] meet before Friday.",
        "The clinic posts hours in each [[timezone=>time zone]] it serves.",
    )
    good = (
        "The plan, in a nutshell, is to build more housing.",
        "The drought caused widespread crop losses.",
        "Maybe the vote will be close; it may be close.",
        "The council can not only delay the vote but cancel it.",
        "They set up a workout room every day over time.",
        "He has worked on Wall Street and at the Green House Cafe.",
        "The union asked members to re-sign the petition.",
        "Run `nut shell` to open the tool.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        lists: WordLists = ctx.option("wordlists") or EMPTY
        not_words = ctx.analysis.not_words
        for found in compounds(words, lists):
            if not_words.contains(found.start, found.end):
                continue
            fix = found.fixes[0]
            if found.reason:
                text = f"AP style writes '{fix}', not '{found.written}' ({found.reason})."
            else:
                what = "two words" if " " in fix else "one word"
                text = f"'{found.written}' is written as {what}: '{fix}'."
            yield Finding(found.start, found.end, text, found.fixes)
