from __future__ import annotations

from newslint.linter import check_text


def rules(text: str, fmt: str = "markdown") -> list[tuple[int, str]]:
    result = check_text(text, fmt)
    return [(text.count("\n", 0, d.start) + 1, d.rule) for d in result.diagnostics]


def test_disable_next_line() -> None:
    text = "the the\n<!-- newslint-disable-next-line NL601 -->\nthe the\nthe the\n"
    assert rules(text) == [(1, "NL601"), (4, "NL601")]


def test_disable_enable_block_by_prefix() -> None:
    text = (
        "<!-- newslint-disable NL6 -->\nthe the\n\nthe the\n<!-- newslint-enable NL6 -->\nthe the\n"
    )
    assert rules(text) == [(6, "NL601")]


def test_disable_all_without_ids_in_plain_text() -> None:
    text = "<!-- newslint-disable -->\nthe the\n"
    assert rules(text, "plain") == []


def test_other_rules_not_suppressed() -> None:
    text = "<!-- newslint-disable-next-line NL501 -->\nthe the towards\n"
    assert rules(text) == [(2, "NL601")]


def test_engine_copy_of_a_rule_is_suppressed_with_it() -> None:
    from newslint import markup
    from newslint.engines.proselint import ProselintEngine
    from newslint.linter import check_document
    from newslint.settings import Settings

    text = "<!-- newslint-disable-next-line NL601 -->\nWe read the the report.\n"
    doc = markup.parse(text, "markdown")
    result = check_document("x.md", doc, [], Settings(), [ProselintEngine()])
    assert result.diagnostics == []
