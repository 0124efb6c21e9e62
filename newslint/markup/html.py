"""HTML drafts, read with the standard library's tolerant parser.

Text nodes are copied with their source offsets; entities map to their whole
source reference; runs of whitespace (indentation, line wrapping) read as one
space, mapped to the whole run.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from newslint.document import (
    BLOCKQUOTE,
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    Document,
    DocumentBuilder,
)
from newslint.markup.common import URL, line_starts

_SKIP = {
    "script",
    "style",
    "pre",
    "code",
    "kbd",
    "samp",
    "template",
    "svg",
    "math",
    "head",
    "noscript",
    "textarea",
}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
_REGION_TAGS = {
    "h1": HEADING,
    "h2": HEADING,
    "h3": HEADING,
    "h4": HEADING,
    "h5": HEADING,
    "h6": HEADING,
    "p": PARAGRAPH,
    "li": LIST_ITEM,
    "blockquote": BLOCKQUOTE,
    "figcaption": CAPTION,
    "caption": CAPTION,
    "td": PARAGRAPH,
    "th": PARAGRAPH,
    "dd": PARAGRAPH,
    "dt": PARAGRAPH,
}
_BLOCK_TAGS = set(_REGION_TAGS) | {
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "figure",
    "table",
    "tr",
    "ul",
    "ol",
    "dl",
    "hr",
    "br",
    "title",
    "body",
    "html",
    "form",
}
_SPACE_RUN = re.compile(r"\s{2,}|\n|\t")


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.starts = line_starts(source)
        self.builder = DocumentBuilder(source, "html")
        self.skip_depth = 0
        self.open: list[tuple[str, int]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag in _BLOCK_TAGS:
            self.builder.add_break(self._offset(), "\n" if tag == "br" else "\n\n")
        if tag in _REGION_TAGS and tag not in _VOID:
            self.open.append((tag, self.builder.length))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.builder.add_break(self._offset(), "\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                name, start = self.open.pop(i)
                self.builder.region(_REGION_TAGS[name], start)
                break
        if tag in _BLOCK_TAGS:
            self.builder.add_break(self._offset())

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        base = self._offset()
        # Guard against a parser position that does not match the data (malformed markup).
        if self.source[base : base + len(data)] != data:
            return
        pos = 0
        for m in re.finditer(f"{URL.pattern}|{_SPACE_RUN.pattern}", data):
            self._add_text(data[pos : m.start()], base + pos)
            if m.group().isspace():
                self._add_space(base + m.start(), base + m.end())
            pos = m.end()
        self._add_text(data[pos:], base + pos)

    def _add_text(self, text: str, at: int) -> None:
        self.builder.add_prose(text, at)

    def _add_space(self, start: int, end: int) -> None:
        if self.builder.last_char in ("", " ", "\n"):
            return
        self.builder.add(" ", start, end)

    def _reference(self, text: str) -> None:
        if self.skip_depth:
            return
        start = self._offset()
        end = self.source.find(";", start, start + 40)
        end = end + 1 if end >= 0 else start + len(text)
        self.builder.add(html.unescape(self.source[start:end]), start, end)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def parse(source: str) -> Document:
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    return reader.builder.build()
