"""Confusable words judged in context (newslint/rules/usage)."""

from __future__ import annotations

import pytest

from newslint.analysis import Words
from newslint.linter import check_text
from newslint.rules.usage.context import Window, match_case
from newslint.settings import Settings

USAGE = Settings(select=("NL2", "NL5"))


def fixes(text: str, fmt: str = "plain", settings: Settings = USAGE) -> list[tuple[str, str, str]]:
    result = check_text(text, fmt=fmt, settings=settings)
    return [
        (d.rule, text[d.start : d.end], d.replacements[0])
        for d in result.diagnostics
        if d.replacements
    ]


def test_the_seed_sentence_is_flagged_with_affect() -> None:
    text = "The ruling may not, however, effect Sessions’s demands for compliance."
    assert fixes(text) == [("NL201", "effect", "affect")]


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers studied the effect of the ruling.",
        "Advocates want to effect change in the county.",
        "In effect, the order ends the program.",
        "The ruling is in effect until March.",
        "The ban took effect at midnight.",
        "The cuts will affect schools in three counties.",
        "The court said the statute had no effect on pending cases.",
    ],
)
def test_correct_affect_and_effect_are_quiet(text: str) -> None:
    assert fixes(text) == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("The delays could adversely effect the trial.", "effect", "affect"),
        ("The storm is no longer effecting flights.", "effecting", "affecting"),
        ("Thousands of families were badly effected.", "effected", "affected"),
        ("The order had an immediate affect on prices.", "affect", "effect"),
        ("The rule goes into affect on Monday.", "affect", "effect"),
    ],
)
def test_affect_effect_slips(text: str, word: str, fix: str) -> None:
    assert fixes(text) == [("NL201", word, fix)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jurors deliberated in there own room.", ("there", "their")),
        ("The lawyers argued about they're fees.", ("they're", "their")),
        ("Officials said their is no deadline.", ("their", "there")),
        ("The board closed it's inquiry.", ("it's", "its")),
        ("The witness who's testimony mattered left.", ("who's", "whose")),
        ("The county paid more then $2 million.", ("then", "than")),
        ("Back than, the court met monthly.", ("than", "then")),
        ("The audit had lead to charges.", ("lead", "led")),
        ("Officers may loose their badges.", ("loose", "lose")),
        ("The suit alleges breech of contract.", ("breech", "breach")),
        ("The council gave the chief free reign.", ("reign", "rein")),
        ("The report peaked his interest.", ("peaked", "piqued")),
        (
            "The defense argued the statue of limitations had run.",
            ("statue of limitations", "statute of limitations"),
        ),
    ],
)
def test_each_family_finds_its_slip(text: str, expected: tuple[str, str]) -> None:
    assert [(found, fix) for _, found, fix in fixes(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Residents there say the water is safe.",
        "Were there any objections?",
        "It's unclear whether the court will act.",
        "Who's going to pay for it?",
        "Prices were lower then, and rents too.",
        "The cost is higher than expected.",
        "These failures lead to delays every year.",
        "The rope came loose.",
        "She was lead counsel for the city.",
        "The principal reason was cost.",
        "Interest rates peaked in May.",
        "The reigns of Henry VIII and Elizabeth I were long.",
    ],
)
def test_correct_uses_stay_quiet(text: str) -> None:
    assert fixes(text) == []


def test_sound_alikes_are_flagged_inside_quotations() -> None:
    # a quote is spoken: "there" for "their" is the writer's spelling, not the speaker's
    text = "“They lost there homes,” the mayor said."
    assert fixes(text) == [("NL202", "there", "their")]


def test_word_choice_inside_quotations_is_left_alone() -> None:
    text = "“They flaunted the law,” the mayor said. Others flaunted the law."
    found = fixes(text)
    assert found == [("NL216", "flaunted", "flouted")]
    assert text.index("flaunted", 30) == check_text(text, settings=USAGE).diagnostics[0].start


def test_replacement_keeps_the_stories_apostrophe_and_case() -> None:
    assert fixes("Its a long way. The city’s budget grew.") == [("NL203", "Its", "It’s")]
    assert fixes("Its a long way.") == [("NL203", "Its", "It's")]
    assert match_case("EFFECT", "affect") == "AFFECT"


def test_markdown_offsets_point_at_the_source_word() -> None:
    source = "# Budget\n\nThe *new* rules may effect **schools**."
    result = check_text(source, fmt="markdown", settings=USAGE)
    [diag] = result.diagnostics
    assert source[diag.start : diag.end] == "effect"


def test_window_skips_a_parenthetical_aside() -> None:
    tokens = Words("It may not, however, effect them.")
    i = next(k for k, t in enumerate(tokens) if t.text == "effect")
    assert Window(tokens, i).prev_skipping() == "may"


def test_window_stops_at_a_sentence_end_but_not_an_abbreviation() -> None:
    tokens = Words("He left. Then Mr. Smith spoke.")
    i = next(k for k, t in enumerate(tokens) if t.text == "Then")
    assert Window(tokens, i).at(-1) is None
    j = next(k for k, t in enumerate(tokens) if t.text == "Smith")
    assert Window(tokens, j).word(-2) == "mr"
