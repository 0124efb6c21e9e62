"""Shipped data tables, mapped in place; those sorted by their first field are searched
where they lie."""

from __future__ import annotations

import mmap
from bisect import bisect_right
from pathlib import Path

# A table's bytes, mapped in place: a story reads the pages of a few blocks, not the
# whole file (reading and decoding the 2.4 MB real-word table cost a cold check ~6 ms).
Table = bytes | mmap.mmap


def read_table(path: Path) -> Table:
    """A data table's bytes: mapped in place, or read whole when it is gzipped or cannot be mapped."""
    if path.suffix == ".gz":
        import gzip

        return gzip.decompress(path.read_bytes())
    with open(path, "rb") as f:
        try:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, or one the system cannot map
            return f.read()


class SortedLines:
    """A data file whose lines are sorted by their first field (up to a tab), searched in
    place. The first key of every 4 KB stretch is read once, on the first question (a
    page each: 2.5 ms for the dictionary); a question is then a bisection of those keys
    and a search of one stretch, both in C (a binary search of the whole file touched
    twenty pages a word: ~50 microseconds cold, 15 ms of a one-article check)."""

    STRETCH = 4096

    def __init__(self, data: Table) -> None:
        self.data = data
        self._keys: list[bytes] | None = None
        self._starts: list[int] = []

    def _index(self) -> list[bytes]:
        data, keys, starts = self.data, [], self._starts
        at, size = 0, len(data)
        while at < size:
            end = data.find(b"\n", at)
            end = size if end < 0 else end
            tab = data.find(b"\t", at, end)
            keys.append(data[at : tab if tab >= 0 else end])
            starts.append(at)
            following = data.find(b"\n", at + self.STRETCH)
            if following < 0:
                break
            at = following + 1
        self._keys = keys
        return keys

    def _stretch(self, target: bytes) -> tuple[int, int]:
        """The byte range of the stretch where ``target``'s line is or would be."""
        keys = self._keys if self._keys is not None else self._index()
        k = max(bisect_right(keys, target) - 1, 0)
        end = self._starts[k + 1] if k + 1 < len(keys) else len(self.data)
        return (self._starts[k] if keys else 0), end

    def first_at_or_after(self, target: bytes) -> int:
        """Where the first line whose key is ``target`` or sorts after it starts (the
        length of the data when none does)."""
        data = self.data
        lo, hi = self._stretch(target)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            tab = data.find(b"\t", start)
            if data[start:tab] < target:
                lo = data.find(b"\n", tab) + 1 or len(data)
            else:
                hi = start
        return lo

    def line(self, target: bytes) -> bytes | None:
        """The rest of the line (after its key's tab) whose key is ``target``, or None."""
        data = self.data
        lo, hi = self._stretch(target)
        if data[lo : lo + len(target) + 1] == target + b"\t":
            at = lo
        else:
            needle = b"\n" + target + b"\t"
            at = data.find(needle, lo, hi + len(needle))
            if at < 0:
                return None
            at += 1
        start = at + len(target) + 1
        end = data.find(b"\n", start)
        return data[start : end if end >= 0 else len(data)]
