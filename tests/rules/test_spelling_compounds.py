"""NL610 compound forms: exact spans and fixes on sentences written for these tests, the
phrases it must leave alone, and the table it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.linter import check_text
from newslint.rules.spelling import compounds
from newslint.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _findings(text: str, fmt: str = "plain", settings: Settings | None = None) -> list[tuple]:
    settings = settings or Settings(select=("NL610",))
    found = check_text(text, fmt, settings).diagnostics
    return [(text[d.start : d.end], tuple(d.replacements)) for d in found if d.rule == "NL610"]


@pytest.mark.parametrize(
    ("text", "span", "fixes"),
    [
        # Two words the dictionary closes, by the counts.
        ("The county's life style survey drew 900 replies.", "life style", ("lifestyle",)),
        ("Reporters crowded into the court room on Monday.", "court room", ("courtroom",)),
        ("A film maker from Ohio won the prize.", "film maker", ("filmmaker",)),
        ("The tax payers will see the refund in May.", "tax payers", ("taxpayers",)),
        # A hyphen inside a closed word.
        ("The agency reported a world-wide shortage.", "world-wide", ("worldwide",)),
        ("She had a life-time ban from the track.", "life-time", ("lifetime",)),
        # A sentence's first word keeps its capital.
        ("Class room sizes grew again this fall.", "Class room", ("Classroom",)),
        # One word for a compound English writes open: the pair, then its hyphenated form.
        (
            "He bought a used wordprocessor at auction.",
            "wordprocessor",
            ("word processor", "word-processor"),
        ),
        ("The town sits near sealevel, the report said.", "sealevel", ("sea level", "sea-level")),
        # The AP house list.
        ("Results arrive in each timezone at noon.", "timezone", ("time zone",)),
    ],
)
def test_flags_the_compound_with_its_fix(text: str, span: str, fixes: tuple[str, ...]) -> None:
    assert _findings(text) == [(span, fixes)]


@pytest.mark.parametrize(
    "text",
    [
        # Pairs with a function word are phrases of their own.
        "They meet every day, and any one of them may be late for some time.",
        "He walked in to the room, then on to the next; all ready, a lot of them waited a while.",
        "Costs rose over time, and no one could work out why.",
        # Phrasal verbs (NL606 judges their nouns after an article).
        "Crews set up the site so voters can log in and work out the details.",
        "The agency's web site lists the everyday workout anyone may try sometime.",
        # Names, acronyms and headline capitals are not judged.
        "He worked on Wall Street and at the Green House Cafe.",
        "LIFE STYLE, a new magazine, launched in May.",
        # A prefix a hyphen keeps apart on purpose.
        "The union asked members to re-sign the petition, and the co-op agreed.",
        # The neighbours read the words as two: "weight on", "way too", "suits my".
        "It was a heavy weight on their shoulders.",
        "You drive way too fast on that road.",
        "The law suits my taste, the senator said.",
        "A wide spread of opinions was heard.",
        # A word AP writes closed although the counts would split it.
        "The agency updated its webpages on Monday.",
        # Part of a longer compound, a path or code.
        "The nut shell-shaped roof and the path a/nut shell/b stayed.",
    ],
)
def test_leaves_correct_copy_alone(text: str) -> None:
    assert _findings(text) == []


def test_code_and_quotations_are_left_alone() -> None:
    text = 'Run `life style` to see it. "The court room was full," she said.\n'
    assert _findings(text, "markdown") == []


def test_a_newsroom_word_list_keeps_a_closed_word(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.write_text("wordprocessor\n", encoding="utf-8")
    settings = Settings(select=("NL610",), dictionary=(str(words),))
    assert _findings("He bought a used wordprocessor at auction.", settings=settings) == []


def test_the_neighbours_decide_between_the_two_readings() -> None:
    # "weight on" is common and "heavyweight on" is not: the pair reads as two words.
    assert compounds.closed_margin("heavy", "weight", "heavyweight", "a", "on") < 0
    # With no neighbours to go by, the counts alone decide: "lifetime" is far commoner.
    assert compounds.closed_margin("life", "time", "lifetime", "", "") > compounds.MARGIN


def test_the_table_holds_derived_pairs_and_no_function_word_pairs() -> None:
    table = compounds.table()
    assert table.closed("nut", "shell") == "nutshell"
    assert table.closed("wide", "spread") == "widespread"
    assert table.opened("wordprocessor") == "word processor"
    # Function words and phrasal verbs never make a pair, whatever the counts say.
    for first, second in [
        ("may", "be"),
        ("in", "to"),
        ("every", "day"),
        ("some", "time"),
        ("any", "one"),
        ("set", "up"),
        ("work", "out"),
        ("a", "lot"),
    ]:
        assert table.closed(first, second) is None
    # Words in a standard dictionary are never split ("timezone" is the house list's).
    for word in (
        "website",
        "healthcare",
        "cellphone",
        "timezone",
        "setup",
        "login",
        "everyday",
        "anyone",
        "sometime",
        "maybe",
        "into",
        "workout",
        "nutshell",
    ):
        assert table.opened(word) is None


def test_every_pair_of_the_table_is_found() -> None:
    # The lookup searches the lines of the pair's first word only: check them all.
    text = (ROOT / "newslint" / "data" / "compounds.tsv").read_text(encoding="utf-8")
    table = compounds.table()
    for line in text.splitlines():
        if line.startswith("+"):
            first, second, word = line[1:].split("\t")
            assert table.closed(first, second) == word, line
        elif line.startswith("-"):
            word, pair = line[1:].split("\t")
            assert table.opened(word) == pair, line


def test_the_table_is_what_the_build_script_writes() -> None:
    # The build needs symspellpy and SCOWL, which are not installed for the tests: check the
    # shape of the shipped files instead (sorted, one kind per line, parts of the words).
    lines = (ROOT / "newslint" / "data" / "compounds.tsv").read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    assert body == sorted(body)
    for line in body:
        kind, fields = line[0], line[1:].split("\t")
        assert kind in "+-", line
        if kind == "+":
            first, second, word = fields
            assert first + second == word, line
        else:
            word, pair = fields
            assert pair.replace(" ", "") == word, line
