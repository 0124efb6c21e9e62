"""Source offsets (code points) to LSP positions and back.

LSP lines end at ``\\n``, ``\\r\\n`` or ``\\r`` (not at the other breaks Python's
``splitlines`` knows), and columns count UTF-16 code units unless the client agreed
to UTF-8 or UTF-32. newslint's offsets count code points of the source.
"""

from __future__ import annotations

import bisect
import re

_BREAK = re.compile(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    if text.isascii():
        return len(text)
    # Encoded, not counted character by character: a position is asked for every finding,
    # and a paragraph is one long line (this ran 15 ms a publish on a 10,000-word story).
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LineIndex:
    """Line starts of one text, for converting in both directions."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character) of a code-point offset, in the client's units."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, _units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of an LSP position (clamped to its line, as the spec says)."""
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(line, 0)]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        body = self.text[start:end].rstrip("\r\n")
        if self.encoding == "utf-32":
            return start + min(character, len(body))
        count = 0
        for i, char in enumerate(body):
            if count >= character:
                return start + i
            count += _units(char, self.encoding)
        return start + len(body)
