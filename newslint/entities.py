"""The entities register: names the world knows, shipped with newslint.

Built by ``scripts/build_entities.py`` into ``newslint/data/entities/*.json`` (sources
and licences in the README). Each part loads on first use and is kept for the
process: a story that names nothing the register knows pays only for the small
table of product and organisation names (``names.json``); the people (``people.json``)
load only when a story has a title before a name.

This module is the register's only reader. Rules reach it through ``register()``;
the newsroom's names list extends and overrides it (``Register.with_overrides``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import Any, NamedTuple

FUNCTION_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "to", "at", "&", "a", "an"])
# Words that make a name an organisation's ("Office", "Bureau", "Laboratory").
NAME_HEADS = frozenset(
    [
        "office",
        "bureau",
        "service",
        "services",
        "administration",
        "agency",
        "commission",
        "council",
        "board",
        "institute",
        "institutes",
        "center",
        "centers",
        "laboratory",
        "laboratories",
        "lab",
        "division",
        "directorate",
        "corporation",
        "foundation",
        "authority",
        "survey",
        "corps",
        "court",
        "network",
        "mint",
        "bank",
        "library",
        "museum",
        "trust",
        "guard",
        "system",
        "endowment",
        "gallery",
        "institution",
        "committee",
        "conference",
        "garden",
        "police",
        "facility",
    ]
)
# Words every department's offices share: they do not make a name specific ("Office of
# Management", "United States Court", "National Security Division" name no one body).
GENERIC_NAME_WORDS = NAME_HEADS | frozenset(
    [
        "department",
        "departmental",
        "federal",
        "national",
        "united",
        "states",
        "u",
        "s",
        "u.s.",
        "us",
        "american",
        "government",
        "management",
        "general",
        "chief",
        "officer",
        "secretary",
        "assistant",
        "deputy",
        "under",
        "inspector",
        "counsel",
        "solicitor",
        "affairs",
        "operations",
        "policy",
        "communications",
        "administrative",
        "programs",
        "program",
        "activities",
        "other",
        "staff",
        "support",
        "headquarters",
        "executive",
        "resources",
        "information",
        "public",
        "legislative",
        "congressional",
        "business",
        "finance",
        "financial",
        "budget",
        "planning",
        "legal",
        "acquisition",
        "procurement",
        "human",
        "capital",
        "security",
        "technology",
        "data",
        "digital",
        "wide",
    ]
)


def distinctive(words: Iterable[str]) -> list[str]:
    """The words of a name that single out one body (lowercased): not function words
    and not the words every department's offices share."""
    lows = (w.lower() for w in words)
    return [w for w in lows if w not in FUNCTION_WORDS and w not in GENERIC_NAME_WORDS]


# Named tuples rather than frozen dataclasses, as diagnostics.py has them: immutable
# all the same, and a dataclass costs ~1 ms to define, paid by every cold check.
class KnownName(NamedTuple):
    """An organisation, company, product or technology name with its exact form."""

    name: str
    kind: str  # "company", "product", "technology", "agency", ...
    word: bool  # the name in lowercase is an ordinary word ("rust", "go", "swift")
    variants: tuple[str, ...]  # wrong forms beyond casing ("Redhat" for Red Hat)
    source: str


class Change(NamedTuple):
    """A name that stopped being right on a date: renamed, replaced or abolished."""

    name: str  # the old name
    acronym: str
    changed: datetime.date
    note: str  # what happened ("renamed the Government Accountability Office")
    successor: str  # the name to use now, "" when the body was abolished
    source: str


class Agency(NamedTuple):
    name: str
    acronym: str
    short: tuple[str, ...]
    parent: str
    source: str
    kind: str = "agency"

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.short)


class Term(NamedTuple):
    title: str  # as written before a name: "Sen.", "Attorney General", "President"
    start: datetime.date
    end: datetime.date | None  # None while in office
    state: str = ""

    def covers(self, day: datetime.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


class Person(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    source: str

    def terms_as(self, title: str) -> list[Term]:
        return [t for t in self.terms if t.title == title]

    def offices_on(self, day: datetime.date) -> list[Term]:
        return [t for t in self.terms if t.covers(day)]


def _date(text: str) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


DATA = Path(__file__).resolve().parent / "data" / "entities"


def _read(name: str) -> Any:
    import json  # only when a story needs a JSON part (a one-file run may not)

    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _lines(name: str) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


class Register:  # hashed by identity: one shared register per process
    """The register, each part parsed on first use. ``extra`` holds a newsroom's own
    names (from its names list), which win over the register's."""

    def __init__(self, extra: tuple[str, ...] = ()) -> None:
        self.extra = extra
        self._cache: dict[str, Any] = {}

    @cached_property
    def names(self) -> list[KnownName]:
        found = [
            KnownName(n, kind, word == "word", tuple(v for v in variants.split(",") if v), src)
            for n, kind, word, variants, src in _lines("names.tsv")
        ]
        # The newsroom's names win: a register entry the list spells otherwise is dropped.
        own = {e.casefold(): e for e in self.extra}
        kept = [
            k for k in found if k.name.casefold() not in own or own[k.name.casefold()] == k.name
        ]
        return kept

    @cached_property
    def extra_words(self) -> frozenset[str]:
        """The words of the newsroom's own names, lowercased: never near misses."""
        return frozenset(w.lower() for name in self.extra for w in name.split())

    @cached_property
    def keys(self) -> dict[str, str]:
        """What a story must contain before a JSON part is worth loading (keys.tsv)."""
        return {k: v for k, v in _lines("keys.tsv")}

    @cached_property
    def agency_words(self) -> frozenset[str]:
        return frozenset(self.keys["agency-words"].split())

    @cached_property
    def acronym_set(self) -> frozenset[str]:
        return frozenset(self.keys["acronyms"].split())

    @cached_property
    def title_words(self) -> frozenset[str]:
        return frozenset(self.keys["title-words"].split())

    @cached_property
    def former_names(self) -> tuple[str, ...]:
        return tuple(self.keys["former-names"].split("|"))

    @cached_property
    def by_lower(self) -> dict[str, KnownName]:
        """Every name and listed variant, lowercased, to its entry (agencies' one-word
        names too, such as 18F)."""
        table: dict[str, KnownName] = {}
        for known in self.names:
            table.setdefault(known.name.lower(), known)
            for variant in known.variants:
                table.setdefault(variant.lower(), known)
        return table

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The lowercased first token of every name and variant: a story none of whose
        words is here names nothing in the table."""
        from newslint.analysis import first_token

        return frozenset(first_token(key) for key in self.by_lower if key)

    @cached_property
    def agencies(self) -> list[Agency]:
        return [a for a, _ in self._agency_rows]

    @cached_property
    def changes(self) -> list[Change]:
        return [c for _, changes in self._agency_rows for c in changes]

    @cached_property
    def _agency_rows(self) -> list[tuple[Agency, list[Change]]]:
        rows = []
        for e in _read("agencies.json"):
            agency = Agency(
                e["name"],
                e.get("acronym", ""),
                tuple(e.get("short", ())),
                e.get("parent", ""),
                e["source"],
                e.get("kind", "agency"),
            )
            changes = []
            for p in e.get("predecessors", ()):
                day = _date(p["changed"])
                assert day is not None
                changes.append(
                    Change(p["name"], p.get("acronym", ""), day, p["note"], e["name"], e["source"])
                )
            for key in ("renamed", "abolished"):
                if key in e:
                    c = e[key]
                    day = _date(c["changed"])
                    assert day is not None
                    changes.append(
                        Change(
                            e["name"],
                            e.get("acronym", ""),
                            day,
                            c["note"],
                            c.get("name", ""),
                            e["source"],
                        )
                    )
            rows.append((agency, changes))
        return rows

    @cached_property
    def acronyms(self) -> dict[str, Agency]:
        return {a.acronym: a for a in self.agencies if a.acronym}

    @cached_property
    def people(self) -> list[Person]:
        people = []
        for e in _read("people.json"):
            terms = []
            for title, start, end, state in e["terms"]:
                day = _date(start)
                assert day is not None
                terms.append(Term(title, day, _date(end), state))
            people.append(Person(e["name"], tuple(e["aliases"]), tuple(terms), e["source"]))
        return people

    @cached_property
    def people_by_name(self) -> dict[str, list[Person]]:
        """Each person under every form of the name, casefolded."""
        table: dict[str, list[Person]] = {}
        for person in self.people:
            for form in {person.name, *person.aliases}:
                table.setdefault(form.casefold(), []).append(person)
        return table

    @cached_property
    def titles(self) -> frozenset[str]:
        return frozenset(t.title for p in self.people for t in p.terms)

    @cached_property
    def places(self) -> dict[str, Any]:
        data: dict[str, Any] = _read("places.json")
        return data

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Every word of a state, country, major city or county, lowercased."""
        p = self.places
        names: Iterable[str] = (
            [s[0] for s in p["states"]]
            + p["countries"]
            + [c.split("|")[0] for c in p["cities"]]
            + [c.split("|")[0] for c in p["counties"]]
        )
        return frozenset(w.lower() for n in names for w in n.replace(",", " ").split())

    def describe(self, query: str) -> list[str]:
        """What the register knows about ``query`` (any case), one line per fact."""
        key = query.casefold().strip()
        lines: list[str] = []
        known = self.by_lower.get(key)
        if known is not None:
            form = "" if known.name.casefold() == key else f" (“{query}” is a wrong form)"
            lines.append(f"{known.name}: {known.kind}{form}; source {known.source}")
        for agency in self.agencies:
            if key in {f.casefold() for f in agency.forms} or key == agency.acronym.casefold():
                parts = [f"{agency.name}: {agency.kind}"]
                if agency.acronym:
                    parts.append(f"acronym {agency.acronym}")
                if agency.short:
                    parts.append("also " + ", ".join(agency.short))
                if agency.parent:
                    parts.append(f"part of {agency.parent}")
                lines.append("; ".join(parts) + f"; source {agency.source}")
        for change in self.changes:
            if key in (change.name.casefold(), change.acronym.casefold()):
                lines.append(
                    f"{change.name}: {change.note} on {change.changed.isoformat()}; source {change.source}"
                )
        for person in self.people_by_name.get(key, []):
            terms = "; ".join(
                f"{t.title}{' (' + t.state + ')' if t.state else ''} {t.start.isoformat()}"
                f" to {t.end.isoformat() if t.end else 'now'}"
                for t in person.terms
            )
            lines.append(f"{person.name}: {terms}; source {person.source}")
        p = self.places
        for name, ap, postal in p["states"]:
            if key in (name.casefold(), ap.casefold(), postal.casefold()):
                lines.append(
                    f"{name}: U.S. state or territory; AP abbreviation {ap or 'none'}, postal {postal}"
                )
        if any(key == c.casefold() for c in p["countries"]):
            lines.append(f"{query}: country (ISO 3166, pycountry)")
        for city in p["cities"]:
            name, state = city.split("|")
            if key == name.casefold():
                lines.append(f"{name}, {state}: U.S. city of 100,000 or more (GeoNames)")
        return lines


@cache
def register(extra: tuple[str, ...] = ()) -> Register:
    """The shared register; ``extra`` are a newsroom's own names that override it."""
    return Register(extra)
