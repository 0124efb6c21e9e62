"""NL313: code citations follow the house style set in the config (`section_symbol`)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.legal.citations import with_mark, without_mark


class HouseSectionSign(Rule):
    id = "NL313"
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

    option_docs = (
        (
            "house_section_symbol",
            '"omit" or "require": set by `section_symbol` in the config; unset, the rule is silent',
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        house = ctx.option("house_section_symbol")
        if not house:
            return
        for c in ctx.analysis.citations.codes:
            if house == "require" and not c.mark:
                message = 'House style (section_symbol = "require"): cite with a section sign.'
                yield Finding(c.start, c.section_end, message, (with_mark(c),))
            elif house != "require" and c.mark.startswith("§"):
                message = 'House style (section_symbol = "omit"): cite without a section sign.'
                yield Finding(c.start, c.section_end, message, (without_mark(c),))
