"""The document model: the prose a rule sees, and the way back to the source.

A markup parser turns a source file into a :class:`Document`: ``text`` holds
only prose (markup, code, URLs and comments removed), ``regions`` say what
each stretch of prose is (heading, paragraph, quotation...), and the offset
map turns any span of ``text`` back into the exact span of ``source``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Any, NamedTuple

# Region kinds. "quotation" is found in the prose itself; the others come from markup.
HEADING = "heading"
PARAGRAPH = "paragraph"
BLOCKQUOTE = "blockquote"
QUOTATION = "quotation"
LIST_ITEM = "list_item"
CAPTION = "caption"
REGION_KINDS = (HEADING, PARAGRAPH, BLOCKQUOTE, QUOTATION, LIST_ITEM, CAPTION)
_CLOSING_PUNCTUATION = tuple(".,;:!?)")
_CR_LINE_END = re.compile(r"\r\n?")


class Region(NamedTuple):
    kind: str
    start: int  # offsets into Document.text
    end: int


class Segment(NamedTuple):
    """A stretch of prose text and the source it came from.

    Equal lengths map character by character; unequal lengths (an HTML entity,
    a synthetic separator) are atomic: inside them every offset maps to an edge.
    """

    text_start: int
    text_end: int
    source_start: int
    source_end: int


class Document:
    # A plain class, not a dataclass: every run pays for defining a dataclass at start-up.
    __slots__ = (
        "_region_index",
        "_starts",
        "format",
        "notices",
        "regions",
        "segments",
        "source",
        "text",
    )

    def __init__(
        self,
        source: str,
        text: str,
        segments: list[Segment],
        regions: list[Region] | None = None,
        format: str = "plain",
    ) -> None:
        self.source = source
        self.text = text
        self.segments = segments
        self.regions = regions if regions is not None else []
        self.format = format
        self._starts = [s.text_start for s in segments]
        # What the parser could not read as written (text nested too deep...), one line each.
        self.notices: list[str] = []
        self._region_index: tuple[int, dict[str, SpanIndex]] | None = None

    def __repr__(self) -> str:
        return f"<Document {self.format}, {len(self.text)} characters of prose>"

    def _segment_at(self, offset: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            seg = self.segments[i]
            if seg.text_start <= offset < seg.text_end:
                return seg
            if seg.text_end <= offset:
                return None
            i -= 1
        return None

    def source_offset(self, offset: int, *, is_end: bool = False) -> int:
        """Map a text offset (a start, or an exclusive end) to a source offset."""
        if not self.segments:
            return min(offset, len(self.source))
        probe = offset - 1 if is_end and offset > 0 else offset
        seg = self._segment_at(probe)
        if seg is None:
            # Past the end of the text, or in a gap: use the nearest mapped edge.
            i = bisect.bisect_right(self._starts, probe) - 1
            if i < 0:
                return self.segments[0].source_start
            return self.segments[i].source_end
        linear = seg.text_end - seg.text_start == seg.source_end - seg.source_start
        if linear:
            return seg.source_start + (probe - seg.text_start) + (1 if is_end else 0)
        return seg.source_end if is_end else seg.source_start

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            pos = self.source_offset(start)
            return pos, pos
        return self.source_offset(start), self.source_offset(end, is_end=True)

    def typed(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands in the source as it is: spaces or marks
        that meet only because markup, a link or an address between them was left out
        of the prose were never typed side by side."""
        s, e = self.source_span(start, end)
        return self.source[s:e] == self.text[start:end]

    def window(self, start: int, end: int) -> Document:
        """The prose ``text[start:end]`` as a document of its own: regions clipped to it
        and offsets counted from ``start`` (the caller adds ``start`` back to findings)."""
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        last = bisect.bisect_left(self._starts, end)
        segments = [
            Segment(seg.text_start - start, seg.text_end - start, seg.source_start, seg.source_end)
            for seg in self.segments[first:last]
            if seg.text_end > start
        ]
        regions = [
            Region(r.kind, max(r.start, start) - start, min(r.end, end) - start)
            for r in self.regions
            if r.start < end and r.end > start
        ]
        return Document(self.source, self.text[start:end], segments, regions, self.format)

    def _by_kind(self) -> dict[str, SpanIndex]:
        # Built on first use and again if a parser added regions after building.
        if self._region_index is None or self._region_index[0] != len(self.regions):
            grouped: dict[str, list[Region]] = {}
            for r in self.regions:
                grouped.setdefault(r.kind, []).append(r)
            self._region_index = (
                len(self.regions),
                {kind: SpanIndex(rs) for kind, rs in grouped.items()},
            )
        return self._region_index[1]

    def index(self, kind: str) -> SpanIndex:
        """The regions of one kind, indexed (empty when the document has none)."""
        return self._by_kind().get(kind) or _NO_REGIONS

    def regions_at(self, start: int, end: int | None = None) -> list[Region]:
        """Every region that contains the span, in document order."""
        end = start if end is None else end
        found = [r for index in self._by_kind().values() for r in index.containing(start, end)]
        return sorted(found, key=lambda r: (r.start, -r.end))

    def in_region(self, kind: str, start: int, end: int) -> bool:
        """Is the span inside a region of this kind? O(log n): called for every finding."""
        index = self._by_kind().get(kind)
        return index is not None and index.contains(start, end)


class SpanIndex:
    """Spans (regions, or any records with ``start`` and ``end``) for containment
    questions in O(log n); spans may overlap or nest. Kept in document order (start, then
    outermost first) with the furthest end reached so far: a span lies inside one of them
    exactly when those starting at or before it reach its end."""

    __slots__ = ("max_end", "spans", "starts")

    def __init__(self, spans: Iterable[Any]) -> None:
        self.spans: list[Any] = sorted(spans, key=lambda r: (r.start, -r.end))
        self.starts = [r.start for r in self.spans]
        self.max_end = list(accumulate((r.end for r in self.spans), max))

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.spans)

    def contains(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.max_end[i - 1] >= end

    def containing(self, start: int, end: int | None = None) -> list[Any]:
        """Every span containing ``start:end``, outermost first."""
        end = start if end is None else end
        i = bisect.bisect_right(self.starts, start)
        out = []
        # Walk back only while some earlier span still reaches the end.
        while i > 0 and self.max_end[i - 1] >= end:
            i -= 1
            if self.spans[i].end >= end:
                out.append(self.spans[i])
        return out[::-1]

    def find(self, start: int, end: int | None = None) -> Any:
        """The innermost span containing ``start:end``, or None."""
        found = self.containing(start, end)
        return found[-1] if found else None


_NO_REGIONS = SpanIndex(())


class DocumentBuilder:
    """Collects prose pieces with their source positions into a Document."""

    def __init__(self, source: str, fmt: str) -> None:
        self.source = source
        self.format = fmt
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._regions: list[Region] = []
        self._length = 0

    @property
    def length(self) -> int:
        return self._length

    @property
    def last_char(self) -> str:
        return self._parts[-1][-1] if self._parts else ""

    def add(self, text: str, source_start: int, source_end: int | None = None) -> None:
        """Append prose; ``source_end`` defaults to a verbatim copy of the source.

        Rules see one line break, ``\n``: a verbatim CRLF or bare CR becomes an atomic
        ``\n`` mapped to the whole break, so a blank line is a blank line in every file.
        """
        if not text:
            return
        if source_end is None:
            if "\r" in text:
                self._add_with_line_ends(text, source_start)
                return
            source_end = source_start + len(text)
        seg = Segment(self._length, self._length + len(text), source_start, source_end)
        prev = self._segments[-1] if self._segments else None
        if (
            prev is not None
            and prev.text_end == seg.text_start
            and prev.source_end == seg.source_start
            and prev.text_end - prev.text_start == prev.source_end - prev.source_start
            and seg.text_end - seg.text_start == seg.source_end - seg.source_start
        ):
            seg = Segment(prev.text_start, seg.text_end, prev.source_start, seg.source_end)
            self._segments[-1] = seg
        else:
            self._segments.append(seg)
        self._parts.append(text)
        self._length += len(text)

    def _add_with_line_ends(self, text: str, source_start: int) -> None:
        pos = 0
        for m in _CR_LINE_END.finditer(text):
            self.add(text[pos : m.start()], source_start + pos)
            self.add("\n", source_start + m.start(), source_start + m.end())
            pos = m.end()
        self.add(text[pos:], source_start + pos)

    def add_prose(self, text: str, source_start: int) -> None:
        """Append verbatim prose that follows dropped markup: a reader sees one space, not
        two, and no space before the full stop after a dropped link or code span."""
        if text.startswith(" ") and self.last_char in (" ", "\n"):
            text, source_start = text[1:], source_start + 1
        if text[:1] in _CLOSING_PUNCTUATION and self.last_char == " ":
            self._drop_last_space()
        self.add(text, source_start)

    def _drop_last_space(self) -> None:
        seg = self._segments[-1]
        if seg.text_end - seg.text_start != seg.source_end - seg.source_start:
            return  # an atomic piece (an entity, a collapsed run): leave it whole
        self._parts[-1] = self._parts[-1][:-1]
        if not self._parts[-1]:
            self._parts.pop()
        self._length -= 1
        if seg.text_end - seg.text_start == 1:
            self._segments.pop()
        else:
            self._segments[-1] = Segment(
                seg.text_start, seg.text_end - 1, seg.source_start, seg.source_end - 1
            )

    def add_break(self, source_pos: int, text: str = "\n\n") -> None:
        """Separate blocks with blank lines (synthetic; mapped to one source point)."""
        if self._length == 0:
            return
        current = "".join(self._parts[-2:])
        if current.endswith(text):
            return
        needed = text[1:] if current.endswith(text[0]) else text
        self.add(needed, source_pos, source_pos)

    def region(self, kind: str, start: int, end: int | None = None) -> None:
        end = self._length if end is None else end
        if end > start:
            self._regions.append(Region(kind, start, end))

    def build(self) -> Document:
        text = "".join(self._parts)
        regions = self._regions + find_quotations(text)
        regions.sort(key=lambda r: (r.start, -r.end))
        return Document(self.source, text, self._segments, regions, self.format)


# Direct quotations: curly pairs, or straight double quotes paired within a paragraph.
_CURLY_QUOTE = re.compile(r"“[^”\n]*(?:\n(?!\n)[^”\n]*)*”")
_STRAIGHT_QUOTE = re.compile(r'(?<![\w"])"[^"\n]+(?:\n(?!\n)[^"\n]*)*"')
# A quotation left open at a paragraph's end continues into the next (news style).
_OPEN_CURLY = re.compile(r"“[^”]*?(?=\n\n|$)")


def find_quotations(text: str) -> list[Region]:
    spans: list[tuple[int, int]] = []
    for pattern in (_CURLY_QUOTE, _STRAIGHT_QUOTE):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    taken = sorted(spans)
    # Is an open quote inside a closed quotation? The closed ones in start order with the
    # furthest end so far answer in O(log n) (a scan of them all was quadratic on a long
    # story). Open quotations never contain a later one (finditer does not overlap), so
    # only the closed ones need asking.
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))
    for m in _OPEN_CURLY.finditer(text):
        i = bisect.bisect_right(starts, m.start())
        if not (i and reach[i - 1] > m.start()):
            taken.append((m.start(), m.end()))
    return [Region(QUOTATION, s, e) for s, e in sorted(taken)]
