"""AP rules know where they apply: scores, tables, currency codes, barristers, stripped URLs,
court papers and datelines are left alone; the slips around them are still found."""

from __future__ import annotations

import pytest

from newslint.linter import check_text
from newslint.settings import Settings

AP = Settings(select=("NL4", "NL5"))


def found(text: str, fmt: str = "plain") -> list[tuple[str, str, str]]:
    result = check_text(text, fmt=fmt, settings=AP)
    return [
        (d.rule, text[d.start : d.end], d.replacements[0] if d.replacements else "")
        for d in result.diagnostics
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The fund raised US$55 billion last year.",
        "Counsel for the state, Jane Roe, SC said the barristers agreed.",
        "The home side lost 1 – 2 in extra time.",
        "Results by ward:\tWard 3\t4\t7",
        "The index closed at 4, 5 and 6 points on three days.",
        "In October, the Court ordered the Government to pay, and Federal court records show it.",
        "WASHINGTON D.C., July 26, 2024 — The agency said.",
    ],
)
def test_places_ap_rules_leave_alone(text: str) -> None:
    assert found(text) == []


def test_a_double_space_left_by_a_stripped_url_is_not_reported() -> None:
    assert found("Apply at https://apply.example.gov/ before June 24.") == []
    assert found("Apply at the site.  Then wait.") == [("NL401", "  ", " ")]


def test_the_us_and_uk_in_running_text_take_periods() -> None:
    assert found("The UK team met the US team.") == [
        ("NL402", "UK", "U.K."),
        ("NL402", "US", "U.S."),
    ]


def test_a_us_government_agency_is_lowercased_and_dotted() -> None:
    assert found("It is a US Government agency.") == [
        ("NL402", "US", "U.S."),
        ("NL413", "Government", "government"),
    ]


def test_a_title_in_title_case_keeps_its_capitals() -> None:
    assert found("Read the Agile Budgeting Guide for State Governments today.") == []


def test_space_before_a_comma_and_inside_a_figure() -> None:
    assert found("The plan costs $ 5 million , officials said.") == [
        ("NL419", "$ ", "$"),
        ("NL418", " ", ""),
    ]


def test_a_subsection_citation_is_closed_up() -> None:
    assert found("The motion relied on Rule 12 (b)(6) and section 5 (a).") == [
        ("NL419", " ", ""),
        ("NL419", " ", ""),
    ]
