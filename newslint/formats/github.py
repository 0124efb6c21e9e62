"""GitHub Actions workflow commands: findings become annotations on the pull request."""

from __future__ import annotations

from newslint.formats.common import Report, placed

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for p in placed(report):
        d = p.diag
        message = d.message
        if d.replacements:
            message += f" (suggestion: {d.replacements[0]})"
        props = (
            f"file={_escape_property(d.path)},line={p.line},col={p.column},"
            f"endLine={p.end_line},endColumn={p.end_column},title={_escape_property(d.rule)}"
        )
        lines.append(f"::{_LEVEL[d.severity]} {props}::{_escape_data(message)}")
    for problem in report.problems:
        lines.append(
            f"::error file={_escape_property(problem.path)}::{_escape_data(problem.message)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
