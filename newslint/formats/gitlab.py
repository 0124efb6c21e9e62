"""GitLab Code Quality: a JSON array of issues GitLab shows on the merge request.

Each issue carries the fields GitLab documents as required -- description,
check_name, fingerprint, severity and location.path with location.lines.begin --
plus the Code Climate ``type`` and ``categories``. The fingerprint is the
finding's rule, flagged text and surrounding words (not its line), so GitLab
sees an old finding as the same issue after a paragraph is added above it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from newslint.baseline import fingerprints
from newslint.formats.common import LineIndex, Report

# GitLab's levels are info, minor, major, critical, blocker; a copy error is not a blocker.
SEVERITY = {"suggestion": "info", "warning": "minor", "error": "major"}


def repo_path(path: str) -> str:
    """GitLab wants paths relative to the repository; newslint runs from its root in CI."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return Path(os.path.normpath(p)).as_posix()


def render(report: Report) -> str:
    issues: list[dict[str, Any]] = []
    for result in report.files:
        path = repo_path(result.path)
        index = LineIndex(result.source)
        prints = fingerprints(result.diagnostics, result.source, path)
        for diag, fingerprint in zip(result.diagnostics, prints, strict=True):
            begin, _ = index.position(diag.start)
            end, _ = index.position(max(diag.start, diag.end - 1))
            description = diag.message
            if diag.replacements:
                description += f" (suggestion: {diag.replacements[0]})"
            info = report.rules.get(diag.rule)
            category = info.category if info is not None and info.category else diag.source
            issues.append(
                {
                    "type": "issue",
                    "description": description,
                    "check_name": diag.rule,
                    "fingerprint": fingerprint,
                    "severity": SEVERITY.get(diag.severity, "minor"),
                    "categories": ["Style"],
                    "location": {"path": path, "lines": {"begin": begin, "end": end}},
                    "other_locations": [],
                    "content": {"body": f"newslint category: {category}"},
                }
            )
    for problem in report.problems:
        digest = json.dumps(["problem", problem.path, problem.message])
        issues.append(
            {
                "type": "issue",
                "description": f"newslint could not check this file: {problem.message}",
                "check_name": "newslint-input",
                "fingerprint": _hash(digest),
                "severity": "critical",
                "categories": ["Bug Risk"],
                "location": {"path": repo_path(problem.path), "lines": {"begin": 1}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
