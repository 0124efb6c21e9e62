"""U.S. federal sub-offices in the entities register (from cisagov/dotgov-data): a slip in
an office's name is found with its exact span and fix; generic offices every department
has, and names the register does not hold, are left alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import cli
from newslint.entities import DATA, register
from newslint.linter import check_text
from newslint.registry import explain
from newslint.settings import Settings


def found(text: str, rule: str = "NL106") -> list[tuple[str, str | None]]:
    result = check_text(text, settings=Settings(select=(rule,)))
    return [
        (text[d.start : d.end], d.replacements[0] if d.replacements else None)
        for d in result.diagnostics
        if d.rule == rule
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word replaced by a near one
        (
            "Economists at the Bureau of Economic Analytics revised the figure.",
            [("Analytics", "Analysis")],
        ),
        (
            "A grant from the Substance Abuse and Mental Health Service Administration ran out.",
            [("Service", "Services")],
        ),
        (
            "Inspectors from the Bureau of Safety and Environmental Enforcer visited the rig.",
            [("Enforcer", "Enforcement")],
        ),
        (
            "She appealed her firing to the Merit System Protection Board in May.",
            [("System", "Systems")],
        ),
        # one word dropped
        (
            "The Pipeline and Hazardous Safety Administration fined the operator.",
            [
                (
                    "Pipeline and Hazardous Safety Administration",
                    "Pipeline and Hazardous Materials Safety Administration",
                )
            ],
        ),
        (
            "Truckers wrote to the Federal Motor Safety Administration in June.",
            [
                (
                    "Federal Motor Safety Administration",
                    "Federal Motor Carrier Safety Administration",
                )
            ],
        ),
    ],
)
def test_sub_office_slips(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # generic offices: every department has one, so none is corrected to another's
        "The Office of the Secretary declined to comment on the audit.",
        "The Office of Inspector General opened a review in March.",
        "A spokeswoman for the Office of Communications said the plan stands.",
        "The Office of the Chief Information Officer approved the contract.",
        # a longer right name that holds a shorter register name with a word off
        "The Office of Management and Budget sent the plan back.",
        "He appealed to the U.S. Court of Appeals for the Ninth Circuit on Monday.",
        # office names written right
        "The Bureau of the Fiscal Service pays the government's bills.",
        "Staff of the Office of Science and Technology Policy met on Friday.",
        "The United States Coast Guard and the U.S. Coast Guard Academy took part.",
        # words of agency names are not near misses of product names
        "Engineers tested the Space Launch System core stage on Saturday.",
        "America's Seed Fund gave the startup a grant.",
        # the registry spells it "Americas": an apostrophe alone is not corrected away
        "The U.S. Commission for the Preservation of America's Heritage Abroad met.",
    ],
)
def test_offices_left_alone(text: str) -> None:
    assert found(text) == []


def test_every_register_name_written_right_is_quiet() -> None:
    """No name in the register reads as a slip of another (the build keeps two names one
    slip apart out), nor as a near miss of a product."""
    entries = json.loads((DATA / "agencies.json").read_text(encoding="utf-8"))
    forms = [f for e in entries for f in [e["name"], *e.get("short", ())]]
    text = "\n\n".join(f"A spokesman for the {f} said on Monday that it would act." for f in forms)
    text += "\n\n" + "\n\n".join(
        f"The {e['name']} ({e['acronym']}) replied." for e in entries if e.get("acronym")
    )
    settings = Settings(select=("NL105", "NL106", "NL107"))
    diagnostics = check_text(text, "markdown", settings).diagnostics
    assert [text[d.start : d.end] for d in diagnostics] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acronyms the agency registered as its .gov domain (cftc.gov, tva.gov)
        ("The Commodity Futures Trading Commission (CTFC) fined the bank.", [("CTFC", "CFTC")]),
        (
            "The Tennessee Valley Authority raised rates. A TAV spokesman confirmed it.",
            [("TAV", "TVA")],
        ),
    ],
)
def test_office_acronyms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "NL107") == expected


def test_office_acronym_left_alone_without_the_agency() -> None:
    assert found("The TAV high-speed train project stalled again.", "NL107") == []


def test_register_ties_an_office_to_its_parent_and_source() -> None:
    lines = register().describe("bureau of the fiscal service")
    assert lines == [
        "Bureau of the Fiscal Service: office; part of Department of the Treasury; source "
        "https://github.com/cisagov/dotgov-data/blob/main/current-federal.csv"
    ]
    assert register().describe("Office of the Secretary") == []


def test_cli_entities_shows_an_office() -> None:
    result = CliRunner().invoke(
        cli, ["entities", "Pipeline and Hazardous Materials Safety Administration"]
    )
    assert result.exit_code == 0, result.output
    assert "part of Department of Transportation" in result.output
    assert "cisagov/dotgov-data" in result.output


def test_explain_names_the_source() -> None:
    from newslint.linter import all_rules

    rule = next(r for r in all_rules(Settings()) if r.id == "NL106")
    text = explain(rule)
    assert "cisagov/dotgov-data" in text and "CC0" in text


def test_shipped_offices_follow_the_curated_agencies() -> None:
    """The shipped register holds the curated agencies first, then the registry's, each
    with a parent or none, a source, and the curated entries untouched."""
    entries = json.loads((DATA / "agencies.json").read_text(encoding="utf-8"))
    curated = json.loads(
        (Path(__file__).resolve().parents[2] / "scripts" / "entities" / "agencies.json").read_text(
            encoding="utf-8"
        )
    )["agencies"]
    assert entries[: len(curated)] == curated
    offices = entries[len(curated) :]
    assert len(offices) > 150
    assert all(e["source"].startswith("https://github.com/cisagov/dotgov-data/") for e in offices)
    assert offices == sorted(offices, key=lambda e: (e.get("parent", ""), e["name"]))
