"""The engine: merged duplicates, severity resolution, the region policy, fixes."""

from __future__ import annotations

from collections.abc import Iterator

from newslint import markup
from newslint.diagnostics import DISPLAY, SAFE, Diagnostic, Edit, Finding, Fix
from newslint.document import Document
from newslint.linter import (
    check_document,
    check_text,
    merge_duplicates,
    run_rules,
    selected_rules,
    selector_for,
    to_diagnostics,
)
from newslint.rule import Context, Rule
from newslint.settings import Settings


def diag(
    start: int,
    end: int,
    source: str = "newslint",
    fix: str | None = None,
    rule: str = "NL601",
    severity: str = "warning",
) -> Diagnostic:
    replacements = (fix,) if fix is not None else ()
    edit = Fix((Edit(start, end, fix),)) if fix is not None else None
    return Diagnostic("s.md", start, end, rule, severity, "m", replacements, edit, source)


# --------------------------------------------------------------------------- merge_duplicates


def test_same_span_and_fix_from_two_engines_is_one_finding_kept_as_newslints() -> None:
    ours = diag(4, 11, fix="the", severity="error")
    theirs = diag(4, 11, "languagetool", fix="the", rule="languagetool.REPEAT", severity="warning")
    (kept,) = merge_duplicates([theirs, ours])
    assert (kept.rule, kept.severity, kept.agreed) == ("NL601", "error", ("languagetool",))


def test_overlapping_spans_whose_fixes_make_the_same_text_agree() -> None:
    source = "Met the the mayor."
    ours = diag(4, 11, fix="the")  # "the the" -> "the"
    theirs = diag(4, 12, "languagetool", fix="the ", rule="languagetool.REPEAT")  # "the the "
    (kept,) = merge_duplicates([ours, theirs], source)
    assert kept.rule == "NL601" and kept.agreed == ("languagetool",)
    # Without the source the texts cannot be compared: two findings.
    assert len(merge_duplicates([ours, theirs])) == 2


def test_an_engine_without_a_fix_agrees_with_a_finding_on_the_same_span() -> None:
    ours = diag(0, 5, fix="Their")
    theirs = diag(0, 5, "proselint", rule="proselint.x")
    (kept,) = merge_duplicates([theirs, ours])
    assert kept.rule == "NL601" and kept.agreed == ("proselint",)
    # On another span it is its own finding.
    assert len(merge_duplicates([ours, diag(0, 4, "proselint", rule="proselint.x")])) == 2


def test_different_fixes_on_one_span_are_two_findings() -> None:
    found = merge_duplicates([diag(0, 5, fix="a"), diag(0, 5, "languagetool", fix="b")])
    assert [d.replacements for d in found] == [("a",), ("b",)]


def test_two_of_newslints_own_rules_stay_two_findings() -> None:
    found = merge_duplicates([diag(0, 5, rule="NL101"), diag(0, 5, rule="NL102")])
    assert [d.rule for d in found] == ["NL101", "NL102"]


def test_merged_findings_come_out_sorted_by_position() -> None:
    found = merge_duplicates([diag(9, 10, fix="x"), diag(0, 2, fix="y"), diag(4, 5, fix="z")])
    assert [d.start for d in found] == [0, 4, 9]


# --------------------------------------------------------------------------- the rules used below


class Flag(Rule):
    """Flags every "zzz", with a severity of its own on the third one."""

    id = "T101"
    name = "flag-zzz"
    category = "typos"
    severity = "warning"
    message = "zzz"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        at = doc.text.find("zzz")
        n = 0
        while at >= 0:
            n += 1
            yield Finding(at, at + 3, None, ("z",), severity="error" if n == 3 else None)
            at = doc.text.find("zzz", at + 1)


class FlagInQuotes(Flag):
    id = "T102"
    skip_regions = frozenset()  # a finding that stands inside quotations too


def _diagnostics(
    text: str, rules: list[Rule], settings: Settings | None = None
) -> list[Diagnostic]:
    doc = markup.parse(text, "plain")
    return check_document("t.txt", doc, rules, settings or Settings()).diagnostics


# --------------------------------------------------------------------------- severity


def test_severity_comes_from_the_most_specific_setting() -> None:
    text = "zzz and zzz"
    assert {d.severity for d in _diagnostics(text, [Flag()])} == {"warning"}  # the rule's
    by_prefix = Settings(severity={"T": "suggestion", "T1": "error"})
    assert {d.severity for d in _diagnostics(text, [Flag()], by_prefix)} == {"error"}
    by_id = Settings(severity={"T1": "error", "T101": "suggestion"})
    assert {d.severity for d in _diagnostics(text, [Flag()], by_id)} == {"suggestion"}


def test_a_findings_own_severity_beats_the_rules_but_not_the_newsrooms() -> None:
    text = "zzz zzz zzz"
    assert [d.severity for d in _diagnostics(text, [Flag()])] == ["warning", "warning", "error"]
    newsroom = Settings(severity={"T101": "suggestion"})
    assert {d.severity for d in _diagnostics(text, [Flag()], newsroom)} == {"suggestion"}


# --------------------------------------------------------------------------- region policy


def test_findings_inside_a_quotation_are_dropped_for_style_rules_only() -> None:
    text = 'He said "zzz" and zzz.'
    outside = text.rindex("zzz")
    assert [d.start for d in _diagnostics(text, [Flag()])] == [outside]
    assert [d.start for d in _diagnostics(text, [FlagInQuotes()])] == [text.index("zzz"), outside]


def test_a_finding_that_reaches_out_of_a_quotation_is_kept() -> None:
    class Across(Flag):
        id = "T103"

        def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
            yield Finding(doc.text.index("zzz"), len(doc.text) - 1, None, ())

    text = 'He said "zzz" and left.'
    (found,) = _diagnostics(text, [Across()])
    assert text[found.start : found.end] == 'zzz" and left'


# --------------------------------------------------------------------------- fixes and offsets


def test_fix_safety_comes_from_the_finding_then_the_rule() -> None:
    class Mixed(Rule):
        id = "T104"
        fix_safety = SAFE

        def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
            yield Finding(0, 3, "a", ("x",))
            yield Finding(4, 7, "b", ("y",), fix_safety="unsafe")
            yield Finding(8, 11, "c", ("p", "q"), fix_safety=DISPLAY)

    found = _diagnostics("aaa bbb ccc", [Mixed()])
    fixes = [(d.fix.applicability if d.fix else None, d.replacements) for d in found]
    # A display-only guess keeps its replacements to show but has no fix to apply.
    assert fixes == [(SAFE, ("x",)), ("unsafe", ("y",)), (None, ("p", "q"))]


def test_findings_are_placed_in_the_source_through_the_markup() -> None:
    source = "# Title\n\nThe **zzz** ran.\n"
    doc = markup.parse(source, "markdown")
    found = run_rules(doc, [Flag()], Context())
    (d,) = to_diagnostics("t.md", doc, found, Settings())
    assert source[d.start : d.end] == "zzz" and d.fix == Fix((Edit(d.start, d.end, "z"),), "unsafe")


def test_an_engine_finding_is_suppressed_by_the_rule_it_duplicates() -> None:
    class Engine:
        name = "fake"

        def check(self, doc: Document, ctx: Context, selector: object) -> list[Finding]:
            return [Finding(0, 3, "dup", ("z",), rule="fake.DUP", same_as="T101")]

    source = "<!-- newslint-disable T101 -->\nzzz\n"
    doc = markup.parse(source, "markdown")
    assert check_document("t.md", doc, [], Settings(), [Engine()]).diagnostics == []


# --------------------------------------------------------------------------- selection


def test_selected_rules_follow_the_settings_and_per_file_ignores() -> None:
    rules: list[Rule] = [Flag(), FlagInQuotes()]
    settings = Settings(select=("T1",), per_file_ignores={"wire/*": ("T102",)})
    assert [r.id for r in selected_rules(rules, selector_for(settings))] == ["T101", "T102"]
    wire = selector_for(settings, "wire/story.md")
    assert [r.id for r in selected_rules(rules, wire)] == ["T101"]


def test_check_text_runs_the_built_in_rules() -> None:
    (d,) = check_text("The the judge ruled.").diagnostics
    assert (d.rule, d.start, d.end, d.replacements) == ("NL601", 0, 7, ("The",))
