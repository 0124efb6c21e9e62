"""Pieces shared by the markup parsers."""

from __future__ import annotations

import re

# URLs and e-mail addresses are not prose in any format.
URL = re.compile(
    r"\b(?:https?://|ftp://|www\.)[^\s<>\"'\])]+[^\s<>\"'\]).,;:!?]|"
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


_LINE_END = re.compile(r"\r\n|\r|\n")


def display_line_starts(text: str) -> list[int]:
    """Line starts as an editor shows them: CRLF, a bare CR (classic Mac) and LF each end a line."""
    starts = [0]
    starts.extend(m.end() for m in _LINE_END.finditer(text))
    return starts
