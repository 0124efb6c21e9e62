"""NL303: a state's name misspelled in a district's name ("Eastern District of Virgina")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Rule


class StateMisspelledInCourt(Rule):
    id = "NL303"
    name = "court-state-misspelled"
    category = "courts"
    severity = "error"
    message = "A state's name is misspelled in a court's name."
    docs = """
    A court's name carries the state's name exactly: the Eastern District of Virginia,
    not "Virgina". The rule compares the word after "District of" with the names of
    the states and territories that have federal courts and proposes the close match.
    """
    bad = ("the U.S. Attorney for the Eastern District of [[Virgina=>Virginia]]",)
    good = ("the U.S. Attorney for the Eastern District of Virginia",)
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        for d in courts.districts:
            if d.exact:
                continue
            direction = d.before or d.after
            court = (f"{direction} " if direction else "") + f"District of {d.state.place}"
            written = courts.text[d.state_start : d.end]
            yield Finding(
                d.state_start,
                d.end,
                f"{written!r} is misspelled: the court is the {court}.",
                (d.state.name,),
            )
