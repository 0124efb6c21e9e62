"""What the legal scanners share: the text as they read it, and where a sentence is.

The court scanner and the citation scanner each run once per document, as facts of the
analysis layer (``Analysis.courts``, ``Analysis.citations``), both on one ``Prose``
(the flattened text, and which paragraphs hold which words). The spans they recognised
(``Analysis.legal_spans``) are read by the LanguageTool engine whatever rules are selected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newslint.patterns import lazy

# Whitespace inside one name. Scanners work on ``flatten(text)``, where tabs, no-break
# spaces and single line breaks are spaces, so one space class covers hard-wrapped text.
SP = r" +"


class LazyPattern:
    """A regular expression compiled on first use: rule discovery imports every rule
    module, and a family that is switched off should cost nothing."""

    __slots__ = ("_compile", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compile = lazy(pattern, flags)

    @property
    def compiled(self) -> re.Pattern[str]:
        return self._compile()

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)


# Spaces that flatten() makes plain ones. str.replace, not str.translate: translate
# looks each character up in a table, some 40 times slower on a story's text.
_ODD_SPACES = ("\t", "\u00a0", "\r", "\u2009", "\u202f")
_NEWLINE_RUN = LazyPattern(r"\n[ ]*(?:\n[ ]*)*")


def flatten(text: str) -> str:
    """The text with odd spaces and single line breaks made plain spaces. Same length,
    so offsets carry over; paragraph breaks (blank lines) are kept."""
    for odd in _ODD_SPACES:
        if odd in text:
            text = text.replace(odd, " ")
    if "\n" not in text:
        return text
    return _NEWLINE_RUN.compiled.sub(
        lambda m: m.group(0).replace("\n", " ") if m.group(0).count("\n") == 1 else m.group(0),
        text,
    )


class Prose:
    """A document's text as the scanners read it (``flatten``ed), and its lines that
    hold given words, found on demand and kept.

    After flattening, the only line breaks left are paragraph breaks, and no scanner's
    pattern matches across one (spaces in names are " +", not any white space). So a pattern
    need only run on the lines that hold the words it cannot match without: the same
    matches, and in a story most paragraphs hold none of a court's words.
    """

    __slots__ = ("_lines", "text")

    def __init__(self, text: str) -> None:
        self.text = flatten(text)
        self._lines: dict[tuple[str | tuple[str, ...], ...], list[tuple[int, int]]] = {}

    def lines(self, *needs: str | tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of each line that holds every one of ``needs``, in order; a
        tuple among ``needs`` is met by any one of its words."""
        found = self._lines.get(needs)
        if found is None:
            first, *rest = needs
            words = (first,) if isinstance(first, str) else first
            spans = sorted({span for word in words for span in self._lines_with(word)})
            found = [span for span in spans if all(self._holds(span, need) for need in rest)]
            self._lines[needs] = found
        return found

    def _lines_with(self, word: str) -> Iterator[tuple[int, int]]:
        text = self.text
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            if end < 0:
                end = len(text)
            yield text.rfind("\n", 0, at) + 1, end
            at = text.find(word, end)  # the next line that holds it

    def _holds(self, span: tuple[int, int], need: str | tuple[str, ...]) -> bool:
        words = (need,) if isinstance(need, str) else need
        return any(self.text.find(word, *span) >= 0 for word in words)

    def finditer(
        self, pattern: LazyPattern, *needs: str | tuple[str, ...], peek: int = 0
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` run on the lines that hold ``needs`` only.

        ``peek``: how many characters past the line's end (and the blank lines after it)
        a lookahead at the end of the pattern may read; the scan of a line sees that far
        so that the lookahead decides as it would on the whole text."""
        text = self.text
        for start, end in self.lines(*needs):
            if not peek:
                yield from pattern.finditer(text, start, end)
                continue
            stop = end
            while stop < len(text) and text[stop].isspace():
                stop += 1
            for m in pattern.finditer(text, start, min(len(text), stop + peek)):
                if m.start() >= end:
                    break  # the next line's: found when that line is scanned
                yield m


class Fact:
    """A typed, read-only fact a scanner found: its fields are the class's ``_fields``,
    given in that order (trailing ones may default to ``_defaults``). A slotted class
    rather than a NamedTuple: rule discovery imports every scanner on every run, and a
    NamedTuple costs some 0.3 ms to define."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _defaults: tuple[Any, ...] = ()

    def __init__(self, *values: Any) -> None:
        names = self._fields
        missing = len(names) - len(values)
        if missing:
            values += self._defaults[len(self._defaults) - missing :]
        for name, value in zip(names, values, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(
            getattr(self, n) == getattr(other, n) for n in self._fields
        )

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self._fields))

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({fields})"


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# A sentence ends at . ! or ? before a capital, but not after an initial ("J."),
# "U.S." or a short title ("Mr.", "St."). The mark comes first and the look back
# after it, so that re skips quickly to the next . ! ? or line break.
_STOP = LazyPattern(
    r"[.!?](?<![A-Z].)(?<!Mr.)(?<!Ms.)(?<!Dr.)(?<!Jr.)(?<!Sr.)(?<!St.)(?<!No.)(?=\s+[A-Z\"“])|\n"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (roughly) around a span: used to rank fixes by nearby context."""
    window = max(0, start - 600)
    left = window - 1
    for m in _STOP.finditer(text, window, start):
        left = m.start()
    right = _STOP.search(text, end)
    return left + 1, right.start() if right else len(text)


def paragraph_bounds(text: str, start: int) -> tuple[int, int]:
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", start)
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right)
