"""U.S., a.m. and p.m., state names and postal codes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .common import digit_runs, find_all, lazy, matches_at

# "US", "UK" and the half-dotted "U.S"; not a currency code ("US$55 billion", "UK£").
_US = lazy(r"(?<![\w.&/$-])(?P<c>US|UK|U\.S(?!\.)|U\.K(?!\.))(?![\w/&$£€-]|\.\w)")
# "US Airways" and "US Foods" are company names written that way.
_US_NAMES = lazy(r"\s(?:Airways|Foods|Cellular|Weekly|Soccer)\b")


class USPeriods(Rule):
    id = "NL402"
    scope = PARAGRAPH
    name = "us-with-periods"
    category = "ap_style"
    severity = "warning"
    message = "AP style writes 'U.S.' and 'U.K.' with periods in text."
    docs = """
    AP Stylebook, "U.S." and "U.K.": the abbreviations take periods in text ("U.S.
    District Judge", "the U.K. digital service"); headlines use "US" and "UK" without
    periods, a currency code keeps its form ("US$55 billion"), so headings (and,
    in plain text, one-line paragraphs without a closing stop) are left alone, as are
    lines in capitals and company names such as US Airways. Chicago (10.33) prefers
    "US", so the rule is off under --style chicago.
    Quotations are left alone: a quote's words keep their form (AP "quotations").
    """
    bad = (
        Example(
            "She is a [[US=>U.S.]] District Judge in Ohio.",
            fixed="She is a U.S. District Judge in Ohio.",
        ),
        "The [[US=>U.S.]] Courts released the report.",
        "The [[UK=>U.K.]] digital service visited Washington.",
    )
    good = (
        "She is a U.S. District Judge in Ohio.",
        "Judges Rule for US\n\nThe court ruled.",
        "She flew US Airways to Ohio.",
        "The deal is worth US$55 billion.",
        Example("She is a US judge.", style="chicago"),
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.style == "chicago":
            return
        text = doc.text
        for m in matches_at(_US, text, find_all(text, "US", "U.S", "UK", "U.K")):
            heads = ctx.analysis.headlines
            if heads.contains(m.start(), m.end()) or _US_NAMES().match(text, m.end()):
                continue
            around = doc.text[max(0, m.start() - 12) : m.end() + 12]
            letters = [c for c in around if c.isalpha()]
            if sum(c.isupper() for c in letters) > len(letters) * 0.8 and len(letters) > 6:
                continue  # a line in capitals
            fix = "U.S." if m.group("c") in ("US", "U.S") else "U.K."
            yield Finding(m.start(), m.end(), self.message, (fix,))


_CLOCK = lazy(
    r"\b(?P<h>\d{1,2})(?P<m>:\d\d)?(?P<sp>\s*)(?P<ap>[ap])\.?\s?m\b\.?(?!\w)", re.IGNORECASE
)
_NOON = lazy(r"\b12(?::00)?\s+(?P<w>noon|midnight)\b", re.IGNORECASE)


class Clock(Rule):
    id = "NL403"
    scope = PARAGRAPH
    name = "ap-time-of-day"
    category = "ap_style"
    severity = "warning"
    message = "AP style for times of day."
    template = "AP style for times: '{fix}'."
    docs = """
    AP Stylebook, "a.m., p.m." and "time of day": lowercase with periods and a space
    after the figure ("10 a.m.", "3:30 p.m."), no ":00" on the hour, and "noon" and
    "midnight" rather than "12 noon". Chicago (10.41) also writes a.m. and p.m. in
    lowercase with periods but allows ":00", so under --style chicago only the form of
    a.m./p.m. is checked.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "The hearing starts at [[10AM=>10 a.m.]] Monday.",
            fixed="The hearing starts at 10 a.m. Monday.",
        ),
        "The polls close at [[8:00 p.m.=>8 p.m.]]",
        "Doors open at [[7 PM.=>7 p.m.]]",
        "Lunch is at [[12 noon=>noon]].",
    )
    good = (
        "The hearing starts at 10 a.m. Monday.",
        "The polls close at 8:30 p.m.",
        Example("The polls close at 8:00 p.m.", style="chicago"),
        "She works on AM radio.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for m in matches_at(_CLOCK, text, digit_runs(doc, ctx)):
            minutes = m.group("m") or ""
            if minutes == ":00" and ctx.style != "chicago":
                minutes = ""
            fix = f"{m.group('h')}{minutes} {m.group('ap').lower()}.m."
            found = m.group()
            if found == fix:
                continue
            # a sentence that ends on "p.m." keeps one period: the match took it
            yield Finding(m.start(), m.end(), self.template.format(fix=fix), (fix,))
        if ctx.style == "chicago":
            return
        for m in matches_at(_NOON, text, find_all(text, "12")):
            fix = m.group("w").lower()
            yield Finding(m.start(), m.end(), self.template.format(fix=fix), (fix,))


# State: (AP abbreviation or None where AP never abbreviates, postal code)
STATES: dict[str, tuple[str | None, str]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": (None, "AK"),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": (None, "HI"),
    "Idaho": (None, "ID"),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": (None, "IA"),
    "Kansas": ("Kan.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": (None, "ME"),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "ND"),
    "Ohio": (None, "OH"),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "OR"),
    "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": (None, "TX"),
    "Utah": (None, "UT"),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "Washington": ("Wash.", "WA"),
    "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}
BY_POSTAL = {postal: name for name, (_, postal) in STATES.items()}
BY_AP = {ap: name for name, (ap, _) in STATES.items() if ap}
_CITY = r"[A-Z][a-z]+(?:[ .-][A-Z][a-z]+){0,2}"
# "Detroit, MI" / "Detroit, MI 48226": a postal code after a city.
_POSTAL = lazy(rf"\b{_CITY}, (?P<code>{'|'.join(BY_POSTAL)})(?=[\s,.;:)]|$)(?!\s+\d{{5}})")
# Two capitals after a comma: _POSTAL is run only if one of them is a postal code.
_COMMA_CODE = lazy(r", ([A-Z]{2})(?=[\s,.;:)]|$)")
# A dateline: "DETROIT, Michigan —" or "DETROIT, MI —" at the start of a paragraph:
# capitals, a comma, a state (name, AP abbreviation or postal code), a dash or "(AP)".
_DATELINE_HEAD = lazy(r"[A-Z][A-Z .'-]+, ")
_NEXT_LINE_HEAD = lazy(r"\n[A-Z][A-Z .'-]+, ")
_DATELINE_TAIL = ("(", "—", "–", "-")  # after the state, with or without a space
# No form is the start of another, so at most one of them fits at a place.
_STATE_FORMS = frozenset([*STATES, *BY_AP, *BY_POSTAL])
_FORM_LENGTHS = sorted({len(form) for form in _STATE_FORMS})


def _dateline_state(text: str, line_start: int) -> tuple[int, int] | None:
    """Where the state is, if a dateline starts the line at ``line_start``."""
    head = _DATELINE_HEAD().match(text, line_start)
    if head is None:
        return None
    start = head.end()
    for length in _FORM_LENGTHS:
        end = start + length
        if text[start:end] in _STATE_FORMS:
            after = text[end + 1 : end + 2] if text[end : end + 1] == " " else text[end : end + 1]
            if after in _DATELINE_TAIL:
                return start, end
    return None


def _datelines(text: str) -> Iterator[tuple[int, int]]:
    for line_start in (0, *(m.start() + 1 for m in _NEXT_LINE_HEAD().finditer(text))):
        state = _dateline_state(text, line_start)
        if state is not None:
            yield state


def _is_dateline(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _dateline_state(text, line_start) is not None and text[line_start:start].isupper()


# Copy about barristers: "SC" after a name is Senior Counsel (Ireland, Australia...).
_BARRISTERS = lazy(r"\b(?:Senior Counsel|[Bb]arristers?|QC|KC|SC,? (?:said|told|for|appearing))\b")


class StatePostalCodes(Rule):
    id = "NL404"
    scope = PARAGRAPH
    name = "ap-state-postal-codes"
    category = "ap_style"
    severity = "warning"
    message = "AP style does not use postal codes in text or datelines."
    template = "AP style does not use postal codes in text: '{fix}'."
    docs = """
    AP Stylebook, "state names": postal codes (MI, PA) are only for full addresses with
    a ZIP code. After a city in running text spell the state out ("Detroit,
    Michigan"); in a dateline use the AP abbreviation ("DETROIT, Mich. —"), and spell
    out the eight states AP never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine,
    Ohio, Texas, Utah). A dateline that spells out a state AP abbreviates is flagged
    too. Chicago (10.27) also spells states out in running text, so the rule applies
    in both styles. In copy about barristers (Senior Counsel, QC, KC), "SC" after a name
    is the rank Senior Counsel and is left alone.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "A jury in Detroit, [[MI=>Michigan]] convicted him.",
            fixed="A jury in Detroit, Michigan convicted him.",
        ),
        "ELMHURST, [[Illinois=>Ill.]] — A real estate firm agreed to pay.",
    )
    good = (
        "A jury in Detroit, Michigan, convicted him.",
        "ELMHURST, Ill. — A firm agreed.",
        "Send it to 1 Main St., Detroit, MI 48226.",
        "DALLAS, Texas — The firm agreed.",
        "The barrister Jane Roe, SC appeared for the state.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        postal_seen = set()
        if any(m.group(1) in BY_POSTAL for m in _COMMA_CODE().finditer(text)):
            barristers = _BARRISTERS().search(text) is not None
            for m in _POSTAL().finditer(text):
                if barristers and m.group("code") == "SC":
                    continue  # "Jane Roe, SC": Senior Counsel, not South Carolina
                postal_seen.add(m.start("code"))
                name = BY_POSTAL[m.group("code")]
                dateline = _is_dateline(text, m.start("code"))
                fix = (STATES[name][0] or name) if dateline else name
                yield Finding(m.start("code"), m.end("code"), self.template.format(fix=fix), (fix,))
        for start, end in _datelines(text):
            state = text[start:end]
            if state in BY_POSTAL and start not in postal_seen:
                name = BY_POSTAL[state]
                fix = STATES[name][0] or name
                yield Finding(start, end, self.template.format(fix=fix), (fix,))
            elif state in STATES and STATES[state][0]:
                fix = STATES[state][0] or state
                yield Finding(start, end, f"AP datelines abbreviate the state: '{fix}'.", (fix,))
