"""NL306: an appeals court's name in the house style ("the 9th U.S. Circuit Court of Appeals")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.legal.courts import AP_FORM


class CircuitCourtForm(Rule):
    id = "NL306"
    name = "circuit-court-form"
    category = "courts"
    severity = "suggestion"
    message = "Write the appeals court's name in house style."
    docs = """
    AP style (entry "U.S. Court of Appeals") names an appeals court with a numeral and
    "U.S.": "the 9th U.S. Circuit Court of Appeals". The rule flags the half-AP forms
    "the Ninth U.S. Circuit Court of Appeals" and "the 9th Circuit Court of Appeals".
    With the Chicago style (CMOS 8.64) the spelled-out form is used instead: "the U.S.
    Court of Appeals for the Ninth Circuit", and the AP form is flagged. The formal
    names used by courts and agencies ("the Fifth Circuit Court of Appeals", "the U.S.
    Court of Appeals for the Fifth Circuit") are left alone.
    """
    bad = (
        Example(
            "the [[Ninth U.S. Circuit Court of Appeals=>9th U.S. Circuit Court of Appeals]]",
            fixed="the 9th U.S. Circuit Court of Appeals",
        ),
        "the [[9th Circuit Court of Appeals=>9th U.S. Circuit Court of Appeals]]",
        Example(
            "the [[9th U.S. Circuit Court of Appeals=>U.S. Court of Appeals for the Ninth Circuit]]",
            style="chicago",
            fixed="the U.S. Court of Appeals for the Ninth Circuit",
        ),
    )
    good = (
        "the 9th U.S. Circuit Court of Appeals",
        "the U.S. Court of Appeals for the Ninth Circuit",
        "the Fifth Circuit Court of Appeals",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        for c in courts.circuits:
            circuit = c.circuit
            if c.form != AP_FORM or circuit is None:
                continue
            spelled = c.number[:1].isalpha() and c.number != "D.C."
            if ctx.style == "chicago":
                if c.us or not spelled:
                    name = circuit.name("chicago")
                    message = f"Chicago style spells out the court's name: {name}."
                    yield Finding(c.start, c.end, message, (name,))
            elif circuit.number.isdigit() and spelled == c.us:
                # "Ninth U.S. Circuit ..." and "9th Circuit ...": half AP.
                name, written = circuit.name("ap"), courts.text[c.start : c.end]
                message = f'AP style: {name} (numeral, with "U.S."), not {written!r}.'
                yield Finding(c.start, c.end, message, (name,))
