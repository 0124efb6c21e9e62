"""The rule registry: families, selection by family code, redirects, fix availability,
and the one rendering of a rule's docs (explain, SARIF help, docs/rules.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import registry
from newslint.formats import sarif
from newslint.formats.common import Report
from newslint.linter import all_rules, check_text, selected_rules, selector_for
from newslint.rule import ALWAYS, NEVER, SOMETIMES, Rule
from newslint.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RULES = {r.id: r for r in all_rules(Settings())}


def _selected(**kw: object) -> set[str]:
    settings = Settings(**kw)  # type: ignore[arg-type]
    return {r.id for r in selected_rules(all_rules(settings), selector_for(settings))}


def test_the_rules_reference_is_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rules_reference.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_the_readmes_links_into_the_reference_resolve() -> None:
    import re

    reference = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    # GitHub's anchors: the heading lowercased, punctuation dropped, spaces made hyphens.
    anchors = {
        re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")
        for h in re.findall(r"^#+ (.+)$", reference, re.M)
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\(docs/rules\.md#([\w-]+)\)", readme)
    assert len(links) == 4 and set(links) <= anchors


def test_every_built_in_rule_has_a_family() -> None:
    families = {rid: registry.family_name(rule) for rid, rule in RULES.items()}
    assert families["NL101"] == "names"
    assert families["NL215"] == families["NL510"] == "usage"
    assert families["NL302"] == families["NL321"] == "legal"
    assert families["NL401"] == "ap" and families["NL501"] == "ap-words"
    assert families["NL601"] == "typos"
    assert {f for f in families.values()} == {f.name for f in registry.FAMILIES}


def test_a_family_code_selects_the_whole_family() -> None:
    usage = {rid for rid, rule in RULES.items() if registry.family_name(rule) == "usage"}
    assert _selected(select=("NL2",)) == usage
    assert {"NL510", "NL511", "NL512", "NL513"} <= usage
    # The same family by name; a longer prefix is a plain prefix.
    assert _selected(select=("usage",)) == usage
    assert _selected(select=("NL21",)) == {rid for rid in RULES if rid.startswith("NL21")}
    # NL5 keeps its meaning: every id that starts with it.
    assert _selected(select=("NL5",)) == {rid for rid in RULES if rid.startswith("NL5")}
    # Ignoring the family code ignores the confusable phrases too.
    assert not _selected(ignore=("NL2",)) & usage


def test_a_family_code_means_the_same_in_severities_and_suppressions() -> None:
    text = "He could of won.\n"
    (diag,) = check_text(text, settings=Settings(severity={"NL2": "suggestion"})).diagnostics
    assert (diag.rule, diag.severity) == ("NL511", "suggestion")
    silenced = "<!-- newslint-disable-next-line NL2 -->\n" + text
    assert check_text(silenced, "markdown").diagnostics == []
    other = "<!-- newslint-disable-next-line NL21 -->\n" + text
    assert [d.rule for d in check_text(other, "markdown").diagnostics] == ["NL511"]


def test_a_renamed_id_keeps_working(monkeypatch: pytest.MonkeyPatch) -> None:
    # A rename is data: the old id redirects wherever an id is written.
    monkeypatch.setitem(registry.REDIRECTS, "NL699", "NL601")
    text = "The the judge ruled.\n"
    assert _selected(select=("NL699",)) == {"NL601"}
    assert "NL601" not in _selected(ignore=("NL699",))
    (diag,) = check_text(text, settings=Settings(severity={"NL699": "warning"})).diagnostics
    assert (diag.rule, diag.severity) == ("NL601", "warning")
    silenced = "<!-- newslint-disable-next-line NL699 -->\n" + text
    assert check_text(silenced, "markdown").diagnostics == []
    from newslint.runner import explain_rule

    assert (explain_rule("NL699") or "").startswith("NL601 (doubled-word)")


def test_fix_availability_matches_the_marked_examples() -> None:
    for rule in RULES.values():
        offered = [e.replacement is not None for e in rule.examples("bad")]
        if rule.fix_available == ALWAYS:
            assert all(offered), rule.id
        elif rule.fix_available == NEVER:
            assert not any(offered), rule.id
        else:
            assert rule.fix_available == SOMETIMES, rule.id
        assert rule.status in registry.STATUSES, rule.id
    assert RULES["NL304"].fix_available == SOMETIMES  # a 13th circuit far from any place
    assert not all(r.fix_available == ALWAYS for r in RULES.values())


def test_a_rule_that_offers_no_fix_is_not_fixable() -> None:
    class Notice(Rule):
        id = "X1"
        bad = ("[[Whom]] knows.",)

    assert Notice().fix_available == NEVER
    assert not Notice().fixable
    assert "No fix" in registry.explain(Notice())


def test_explain_renders_the_fixed_sections() -> None:
    text = registry.explain(RULES["NL601"])
    assert text.startswith("NL601 (doubled-word)\n")
    titles = [line for line in text.splitlines() if line.endswith(":") and line[0] != " "]
    assert titles == ["What it does:", "Examples:", "Fix:"]
    assert "  - Bad: [The the] judge ruled on Friday. → 'The'" in text
    assert "safe: `newslint check --fix` applies it" in text


def test_sarif_help_is_clean_markdown_from_the_registry() -> None:
    result = check_text("The the judge ruled.\n", "markdown", path="s.md")
    info = registry.info(RULES["NL601"])
    log = json.loads(sarif.render(Report([result], rules={"NL601": info}, checked=1)))
    (entry,) = log["runs"][0]["tool"]["driver"]["rules"]
    markdown = entry["help"]["markdown"]
    assert markdown == registry.help_markdown(RULES["NL601"])
    assert "### What it does\n\nA word typed twice" in markdown
    assert not any(line.startswith("    ") for line in markdown.splitlines())
    assert "**" not in entry["help"]["text"] and "###" not in entry["help"]["text"]
    assert entry["properties"]["fix"] == "always"
    assert entry["properties"]["family"] == "typos"


def test_listing_comes_from_the_registry() -> None:
    lines = registry.listing(registry.info(r) for r in RULES.values())
    assert len(lines) == len(RULES)
    by_id = {line.split()[0]: line.split() for line in lines}
    assert by_id["NL304"][2:] == ["legal", "courts", "error", "unsafe?", "stable"]
    assert by_id["NL601"][2:] == ["typos", "typos", "error", "safe", "stable"]


def test_a_preview_rule_runs_only_when_named() -> None:
    class Trial(Rule):
        id = "NL399"
        name = "trial-check"
        category = "courts"
        status = "preview"

    class Gone(Trial):
        id = "NL398"
        name = "gone-check"
        status = "removed"

    rules = [Trial(), Gone(), *RULES.values()]

    def chosen(**kw: object) -> set[str]:
        settings = Settings(**kw)  # type: ignore[arg-type]
        return {r.id for r in selected_rules(rules, selector_for(settings))} & {"NL399", "NL398"}

    assert chosen() == chosen(select=("NL3",)) == chosen(select=("ALL",)) == set()
    assert chosen(select=("courts",)) == set()
    assert chosen(select=("NL399",)) == {"NL399"}
    assert chosen(extend_select=("trial-check",)) == {"NL399"}
    assert chosen(extend_select=("NL399",), ignore=("NL399",)) == set()
    assert chosen(select=("NL398",)) == set()  # a removed rule never runs


def test_a_newsrooms_pack_rules_register_like_built_ins(tmp_path: Path) -> None:
    pack = tmp_path / "metro.toml"
    pack.write_text(
        '[pack]\nname = "metro"\n\n[[rule]]\nid = "METRO001"\nname = "metro-okay"\n'
        'kind = "substitution"\nmessage = "Use OK."\nfix = "safe"\nswap = { okay = "OK" }\n'
        'bad = ["It is [[okay=>OK]]."]\ngood = ["It is OK."]\n',
        encoding="utf-8",
    )
    (rule,) = [r for r in all_rules(Settings(packs=(str(pack),))) if r.id == "METRO001"]
    info = registry.info(rule)
    assert (info.family, info.fix, info.fix_safety, info.status) == (
        "metro",
        "always",
        "safe",
        "stable",
    )
    assert registry.explain(rule).startswith("METRO001 (metro-okay)\n")
    assert "- Bad: It is **okay**. → 'OK'" in registry.help_markdown(rule)


def test_explain_says_where_a_rules_knowledge_comes_from() -> None:
    from newslint.registry import explain

    text = explain(RULES["NL108"])
    assert "Knowledge:" in text and "congress-legislators" in text
    assert "Knowledge:" not in explain(RULES["NL601"])
