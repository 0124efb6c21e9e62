"""NL301: a district's name with its words out of order ("District of Northern California")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule


class CourtWordOrder(Rule):
    id = "NL301"
    name = "court-word-order"
    category = "courts"
    severity = "error"
    message = "Words of a district court's name are in the wrong order."
    docs = """
    Federal districts are named direction first: the Northern District of California,
    never the "District of Northern California". The court is established by
    28 U.S.C. 84, and AP style (entry "court names") capitalises it as written there.
    The fix puts the words back in order; an editor confirms it (court fixes are unsafe).
    """
    bad = (
        Example(
            "the U.S. District Court for the [[District of Northern California=>Northern District of California]]",
            fixed="the U.S. District Court for the Northern District of California",
        ),
        "He sued in the [[District of Eastern Pennsylvania=>Eastern District of Pennsylvania]] last year.",
    )
    good = (
        "the U.S. District Court for the Northern District of California",
        "the Metropolitan Water District of Southern California",
    )
    skip_regions = frozenset()  # a wrong court is wrong in a quotation too

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        for d in courts.districts:
            state = d.state
            if d.before or not d.after or state.single:
                continue  # a direction in its place, or none; a one-district state: NL302
            if d.after in state.directions or d.after in state.historical:
                written = courts.text[d.start : d.end]
                right = f"{d.after} District of {state.place}"
                yield Finding(
                    d.start,
                    d.end,
                    f"Words in the wrong order: the court is the {right}, not the {written!r}.",
                    (right,),
                )
