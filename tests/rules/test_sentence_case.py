"""NL611: a sentence that begins with a lowercase letter after a full stop."""

from __future__ import annotations

import pytest

from newslint.linter import check_text
from newslint.settings import Settings

LONG = "The county board said on Tuesday that it had approved the plan."  # 64 characters


def flagged(text: str, fmt: str = "plain") -> list[tuple[str, str, tuple[str, ...]]]:
    """(the flagged source text, the text after it, the fixes) of each NL611 finding."""
    result = check_text(text, fmt, Settings(select=("NL611",)))
    return [
        (text[d.start : d.end], text[d.end : d.end + 8], tuple(d.replacements))
        for d in result.diagnostics
        if d.rule == "NL611"
    ]


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
def test_a_lowercase_word_after_a_full_stop_is_capitalized(fmt: str) -> None:
    text = "The council met on Monday. it voted to raise fares. So it went."
    assert flagged(text, fmt) == [("it", " voted t", ("It",))]


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
def test_a_soft_line_break_is_prose(fmt: str) -> None:
    text = f"{LONG}\nthe vote was 6-3, and the mayor signed it.\n"
    assert flagged(text, fmt) == [("the", " vote wa", ("The",))]


def test_pronouns_before_a_defining_verb_are_flagged() -> None:
    text = "The board met late. this is the third delay. there is no date yet."
    assert flagged(text) == [("this", " is the ", ("This",)), ("there", " is no d", ("There",))]


def test_a_verb_after_dropped_code_is_not_read_as_the_next_word() -> None:
    text = "The runner returns a promise once the test completes. if `test()` is called late, it waits."
    assert flagged(text, "markdown") == [("if", " `test()", ("If",))]


def test_contractions_and_a_comma_after_the_word() -> None:
    text = "The board met late. however, nothing passed. it's over for now."
    assert flagged(text) == [
        ("however", ", nothin", ("However",)),
        ("it's", " over fo", ("It's",)),
    ]


def test_inside_a_list_item_after_its_first_sentence() -> None:
    # The item's first word is never flagged (items are often lowercase fragments);
    # a lowercase word after a full stop inside the item is a slip as in prose.
    text = "- added a new route to the airport. it opens in May.\n- fixed the map\n"
    assert flagged(text, "markdown") == [("it", " opens i", ("It",))]


def test_in_a_blockquote_across_a_wrapped_line() -> None:
    text = f"> {LONG}\n> the vote was close, and the mayor signed it.\n"
    assert flagged(text, "markdown") == [("the", " vote wa", ("The",))]


def test_the_fix_is_applied_by_check_fix() -> None:
    from newslint.fixer import apply_fixes

    text = "The council met on Monday. it voted to raise fares."
    result = check_text(text, "plain", Settings(select=("NL611",)))
    assert apply_fixes(text, result.diagnostics) == (
        "The council met on Monday. It voted to raise fares.",
        1,
    )


@pytest.mark.parametrize(
    "text",
    [
        # Lowercase by design: an inner capital, or a word not in the dictionary, or
        # one the dictionary knows only as a name.
        "Sales of phones rose this year. iPhone sales rose most of all.",
        "The auction site grew fast in the 1990s. eBay sold it for less.",
        "Apple released the new system on Monday. macOS runs on it.",
        "The package manager ships with Node. npm installs the tools.",
        "The plugin needs a script on the page. jQuery is loaded first.",
        "The system runs on many servers. linux runs most of them.",
        # After an abbreviation, an initial, a.m./p.m., e.g./i.e., "approx."
        "Aid came from the U.S. in the spring, and from Canada.",
        "He spoke with Gov. and Mrs. Smith about the budget.",
        "The meeting ran until 10 a.m. and ended with a vote.",
        "The state pays for many things, e.g. roads and bridges.",
        "The route is approx. two miles long, officials said.",
        "He cited the statute, 8 U.S.C. 1373, and the rule. Id. at 12.",
        # After an ellipsis, a colon, a question or exclamation mark.
        "The mayor paused ... then went on with the speech.",
        "The mayor paused… then went on with the speech.",
        "The rule is simple: the last one out turns off the lights.",
        '"Why?" he asked the board before the vote.',
        "“Stop!” she yelled at the crowd in the square.",
        "Was it an accident? a crime? No one knew for sure.",
        # A closing quote or bracket after the stop; a stop inside brackets.
        '"We won the vote." she said it twice to the crowd.',
        "The board met (the vote was close.) and then it adjourned.",
        "The rules allow it (see the docs. it is short) for now.",
        # A number or a version before the stop.
        "The city upgraded its software to version 1.2. then it crashed.",
        "The budget grew by 3 percent in 2023. then it fell again.",
        # A quoted fragment.
        'He called the plan "a mess. a disaster from the start" on Monday.',
        # Not prose before the stop: a label.
        "Warning. the bridge is closed to all traffic tonight.",
        # Short lines: verse, an address.
        "The woods are dark and deep.\nand I have promises to keep.",
        # A note indented under an entry.
        "  The script that builds the index lives in its own directory.\n"
        "    contributed by a reader in 2004.",
        # Not prose after the word: a command, a call.
        "The tool checks each file in turn. cargo build --release is next.",
        "The helper looks in each folder in turn. name is passed to find_library().",
        # A stray stop, not a missing capital.
        "The name of the agency. not be used in advertising without consent.",
        "Use the encoding given to the constructor. or the default, if none.",
        # A bare noun before a defining verb: a term, as code documentation names a
        # parameter.
        "Set the logging level of this handler. level must be an int or a string.",
        # A list marker or a label at the start of a line; a file extension.
        "The rights covered by the waiver include:\n ii. moral rights of the author;",
        "Given the path to a .pyc. file, return the path to its source.",
    ],
)
def test_left_alone(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Code spans, addresses and handles around the stop.
        "The helper works with the new API. `npm` installs it in one step.",
        "The call runs the code in a sandbox. `run()` then returns a value.",
        "Call the function with a callback `done`. then check the result.",
        "The release notes are online. https://example.com/notes lists them all.",
        "Send questions to the desk by noon. press@example.gov answers them.",
        "The fix came from a volunteer last week. @maintainer merged it quickly.",
        "The settings live in a file on disk. config.toml holds the port.",
        # Headings and the first word of a list item or a table cell.
        "# The plan is set. the vote is next\n\nBody text here.\n",
        "- fixed the parser so it reads dates\n- added a test for it\n",
        "| name | notes |\n| --- | --- |\n| fares | raised by a third |\n",
        "| name | notes |\n| --- | --- |\n| fares | Raised by the board. it met twice |\n",
        # Code blocks.
        "Run this:\n\n```\nThe value is set. then the loop runs.\n```\n",
    ],
)
def test_left_alone_in_markdown(text: str) -> None:
    assert flagged(text, "markdown") == []


def test_a_heading_in_plain_text_is_left_alone() -> None:
    assert flagged("Budget vote set. the plan\n\nThe council met.") == []


def test_a_word_the_story_writes_as_code_is_a_command() -> None:
    prose = "The build is slow on older laptops. make runs twice before it ends.\n"
    assert flagged(prose, "markdown") == [("make", " runs tw", ("Make",))]
    story = "Type `make` in the folder to build it.\n\n" + prose
    assert flagged(story, "markdown") == []
    html = "<p>Type <code>make</code> to build it.</p>\n<p>" + prose + "</p>\n"
    assert flagged(html, "html") == []


def test_a_sentence_end_at_the_start_of_a_wrapped_line() -> None:
    text = "The council said on Monday that it expected the mayor to call a\nreferendum. the date is not set.\n"
    assert flagged(text) == [("the", " date is", ("The",))]
