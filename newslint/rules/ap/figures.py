"""Spaces that do not belong: before a comma, inside a figure, inside a citation."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .common import find_all, lazy, matches_at

# A space (not a line break) between a word and a comma, semicolon or closing stop.
_BEFORE_COMMA = lazy(r"(?<=[\w)”\"’'%])([ \t]+)(?=[,;](?:\s|$))")
# "security ,forcing": the space typed on the wrong side of the comma, between two words.
_WRONG_SIDE = lazy(r"(?<=[A-Za-z]{2})([ \t]+)([,;])(?=[a-z]{2,}\b)")
# "$ 5 million", "5 %": a currency sign or percent sign parted from its figure.
_MONEY = lazy(r"(?<![\w$])([$£€])([ \t]+)(?=\d)")
# "Rule 12 (b)(6)", "section 5 (a)", "12(b) (6)": a subdivision parted from its number.
_SUBDIVISION = lazy(
    r"(?<![\w.])(?P<num>\d+[a-z]?(?:\([a-z0-9ivx]{1,4}\))*)(?P<gap>[ \t]+)(?=\((?:[a-z]{1,2}|\d{1,2}|[ivx]{1,4})\))"
)
_LABEL_BEFORE = lazy(r"(?:\b(?:[Rr]ule|[Ss]ection|Sec\.|[Aa]rticle|[Tt]itle)|§)\s*$")


class SpaceBeforeComma(Rule):
    id = "NL418"
    scope = PARAGRAPH
    name = "space-before-comma"
    category = "ap_style"
    severity = "warning"
    message = "No space before a comma or semicolon."
    docs = """
    AP Stylebook, "comma" and "semicolon" (punctuation follows the word directly);
    Chicago 6.7 agrees. A space before a comma is a slip of the keyboard or of a paste.
    Spaces left where markup or a URL was removed are not the writer's and are not
    flagged. Applies inside quotations: spacing is not the speaker's words.
    """
    bad = (
        Example(
            "The council met on Monday[[ =>]], and the mayor spoke.",
            fixed="The council met on Monday, and the mayor spoke.",
        ),
        Example(
            "The council met on Monday[[ ,=>, ]]and the mayor spoke.",
            fixed="The council met on Monday, and the mayor spoke.",
        ),
    )
    good = (
        "The council met on Monday, and the mayor spoke.",
        "Values: 1 , 2 in a table",
        "Set the flags to a ,b in the file `x ,y`.",
    )
    fix_safety = SAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        starts = [p for p in find_all(text, " ,", " ;")]
        for m in matches_at(_BEFORE_COMMA, text, starts):
            start, end = m.span(1)
            if text[start - 1 : start].isdigit() or not doc.typed(start, end + 1):
                continue  # "1 , 2": a list of figures is often spaced so; and the comma
                # must follow the spaces in the source too (not an address left out between)
            yield Finding(start, end, self.message, ("",))
        not_words = ctx.analysis.not_words
        for m in matches_at(_WRONG_SIDE, text, starts):
            start, end = m.span()
            if not doc.typed(start, end + 1) or not_words.contains(start - 1, end + 1):
                continue
            yield Finding(start, end, self.message, (m.group(2) + " ",))


class SpaceInFigure(Rule):
    id = "NL419"
    scope = PARAGRAPH
    name = "space-in-figure"
    category = "ap_style"
    severity = "warning"
    message = "No space inside a figure or a citation."
    docs = """
    A figure is written without inner spaces: "$5 million", not "$ 5 million" (AP
    "dollars"; Chicago 9.20). A rule, section or subsection number keeps its
    subdivisions closed up: "Rule 12(b)(6)", "section 5(a)" (Bluebook 3.3; AP follows
    the court's own form). Spaces left where markup was removed are not flagged.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "The city will spend [[$ =>$]]5 million on roads.",
            fixed="The city will spend $5 million on roads.",
        ),
        "The motion cited Rule 12(b)[[ =>]](6).",
        "Under section 5[[ =>]](a), the board decides.",
    )
    good = (
        "The city will spend $5 million on roads.",
        "The motion cited Rule 12(b)(6).",
        "He listed three items (a) and (b).",
        "It violated 15 U.S.C. 78j(b) (1982).",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for m in matches_at(_MONEY, text, find_all(text, "$ ", "£ ", "€ ")):
            start, end = m.span(2)
            if doc.typed(start, end):
                sign = m.group(1)
                yield Finding(m.start(1), end, self.message, (sign,))
        for m in matches_at(_SUBDIVISION, text, _subdivision_starts(text)):
            start, end = m.span("gap")
            labelled = _LABEL_BEFORE().search(text, max(0, m.start() - 12), m.start())
            if "(" not in m.group("num") and labelled is None:
                continue  # "three items (a)": not a citation
            if doc.typed(start, end):
                yield Finding(start, end, self.message, ("",))


def _subdivision_starts(text: str) -> list[int]:
    # A subdivision pattern starts at a digit that has " (" somewhere after it.
    if " (" not in text:
        return []
    starts = []
    for pos in find_all(text, " ("):
        j = pos
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "()"):
            j -= 1
        if text[j : j + 1].isdigit():
            starts.append(j)
    return sorted(set(starts))
