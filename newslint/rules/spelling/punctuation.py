"""NL612: a punctuation mark typed twice, or two that cannot stand together ("renew,.")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule
from newslint.rules.ap.common import lazy

# A stray mark before the mark that ends the clause: "renew,." ",," ";;" ",;" "..", after a
# word, a figure, a closing quote or bracket, and before a space or the end of the text.
# A third dot makes an ellipsis, and a dot touching a word ("../path", "1..10") is code.
_STRAY = lazy(r"(?<=[\w”\"’')\]%])(?:(?P<stray>[,;])(?=[.,;])|(?P<dot>\.)(?=\.(?:\s|$)))")


class StrayPunctuation(Rule):
    id = "NL612"
    scope = PARAGRAPH
    name = "stray-punctuation"
    category = "typos"
    severity = "warning"
    message = "A punctuation mark typed twice, or a comma left before a full stop."
    docs = """
    Flags a mark that cannot stand where it is: a comma or semicolon directly before
    another mark ("chose not to renew,. The board", "the plan,, he said") and a
    full stop typed twice ("the industry.. Having"). Both are slips of an edit, where a
    sentence was cut short or two were joined, and neither is a style: AP Stylebook,
    "punctuation" (use marks to make the meaning clear; one mark ends a sentence), and
    Chicago 6.118-6.123 (which marks may stand together: a full stop and a comma never
    do, except after an abbreviation). Left alone: an ellipsis ("...", ". . ."),
    an abbreviation's period before a comma ("Inc., the firm"), marks in code, web
    addresses and paths ("../index", "1..10"). The fix drops the stray mark.
    """
    bad = (
        Example(
            "Some members chose not to renew[[,=>]]. The board met.",
            fixed="Some members chose not to renew. The board met.",
        ),
        "The county includes farmland[[.=>]]. Having water helps.",
        "The plan[[,=>]], he said, is ready.",
        "The mayor spoke[[;=>]]; the council listened.",
    )
    good = (
        "Some members chose not to renew. The board met.",
        "He paused... then went on.",
        "He paused . . . then went on.",
        "Acme Inc., the firm, said so.",
        "Run it from ../scripts or read items 1..10 of the list.",
        "The meeting ended at 5 p.m., officials said.",
        "Then, later on.. what did you see?",
    )
    fix_safety = SAFE
    skip_regions = frozenset()  # a stray mark inside a quotation is the typist's, not the speaker's

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if not any(pair in text for pair in _PAIRS):
            return
        not_words = ctx.analysis.not_words
        for m in _STRAY().finditer(text):
            kind = "stray" if m.group("stray") else "dot"
            start, end = m.span(kind)
            if not_words.contains(start, end + 1) or not doc.typed(start, end + 1):
                continue
            if kind == "dot" and (_after_ellipsis(text, start) or _lowercase_next(text, end + 1)):
                continue  # "later on.. what did you see": an ellipsis short a dot
            yield Finding(start, end, self.message, ("",))


# The pairs of marks the rule judges: a quick look before the pattern runs.
_PAIRS = (",.", ",,", ",;", ";;", ";.", ";,", "..")


def _after_ellipsis(text: str, at: int) -> bool:
    """ "wait. .. then": dots spaced as an ellipsis."""
    return text[max(0, at - 2) : at] == ". "


def _lowercase_next(text: str, at: int) -> bool:
    rest = text[at : at + 40].lstrip()
    return rest[:1].islower()
