"""Human-readable lines: ``path:line:col: severity rule-id message (suggestion: ...)``."""

from __future__ import annotations

from newslint.formats.common import Report, placed, summary

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "suggestion": "\x1b[36m"}
_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"


def render(report: Report) -> str:
    lines = []
    for p in placed(report):
        d = p.diag
        severity = d.severity
        location = f"{d.path}:{p.line}:{p.column}:"
        rule = d.rule
        if report.color:
            severity = f"{_COLORS.get(severity, '')}{severity}{_RESET}"
            location = f"{_BOLD}{location}{_RESET}"
        line = f"{location} {severity} {rule} {d.message}"
        if d.replacements:
            line += f" (suggestion: {', '.join(repr(r) for r in d.replacements[:3])})"
        lines.append(line)
    s = summary(report)
    if s["diagnostics"]:
        fixable = f", {s['fixable']} with a suggested fix" if s["fixable"] else ""
        lines.append(
            f"Found {s['diagnostics']} problem(s) in {s['files_with_findings']} of "
            f"{report.checked} file(s) checked{fixable}."
        )
    return "\n".join(lines) + ("\n" if lines else "")
