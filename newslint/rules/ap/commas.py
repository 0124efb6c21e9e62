"""Commas around a year or a state: "June 24, 2024, was"; "Washington, D.C., is"."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .abbreviations import BY_AP, STATES
from .common import find_all, lazy

_MONTHS = (
    r"(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)"
)
# "On June 24, 2024 the board met": an opening date phrase whose year has no comma
# after it, before the subject. (Mid-sentence, "entered June 24, 2024 in the court",
# government and court copy often leaves the comma out; the rule does not guess there.)
_DATE_YEAR = lazy(
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?:On|In|By|Since|Until|As of|Before|After) {_MONTHS}"
    rf" \d{{1,2}}, (?P<y>\d{{4}})(?= (?:the|a|an|he|she|it|we|they|I|officials|police)\b)"
)
_STATE_NAMES = "|".join(sorted(STATES, key=len, reverse=True))
_STATE_ABBREVIATIONS = "|".join(
    sorted((a.replace(".", r"\.") for a in BY_AP), key=len, reverse=True)
)
# "San Francisco, California drew": a state after a city, no comma before a verb.
_CITY_STATE = lazy(
    rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?P<s>{_STATE_NAMES}|{_STATE_ABBREVIATIONS}|D\.C\.)"
    r"(?= (?!and\b|or\b)[a-z]+\b)"
)
# "Washington D.C." and "Portland Ore.": the comma between city and state is missing.
_NO_COMMA = lazy(rf"\b(?P<city>[A-Z][a-z]+) (?=(?:D\.C\.|{_STATE_ABBREVIATIONS})(?:\W|$))")


class DateStateCommas(Rule):
    id = "NL417"
    scope = PARAGRAPH
    name = "ap-comma-date-state"
    category = "ap_style"
    severity = "warning"
    message = "A comma belongs here."
    docs = """
    AP Stylebook, "dates" and "state names": a year after a month and day, and a state
    after a city, are set off by commas on both sides ("Feb. 14, 2024, was the target
    date"; "Detroit, Michigan, is"), and a city takes a comma before its state or D.C.
    ("Washington, D.C."). The rule flags the missing comma after the year of a date that
    opens a sentence ("On March 5, 2024 the board voted"), after a state when a
    lowercase word follows, and the missing comma between a city and "D.C." or an
    AP state abbreviation. Chicago (6.38, 6.17) agrees.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "The office has staff in Austin and [[Washington=>Washington,]] D.C.",
            fixed="The office has staff in Austin and Washington, D.C.",
        ),
        "On March 5, [[2024=>2024,]] the board voted.",
        "A jury in Detroit, [[Michigan=>Michigan,]] convicted him.",
    )
    good = (
        "The office has staff in Washington, D.C.",
        "On March 5, 2024, the board voted.",
        "From March 5, 2024 to June 1, 2024 the rule applied.",
        "Sentencing is set for Nov. 8, 2016 at 3 p.m.",
        "Washington D.C., July 26, 2024 — The agency said.",
        "A jury in Detroit, Michigan, convicted him.",
        "Toledo, Ohio, and Detroit, Michigan, are close.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for m in _DATE_YEAR().finditer(text) if _month_starts(text) else ():
            start, end = m.span("y")
            yield Finding(start, end, "Set the year off with a comma.", (m.group("y") + ",",))
        if ", " in text:
            for m in _CITY_STATE().finditer(text):
                start, end = m.span("s")
                fix = m.group("s") + ","
                yield Finding(start, end, "Set the state off with a comma.", (fix,))
        if "." in text:
            for m in _NO_COMMA().finditer(text):
                city = m.group("city")
                if text[: m.start()].rstrip(" \t").endswith("\n") or m.start() == 0:
                    continue  # a dateline ("WASHINGTON D.C., July 26 —") keeps its own form
                if city in ("The", "In", "At", "Of", "And", "From", "To", "For"):
                    continue
                yield Finding(
                    m.start("city"),
                    m.end("city"),
                    "Put a comma between the city and the state.",
                    (city + ",",),
                )


def _month_starts(text: str) -> list[int]:
    found = []
    for name in ("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "January", "February",
                 "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"):  # fmt: skip
        found.extend(find_all(text, name + " "))
    return sorted(set(found))
