"""Code points (Python) to UTF-16 code units (JavaScript strings) and back."""

from __future__ import annotations

import bisect


class Utf16:
    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
        # Where each astral character ends, in UTF-16 units.
        self._ends = [p + k + 2 for k, p in enumerate(self.astral)]

    def units(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset)

    def offset(self, units: int) -> int:
        """The code-point offset at ``units``; ValueError inside a surrogate pair or past the end."""
        before = bisect.bisect_right(self._ends, units)
        offset = units - before
        if offset < 0 or offset > self.length or self.units(offset) != units:
            raise ValueError(f"UTF-16 offset {units} is not a character boundary")
        return offset
