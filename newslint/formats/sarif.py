"""SARIF 2.1.0 for code-scanning tools; each rule carries its registry docs as help."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.formats.common import Report, RuleInfo, placed

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def _uri(path: str) -> str:
    if path == "-":
        return "stdin"
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _help(info: RuleInfo) -> str:
    """The registry's docs sections for a rule (only for the rules a log reports)."""
    if info.rule is None:
        import inspect

        return inspect.cleandoc(info.docs)
    from newslint.registry import help_markdown

    return help_markdown(info.rule)


def _plain(markdown: str) -> str:
    """The registry's Markdown help as plain text (no emphasis marks or heading hashes)."""
    return re.sub(r"^#+ ", "", markdown.replace("**", ""), flags=re.M).strip()


def render(report: Report) -> str:
    rows = placed(report)
    used = sorted({p.diag.rule for p in rows})
    rule_index = {rule_id: i for i, rule_id in enumerate(used)}
    rules = []
    for rule_id in used:
        info = report.rules.get(rule_id)
        entry: dict[str, Any] = {"id": rule_id}
        if info is not None:
            entry["name"] = info.name or rule_id
            entry["shortDescription"] = {"text": info.message or info.name or rule_id}
            help_md = _help(info)
            if help_md:
                entry["help"] = {"text": _plain(help_md), "markdown": help_md}
            entry["defaultConfiguration"] = {"level": _LEVEL.get(info.severity, "warning")}
            entry["properties"] = {
                "category": info.category,
                "family": info.family,
                "fixable": info.fixable,
                "fix": info.fix,
                "fixSafety": info.fix_safety,
                "status": info.status,
            }
        rules.append(entry)
    results = []
    for p in rows:
        d = p.diag
        region = {
            "startLine": p.line,
            "startColumn": p.column,
            "endLine": p.end_line,
            "endColumn": p.end_column,
            "charOffset": d.start,
            "charLength": d.end - d.start,
        }
        location = {
            "physicalLocation": {"artifactLocation": {"uri": _uri(d.path)}, "region": region}
        }
        result: dict[str, Any] = {
            "ruleId": d.rule,
            "ruleIndex": rule_index[d.rule],
            "level": _LEVEL[d.severity],
            "message": {"text": d.message},
            "locations": [location],
            "properties": {"source": d.source, "agreed": [d.source, *d.agreed]},
        }
        if d.fix is not None:
            result["fixes"] = [
                {
                    "description": {
                        "text": f"Replace with {d.fix.edits[0].replacement!r} "
                        f"({d.fix.applicability})"
                    },
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(d.path)},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "charOffset": e.start,
                                        "charLength": e.end - e.start,
                                    },
                                    "insertedContent": {"text": e.replacement},
                                }
                                for e in d.fix.edits
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    notifications = [
        {"level": "error", "message": {"text": f"{p.path}: {p.message}"}} for p in report.problems
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/newslint/",
                        "rules": rules,
                    }
                },
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": not report.problems,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
