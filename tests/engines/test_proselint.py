"""proselint through its library API, on the prose, with positions in the source."""

from __future__ import annotations

import pytest

from newslint import markup
from newslint.engines import open_engines
from newslint.engines.proselint import (
    OFF_BY_DEFAULT,
    ProselintEngine,
    check_paths,
    enabled_by_default,
)
from newslint.linter import check_document, selected_rules
from newslint.rule import Context
from newslint.rules.typos import DoubledWord
from newslint.selection import Selector
from newslint.settings import Settings


@pytest.fixture(scope="module")
def engine() -> ProselintEngine:
    return ProselintEngine()


def _diagnostics(engine: ProselintEngine, source: str, fmt: str = "plain", **settings: object):
    s = Settings(**settings)  # type: ignore[arg-type]
    return check_document("<t>", markup.parse(source, fmt), [], s, [engine]).diagnostics


def test_proselint_pitfalls_are_real() -> None:
    """Both traps of proselint 0.16's API, seen directly: empty registry, spans one late."""
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    saved = list(registry.checks)
    registry.checks.clear()
    try:
        assert LintFile("<t>", "It was very unique.").lint() == []
    finally:
        registry.checks.extend(saved)
    ProselintEngine()  # fills the registry
    (result,) = [
        r
        for r in LintFile("<t>", "It was very unique.").lint()
        if r.check_result.check_path == "uncomparables"
    ]
    assert result.check_result.span == (8, 19)  # "very unique" starts at 7


def test_span_is_exact_in_the_prose(engine: ProselintEngine) -> None:
    text = "The mayor said it was very unique."
    doc = markup.parse(text, "plain")
    (finding,) = [
        f for f in engine.check(doc, Context(), Selector()) if f.rule == "proselint.uncomparables"
    ]
    assert text[finding.start : finding.end] == "very unique"


def test_position_maps_back_to_markdown_source(engine: ProselintEngine) -> None:
    source = "# Budget *vote*\n\nThe **council** said the plan was very unique, officials said.\n"
    (diag,) = [d for d in _diagnostics(engine, source, "markdown") if "uncomparables" in d.rule]
    assert source[diag.start : diag.end] == "very unique"
    assert diag.source == "proselint"


def test_markup_is_not_linted(engine: ProselintEngine) -> None:
    # Raw Markdown would give proselint "..." inside a code span and a URL to chew on.
    source = "The clerk typed `et. al` into [the form](https://example.com/a...b).\n"
    assert _diagnostics(engine, source, "markdown") == []


def test_rule_ids_and_fix(engine: ProselintEngine) -> None:
    (diag,) = _diagnostics(engine, "Irregardless, the vote went ahead.\n")
    assert diag.rule == "proselint.nonwords"
    assert diag.replacements == ("Regardless",)  # the sentence's capital is kept
    assert diag.fix is not None and diag.fix.applicability == "unsafe"


def test_off_by_default_checks_can_be_selected(engine: ProselintEngine) -> None:
    source = "The chairman waited... then left.\n"
    assert _diagnostics(engine, source) == []
    chosen = _diagnostics(engine, source, extend_select=("proselint.typography.symbols.ellipsis",))
    assert [d.rule for d in chosen] == ["proselint.typography.symbols.ellipsis"]


def test_ignore_by_id_prefix(engine: ProselintEngine) -> None:
    source = "It was very unique.\n"
    assert _diagnostics(engine, source)
    assert _diagnostics(engine, source, ignore=("proselint.uncomparables",)) == []
    assert _diagnostics(engine, source, ignore=("proselint",)) == []


def test_style_advice_is_dropped_inside_quotations(engine: ProselintEngine) -> None:
    assert _diagnostics(engine, 'She said, "It was a very unique day."\n') == []


def test_two_spaces_become_one(engine: ProselintEngine) -> None:
    source = "One vote. Two votes. Three votes.  Four votes.\n"
    (diag,) = _diagnostics(engine, source)
    assert diag.rule == "proselint.typography.punctuation.spacing"
    assert (diag.start, diag.end, diag.replacements) == (33, 35, (" ",))


def test_one_space_in_a_two_space_draft_is_not_reported(engine: ProselintEngine) -> None:
    # proselint calls the minority form wrong; AP's one space never is.
    assert _diagnostics(engine, "One vote.  Two votes.  Three votes. Four votes.\n") == []


def test_doubled_word_is_one_finding_with_newslint(engine: ProselintEngine) -> None:
    source = "The council met on on Monday.\n"
    doc = markup.parse(source, "plain")
    settings = Settings()
    rules = selected_rules([DoubledWord()], Selector())
    (diag,) = check_document("<t>", doc, rules, settings, [engine]).diagnostics
    assert diag.rule == "NL601"
    assert diag.agreed == ("proselint",)


def test_every_off_by_default_entry_names_real_checks() -> None:
    paths = check_paths()
    for prefix, reason in OFF_BY_DEFAULT.items():
        assert any(p == prefix or p.startswith(prefix + ".") for p in paths), prefix
        assert len(reason) > 20
    assert not enabled_by_default("restricted.top1000")
    assert enabled_by_default("uncomparables")


def test_proselint_is_opt_in() -> None:
    notices: list[str] = []

    def names(**settings: object) -> list[str]:
        return [e.name for e in open_engines(Settings(languagetool="off", **settings), notices)]

    assert names() == []  # off by default
    assert names(proselint=True) == ["proselint"]
    assert names(extend_select=("proselint.typography",)) == ["proselint"]  # named: runs
    assert names(select=("proselint",), proselint=False) == []  # an explicit "no" wins
    assert notices == []


def test_ignoring_newslints_doubled_word_rule_ignores_proselints_copy(
    engine: ProselintEngine,
) -> None:
    source = "The council met on on Monday.\n"
    assert [d.rule for d in _diagnostics(engine, source)] == ["proselint.lexical_illusions"]
    assert _diagnostics(engine, source, ignore=("NL601",)) == []
    assert _diagnostics(engine, source, per_file_ignores={"*": ("NL6",)}) == []
    # Not selecting NL601 is not ignoring it: proselint alone still reports the slip.
    assert _diagnostics(engine, source, select=("proselint",))


def test_agreement_keeps_the_severity_the_newsroom_set(engine: ProselintEngine) -> None:
    doc = markup.parse("The council met on on Monday.\n", "plain")
    settings = Settings(severity={"NL601": "suggestion"})
    (diag,) = check_document("<t>", doc, [DoubledWord()], settings, [engine]).diagnostics
    assert (diag.rule, diag.severity, diag.agreed) == ("NL601", "suggestion", ("proselint",))


def test_word_list_checks_run_only_when_named(engine: ProselintEngine) -> None:
    source = "The council met.\n"
    assert _diagnostics(engine, source, select=("proselint",)) == []
    assert _diagnostics(engine, source, select=("ALL",)) == []
    named = _diagnostics(engine, source, select=("proselint.restricted.elementary",))
    assert {d.rule for d in named} == {"proselint.restricted.elementary"}
