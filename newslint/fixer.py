"""Applying fixes: choose edits that do not overlap, apply them, re-check, repeat until stable.

A fix is edits in source offsets plus a safety level. The fixer takes the safe
fixes (and the unsafe ones when asked), skips any fix that overlaps one already
taken, refuses an edit whose span is not plain prose in the source (it would
swallow markup), and applies the rest in one pass. The caller re-checks the new
text; a skipped fix whose problem remains is taken on the next pass, so one
``--fix`` run reaches the same text a second run would leave alone.
"""

from __future__ import annotations

import bisect
import difflib
import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from newslint.diagnostics import SAFE, Diagnostic, Edit
from newslint.document import Document, Segment

MAX_PASSES = 10


def wanted(diag: Diagnostic, unsafe: bool = False) -> bool:
    """Whether this diagnostic's fix is applied at the requested safety level."""
    return (
        diag.fix is not None and bool(diag.fix.edits) and (unsafe or diag.fix.applicability == SAFE)
    )


@dataclass
class FixPlan:
    """One pass: the edits to apply and what happened to every candidate fix."""

    edits: list[Edit] = field(default_factory=list)
    applied: list[Diagnostic] = field(default_factory=list)
    skipped: list[Diagnostic] = field(default_factory=list)  # overlapped a fix already taken
    rejected: list[Diagnostic] = field(default_factory=list)  # would rewrite markup
    joining: list[Diagnostic] = field(default_factory=list)  # would delete a line break


def plan_fixes(
    diagnostics: Iterable[Diagnostic], unsafe: bool = False, doc: Document | None = None
) -> FixPlan:
    """Choose the fixes for one pass, in source order; the earliest fix wins an overlap.

    With ``doc`` (the parsed source the diagnostics came from), edits whose span
    crosses markup are rejected and replacements are written in the file's own
    newline style (and escaped for HTML).
    """
    plan = FixPlan()
    taken: set[tuple[Edit, ...]] = set()
    candidates = []
    for diag in diagnostics:
        if not wanted(diag, unsafe):
            continue
        assert diag.fix is not None
        edits = tuple(sorted(diag.fix.edits, key=lambda e: (e.start, e.end)))
        if (
            doc is not None
            and not diag.fix.joins_lines
            and any(_breaks_removed(doc.source, e) for e in edits)
        ):
            plan.joining.append(diag)
            continue
        if doc is not None:
            if not all(edit_is_clean(doc, e) for e in edits):
                plan.rejected.append(diag)
                continue
            edits = tuple(adapt_edit(e, doc) for e in edits)
        source = doc.source if doc is not None else None
        if source is not None and all(source[e.start : e.end] == e.replacement for e in edits):
            continue  # a fix that changes nothing is no fix
        candidates.append((edits, diag))
    candidates.sort(key=lambda c: (c[0][0].start, c[0][-1].end))
    last_end = -1
    last_was_insertion = False
    for edits, diag in candidates:
        if edits in taken:
            plan.applied.append(diag)  # the same edit offered twice (two rules agree)
            continue
        first = edits[0]
        inserts_at_edge = first.start == last_end and (
            first.start == first.end or last_was_insertion
        )
        if first.start < last_end or inserts_at_edge or _overlaps_itself(edits):
            plan.skipped.append(diag)
            continue
        plan.edits.extend(edits)
        plan.applied.append(diag)
        taken.add(edits)
        last_end = edits[-1].end
        last_was_insertion = edits[-1].start == edits[-1].end
    return plan


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _breaks_removed(source: str, edit: Edit) -> bool:
    """Would this edit leave fewer line breaks than it replaces? (Only a fix that says so may.)"""
    span = source[edit.start : edit.end]
    return ("\n" in span or "\r" in span) and _line_breaks(edit.replacement) < _line_breaks(span)


def _overlaps_itself(edits: tuple[Edit, ...]) -> bool:
    return any(b.start < a.end or (b.start == a.end == b.end) for a, b in pairwise(edits))


def choose_edits(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[list[Edit], int]:
    """The edits to apply, and how many fixes were skipped because they overlapped."""
    plan = plan_fixes(diagnostics, unsafe)
    return plan.edits, len(plan.skipped)


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (source offsets); raises ValueError if two overlap."""
    pieces: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor or edit.end > len(source) or edit.start > edit.end:
            raise ValueError(f"edit {edit} overlaps another edit or leaves the text")
        pieces.append(source[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(source[cursor:])
    return "".join(pieces)


def apply_fixes(
    source: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False
) -> tuple[str, int]:
    """One pass without a parsed document: the fixed text and the number of edits applied."""
    edits, _ = choose_edits(diagnostics, unsafe)
    return apply_edits(source, edits), len(edits)


# --- keeping the file's shape -------------------------------------------------------------


def edit_is_clean(doc: Document, edit: Edit) -> bool:
    """True when the edit's source span is prose only (no markup swallowed or split).

    The span must be covered by prose segments that touch in the source; inside an
    atomic segment (an HTML entity) an edit may only replace the whole segment.
    """
    segments = sorted(
        (s for s in doc.segments if s.source_end > s.source_start), key=lambda s: s.source_start
    )
    starts = [s.source_start for s in segments]
    i = bisect.bisect_right(starts, edit.start) - 1
    if i < 0:
        return False
    if edit.start == edit.end:
        seg = segments[i]
        inside = seg.source_start <= edit.start <= seg.source_end
        return inside and (_linear(seg) or edit.start in (seg.source_start, seg.source_end))
    pos = edit.start
    while i < len(segments):
        seg = segments[i]
        if not seg.source_start <= pos < seg.source_end:
            return False
        if not _linear(seg) and (pos != seg.source_start or edit.end < seg.source_end):
            return False
        if edit.end <= seg.source_end:
            return True
        pos = seg.source_end
        i += 1
    return False


def _linear(seg: Segment) -> bool:
    return seg.text_end - seg.text_start == seg.source_end - seg.source_start


def newline_of(source: str) -> str:
    """The file's newline: CRLF when most of its line breaks are CRLF."""
    crlf = source.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= source.count("\n") else "\n"


def adapt_edit(edit: Edit, doc: Document) -> Edit:
    """A replacement is prose: write it as the source writes prose."""
    text = edit.replacement
    if "\n" in text and newline_of(doc.source) == "\r\n":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if doc.format == "html":
        text = html.escape(text, quote=False)
    if text == edit.replacement:
        return edit
    return Edit(edit.start, edit.end, text)


# --- fixing until stable ------------------------------------------------------------------

Lint = Callable[[str], tuple[Document, list[Diagnostic]]]


@dataclass
class FixOutcome:
    """What ``--fix`` did to one draft."""

    original: str
    text: str
    diagnostics: list[Diagnostic]  # the re-check of ``text``: what remains
    first: list[Diagnostic]  # the check of ``original``
    applied: int = 0
    passes: int = 0
    overlaps: int = 0  # fixes put off to a later pass because they overlapped another
    converged: bool = True
    pending: list[Diagnostic] = field(default_factory=list)  # wanted fixes still not applied
    rejected: list[Diagnostic] = field(default_factory=list)  # fixes that would rewrite markup
    joining: list[Diagnostic] = field(default_factory=list)  # fixes that would delete a line break

    @property
    def changed(self) -> bool:
        return self.text != self.original


def fix_until_stable(
    source: str, lint: Lint, unsafe: bool = False, max_passes: int = MAX_PASSES
) -> FixOutcome:
    """Apply fixes and re-check until no wanted fix is left (or the fixes go round in circles)."""
    doc, diagnostics = lint(source)
    outcome = FixOutcome(source, source, diagnostics, diagnostics)
    seen = {source}
    while True:
        plan = plan_fixes(outcome.diagnostics, unsafe, doc)
        outcome.rejected = plan.rejected
        outcome.joining = plan.joining
        if not plan.edits:
            outcome.pending = plan.skipped
            break
        if outcome.passes >= max_passes:
            outcome.converged = False
            outcome.pending = plan.applied + plan.skipped
            break
        text = apply_edits(outcome.text, plan.edits)
        if text in seen:  # two fixes undo each other: stop before going round again
            outcome.converged = False
            outcome.pending = plan.applied + plan.skipped
            break
        seen.add(text)
        outcome.passes += 1
        outcome.applied += len(plan.applied)
        outcome.overlaps += len(plan.skipped)
        outcome.text = text
        doc, outcome.diagnostics = lint(text)
    return outcome


def unified_diff(original: str, fixed: str, path: str) -> str:
    """A patch ``git apply`` and ``patch -p1`` accept, from the original to the fixed text."""
    lines = difflib.unified_diff(
        original.splitlines(keepends=True),
        fixed.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
