"""NL610: a compound written open that English writes closed, or closed that it writes open.

The table (``newslint/data/compounds.tsv``, built by ``scripts/build_compounds.py``)
holds what word and word-pair counts say; the house list (``compounds-ap.tsv``)
holds the few forms the AP Stylebook settles against the counts. Both are read on
first use (a few milliseconds); the neighbours' pair counts
(``compounds-bigrams.tsv``, 1.5 MB) only when a story holds a pair of the table.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from newslint.analysis import Words
from newslint.document import Document
from newslint.rule import PARAGRAPH, UNSAFE, Context, Finding, Rule
from newslint.rules.spelling import lexicon
from newslint.rules.spelling.wordlists import EMPTY, WordLists
from newslint.rules.usage.context import FUNCTION_WORDS, pair_neighbour

if TYPE_CHECKING:
    from newslint.rules.usage.model import Counts, _Neighbours

DATA = Path(__file__).resolve().parent.parent.parent / "data"
# Half the smallest pair count in compounds-bigrams.tsv (100,000): a pair not listed.
FLOOR = 50_000.0
# How much likelier (a log ratio) the closed word must be than the pair, neighbours
# included: e^2.3, ten times, the margin the table was built with.
MARGIN = math.log(10)


class HouseForm(NamedTuple):
    form: str  # the form AP writes
    reason: str  # the Stylebook's entry, for the message
    unless_next: frozenset[str]  # the written form is right before these words


class Table:
    """The table's text, searched for the pairs and words a story holds (a story asks
    about a few; parsing every line cost more than the rest of the rule), and the
    house list, parsed (a few lines)."""

    def __init__(self, text: str, house: str) -> None:
        self.text = "\n" + text
        # Where the lines of each word that may begin a pair written open start and end
        # (the file is sorted, so they stand together), and the words written closed.
        self._lines: dict[str, tuple[int, int]] = {}
        for m in re.finditer(r"\n\+([^\t\n]+)\t", self.text):
            start, _ = self._lines.get(m[1], (m.start(), 0))
            self._lines[m[1]] = (start, m.end())
        self.firsts = frozenset(self._lines)
        self.closed_words = frozenset(re.findall(r"^-([^\t\n]+)\t", text, re.M))
        # AP's forms: a written pair ("can not") or word ("timezone") -> the house form
        self.house_pairs: dict[tuple[str, str], HouseForm] = {}
        self.house_words: dict[str, HouseForm] = {}
        for line in house.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            written, form, unless, reason = line.split("\t")
            entry = HouseForm(form, reason, frozenset(unless.split()) - {"-"})
            first, _, second = written.partition(" ")
            if second:
                self.house_pairs[first, second] = entry
            else:
                self.house_words[written] = entry
        self.house_firsts = frozenset(first for first, _ in self.house_pairs)

    def _field(self, key: str, start: int = 0, end: int = -1) -> str | None:
        at = self.text.find(key, start, len(self.text) if end < 0 else end)
        if at < 0:
            return None
        end = self.text.find("\n", at + len(key))
        return self.text[at + len(key) : end if end >= 0 else len(self.text)]

    def closed(self, first: str, second: str) -> str | None:
        """The closed word the pair makes ("nut", "shell" -> "nutshell"), or None."""
        lines = self._lines.get(first)
        if lines is None:
            return None
        end = self.text.find("\n", lines[1])
        return self._field(f"\n+{first}\t{second}\t", lines[0], end if end >= 0 else -1)

    def opened(self, word: str) -> str | None:
        """The pair a word written closed makes ("wordprocessor" -> "word processor")."""
        return self._field(f"\n-{word}\t") if word in self.closed_words else None


@cache
def table() -> Table:
    return Table(
        (DATA / "compounds.tsv").read_text(encoding="utf-8"),
        (DATA / "compounds-ap.tsv").read_text(encoding="utf-8"),
    )


@cache
def context() -> Counts:
    from newslint.rules.usage.model import Counts

    return Counts(DATA / "compounds-bigrams.tsv", floor=FLOOR)


def _general(word: str) -> float:
    """How often ``word`` is written, as a share of all words (wordfreq's Zipf)."""
    entry = lexicon.lookup(word)
    return 10 ** (entry.zipf - 9) if entry is not None and entry.zipf else 1e-9


def _side(neighbours: _Neighbours, total: float, frequency: float, word: str) -> float:
    """The log chance of ``word`` beside a word, from one side of its block. A pair the
    list does not hold is rarer than its cut-off: the neighbour is given its chance in
    general, but no more than the cut-off allows beside a word this common."""
    if not word:
        return 0.0
    n = neighbours.get(word)
    if n is not None:
        return math.log(n / total)
    return math.log(min(_general(word), FLOOR / max(frequency, FLOOR)))


def closed_margin(first: str, second: str, closed: str, left: str, right: str) -> float:
    """How much likelier (a log ratio) the closed word is than the pair between these
    neighbours: each reading's count times the chance of its neighbours beside it. "A
    heavy weight on" is the pair ("weight on" is common, "heavyweight on" is not)."""
    counts = context()
    a, b, w = counts.block(first), counts.block(second), counts.block(closed)
    pair = a.after.get(second) or FLOOR
    open_score = (
        math.log(pair)
        + _side(a.before, a.left_total, a.frequency, left)
        + _side(b.after, b.right_total, b.frequency, right)
    )
    closed_score = (
        math.log(max(w.frequency, 1.0))
        + _side(w.before, w.left_total, w.frequency, left)
        + _side(w.after, w.right_total, w.frequency, right)
    )
    return closed_score - open_score


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
    for i in words.find(data.firsts | data.house_firsts):
        joined = _pair(words, i)
        if joined is None or not _lowercase(words, i):
            continue
        j, mark = joined
        second = words.texts[j]
        if not (second.isalpha() and second.islower()) or _glued(words, i, j):
            continue
        first = words.lowers[i]
        written = words.text[words.starts[i] : words.ends[j]]
        house = data.house_pairs.get((first, second))
        if house is not None and mark == " ":
            nxt = words.lowers[j + 1] if j + 1 < len(words.lowers) else ""
            if nxt not in house.unless_next:
                fix = _case(written, house.form)
                found.append(
                    Compound(words.starts[i], words.ends[j], written, (fix,), house.reason)
                )
            continue
        closed = data.closed(first, second)
        if closed is None:
            continue
        if mark == "-" and first in _PREFIXES:
            continue  # "co-op", "re-sign": the hyphen keeps a prefix apart on purpose
        if mark == " ":
            left = pair_neighbour(words, i - 1, i, line_break=True)
            right = pair_neighbour(words, j + 1, j, line_break=True)
            if closed_margin(first, second, closed, left, right) < MARGIN:
                continue  # the neighbours read it as two words ("a heavy weight on")
        fix = _case(written, closed)
        found.append(Compound(words.starts[i], words.ends[j], written, (fix,), ""))
    for i in words.find(data.closed_words | data.house_words.keys()):
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
        pair = data.opened(low)
        if pair is None:
            continue
        fixes = (_case(text, pair), _case(text, pair.replace(" ", "-")))
        found.append(Compound(words.starts[i], words.ends[i], text, fixes, ""))
    found.sort()
    yield from found


# Prefixes that are no words of their own: written apart from their word, a slip
# ("anti personas", "non profit", "pre existing", "multi year", "re evaluate"). "ex",
# "co", "semi" and "mid" stand alone too often as words ("my ex", "the semi") to be
# judged here.
_BOUND = frozenset(("anti", "non", "pre", "multi", "re"))
# AP Stylebook, "anti-": hyphenate, except these words, which the dictionary closes.
_AP_CLOSED_ANTI_LIST = """antibiotic antibody anticlimax antidote antifreeze antigen
    antihistamine antiknock antimatter antimony antiparticle antipasto antiperspirant
    antiphon antiphony antiseptic antiserum antithesis antitoxin antitrust antitussive"""
_AP_CLOSED_ANTI = frozenset(_AP_CLOSED_ANTI_LIST.split())


def bound_prefixes(words: Words, style: str = "ap") -> Iterator[Compound]:
    """Each bound prefix written as a word before a lowercase dictionary word, with the
    closed form the dictionary gives (AP hyphenates "anti-" all the same, but for its
    listed exceptions) or else the hyphenated one."""
    for i in words.find(_BOUND):
        joined = _pair(words, i)
        if joined is None or joined[1] != " " or not _lowercase(words, i):
            continue
        j = joined[0]
        second = words.texts[j]
        if not (second.isalpha() and second.islower() and len(second) > 2):
            continue
        if _glued(words, i, j) or not lexicon.is_word(second) or second in FUNCTION_WORDS:
            continue  # "re the budget": "re" the preposition
        first = words.lowers[i]
        if first == "non" and (
            second in ("sequitur", "compos") or (i and words.lowers[i - 1] in ("qua", "persona"))
        ):
            continue  # Latin: "non sequitur", "sine qua non", "persona non grata"
        closed, hyphened = first + second, f"{first}-{second}"
        hyphen_first = first == "anti" and style != "chicago" and closed not in _AP_CLOSED_ANTI
        if lexicon.is_word(closed) and not hyphen_first:
            fixes: tuple[str, ...] = (closed, hyphened)
        else:
            fixes = (hyphened,)
        written = words.text[words.starts[i] : words.ends[j]]
        yield Compound(
            words.starts[i], words.ends[j], written, tuple(_case(written, f) for f in fixes), ""
        )


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
    Flags a compound written in a form English does not use: two words the dictionary
    writes as one ("in a nut shell" for "nutshell", "tax payers" for "taxpayers"), a
    hyphen inside a closed word ("wide-spread"), or one word for a compound written as
    two ("wordprocessor" for "word processor"). Every part is a real word, so the
    speller (NL602, NL604) passes each of these.

    The forms are decided by counts, not listed. A pair is flagged when its closed word
    is in a standard-size dictionary (SCOWL size 60), is common, and is written closed
    at least ten times as often as the pair is written open (wordfreq's frequencies and
    the Google Web Trillion Word counts shipped by symspellpy); a word is flagged when
    no standard dictionary has it and its two words are written apart ten times as
    often. The neighbours then decide between the readings: each reading's count times
    the chance of the words beside it, from the same corpus's word pairs, so "a heavy
    weight on their shoulders", "drive way too fast" and "the law suits my taste" stay
    two words. Pairs with a function word ("may be", "in to", "every day", "any one",
    "some time", "a lot") and phrasal verbs ("set up", "log in", "work out": NL606's)
    are never judged; nor are a prefix kept apart by a hyphen ("re-sign", "co-op"),
    capitalised pairs (names: "Wall Street"), code and quotations.

    A prefix that is no word of its own ("anti", "non", "pre", "multi", "re") written
    apart from a content word is joined to it: closed where the dictionary closes the
    word ("non profit" -> "nonprofit"), else hyphenated ("anti personas"); "anti-" takes
    AP's hyphen except in the words AP lists closed ("antitrust"). Latin "non" ("sine qua
    non", "non sequitur") and "re" the preposition ("re the budget") are left alone.

    A short house list holds the forms the AP Stylebook settles where the counts
    cannot: "time zone", "webpage". ("can not" for "cannot" is NL604's.)
    """
    why = """
    The AP Stylebook spells a compound it does not list as its dictionary does
    (Webster's New World College Dictionary; Chicago 7.81-7.89 defers to
    Merriam-Webster the same way), and both dictionaries close "nutshell",
    "widespread", "taxpayer" and "courtroom". A compound split or joined against the
    dictionary reads as a slip to a copy desk.
    """
    references = (
        'AP Stylebook, "dictionaries", "time zones", "webpage"',
        "The Chicago Manual of Style, 17th ed., 7.81-7.89 (compounds and hyphenation)",
    )
    knowledge = (
        "Word and word-pair counts: newslint/data/compounds.tsv and compounds-bigrams.tsv, "
        "built by scripts/build_compounds.py; AP's forms: newslint/data/compounds-ap.tsv."
    )
    fix_notes = (
        'Unsafe: a pair can be a phrase whose closed word is far commoner ("the main '
        'stream of the river"). A word opened gets the two words, then the hyphenated '
        "form for a modifier."
    )
    bad = (
        "The plan, in a [[nut shell=>nutshell]], is to build more housing.",
        "The drought caused [[wide spread=>widespread]] crop losses.",
        "The drought caused [[wide-spread=>widespread]] crop losses.",
        "She bought a new [[wordprocessor=>word processor]] for the office.",
        "The clinic posts hours in each [[timezone=>time zone]] it serves.",
        "The group staged an [[anti war=>anti-war]] rally.",
        "She runs a [[non profit=>nonprofit]] clinic.",
        "The board will [[re evaluate=>reevaluate]] the plan.",
    )
    good = (
        "The plan, in a nutshell, is to build more housing.",
        "The drought caused widespread crop losses.",
        "Maybe the vote will be close; it may be close.",
        "They set up a workout room every day over time.",
        "He has worked on Wall Street and at the Green House Cafe.",
        "The union asked members to re-sign the petition.",
        "It was a heavy weight on their shoulders.",
        "Run `nut shell` to open the tool.",
        "Voters were split between pro and anti, the poll said.",
        "Trust is a sine qua non here; he was declared persona non grata.",
        "The reply was a non sequitur.",
        "The note re the budget was sent.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        lists: WordLists = ctx.option("wordlists") or EMPTY
        not_words = ctx.analysis.not_words
        for found in sorted((*compounds(words, lists), *bound_prefixes(words, ctx.style))):
            if not_words.contains(found.start, found.end):
                continue
            fix = found.fixes[0]
            if " " in found.written and found.written.split()[0].lower() in _BOUND:
                text = f"'{found.written.split()[0]}' is a prefix, not a word: '{fix}'."
            elif found.reason:
                text = f"AP style writes '{fix}', not '{found.written}' ({found.reason})."
            else:
                what = "two words" if " " in fix else "one word"
                text = f"'{found.written}' is written as {what}: '{fix}'."
            yield Finding(found.start, found.end, text, found.fixes)
