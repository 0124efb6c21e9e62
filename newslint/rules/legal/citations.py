"""Statute, regulation and case citations as news copy writes them.

Recognised: "8 U.S.C. 1373", "8 U.S.C. § 1373", "8 USC 1373", "8 U.S.C 1373",
"18 U.S.C. §§ 641-42", "17 C.F.R. Sec. 240.10b-5", "Title 8, Section 1373 of the
U.S. Code", "Section 1373 of Title 8 of the U.S. Code", "Pub. L. No. 115-97",
"94 Stat. 1994", "561 U.S. 358" and case names ("Skilling v. United States").
eyecite needs a section sign and citeurl misses "8 U.S.C 1373"; measured on the
development corpus, they saw the citation around 2 and 12 of its 26 citation errors
(and cost 0.6 s and 0.9 s to load), so this recogniser is newslint's own: a few
regular expressions, compiled on first use.

The scanner returns typed facts (``Citations``: code citations with their title, code,
section mark and section as written; citations in words; public laws; Statutes at
Large; reporters; bare section signs; case names), the same whatever the house style.
Each citation rule (``citation_malformed.py`` NL311 ... ``case_name_versus.py`` NL321)
reads them from ``ctx.analysis.citations``, decides and words its own finding.
"""

from __future__ import annotations

import re
from functools import cached_property

from newslint.rules.legal.common import Fact, LazyPattern, Prose, sentence_bounds

USC_TITLES = 54  # Title 54 (National Park Service) is the last
CFR_TITLES = 50


_S = " "  # scanners read flatten(text): every space is a plain one
_CODE_HINTS = ("USC", "U.S.C", "U. S. C", "U.S. C", "U.SC", "CFR", "C.F.R", "C. F. R", "C.F. R")
# What a line must hold for a code citation to be in it: U.S.C's "S" and "C", or C.F.R's
# "C" and "F", however spaced.
_CODE_LETTERS = ("SC", "S.C", "S C", "S. C", "CF", "C.F", "C F", "C. F")
# A section number: 1373, 408(a)(4), 240.10b-5, 78j(b), 2000e-2
_SECTION = r"\d+[A-Za-z]*(?:[.\-–:]\d+[A-Za-z]*)*(?:\([A-Za-z0-9]+\))*"
_CODE_NEXT = r"(?!\s*(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R|Stat\b|U\.S\.))"
# Here and in _REPORTER the look back before the first number is written after its
# first digit ("\d(?<!x\d)" for "(?<!x)\d", the same matches): a pattern that starts
# with a digit lets re skip straight to the next digit instead of trying every position.
_CITATION = LazyPattern(
    rf"(?P<title>\d(?<![\w.§-]\d)\d{{0,3}}){_S}+"
    rf"(?P<code>U\.?{_S}?S\.?{_S}?C\.?(?:{_S}?A\.)?|C\.?{_S}?F\.?{_S}?R\.?)"
    rf"(?P<gap1>{_S}*)(?P<mark>§§?|Secs?\.?(?![a-z])|[Ss]ections?)?(?P<gap2>{_S}*)"
    rf"(?P<section>{_SECTION})(?![\w§])"
    # Further sections of the same title: ", 1343", " - 42", " and 1341", "(1982)"
    rf"(?P<more>(?:{_S}*(?:,|-|–|and|&|through|to){_S}*(?:§{_S}*)?{_SECTION}(?![\w(])"
    rf"{_CODE_NEXT})*)"
)
_PROSE_TITLE_FIRST = LazyPattern(
    rf"\bTitle{_S}+(?P<title>\d{{1,4}}),?{_S}+(?:Section|§){_S}*(?P<section>{_SECTION}),?{_S}+"
    rf"of{_S}+the{_S}+(?:U\.S\.|United{_S}+States){_S}+Code\b"
)
_PROSE_SECTION_FIRST = LazyPattern(
    rf"\b(?:Section|§){_S}*(?P<section>{_SECTION}){_S}+of{_S}+Title{_S}+(?P<title>\d{{1,4}})"
    rf"(?P<code>,?{_S}+of{_S}+the{_S}+(?:U\.S\.|United{_S}+States){_S}+Code\b)?"
)
_PROSE_TITLE_OF_CODE = LazyPattern(
    rf"\bTitle{_S}+(?P<title>\d{{1,4}}){_S}+of{_S}+the{_S}+(?:U\.S\.|United{_S}+States){_S}+Code\b"
)
# DOJ releases: "Title 18, United States Code, Section 1343"
_PROSE_TITLE_CODE_SECTION = LazyPattern(
    rf"\bTitle{_S}+(?P<title>\d{{1,4}}),?{_S}+(?:of{_S}+the{_S}+)?(?:U\.S\.|United{_S}+States)"
    rf"{_S}+Code,?{_S}+(?:Sections?|§§?){_S}*(?P<section>{_SECTION})"
)
# Cornell's form: "18 U.S. Code § 1343"
_US_CODE_FORM = LazyPattern(
    rf"(?<![\w.§-])(?P<title>\d{{1,4}}){_S}+(?:U\.S\.|United{_S}+States){_S}+Code"
    rf"(?:{_S}+(?:§§?|Sections?))?{_S}+(?P<section>{_SECTION})"
)
_PUBLIC_LAW = LazyPattern(
    rf"\b(?P<pl>Pub\.?{_S}?L\.?(?= |\d)|Public{_S}+Law|P\.{_S}?L\.)(?P<no>{_S}*No\.)?{_S}*"
    r"(?P<congress>\d{1,3})[-–](?P<number>\d{1,4})\b"
)
_STATUTES_AT_LARGE = LazyPattern(
    rf"\b(?P<volume>\d{{1,3}}){_S}+(?P<stat>Stat\b\.?){_S}+(?P<page>\d{{1,5}})\b"
)
_REPORTER = LazyPattern(
    rf"(?P<volume>\d(?<!\w\d)\d{{0,3}}){_S}+(?P<reporter>U\.?{_S}?S\.?|S\.?{_S}?Ct\.?|"
    rf"F\.?{_S}?(?:2d|3d|4th)|F\.?{_S}?Supp\.?(?:{_S}?(?:2d|3d))?|L\.?{_S}?Ed\.?(?:{_S}?2d)?)"
    rf"{_S}+(?P<page>\d{{1,5}})\b"
)
_BARE_SECTION_SIGN = LazyPattern(r"(?P<sign>§§?)(?=\d)")
_SEC_WITHOUT_PERIOD = LazyPattern(rf"\b(?P<sec>Secs?)(?={_S}+\d)")

# Case names
_VERSUS = LazyPattern(r"(?<=[\w.’',)])[ ]+(?P<v>vs\.|vs\b|versus\b|v\.|v\b)[ ]+(?=[A-Z])")
_PARTY_WORD = r"(?:[A-Z][\w'’.&-]*|of|the|and|de|del|la|ex|rel\.|&)"
_PARTY_BEFORE = LazyPattern(
    rf"(?P<party>[A-Z][\w'’.&-]*(?:[ ]+{_PARTY_WORD})*?)"
    r"(?P<role>,[ ]*(?:Appellees?|Appellants?|Petitioners?|Respondents?|Plaintiffs?|Defendants?)"
    r"(?:-[A-Z][a-z]+)?,?)?$"
)
_PARTY_AFTER = LazyPattern(rf"(?P<party>[A-Z][\w'’.&-]*(?:[ ]+{_PARTY_WORD})*)")
_GOVERNMENT = LazyPattern(
    r"\b(?:United States|America|U\.S\.|State|People|Commonwealth|Government|City|County|Town"
    r"|Township|Board|Department|Dept\.|Commission|Commissioner|Secretary|Attorney General"
    r"|Inc\.?|Corp\.?|Co\.|Company|LLC|L\.L\.C\.|Ltd\.?|N\.A\.|et al\.?|ex rel\.|Estate|Trust"
    r"|University|School District|Authority|Agency|Bank|Enterprises|Industries|Association"
    r"|Corporation|Partners|Holdings|Group|Services|Systems|Union|Council|Party|Federation)\b"
)
_CITE_AFTER = LazyPattern(
    r"(?:[\w\s.,'’&-]{0,60}?,\s*\d+\s+(?:U\.?\s?S\.?|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th|Supp)|L\.\s?Ed)"
    r"|,?\s*\(\d{4}\)|,\s*No\.\s?\d)"
)
_LEGAL_WORDS = LazyPattern(
    r"(?i)\b(?:court|courts|ruling|ruled|rules|case|cases|decision|decided|justices?|overturn\w*"
    r"|precedent|lawsuit|suit|sued|appeal\w*|judge|opinion|landmark|argued|plaintiffs?"
    r"|defendants?|verdict|dissent\w*|litigation|petition\w*|upheld|uphold)\b"
)
_SPORTS_WORDS = LazyPattern(
    r"(?i)\b(?:game|games|match|matchup|bout|fight|season|score|scored|playoffs?|tournament"
    r"|league|championship|series|vote|poll|polls|election|race|debate|rivalry)\b"
)


# --------------------------------------------------------------------------
# The facts
# --------------------------------------------------------------------------
Span = tuple[int, int]


class CodeCitation(Fact):
    """ "8 U.S.C. § 1373", "17 C.F.R. Sec. 240.10b-5", "8 USC 1373": a code citation
    with its parts as written."""

    _fields = (
        "start",
        "end",
        "title",
        "title_end",
        "code",
        "code_span",
        "mark",
        "mark_start",
        "spaced",
        "section",
        "section_end",
        "more",
    )  # the order of the constructor's values
    __slots__ = _fields

    start: int
    end: int
    title: str  # "8"
    title_end: int
    code: str  # "U.S.C.", "USC", "U. S. C.", "C.F.R"...
    code_span: Span
    mark: str  # "§", "§§", "Sec", "Sec.", "Section"; "" without one
    mark_start: int
    spaced: bool  # a space between the mark and the section
    section: str  # "1373", "408(a)(4)"
    section_end: int
    more: str  # further sections of the title: ", 1343", " - 42"

    @property
    def usc(self) -> bool:
        """The U.S. Code (else the Code of Federal Regulations)."""
        return re.sub(r"\s", "", self.code).startswith("U")


class WordCitation(Fact):
    """ "Title 8, Section 1373 of the U.S. Code", "18 U.S. Code § 1343"."""

    _fields = (
        "start",
        "end",
        "title",
        "title_start",
        "title_end",
        "names_code",
    )  # the order of the constructor's values
    __slots__ = _fields

    start: int
    end: int
    title: str
    title_start: int
    title_end: int
    names_code: bool  # the U.S. Code is named ("Section 5 of Title 8" alone may be a state's)


class Numbered(Fact):
    """A citation by volume or number: a public law ("Pub. L. No. 115-97": ``label``
    "Pub. L.", ``number`` the Congress), the Statutes at Large ("94 Stat. 1994": ``label``
    "Stat"), a reporter ("561 U.S. 358": ``label`` "U.S.")."""

    _fields = (
        "start",
        "end",
        "label",
        "label_span",
        "number",
        "number_span",
    )  # the order of the constructor's values
    __slots__ = _fields
    _defaults = ("", (0, 0))

    start: int
    end: int
    label: str  # as written
    label_span: Span
    number: str  # a public law's Congress
    number_span: Span


class Abbreviation(Fact):
    """A section sign glued to its number ("§1983") or "Sec"/"Secs" without a period,
    anywhere in the text."""

    _fields = ("start", "end", "written")  # the order of the constructor's values
    __slots__ = _fields

    start: int
    end: int
    written: str


class CaseName(Fact):
    """ "Skilling vs. United States": two parties and the word between them, where the
    text is about a case."""

    _fields = ("start", "end", "versus", "versus_span")  # the order of the constructor's values
    __slots__ = _fields

    start: int  # the first party
    end: int  # the second party's end
    versus: str  # "v.", "vs.", "versus", "v"
    versus_span: Span


class Citations:
    """What the citation scanner found in one story (``Analysis.citations``)."""

    def __init__(self, text: str) -> None:
        self.text = text  # the flattened text the offsets refer to
        self.spans: list[Span] = []  # every citation and case name, for other engines
        self.codes: list[CodeCitation] = []
        self.in_words: list[WordCitation] = []
        self.public_laws: list[Numbered] = []
        self.statutes: list[Numbered] = []
        self.reporters: list[Numbered] = []
        self.glued_signs: list[Abbreviation] = []  # "§1983"
        self.bare_secs: list[Abbreviation] = []  # "Sec 3"
        self.case_names: list[CaseName] = []

    @cached_property
    def glued_is_house_style(self) -> bool:
        """The U.S. Reports write "42 U. S. C. §1983": a document that mostly glues the
        sign to its number follows that convention; a lone slip among spaced signs does not."""
        text = self.text
        glued = len(_BARE_SECTION_SIGN.findall(text))
        spaced = len(re.findall(r"§§? +\d", text))
        reports_style = "U. S. " in text and re.search(r"\bU\. S\. (?:C\.|\d)", text) is not None
        return glued > spaced and (glued >= 2 or reports_style)


# --------------------------------------------------------------------------
# For the rules
# --------------------------------------------------------------------------


def current_congress() -> int:
    import datetime  # only when a public law is cited

    # The 1st Congress met in 1789; each sits two years.
    return (datetime.date.today().year - 1789) // 2 + 1


def transposed(number: str, limit: int) -> list[str]:
    """Numbers within ``limit`` made by swapping two neighbouring digits ("81" -> "18")."""
    out = []
    for i in range(len(number) - 1):
        swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
        if swapped[0] != "0" and 0 < int(swapped) <= limit:
            out.append(swapped)
    return out


def tidy_code(c: CodeCitation) -> str:
    compact = re.sub(r"\s", "", c.code)
    if compact in ("U.S.C.", "C.F.R.", "CFR", "U.S.C.A."):
        return c.code  # keep the document's own accepted form
    return "U.S.C." if compact.startswith("U") else "C.F.R."


def with_mark(c: CodeCitation) -> str:
    sign = "§§" if c.more else "§"
    return f"{c.title} {tidy_code(c)} {sign} {c.section}"


def without_mark(c: CodeCitation) -> str:
    return f"{c.title} {tidy_code(c)} {c.section}"


# --------------------------------------------------------------------------
# The scan
# --------------------------------------------------------------------------


def scan_citations(text: str | Prose) -> Citations:
    """Citations in ``text``. Most patterns run only on the paragraphs that hold the
    words they need (``Prose.finditer``)."""
    prose = text if isinstance(text, Prose) else Prose(text)
    found = Citations(prose.text)
    text = prose.text
    has_digits = any(digit in text for digit in "0123456789")
    # Each pattern is compiled only for a story that has its words.
    if has_digits:
        if any(code in text for code in _CODE_HINTS):
            _code_citations(prose, found)
        _prose_citations(prose, found)
        if "Pub" in text or "Public Law" in text or "P.L." in text or "P. L." in text:
            _public_laws(prose, found)
        _statutes_at_large(prose, found)
        if any(hint in text for hint in (" U.S", " US ", " U. S.", "Ct.", " F.", "Ed.")):
            _reporters(prose, found)
        _section_signs(prose, found)
    if any(word in text for word in (" v. ", " v ", " vs", " versus ")):
        _case_names(prose, found)
    return found


def _code_citations(prose: Prose, found: Citations) -> None:
    # The lines that may hold a code: "U.S.C", "USC", "U. S. C", "C.F.R", "CFR"... A
    # lookahead reads past the end of a citation, so the scan of a line peeks beyond it.
    for m in prose.finditer(_CITATION, _CODE_LETTERS, peek=16):
        code = m.group("code")
        compact = re.sub(r"\s", "", code)
        if not (m.group("gap1") or m.group("mark") or compact.endswith(".")):
            continue  # "USC1373" is not a citation
        found.spans.append((m.start(), m.end()))
        found.codes.append(
            CodeCitation(
                m.start(),
                m.end(),
                m.group("title"),
                m.end("title"),
                code,
                (m.start("code"), m.end("code")),
                m.group("mark") or "",
                m.start("mark"),
                bool(m.group("gap2")),
                m.group("section"),
                m.end("section"),
                m.group("more"),
            )
        )


def _prose_citations(prose: Prose, found: Citations) -> None:
    text = prose.text
    if "Title" not in text and "Section" not in text and " Code" not in text:
        return
    matches: list[tuple[re.Match[str], bool]] = []
    matches.extend((m, True) for m in prose.finditer(_PROSE_TITLE_CODE_SECTION, "Title"))
    matches.extend((m, True) for m in prose.finditer(_US_CODE_FORM, " Code"))
    for m in prose.finditer(_PROSE_TITLE_FIRST, "Title"):
        matches.append((m, True))
    for m in prose.finditer(_PROSE_SECTION_FIRST, "Title"):
        matches.append((m, bool(m.group("code"))))
    for m in prose.finditer(_PROSE_TITLE_OF_CODE, "Title"):
        matches.append((m, True))
    for m, names_code in matches:
        found.spans.append((m.start(), m.end()))
        found.in_words.append(
            WordCitation(
                m.start(), m.end(), m.group("title"), m.start("title"), m.end("title"), names_code
            )
        )


def _public_laws(prose: Prose, found: Citations) -> None:
    if "P" not in prose.text:
        return
    for m in prose.finditer(_PUBLIC_LAW, ("Pub", "P.")):
        found.spans.append((m.start(), m.end()))
        found.public_laws.append(
            Numbered(
                m.start(),
                m.end(),
                m.group("pl"),
                (m.start("pl"), m.end("pl")),
                m.group("congress"),
                (m.start("congress"), m.end("congress")),
            )
        )


def _statutes_at_large(prose: Prose, found: Citations) -> None:
    for m in prose.finditer(_STATUTES_AT_LARGE, ("Stat.", "Stat ")):
        found.spans.append((m.start(), m.end()))
        label = (m.start("stat"), m.end("stat"))
        found.statutes.append(Numbered(m.start(), m.end(), m.group("stat"), label))


def _reporters(prose: Prose, found: Citations) -> None:
    for m in _REPORTER.finditer(prose.text):
        found.spans.append((m.start(), m.end()))
        label = (m.start("reporter"), m.end("reporter"))
        found.reporters.append(Numbered(m.start(), m.end(), m.group("reporter"), label))


def _section_signs(prose: Prose, found: Citations) -> None:
    """Outside code citations too: "under §1983", "Sec 3 of the act"."""
    text = prose.text
    if "§" not in text and "Sec" not in text:
        return
    for m in _BARE_SECTION_SIGN.finditer(text):
        found.glued_signs.append(Abbreviation(m.start(), m.end(), m.group("sign")))
    for m in prose.finditer(_SEC_WITHOUT_PERIOD, ("Sec ", "Secs ")):
        found.bare_secs.append(Abbreviation(m.start(), m.end(), m.group("sec")))


def _case_names(prose: Prose, found: Citations) -> None:
    text = prose.text
    doc_is_legal: bool | None = None  # counted once, when first needed
    for m in prose.finditer(_VERSUS, (" v ", " v. ", " vs ", " vs. ", " versus ")):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _PARTY_BEFORE.search(text, max(line_start, m.start() - 80), m.start())
        if before is None:
            continue
        line_end = text.find("\n", m.end())
        after = _PARTY_AFTER.match(text, m.end(), len(text) if line_end < 0 else line_end)
        if after is None:
            continue
        word = m.group("v")
        parties = before.group("party") + " " + after.group("party")
        strong = bool(
            _GOVERNMENT.search(parties)
            or before.group("role")
            or _CITE_AFTER.match(text, after.end())
            or _state_party(before.group("party"), after.group("party"))
        )
        if not strong:
            if word == "v":
                continue  # a bare "v" needs strong evidence
            s_start, s_end = sentence_bounds(text, m.start(), m.end())
            sentence = text[s_start:s_end]
            if _SPORTS_WORDS.search(sentence):
                continue
            if not _LEGAL_WORDS.search(sentence):
                # A title line ("Snyder vs. Phelps") in a story about a case.
                if doc_is_legal is None:
                    doc_is_legal = len(_LEGAL_WORDS.findall(text)) >= 3
                if not doc_is_legal:
                    continue
        found.spans.append((before.start("party"), after.end()))
        found.case_names.append(
            CaseName(before.start("party"), after.end(), word, (m.start("v"), m.end("v")))
        )


def _state_party(first: str, second: str) -> bool:
    """ "Texas v. Johnson": a state as a party."""
    from newslint.rules.legal.table import court_table

    states = court_table().states
    return (
        first.split()[-1] in states
        or " ".join(second.split()[:2]) in states
        or (second.split()[0] in states)
    )
