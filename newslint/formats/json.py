"""The JSON contract (documented in the README); scripts and the corpus scorer read it."""

from __future__ import annotations

import json
from typing import Any

from newslint.formats.common import Placed, Report, placed, summary


def diagnostic_dict(p: Placed) -> dict[str, Any]:
    d = p.diag
    out: dict[str, Any] = {
        "path": d.path,
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "end_column": p.end_column,
        "offset": d.start,
        "length": d.end - d.start,
        "rule": d.rule,
        "severity": d.severity,
        "message": d.message,
        "replacements": list(d.replacements),
        "source": d.source,
        "agreed": [d.source, *d.agreed],
        "fix": None,
    }
    if d.fix is not None:
        out["fix"] = {
            "applicability": d.fix.applicability,
            "edits": [
                {"offset": e.start, "length": e.end - e.start, "replacement": e.replacement}
                for e in d.fix.edits
            ],
        }
    return out


def render(report: Report) -> str:
    """The same text ``json.dumps(data, indent=2)`` gives, built one finding at a time:
    a whole report's dicts at once cost about ten times the text on a large draft."""
    errors = [{"path": p.path, "message": p.message} for p in report.problems]
    tail = {"errors": errors, "summary": summary(report)}
    items = [
        _indented(json.dumps(diagnostic_dict(p), ensure_ascii=False, indent=2), 4)
        for p in placed(report)
    ]
    body = json.dumps(tail, ensure_ascii=False, indent=2)
    if not items:
        return '{\n  "diagnostics": [],\n' + body[2:] + "\n"
    return '{\n  "diagnostics": [\n' + ",\n".join(items) + "\n  ],\n" + body[2:] + "\n"


def _indented(text: str, spaces: int) -> str:
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)
