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
