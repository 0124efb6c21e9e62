from __future__ import annotations

import re

import pytest

from newslint.document import BLOCKQUOTE, CAPTION, HEADING, LIST_ITEM, QUOTATION
from newslint.markup import parse


def _kinds(doc, needle: str) -> set[str]:  # type: ignore[no-untyped-def]
    at = doc.text.index(needle)
    return {r.kind for r in doc.regions_at(at, at + len(needle))}


def test_markup_code_urls_and_front_matter_are_not_prose() -> None:
    src = (
        "---\ntitle: Secret words\n---\n# Head *line*\n\nSee [the order](https://x.org/a) "
        "and `code here` or https://example.com now.\n\n```\nfenced text\n```\n"
        "<!-- a comment -->\n"
    )
    doc = parse(src, "markdown")
    assert "Secret" not in doc.text
    assert "code here" not in doc.text and "fenced" not in doc.text
    assert "https" not in doc.text and "x.org" not in doc.text
    assert "comment" not in doc.text
    assert "Head line" in doc.text
    assert "See the order and or now." in doc.text


def test_regions() -> None:
    src = "# A headline\n\n> Quoted block\n\n- an item\n\n![x](y.png) A caption\n\nHe said “hi.”\n"
    doc = parse(src, "markdown")
    assert HEADING in _kinds(doc, "A headline")
    assert BLOCKQUOTE in _kinds(doc, "Quoted block")
    assert LIST_ITEM in _kinds(doc, "an item")
    assert CAPTION in _kinds(doc, "A caption")
    assert QUOTATION in _kinds(doc, "“hi.”")


def test_every_word_maps_to_itself_with_crlf_tabs_and_emoji() -> None:
    src = "# Tïtle 😀 here\r\n\r\n> quoted\r\n> *émphasis* and **bold** text\r\n\r\n1. list\titem 🎉 done\r\n"
    doc = parse(src, "markdown")
    for m in re.finditer(r"\w+", doc.text):
        s, e = doc.source_span(m.start(), m.end())
        assert src[s:e] == m.group()


def test_entities_and_escapes_map_to_whole_reference() -> None:
    src = "Fish &amp; chips \\*not emphasis\\*\n"
    doc = parse(src, "markdown")
    assert doc.text.startswith("Fish & chips *not emphasis*")
    amp = doc.text.index("&")
    assert src[slice(*doc.source_span(amp, amp + 1))] == "&amp;"


def test_lone_carriage_returns_end_lines() -> None:
    src = "First line\rsecond *line*\r\rNext para\r"
    doc = parse(src, "markdown")
    for m in re.finditer(r"\w+", doc.text):
        s, e = doc.source_span(m.start(), m.end())
        assert src[s:e] == m.group()
    assert "Next para" in doc.text


def test_no_space_left_before_punctuation_after_a_dropped_link_or_code() -> None:
    src = "Read the filings at <https://example.com/filings>. Run `ls`, then stop.\n"
    doc = parse(src, "markdown")
    assert doc.text.strip() == "Read the filings at. Run, then stop."
    for m in re.finditer(r"\w+|[.,]", doc.text):
        s, e = doc.source_span(m.start(), m.end())
        assert src[s:e] == m.group()


@pytest.mark.parametrize("prefix", ["- " * 10, "> " * 20, "- " * 199, "> " * 399, "1. > - " * 30])
def test_deeply_nested_text_is_checked(prefix: str) -> None:
    from newslint.linter import check_text

    source = prefix + "It was the the plan.\n"
    result = check_text(source, "markdown")
    assert [(d.rule, source[d.start : d.end]) for d in result.diagnostics] == [("NL601", "the the")]
    assert result.notices == ()


@pytest.mark.parametrize("prefix", ["- " * 200, "> " * 400, "> " * 5000])
def test_text_nested_past_the_limit_is_reported_not_passed(prefix: str) -> None:
    from newslint.linter import check_text

    result = check_text(prefix + "It was the the plan.\n", "markdown")
    (notice,) = result.notices
    assert notice.startswith("line 1: lists or quotes nested deeper than newslint reads")
    assert notice.endswith("the text inside is not checked (flatten the nesting to check it)")
