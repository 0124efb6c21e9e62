"""Statute, regulation and case citations: recognised forms, malformed ones, impossible ones."""

from __future__ import annotations

import pytest

from newslint.diagnostics import Diagnostic
from newslint.fixer import apply_fixes
from newslint.linter import check_text
from newslint.rules.legal.citations import scan_citations
from newslint.settings import Settings


def lint(text: str, **settings: object) -> list[Diagnostic]:
    result = check_text(text, settings=Settings(select=("NL3",), **settings))  # type: ignore[arg-type]
    return result.diagnostics


def found(text: str, rule: str, **settings: object) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (text[d.start : d.end], d.replacements) for d in lint(text, **settings) if d.rule == rule
    ]


def fixed(text: str, rule: str, **settings: object) -> str:
    diags = [d for d in lint(text, **settings) if d.rule == rule]
    return apply_fixes(text, diags, unsafe=True)[0]


@pytest.mark.parametrize(
    "citation",
    [
        "8 U.S.C. 1373",
        "8 U.S.C. § 1373",
        "Title 18, United States Code, Section 1343",
        "18 U.S. Code § 1343",
        "8 USC 1373",
        "8 U.S.C 1373",
        "Title 8, Section 1373 of the U.S. Code",
        "Section 1373 of Title 8 of the United States Code",
        "17 C.F.R. § 240.10b-5",
        "Pub. L. No. 115-97",
        "131 Stat. 2054",
        "Skilling v. United States",
    ],
)
def test_news_forms_are_recognised(citation: str) -> None:
    text = f"Officials cited {citation} on Monday."
    spans = [text[s:e] for s, e in scan_citations(text).spans]
    assert any(citation in span for span in spans), spans


@pytest.mark.parametrize(
    ("bad", "good"),
    [
        ("under 8 USC 1373 today", "under 8 U.S.C. 1373 today"),
        ("under 8 U.S.C 1373 today", "under 8 U.S.C. 1373 today"),
        ("under 8 U.S.C §1373 today", "under 8 U.S.C. § 1373 today"),
        ("under 29 C.F.R 1910.1200 today", "under 29 C.F.R. 1910.1200 today"),
        ("under 17 C.F.R. Sec 240.10b-5 today", "under 17 C.F.R. Sec. 240.10b-5 today"),
        ("under Pub.L. 115-97 today", "under Pub. L. 115-97 today"),
        ("under 94 Stat 1994 today", "under 94 Stat. 1994 today"),
        (
            "see Skilling v. United States, 561 US 358 (2010)",
            "see Skilling v. United States, 561 U.S. 358 (2010)",
        ),
    ],
)
def test_malformed_citations_get_safe_punctuation_fixes(bad: str, good: str) -> None:
    diags = [d for d in lint(bad) if d.rule == "NL311"]
    assert diags and all(d.fix and d.fix.applicability == "safe" for d in diags)
    fixed_text = bad
    for _ in range(3):  # the fixer skips overlapping edits; repeat as --fix does
        fixed_text = apply_fixes(fixed_text, [d for d in lint(fixed_text) if d.rule == "NL311"])[0]
    assert fixed_text == good


@pytest.mark.parametrize(
    "text",
    [
        "USC beat UCLA 24-10 on Saturday.",
        "The USC Trojans won 3 games.",
        "Under 42 U. S. C. §1983 and 42 U. S. C. §1985, the suit went on.",  # U.S. Reports
        "The rule is at 40 CFR 52.21 and 40 CFR 52.22.",  # Federal Register style
        "see Davis v. United States, 417 U. S. 333 (1974)",
        "Title IX and Title 42 of the U.S. Code apply.",
        "Public Law 117-169 and P.L. 117-58 passed.",
        "It cites 28 U. S. C. §2255 and Rev. Stat. §1979.",
    ],
)
def test_accepted_forms_are_quiet(text: str) -> None:
    assert lint(text) == []


def test_glued_section_sign_is_flagged_only_as_a_slip() -> None:
    text = "It cites 18 U.S.C. § 1001, 18 U.S.C. § 641 and 18 U.S.C. §1343."
    assert found(text, "NL311") == [("§", ("§ ",))]


def test_consistency_follows_the_majority() -> None:
    text = "He cited 18 U.S.C. § 1001 and 18 U.S.C. § 641, then 42 U.S.C. 408(a)(4)."
    assert found(text, "NL312") == [("42 U.S.C. 408(a)(4)", ("42 U.S.C. § 408(a)(4)",))]
    text = "It cited 8 U.S.C. 1373, 8 U.S.C. 1324 and 8 U.S.C. § 1357."
    assert found(text, "NL312") == [("8 U.S.C. § 1357", ("8 U.S.C. 1357",))]


def test_a_tie_goes_to_the_ap_form_and_a_set_house_style_governs() -> None:
    text = "It cited 8 U.S.C. 1373 and 8 U.S.C. § 1357."
    assert found(text, "NL312") == [("8 U.S.C. § 1357", ("8 U.S.C. 1357",))]
    # Where the newsroom set its style, NL313 enforces it and NL312 steps aside.
    assert found(text, "NL313", section_symbol="require") == [
        ("8 U.S.C. 1373", ("8 U.S.C. § 1373",))
    ]
    assert not found(text, "NL312", section_symbol="require")


def test_house_style_applies_to_a_story_consistent_with_itself() -> None:
    text = "It cited 18 U.S.C. § 1001 and 42 U.S.C. § 408."
    assert not found(text, "NL313")  # not configured: silent
    assert [span for span, _ in found(text, "NL313", section_symbol="omit")] == [
        "18 U.S.C. § 1001",
        "42 U.S.C. § 408",
    ]


def test_one_form_throughout_is_left_alone_whatever_the_house_style() -> None:
    text = "It cited 18 U.S.C. § 1001 and 42 U.S.C. § 408."
    assert not found(text, "NL312")
    assert not found(text, "NL312", section_symbol="omit")


def test_multiple_sections_take_a_double_sign() -> None:
    text = "See 18 U.S.C. § 1001, 18 U.S.C. § 1002 and 18 U.S.C. 1341, 1343."
    assert (
        fixed(text, "NL312")
        == "See 18 U.S.C. § 1001, 18 U.S.C. § 1002 and 18 U.S.C. §§ 1341, 1343."
    )


def test_impossible_titles() -> None:
    assert fixed("charged under 81 U.S.C. 1346", "NL314") == "charged under 18 U.S.C. 1346"
    assert fixed("charged under 1346 U.S.C. 18", "NL314") == "charged under 18 U.S.C. 1346"
    assert fixed("charged under 1343 U.S.C. § 18", "NL314") == "charged under 18 U.S.C. § 1343"
    assert found("charged under 99 U.S.C. 100", "NL314") == [("99", ())]
    assert found("the rule at 71 C.F.R. 240.10b-5", "NL314") == [("71", ("17",))]
    assert found("Title 62, Section 7201 of the U.S. Code", "NL314") == [("62", ("26",))]
    assert not found("Title 26, Section 7201 of the U.S. Code", "NL314")
    assert found("Pub. L. No. 151-97", "NL314") == [("151", ("115",))]
    assert not found("Pub. L. No. 115-97", "NL314")


def test_impossible_title_is_found_in_a_reports_style_document() -> None:
    text = "Under 42 U. S. C. §1983 and 81 U. S. C. §1346, the suit went on."
    assert found(text, "NL314") == [("81", ("18",))]
    assert not found(text, "NL311")


def test_impossible_fixes_are_unsafe() -> None:
    (diag,) = [d for d in lint("charged under 81 U.S.C. 1346") if d.rule == "NL314"]
    assert diag.fix is not None and diag.fix.applicability == "unsafe"


@pytest.mark.parametrize(
    ("bad", "good"),
    [
        (
            "In Skilling vs. United States, the court ruled.",
            "In Skilling v. United States, the court ruled.",
        ),
        ("The justices overturned Roe versus Wade.", "The justices overturned Roe v. Wade."),
        (
            "See Skilling v United States, 561 U.S. 358 (2010).",
            "See Skilling v. United States, 561 U.S. 358 (2010).",
        ),
        (
            "United States of America, Appellee, vs. Israel Grossman, Appellant",
            "United States of America, Appellee, v. Israel Grossman, Appellant",
        ),
        ("The state sued in Texas vs. Johnson.", "The state sued in Texas v. Johnson."),
        ("Smith v Jones, 1 F.4th 2 (2021)", "Smith v. Jones, 1 F.4th 2 (2021)"),
        (
            "Snyder vs. Phelps\n\nThe court heard the case. The justices ruled. The appeal failed.",
            "Snyder v. Phelps\n\nThe court heard the case. The justices ruled. The appeal failed.",
        ),
    ],
)
def test_case_names_take_v(bad: str, good: str) -> None:
    assert fixed(bad, "NL321") == good


@pytest.mark.parametrize(
    "text",
    [
        "Tickets for the Lakers vs. Celtics game sold out.",
        "It was Smith vs. Jones in the Senate race.",
        "Smith v Jones, the band, played Friday.",  # a bare "v" needs a case's marks
        "Brown v. Board of Education changed schools.",
        "The Lakers vs. Celtics game (2021) sold out.",
    ],
)
def test_not_case_names_are_quiet(text: str) -> None:
    assert not found(text, "NL321")


def test_citation_spans_are_facts_of_the_analysis() -> None:
    from newslint import markup
    from newslint.analysis import Analysis

    text = "Compliance with 8 U.S.C. 1373 is the minimum."
    assert Analysis(markup.parse(text, "plain")).legal_spans == [(16, 29)]
