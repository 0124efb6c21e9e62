"""NL312: a story's code citations all with the section sign, or all without."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.legal.citations import with_mark, without_mark


class SectionSignConsistency(Rule):
    id = "NL312"
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

    option_docs = (
        ("section_symbol", '"omit" (default) or "require": settles a story split evenly'),
        ("house_section_symbol", "when set (NL313), this rule steps aside"),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.option("house_section_symbol"):
            return  # the newsroom's house style decides: NL313
        codes = ctx.analysis.citations.codes
        marked = [c for c in codes if c.mark]
        bare = [c for c in codes if not c.mark]
        if not marked or not bare:
            return
        if len(marked) != len(bare):
            majority_marked = len(marked) > len(bare)
            n, total = max(len(marked), len(bare)), len(marked) + len(bare)
            reason = f"as {n} of the story's {total} citations do"
        else:
            section_symbol = ctx.option("section_symbol", "omit")
            majority_marked = section_symbol == "require"
            reason = f"the story is split evenly and the house style is {section_symbol!r}"
        joined = f", {reason}." if reason.startswith("as ") else f": {reason}."
        if majority_marked:
            for c in bare:
                message = "Cite with a section sign" + joined
                yield Finding(c.start, c.section_end, message, (with_mark(c),))
        else:
            for c in marked:
                if c.mark.startswith("§"):
                    message = "Cite without a section sign" + joined
                    yield Finding(c.start, c.section_end, message, (without_mark(c),))
