"""The rules over the entities register (NL105-NL109), one kind of slip per test, each
with the exact span and fix; and the newsroom's names list overriding the register."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.linter import check_text
from newslint.settings import Settings

RULES = ("NL105", "NL106", "NL107", "NL108", "NL109")


def found(text: str, rule: str, **settings: object) -> list[tuple[str, str | None]]:
    """(flagged text, first fix) for each finding of ``rule``."""
    result = check_text(text, settings=Settings(select=(rule,), **settings))  # type: ignore[arg-type]
    return [
        (text[d.start : d.end], d.replacements[0] if d.replacements else None)
        for d in result.diagnostics
        if d.rule == rule
    ]


# NL105: casing and listed wrong forms of known names.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our designers moved the code to Github last spring.", [("Github", "GitHub")]),
        ("The app runs on every Iphone sold since 2019.", [("Iphone", "iPhone")]),
        ("She ported the tool to linux and to macOS.", [("linux", "Linux")]),
        ("Interns learn Xcode, then XCode plugins.", [("XCode", "Xcode")]),
        ("The database is Postgresql, behind nginx.", [("Postgresql", "PostgreSQL")]),
        ("Red Hat and Redhat are the same firm.", [("Redhat", "Red Hat")]),
        ("We prefer Go for servers; go tooling is simple.", [("go", "Go")]),
    ],
)
def test_known_name_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "NL105") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rain left rust on every rail of the bridge.",  # a word, and no Rust in the story
        "We went to the store; go there early.",
        "LINUX SERVERS DOWN AT NOON",  # an all-capital headline
        "Install it with npm-check, then open linux.md to read on.",  # identifiers, files
        "Npm ships with Node.js.",  # a lowercase name opening a sentence
        "“We love Javascript,” the founder said.",  # a quotation keeps its words
    ],
)
def test_known_name_form_quiet(text: str) -> None:
    assert found(text, "NL105") == []


# Names from GitHub Linguist's languages.yml: a casing of their own is always checked; a
# plain capitalised name ("Julia", "Lua") only beside the exact name; ordinary words never.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The build scripts were moved from Powershell to Bash.", [("Powershell", "PowerShell")]),
        ("Its settings live in one Yaml file per site.", [("Yaml", "YAML")]),
        ("The old front end was written in Coffeescript.", [("Coffeescript", "CoffeeScript")]),
        ("The game embeds Lua; the lua scripts are short.", [("lua", "Lua")]),
        ("Her team queries the archive with Graphql daily.", [("Graphql", "GraphQL")]),
    ],
)
def test_linguist_name_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "NL105") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The lua scripts are short.",  # a plain name, not established by the story
        "Julie Jolie and Julia Lopez spoke for the union.",  # people, not languages
        "Send a text from the shell of the old station.",  # ordinary words
    ],
)
def test_linguist_names_quiet(text: str) -> None:
    assert found(text, "NL105") == [] and found(text, "NL106") == []


# NL106: near misses of register names, agency names with a word changed or dropped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm moved its repositories to GitHhub in June.", [("GitHhub", "GitHub")]),
        (
            "He filed a complaint with the Federal Trade Comission on Monday.",
            [("Comission", "Commission")],
        ),
        (
            "Grants from the National Institute of Health paid for the study.",
            [("Institute", "Institutes")],
        ),
        (
            "The Consumer Finance Protection Bureau fined the lender.",
            [("Finance", "Financial")],
        ),
        (
            "Staff of the Department of Housing and Development left early.",
            [
                (
                    "Department of Housing and Development",
                    "Department of Housing and Urban Development",
                )
            ],
        ),
        (
            "Our partners at the Center for Medicaid and Chip Services agreed.",
            [("Chip", "CHIP")],
        ),
        (
            "The city launched ParkSmart in May. Drivers say ParkSmrt saves time.",
            [("ParkSmrt", "ParkSmart")],
        ),
    ],
)
def test_known_name_near_miss(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "NL106") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Trade Commission sued on Monday.",
        "Federal Trade Commissioner Lina Khan dissented.",  # a title, not the agency
        "The National Institutes of Health paid for the study.",
        "Reporter Maria Gitthub wrote the story.",  # a person is never corrected
        "The Department of Human Services in Oregon replied.",  # a state agency
        "Pythons were found in the Everglades.",  # a plural
    ],
)
def test_known_name_near_miss_quiet(text: str) -> None:
    assert found(text, "NL106") == []


# NL107: acronyms that do not fit their name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff of the Federal Aviation Administration (FFA) inspected it.", [("FFA", "FAA")]),
        ("It speaks the Simple Mail Transfer Protocol (SMPT).", [("SMPT", "SMTP")]),
        ("The Chief Technology Officer (CT) approved.", [("CT", "CTO")]),
        (
            "The Federal Emergency Management Agency sent crews. FMEA staff arrived Monday.",
            [("FMEA", "FEMA")],
        ),
        ("The rules apply to FBIs agents in Boston.", [("FBIs", "FBI's")]),
    ],
)
def test_acronym_mismatch(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "NL107") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Homeland Security (DHS) replied.",
        "The National Association for the Advancement of Colored People (NAACP) sued.",
        "The Organisation for Economic Co-operation and Development (OECD) said so.",
        "FMEA is a method engineers use to find failures.",  # no FEMA in the story
        "The CFOs met in Denver.",  # not an agency acronym
    ],
)
def test_acronym_mismatch_quiet(text: str) -> None:
    assert found(text, "NL107") == []


# NL108: a title not held on the story's date.
def test_title_valid_on_the_story_date() -> None:
    text = "Attorney General Jeff Sessions announced the policy in Mobile."
    assert found(text, "NL108", date="2017-08-01") == []
    got = found(text, "NL108", date="2020-08-01")
    assert got == [("Attorney General Jeff Sessions", "former Attorney General Jeff Sessions")]


def test_title_message_says_what_changed_and_when() -> None:
    text = "Attorney General Jeff Sessions announced the policy."
    result = check_text(text, settings=Settings(select=("NL108",), date="2020-08-01"))
    message = result.diagnostics[0].message
    assert "Feb. 9, 2017, to Nov. 7, 2018" in message
    assert "Aug. 1, 2020" in message and "--date" in message


def test_title_from_front_matter_date() -> None:
    text = "---\ndate: 2023-05-01\n---\n\nSecretary of State Mike Pompeo spoke.\n"
    result = check_text(text, fmt="markdown", settings=Settings(select=("NL108",)))
    assert [d.rule for d in result.diagnostics] == ["NL108"]
    assert "front matter" in (result.diagnostics[0].message or "")


def test_title_before_the_term() -> None:
    got = found("Justice Ketanji Brown Jackson wrote the opinion.", "NL108", date="2019-01-10")
    assert got == [("Justice Ketanji Brown Jackson", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Former Attorney General Jeff Sessions spoke.",
        "Then-Attorney General Jeff Sessions spoke.",
        "In 2018, Attorney General Jeff Sessions resigned.",
        "Attorney General William Barr spoke.",  # in office on the date
        "Attorney General Jane Smithfield spoke.",  # unknown to the register
    ],
)
def test_title_not_current_quiet(text: str) -> None:
    assert found(text, "NL108", date="2020-08-01") == []


# NL109: an agency's former name or an abolished agency on the story's date.
def test_agency_renamed() -> None:
    text = "The General Accounting Office audited the program."
    assert found(text, "NL109", date="2003-01-01") == []
    assert found(text, "NL109", date="2012-01-01") == [
        ("General Accounting Office", "Government Accountability Office")
    ]


def test_agency_abolished_has_no_fix() -> None:
    text = "The Immigration and Naturalization Service is reviewing her case."
    assert found(text, "NL109", date="2012-01-01") == [
        ("Immigration and Naturalization Service", None)
    ]
    assert found("The defunct " + text[4:], "NL109", date="2012-01-01") == []


# The newsroom's names list extends and overrides the register.
def test_names_list_overrides_register(tmp_path: Path) -> None:
    listed = tmp_path / "names.toml"
    listed.write_text('[[person]]\nname = "Maria Gitthub"\n', encoding="utf-8")
    text = "Columnist Gitthub wrote about GitHub."
    assert found(text, "NL106", names=(str(listed),)) == []


def test_register_loads_lazily() -> None:
    """A story that names nothing the register knows loads only the small names table."""
    from newslint import markup
    from newslint.entities import Register
    from newslint.rule import Context
    from newslint.rules.names import known

    reg = Register()
    doc = markup.parse("The council met on Monday to discuss the budget for parks.", "plain")
    a = Context().begin(doc)
    uses = known.name_uses(a, reg)
    assert known.near_misses(a, reg, uses) == []
    assert known.agency_slips(a, reg) == []
    assert known.acronym_slips(a, reg) == []
    assert known.titled_people(a, reg) == []
    assert known.change_uses(a, reg) == []
    loaded = set(vars(reg))
    assert "names" in loaded
    assert not loaded & {"_agency_rows", "people", "places"}, loaded


def test_capitals_that_name_no_agency_do_not_load_the_agencies() -> None:
    """ "CEO" and "NFL" are not agency acronyms, nor one swap from one: the agencies part
    of the register stays unread."""
    from newslint import markup
    from newslint.entities import Register
    from newslint.rule import Context
    from newslint.rules.names import known

    reg = Register()
    doc = markup.parse("The CEO told NFL owners the deal was done.", "plain")
    assert known.acronym_slips(Context().begin(doc), reg) == []
    assert "_agency_rows" not in vars(reg)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("intelij", "intellij", True),
        ("pubgrub", "puggrub", True),
        ("github", "gitub", True),
        ("clr", "crl", True),
        ("commission", "committee", False),
        ("same", "same", False),
        ("abc", "abcde", False),
    ],
)
def test_one_edit(a: str, b: str, near: bool) -> None:
    from newslint.rules.names.known import one_edit

    assert one_edit(a, b) is near
    assert one_edit(b, a) is near
