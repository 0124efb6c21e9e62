"""Statute, regulation and case citations as news copy writes them.

Recognised: "8 U.S.C. 1373", "8 U.S.C. § 1373", "8 USC 1373", "8 U.S.C 1373",
"18 U.S.C. §§ 641-42", "17 C.F.R. Sec. 240.10b-5", "Title 8, Section 1373 of the
U.S. Code", "Section 1373 of Title 8 of the U.S. Code", "Pub. L. No. 115-97",
"94 Stat. 1994", "561 U.S. 358" and case names ("Skilling v. United States").
eyecite needs a section sign and citeurl misses "8 U.S.C 1373"; measured on the
development corpus, they saw the citation around 2 and 12 of its 26 citation errors
(and cost 0.6 s and 0.9 s to load), so this recogniser is newslint's own: a few
regular expressions, compiled on first use.
"""

from __future__ import annotations

import re

from newslint.diagnostics import SAFE, UNSAFE
from newslint.rule import Example
from newslint.rules.legal.common import LazyPattern, LegalRule, Prose, Scan, sentence_bounds

MALFORMED = "NL311"
SECTION_CONSISTENCY = "NL312"
HOUSE_SECTION_SIGN = "NL313"
IMPOSSIBLE = "NL314"
CASE_NAME_V = "NL321"

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


class CitationMalformed(LegalRule):
    id = MALFORMED
    name = "citation-malformed"
    category = "legal_citations"
    severity = "warning"
    message = "A legal citation's abbreviation or spacing is malformed."
    docs = """
    Code and reporter abbreviations carry all their periods: "U.S.C." (not "USC" or
    "U.S.C"), "C.F.R." (not "C.F.R"), "Pub. L.", "Stat.", "Sec.", "U.S."; a section
    sign is followed by a space ("§ 1373"). The house forms of the U.S. Reports
    ("42 U. S. C. §1983", spaced letters and the sign closed up, when a document does it
    throughout) and of the Federal Register ("40 CFR 52.21") are accepted. AP style ("U.S. Code") and the Bluebook (rules 12.1,
    14.2 and table T1) agree on these forms. The fixes are punctuation only, so they are
    safe.
    """
    bad = (
        Example(
            "compliance with 8 [[USC=>U.S.C.]] 1373 is required",
            fixed="compliance with 8 U.S.C. 1373 is required",
        ),
        "compliance with 8 [[U.S.C=>U.S.C.]] 1373 is required",
        "in violation of 18 U.S.C. [[§=>§ ]]1001",
        "under 17 [[C.F.R=>C.F.R.]] Sec. 240.10b-5",
        "under 17 C.F.R. [[Sec=>Sec.]] 240.10b-5",
        "[[Pub.L.=>Pub. L.]] 115-97 changed the tax code.",
    )
    good = (
        "compliance with 8 U.S.C. 1373 is required",
        "in violation of 18 U.S.C. § 1001",
        "under 17 C.F.R. Sec. 240.10b-5",
        "USC won the game 3-1.",
    )
    fix_safety = SAFE
    skip_regions = frozenset()  # a citation's punctuation is not the speaker's words


class SectionSignConsistency(LegalRule):
    id = SECTION_CONSISTENCY
    name = "citation-section-sign-consistency"
    category = "legal_citations"
    severity = "warning"
    message = "Code citations in one story should all use the section sign, or none should."
    docs = """
    News copy in AP style cites a code section without a section sign ("8 U.S.C. 1373");
    the Bluebook (rule 12.9) puts one in ("8 U.S.C. § 1373"). Either way a story should
    be consistent: the rule counts the story's U.S.C. and C.F.R. citations and flags
    those that differ from the majority; a tie is settled by the house style
    (`section_symbol = "omit" | "require"`, default "omit"). A story that cites one way
    throughout is left alone whatever the house style: it may be a court's opinion or an
    agency's release that follows its own convention.
    """
    bad = (
        Example(
            "It cited 18 U.S.C. § 1001 and 18 U.S.C. § 641, and also [[42 U.S.C. 408=>42 U.S.C. § 408]].",
            fixed="It cited 18 U.S.C. § 1001 and 18 U.S.C. § 641, and also 42 U.S.C. § 408.",
        ),
        "It cited 8 U.S.C. 1373 twice, 8 U.S.C. 1373 again, then [[8 U.S.C. § 1373=>8 U.S.C. 1373]].",
    )
    good = (
        "It cited 18 U.S.C. § 1001 and 42 U.S.C. § 408.",
        "It cited 8 U.S.C. 1373 and 18 U.S.C. 1001.",
    )
    fix_safety = SAFE
    skip_regions = frozenset()


class HouseSectionSign(LegalRule):
    id = HOUSE_SECTION_SIGN
    name = "citation-house-style"
    category = "legal_citations"
    severity = "warning"
    message = "Code citations follow the newsroom's house style for the section sign."
    docs = """
    Where a newsroom sets `section_symbol` in its config, every U.S.C. and C.F.R.
    citation follows it: "omit" is AP-style news copy ("8 U.S.C. 1373"), "require" the
    Bluebook (rule 12.9: "8 U.S.C. § 1373"). Without that setting the rule is silent and
    NL312 only asks a story to be consistent with itself, because a court's opinion or
    an agency's release quoted at length follows its own convention. The fix adds or
    drops the sign only, so it is safe.
    """
    bad = (
        Example(
            "It cited [[8 U.S.C. § 1373=>8 U.S.C. 1373]] in its order.",
            fixed="It cited 8 U.S.C. 1373 in its order.",
            options=(("section_symbol", "omit"),),
        ),
        Example(
            "It cited [[8 U.S.C. 1373=>8 U.S.C. § 1373]] in its order.",
            fixed="It cited 8 U.S.C. § 1373 in its order.",
            options=(("section_symbol", "require"),),
        ),
    )
    good = (
        "It cited 8 U.S.C. § 1373 in its order.",
        Example("It cited 8 U.S.C. 1373 in its order.", options=(("section_symbol", "omit"),)),
        Example("It cited 8 U.S.C. § 1373 in its order.", options=(("section_symbol", "require"),)),
    )
    fix_safety = SAFE
    skip_regions = frozenset()


class CitationImpossible(LegalRule):
    id = IMPOSSIBLE
    name = "citation-impossible"
    category = "legal_citations"
    severity = "error"
    message = "The citation points to a title or law that does not exist."
    docs = """
    The U.S. Code has 54 titles and the Code of Federal Regulations 50; a public law's
    first number is the Congress that passed it, which cannot be later than the current
    one. "81 U.S.C. 1346" is usually "18 U.S.C. 1346" with the digits transposed, and
    "1346 U.S.C. 18" has the title and the section swapped; the fix proposes the likely
    citation for an editor to confirm.
    """
    bad = (
        Example(
            "He was charged under [[81=>18]] U.S.C. 1346.",
            fixed="He was charged under 18 U.S.C. 1346.",
        ),
        Example(
            "He was charged under [[1346 U.S.C. 18=>18 U.S.C. 1346]].",
            fixed="He was charged under 18 U.S.C. 1346.",
        ),
        "Title [[81=>18]], Section 1346 of the U.S. Code covers it.",
        "Pub. L. No. [[915]]-97 changed the tax code.",
    )
    good = (
        "He was charged under 18 U.S.C. 1346.",
        "Title 18, Section 1346 of the U.S. Code covers it.",
        "Pub. L. No. 115-97 changed the tax code.",
    )
    fix_safety = UNSAFE
    skip_regions = frozenset()


class CaseNameVersus(LegalRule):
    id = CASE_NAME_V
    name = "case-name-v"
    category = "legal_citations"
    severity = "warning"
    message = 'Case names take "v.", not "vs." or "versus".'
    docs = """
    AP (entry "v."), Chicago (14.174) and the Bluebook (rule 10.2) agree: a case name
    is written "Roe v. Wade", with "v." and its period. The rule looks for "vs.",
    "versus" or a bare "v" between party names, and only where the text is about a
    case: a government or company party, a reporter citation, a party's role
    ("Appellee"), or court words in the sentence. Sports and elections keep "vs."
    (AP entry "vs.").
    """
    bad = (
        Example(
            "In Skilling [[vs.=>v.]] United States, the court narrowed the law.",
            fixed="In Skilling v. United States, the court narrowed the law.",
        ),
        "The justices overturned Roe [[versus=>v.]] Wade in 2022.",
        "See Skilling [[v=>v.]] United States, 561 U.S. 358 (2010).",
    )
    good = (
        "In Skilling v. United States, the court narrowed the law.",
        "Tickets for the Lakers vs. Celtics game sold out.",
        "It was Smith vs. Jones in the Senate race.",
    )
    fix_safety = SAFE


# --------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------
def _current_congress() -> int:
    import datetime  # only when a public law is cited

    # The 1st Congress met in 1789; each sits two years.
    return (datetime.date.today().year - 1789) // 2 + 1


def _transposed(number: str, limit: int) -> list[str]:
    """Two-digit numbers with their digits swapped that fall within ``limit``."""
    out = []
    for i in range(len(number) - 1):
        swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
        if swapped[0] != "0" and 0 < int(swapped) <= limit:
            out.append(swapped)
    return out


def scan_citations(
    text: str | Prose, style: str = "ap", section_symbol: str = "omit", house: str | None = None
) -> Scan:
    """Citations in ``text``. Most patterns run only on the paragraphs that hold the
    words they need (``Prose.finditer``)."""
    scan = Scan()
    prose = text if isinstance(text, Prose) else Prose(text)
    text = prose.text
    has_digits = any(digit in text for digit in "0123456789")
    # Each pattern is compiled only for a story that has its words.
    if has_digits:
        if any(code in text for code in _CODE_HINTS):
            _code_citations(prose, section_symbol, scan, house)
        _prose_citations(prose, scan)
        if "Pub" in text or "Public Law" in text or "P.L." in text or "P. L." in text:
            _public_laws(prose, scan)
        _statutes_at_large(prose, scan)
        if any(hint in text for hint in (" U.S", " US ", " U. S.", "Ct.", " F.", "Ed.")):
            _reporters(prose, scan)
        _section_signs(prose, scan)
    if any(word in text for word in (" v. ", " v ", " vs", " versus ")):
        _case_names(prose, scan)
    return scan


def _code_citations(prose: Prose, section_symbol: str, scan: Scan, house: str | None) -> None:
    text = prose.text
    marked: list[re.Match[str]] = []
    bare: list[re.Match[str]] = []
    glued_ok: bool | None = None  # the document's own convention, counted when needed
    # The lines that may hold a code: "U.S.C", "USC", "U. S. C", "C.F.R", "CFR"... A
    # lookahead reads past the end of a citation, so the scan of a line peeks beyond it.
    for m in prose.finditer(_CITATION, _CODE_LETTERS, peek=16):
        code = m.group("code")
        compact = re.sub(r"\s", "", code)
        usc = compact.startswith("U")
        if not (m.group("gap1") or m.group("mark") or compact.endswith(".")):
            continue  # "USC1373" is not a citation
        scan.spans.append((m.start(), m.end()))
        good_code = "U.S.C." if usc else "C.F.R."
        # "U. S. C." (U.S. Reports) and "CFR" (Federal Register, GPO style) are house forms.
        if compact not in (good_code, "U.S.C.A.", "CFR"):
            scan.add(
                MALFORMED,
                m.start("code"),
                m.end("code"),
                f"Write {good_code!r}, with its periods and no spaces, not {code!r}.",
                good_code,
            )
        mark = m.group("mark") or ""
        if mark in ("Sec", "Secs"):
            scan.add(
                MALFORMED,
                m.start("mark"),
                m.end("mark"),
                f"{mark!r} is an abbreviation: write {mark + '.'!r}.",
                mark + ".",
            )
        elif mark.startswith("§") and not m.group("gap2"):
            if glued_ok is None:
                glued_ok = _glued_is_house_style(text)
            if not glued_ok:
                scan.add(
                    MALFORMED,
                    m.start("mark"),
                    m.end("mark"),
                    "Put a space after the section sign.",
                    mark + " ",
                )
        _impossible_title(text, m, usc, scan)
        if mark:
            marked.append(m)
        else:
            bare.append(m)
    if house:
        _house_style(marked, bare, house, scan)
    else:
        _consistency(text, marked, bare, section_symbol, scan)


def _house_style(
    marked: list[re.Match[str]], bare: list[re.Match[str]], house: str, scan: Scan
) -> None:
    """A newsroom that set its house style has every code citation follow it."""
    if house == "require":
        for m in bare:
            scan.add(
                HOUSE_SECTION_SIGN,
                m.start(),
                m.end("section"),
                'House style (section_symbol = "require"): cite with a section sign.',
                _with_mark(m),
            )
        return
    for m in marked:
        if (m.group("mark") or "").startswith("§"):
            scan.add(
                HOUSE_SECTION_SIGN,
                m.start(),
                m.end("section"),
                'House style (section_symbol = "omit"): cite without a section sign.',
                _without_mark(m),
            )


def _impossible_title(text: str, m: re.Match[str], usc: bool, scan: Scan) -> None:
    title = m.group("title")
    limit = USC_TITLES if usc else CFR_TITLES
    code = "U.S. Code" if usc else "Code of Federal Regulations"
    if 0 < int(title) <= limit:
        return
    section = m.group("section")
    good_code = "U.S.C." if usc else "C.F.R."
    mark = m.group("mark") or ""
    if section.isdigit() and 0 < int(section) <= limit and not m.group("more"):
        # "1346 U.S.C. 18": title and section swapped.
        fixed = f"{section} {good_code} {mark + ' ' if mark else ''}{title}"
        scan.add(
            IMPOSSIBLE,
            m.start(),
            m.end("section"),
            f"The {code} has {limit} titles: the title and section look swapped ({fixed}).",
            fixed,
        )
        return
    fixes = _transposed(title, limit)
    scan.add(
        IMPOSSIBLE,
        m.start("title"),
        m.end("title"),
        f"The {code} has {limit} titles; there is no title {title}"
        + (f" (digits transposed? title {fixes[0]})." if fixes else "."),
        *fixes,
    )


def _consistency(
    text: str,
    marked: list[re.Match[str]],
    bare: list[re.Match[str]],
    section_symbol: str,
    scan: Scan,
) -> None:
    if not marked or not bare:
        return
    if len(marked) != len(bare):
        majority_marked = len(marked) > len(bare)
        reason = f"{max(len(marked), len(bare))} of the story's {len(marked) + len(bare)} citations"
    else:
        majority_marked = section_symbol == "require"
        reason = f"the story is split evenly and the house style is {section_symbol!r}"
    for m in bare if majority_marked else marked:
        if majority_marked:
            scan.add(
                SECTION_CONSISTENCY,
                m.start(),
                m.end("section"),
                f"Cite with a section sign, as {reason} do."
                if "of the" in reason
                else f"Cite with a section sign: {reason}.",
                _with_mark(m),
            )
        elif (m.group("mark") or "").startswith("§"):
            scan.add(
                SECTION_CONSISTENCY,
                m.start(),
                m.end("section"),
                f"Cite without a section sign, as {reason} do."
                if "of the" in reason
                else f"Cite without a section sign: {reason}.",
                _without_mark(m),
            )


def _tidy_code(m: re.Match[str]) -> str:
    written = m.group("code")
    compact = re.sub(r"\s", "", written)
    if compact in ("U.S.C.", "C.F.R.", "CFR", "U.S.C.A."):
        return written  # keep the document's own accepted form
    return "U.S.C." if compact.startswith("U") else "C.F.R."


def _with_mark(m: re.Match[str]) -> str:
    sign = "§§" if m.group("more") else "§"
    return f"{m.group('title')} {_tidy_code(m)} {sign} {m.group('section')}"


def _without_mark(m: re.Match[str]) -> str:
    return f"{m.group('title')} {_tidy_code(m)} {m.group('section')}"


def _prose_citations(prose: Prose, scan: Scan) -> None:
    text = prose.text
    if "Title" not in text and "Section" not in text and " Code" not in text:
        return
    found: list[tuple[re.Match[str], bool]] = []
    found.extend((m, True) for m in prose.finditer(_PROSE_TITLE_CODE_SECTION, "Title"))
    found.extend((m, True) for m in prose.finditer(_US_CODE_FORM, " Code"))
    for m in prose.finditer(_PROSE_TITLE_FIRST, "Title"):
        found.append((m, True))
    for m in prose.finditer(_PROSE_SECTION_FIRST, "Title"):
        found.append((m, bool(m.group("code"))))
    for m in prose.finditer(_PROSE_TITLE_OF_CODE, "Title"):
        found.append((m, True))
    seen: set[int] = set()
    for m, names_code in found:
        scan.spans.append((m.start(), m.end()))
        title = m.group("title")
        if not names_code or m.start("title") in seen or 0 < int(title) <= USC_TITLES:
            continue
        seen.add(m.start("title"))
        fixes = _transposed(title, USC_TITLES)
        scan.add(
            IMPOSSIBLE,
            m.start("title"),
            m.end("title"),
            f"The U.S. Code has {USC_TITLES} titles; there is no Title {title}"
            + (f" (digits transposed? Title {fixes[0]})." if fixes else "."),
            *fixes,
        )


def _public_laws(prose: Prose, scan: Scan) -> None:
    if "P" not in prose.text:
        return
    current = _current_congress()
    for m in prose.finditer(_PUBLIC_LAW, ("Pub", "P.")):
        scan.spans.append((m.start(), m.end()))
        written = m.group("pl")
        if written.startswith("Pub") and not written.startswith("Public") and written != "Pub. L.":
            scan.add(
                MALFORMED,
                m.start("pl"),
                m.end("pl"),
                f"Write 'Pub. L.' (Bluebook rule 12.4), not {written!r}.",
                "Pub. L.",
            )
        congress = int(m.group("congress"))
        if not 0 < congress <= current:
            fixes = _transposed(m.group("congress"), current)
            scan.add(
                IMPOSSIBLE,
                m.start("congress"),
                m.end("congress"),
                f"A public law's first number is its Congress; the current one is the "
                f"{current}th, so there is no {congress}th.",
                *fixes,
            )


def _statutes_at_large(prose: Prose, scan: Scan) -> None:
    for m in prose.finditer(_STATUTES_AT_LARGE, ("Stat.", "Stat ")):
        scan.spans.append((m.start(), m.end()))
        if m.group("stat") == "Stat":
            scan.add(
                MALFORMED,
                m.start("stat"),
                m.end("stat"),
                "'Stat.' (Statutes at Large) takes a period.",
                "Stat.",
            )


def _reporters(prose: Prose, scan: Scan) -> None:
    for m in _REPORTER.finditer(prose.text):
        scan.spans.append((m.start(), m.end()))
        written = m.group("reporter")
        # Only the U.S. Reports: "F.Supp." and "S.Ct." closed up are old but standard forms.
        if re.sub(r"[\s.]", "", written) == "US" and written not in ("U.S.", "U. S."):
            scan.add(
                MALFORMED,
                m.start("reporter"),
                m.end("reporter"),
                "The U.S. Reports are cited 'U.S.' (Bluebook table T1).",
                "U.S.",
            )


def _section_signs(prose: Prose, scan: Scan) -> None:
    """Outside code citations too: "under §1983", "Sec 3 of the act"."""
    text = prose.text
    if "§" not in text and "Sec" not in text:
        return
    taken = {p.start for p in scan.problems}
    glued_ok = _glued_is_house_style(text)
    for m in _BARE_SECTION_SIGN.finditer(text):
        if m.start() not in taken and not glued_ok:
            scan.add(
                MALFORMED,
                m.start(),
                m.end(),
                "Put a space after the section sign.",
                m.group("sign") + " ",
            )
    for m in prose.finditer(_SEC_WITHOUT_PERIOD, ("Sec ", "Secs ")):
        if m.start() not in taken:
            scan.add(
                MALFORMED,
                m.start(),
                m.end(),
                f"{m.group('sec')!r} is an abbreviation: write {m.group('sec') + '.'!r}.",
                m.group("sec") + ".",
            )


def _glued_is_house_style(text: str) -> bool:
    """The U.S. Reports write "42 U. S. C. §1983": a document that mostly glues the sign
    to its number follows that convention; a lone slip among spaced signs does not."""
    glued = len(_BARE_SECTION_SIGN.findall(text))
    spaced = len(re.findall(r"§§? +\d", text))
    reports_style = "U. S. " in text and re.search(r"\bU\. S\. (?:C\.|\d)", text) is not None
    return glued > spaced and (glued >= 2 or reports_style)


def _case_names(prose: Prose, scan: Scan) -> None:
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
        scan.spans.append((before.start("party"), after.end()))
        if word != "v.":
            scan.add(
                CASE_NAME_V,
                m.start("v"),
                m.end("v"),
                f'Case names take "v." (AP, Chicago, Bluebook), not {word!r}.',
                "v.",
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
