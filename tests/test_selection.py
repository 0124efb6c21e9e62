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
