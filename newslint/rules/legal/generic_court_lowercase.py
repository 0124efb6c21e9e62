"""NL308: "the Court" standing alone in a story that otherwise writes "the court"."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule


class GenericCourtLowercase(Rule):
    id = "NL308"
    name = "generic-court-lowercase"
    category = "courts"
    severity = "suggestion"
    message = 'Lowercase the generic "the court", as the story does elsewhere.'
    docs = """
    AP style capitalises a court's full name but lowercases "the court" standing alone
    ("the court ruled"). Court opinions and many government releases capitalise "the
    Court" by their own convention, so the rule only flags a story that mostly writes
    "the court" and slips into "the Court" now and then. Chicago style capitalises "the
    Court" for the U.S. Supreme Court, so the rule is quiet with `--style chicago`.
    """
    bad = (
        Example(
            "The court met at 9. Then the [[Court=>court]] ruled. The court adjourned at noon.",
            fixed="The court met at 9. Then the court ruled. The court adjourned at noon.",
        ),
    )
    good = (
        "After a long hearing, the Court ruled. The Court also ordered costs.",
        "The court met at 9. The Court of Appeals ruled. The court adjourned.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.style == "chicago":
            return
        generic = ctx.analysis.courts.generic
        upper = [g for g in generic if g.capitalised]
        if not upper or len(generic) - len(upper) <= len(upper):
            return  # the story capitalises on purpose, or never lowercases
        for g in upper:
            yield Finding(
                g.start,
                g.end,
                'AP style lowercases "the court" standing alone, as this story mostly does.',
                ("court",),
            )
