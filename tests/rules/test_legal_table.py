"""newslint's court table checked row by row against the Free Law Project's courts-db.

courts-db is imported only here (it is slow to load and not needed at run time).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newslint.rules.legal.table import District, State, court_table, ordinal_value

TABLE = court_table()
DISTRICTS = [d for s in TABLE.states.values() for d in s.districts]
# courts-db rows that look like sitting district courts but are not: its umbrella entry and
# single districts it keeps open-ended although they were split long ago (data gaps).
NOT_SITTING = {"usdistct", "ncd", "okd", "wvad"}
# Where courts-db is wrong and the table is right: Vermont is in the Second Circuit
# (28 U.S.C. 41). If courts-db is corrected, the test says so and this entry goes.
COURTSDB_ERRORS = {("vtd", "appeal_to"): "ca1"}


@pytest.fixture(scope="module")
def courtsdb() -> dict[str, dict[str, Any]]:
    courts_db = pytest.importorskip("courts_db")
    return {court["id"]: court for court in courts_db.courts}


def _location(court: dict[str, Any]) -> str:
    loc = str(court.get("location") or "")
    return "District of Columbia" if loc in ("Washington D.C.", "DC", "D.C.") else loc


def _direction_letter(court: dict[str, Any]) -> set[str]:
    text = f"{court.get('citation_string') or ''} {court.get('name') or ''}"
    # "N.D. Cal.", "S.D.N.Y."; not the state in "D.N.D." (District of North Dakota)
    return set(re.findall(r"(?<![.\w])([NSEWMC])\.\s?D\.", text))


def test_table_has_every_federal_court() -> None:
    assert len(DISTRICTS) == 94
    assert len(TABLE.circuits) == 13
    assert len({d.courtsdb for d in DISTRICTS}) == 94
    assert len({d.bankruptcy for d in DISTRICTS}) == 94
    assert {"scotus", "cit", "uscfc"} <= {c.courtsdb for c in TABLE.national}


@pytest.mark.parametrize("district", DISTRICTS, ids=lambda d: d.courtsdb)
def test_district_row_matches_courtsdb(district: District, courtsdb: dict[str, Any]) -> None:
    court = courtsdb.get(district.courtsdb)
    assert court is not None, f"courts-db has no court {district.courtsdb!r}"
    assert court["system"] == "federal"
    assert _location(court) == district.state
    letters = _direction_letter(court)
    if district.direction:
        assert district.direction[0] in letters, (district.name, court["name"])
    else:
        assert not letters, (district.name, court["name"])
    state = TABLE.states[district.state]
    circuit = TABLE.circuits[state.circuit]
    if (district.courtsdb, "appeal_to") in COURTSDB_ERRORS:
        assert court["appeal_to"] == COURTSDB_ERRORS[district.courtsdb, "appeal_to"]
    elif court.get("appeal_to"):
        assert court["appeal_to"] == circuit.courtsdb


@pytest.mark.parametrize("district", DISTRICTS, ids=lambda d: d.bankruptcy)
def test_bankruptcy_row_matches_courtsdb(district: District, courtsdb: dict[str, Any]) -> None:
    court = courtsdb.get(district.bankruptcy)
    assert court is not None, f"courts-db has no court {district.bankruptcy!r}"
    assert court["type"] == "bankruptcy"
    assert _location(court) == district.state
    if district.direction:
        assert district.direction[0] in _direction_letter(court), court["name"]


@pytest.mark.parametrize("number", sorted(TABLE.circuits))
def test_circuit_row_matches_courtsdb(number: str, courtsdb: dict[str, Any]) -> None:
    circuit = TABLE.circuits[number]
    court = courtsdb[circuit.courtsdb]
    assert court["system"] == "federal" and court["type"] == "appellate"
    short = "D.C." if number == "D.C." else circuit.ordinal
    assert f"{short} Circuit" in court["name"]
    if number.isdigit():
        assert ordinal_value(circuit.ordinal) == int(number)


@pytest.mark.parametrize("state", list(TABLE.states.values()), ids=lambda s: s.name)
def test_high_court_row_matches_courtsdb(state: State, courtsdb: dict[str, Any]) -> None:
    court = courtsdb[state.high_court.courtsdb]
    assert court["system"] == "state"
    assert _location(court) == state.name


def test_national_courts_exist_in_courtsdb(courtsdb: dict[str, Any]) -> None:
    for court in TABLE.national:
        assert court.courtsdb in courtsdb, court.name


def test_every_sitting_courtsdb_district_is_in_the_table(courtsdb: dict[str, Any]) -> None:
    ours = {d.courtsdb for d in DISTRICTS}
    missing = []
    for court in courtsdb.values():
        name = str(court.get("name") or "").strip()
        if court.get("system") != "federal" or court.get("type") == "bankruptcy":
            continue
        if not re.match(r"(United States )?District Court", name):
            continue
        sitting = any(not d.get("end") for d in court.get("dates") or [{}])
        if sitting and court["id"] not in ours | NOT_SITTING:
            missing.append(court["id"])
    assert not missing


def test_historical_directions_are_not_current() -> None:
    for state in TABLE.states.values():
        assert not set(state.historical) & set(state.directions), state.name
