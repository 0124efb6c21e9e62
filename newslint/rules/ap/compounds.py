"""Compound modifiers: "firearm-related offenses", "Chicago-based firm"."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule
from newslint.rules.usage.context import FUNCTION_WORDS, words

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
    words with a hyphen ("firearm-related offenses", "a Chicago-based firm",
    "community-based programs"). The rule checks the commonest news compounds, a noun
    followed by "related" or "based" and then another noun. "Related to" and
    "based on" are verbs and participles and are left alone, as are adverbs ("closely
    related"). Chicago 7.81 hyphenates the same compounds, so the rule applies in both
    styles.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "He was charged with [[firearm related=>firearm-related]] offenses.",
            fixed="He was charged with firearm-related offenses.",
        ),
        "She runs a [[Chicago based=>Chicago-based]] nonprofit.",
    )
    good = (
        "He was charged with firearm-related offenses.",
        "The charges are related to fraud.",
        "The officer related the story.",
        "The firm is based in Chicago.",
        "Two closely related species.",
        "Officials based their decision on the data.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
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
