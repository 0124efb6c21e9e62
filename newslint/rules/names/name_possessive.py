"""NL103: the possessive of a name ending in s, in the house style (AP or Chicago)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule


class NamePossessive(Rule):
    id = "NL103"
    knowledge = "the people the story establishes, and the house style (AP or Chicago)."
    name = "name-possessive"
    category = "names"
    severity = "warning"
    message = "The possessive of a name ending in s does not follow the house style."
    docs = """
    The possessive of a person's name ending in s: AP ("possessives": singular
    proper names ending in s) adds only an apostrophe — "Sessions' demands",
    "Harris' plan"; Chicago (7.16, possessives of proper nouns) adds apostrophe
    and s — "Sessions's demands".
    Checked on the names the story establishes as people and, under AP, on a
    two-word proper name ("Kamala Harris's"). A lone capitalised word ("Texas's")
    is left alone, and under Chicago so is a bare apostrophe after a word the story
    does not establish as a person's name (it is usually a plural possessive:
    "the Judges' chambers"). Possessives inside quotations are left alone. Set the
    house style with `style`; the fix is unsafe (it rewrites punctuation).
    """
    bad = (
        Example(
            "Attorney General Jeff Sessions spoke. The ruling may not affect [[Sessions’s=>Sessions’]] demands.",
            fixed="Attorney General Jeff Sessions spoke. The ruling may not affect "
            "Sessions’ demands.",
        ),
        Example(
            "Attorney General Jeff Sessions spoke. The ruling may not affect [[Sessions’=>Sessions’s]] demands.",
            style="chicago",
            fixed="Attorney General Jeff Sessions spoke. The ruling may not affect "
            "Sessions’s demands.",
        ),
        "The board rejected Kamala [[Harris's=>Harris']] plan.",
    )
    good = (
        "Attorney General Jeff Sessions spoke. The ruling may not affect Sessions’ demands.",
        Example(
            "Attorney General Jeff Sessions spoke. The ruling may not affect Sessions’s demands.",
            style="chicago",
        ),
        "The witness's account changed twice.",
        "Voters in both states’ capitals objected.",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for slip in ctx.analysis.people.possessive_slips:
            if ctx.style == "chicago":
                message = f"Chicago style: a name ending in s takes ’s: “{slip.fix}”."
            else:
                message = (
                    f"AP style: the possessive of a name ending in s takes only an "
                    f"apostrophe: “{slip.fix}”."
                )
            yield Finding(slip.start, slip.end, message, (slip.fix,))
