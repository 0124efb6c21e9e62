"""NL102: a later full reference that gives the person another first name."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule


class NameFirstName(Rule):
    id = "NL102"
    knowledge = "the story's own full references and the newsroom's names list."
    name = "name-first-name"
    category = "names"
    severity = "error"
    message = "A later full reference gives the person a different first name."
    docs = """
    Finds a later full reference whose first name differs from the story's first
    reference to the same person ("Jim Sessions" after "Jeff Sessions"; "Isaac G.
    Grossman" after "Israel G. Grossman"), or a listed person's title with another
    first name ("Attorney General Jim Sessions" when the names list has Attorney
    General Jeff Sessions). The fix is the first name the story (or the list)
    established, and the message quotes that reference. A short form counts as a
    variant of the first name ("Bill Harmon" after "William Harmon", "Peggy" for
    Margaret), from the nickname table shipped in ``newslint/data/names/``.

    Why: AP "names" — a name must be right and the same on every reference. Two
    people who share a surname are left alone when the story says so ("Sen. Ted Cruz
    and his wife, Heidi Cruz"), when their middle initials differ, when their first
    names have nothing in common, or when the second name recurs. The fix is
    unsafe: a copy editor confirms which person is meant.
    """
    bad = (
        Example(
            "Attorney General Jeff Sessions met the mayors. On Wednesday, [[Jim=>Jeff]] Sessions "
            "told reporters the talks went well.",
            fixed="Attorney General Jeff Sessions met the mayors. On Wednesday, Jeff "
            "Sessions told reporters the talks went well.",
        ),
        "Defendants Martin Sweig and Nathan Voloshen appeared. Counsel for [[Marvin=>Martin]] Sweig spoke.",
        # A short form of the first name (the shipped nickname table).
        "Defense Secretary William Harmon arrived. Later, [[Bill=>William]] Harmon left the room.",
        "Margaret Okonjo chaired the hearing. On Friday, [[Peggy=>Margaret]] Okonjo adjourned it.",
    )
    good = (
        "Sen. Ted Cruz and his wife, Heidi Cruz, voted early.",
        "Alan M. Dershowitz and Nathan Z. Dershowitz filed the brief.",
        "Attorney General Jeff Sessions spoke. Jeff Sessions later left.",
        "Defense Secretary William Harmon arrived with his brother, Bill Harmon.",
    )
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for slip in ctx.analysis.people.first_name_slips:
            if slip.person is not None:
                person = slip.person
                message = (
                    f"First name “{slip.first}” differs from the names list: "
                    f"{person.title} {person.name} ({person.origin})."
                )
            else:
                assert slip.established is not None
                message = (
                    f"First name “{slip.first}” differs from the story's first reference, "
                    f"“{slip.established.text(doc.text)}”."
                )
            yield Finding(slip.start, slip.end, message, (slip.fix,))
