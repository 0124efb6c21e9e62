"""NL310: a federal appeals court placed in another circuit's seat ("the 5th U.S. Circuit
Court of Appeals in Atlanta")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from newslint.diagnostics import DISPLAY, Finding
from newslint.document import Document
from newslint.rule import Context, Rule
from newslint.rules.legal.courts import numbered_name
from newslint.rules.legal.table import Circuit, court_table

# The words between a court's name and its city: "in", "based in", ", sitting in".
_PLACED = re.compile(r",? (?:(?:based|sitting|headquartered) )?in ")


class CircuitSeat(Rule):
    id = "NL310"
    name = "circuit-seat"
    category = "courts"
    severity = "warning"
    message = "An appeals court is placed in the city where another circuit sits."
    docs = """
    AP names a federal appeals court with its seat: "the 9th U.S. Circuit Court of
    Appeals in San Francisco". Each circuit sits in one city (28 U.S.C. 48), so a seat
    that belongs to another circuit means the number or the city is wrong: "the 5th U.S.
    Circuit Court of Appeals in Atlanta" mixes the 5th Circuit (New Orleans) with the 11th
    (Atlanta). Courts also hear arguments elsewhere (the 9th Circuit in Pasadena or
    Seattle), so only a city that is another circuit's seat is flagged.
    """
    references = ("28 U.S.C. 41 and 48 (the circuits and where they sit)",)
    knowledge = "The circuits' seats in newslint's court table (rules/legal/_courts_data.py)."
    bad = (
        "The 5th U.S. Circuit Court of Appeals in [[Atlanta=>New Orleans]] upheld the order.",
        "The U.S. Court of Appeals for the Second Circuit, based in [[Boston=>New York]], ruled.",
    )
    good = (
        "The 11th U.S. Circuit Court of Appeals in Atlanta upheld the order.",
        "A panel of the 9th U.S. Circuit Court of Appeals in Pasadena heard the case.",
        "The U.S. Court of Appeals for the Federal Circuit in Washington ruled.",
    )
    fix_notes = """
    Either the city or the circuit's number may be the slip: the circuit's own seat is
    proposed for the city and the other circuit is named in the message; shown, never
    applied.
    """

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        text = courts.text
        seats = _circuits_by_seat()
        for c in courts.circuits:
            placed = _PLACED.match(text, c.end)
            if c.circuit is None or placed is None:
                continue
            for city, others in seats.items():
                end = placed.end() + len(city)
                if text.startswith(city, placed.end()) and not text[end : end + 1].isalnum():
                    if c.circuit in others:
                        break  # its own seat (Washington has two)
                    other = others[0]
                    yield Finding(
                        placed.end(),
                        end,
                        f"The {_short(c.circuit)} sits in {c.circuit.seat}; {city} is the "
                        f"seat of the {numbered_name(other, text[c.number_start : c.number_end])}"
                        " Circuit. Check which court the story means.",
                        (c.circuit.seat,),
                        fix_safety=DISPLAY,
                    )
                    break


def _short(circuit: Circuit) -> str:
    return f"{circuit.numeral} Circuit" if circuit.number.isdigit() else f"{circuit.number} Circuit"


@cache
def _circuits_by_seat() -> dict[str, list[Circuit]]:
    """Each seat city with the circuits that sit there, longest city first."""
    seats: dict[str, list[Circuit]] = {}
    for circuit in court_table().circuits.values():
        seats.setdefault(circuit.seat, []).append(circuit)
    return dict(sorted(seats.items(), key=lambda kv: -len(kv[0])))
