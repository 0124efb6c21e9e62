"""What every formatter shares: the report it renders, and lines and columns."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from newslint.diagnostics import Diagnostic, FileProblem
from newslint.markup.common import display_line_starts


class RuleInfo(NamedTuple):
    id: str
    name: str
    category: str
    severity: str
    message: str
    docs: str = ""
    fixable: bool = False
    source: str = "newslint"
    # From the registry (newslint/registry.py):
    family: str = ""
    fix: str = "none"  # availability: none, sometimes, always
    fix_safety: str = "unsafe"
    status: str = "stable"
    rule: Any = None  # the Rule, for help rendered on demand (registry.help_markdown)


class Report(NamedTuple):
    files: Sequence[Any]  # FileResult: path, source, diagnostics
    problems: Sequence[FileProblem] = ()
    rules: Mapping[str, RuleInfo] = MappingProxyType({})
    checked: int = 0
    color: bool = False


class LineIndex:
    """Source offsets (code points) to 1-based line and column; columns count code points."""

    def __init__(self, source: str) -> None:
        self.starts = display_line_starts(source)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


class Placed(NamedTuple):
    diag: Diagnostic
    line: int
    column: int
    end_line: int
    end_column: int


def placed(report: Report) -> list[Placed]:
    out = []
    for result in report.files:
        index = LineIndex(result.source)
        for d in result.diagnostics:
            line, col = index.position(d.start)
            end_line, end_col = index.position(d.end)
            out.append(Placed(d, line, col, end_line, end_col))
    return out


def summary(report: Report) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "suggestion": 0}
    fixable = 0
    for result in report.files:
        for d in result.diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
            fixable += d.fix is not None
    total = sum(counts.values())
    return {
        "files_checked": report.checked,
        "diagnostics": total,
        "by_severity": counts,
        "fixable": fixable,
        "files_with_findings": sum(1 for result in report.files if result.diagnostics),
        # Files that could not be checked at all (unreadable, not text...): see "errors".
        "files_not_checked": len(report.problems),
    }
