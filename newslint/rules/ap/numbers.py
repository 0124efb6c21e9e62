"""Numbers: figures and words (AP "numerals"; Chicago 9.2), and a/an before figures."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.analysis import Analysis
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

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """Words for 0-100, hyphenated as AP and Chicago write them ("twenty-five")."""
    if n < 20:
        return ONES[n]
    if n == 100:
        return "one hundred"
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("-" + ONES[ones] if ones else "")


WORD_VALUES = {spell(n): n for n in range(10, 100)}

# Figures are kept before these (AP's exceptions: measures, money, ages, percentages...).
UNITS = frozenset(
    [
        "percent",
        "percentage",
        "%",
        "million",
        "billion",
        "trillion",
        "feet",
        "foot",
        "ft",
        "inches",
        "inch",
        "in",
        "yards",
        "yard",
        "yd",
        "miles",
        "mile",
        "mi",
        "mph",
        "meters",
        "meter",
        "m",
        "km",
        "kilometers",
        "kilometer",
        "centimeters",
        "cm",
        "millimeters",
        "mm",
        "pounds",
        "pound",
        "lb",
        "lbs",
        "ounces",
        "ounce",
        "oz",
        "tons",
        "ton",
        "tonnes",
        "gallons",
        "gallon",
        "liters",
        "degrees",
        "degree",
        "cents",
        "cent",
        "acres",
        "acre",
        "times",
        "points",
        "votes",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "decades",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "x",
        "by",
        "to",
        "of",
        "out",
        "stars",
        "star",
    ]
)
# Figures are kept after these labels ("No. 3", "page 5", "Count 2", "age 7").
LABELS = frozenset(
    [
        "no",
        "no.",
        "nos.",
        "number",
        "page",
        "pages",
        "p.",
        "pp.",
        "age",
        "aged",
        "ages",
        "grade",
        "room",
        "suite",
        "route",
        "district",
        "ward",
        "precinct",
        "chapter",
        "section",
        "sec.",
        "title",
        "article",
        "rule",
        "count",
        "counts",
        "exhibit",
        "item",
        "step",
        "phase",
        "level",
        "type",
        "category",
        "class",
        "stage",
        "tier",
        "unit",
        "floor",
        "channel",
        "gate",
        "terminal",
        "flight",
        "vol.",
        "volume",
        "part",
        "schedule",
        "form",
        "line",
        "lane",
        "track",
        "question",
        "figure",
        "table",
        "appendix",
        "season",
        "episode",
        "round",
        "game",
        "week",
        "act",
        "scene",
        "verse",
        "version",
        "model",
        "size",
        "score",
        "vote",
        "votes",
        "interstate",
        "highway",
        "platform",
        "box",
        "pier",
    ]
)
_DIGIT = lazy(r"(?<![\w.,$#/:+§-])(?P<n>\d{1,3})(?![\d\w%:/]|[.,]\d)")
_NEXT_WORD = lazy(r"\s*(?:[-–—]\s*)?(?P<w>[A-Za-z.%]+|\d)")
TIME_UNITS = frozenset(["years", "year", "months", "month", "weeks", "week", "days", "day"])
# A table row or a list of figures: "1, 2 and 3", "3  7  12", "| 4 |".
_FIGURE_LIST = lazy(
    r"\d\s*(?:,|and|or|&|\||\t| {2,}|–|—)\s*$|^\s*(?:,|and|or|&|\||\t| {2,}|–|—)\s*\d"
)
_ADDRESS_NEXT = lazy(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:St|Ave|Blvd|Rd|Road|Street|Avenue|Boulevard"
    r"|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Circle|Square)\b"
)
_SPACE_CAPITAL = lazy(r"\s+[A-Z]")
_PREV_WORD = lazy(r"(?P<w>[A-Za-z.]+)\s*$")
_CITATION_NEXT = lazy(
    r"\s+(?:U\.S\.C|USC\b|U\.S\.C|C\.F\.R|CFR\b|U\.S\.|F\.|S\. ?Ct|L\. ?Ed|Stat\.)"
)


class SpellOutSmallNumbers(Rule):
    id = "NL406"
    scope = PARAGRAPH
    name = "ap-spell-out-small-numbers"
    category = "ap_style"
    severity = "warning"
    message = "Spell out numbers under 10."
    template = "Spell out numbers under 10: '{fix}'."
    docs = """
    AP Stylebook, "numerals": spell out one through nine, use figures for 10 and up.
    Figures stay for AP's exceptions: ages, percentages, money, measures and
    dimensions, times, dates, addresses, scores and votes, and labels ("No. 3", "Count
    2", "page 5", "Title 8"); figures in citations, enumerations "(1)" and headlines
    (AP headlines use figures) are left alone, as are scores ("lost 1 – 2"), tables and
    lists of figures ("1, 2 and 3"), and periods of time ("5 years"), which court and
    government copy writes in figures (spelling them out raised false alarms on
    published releases). Under --style chicago the rule spells out
    through one hundred (Chicago 9.2).
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "Judges heard arguments at [[3=>three]] law schools.",
            fixed="Judges heard arguments at three law schools.",
        ),
        "Filings have increased [[3=>three]]-fold.",
        "The budget survived [[2=>two]] government shutdowns.",
        Example("The court heard [[25=>twenty-five]] cases.", style="chicago"),
    )
    good = (
        "Judges heard arguments at three law schools.",
        "The boy, 7, was unhurt.",
        "The fine was $5 million.",
        "He faces Count 3 of the indictment.",
        "A 5-year-old girl was hurt.",
        "The vote was 5-4.",
        "It grew 5% last year.",
        "under 8 U.S.C. 1373",
        "The court heard 25 cases.",
        "He was sentenced to 5 years.",
        "The team lost 1 – 2 on Sunday.",
        "Winning numbers were 3, 7 and 12.",
        "Court Resumes with 4 New Fellows\n\nThe court said.",
        "The agency said so [2] and the court agreed [3].",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        limit = 100 if ctx.style == "chicago" else 9
        a = ctx.analysis
        for m in matches_at(_DIGIT, text, digit_runs(doc, ctx)):
            n = int(m.group("n"))
            if not 1 <= n <= limit or m.group("n").startswith("0"):
                continue
            start, end = m.span("n")
            if a.headlines.contains(start, end) or in_legal(doc, ctx, start, end):
                continue
            if _kept(a, start, end):
                continue
            fix = spell(n)
            if opens_sentence(a, start):
                fix = fix.capitalize()
            yield Finding(start, end, self.template.format(fix=fix), (fix,))


def _kept(a: Analysis, start: int, end: int) -> bool:
    """AP's exceptions, read from the words around the figure."""
    text = a.text
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    if before.endswith("(") or after.startswith((")", ".", "th", "st", "nd", "rd")):
        return True  # enumeration "(1)", ordinals, a decimal or a sentence-final figure
    if before.endswith("[") and after.startswith("]"):
        return True  # a footnote or a Markdown link label: "[1]", "[goals][2]"
    if _FIGURE_LIST().search(before[-6:]) or _FIGURE_LIST().search(after[:6]):
        return True  # a list of figures or a table row: "1, 2 and 3", "| 4 |"
    if "\t" in text[text.rfind("\n", 0, start) + 1 : start] or "|" in before[-3:]:
        return True  # a table
    if before.endswith(", ") and after.startswith(","):
        return True  # an age after a name: "the boy, 7, was"
    nxt = _NEXT_WORD().match(after)
    if nxt:
        word = nxt.group("w").lower()
        if word not in ("a.m.", "p.m.", "no."):
            word = word.rstrip(".")
        hyphen = after.lstrip().startswith("-")
        if word[:1].isdigit():
            return True  # 5-4, 3 1/2
        if word in UNITS and not (hyphen and word in TIME_UNITS and "-old" not in after[:12]):
            return True
        if hyphen and re.match(r"-?\s*(?:year|month|week|day)s?-old", after.lstrip()):
            return True
    prev = _PREV_WORD().search(before)
    if prev:
        word = prev.group("w")
        if word.lower() in LABELS or word.lower().rstrip(".") in LABELS:
            return True
        at_start = opens_sentence(a, start - len(before) + prev.start("w"))
        if word[:1].isupper() and not at_start and word.lower() not in ("a", "an", "the"):
            return True  # a capitalized label: "Title 8", "Apollo 11", "Jan. 5"
    if before.rstrip().endswith(("$", "§", "#", "No.")):
        return True
    if ", " in before[-2:] and re.search(r"\b[A-Z][a-z]+, $", before) is not None:
        return True
    # Citations and street addresses last, and only before a capital: their patterns cost
    # the most to compile.
    if not _SPACE_CAPITAL().match(text, end):
        return False
    return bool(_CITATION_NEXT().match(after) or _ADDRESS_NEXT().match(text, end))


# Number words from ten up are found by looking for the words themselves (no word is the
# start of another); the patterns check what follows: "twenty-five" is one number,
# "twenty-something", "twenty thousand" are left alone.
_TENS = tuple(TENS[2:])
_TEENS = tuple(ONES[10:])
_NUMBER_WORDS = (*_TENS, *_TEENS)
_WORD_END = r"\b(?!-)(?!\s+(?:hundred|thousand)\b)"
_AFTER_TENS = lazy(r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?" + _WORD_END)
_AFTER_TEENS = lazy(_WORD_END)


def _number_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of "ten" to "ninety-nine" written as words (lowercase, whole words)."""
    end = 0
    for start in find_all(text, *_NUMBER_WORDS):
        before = text[start - 1 : start]
        if start < end or before.isalnum() or before == "_":
            continue
        word = next(w for w in _NUMBER_WORDS if text.startswith(w, start))
        after = _AFTER_TENS if word in _TENS else _AFTER_TEENS
        m = after().match(text, start + len(word))
        if m is not None:
            end = m.end()
            yield start, end


class FiguresForTenAndUp(Rule):
    id = "NL407"
    scope = PARAGRAPH
    name = "ap-figures-ten-and-up"
    category = "ap_style"
    severity = "warning"
    message = "AP style uses figures for 10 and above."
    template = "AP style uses figures for 10 and above: '{fix}'."
    docs = """
    AP Stylebook, "numerals": use figures for 10 and above ("nearly 20 years"). Left
    alone: a number that starts a sentence (AP spells it out there), capitalized names
    ("Big Ten"), a number in a compound ("twenty-something"), and "one in ten" style
    casual uses. Chicago (9.2) spells out through one hundred, so the rule is off under
    --style chicago.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "For nearly [[twenty=>20]] years the court met there.",
            fixed="For nearly 20 years the court met there.",
        ),
        "The jury heard from [[fifteen=>15]] witnesses.",
    )
    good = (
        "For nearly 20 years the court met there.",
        "Twenty people testified.",
        "The Big Ten school won.",
        "About one in ten voters stayed home.",
        Example("For nearly twenty years the court met there.", style="chicago"),
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.style == "chicago":
            return
        text = doc.text
        for start, end in _number_words(text):
            if text[start:end][:1].isupper() or opens_sentence(ctx.analysis, start):
                continue
            if in_legal(doc, ctx, start, end):
                continue
            if re.search(r"\bin\s+$", text[max(0, start - 5) : start]) and re.search(
                r"\bone\s+in\s+$", text[max(0, start - 12) : start]
            ):
                continue
            fix = str(WORD_VALUES[text[start:end].lower()])
            yield Finding(start, end, self.template.format(fix=fix), (fix,))


# "a" or "an" as a word: (?<!\w[Aa]) after the letter is the word boundary before it,
# placed there so that re can jump from one "a" to the next instead of trying every position.
# One scan finds both kinds: a match of one never starts inside a match of the other.
# (Two lookaheads after the acronym: a class with "’" in it costs much more to compile.)
_ARTICLE_NEXT = lazy(
    r"(?P<a>[Aa](?<!\w[Aa])n?)\s+(?:(?P<n>\$?\d[\d,]*)|(?P<x>[A-Z]{2,6}s?)\b(?![a-z'])(?!’))"
)
# Acronyms said as words: the article follows the word's first sound ("a NASA probe").
WORD_ACRONYMS = frozenset(
    [
        "NASA",
        "NATO",
        "NAFTA",
        "NASCAR",
        "FEMA",
        "HUD",
        "SWAT",
        "RICO",
        "FOIA",
        "FICA",
        "HIPAA",
        "LASIK",
        "SARS",
        "MERS",
        "NIMBY",
        "MADD",
        "NORAD",
        "LIBOR",
        "SNAP",
        "SAT",
        "SIM",
        "RAM",
        "ROM",
        "NOW",
        "MASH",
        "NAACP",
        "SEAL",
        "SEALS",
        "HAMAS",
        "FAFSA",
        "MOMA",
        "LAN",
        "LED",
        "SUNY",
    ]
)
VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")


def _figure_takes_an(figure: str) -> bool:
    digits = figure.lstrip("$").replace(",", "")
    if not digits:
        return False
    if digits.startswith("8"):
        return True  # eight, eighty, 800, 8,000
    groups = figure.lstrip("$").split(",")
    lead = groups[0]
    return lead in ("11", "18") or (len(lead) == 4 and lead.startswith(("11", "18")))


class ArticleBeforeFiguresAndAcronyms(Rule):
    id = "NL408"
    scope = PARAGRAPH
    name = "a-an-figures-acronyms"
    category = "ap_style"
    severity = "warning"
    message = "Use a or an by the sound of the figure or acronym that follows."
    template = "Use '{fix}' before '{word}': the article follows the sound."
    docs = """
    AP Stylebook, "a, an": the article follows the sound of the next word, so a figure
    or an acronym is read aloud first: "an 8-year-old", "an 11-point lead", "an $80
    million budget", "an FBI agent", "an SEC filing", "a UN vote". Acronyms said as
    words take the article of that word ("a NASA probe", "a RICO case"); the rule knows
    the common ones and otherwise assumes a short acronym is spelled out letter by
    letter. Chicago (5.73) gives the same rule.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example("[[A=>An]] FBI agent testified.", fixed="An FBI agent testified."),
        "She filed [[a=>an]] SEC complaint.",
        "He is [[a=>an]] 8-year-old boy.",
        "The state faces [[an=>a]] $9 million gap.",
        "It was [[an=>a]] DOJ inquiry.",
    )
    good = (
        "An FBI agent testified.",
        "He is an 8-year-old boy.",
        "It was a NASA probe.",
        "a UN vote",
        "a 10-point lead",
        "an 18-month term",
        "a RICO case",
        "an 1880s house",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        figures: list[re.Match[str]] = []
        acronyms: list[re.Match[str]] = []
        for m in _ARTICLE_NEXT().finditer(doc.text):
            (figures if m.group("n") else acronyms).append(m)
        for m in figures:
            wants_an = _figure_takes_an(m.group("n"))
            yield from self._judge(m, wants_an, m.group("n"))
        for m in acronyms:
            acronym = (
                m.group("x").rstrip("s")
                if m.group("x").endswith("s") and len(m.group("x")) > 2
                else m.group("x")
            )
            if acronym in WORD_ACRONYMS or not acronym.isupper():
                continue
            first = acronym[0]
            if first in "AEIO":
                wants_an = True
            elif first == "U":
                wants_an = False
            elif first in VOWEL_SOUND_LETTERS:
                # said letter by letter only when it cannot be said as a word
                if len(acronym) > 3 and any(c in "AEIOU" for c in acronym[1:]):
                    continue
                wants_an = True
            else:
                wants_an = False
            yield from self._judge(m, wants_an, m.group("x"))

    def _judge(self, m: re.Match[str], wants_an: bool, word: str) -> Iterator[Finding]:
        article = m.group("a")
        has_an = article.lower() == "an"
        if has_an == wants_an:
            return
        fix = "an" if wants_an else "a"
        if article[0].isupper():
            fix = fix.capitalize()
        yield Finding(m.start("a"), m.end("a"), self.template.format(fix=fix, word=word), (fix,))
