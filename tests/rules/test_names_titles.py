"""Formal titles: capitalised only directly before a name (AP titles; Chicago 8.19–8.21)."""

from __future__ import annotations

import pytest

from newslint.linter import check_text
from newslint.rules.names.titles import lower_title
from newslint.settings import Settings


def _titles(text: str, fmt: str = "plain", style: str = "ap") -> list[tuple[str, str]]:
    result = check_text(text, fmt, settings=Settings(style=style, select=("NL104",)))
    return [(text[d.start : d.end], d.replacements[0]) for d in result.diagnostics]


@pytest.mark.parametrize("style", ["ap", "chicago"])
def test_standalone_title_after_the_story_used_it_before_a_name(style: str) -> None:
    text = (
        "The mayors met Attorney General Jeff Sessions on Tuesday. Two of them stayed "
        "after the meeting with the Attorney General, aides said."
    )
    assert _titles(text, style=style) == [("Attorney General", "attorney general")]


def test_title_in_apposition_after_a_name() -> None:
    assert _titles("The plan drew praise from Steve Adler, the Mayor of Austin.") == [
        ("Mayor", "mayor")
    ]


def test_title_after_an_indefinite_article() -> None:
    assert _titles("Fans cheered when a Federal Judge welcomed 16 new citizens.") == [
        ("Federal Judge", "federal judge")
    ]
    assert _titles("She was named a U.S. District Judge in 2010.") == [
        ("U.S. District Judge", "U.S. district judge")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayors met Attorney General Jeff Sessions on Tuesday.",
        # no person in the story holds the title: an office named in a statute
        "The act requires the Attorney General to report annually to Congress.",
        # an office's name, not a person
        "President George Washington signed the act, which let the President of the United "
        "States appoint attorneys.",
        "Attorney General Jeff Sessions spoke. The Office of the Attorney General agreed.",
        "Attorney General Jeff Sessions spoke. The Attorney General’s Office agreed.",
        # part of a longer proper noun
        "Chief Justice William Howard Taft spoke. The Justice Department agreed.",
        "Judge Ruth Moss spoke. Later the Texas Attorney General weighed in.",
        # a government release's appositive title, without "the"
        "Kenneth L. Wainstein, Assistant Attorney General for National Security, spoke.",
    ],
)
def test_titles_left_alone(text: str) -> None:
    assert _titles(text) == []


def test_sentence_start_headline_and_quotation_are_left_alone() -> None:
    text = (
        "# Attorney General Meets Mayors\n\nAttorney General Jeff Sessions met the mayors. "
        "“The Attorney General listened,” one said.\n"
    )
    assert _titles(text, "markdown") == []


@pytest.mark.parametrize(
    "lead",
    ["the former", "The former", "THE former", "the  then-", "(the", "the\tinterim", "An acting"],
)
def test_standalone_title_after_an_article_in_any_case(lead: str) -> None:
    text = f"Mayor Steve Adler spoke. Aides briefed {lead} Mayor, officials said."
    assert _titles(text) == [("Mayor", "mayor")]


# "The Acting Mayor": a capitalised word before the title makes a longer proper noun.
@pytest.mark.parametrize("lead", ["xthe", "the retiring", "a-the", "The Acting"])
def test_no_article_right_before_the_title(lead: str) -> None:
    text = f"Mayor Steve Adler spoke. Aides briefed {lead} Mayor, officials said."
    assert _titles(text) == []


def test_lower_title_keeps_proper_parts() -> None:
    assert lower_title("U.S. District Judge") == "U.S. district judge"
    assert lower_title("United States Attorney") == "United States attorney"
    assert lower_title("Mayor") == "mayor"


def test_a_wrapped_line_of_plain_text_is_not_a_headline() -> None:
    # The first line has no final period and many capitals, but it is part of a paragraph.
    from newslint.linter import check_text

    text = (
        "Mayor Steve Adler spoke first.\n\nAdler, the Mayor of Austin, called the plan a "
        "compromise. Council Member\nGreg Casar said no.\n"
    )
    found = [
        (text[d.start : d.end], d.replacements)
        for d in check_text(text).diagnostics
        if d.rule == "NL104"
    ]
    assert found == [("Mayor", ("mayor",))]
