"""Plain slips any copy editor catches on the first read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule

_DOUBLED = re.compile(r"\b(\w+)(\s+)(\1)\b", re.IGNORECASE)
# Doubled words that are correct English ("had had", "that that").
_ALLOWED_DOUBLES = {
    "had",
    "that",
    "is",
    "do",
    "bye",
    "ha",
    "no",
    "yada",
    "chop",
    "tsk",
    "so",
    "very",
    "knock",
    "cha",
    "pooh",
    "boo",
    "mahi",
    "bora",
    "walla",
    "aye",
}


class DoubledWord(Rule):
    id = "NL601"
    scope = PARAGRAPH
    name = "doubled-word"
    category = "typos"
    severity = "error"
    message = "Doubled word."
    docs = """
    A word typed twice ("the the") survives every spell checker. Chicago 2.102 and
    every copy desk treat it as a plain typo. Some doubles are correct English
    ("had had", "that that") and are left alone.
    """
    bad = (
        "[[The the=>The]] judge ruled on Friday.",
        "She said that [[the\nthe=>the]] ruling stands.",
        "I read [[the The=>The]] Color of Law last year.",
    )
    good = ("He had had enough.", "She said that that was final.", "The judge ruled.")
    fix_safety = SAFE
    skip_regions = frozenset()  # a doubled word inside a quote is still a typo

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for m in _DOUBLED.finditer(doc.text):
            word = m.group(1)
            if word.lower() in _ALLOWED_DOUBLES or word.isdigit():
                continue
            if "\n\n" in m.group(2):
                continue  # across paragraphs: a heading repeated in text, not a typo
            # "the The Color of Law": the capitalised one starts a title; keep it.
            second = m.group(3)
            kept = second if word.islower() and second[:1].isupper() else word
            yield Finding(m.start(1), m.end(3), f"Doubled word: {word!r} appears twice.", (kept,))
