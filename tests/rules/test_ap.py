"""AP style code rules (newslint/rules/ap) and the AP word packs."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from newslint.linter import check_text
from newslint.rules.ap.numbers import _figure_takes_an, spell
from newslint.settings import Settings

AP = Settings(select=("NL4", "NL5"))
CHICAGO = Settings(select=("NL4", "NL5"), style="chicago")


def found(text: str, fmt: str = "plain", settings: Settings = AP) -> list[tuple[str, str, str]]:
    result = check_text(text, fmt=fmt, settings=settings)
    return [
        (d.rule, text[d.start : d.end], d.replacements[0] if d.replacements else "")
        for d in result.diagnostics
    ]


def test_two_spaces_after_a_sentence_in_plain_text() -> None:
    text = "The judge ruled.  The city appealed."
    assert found(text) == [("NL401", "  ", " ")]


def test_two_spaces_inside_a_quotation_are_still_flagged() -> None:
    assert found("“We won.  We are done,” she said.") == [("NL401", "  ", " ")]


def test_html_collapses_spaces_so_nothing_is_flagged() -> None:
    assert found("<p>The judge ruled.  The city appealed.</p>", fmt="html") == []


def test_markdown_keeps_inline_spaces_but_not_hard_breaks() -> None:
    source = "The judge ruled.  The city appealed.  \nIt was late."
    result = check_text(source, fmt="markdown", settings=AP)
    assert [(d.start, d.end) for d in result.diagnostics] == [(16, 18)]


def test_us_needs_periods_in_text_but_not_in_a_headline() -> None:
    text = "Judges Praise US Program\n\nThe US Courts said the program resumed."
    assert found(text) == [("NL402", "US", "U.S.")]


def test_us_is_left_alone_under_chicago() -> None:
    assert found("The US Courts said so.", settings=CHICAGO) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("The hearing starts at 10AM.", "10 a.m."),
        ("Polls close at 8:00 p.m. Tuesday.", "8 p.m."),
        ("Lunch is at 12 noon.", "noon"),
    ],
)
def test_times_of_day(text: str, fix: str) -> None:
    assert [f for _, _, f in found(text)] == [fix]


def test_chicago_keeps_on_the_hour_minutes() -> None:
    assert found("Polls close at 8:00 p.m. Tuesday.", settings=CHICAGO) == []


def test_postal_code_in_text_and_state_name_in_a_dateline() -> None:
    assert found("A jury in Detroit, MI convicted him.") == [("NL404", "MI", "Michigan")]
    assert found("DETROIT, Michigan — A jury convicted him.") == [("NL404", "Michigan", "Mich.")]
    assert found("DETROIT, MI — A jury convicted him.") == [("NL404", "MI", "Mich.")]


@pytest.mark.parametrize(
    "text",
    [
        "The boy, 7, was unhurt.",
        "The fine was $5 million.",
        "The vote was 5-4.",
        "He pleaded guilty to Count 3.",
        "Prices rose 5% last year.",
        "She lives at 4 Elm St.",
        "The man was sentenced to 5 years in prison.",
        "The law, 8 USC 1373, bars it.",
        "The test has (1) a limit and (2) a cap.",
    ],
)
def test_ap_number_exceptions_keep_figures(text: str) -> None:
    assert found(text) == []


def test_small_numbers_are_spelled_out_and_capitalized_at_a_sentence_start() -> None:
    assert found("Officers searched 3 homes.") == [("NL406", "3", "three")]
    assert found("4 officers were hurt.") == [("NL406", "4", "Four")]


def test_chicago_spells_out_through_one_hundred() -> None:
    assert found("The court heard 25 cases.", settings=CHICAGO) == [("NL406", "25", "twenty-five")]
    assert spell(100) == "one hundred"


def test_figures_for_ten_and_up_except_at_a_sentence_start() -> None:
    assert found("The jury heard fifteen witnesses.") == [("NL407", "fifteen", "15")]
    assert found("Fifteen witnesses testified.") == []


def test_court_paragraphs_keep_their_own_numbers_and_dates() -> None:
    text = "He was convicted on nineteen counts entered September 15, 1987, under 18 U.S.C. 1341."
    assert found(text) == []


@pytest.mark.parametrize(
    ("figure", "an"),
    [
        ("8", True),
        ("80", True),
        ("$8", True),
        ("11", True),
        ("18", True),
        ("1800", True),
        ("1", False),
        ("10", False),
        ("100", False),
        ("$1", False),
        ("2020", False),
    ],
)
def test_article_before_figures(figure: str, an: bool) -> None:
    assert _figure_takes_an(figure) is an


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("A FBI agent testified.", "An"),
        ("It was an DOJ probe.", "a"),
        ("He filed a SEC complaint.", "an"),
    ],
)
def test_article_before_acronyms(text: str, fix: str) -> None:
    assert [f for _, _, f in found(text)] == [fix]


@pytest.mark.parametrize(
    "text", ["It was a NASA probe.", "a UN vote", "an OSHA fine", "a RICO case", "an 18-month term"]
)
def test_article_before_acronyms_said_as_words(text: str) -> None:
    assert found(text) == []


def test_months_ap_and_chicago() -> None:
    assert found("The period ended September 30, 2022.") == [("NL409", "September", "Sept.")]
    assert found("The decree was signed Feb. 17th.") == [("NL409", "th", "")]
    assert found("Filings rose in Sept. 2022.") == [("NL409", "Sept.", "September")]
    assert found("The period ended Sept. 30, 2022.", settings=CHICAGO) == [
        ("NL409", "Sept.", "September")
    ]
    assert found("The period ended September 30, 2022.", settings=CHICAGO) == []


def test_time_before_day() -> None:
    text = "On Tuesday at 10 a.m. the council meets."
    assert found(text) == [("NL410", "On Tuesday at 10 a.m.", "At 10 a.m. Tuesday")]


def test_percent_is_consistent_within_a_story() -> None:
    assert found("Filings fell 2.6 percent and fees rose 30 percent.") == []
    assert found("Filings fell 2.6% and fees rose 30 percent.") == [("NL411", "30 percent", "30%")]
    assert found("Filings fell 2.6% and fees rose 30 percent.", settings=CHICAGO) == [
        ("NL411", "2.6%", "2.6 percent")
    ]


def test_compound_modifier_hyphen() -> None:
    assert found("He faces firearm related charges.") == [
        ("NL412", "firearm related", "firearm-related")
    ]
    assert found("The charges are related to fraud.") == []


def test_style_rules_leave_quotations_alone() -> None:
    assert found("“The US Courts met on September 30, 2022,” she said.") == []


def test_word_packs() -> None:
    assert found("The notice is on its web site.") == [("NL503", "web site", "website")]
    assert found("Are people any different than animals?") == [
        ("NL504", "different than", "different from")
    ]
    assert found("Are people any different than animals?", settings=CHICAGO) == []


def _no_form_starts_another(forms: Iterable[str]) -> list[tuple[str, str]]:
    forms = set(forms)
    return [(a, b) for a in forms for b in forms if a != b and b.startswith(a)]


def test_lookup_tables_have_no_form_that_starts_another() -> None:
    # The dateline, month and number-word scans look words up by where they start and
    # take the one form that fits; a form that is the start of another would hide it.
    from newslint.rules.ap.abbreviations import _STATE_FORMS
    from newslint.rules.ap.dates import _FORMS_BY_START
    from newslint.rules.ap.numbers import _NUMBER_WORDS

    assert _no_form_starts_another(_STATE_FORMS) == []
    assert _no_form_starts_another(f for forms in _FORMS_BY_START.values() for f in forms) == []
    assert _no_form_starts_another(_NUMBER_WORDS) == []
    assert _no_form_starts_another(["Ga.", "Ga", "Gaul"]) != []  # the check itself can fail
