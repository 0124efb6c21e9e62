"""NL304: a federal circuit that does not exist ("the 14th U.S. Circuit Court of Appeals")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import DISPLAY, Finding
from newslint.document import Document
from newslint.rule import Context, Rule
from newslint.rules.legal.courts import (
    AP_FORM,
    CITATION_FORM,
    FORMAL_FORM,
    CircuitName,
    bluebook_numeral,
    circuits_near,
    numbered_name,
)


class NoSuchCircuit(Rule):
    id = "NL304"
    name = "no-such-circuit"
    category = "courts"
    severity = "error"
    message = "There is no federal circuit with that number."
    docs = """
    The federal courts of appeals are the 1st through 11th circuits, the D.C. Circuit
    and the Federal Circuit (28 U.S.C. 41). A "12th U.S. Circuit Court of Appeals"
    does not exist. When the story names a state or city, the fix proposes that
    state's circuit. State courts numbered higher ("Florida's 17th Judicial Circuit")
    are not federal and are left alone.
    """
    bad = (
        "The [[14th=>9th]] U.S. Circuit Court of Appeals in San Francisco upheld the ruling.",
        "See Smith v. Jones, 12 F.4th 100 ([[13th]] Cir. 2021).",
    )
    good = (
        "The 9th U.S. Circuit Court of Appeals in San Francisco upheld the ruling.",
        "Florida's 17th Judicial Circuit heard the case.",
    )
    skip_regions = frozenset()
    fix_notes = """
    The circuits of the places the story names are guesses: shown with the finding,
    never applied. A story that names no place gets no fix.
    """

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        for c in courts.circuits:
            if c.circuit is None and _numbered(c):
                yield _no_such(courts.text, c.number_start, c.number_end)


def _numbered(c: CircuitName) -> bool:
    """A name whose number says which circuit ("Court of Appeals for the Fifth District"
    is a state court's name, or NL305's)."""
    return c.form in (AP_FORM, CITATION_FORM) or (c.form == FORMAL_FORM and c.kind == "Circuit")


def _no_such(text: str, start: int, end: int) -> Finding:
    written = text[start:end]
    # The circuits of the places the story names: a guess, shown and never applied.
    fixes = [numbered_name(c, written) for c in circuits_near(text, start)]
    if written[:1].isdigit():
        fixes = [f if not f[:1].isdigit() else bluebook_numeral(f, written) for f in fixes]
    return Finding(
        start,
        end,
        f"There is no {written} Circuit: the federal courts of appeals are the 1st to 11th "
        "circuits, the D.C. Circuit and the Federal Circuit."
        + (" Nearby places suggest the one proposed." if fixes else ""),
        tuple(dict.fromkeys(fixes)),
        fix_safety=DISPLAY,
    )
