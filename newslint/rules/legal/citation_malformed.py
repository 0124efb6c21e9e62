"""NL311: a citation's abbreviation or spacing malformed ("8 USC 1373", "§1373")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.legal.citations import Citations, CodeCitation


class CitationMalformed(Rule):
    id = "NL311"
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

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = ctx.analysis.citations
        taken: set[int] = set()  # marks reported with their citation
        for c in found.codes:
            yield from _code(c, found, taken)
        for p in found.public_laws:
            written = p.label
            if (
                written.startswith("Pub")
                and not written.startswith("Public")
                and written != "Pub. L."
            ):
                message = f"Write 'Pub. L.' (Bluebook rule 12.4), not {written!r}."
                yield Finding(*p.label_span, message, ("Pub. L.",))
        for s in found.statutes:
            if s.label == "Stat":
                message = "'Stat.' (Statutes at Large) takes a period."
                yield Finding(*s.label_span, message, ("Stat.",))
        for r in found.reporters:
            # Only the U.S. Reports: "F.Supp." and "S.Ct." closed up are old but standard.
            if re.sub(r"[\s.]", "", r.label) == "US" and r.label not in ("U.S.", "U. S."):
                message = "The U.S. Reports are cited 'U.S.' (Bluebook table T1)."
                yield Finding(*r.label_span, message, ("U.S.",))
        if found.glued_signs and not found.glued_is_house_style:  # counted only when needed
            for g in found.glued_signs:
                if g.start not in taken:
                    yield Finding(g.start, g.end, _SPACE, (g.written + " ",))
        for b in found.bare_secs:
            if b.start not in taken:
                yield Finding(b.start, b.end, _period(b.written), (b.written + ".",))


_SPACE = "Put a space after the section sign."


def _period(abbreviation: str) -> str:
    return f"{abbreviation!r} is an abbreviation: write {abbreviation + '.'!r}."


def _code(c: CodeCitation, found: Citations, taken: set[int]) -> Iterator[Finding]:
    good = "U.S.C." if c.usc else "C.F.R."
    # "U. S. C." (U.S. Reports) and "CFR" (Federal Register, GPO style) are house forms.
    if re.sub(r"\s", "", c.code) not in (good, "U.S.C.A.", "CFR"):
        message = f"Write {good!r}, with its periods and no spaces, not {c.code!r}."
        yield Finding(*c.code_span, message, (good,))
    mark, at = c.mark, c.mark_start
    if mark in ("Sec", "Secs"):
        taken.add(at)
        yield Finding(at, at + len(mark), _period(mark), (mark + ".",))
    elif mark.startswith("§") and not c.spaced and not found.glued_is_house_style:
        taken.add(at)
        yield Finding(at, at + len(mark), _SPACE, (mark + " ",))
