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
    data = {
        "diagnostics": [diagnostic_dict(p) for p in placed(report)],
        "errors": [{"path": p.path, "message": p.message} for p in report.problems],
        "summary": summary(report),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
