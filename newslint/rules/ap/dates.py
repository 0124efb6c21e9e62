"""Dates and times: month abbreviations, time-element order, percent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule

from .common import in_spans, legal_paragraphs, sentence_start

FULL = {
    "Jan.": "January",
    "Feb.": "February",
    "Aug.": "August",
    "Sept.": "September",
    "Oct.": "October",
    "Nov.": "November",
    "Dec.": "December",
}
ABBREV = {v: k for k, v in FULL.items()}
NEVER_ABBREVIATED = {
    "Mar.": "March",
    "Apr.": "April",
    "Jun.": "June",
    "Jul.": "July",
    "Sep.": "Sept.",
}
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?P<ord>st|nd|rd|th)?(?![\d:,.]\d|\w)"
_FULL_BEFORE_DAY = re.compile(rf"\b(?P<m>{'|'.join(ABBREV)})\s+{_DAY}")
_ABBR_BEFORE_DAY = re.compile(rf"(?<![\w.])(?P<m>{'|'.join(map(re.escape, FULL))})\s+{_DAY}")
_ABBR_ALONE = re.compile(
    rf"(?<![\w.])(?P<m>{'|'.join(map(re.escape, FULL))})(?=,?\s+(?:\d{{4}}\b|[a-z]))"
)
_WRONG_ABBR = re.compile(
    rf"(?<![\w.])(?P<m>{'|'.join(map(re.escape, NEVER_ABBREVIATED))})(?=\s+\d)"
)
_ORDINAL_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+(?:[1-9]|[12]\d|3[01])"
    r"(?P<ord>st|nd|rd|th)\b"
)


class MonthAbbreviations(Rule):
    id = "NL409"
    name = "ap-months"
    category = "ap_style"
    severity = "warning"
    message = "AP style for months in dates."
    template = "AP style: '{fix}'."
    docs = """
    AP Stylebook, "months" and "dates": before a day of the month abbreviate Jan.,
    Feb., Aug., Sept., Oct., Nov. and Dec. ("Sept. 30, 2022"); spell out March, April,
    May, June and July always; spell out every month standing alone or with a year
    only ("September 2022"); write the day as a figure with no ordinal ("Feb. 17", not
    "Feb. 17th"). Chicago (9.33, 10.41) spells months out in running text, so under
    --style chicago the rule asks for the full name instead of the abbreviation.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "Filings fell in the period ending September 30, 2022.",
            fixed="Filings fell in the period ending Sept. 30, 2022.",
        ),
        "The decree was signed on February 17th.",
        "The hearing is Jun. 5.",
        "Filings rose in Sept. 2022.",
        Example("The decree was signed Feb. 17, 2009.", style="chicago"),
    )
    good = (
        "Filings fell in the period ending Sept. 30, 2022.",
        "The hearing is June 5.",
        "Filings rose in September 2022.",
        "The court met in May.",
        Example("The decree was signed February 17, 2009.", style="chicago"),
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        seen: set[int] = set()
        if ctx.style == "chicago":
            for m in _ABBR_BEFORE_DAY.finditer(text):
                fix = FULL[m.group("m")]
                seen.add(m.start("m"))
                yield Finding(
                    m.start("m"), m.end("m"), f"Chicago spells out months: '{fix}'.", (fix,)
                )
        else:
            legal = legal_paragraphs(doc)
            for m in _FULL_BEFORE_DAY.finditer(text):
                if in_spans(legal, m.start(), m.end()):
                    continue
                fix = ABBREV[m.group("m")]
                yield Finding(m.start("m"), m.end("m"), self.template.format(fix=fix), (fix,))
            for m in _ABBR_ALONE.finditer(text):
                fix = FULL[m.group("m")]
                yield Finding(
                    m.start("m"), m.end("m"), f"Spell out a month without a day: '{fix}'.", (fix,)
                )
        for m in _WRONG_ABBR.finditer(text):
            if m.start("m") in seen:
                continue
            fix = NEVER_ABBREVIATED[m.group("m")]
            if ctx.style == "chicago" and fix == "Sept.":
                fix = "September"
            yield Finding(m.start("m"), m.end("m"), self.template.format(fix=fix), (fix,))
        for m in _ORDINAL_DATE.finditer(text):
            yield Finding(
                m.start("ord"),
                m.end("ord"),
                "No ordinal in a date: drop the '{}'.".format(m.group("ord")),
                ("",),
            )


DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY_THEN_TIME = re.compile(
    rf"\b(?P<on>[Oo]n\s+)?(?P<day>{DAYS}),?\s+at\s+(?P<time>\d{{1,2}}(?::\d\d)?\s*[ap]\.m\.)"
)


class TimeElementOrder(Rule):
    id = "NL410"
    name = "ap-time-date-place"
    category = "ap_style"
    severity = "suggestion"
    message = "AP order is time, then day."
    template = "AP order is time, then day: '{fix}'."
    docs = """
    AP Stylebook, "time element": give the time before the day ("at 10 a.m. Tuesday",
    not "on Tuesday at 10 a.m."), and drop "on" before the day where nothing is lost.
    Chicago has no such rule, so it is off under --style chicago.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "The council meets on Tuesday at 10 a.m. in City Hall.",
            fixed="The council meets at 10 a.m. Tuesday in City Hall.",
        ),
    )
    good = (
        "The council meets at 10 a.m. Tuesday in City Hall.",
        Example("The council meets on Tuesday at 10 a.m.", style="chicago"),
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.style == "chicago":
            return
        for m in _DAY_THEN_TIME.finditer(doc.text):
            fix = f"at {m.group('time')} {m.group('day')}"
            if sentence_start(doc.text, m.start()):
                fix = fix[0].upper() + fix[1:]
            yield Finding(m.start(), m.end(), self.template.format(fix=fix), (fix,))


_PERCENT = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)(?:(?P<sp>\s+)?(?P<sign>%)|\s+(?P<word>percent|per cent)\b)"
)


class PercentForm(Rule):
    id = "NL411"
    name = "ap-percent"
    category = "ap_style"
    severity = "warning"
    message = "Write percentages one way in a story, with no space before %."
    template = "Write percentages one way in a story: '{fix}'."
    docs = """
    AP Stylebook, "percent, percentage, percentage points": since 2019 AP uses the %
    sign with a figure and no space ("11.7%"); before 2019 it spelled out "percent",
    and most government releases and many desks still do. The rule enforces what both
    agree on: no space between the figure and the sign ("11.7 %"), "percent" as one
    word, and one form through a story. When a story mixes "11.7%" and "30 percent",
    the less frequent form is flagged (a tie goes to "%" under AP and to "percent"
    under --style chicago: Chicago 9.18 spells it out in running text). A desk that
    wants every "percent" changed to the sign can add a substitution pack.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example("Filings fell 11.7 %.", fixed="Filings fell 11.7%."),
        Example(
            "Filings fell 11.7% and fees rose 30 percent.",
            fixed="Filings fell 11.7% and fees rose 30%.",
        ),
        Example(
            "Filings fell 11.7% and fees rose 30 percent.",
            style="chicago",
            fixed="Filings fell 11.7 percent and fees rose 30 percent.",
        ),
    )
    good = (
        "Filings fell 11.7% and fees rose 30%.",
        "Filings fell 11.7 percent and fees rose 30 percent.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = list(_PERCENT.finditer(doc.text))
        signs = sum(1 for m in found if m.group("sign"))
        words = len(found) - signs
        sign_wins = signs > words or (signs == words and ctx.style != "chicago")
        house = "sign" if sign_wins else "word"
        for m in found:
            n = m.group("n")
            if m.group("sign"):
                if house == "word" and words:
                    fix = f"{n} percent"
                    yield Finding(m.start(), m.end(), self.template.format(fix=fix), (fix,))
                elif m.group("sp"):
                    fix = f"{n}%"
                    yield Finding(m.start(), m.end(), f"No space before %: '{fix}'.", (fix,))
            elif house == "sign" and signs:
                fix = f"{n}%"
                yield Finding(m.start(), m.end(), self.template.format(fix=fix), (fix,))
