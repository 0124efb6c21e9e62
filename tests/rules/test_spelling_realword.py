"""NL609 real-word slips: exact spans and fixes on sentences written for these tests."""

from __future__ import annotations

import pytest

from newslint.linter import check_text
from newslint.settings import Settings


def _findings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    settings = Settings(select=("NL609",))
    found = check_text(text, settings=settings).diagnostics
    return [(text[d.start : d.end], tuple(d.replacements)) for d in found if d.rule == "NL609"]


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        ("Parking was the must common complaint at the meeting.", "must", "most"),
        ("The mayor said she though that the plan was fair.", "though", "thought"),
        ("The hearing was help on Monday in the council chamber.", "help", "held"),
    ],
)
def test_flags_the_slip_with_its_fix(text: str, slip: str, fix: str) -> None:
    assert _findings(text) == [(slip, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "Parking was the most common complaint at the meeting.",
        "Residents must register by Friday, the clerk said.",
        "Though turnout was low, the measure passed easily.",
        "The county asked the state for help on Monday.",
        "The Must Farm site was excavated in 2016.",  # a name mid-sentence
        "The must-win game is on Friday.",  # beside a hyphen: not judged
    ],
)
def test_leaves_correct_copy_alone(text: str) -> None:
    assert _findings(text) == []


def test_a_word_without_a_neighbour_on_each_side_is_not_judged() -> None:
    # The evidence is a word on each side: a sentence's first word has none before it.
    assert _findings("The road was closed. Must people now take the detour.") == []
    assert _findings("The vote was the must.") == []


def test_a_doubled_word_is_left_to_the_doubled_word_rule() -> None:
    text = "Prices continued a a slide that began in the spring."
    result = check_text(text, "plain", Settings(select=("NL6",)))
    found = [(d.rule, text[d.start : d.end]) for d in result.diagnostics]
    assert ("NL601", "a a") in found
    assert not [f for f in found if f[0] == "NL609"]
