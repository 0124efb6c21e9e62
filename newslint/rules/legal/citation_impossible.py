"""NL314: a citation to a title or a law that does not exist ("81 U.S.C. 1346")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.legal.citations import (
    CFR_TITLES,
    USC_TITLES,
    CodeCitation,
    current_congress,
    transposed,
)


class CitationImpossible(Rule):
    id = "NL314"
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

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = ctx.analysis.citations
        for c in found.codes:
            finding = _code(c)
            if finding is not None:
                yield finding
        seen: set[int] = set()  # a title named by two overlapping forms is one finding
        for w in found.in_words:
            title = w.title
            if not w.names_code or w.title_start in seen or 0 < int(title) <= USC_TITLES:
                continue
            seen.add(w.title_start)
            fixes = transposed(title, USC_TITLES)
            yield Finding(
                w.title_start,
                w.title_end,
                f"The U.S. Code has {USC_TITLES} titles; there is no Title {title}"
                + (f" (digits transposed? Title {fixes[0]})." if fixes else "."),
                tuple(dict.fromkeys(fixes)),
            )
        for p in found.public_laws:
            congress, current = int(p.number), current_congress()
            if not 0 < congress <= current:
                yield Finding(
                    *p.number_span,
                    f"A public law's first number is its Congress; the current one is the "
                    f"{current}th, so there is no {congress}th.",
                    tuple(dict.fromkeys(transposed(p.number, current))),
                )


def _code(c: CodeCitation) -> Finding | None:
    limit = USC_TITLES if c.usc else CFR_TITLES
    if 0 < int(c.title) <= limit:
        return None
    code = "U.S. Code" if c.usc else "Code of Federal Regulations"
    section = c.section
    if section.isdigit() and 0 < int(section) <= limit and not c.more:
        # "1346 U.S.C. 18": title and section swapped.
        good_code = "U.S.C." if c.usc else "C.F.R."
        fixed = f"{section} {good_code} {c.mark + ' ' if c.mark else ''}{c.title}"
        return Finding(
            c.start,
            c.section_end,
            f"The {code} has {limit} titles: the title and section look swapped ({fixed}).",
            (fixed,),
        )
    fixes = transposed(c.title, limit)
    return Finding(
        c.start,
        c.title_end,
        f"The {code} has {limit} titles; there is no title {c.title}"
        + (f" (digits transposed? title {fixes[0]})." if fixes else "."),
        tuple(dict.fromkeys(fixes)),
    )
