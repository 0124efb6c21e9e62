"""Markdown drafts.

markdown-it-py finds the blocks (with their source lines); the inline text of
each block is then aligned with its source lines and stripped of inline markup
(emphasis, link targets, code spans, HTML, URLs) piece by piece, so every prose
character keeps its source offset.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any

from newslint.document import (
    BLOCKQUOTE,
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    Document,
    DocumentBuilder,
)
from newslint.markup.common import URL

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)"
)

# Inline markup, tried left to right. Each alternative is named for what is done with it.
_INLINE = re.compile(
    r"""
    (?P<code>(?P<ticks>`+).+?(?P=ticks))                       # code span: not prose
  | (?P<image>!\[[^\]]*\]\([^)]*\))                          # image: not prose
  | (?P<autolink><(?:https?|mailto|ftp):[^>\s]*>)            # autolink
  | (?P<html><!--.*?-->|</?[A-Za-z][^<>]*>)                  # inline HTML or comment
  | (?P<linkopen>\[(?=(?:[^\[\]]|\[[^\]]*\])*\](?:\([^)]*\)|\[[^\]]*\])))  # [ of a link
  | (?P<linktail>\](?:\([^)]*\)|\[[^\]]*\]))                 # ](target) or ][ref]
  | (?P<url>"""
    + URL.pattern
    + r""")
  | (?P<escape>\\[!-/:-@\[-`{-~])                            # backslash escape
  | (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
  | (?P<emphasis>\*+|~~|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9]))  # emphasis delimiters
  | (?P<hardbreak>(?:\ {2,}|\\)$)                            # hard line break
    """,
    re.VERBOSE | re.DOTALL,
)

# Where _INLINE might match: a character that starts markup, a URL's or an address's
# marker, or a hard break's trailing spaces. One character class and plain substring
# tests: a regex alternation of the same is five times slower (re tries every branch at
# every position).
_MARKUP_CHAR = re.compile(r"[`!<\[\]\\&*_~@]")


def _maybe_inline(piece: str) -> bool:
    return (
        _MARKUP_CHAR.search(piece) is not None
        or "://" in piece
        or "www." in piece
        or piece.endswith("  ")  # a piece is one line: no newline inside
    )


_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|\Z)")
_BLOCK_REGIONS = {"blockquote_open": BLOCKQUOTE, "list_item_open": LIST_ITEM}


@cache
def _block_parser() -> Any:
    from markdown_it import MarkdownIt

    # Blocks only: inline text is read from the source by _scan, so markdown-it's own
    # inline pass would be wasted work.
    md = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
    # markdown-it stops reading, silently, below 20 levels (10 nested lists: a list and its
    # item are a level each). Deeper is rare but legal; past MAX_NESTING we say so.
    md.options["maxNesting"] = MAX_NESTING
    return md


MAX_NESTING = 400  # block levels: 200 nested lists or 400 quotes, well inside Python's stack


def parse(source: str) -> Document:
    try:
        return _parse(source)
    except RecursionError:
        from newslint.markup import plain

        doc = plain.parse(source)
        doc.notices.append(
            "Markdown nested too deep to read as Markdown; checked as plain text "
            "(markup characters included)"
        )
        return doc


def _parse(source: str) -> Document:
    # Lines as markdown-it counts them: \r\n, \r and \n all end a line.
    starts, lines = [], []
    for m in _LINE.finditer(source):
        starts.append(m.start())
        lines.append(m.group(1))
    front = _FRONT_MATTER.match(source)
    masked = source
    if front:
        # Blank the front matter's lines so line numbers stay those of the source.
        masked = "\n" * source.count("\n", 0, front.end()) + source[front.end() :]
    tokens = _block_parser().parse(masked)
    too_deep = _cut_off(tokens)

    builder = DocumentBuilder(source, "markdown")
    open_regions: list[tuple[str, int]] = []
    block_kind = PARAGRAPH
    for tok in tokens:
        if tok.type in _BLOCK_REGIONS:
            builder.add_break(_pos(starts, tok.map))
            open_regions.append((_BLOCK_REGIONS[tok.type], builder.length))
        elif tok.type in ("blockquote_close", "list_item_close"):
            kind, start = open_regions.pop()
            builder.region(kind, start)
        elif tok.type == "heading_open":
            block_kind = HEADING
        elif tok.type in ("paragraph_open", "th_open", "td_open"):
            block_kind = PARAGRAPH
        elif tok.type == "inline" and tok.map:
            builder.add_break(_pos(starts, tok.map))
            start = builder.length
            _add_inline(builder, tok.content, tok.map, lines, starts)
            kind = CAPTION if _is_caption(tok.content) else block_kind
            builder.region(kind, start)
    doc = builder.build()
    if too_deep is not None:
        doc.notices.append(
            f"line {too_deep}: lists or quotes nested deeper than newslint reads "
            f"({MAX_NESTING // 2} lists or {MAX_NESTING} quotes); the text inside is not "
            "checked (flatten the nesting to check it)"
        )
    return doc


def _cut_off(tokens: list[Any]) -> int | None:
    """The 1-based line where markdown-it stopped at its nesting limit, if it did: a
    container opened at the last level it reads, closed with nothing inside."""
    for tok, after in pairwise(tokens):
        if tok.nesting == 1 and tok.level >= MAX_NESTING - 1 and after.nesting == -1:
            return tok.map[0] + 1 if tok.map else 1
    return None


def _pos(starts: list[int], line_map: list[int] | None) -> int:
    if not line_map:
        return 0
    return starts[min(line_map[0], len(starts) - 1)]


def _is_caption(content: str) -> bool:
    # An image followed by its caption text on the same block.
    return content.lstrip().startswith("![") and bool(
        re.sub(r"!\[[^\]]*\]\([^)]*\)", "", content).strip()
    )


def _add_inline(
    builder: DocumentBuilder, content: str, line_map: list[int], lines: list[str], starts: list[int]
) -> None:
    """Align each line of the block's inline content with its source line, then scan it."""
    first, last = line_map
    cursor_line = first
    for i, piece in enumerate(content.split("\n")):
        if i:
            newline_at = starts[cursor_line - 1] + len(lines[cursor_line - 1])
            builder.add(
                "\n", newline_at, starts[cursor_line] if cursor_line < len(starts) else newline_at
            )
        located = None
        while cursor_line < last and located is None:
            line = lines[cursor_line]
            col = line.find(piece) if piece else len(line)
            if col >= 0:
                located = starts[cursor_line] + col
            cursor_line += 1
        if located is None:
            continue  # a line the parser rewrote (tabs); its prose is dropped, never misplaced
        _scan(builder, piece, located)


def _scan(builder: DocumentBuilder, piece: str, base: int) -> None:
    if not _maybe_inline(piece):
        # Most lines of a story are plain prose; _INLINE would try every position in vain.
        builder.add_prose(piece, base)
        return
    pos = 0
    for m in _INLINE.finditer(piece):
        builder.add_prose(piece[pos : m.start()], base + pos)
        pos = m.end()
        if m.group("escape"):
            builder.add(m.group()[1], base + m.start(), base + m.end())
        elif m.group("entity"):
            import html

            builder.add(html.unescape(m.group()), base + m.start(), base + m.end())
    builder.add_prose(piece[pos:], base + pos)
