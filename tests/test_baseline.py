"""Baselines: record today's findings, report only new ones, survive edits above and around."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newslint.baseline import Baseline, Key, finding_key, load
from newslint.diagnostics import Diagnostic
from tests.cli import newslint

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
SELECT = ("--select", "NL501,NL502,NL601", "--no-proselint")

OLD_STORY = """# Council budget

The council said the plan was okay.

Members walked towards the chamber at noon.
"""


def check_json(cwd: Path, *args: str) -> tuple[int, list[dict[str, object]], str]:
    proc = newslint("check", "--format", "json", *SELECT, *args, cwd=cwd)
    return proc.returncode, json.loads(proc.stdout)["diagnostics"], proc.stderr


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "budget.md").write_text(OLD_STORY, encoding="utf-8")
    proc = newslint("baseline", *SELECT, "stories", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "wrote 2 finding(s) in 1 file(s) to .newslint-baseline.json" in proc.stderr
    return tmp_path


def test_baseline_file_records_rule_text_and_context(archive: Path) -> None:
    data = json.loads((archive / ".newslint-baseline.json").read_text(encoding="utf-8"))
    assert data["newslint_baseline"] == 1
    rows = [(f["path"], f["rule"], f["text"], f["line"]) for f in data["findings"]]
    assert rows == [
        ("stories/budget.md", "NL502", "okay", 3),
        ("stories/budget.md", "NL501", "towards", 5),
    ]
    assert data["findings"][0]["before"] == "id the plan was"
    assert data["findings"][0]["after"] == "."


def test_baselined_findings_are_not_reported(archive: Path) -> None:
    code, found, err = check_json(archive, "--baseline", ".newslint-baseline.json", "stories")
    assert (code, found) == (0, [])
    assert "2 finding(s) already in the baseline" in err


def test_baseline_survives_a_paragraph_inserted_above(archive: Path) -> None:
    story = archive / "stories" / "budget.md"
    story.write_text(
        OLD_STORY.replace(
            "# Council budget\n", "# Council budget\n\nA new lead paragraph.\n\nAnd another.\n"
        ),
        encoding="utf-8",
    )
    code, found, _ = check_json(archive, "--baseline", ".newslint-baseline.json", "stories")
    assert (code, found) == (0, [])
    # Without the baseline the old findings are all there, on new lines.
    _, everything, _ = check_json(archive, "stories")
    assert [(d["rule"], d["line"]) for d in everything] == [("NL502", 7), ("NL501", 9)]


def test_only_the_new_finding_is_reported(archive: Path) -> None:
    story = archive / "stories" / "budget.md"
    story.write_text(OLD_STORY + "\nThe the vote was close.\n", encoding="utf-8")
    code, found, _ = check_json(archive, "--baseline", ".newslint-baseline.json", "stories")
    assert code == 1
    assert [(d["rule"], d["line"]) for d in found] == [("NL601", 7)]


def test_a_second_copy_of_a_baselined_mistake_is_new(archive: Path) -> None:
    story = archive / "stories" / "budget.md"
    story.write_text(OLD_STORY + "\nThe mayor said it was okay too.\n", encoding="utf-8")
    _, found, _ = check_json(archive, "--baseline", ".newslint-baseline.json", "stories")
    assert [(d["rule"], d["line"]) for d in found] == [("NL502", 7)]


def test_edited_neighbours_still_match_on_rule_and_text(archive: Path) -> None:
    story = archive / "stories" / "budget.md"
    story.write_text(OLD_STORY.replace("the plan was okay", "the revised plan is okay"))
    code, found, _ = check_json(archive, "--baseline", ".newslint-baseline.json", "stories")
    assert (code, found) == (0, [])


def test_baseline_paths_are_relative_to_the_baseline_file(archive: Path) -> None:
    code, found, _ = check_json(
        archive / "stories", "--baseline", "../.newslint-baseline.json", "budget.md"
    )
    assert (code, found) == (0, [])


def test_missing_or_broken_baseline_is_an_error(archive: Path) -> None:
    proc = newslint("check", "--baseline", "nope.json", "stories", cwd=archive)
    assert proc.returncode == 2
    assert "nope.json: baseline file not found" in proc.stderr
    (archive / "bad.json").write_text('{"findings": []}')
    proc = newslint("check", "--baseline", "bad.json", "stories", cwd=archive)
    assert proc.returncode == 2
    assert "bad.json: not a newslint baseline" in proc.stderr


def test_custom_output_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("It was okay.\n")
    proc = newslint("baseline", *SELECT, "-o", "desk/base.json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2  # the folder does not exist: a clear error, no traceback
    assert "desk/base.json" in proc.stderr and "Traceback" not in proc.stderr
    (tmp_path / "desk").mkdir()
    proc = newslint("baseline", *SELECT, "-o", "desk/base.json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0
    rows = json.loads((tmp_path / "desk" / "base.json").read_text())["findings"]
    assert [r["path"] for r in rows] == ["../a.txt"]
    code, found, _ = check_json(tmp_path, "--baseline", "desk/base.json", "a.txt")
    assert (code, found) == (0, [])


def test_fix_with_a_baseline_fixes_only_new_findings(archive: Path) -> None:
    story = archive / "stories" / "budget.md"
    story.write_text(OLD_STORY + "\nThe the vote was close.\n", encoding="utf-8")
    proc = newslint(
        "check", *SELECT, "--fix", "--baseline", ".newslint-baseline.json", "stories", cwd=archive
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert story.read_text(encoding="utf-8") == OLD_STORY + "\nThe vote was close.\n"


# --- matching, without the command line ----------------------------------------------------


def _diag(source: str, text: str, rule: str = "R1", nth: int = 0) -> Diagnostic:
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    return Diagnostic("s.txt", start, start + len(text), rule, "warning", "m")


def test_context_stays_on_the_flagged_line() -> None:
    source = "First line ends here.\nokay at the start\n"
    key = finding_key(_diag(source, "okay"), source, "s.txt")
    assert key == Key("s.txt", "R1", "okay", "", "at the start")


def test_split_counts_each_recorded_finding_once(tmp_path: Path) -> None:
    source = "okay. okay. okay."
    recorded = [finding_key(_diag(source, "okay", nth=i), source, "s.txt") for i in range(2)]
    base = Baseline(tmp_path / "b.json", recorded)
    found = [_diag(source, "okay", nth=i) for i in range(3)]
    new, known = base.split(str(tmp_path / "s.txt"), source, found)
    assert known == 2 and new == [found[2]]


def test_a_different_rule_on_the_same_text_is_new(tmp_path: Path) -> None:
    source = "It was okay."
    base = Baseline(tmp_path / "b.json", [finding_key(_diag(source, "okay"), source, "s.txt")])
    other = _diag(source, "okay", rule="R2")
    new, known = base.split(str(tmp_path / "s.txt"), source, [other])
    assert (new, known) == ([other], 0)


def test_load_rejects_entries_without_the_fields(tmp_path: Path) -> None:
    from newslint.baseline import BaselineError

    path = tmp_path / "b.json"
    path.write_text(json.dumps({"newslint_baseline": 1, "findings": [{"path": "a", "rule": 1}]}))
    with pytest.raises(BaselineError, match="finding #1 needs string fields"):
        load(path)
