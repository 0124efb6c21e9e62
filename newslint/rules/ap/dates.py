"""Dates and times: month abbreviations, time-element order, percent."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .common import (
    digit_runs,
    find_all,
    in_legal,
    lazy,
    matches_at,
    opens_sentence,
)

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
MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
# The month is found by looking up the words at each place a month name starts (no
# form below is the start of another, so at most one fits); regexes check what follows.
_FORMS_BY_START: dict[str, list[str]] = {}
for _form in (*MONTHS, *FULL, *NEVER_ABBREVIATED):
    _FORMS_BY_START.setdefault(_form[:3], []).append(_form)
_ORDINAL_FORMS = frozenset((*MONTHS, *FULL))
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?P<ord>st|nd|rd|th)?(?![\d:,.]\d|\w)"
_AFTER_DAY = lazy(rf"\s+{_DAY}")  # "Sept. 30"
_AFTER_ALONE = lazy(r"(?=,?\s+(?:\d{4}\b|[a-z]))")  # "Sept. 2022", "Sept. was"
_AFTER_FIGURE = lazy(r"(?=\s+\d)")
_AFTER_ORDINAL = lazy(r"\s+(?:[1-9]|[12]\d|3[01])(?P<ord>st|nd|rd|th)\b")  # "Feb. 17th"


_MONTH_START = lazy("|".join(_FORMS_BY_START))  # "Jan|Feb|...": re finds capitals quickly


def _months(text: str) -> list[tuple[int, str]]:
    """Each month name or abbreviation in the text, with where it starts."""
    found = []
    for m in _MONTH_START().finditer(text):
        start = m.start()
        for form in _FORMS_BY_START[m.group()]:
            if text.startswith(form, start):
                found.append((start, form))
    return found


def _dates(
    text: str,
    months: list[tuple[int, str]],
    forms: Collection[str],
    after: Callable[[], re.Pattern[str]],
    *,
    stop_before: bool = True,
) -> Iterator[tuple[int, str, re.Match[str]]]:
    """What ``finditer`` yields for ``\\b(?P<m>forms)after`` (``(?<![\\w.])`` instead of
    ``\\b`` when a full stop may not come just before): the start, the month and the match
    of ``after``."""
    end = 0
    for start, month in months:
        if start < end or month not in forms:
            continue
        before = text[start - 1 : start]
        if before.isalnum() or before == "_" or (before == "." and not stop_before):
            continue
        m = after().match(text, start + len(month))
        if m is not None:
            yield start, month, m
            end = m.end()


class MonthAbbreviations(Rule):
    id = "NL409"
    scope = PARAGRAPH
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
            "Filings fell in the period ending [[September=>Sept.]] 30, 2022.",
            fixed="Filings fell in the period ending Sept. 30, 2022.",
        ),
        "The decree was signed on [[February=>Feb.]] 17th.",
        "The hearing is [[Jun.=>June]] 5.",
        "Filings rose in [[Sept.=>September]] 2022.",
        Example("The decree was signed [[Feb.=>February]] 17, 2009.", style="chicago"),
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
        months = _months(text)
        if not months:
            return
        seen: set[int] = set()
        if ctx.style == "chicago":
            for start, month, _ in _dates(text, months, FULL, _AFTER_DAY, stop_before=False):
                fix = FULL[month]
                seen.add(start)
                end = start + len(month)
                yield Finding(start, end, f"Chicago spells out months: '{fix}'.", (fix,))
        else:
            for start, month, m in _dates(text, months, ABBREV, _AFTER_DAY):
                if in_legal(doc, ctx, start, m.end()):
                    continue
                fix = ABBREV[month]
                end = start + len(month)
                yield Finding(start, end, self.template.format(fix=fix), (fix,))
            for start, month, _ in _dates(text, months, FULL, _AFTER_ALONE, stop_before=False):
                fix = FULL[month]
                end = start + len(month)
                yield Finding(start, end, f"Spell out a month without a day: '{fix}'.", (fix,))
        never = _dates(text, months, NEVER_ABBREVIATED, _AFTER_FIGURE, stop_before=False)
        for start, month, _ in never:
            if start in seen:
                continue
            fix = NEVER_ABBREVIATED[month]
            if ctx.style == "chicago" and fix == "Sept.":
                fix = "September"
            end = start + len(month)
            yield Finding(start, end, self.template.format(fix=fix), (fix,))
        for _, _, m in _dates(text, months, _ORDINAL_FORMS, _AFTER_ORDINAL):
            yield Finding(
                m.start("ord"),
                m.end("ord"),
                "No ordinal in a date: drop the '{}'.".format(m.group("ord")),
                ("",),
            )


DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY_THEN_TIME = lazy(
    rf"\b(?P<on>[Oo]n\s+)?(?P<day>{DAYS}),?\s+at\s+(?P<time>\d{{1,2}}(?::\d\d)?\s*[ap]\.m\.)"
)


def _day_starts(text: str) -> list[int]:
    """Where _DAY_THEN_TIME can match: at a day's name, or at "on" before it."""
    starts = []
    for day in find_all(text, *DAYS.split("|")):
        on = day
        while on > 0 and text[on - 1].isspace():
            on -= 1
        if on < day and text[on - 2 : on] in ("on", "On"):
            starts.append(on - 2)
        starts.append(day)
    return sorted(starts)


class TimeElementOrder(Rule):
    id = "NL410"
    scope = PARAGRAPH
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
            "The council meets [[on Tuesday at 10 a.m.=>at 10 a.m. Tuesday]] in City Hall.",
            fixed="The council meets at 10 a.m. Tuesday in City Hall.",
        ),
    )
    good = (
        "The council meets at 10 a.m. Tuesday in City Hall.",
        Example("The council meets on Tuesday at 10 a.m.", style="chicago"),
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.style == "chicago" or ".m." not in doc.text:
            return
        for m in matches_at(_DAY_THEN_TIME, doc.text, _day_starts(doc.text)):
            fix = f"at {m.group('time')} {m.group('day')}"
            if opens_sentence(ctx.analysis, m.start()):
                fix = fix[0].upper() + fix[1:]
            yield Finding(m.start(), m.end(), self.template.format(fix=fix), (fix,))


_PERCENT = lazy(
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
        Example("Filings fell [[11.7 %=>11.7%]].", fixed="Filings fell 11.7%."),
        Example(
            "Filings fell 11.7% and fees rose [[30 percent=>30%]].",
            fixed="Filings fell 11.7% and fees rose 30%.",
        ),
        Example(
            "Filings fell [[11.7%=>11.7 percent]] and fees rose 30 percent.",
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
        text = doc.text
        if "%" not in text and "percent" not in text and "per cent" not in text:
            return
        found = list(matches_at(_PERCENT, text, digit_runs(doc, ctx)))
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
