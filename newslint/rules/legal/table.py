"""newslint's own table of U.S. courts, built once from ``_courts_data.py``.

The table holds facts only: the 94 federal judicial districts by state and
direction, the 13 courts of appeals, the national courts and each state's top
court. ``tests/rules/test_legal_table.py`` checks every row against the Free
Law Project's courts-db, which is too slow to load on every run.

The rows are a Python literal rather than JSON: loading them from the module's
byte code costs a fraction of importing json and parsing a file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

DIRECTIONS = ("Northern", "Southern", "Eastern", "Western", "Middle", "Central")
ORDINAL_WORDS = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
    "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
    "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
)  # fmt: skip


# The rows are plain classes with __slots__: built once per process, and much cheaper to
# define at import than NamedTuples (rule discovery imports this module on every run).
class District:
    __slots__ = ("bankruptcy", "circuit", "cities", "courtsdb", "direction", "state")

    def __init__(
        self,
        state: str,
        direction: str,  # "" when the state has a single district
        circuit: str,
        courtsdb: str,
        bankruptcy: str,
        cities: tuple[str, ...],
    ) -> None:
        self.state = state
        self.direction = direction
        self.circuit = circuit
        self.courtsdb = courtsdb
        self.bankruptcy = bankruptcy
        self.cities = cities

    @property
    def name(self) -> str:
        """As a court's name says it: "Northern District of California"."""
        return f"{self.direction} District of {self.place}" if self.direction else self.short

    @property
    def short(self) -> str:
        return f"District of {self.place}"

    @property
    def place(self) -> str:
        return the_place(self.state)


class HighCourt:
    __slots__ = ("also", "courtsdb", "name", "not_supreme")

    def __init__(
        self,
        name: str,
        courtsdb: str,
        # The top court is not called "Supreme Court" (Massachusetts, Maine, D.C.).
        not_supreme: bool,
        also: tuple[str, ...],
    ) -> None:
        self.name = name
        self.courtsdb = courtsdb
        self.not_supreme = not_supreme
        self.also = also


class State:
    __slots__ = ("ap", "bluebook", "circuit", "districts", "high_court", "historical", "name")

    def __init__(
        self,
        name: str,
        bluebook: str,
        ap: str,
        circuit: str,
        districts: tuple[District, ...],
        # Directions of abolished districts, still named in old opinions.
        historical: tuple[str, ...],
        high_court: HighCourt,
    ) -> None:
        self.name = name
        self.bluebook = bluebook
        self.ap = ap
        self.circuit = circuit
        self.districts = districts
        self.historical = historical
        self.high_court = high_court

    @property
    def place(self) -> str:
        """The name as it follows "District of": "Vermont", "the Virgin Islands"."""
        return the_place(self.name)

    @property
    def subject(self) -> str:
        """The name as a sentence's subject: "Vermont", "the District of Columbia"."""
        return f"the {self.name}" if self.name.startswith("District") else the_place(self.name)

    @property
    def directions(self) -> tuple[str, ...]:
        return tuple(d.direction for d in self.districts if d.direction)

    @property
    def single(self) -> bool:
        return len(self.districts) == 1


class Circuit:
    __slots__ = ("courtsdb", "number", "ordinal", "seat")

    def __init__(
        self,
        number: str,  # "1".."11", "D.C.", "Federal"
        ordinal: str,  # "First".."Eleventh", "District of Columbia", "Federal"
        seat: str,
        courtsdb: str,
    ) -> None:
        self.number = number
        self.ordinal = ordinal
        self.seat = seat
        self.courtsdb = courtsdb

    @property
    def numeral(self) -> str:
        return ordinal_numeral(int(self.number)) if self.number.isdigit() else self.number

    def name(self, style: str) -> str:
        """The court's name in house style: AP "9th U.S. Circuit Court of Appeals",
        Chicago "U.S. Court of Appeals for the Ninth Circuit"."""
        if style == "chicago" or not self.number.isdigit():
            return f"U.S. Court of Appeals for the {self.ordinal} Circuit"
        return f"{self.numeral} U.S. Circuit Court of Appeals"


class NationalCourt:
    __slots__ = ("courtsdb", "forms", "name")

    def __init__(self, name: str, courtsdb: str, forms: tuple[str, ...]) -> None:
        self.name = name
        self.courtsdb = courtsdb
        self.forms = forms


class CourtTable:
    __slots__ = ("aliases", "by_abbreviation", "circuits", "city_districts", "national", "states")

    def __init__(
        self,
        states: dict[str, State],
        circuits: dict[str, Circuit],
        national: tuple[NationalCourt, ...],
        # "Columbia" (as in "District of Columbia") and other words that name a state
        # after "District of".
        aliases: dict[str, str],
        by_abbreviation: dict[str, State],
        city_districts: dict[str, tuple[District, ...]],
    ) -> None:
        self.states = states
        self.circuits = circuits
        self.national = national
        self.aliases = aliases
        self.by_abbreviation = by_abbreviation
        self.city_districts = city_districts

    def circuit_of_state(self, state: str) -> Circuit | None:
        found = self.states.get(state)
        return self.circuits.get(found.circuit) if found else None


def the_place(name: str) -> str:
    """A state's name as it follows "District of": "Vermont", "the Virgin Islands",
    and "Columbia" (the court is the U.S. District Court for the District of Columbia)."""
    if name == "District of Columbia":
        return "Columbia"
    return f"the {name}" if name.endswith("Islands") else name


def ordinal_numeral(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinal_value(token: str) -> int | None:
    """9 for "9th", "Ninth" or Bluebook's "2d"; None when the token is not an ordinal."""
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th|d)", token)
    if m:
        return int(m.group(1))
    title = token[:1].upper() + token[1:].lower()
    if title in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(title) + 1
    return None


@cache
def court_table() -> CourtTable:
    from newslint.rules.legal._courts_data import COURTS

    data: dict[str, Any] = COURTS
    states: dict[str, State] = {}
    for row in data["states"]:
        districts = tuple(
            District(
                row["name"],
                d["direction"],
                row["circuit"],
                d["courtsdb"],
                d["bankruptcy"],
                tuple(d["cities"]),
            )
            for d in row["districts"]
        )
        top = row["high_court"]
        high = HighCourt(
            top["name"], top["courtsdb"], bool(top.get("not_supreme")), tuple(top.get("also", ()))
        )
        states[row["name"]] = State(
            row["name"],
            row["bluebook"],
            row["ap"],
            row["circuit"],
            districts,
            tuple(row.get("historical", ())),
            high,
        )
    circuits = {
        c["number"]: Circuit(c["number"], c["ordinal"], c["seat"], c["courtsdb"])
        for c in data["circuits"]
    }
    national = tuple(
        NationalCourt(c["name"], c["courtsdb"], tuple(c["forms"])) for c in data["national_courts"]
    )
    abbreviations: dict[str, State] = {}
    for state in states.values():
        for abbr in {state.bluebook, state.ap, state.name} - {""}:
            abbreviations[abbr] = state
    cities: dict[str, list[District]] = {}
    for state in states.values():
        for district in state.districts:
            for city in district.cities:
                cities.setdefault(city, []).append(district)
    return CourtTable(
        states=states,
        circuits=circuits,
        national=national,
        aliases={"Columbia": "District of Columbia"},
        by_abbreviation=abbreviations,
        city_districts={k: tuple(v) for k, v in cities.items()},
    )
