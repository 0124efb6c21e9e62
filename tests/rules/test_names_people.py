"""Finding the people in a story: titles, role words, full names, short forms, possessives."""

from __future__ import annotations

import pytest

from newslint.rules.names.people import Mention, find_people, tokenise


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    scan = find_people(text)
    return [(m.kind, m.surname.stem, m.first.stem if m.first else None) for m in scan.mentions]


def _one(text: str) -> Mention:
    scan = find_people(text)
    assert len(scan.mentions) == 1, [m.text(text) for m in scan.mentions]
    return scan.mentions[0]


@pytest.mark.parametrize(
    ("text", "title", "first", "surname"),
    [
        (
            "They met Attorney General Jeff Sessions on Tuesday.",
            "Attorney General",
            "Jeff",
            "Sessions",
        ),
        (
            "It was signed by U.S. District Judge Joy Flowers Conti.",
            "U.S. District Judge",
            "Joy",
            "Conti",
        ),
        ("He called Lt. Gov. Dan Patrick twice.", "Lt. Gov.", "Dan", "Patrick"),
        ("the Rev. Al Sharpton spoke", "the Rev.", "Al", "Sharpton"),
        ("a blocks a section of President Donald Trump’s order", "President", "Donald", "Trump"),
        ("The ruling, by Judge William Orrick of the court, stands.", "Judge", "William", "Orrick"),
    ],
)
def test_names_after_titles(text: str, title: str, first: str, surname: str) -> None:
    m = _one(text)
    assert (m.kind, m.title, m.first.stem if m.first else None, m.surname.stem) == (
        "titled",
        title,
        first,
        surname,
    )


def test_a_title_with_a_surname_only() -> None:
    m = _one("Later, Judge Conti set sentencing for Nov. 8.")
    assert m.kind == "titled" and m.first is None and m.surname.stem == "Conti"


def test_plural_title_names_several_people() -> None:
    assert _mentions("Sens. Ted Cruz and John Cornyn voted no.") == [
        ("titled", "Cruz", "Ted"),
        ("titled", "Cornyn", "John"),
    ]


def test_role_words_before_names() -> None:
    text = "The court heard motions by defendants Martin Sweig and Nathan Voloshen today."
    assert _mentions(text) == [("role", "Sweig", "Martin"), ("role", "Voloshen", "Nathan")]


def test_middle_initial_and_all_caps_caption() -> None:
    m = _one("United States v. Israel G. Grossman, Appellant")
    assert m.kind == "full" and m.first is not None and m.first.stem == "Israel"
    assert m.middles == ("G",)
    m = _one("GUSTAVO A. GELPI, United States District Judge")
    assert m.surname.stem == "GELPI" and m.surname.titled == "Gelpi"


def test_given_name_and_age() -> None:
    assert _mentions("Michael Jones, 25, of New Kensington, pleaded guilty.") == [
        ("full", "Jones", "Michael")
    ]


def test_an_unlisted_first_name_is_a_person_when_the_surname_recurs() -> None:
    text = "Nnamdi Okafor pleaded guilty in May. Prosecutors said Okafor ran the scheme."
    assert ("full", "Okafor", "Nnamdi") in _mentions(text)


def test_short_form_in_parentheses() -> None:
    text = "the indictment names her assistant Frances Acevedo-Ceballos (Acevedo), who"
    assert _mentions(text) == [
        ("role", "Acevedo-Ceballos", "Frances"),
        ("short", "Acevedo", "Frances"),
    ]


def test_appositive_title_and_law_firm() -> None:
    assert _mentions("TIMBERS, Circuit Judge:") == [("appositive", "TIMBERS", None)]
    kinds = _mentions("Kostelanetz & Ritholz, New York City, for the defendant.")
    assert kinds == [("firm", "Kostelanetz", None), ("firm", "Ritholz", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department announced the settlement.",
        "The opening of the Sylvia H. Rambo U.S. Courthouse marked the end.",
        "It modified the Jeffrey Energy Center, a coal plant.",
        "Mayors from New Orleans and Los Angeles attended.",
        "The Judicial Conference of the United States met.",
        "Federal judges are taking part in Constitution Day.",
    ],
)
def test_places_and_organisations_are_not_people(text: str) -> None:
    assert find_people(text).mentions == []


@pytest.mark.parametrize(
    ("text", "stem", "suffix"),
    [
        ("Session’s plan", "Session", "’s"),
        ("Session's plan", "Session", "'s"),
        ("Sessions’ plan", "Sessions", "’"),
        ("Sessions' plan", "Sessions", "'"),
        ("Sessions’s plan", "Sessions", "’s"),
        ("O’Brien’s plan", "O’Brien", "’s"),
    ],
)
def test_possessive_endings(text: str, stem: str, suffix: str) -> None:
    word = tokenise(text)[0]
    assert (word.stem, word.suffix, text[word.start : word.end]) == (stem, suffix, stem + suffix)


def test_a_closing_single_quote_is_not_a_possessive() -> None:
    words = tokenise("He called it ‘a win for Sessions’ and left.")
    word = next(w for w in words if w.stem == "Sessions")
    assert word.suffix == ""


def test_sentence_starts_and_headlines() -> None:
    words = {
        w.stem: w
        for w in tokenise(
            "Judges Welcome New Citizens\n\nThe judge spoke. Sessions met Sen. Cruz on Monday."
        )
    }
    assert words["Welcome"].headline and not words["judge"].headline
    assert words["Sessions"].sentence_start
    assert not words["Cruz"].sentence_start  # "Sen." is an abbreviation, not a sentence end
    assert not words["Monday"].sentence_start


def test_house_apostrophe() -> None:
    assert find_people("It’s the mayor’s “plan.”").apostrophe == "’"
    assert find_people("It's the mayor's \"plan.\"").apostrophe == "'"
    assert find_people("No apostrophes here").apostrophe == "'"


def _plain_possessives(text: str) -> list[tuple[str, str, int, int]]:
    """The words with their possessive endings, one match at a time (what ``Words`` finds
    from the apostrophes alone)."""
    import re

    found = []
    for m in re.finditer(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text):
        start, end = m.span()
        stem, suffix = m.group(), ""
        if stem[-1] in "sS":
            if len(stem) > 2 and stem[-2] in "'’":
                stem, suffix = stem[:-2], stem[-2:]
            elif (
                end < len(text)
                and text[end] in "'’"
                and (end + 1 == len(text) or not text[end + 1].isalnum())
            ):
                suffix, end = text[end], end + 1
        found.append((stem, suffix, start, end))
    return found


def test_words_find_every_possessive_a_plain_scan_finds() -> None:
    import random

    from newslint.rules.names.people import Words

    rng = random.Random(7)
    pieces = ["Sessions", "Session", "’s", "'s", "’", "'", " ", ". ", "O’Brien", "Cruz", "-", "x"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        if "‘" in text or text.count("'") > 1:
            continue  # quoted phrases: the closing-quote judgement is tested above
        words = Words(text)
        got = [
            (words.stems[i], words.suffixes[i], words.starts[i], words.ends[i])
            for i in range(len(words))
        ]
        assert got == _plain_possessives(text), text


def test_sentence_case_headline_keeps_its_capitals_meaningful() -> None:
    words = {w.stem: w for w in tokenise("Judge rules against Orrick\n\nThe judge spoke.")}
    assert not words["Orrick"].headline  # sentence case: the capital says it is a name
    words = {w.stem: w for w in tokenise("Judge Rules Against Orrick\n\nThe judge spoke.")}
    assert words["Orrick"].headline


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # One slip from an institution's word and in no dictionary: a typo, not a surname.
        ("The Justice Departmnet said it would appeal.", []),
        ("Justice Comittee members met Monday.", []),
        # A surname that is a dictionary word, or one slip from none, stays a person.
        ("Justice Ginsburg wrote the opinion.", [("titled", "Ginsburg", None)]),
        ("Justice Department lawyers met Judge Orrick.", [("titled", "Orrick", None)]),
    ],
)
def test_a_slip_of_an_institution_word_is_no_surname(text: str, people: list) -> None:
    assert _mentions(text) == people


def test_the_speller_then_reads_the_slip() -> None:
    from newslint.linter import check_text

    found = [
        (d.rule, d.replacements)
        for d in check_text("The Justice Departmnet’s lawyers said so.", "plain").diagnostics
    ]
    assert found == [("NL602", ("Department’s",))]
