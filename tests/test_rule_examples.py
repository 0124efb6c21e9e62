"""Examples are tests: every rule's bad examples fire it, its good examples do not."""

from __future__ import annotations

import pytest

from newslint import markup
from newslint.linter import all_rules, check_document
from newslint.rule import Example, Rule
from newslint.settings import Settings

RULES = all_rules(Settings())


def _cases(kind: str) -> list[tuple[Rule, Example]]:
    return [(rule, ex) for rule in RULES for ex in rule.examples(kind)]


def _fired(rule: Rule, example: Example) -> list[str]:
    settings = Settings(style=example.style, **dict(example.options))
    doc = markup.parse(example.text, "plain")
    result = check_document("<example>", doc, [rule], settings)
    return [d.rule for d in result.diagnostics if d.rule == rule.id]


@pytest.mark.parametrize(("rule", "example"), _cases("bad"), ids=lambda v: getattr(v, "id", ""))
def test_bad_example_fires(rule: Rule, example: Example) -> None:
    assert _fired(rule, example), f"{rule.id} did not fire on its bad example {example.text!r}"


@pytest.mark.parametrize(("rule", "example"), _cases("good"), ids=lambda v: getattr(v, "id", ""))
def test_good_example_is_quiet(rule: Rule, example: Example) -> None:
    assert not _fired(rule, example), f"{rule.id} fired on its good example {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_examples_and_docs(rule: Rule) -> None:
    assert rule.examples("bad"), f"{rule.id} has no bad example"
    assert rule.examples("good"), f"{rule.id} has no good example"
    assert len(rule.docs.strip()) > 40, f"{rule.id} has no docs"
    assert rule.message and rule.name and rule.category


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r, e in _cases("bad") if e.fixed],
    ids=lambda v: getattr(v, "id", ""),
)
def test_bad_example_fix(rule: Rule, example: Example) -> None:
    from newslint.fixer import apply_fixes

    doc = markup.parse(example.text, "plain")
    result = check_document(
        "<example>", doc, [rule], Settings(style=example.style, **dict(example.options))
    )
    fixed, _ = apply_fixes(example.text, result.diagnostics, unsafe=True)
    assert fixed == example.fixed


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
