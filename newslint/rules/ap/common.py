"""Helpers shared by the AP rules: where patterns can start, court paragraphs, findings.

Headlines and sentence starts come from the story's one analysis (``ctx.analysis``).

Speed: ``re`` searches quickly only for a pattern that begins with a literal or a
character class. Most AP patterns begin with a word boundary instead, so scanning a
whole article for each of them costs more than everything else the rules do. The rules
therefore find the few places where a match can start (figures, month names, a
literal) once, and try the full pattern only there (:func:`matches_at`). Patterns are
compiled on first use (:func:`lazy`), so a run pays only for the ones its text needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from newslint.analysis import Analysis
from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.patterns import lazy
from newslint.rule import Context


def matches_at(
    pattern: Callable[[], re.Pattern[str]], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern().finditer(text)`` yields, trying the pattern only at ``starts``.

    ``starts`` (ascending) must include every position where a match can begin. A
    pattern matched at a position still sees the text before it (lookbehinds, ``\\b``).
    With no start, the (lazy) pattern is not even compiled.
    """
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern().match(text, pos)
        if m is not None:
            yield m
            end = m.end()


def find_all(text: str, *literals: str) -> list[int]:
    """Every position where one of ``literals`` occurs, ascending (overlaps included)."""
    found: set[int] = set()
    for literal in literals:
        pos = text.find(literal)
        while pos >= 0:
            found.add(pos)
            pos = text.find(literal, pos + 1)
    return sorted(found)


_DIGITS = lazy(r"\d+")


def digit_runs(doc: Document, ctx: Context) -> list[int]:
    """Where each run of digits starts: number, time and percent patterns start there."""
    result: list[int] = ctx.memo(
        "ap.digit_runs", lambda: [m.start() for m in _DIGITS().finditer(doc.text)]
    )
    return result


def opens_sentence(a: Analysis, offset: int) -> bool:
    """Whether the token at ``offset`` opens a sentence (the analysis decides: "Sen." or
    "U.S." before a name does not end one)."""
    words = a.words
    i = words.index_at(offset)
    return i < len(words) and words.starts[i] == offset and i in words.sentence_starts


def in_legal(doc: Document, ctx: Context, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in legal_paragraphs(doc, ctx))


def finding(start: int, end: int, message: str, fix: str | None) -> Finding:
    return Finding(start, end, message, (fix,) if fix is not None else ())


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)


# Court and statute citations: a paragraph that has them reads as a court document.
_LEGAL = lazy(
    r"\b(?:U\.\s?S\.\s?C\b|USC\b|C\.F\.R\b|CFR\b|F\.\s?(?:2d|3d|4th|Supp)|Stat\.|Cir\.|Id\.)|§"
)
# How each alternative of _LEGAL begins.
_LEGAL_STARTS = ("U.", "USC", "C.F.R", "CFR", "F.", "Stat.", "Cir.", "Id.", "§")
# A paragraph: text up to a blank line.
_PARAGRAPH = lazy(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


def legal_paragraphs(doc: Document, ctx: Context) -> list[tuple[int, int]]:
    """Paragraphs that cite statutes or reporters: court style (Bluebook) governs them.

    AP number and date rules leave these alone: a court's or a statute's own dates and
    numbers ("on or about August 30, 2013", "nineteen counts") are quoted matter in
    all but punctuation, and a copy desk does not restyle them.
    """
    result: list[tuple[int, int]] = ctx.memo("ap.legal", lambda: _legal_paragraphs(doc.text))
    return result


def _legal_paragraphs(text: str) -> list[tuple[int, int]]:
    # A citation never spans a blank line, so one scan of the whole text finds them all.
    cites = [m.start() for m in matches_at(_LEGAL, text, find_all(text, *_LEGAL_STARTS))]
    if not cites:
        return []
    spans = []
    i = 0
    for m in _PARAGRAPH().finditer(text):
        start, end = m.span()
        while i < len(cites) and cites[i] < start:
            i += 1
        if i < len(cites) and cites[i] < end:
            spans.append((start, end))
    return spans
