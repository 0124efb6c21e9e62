from __future__ import annotations

from newslint.selection import Selector


def test_default_follows_rule_default() -> None:
    s = Selector()
    assert s.enabled("NL601", default=True)
    assert not s.enabled("proselint.misc.x", default=False)


def test_most_specific_entry_wins() -> None:
    s = Selector(select=["NL"], ignore=["NL6"])
    assert s.enabled("NL101")
    assert not s.enabled("NL601")
    s = Selector(select=["NL601"], ignore=["NL6"])
    assert s.enabled("NL601") and not s.enabled("NL602")


def test_select_restricts_and_matches_names_and_categories() -> None:
    s = Selector(select=["doubled-word", "names"])
    assert s.enabled("NL601", "doubled-word", "typos")
    assert s.enabled("NL103", "x", "names")
    assert not s.enabled("NL401", "y", "ap_style")


def test_select_turns_on_default_off_rules_and_extend_select_adds() -> None:
    assert Selector(select=["proselint"]).enabled("proselint.x", default=False)
    s = Selector(extend_select=["proselint.typography"])
    assert s.enabled("proselint.typography.symbols", default=False)
    assert s.enabled("NL601")


def test_ids_names_and_categories_match_without_regard_to_case() -> None:
    assert Selector(select=["nl601"]).enabled("NL601", "doubled-word", "typos")
    assert Selector(select=["Doubled-Word"]).enabled("NL601", "doubled-word", "typos")
    assert not Selector(ignore=["nl6"]).enabled("NL601", "doubled-word", "typos")
    assert Selector(select=["LanguageTool.en_a_vs_an"]).enabled("languagetool.EN_A_VS_AN")


RULES = [
    ("NL601", "doubled-word", "typos", ("NL6", "typos")),
    ("NL602", "its-it-is", "typos", ("NL6", "typos")),
    ("NL101", "x", "ap", ("NL1", "names")),
    ("NL510", "idiom", "confusables", ("NL2", "usage")),
]


def test_an_entry_that_matches_nothing_is_found_with_its_closest_ids() -> None:
    from newslint.selection import closest, describe_unknown, matches_something

    assert matches_something("nl6", RULES) and matches_something("TYPOS", RULES)
    assert matches_something("proselint.typography", RULES)
    # A family's code and name select the family, whatever its members' ids.
    assert matches_something("nl2", RULES) and matches_something("Usage", RULES)
    assert not matches_something("NL9999", RULES)
    assert not matches_something("NL601 NL1", RULES)
    assert closest("NL6O1", RULES)[0] == "NL601"
    # Entries run together: a part that is a real id leads, before ids like the whole.
    with_nl611 = [*RULES, ("NL611", "x", "typos", ("NL6", "typos"))]
    assert closest("NL601 NL1", with_nl611)[0] == "NL601"  # difflib alone ranks NL611 first
    assert describe_unknown("NL601 NL1", RULES) == (
        "'NL601 NL1' matches no rule id, prefix, name, category or family "
        "(separate entries with commas); closest: NL601, NL602"
    )
