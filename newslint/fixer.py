"""Applying fixes: sort the edits, skip any that overlap one already taken, apply back to front."""

from __future__ import annotations

from collections.abc import Iterable

from newslint.diagnostics import SAFE, Diagnostic, Edit


def choose_edits(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[list[Edit], int]:
    """The edits to apply, and how many fixes were skipped because they overlapped."""
    edits: list[Edit] = []
    skipped = 0
    candidates = [
        d.fix for d in diagnostics
        if d.fix is not None and (unsafe or d.fix.applicability == SAFE)
    ]
    candidates.sort(key=lambda f: (min(e.start for e in f.edits), max(e.end for e in f.edits)))
    last_end = -1
    for fix in candidates:
        ordered = sorted(fix.edits, key=lambda e: e.start)
        if ordered[0].start < last_end or ordered[0].start == last_end == ordered[0].end:
            skipped += 1
            continue
        edits.extend(ordered)
        last_end = ordered[-1].end
    return edits, skipped


def apply_edits(source: str, edits: list[Edit]) -> str:
    out = source
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def apply_fixes(source: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[str, int]:
    edits, _ = choose_edits(diagnostics, unsafe)
    return apply_edits(source, edits), len(edits)
