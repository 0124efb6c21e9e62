"""Plain-text drafts: the prose is the source, less comments and URLs."""

from __future__ import annotations

import re

from newslint.document import PARAGRAPH, Document, DocumentBuilder, Region
from newslint.markup.common import HTML_COMMENT, URL

_NOT_PROSE = re.compile(f"{HTML_COMMENT.pattern}|{URL.pattern}", re.DOTALL)
_PARAGRAPH = re.compile(r"[^\n](?:.|\n(?![ \t]*(?:\n|\Z)))*")


def parse(source: str) -> Document:
    builder = DocumentBuilder(source, "plain")
    pos = 0
    for m in _NOT_PROSE.finditer(source):
        builder.add(source[pos : m.start()], pos)
        pos = m.end()
    builder.add(source[pos:], pos)
    doc = builder.build()
    # Paragraphs are found in the prose itself (offsets of doc.text).
    doc.regions.extend(Region(PARAGRAPH, m.start(), m.end()) for m in _PARAGRAPH.finditer(doc.text))
    doc.regions.sort(key=lambda r: (r.start, -r.end))
    return doc
