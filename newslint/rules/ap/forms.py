"""Written forms AP fixes on sight: decades, time zones."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .common import lazy

# "1990's", "1990’s", "'90's": the apostrophe before the s makes a possessive.
_DECADE = lazy(r"(?<![\w'’])(?P<y>(?:1\d|20)\d0|['’]\d0)['’]s\b")


class Decades(Rule):
    id = "NL415"
    scope = PARAGRAPH
    name = "ap-decades"
    category = "ap_style"
    severity = "warning"
    message = "A decade takes no apostrophe before the s."
    docs = """
    AP Stylebook, "years" and "decades": "the 1990s", "the '90s"; an apostrophe before
    the s makes a possessive ("the 1990's" is wrong). Chicago (9.34) agrees.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "The rules have been around since the late [[1990’s=>1990s]].",
            fixed="The rules have been around since the late 1990s.",
        ),
        "Prices rose in the [['80's=>'80s]].",
    )
    good = ("The rules date from the late 1990s.", "Prices rose in the '80s.", "the 1990s' end")
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if "0's" not in text and "0’s" not in text:
            return
        for m in _DECADE().finditer(text):
            fix = m.group("y") + "s"
            yield Finding(m.start(), m.end(), f"Write the decade '{fix}'.", (fix,))


# A standard or daylight zone after a time: "9 p.m. EST", "11:59 PM EDT".
_ZONE = lazy(
    r"(?<=\d)(?P<clock>\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)\s)(?P<z>[ECMP])[SD]T\b",
)
_ZONE_NAMES = {"E": "ET", "C": "CT", "M": "MT", "P": "PT"}


class TimeZones(Rule):
    id = "NL416"
    scope = PARAGRAPH
    name = "ap-time-zones"
    category = "ap_style"
    severity = "suggestion"
    message = "AP style: ET, CT, MT, PT after a time."
    docs = """
    AP Stylebook, "time zones": after a time, the short forms ET, CT, MT and PT are
    acceptable in all references and spare the writer the standard/daylight question
    ("EST" in July is wrong). The rule suggests them after a clock time. Severity
    suggestion: EST and EDT are correct when the season matches.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "Applications close at 11:59 p.m. [[EST=>ET]] on June 24.",
            fixed="Applications close at 11:59 p.m. ET on June 24.",
        ),
        "The call starts at 2 p.m. [[PDT=>PT]].",
    )
    good = ("Applications close at 11:59 p.m. ET.", "The EST group met.")
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for m in _ZONE().finditer(text) if re.search(r"[ECMP][SD]T\b", text) else ():
            fix = _ZONE_NAMES[m.group("z")]
            start = m.start("z")
            yield Finding(start, start + 3, f"After a time, AP writes '{fix}'.", (fix,))


# "18. 3. 2024": a day and a month in figures, European order, spaced, then a year
# ("2.4.2024" without spaces may be a version number and is left alone).
_NUMERIC_DATE = lazy(r"(?<![\w.])(?P<d>[0-3]?\d)\. (?P<m>[01]?\d)\.(?= (?:19|20)\d\d\b)")
_AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip


class NumericDates(Rule):
    id = "NL420"
    scope = PARAGRAPH
    name = "ap-numeric-dates"
    category = "ap_style"
    severity = "warning"
    message = "AP style writes the month as a word in a date."
    docs = """
    AP Stylebook, "dates" and "months": a date is written with the month's name, abbreviated
    before a day where AP abbreviates it ("March 18, 2024", "Jan. 5, 2024"), never in
    figures. The rule flags the European "18. 3. 2024" (day, month, year, with periods and
    spaces), whose order is certain; "3/4/2024" is left alone because it can be read two
    ways, and "2.4.2024" because it may be a version number.
    Chicago (9.35) also prefers the month's name in running text.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "Applications open on [[18. 3.=>March 18,]] 2024.",
            fixed="Applications open on March 18, 2024.",
        ),
        "The call closes [[2. 4.=>April 2,]] 2024 at noon.",
    )
    good = (
        "Applications open on March 18, 2024.",
        "Version 2.4.2024 shipped.",
        "See item 3. 2024 was",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if not re.search(r"\d\. \d{1,2}\. (?:19|20)\d\d", text):
            return
        for m in _NUMERIC_DATE().finditer(text):
            day, month = int(m.group("d")), int(m.group("m"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            fix = f"{_AP_MONTHS[month - 1]} {day},"
            yield Finding(m.start(), m.end(), f"Write the date '{fix}'.", (fix,))
