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


def _findings(rule: Rule, example: Example) -> dict[tuple[int, int], str | None]:
    """Each span the rule flags, with the first fix it offers there."""
    settings = Settings(style=example.style, **dict(example.options))
    doc = markup.parse(example.text, "plain")
    result = check_document("<example>", doc, [rule], settings)
    found: dict[tuple[int, int], str | None] = {}
    for d in result.diagnostics:
        if d.rule == rule.id:
            found.setdefault((d.start, d.end), d.replacements[0] if d.replacements else None)
    return found


def _fired(rule: Rule, example: Example) -> dict[tuple[int, int], str | None]:
    return _findings(rule, example)


@pytest.mark.parametrize(("rule", "example"), _cases("bad"), ids=lambda v: getattr(v, "id", ""))
def test_bad_example_fires(rule: Rule, example: Example) -> None:
    spans = _fired(rule, example)
    assert spans, f"{rule.id} did not fire on its bad example {example.text!r}"
    if example.span is not None:
        s, e = example.span
        assert example.span in spans, (
            f"{rule.id} flagged {[example.text[a:b] for a, b in spans]} in {example.text!r}, "
            f"not the marked {example.text[s:e]!r}"
        )
        assert spans[example.span] == example.replacement, (
            f"{rule.id} offered {spans[example.span]!r} for {example.text[s:e]!r}, "
            f"not {example.replacement!r}"
        )


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


@pytest.mark.parametrize(("rule", "example"), _cases("bad"), ids=lambda v: getattr(v, "id", ""))
def test_bad_example_marks_its_span(rule: Rule, example: Example) -> None:
    # "[[flagged=>fix]]": what a rule must flag and offer, not just that it fired.
    assert example.span is not None, f"{rule.id}: mark the expected span in {example.text!r}"


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
