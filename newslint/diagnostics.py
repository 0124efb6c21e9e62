"""Plain values that flow from rules to formatters.

They are named tuples rather than dataclasses: immutable all the same, and about
six times cheaper to define, which every run pays at start-up.
"""

from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("suggestion", "warning", "error")  # ascending
SAFE = "safe"
UNSAFE = "unsafe"
APPLICABILITIES = (SAFE, UNSAFE)
# A fix that is a ranked guess (which of a state's districts was meant): shown with the
# finding, never applied, not even with --unsafe-fixes.
DISPLAY = "display"


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


class Edit(NamedTuple):
    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    edits: tuple[Edit, ...]
    applicability: str = UNSAFE
    # A fix that removes a line break must say so; the fixer refuses any other that would.
    joins_lines: bool = False


class Finding(NamedTuple):
    """What a rule reports: a span of the prose text it examined (Document.text).

    ``replacements`` are candidate texts for the whole span, best first; the
    first becomes the fix unless ``fix`` says otherwise.
    """

    start: int
    end: int
    message: str | None = None
    replacements: tuple[str, ...] = ()
    rule: str | None = None  # engines that report many rules set this
    severity: str | None = None
    fix_safety: str | None = None
    # An engine's check that is one of newslint's rules by another name ("NL601"):
    # a suppression comment for that rule silences it too.
    same_as: str | None = None
    # The rule means its fix to remove a line break (the fixer refuses it otherwise).
    joins_lines: bool = False


class Diagnostic(NamedTuple):
    """A finding placed in a source file (offsets in code points of the source)."""

    path: str
    start: int
    end: int
    rule: str
    severity: str
    message: str
    replacements: tuple[str, ...] = ()
    fix: Fix | None = None
    source: str = "newslint"
    agreed: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.rule)


class FileProblem(NamedTuple):
    """A file that could not be checked (unreadable, not text...)."""

    path: str
    message: str
