"""Establishing each person's spelling, and the mentions that stray from it."""

from __future__ import annotations

import random

import pytest

from newslint.diagnostics import Diagnostic
from newslint.fixer import apply_fixes
from newslint.linter import check_text
from newslint.rules.names.spelling import near, osa_distance, possessive
from newslint.settings import Settings


def _check(text: str, style: str = "ap", fmt: str = "plain") -> list[Diagnostic]:
    return check_text(text, fmt, settings=Settings(style=style, select=("NL1",))).diagnostics


def _found(text: str, style: str = "ap") -> list[tuple[str, str, str]]:
    """(rule, flagged text, first replacement) for each finding."""
    return [
        (d.rule, text[d.start : d.end], d.replacements[0] if d.replacements else "")
        for d in _check(text, style)
    ]


def _fixed(text: str, style: str = "ap") -> str:
    return apply_fixes(text, _check(text, style), unsafe=True)[0]


# ---------------------------------------------------------------- the story's pattern

STORY = (
    "The mayors of 12 cities met with Attorney General Jeff Sessions in Washington on "
    "Tuesday to talk about police grants.\n\n"
    "Session’s Justice Department wrote to nine cities last month. After the meeting with "
    "the Attorney General, Mayor Mitch Landrieu of New Orleans called the talks frank.\n\n"
    "Cutting the grants has been a centerpiece of Session’s policy. A federal judge, "
    "William Orrick, blocked part of it, but the ruling may not affect Sessions’s demands.\n"
)


def test_story_pattern_ap() -> None:
    found = _found(STORY)
    assert ("NL101", "Session’s", "Sessions’") in found
    assert found.count(("NL101", "Session’s", "Sessions’")) == 2
    assert ("NL103", "Sessions’s", "Sessions’") in found
    assert ("NL104", "Attorney General", "attorney general") in found


def test_story_pattern_chicago() -> None:
    found = _found(STORY, style="chicago")
    assert found.count(("NL101", "Session’s", "Sessions’s")) == 2
    assert not any(f[1] == "Sessions’s" for f in found)  # right under Chicago
    assert ("NL104", "Attorney General", "attorney general") in found


def test_message_names_the_first_mention() -> None:
    diag = next(d for d in _check(STORY) if d.rule == "NL101")
    assert "Attorney General Jeff Sessions" in diag.message


# ---------------------------------------------------------------- near misses


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Mayor Mitch Landrieu spoke first. Later, Landreiu left.", "Landreiu", "Landrieu"),
        ("Judge William Orrick ruled Monday. In the order, Orick wrote more.", "Orick", "Orrick"),
        (
            "Michael Jones, 25, pleaded guilty. Prosecutors said Jnoes hid the guns.",
            "Jnoes",
            "Jones",
        ),
        ("Michael Jones, 25, pleaded guilty. Prosecutors said Jone hid the guns.", "Jone", "Jones"),
        ("Judge Joy Flowers Conti presided. Judge Contti set sentencing.", "Contti", "Conti"),
        (
            "Defendant Ricardo Rivera-Ortiz appeared. The jury found that Riviera-Ortiz lied.",
            "Riviera-Ortiz",
            "Rivera-Ortiz",
        ),
        (
            "Martin SWEIG and Nathan Voloshen, Defendants.\n\nFor defendant, Martin Swieg.",
            "Swieg",
            "Sweig",
        ),
    ],
)
def test_one_edit_slips(text: str, wrong: str, right: str) -> None:
    assert ("NL101", wrong, right) in _found(text)


def test_all_caps_slip_is_fixed_in_caps() -> None:
    text = "Defendant Martin Sweig appeared. The caption read MARTIN SWIEG, DEFENDANT."
    assert ("NL101", "SWIEG", "SWEIG") in _found(text)


def test_later_references_outvote_a_slip_in_the_full_reference() -> None:
    text = (
        "Defendant Raymond T. Holliser moved to suppress. Hollister says the stop was "
        "illegal. The officer stopped Hollister's truck. Hollister lost."
    )
    assert _found(text) == [("NL101", "Holliser", "Hollister")]


def test_possessive_slips_take_the_house_possessive() -> None:
    text = "Attorney General Jeff Sessions spoke. It is a centerpiece of Session’s policy."
    assert _fixed(text).endswith("centerpiece of Sessions’ policy.")
    assert _fixed(text, "chicago").endswith("centerpiece of Sessions’s policy.")
    text = "Her assistant, Frances Acevedo, spoke. Later, Aceveda’s salary rose."
    assert ("NL101", "Aceveda’s", "Acevedo’s") in _found(text)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Defendant Paul Grossman appealed. The court denied Grossmans motion.", "Grossman's"),
        (
            "Defendant Paul Grossman appealed. The court denied Grossmans motion, “firmly.”",
            "Grossman’s",
        ),
    ],
)
def test_possessive_without_apostrophe_uses_the_drafts_apostrophe(text: str, fix: str) -> None:
    assert ("NL101", "Grossmans", fix) in _found(text)


def test_plural_family_is_not_a_missing_apostrophe() -> None:
    text = "Defendant Paul Grossman appealed. The Grossmans declined to comment."
    assert _found(text) == []


def test_a_misspelled_name_in_a_quotation_is_flagged_and_only_the_name_changes() -> None:
    text = "Mayor Mitch Landrieu spoke. “We told Landreiu no, twice,” a rival said."
    assert ("NL101", "Landreiu", "Landrieu") in _found(text)
    fixed = "Mayor Mitch Landrieu spoke. “We told Landrieu no, twice,” a rival said."
    assert _fixed(text) == fixed


# ---------------------------------------------------------------- first names


def test_wrong_first_name_on_a_later_full_reference() -> None:
    text = (
        "Attorney General Jeff Sessions met the mayors. On Wednesday, Jim Sessions told "
        "reporters the talks went well."
    )
    diags = [d for d in _check(text) if d.rule == "NL102"]
    assert len(diags) == 1 and text[diags[0].start : diags[0].end] == "Jim"
    assert diags[0].replacements == ("Jeff",)
    assert "Attorney General Jeff Sessions" in diags[0].message


def test_same_middle_initial_means_same_person() -> None:
    text = "Israel G. Grossman appealed. Appellant Isaac G. Grossman argues the point."
    assert _found(text) == [("NL102", "Isaac", "Israel")]


# ---------------------------------------------------------------- no false alarms


@pytest.mark.parametrize(
    "text",
    [
        # two people who share a surname, introduced as such
        "Sen. Ted Cruz and his wife, Heidi Cruz, voted early. Cruz spoke later.",
        "Jose Garcia, 45, and Juan Garcia, 41, admitted the scheme.",
        "Alan M. Dershowitz and Nathan Z. Dershowitz filed the brief.",
        "Mayor Mitch Landrieu spoke. His sister, Sen. Mary Landrieu, spoke too.",
        "Defendant Maria Hernandez appeared with her lawyer, Luis Fernandez. Hernandez "
        "pleaded guilty and Fernandez said she was relieved.",
        # ordinary words
        "Attorney General Jeff Sessions spoke. The session’s agenda was short.",
        "Attorney General Jeff Sessions spoke. Sessions of Congress resume in January.",
        "Attorney General Jeff Sessions spoke. He addressed a joint Session of Congress.",
        # sentence-initial capitals
        "Attorney General Jeff Sessions spoke. Session after session, he repeated it.",
        "Mayor Karen Moore spoke. More than 200 people came.",
        # places and organisations
        "Attorney General Jeff Sessions lives near Session Road in Mobile.",
        "Mayor Carl Johnston spoke in Johnston County and at Johnson Elementary School.",
        "Sen. Maria Austen flew to Austin on Monday. She stayed in Austin.",
        # names inside quotations spelled as established
        "Mayor Mitch Landrieu spoke. “Landrieu is right,” a supporter said.",
        "Attorney General Jeff Sessions spoke. “Sessions’ plan works,” an aide said.",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert _found(text) == []


def test_headline_words_are_not_slips() -> None:
    text = "# Sessions Ends Session With Call for Calm\n\nAttorney General Jeff Sessions spoke."
    assert [
        d.rule for d in check_text(text, "markdown", settings=Settings(select=("NL1",))).diagnostics
    ] == []


def test_known_names_left_for_the_spelling_engines() -> None:
    from newslint import markup
    from newslint.linter import all_rules, run_rules
    from newslint.rule import Context

    text = "Attorney General Jeff Sessions spoke. Later, Sesions left. Sessions returned."
    ctx = Context()
    rules = [r for r in all_rules(Settings()) if r.id == "NL101"]
    run_rules(markup.parse(text, "plain"), rules, ctx)
    assert {"Jeff", "Sessions"} <= ctx.analysis.known_names
    assert "Sesions" not in ctx.analysis.known_names  # a slip is not a known name


# ---------------------------------------------------------------- helpers


def test_possessive_forms() -> None:
    assert possessive("Sessions", "’", "ap") == "Sessions’"
    assert possessive("Sessions", "’", "chicago") == "Sessions’s"
    assert possessive("Trump", "'", "ap") == "Trump's"
    assert possessive("SESSIONS", "'", "chicago") == "SESSIONS'S"


def test_near_is_one_edit_with_transpositions() -> None:
    assert near("landreiu", "landrieu") and near("orick", "orrick")
    assert near("session", "sessions")
    assert not near("cruz", "cruz") and not near("lee", "les")  # same word; too short
    assert not near("garcia", "garza")


def test_near_and_osa_distance_agree_with_rapidfuzz() -> None:
    from rapidfuzz.distance import OSA

    rng = random.Random(7)
    for _ in range(3000):
        a = "".join(rng.choice("abse") for _ in range(rng.randint(0, 7)))
        b = list(a)
        for _ in range(rng.randint(0, 2)):  # up to two random edits
            i = rng.randrange(len(b) + 1)
            op = rng.randrange(4)
            if op == 0:
                b.insert(i, rng.choice("abse"))
            elif op == 1 and i < len(b):
                del b[i]
            elif op == 2 and i < len(b):
                b[i] = rng.choice("abse")
            elif i + 1 < len(b):
                b[i], b[i + 1] = b[i + 1], b[i]
        other = "".join(b)
        distance = OSA.distance(a, other)
        assert osa_distance(a, other) == distance, (a, other)
        one_apart = a != other and min(len(a), len(other)) >= 4 and distance == 1
        assert near(a, other) is one_apart, (a, other)


# ---------------------------------------------------------------- slips that generalise


def test_a_story_of_slips_of_every_kind() -> None:
    text = (
        "Councilwoman Rosa Delgado opened the hearing. Afterward, Delgadoo said it went well.\n\n"
        "Reporter Nadia Brennan filed the story. Brennans editor approved it.\n\n"
        "Tatiana Morozova testified on Tuesday. Morozvoa said she had warned the board.\n\n"
        "Defense Secretary William Harmon arrived. Later, Bill Harmon left the room.\n\n"
        "Young people in Hong Kong's markets met Secretary Kevin Yeung and Mayor Anna Wong.\n"
    )
    assert _found(text) == [
        ("NL101", "Delgadoo", "Delgado"),
        ("NL101", "Brennans", "Brennan's"),
        ("NL101", "Morozvoa", "Morozova"),
        ("NL102", "Bill", "William"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A common word of the dictionary opening a sentence is the word, not a slip.
        "Secretary Kevin Yeung toured the market. Young shoppers crowded the stalls.",
        "Professor Ilse Lang spoke. Long lines formed outside the hall.",
        "Economist Ana Rica spoke. Rice prices rose again in March.",
        # A possessive inside a longer proper noun is the place's.
        "Mayor Anna Wong spoke. Residents crowded Hong Kong's markets.",
        # A plural opening a sentence, before a verb, is not a possessive.
        "Reporter Nadia Brennan filed the story. Brennans were everywhere, she joked.",
        # A full name at a sentence's start with no near miss later is not a person yet.
        "Tatiana Morozova testified. Moscow said nothing.",
        # A short form for a brother named on the same line.
        "Defense Secretary William Harmon arrived with his brother, Bill Harmon.",
    ],
)
def test_ordinary_words_beside_names_are_left_alone(text: str) -> None:
    assert _found(text) == []


def test_a_slip_after_a_possessive_inside_a_title_is_still_a_slip() -> None:
    text = "Judge Paul Orrick ruled on Monday. Judge Orick's order stood."
    assert _found(text) == [("NL101", "Orick's", "Orrick's")]


def test_nickname_table() -> None:
    from newslint.rules.names.nicknames import same_given_name

    assert same_given_name("bill", "william") and same_given_name("william", "bill")
    assert same_given_name("peggy", "margaret")
    assert not same_given_name("bill", "margaret")


def test_ordinary_words_come_from_the_dictionary() -> None:
    from newslint.rules.names.people import ordinary_word

    assert ordinary_word("young") and ordinary_word("long") and ordinary_word("rice")
    # Names the dictionary knows only capitalised, and words it does not know at all.
    assert not ordinary_word("kong") and not ordinary_word("wong")
    assert not ordinary_word("volkvoa") and not ordinary_word("kesslers")


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Sen. Marta Kleinfeld spoke. Then Kleinfled left the chamber.", "Kleinfled"),
        ("Sen. Marta Kleinfeld spoke. On Monday Kleinfled left the chamber.", "Kleinfled"),
        ("Rep. Lena Oyelaran voted no. Later Oyelaren said she had doubts.", "Oyelaren"),
    ],
)
def test_a_sentence_opener_or_a_day_is_not_part_of_the_surname(text: str, wrong: str) -> None:
    # "Then Kleinfled" is an ordinary word opening a sentence, then the name; it is not
    # one proper noun the way "New Orleans" is.
    assert [(r, w) for r, w, _ in _found(text)] == [("NL101", wrong)]


def test_a_proper_noun_that_starts_mid_sentence_is_still_left_alone() -> None:
    text = "Sen. Marta Kleinfeld spoke. Officials in Port Kleinfled said little."
    assert _found(text) == []
