"""NL615 (subject-verb agreement) and NL616 (verb form after an auxiliary), and the
parts-of-speech lexicon they read: exact spans and fixes on sentences written here."""

from __future__ import annotations

import pytest

from newslint.linter import check_text
from newslint.rules.spelling import tags
from newslint.settings import Settings


def _findings(text: str, rule: str) -> list[tuple[str, tuple[str, ...]]]:
    found = check_text(text, settings=Settings(select=(rule,))).diagnostics
    return [(text[d.start : d.end], tuple(d.replacements)) for d in found if d.rule == rule]


def test_lexicon_gives_parts_of_speech_most_frequent_first() -> None:
    assert tags.codes("flatten") == "v"
    assert tags.codes("child") == "n"
    assert tags.codes("costs")[:1] == "s" and "z" in tags.codes("costs")
    assert tags.codes("qzxv") == ""  # a word the table lacks
    assert tags.codes("aardvark") == "n"  # near the start of the sorted table
    assert tags.codes("zucchini") == "n"  # near its end


@pytest.mark.parametrize(
    ("plain", "s_form", "participle"),
    [
        ("take", "takes", "taken"),
        ("try", "tries", "tried"),
        ("push", "pushes", "pushed"),
        ("stop", "stops", "stopped"),
        ("visit", "visits", "visited"),
        ("see", "sees", "seen"),
        ("have", "has", ""),
    ],
)
def test_verb_forms(plain: str, s_form: str, participle: str) -> None:
    assert tags.s_form(plain) == s_form
    assert tags.plain_form(s_form) == plain
    assert tags.participle(plain) == participle


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        ("The new printer take a card and returns a copy.", "take", "takes"),
        ("Each county clerk certify the count.", "certify", "certifies"),
        ("The early returns shows a close race.", "shows", "show"),
        ("Officials says the road will reopen.", "says", "say"),
        ("It covers repairs that costs less than $500.", "costs", "cost"),
        ("When the state auditors finds a gap, they report it.", "finds", "find"),
        ("The judges is expected to rule soon.", "is", "are"),
        ("The public tend to forget.", "tend", "tends"),  # AP: a collective is one unit
        ("The results of the audit often shows gaps.", "shows", "show"),
    ],
)
def test_agreement_slip_span_and_fix(text: str, slip: str, fix: str) -> None:
    assert _findings(text, "NL615") == [(slip, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 5-2 on Tuesday.",  # a past tense
        "The panel asked that the mayor resign.",  # the subjunctive after "that"
        "They made the company pay a fine.",  # an object, not a subject
        "Smith and the treasurer sign every check.",  # a joined subject
        "The couple take turns driving.",  # either number
        "Five dollars is the fee.",  # a measure
        "One of the reports that cites the audit was late.",  # disputed: left alone
        "The defender need only wait.",  # "need" like a modal
        "The building block for the plan is trust.",  # a gerund modifying a noun
        "The legacy detect function returns a name.",  # a modifier, the verb later
        "The data show a rise.",
        "Does the county plan a vote?",
        "Millions of dollars was spent.",  # a measure in the "of" phrase
        "The source file that holds it is short.",  # "files" is a noun first: a compound
        "The official download locations are listed.",  # a modifier, the verb later
    ],
)
def test_agreement_leaves_correct_copy_alone(text: str) -> None:
    assert _findings(text, "NL615") == []


@pytest.mark.parametrize(
    ("text", "slip", "fixes"),
    [
        ("The change will affects every renter.", "affects", ("affect",)),
        ("The city does not supports the plan.", "supports", ("support",)),
        ("The tool was designed to enables faster checks.", "enables", ("enable",)),
        ("Ballots can be count by hand.", "count", ("counted",)),
        ("The fee is include in the price.", "include", ("included",)),
        ("You have see the memo.", "see", ("seen",)),
        ("They probably deliver it, and we delivering ours.", "delivering", ("deliver",)),
    ],
)
def test_verb_form_span_and_fix(text: str, slip: str, fixes: tuple[str, ...]) -> None:
    found = _findings(text, "NL616")
    assert len(found) == 1
    assert found[0][0] == slip
    assert found[0][1][: len(fixes)] == fixes


@pytest.mark.parametrize(
    "text",
    [
        "The fee will be part of the budget.",  # "be part" is written often
        "Tenants have access to the records.",  # "have" + noun
        "What the clerk does matters.",  # "does" is the main verb
        "His will states that the farm goes to his son.",  # "will" the noun
        "The cuts to benefits for seniors begin in May.",  # "to" the preposition
        "All we ask is share the cost.",  # a pseudo-cleft with an object
        "There is no end to it.",  # "no" opens a noun phrase
        "Are we running late?",  # a question
        "It being late, the board adjourned.",  # "it" may be an object
        "The remedy is delay.",  # a noun after "is"
        "Only you have write access to it.",  # a compound noun after "have"
    ],
)
def test_verb_form_leaves_correct_copy_alone(text: str) -> None:
    assert _findings(text, "NL616") == []


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        ("Applicants must be a United States citizens or nationals.", "citizens", "citizen"),
        ("The mayor named a new deputy police chiefs.", "chiefs", "chief"),
        ("Each office gets an Information Security Officers (ISO).", "Officers", "Officer"),
        ("A state auditors said the books were clean.", "auditors", "auditor"),
    ],
)
def test_plural_after_a_span_and_fix(text: str, slip: str, fix: str) -> None:
    assert _findings(text, "NL617") == [(slip, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "The state adds a sales tax.",
        "They waited a few days.",
        "A great many voters stayed home.",
        "It took a half hours' drive.",  # a possessive
        "She runs a sales and marketing firm.",
        "He landed a feet-first jump.",  # part of a compound
        "The cut means a savings of 20 percent.",
        "A Doctors Without Borders team arrived.",  # a name's plural right after "a"
        "I wrote a little list\nOf society offenders.",  # verse: a capital starts the line
        "A Hen Brooding Kittens\n\nA hen on a ranch raised three kittens.",  # a title line
    ],
)
def test_plural_after_a_leaves_correct_copy_alone(text: str) -> None:
    assert _findings(text, "NL617") == []


@pytest.mark.parametrize(
    ("text", "rule", "slip", "fix"),
    [
        ("You don't necessary need a lawyer.", "NL618", "necessary", "necessarily"),
        ("The board will definite review it.", "NL618", "definite", "definitely"),
        ("Crews must careful remove it.", "NL618", "careful", "carefully"),
        ("It beat last years record by a mile.", "NL619", "years", "year's"),
        ("Staff get two weeks notice.", "NL619", "weeks", "weeks'"),
        ("It holds 50 years worth of files.", "NL619", "years", "years'"),
    ],
)
def test_adverb_and_time_possessive_span_and_fix(text: str, rule: str, slip: str, fix: str) -> None:
    assert _findings(text, rule) == [(slip, (fix,))]


def test_time_possessive_follows_the_story_apostrophe() -> None:
    text = "It’s the city’s plan. It beat last years record."
    assert _findings(text, "NL619") == [("years", ("year’s",))]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("People don't do serious work there.", "NL618"),  # "do" is the verb
        ("The crew will first need a permit.", "NL618"),
        ("I will sober up soon.", "NL618"),  # the adjective is the verb here
        ("The plant closed two years ago.", "NL619"),
        ("He spent the last years of the war abroad.", "NL619"),
        ("This year's results beat last year's.", "NL619"),
        ("He got five years in prison.", "NL619"),
    ],
)
def test_adverb_and_time_possessive_leave_correct_copy_alone(text: str, rule: str) -> None:
    assert _findings(text, rule) == []
