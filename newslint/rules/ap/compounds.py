"""Compound modifiers: "firearm-related offenses", "Chicago-based firm"."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule
from newslint.rules.usage.context import FUNCTION_WORDS, words

from . import modifiers
from .common import find_all, lazy, matches_at

_COMPOUND = lazy(
    r"\b(?P<first>[A-Za-z][A-Za-z-]*[A-Za-z])\s+(?P<second>related|based)\s+(?P<next>[a-z]+)\b"
)
_FIRST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-")
NOT_FIRST = FUNCTION_WORDS | words(
    "other unrelated interrelated is was be were are closely", "directly distantly"
)


class CompoundModifierHyphen(Rule):
    id = "NL412"
    scope = PARAGRAPH
    name = "ap-compound-modifier-hyphen"
    category = "ap_style"
    severity = "warning"
    message = "Hyphenate a compound modifier before a noun."
    template = "Hyphenate the compound modifier: '{fix}'."
    docs = """
    AP Stylebook, "hyphen": when a compound modifier comes before a noun, link its
    words with a hyphen. The rule checks the commonest kinds in news copy:

    - a noun and "related" or "based" ("firearm-related offenses", "a Chicago-based
      firm"); "related to" and "based on" are verbs and participles, and adverbs
      ("closely related") take no hyphen;
    - a number above one and a unit written singular ("a two-week trial", "a 10-year
      sentence", "a three-year-old boy"): after such a number the unit is plural unless
      it is half of a modifier ("two weeks ago" is left alone);
    - fixed phrases used as modifiers ("a full-time job", "day-to-day work",
      "state-of-the-art equipment"; "she works full time" takes none);
    - "well" and a participle after a determiner or preposition, or opening a
      sentence ("a well-known author"; "as well known" and "is well known" stay open).

    Each kind needs a lowercase word after it that can be the noun; a function word,
    "ago", "old" or punctuation there means the words are not a modifier. Chicago
    7.81-7.89 hyphenates the same compounds before a noun, so the rule applies in both
    styles. Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "He was charged with [[firearm related=>firearm-related]] offenses.",
            fixed="He was charged with firearm-related offenses.",
        ),
        "She runs a [[Chicago based=>Chicago-based]] nonprofit.",
        "The trial followed a [[two week=>two-week]] recess.",
        "He was sentenced to a [[10 year=>10-year]] term.",
        "A [[three year old=>three-year-old]] girl was found safe.",
        "The council created a [[full time=>full-time]] position.",
        "Staff handle the [[day to day=>day-to-day]] operations.",
        "The fund was set up by a [[well known=>well-known]] donor.",
    )
    good = (
        "He was charged with firearm-related offenses.",
        "The charges are related to fraud.",
        "The officer related the story.",
        "The firm is based in Chicago.",
        "Two closely related species.",
        "Officials based their decision on the data.",
        "The trial resumed two weeks later.",
        "The trial lasted two weeks.",
        "She works full time at the clinic.",
        "Prices change from day to day.",
        "The author is well known in Ohio.",
        "It went as well expected, officials said.",
        "He was 10 years old when the family moved.",
        "The recount took one day longer.",
        "Volunteers went door to door asking for votes.",
        "The two leaders met face to face last week.",
        "Bring the records up to date quickly.",
        "The 2020 game schedule was cut.",
        "He is six foot two and left-handed.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for c in modifiers.compounds(ctx.analysis.words):
            yield Finding(c.start, c.end, self.template.format(fix=c.fix), (c.fix,))
        for m in matches_at(_COMPOUND, doc.text, _starts(doc.text)):
            first, nxt = m.group("first"), m.group("next")
            low = first.lower()
            if low in NOT_FIRST or low.endswith(("ly", "s")) or nxt in FUNCTION_WORDS:
                continue
            fix = f"{first}-{m.group('second')}"
            yield Finding(m.start("first"), m.end("second"), self.template.format(fix=fix), (fix,))


def _starts(text: str) -> list[int]:
    """Where _COMPOUND can match: the word before a spaced "related" or "based" (or, in a
    hyphenated word, a part of it after a hyphen)."""
    starts: set[int] = set()
    for second in find_all(text, "related", "based"):
        end = second
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and text[start - 1] in _FIRST_CHARS:
            start -= 1
        if end < second:
            starts.update(i for i in range(start, end) if i == start or text[i - 1] == "-")
    return sorted(starts)
