"""NL619: a time possessive written without its apostrophe ("last years results",
"two weeks notice")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis import Words
from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule
from newslint.rules.spelling import tags
from newslint.rules.usage.context import FUNCTION_WORDS, NUMBER_WORDS, apostrophe
from newslint.rules.usage.context import words as word_set

UNITS = word_set("day week month year decade night season quarter weekend")
# Words that point to one period: "last year's budget".
ONE_PERIOD = word_set("last this next yesterday today tomorrow")
# What a quantity of time is the measure of: "two weeks' notice", "a year's pay".
MEASURED = word_set(
    "notice pay vacation leave salary wages rent worth experience work wait delay",
    "time supply journey drive walk rest growth",
)


def _unit_of(plural: str) -> str:
    return plural[:-1] if plural.endswith("s") and plural[:-1] in UNITS else ""


def _possessed(words: Words, j: int, measured_only: bool) -> bool:
    """Token ``j`` is what the period possesses: a noun (or, after one period, a figure:
    "last years 4.4% growth"), in the same sentence and not a function word."""
    if j >= len(words.texts) or j in words.sentence_starts or words.gap_before(j) != " ":
        return False
    text, low = words.texts[j], words.lowers[j]
    if measured_only:
        return low in MEASURED
    if text[:1].isdigit() or text[:1] == "$":
        return True
    return text.isalpha() and low not in FUNCTION_WORDS and tags.codes(low)[:1] in ("n", "j")


def time_possessives(words: Words) -> Iterator[tuple[int, str]]:
    """Each plural time unit that should be a possessive, with the possessive: "last
    years results" -> "year's", "two weeks notice" -> "weeks'"."""
    texts, lowers = words.texts, words.lowers
    for i in range(1, len(texts) - 1):
        unit = _unit_of(lowers[i])
        if not unit or not texts[i].islower() or words.gap_before(i) != " ":
            continue
        before = lowers[i - 1]
        if before in ONE_PERIOD and not (i > 1 and lowers[i - 2] in ("the", "these", "those")):
            if _possessed(words, i + 1, measured_only=False):
                yield i, f"{unit}'s"
        elif (
            (before in NUMBER_WORDS or before.isdigit())
            and before != "one"
            and _possessed(words, i + 1, measured_only=True)
        ):
            yield i, f"{texts[i]}'"


class TimePossessive(Rule):
    id = "NL619"
    scope = PARAGRAPH
    name = "time-possessive"
    category = "typos"
    severity = "warning"
    message = "A time possessive without its apostrophe."
    docs = """
    Flags a period of time that owns the next word but lacks its apostrophe: "last
    years results" ("last year's"), "this weeks meeting" ("this week's"), "two weeks
    notice" ("two weeks'"). The AP Stylebook's "possessives" entry gives these
    quasi-possessives an apostrophe ("a day's pay, two weeks' vacation"). After "last",
    "this" or "next" any noun or figure counts; after a number only a word a period
    measures ("notice", "pay", "experience", "work"), so "two years ago", "three days
    later", "the last years of the war" and "five years in prison" stand. The fix is
    unsafe: the apostrophe follows the story's habit.
    """
    bad = (
        "The board adopted last [[years=>year's]] budget again.",
        "She gave two [[weeks=>weeks']] notice on Monday.",
    )
    good = (
        "The board adopted last year's budget again.",
        "She gave two weeks' notice on Monday.",
        "The plant closed two years ago.",
        "He spent the last years of the war in Lisbon.",
        "The last years have been hard.",
        "He got five years in prison.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        mark = apostrophe(doc, ctx)
        for i, possessive in time_possessives(words):
            fix = possessive.replace("'", mark)
            message = f"'{words.texts[i - 1]} {words.texts[i]}' owns what follows: '{fix}'."
            yield Finding(words.starts[i], words.ends[i], message, (fix,))
