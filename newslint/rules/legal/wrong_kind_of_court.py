"""NL305: a trial court and an appeals court confused ("U.S. District Court of Appeals")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.legal.courts import (
    DISTRICT_APPEALS,
    DISTRICT_FOR_CIRCUIT,
    FORMAL_FORM,
    CircuitName,
)


class WrongKindOfCourt(Rule):
    id = "NL305"
    name = "wrong-kind-of-court"
    category = "courts"
    severity = "error"
    message = "A trial court and an appeals court are confused in a court's name."
    docs = """
    Federal trial courts are district courts ("U.S. District Court for the Northern
    District of Illinois"); appeals courts are circuit courts ("7th U.S. Circuit Court
    of Appeals", "U.S. Court of Appeals for the Seventh Circuit"). The federal circuit
    courts that tried cases were abolished in 1912. So "U.S. Circuit Court for the
    District of ...", "U.S. District Court of Appeals" and "Court of Appeals for the
    Fifth District" name no court. AP style names the appeals courts "the 9th U.S.
    Circuit Court of Appeals"; with the Chicago style the fix is "the U.S. Court of
    Appeals for the Ninth Circuit". State courts with such names (Ohio's district courts
    of appeals, Florida's district courts of appeal) are left alone.
    """
    bad = (
        "Judge Orrick of the U.S. [[Circuit Court=>District Court]] for the Northern District of California",
        "the U.S. [[District Court of Appeals=>Court of Appeals]] for the Fifth Circuit",
        "The [[9th District Court of Appeals=>9th U.S. Circuit Court of Appeals]] ruled Monday.",
        Example(
            "The [[9th District Court of Appeals=>U.S. Court of Appeals for the Ninth Circuit]] "
            "ruled Monday.",
            style="chicago",
            fixed="The U.S. Court of Appeals for the Ninth Circuit ruled Monday.",
        ),
    )
    good = (
        "Judge Orrick of the U.S. District Court for the Northern District of California",
        "the U.S. Court of Appeals for the Fifth Circuit",
        "Ohio's 9th District Court of Appeals ruled Monday.",
        "Florida's 4th District Court of Appeal ruled Monday.",
    )
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        text = courts.text
        abolished = "U.S. circuit courts that tried cases were abolished in 1912."
        for d in courts.districts:
            # "U.S. Circuit Court for the Northern District of California"
            direction = d.before or d.after
            if d.circuit_court is None or (
                d.state.single and not direction and d.state.name == "District of Columbia"
            ):
                continue  # the D.C. Circuit's court is named "for the District of Columbia"
            name = (
                f"{direction} District of {d.state.place}"
                if direction
                else (f"District of {d.state.place}")
            )
            yield Finding(
                *d.circuit_court,
                f"A federal trial court is a district court: the U.S. District Court for the "
                f"{name}. {abolished}",
                ("District Court",),
            )
        for a in courts.abbreviated:
            if a.circuit_court is not None:  # "U.S. Circuit Court, N.D. Cal."
                yield Finding(
                    *a.circuit_court,
                    "A federal trial court is a district court: United States District Court, "
                    f"{text[a.start : a.end]}. {abolished}",
                    ("District Court",),
                )
        for c in courts.circuits:
            finding = _appeals_court(text, c, ctx.style)
            if finding is not None:
                yield finding
        for city in courts.city_courts:  # "the U.S. Circuit Court in Pittsburgh"
            yield Finding(
                *city.court,
                f"The federal court in {city.city} is a district court (the U.S. District Court "
                f"for the {city.district.name}); {abolished}",
                ("District Court" if city.capitalised else "district court",),
            )


def _appeals_court(text: str, c: CircuitName, style: str) -> Finding | None:
    circuit = c.circuit
    if c.form == FORMAL_FORM:
        # "U.S. Court of Appeals for the Fifth District" ("Court of Appeals for the Fifth
        # District" alone may be a state court)
        if c.kind != "District" or not c.us or circuit is None:
            return None
        return Finding(
            *c.court,
            f"Federal appeals courts sit by circuit, not district: the U.S. Court of "
            f"Appeals for the {circuit.ordinal} Circuit.",
            (f"{c.number} Circuit",),
        )
    if c.form == DISTRICT_FOR_CIRCUIT and circuit is not None:
        return Finding(
            *c.court,
            f"A circuit's court is a court of appeals: the U.S. Court of Appeals for the "
            f"{circuit.ordinal} Circuit.",
            ("Court of Appeals",),
        )
    if c.form != DISTRICT_APPEALS:
        return None
    if circuit is None:  # "U.S. District Court of Appeals"
        return Finding(
            *c.court,
            'There is no "District Court of Appeals" in the federal courts: it is the '
            "U.S. Court of Appeals (district courts are trial courts).",
            ("Court of Appeals",),
        )
    # "the 9th District Court of Appeals"; second choice: the least change.
    fix = circuit.name(style)
    least = re.sub(r"District(?=\s+Court)", "Circuit", text[c.start : c.end])
    return Finding(
        c.start,
        c.end,
        f"A federal appeals court is a circuit court: the {fix}. "
        "(District courts are trial courts.)",
        tuple(dict.fromkeys((fix, least))),
    )
