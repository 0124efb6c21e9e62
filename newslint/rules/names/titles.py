"""Formal titles capitalised where they do not stand directly before a name.

AP ("titles") and Chicago (8.19–8.21, titles and offices) capitalise a formal
title only directly before a name: "Attorney General Jeff Sessions", but "the
attorney general" and "Steve Adler, the mayor of Austin". Government prose
capitalises standalone titles as house style, so to stay quiet on it the rule
flags only the cases a copy desk would: a title after "a"/"an" ("a Federal
Judge"), a title in apposition after a person's name with "the", and "the Title"
standing alone once the story has used that title before a name (so it refers
back to a person in the story).
"""

from __future__ import annotations

from functools import cache

from newslint.rules.names import lexicon
from newslint.rules.names.people import Scan
from newslint.rules.names.textmatch import (
    LDQUO,
    LETTER,
    LETTERS_NUMBERS,
    RSQUO,
    SPACE,
    SPACES,
    UPPER,
    WORD,
    Phrases,
    capital_after,
    caseless_endswith,
    lazy,
    word_boundary,
)

_KEEP = {
    "U.S.",
    "United",
    "States",
    "U.N.",
    "FBI",
    "CIA",
    "DEA",
    "ATF",
    "NASA",
    "House",
    "Senate",
    "Congress",
    "State",
    "Department",
    "Justice",
}
_KEEP_IN_TITLE = {"U.S.", "United", "States"}


# Patterns on the shadow of the text (see textmatch), unless they say otherwise; compiled
# on first use (most stories never get as far as needing them).
_POSSESSIVE_BEFORE_CAPITAL = lazy(f"['{RSQUO}]s[{SPACE}]+[{UPPER}]")
_OFFICE_OF = lazy(f"(?<![{WORD}])Office[{SPACE}]+of[{SPACE}]+(?:the[{SPACE}]+)?$")
_CAPITALISED_BEFORE = lazy(f"[{UPPER}][{LETTER}.]*[ \t]+$")
_ARTICLE_BEFORE = lazy(f'(?:^|[{SPACE}{LDQUO}"(])(?:the|a|an|The|A|An)[ \t]+$')
_APPOSITION_BEFORE = lazy(f",[{SPACE}]+(?:the)(?:[ \t]+[^{SPACE}]+)?[ \t]+$")
_OFFICE_WORD = lazy(f"[{SPACE}]+(?:of|for|to)")
_NOT_AFTER_TITLE = LETTERS_NUMBERS | frozenset("-")


@cache
def _standalone_titles() -> Phrases:
    return Phrases(lexicon.STANDALONE_TITLES)


_ARTICLES = ("the", "an", "a")
_MODIFIERS = (
    "former",
    "then-",
    "new",
    "acting",
    "retired",
    "late",
    "current",
    "interim",
    "outgoing",
    "incoming",
)
_BEFORE_ARTICLE = SPACES | frozenset('"(' + LDQUO)


def _article_before(before: str, sh_before: str) -> str | None:
    """The article (any case) that ``before`` ends with, maybe with a word like "former"
    and then spaces between it and the title: "the ", "a former ", "The acting "."""
    end = len(before) - 1 if before.endswith("\n") else len(before)
    pos = end
    while pos and before[pos - 1] in " \t":
        pos -= 1
    if pos == end:
        return None
    for modifier in _MODIFIERS:
        if not caseless_endswith(before, pos, modifier):
            continue
        art_end = gap_end = pos - len(modifier)
        while art_end and before[art_end - 1] in " \t":
            art_end -= 1
        found = _article_at(before, sh_before, art_end) if art_end < gap_end else None
        if found is not None:
            return found
    return _article_at(before, sh_before, pos)


def _article_at(before: str, sh_before: str, end: int) -> str | None:
    """An article ending at ``end`` that starts the text or follows a space, quote or '('."""
    for article in _ARTICLES:
        start = end - len(article)
        if caseless_endswith(before, end, article) and (
            start == 0 or sh_before[start - 1] in _BEFORE_ARTICLE
        ):
            return before[start:end]
    return None


def lower_title(title: str) -> str:
    """'U.S. District Judge' -> 'U.S. district judge'; 'Attorney General' -> 'attorney general'."""
    return " ".join(w if w in _KEEP_IN_TITLE else w.lower() for w in title.split())


# Why a capitalised title should be lowercase (NL104 words its message by it).
AFTER_ARTICLE = "after-article"  # "a Federal Judge": not followed by a name
APPOSITION = "apposition"  # "Adler, the Mayor of Austin": follows the name it describes
STANDS_ALONE = "stands-alone"  # "the Attorney General" after "Attorney General Jeff Sessions"


class StandaloneTitle:
    """A formal title capitalised where it does not stand directly before a name."""

    __slots__ = ("end", "lowered", "reason", "start", "title")

    def __init__(self, start: int, end: int, title: str, reason: str) -> None:
        self.start, self.end = start, end
        self.title = title  # as written, spaces collapsed
        self.lowered = lower_title(title)
        self.reason = reason  # AFTER_ARTICLE, APPOSITION or STANDS_ALONE


def find_standalone_titles(scan: Scan) -> list[StandaloneTitle]:
    text = scan.text
    found: list[StandaloneTitle] = []
    used_before_name: list[tuple[int, str]] = []
    for m in scan.mentions:
        if m.kind == "titled" and m.title:
            used_before_name.append((m.start, m.title.split()[-1]))
    # Where a reference to a person ends: a mention, or a surname the story established.
    surnames = {m.surname.key for m in scan.mentions}
    mention_ends = {m.end for m in scan.mentions} | {
        w.end for w in scan.capitals if w.key in surnames
    }
    sh = scan.shadow

    def alone_after(end: int) -> bool:
        return end >= len(sh) or sh[end] not in _NOT_AFTER_TITLE

    capital_starts = [w.start for w in scan.capitals]
    for start, end in _standalone_titles().finditer(text, sh, alone_after, capital_starts):
        title = " ".join(text[start:end].split())
        first = scan.word_at.get(start)
        if first is None or scan.words[first].strict:
            continue  # a title that opens a sentence or a headline is capitalised anyway
        if capital_after(sh, end):
            continue  # before a name, or inside a longer proper noun ("Justice Department")
        if (
            _POSSESSIVE_BEFORE_CAPITAL().match(sh, end)
            or text.startswith("-elect", end)
            or (text.startswith("s", end) and word_boundary(sh, end + 1))
        ):
            continue  # "the Attorney General's Office"
        lo = max(0, start - 80)
        before, sh_before = text[lo:start], sh[lo:start]
        if _OFFICE_OF().search(sh_before):
            continue  # "the Office of the Attorney General" is an office's name
        prev_cap = _CAPITALISED_BEFORE().search(sh_before)
        if prev_cap and not _ARTICLE_BEFORE().search(sh_before):
            continue  # "Texas Attorney General", "AO Director": a longer proper noun
        reason = _reason(before, sh_before, sh, end, start, title, used_before_name, mention_ends)
        if reason is None:
            continue
        found.append(StandaloneTitle(start, end, title, reason))
    return found


def _reason(
    before: str,
    sh_before: str,
    sh: str,
    end: int,
    start: int,
    title: str,
    used_before_name: list[tuple[int, str]],
    mention_ends: set[int],
) -> str | None:
    """Why a capitalised title should be lowercase here, if it should: ``before`` is the
    text before it, ``sh`` the shadow of the whole text, ``end`` where the title ends."""
    lead = _article_before(before, sh_before)
    if lead is None:
        return None
    article = lead.casefold()
    if article in ("a", "an"):
        return AFTER_ARTICLE
    # "Adler, the Mayor of Austin": a title in apposition to a name.
    comma = _APPOSITION_BEFORE().search(sh_before)
    if comma is not None:
        name_end = start - len(before) + comma.start()
        if name_end in mention_ends:
            return APPOSITION
    office = _OFFICE_WORD().match(sh, end)
    if office is not None and word_boundary(sh, office.end()):
        return None  # "the President of the United States" names an office
    head = title.split()[-1]
    if any(pos < start and used == head for pos, used in used_before_name):
        return STANDS_ALONE
    return None
