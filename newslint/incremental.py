"""Re-checking only what an edit changed: the editor server's fast pass.

A draft is cut into chunks: top-level blocks separated by blank lines, each holding
the blank lines after it, so that the chunks tile the source. After an edit the new
chunks are compared with those of the last full check; only the chunks in between the
unchanged run at the start and the unchanged run at the end have changed.

The fast result is then put together from three parts:

- in unchanged chunks, the last full check's findings, moved with their chunk;
- in changed chunks, the findings of the paragraph-scoped rules (``Rule.scope``), each
  chunk parsed and checked as a document of its own (remembered by its text);
- in changed chunks, the last full check's story-scoped findings whose text the edit
  did not touch (before or after the edited stretch), moved as that text moved.

It is a preview: the full check that follows when typing pauses is the truth. A chunk
the cutter cannot vouch for (front matter, an indented block that may continue a list,
HTML, a suppression comment, an unclosed fence) makes the fast pass give up, and the
caller checks the whole draft instead.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from newslint.diagnostics import Diagnostic, Edit

# A run of lines that are not blank (whitespace only).
_BLOCK = re.compile(r"[^\S\n]*\S.*(?:\n[^\S\n]*\S.*)*")
# A fence opens with three backticks or tildes, indented at most three spaces.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
# HTML blocks that may hold blank lines (CommonMark kinds 1 to 5): until their end mark.
_HTML_OPEN = re.compile(
    r" {0,3}<(?:(script|pre|style|textarea)\b|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))", re.I
)
_HTML_CLOSE = ("</(?:script|pre|style|textarea)>", "-->", r"\?>", ">", r"\]\]>")
_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)"
)
_COMMENT_END = re.compile("-->")
# The formats whose blocks are separated by blank lines (HTML's are not).
FORMATS = ("markdown", "plain")


class Chunk(NamedTuple):
    start: int  # source offsets; the chunks of a draft tile it
    end: int
    text: str
    safe: bool  # checked alone, it reads as it reads in the draft


def chunks(text: str, fmt: str) -> list[Chunk]:
    """The draft cut at blank lines between top-level blocks (never inside a fence or
    an HTML block that spans blank lines). Each chunk holds the blank lines after it;
    the first also holds any blank lines before it."""
    markdown = fmt == "markdown"
    out: list[Chunk] = []
    start = 0
    front = _FRONT_MATTER.match(text) if markdown else None
    if front:
        out.append(Chunk(0, front.end(), text[: front.end()], False))
        start = front.end()
    filled = False  # the current chunk has a block
    closer: re.Pattern[str] | None = None  # the end mark of an open fence or HTML block
    unsafe = False
    for m in _BLOCK.finditer(text, start):
        if filled and closer is None:  # a new block after blank lines: a new chunk
            out.append(_chunk(text, start, m.start(), unsafe))
            start, unsafe = m.start(), False
        filled = True
        block = m.group()
        if markdown and block[0] in " \t":
            unsafe = True  # a list item's next paragraph, or indented code
        if "newslint-" in block:
            unsafe = True  # a suppression comment reaches past its chunk
        if closer is not None or "<" in block or (markdown and ("`" in block or "~" in block)):
            for line in block.split("\n"):  # only blocks that may open or close one
                if closer is not None:
                    if closer.search(line):
                        closer = None
                else:
                    closer, unsafe = _opens(line, markdown, unsafe)
    if closer is not None:
        unsafe = True  # an unclosed fence or comment runs to the end of the draft
    if start < len(text) or not out:
        out.append(_chunk(text, start, len(text), unsafe))
    return out


def _opens(line: str, markdown: bool, unsafe: bool) -> tuple[re.Pattern[str] | None, bool]:
    """The end mark of a construct the line opens that may hold blank lines (None: it
    opens none), and whether the chunk is still safe to check alone."""
    if not markdown:  # plain text: only a comment, which the parser drops whole
        at = line.find("<!--")
        if at < 0:
            return None, unsafe
        return (None if "-->" in line[at:] else _COMMENT_END), True
    fence = _FENCE.match(line)
    if fence:
        mark = fence.group(1)
        return re.compile(rf"^ {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*\r?$"), unsafe
    html = _HTML_OPEN.match(line)
    if html:
        kind = next(i for i, g in enumerate(html.groups()) if g)
        close = re.compile(_HTML_CLOSE[kind], re.I)
        # The whole block may sit on its one line; an HTML block is never checked alone.
        return (None if close.search(line, html.end()) else close), True
    if line.lstrip()[:1] == "<":
        return None, True  # other HTML blocks: read in their context only
    return None, unsafe


def _chunk(text: str, start: int, end: int, unsafe: bool) -> Chunk:
    return Chunk(start, end, text[start:end], not unsafe)


class Changed(NamedTuple):
    """Where two lists of chunks differ: ``old[first:old_stop]`` became ``new[first:new_stop]``."""

    first: int
    old_stop: int
    new_stop: int


def changed(old: Sequence[Chunk], new: Sequence[Chunk]) -> Changed:
    n = min(len(old), len(new))
    first = 0
    while first < n and old[first].text == new[first].text:
        first += 1
    tail = 0
    while tail < n - first and old[-1 - tail].text == new[-1 - tail].text:
        tail += 1
    return Changed(first, len(old) - tail, len(new) - tail)


def shifted(diag: Diagnostic, delta: int) -> Diagnostic:
    if not delta:
        return diag
    fix = diag.fix
    if fix is not None:
        fix = fix._replace(
            edits=tuple(Edit(e.start + delta, e.end + delta, e.replacement) for e in fix.edits)
        )
    return diag._replace(start=diag.start + delta, end=diag.end + delta, fix=fix)


def by_chunk(diagnostics: Iterable[Diagnostic], parts: Sequence[Chunk]) -> list[list[Diagnostic]]:
    """The diagnostics of each chunk (by where they start)."""
    import bisect

    starts = [c.start for c in parts]
    out: list[list[Diagnostic]] = [[] for _ in parts]
    for diag in diagnostics:
        out[max(0, bisect.bisect_right(starts, diag.start) - 1)].append(diag)
    return out


def untouched(
    diagnostics: Iterable[Diagnostic], old: str, new: str, old_base: int, new_base: int
) -> list[Diagnostic]:
    """The diagnostics of the stretch ``old`` (at ``old_base``) whose text is still in
    ``new`` (at ``new_base``): those before the edited part stay, those after it move
    with the text; those on it are dropped."""
    n = min(len(old), len(new))
    head = 0
    while head < n and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < n - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    kept = []
    for diag in diagnostics:
        start, end = diag.start - old_base, diag.end - old_base
        if end < head:  # wholly before the edit (not touching it)
            kept.append(shifted(diag, new_base - old_base))
        elif start > len(old) - tail:  # wholly after it
            kept.append(shifted(diag, new_base - old_base + len(new) - len(old)))
    return kept


class ChunkCache:
    """The paragraph-scoped findings of chunks checked alone, by chunk text (offsets
    from the chunk's start). Bounded: a long session edits many versions of a paragraph."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._found: OrderedDict[str, list[Diagnostic]] = OrderedDict()

    def get(self, text: str) -> list[Diagnostic] | None:
        found = self._found.get(text)
        if found is not None:
            self._found.move_to_end(text)
        return found

    def put(self, text: str, found: list[Diagnostic]) -> None:
        self._found[text] = found
        self._found.move_to_end(text)
        while len(self._found) > self.size:
            self._found.popitem(last=False)
