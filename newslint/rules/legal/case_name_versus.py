"""NL321: a case name with "vs." or "versus" for "v." ("Roe versus Wade")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule


class CaseNameVersus(Rule):
    id = "NL321"
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

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for case in ctx.analysis.citations.case_names:
            word = case.versus
            if word != "v.":
                message = f'Case names take "v." (AP, Chicago, Bluebook), not {word!r}.'
                yield Finding(*case.versus_span, message, ("v.",))
