"""GitLab Code Quality output: the documented fields, GitLab's severities, stable fingerprints.

GitLab's docs (ci/testing/code_quality, "Code Quality report format") require, per
issue: description, check_name, fingerprint, severity (info, minor, major,
critical, blocker) and location.path with location.lines.begin or
location.positions.begin.line. Issues that share a fingerprint are shown once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from newslint.diagnostics import FileProblem
from newslint.formats.common import Report
from newslint.formats.gitlab import render, repo_path
from newslint.linter import FileResult
from newslint.linter import check_text as _check_text
from newslint.settings import Settings

CODE_QUALITY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    # Relative to the repository root, forward slashes.
                    "path": {"type": "string", "pattern": r"^(?!/)(?!\./)[^\\]+$"},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {
                            "begin": {"type": "integer", "minimum": 1},
                            "end": {"type": "integer", "minimum": 1},
                        },
                    },
                    "positions": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {
                            "begin": {
                                "type": "object",
                                "required": ["line"],
                                "properties": {"line": {"type": "integer", "minimum": 1}},
                            }
                        },
                    },
                },
                "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}


def check_text(text: str, fmt: str = "plain", path: str = "<text>") -> FileResult:
    """Only the rules these tests are about, so new rules elsewhere do not move them."""
    return _check_text(text, fmt, Settings(select=("NL601", "NL502")), path=path)


STORY = "The the council met.\n\nIt was okay, and then okay again.\n\nThe the end.\n"


def issues(*results: object, problems: tuple[FileProblem, ...] = ()) -> list[dict[str, object]]:
    data = json.loads(render(Report(list(results), problems, checked=len(results))))
    jsonschema.validate(data, CODE_QUALITY_SCHEMA)
    return data  # type: ignore[no-any-return]


def test_issues_carry_the_documented_fields() -> None:
    found = issues(check_text(STORY, "markdown", path="stories/council.md"))
    assert [(i["check_name"], i["location"]["lines"]["begin"]) for i in found] == [  # type: ignore[index]
        ("NL601", 1),
        ("NL502", 3),
        ("NL502", 3),
        ("NL601", 5),
    ]
    first = found[0]
    assert first["severity"] == "major"  # an error
    assert found[1]["severity"] == "minor"  # a warning
    assert first["description"] == "Doubled word: 'The' appears twice. (suggestion: The)"
    assert first["location"] == {"path": "stories/council.md", "lines": {"begin": 1, "end": 1}}


def test_fingerprints_are_unique_within_a_report() -> None:
    found = issues(check_text(STORY, path="a.txt"), check_text(STORY, path="b.txt"))
    prints = [i["fingerprint"] for i in found]
    assert len(set(prints)) == len(prints) == 8


def test_fingerprints_survive_a_paragraph_inserted_above() -> None:
    before = issues(check_text(STORY, path="a.txt"))
    after = issues(check_text("A new first paragraph.\n\n" + STORY, path="a.txt"))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert [i["location"]["lines"]["begin"] for i in after] == [3, 5, 5, 7]  # type: ignore[index]


def test_fingerprint_changes_with_the_flagged_text() -> None:
    one = issues(check_text("It was okay.\n", path="a.txt"))[0]["fingerprint"]
    other = issues(check_text("It was o.k.\n", path="a.txt"))[0]["fingerprint"]
    assert one != other


def test_paths_are_relative_to_the_repository(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    assert repo_path("./stories/a.md") == "stories/a.md"
    assert repo_path(str(tmp_path / "stories" / "a.md")) == "stories/a.md"


def test_unreadable_file_is_an_issue_too() -> None:
    found = issues(problems=(FileProblem("bad.txt", "binary file (contains NUL bytes)"),))
    assert found[0]["severity"] == "critical"
    assert found[0]["location"] == {"path": "bad.txt", "lines": {"begin": 1}}


def test_empty_report_is_an_empty_array() -> None:
    assert issues() == []


def test_command_line_format_gitlab(tmp_path: Path) -> None:
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "a.md").write_text(STORY, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "gitlab", "--select", "NL601", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    jsonschema.validate(data, CODE_QUALITY_SCHEMA)
    assert [(i["location"]["path"], i["check_name"]) for i in data] == [
        ("stories/a.md", "NL601"),
        ("stories/a.md", "NL601"),
    ]
