"""Helpers shared by the AP rules: headline detection, sentence starts, regex findings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import HEADING, Document

_LINE = re.compile(r"[^\n]+")
_PARAGRAPH_END = re.compile(r"[.!?:;,”\"’')]\s*$")


def headline_spans(doc: Document) -> list[tuple[int, int]]:
    """Headings: from markup, or (plain text) a one-line paragraph with no closing stop."""
    spans = [(r.start, r.end) for r in doc.regions if r.kind == HEADING]
    if doc.format != "plain":
        return spans
    text = doc.text
    for m in _LINE.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 2]
        alone = (m.start() == 0 or before == "\n\n") and (
            after in ("", "\n\n") or m.end() == len(text)
        )
        line = m.group()
        if alone and len(line.split()) <= 16 and not _PARAGRAPH_END.search(line):
            spans.append((m.start(), m.end()))
    return spans


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def sentence_start(text: str, pos: int) -> bool:
    """Nothing but whitespace, an opening quote or a bracket since the last full stop."""
    before = text[:pos].rstrip(" \t“\"‘'(")
    return (
        not before
        or before.endswith(("\n\n", ".", "!", "?"))
        or (before[-1] == "\n" and (len(before) < 2 or before[-2] == "\n"))
    )


def finding(start: int, end: int, message: str, fix: str | None) -> Finding:
    return Finding(start, end, message, (fix,) if fix is not None else ())


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)


# Court and statute citations: a paragraph that has them reads as a court document.
_LEGAL = re.compile(
    r"\b(?:U\.\s?S\.\s?C\b|USC\b|C\.F\.R\b|CFR\b|F\.\s?(?:2d|3d|4th|Supp)|Stat\.|Cir\.|Id\.)|§"
)


def legal_paragraphs(doc: Document) -> list[tuple[int, int]]:
    """Paragraphs that cite statutes or reporters: court style (Bluebook) governs them.

    AP number and date rules leave these alone: a court's or a statute's own dates and
    numbers ("on or about August 30, 2013", "nineteen counts") are quoted matter in
    all but punctuation, and a copy desk does not restyle them.
    """
    spans = []
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", doc.text):
        if _LEGAL.search(m.group()):
            spans.append((m.start(), m.end()))
    return spans
