"""--diff-base: only findings on lines changed since a git ref (real git repositories)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from newslint.diagnostics import Diagnostic
from newslint.gitdiff import GitError, _unquote, changed_lines, on_changed_lines, parse_diff
from tests.cli import newslint as run_newslint

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "NEWSLINT_LANGUAGETOOL": "off",
}
SELECT = ("--select", "NL501,NL502,NL601", "--no-proselint")

OLD_STORY = """# Council budget

The council said the plan was okay.

Members met at noon.

The vote is expected Friday.
"""


def git(*args: str, cwd: Path) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, env=GIT_ENV, check=True
    )
    return proc.stdout


def newslint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_newslint(*args, cwd=cwd, env=GIT_ENV)


def findings(cwd: Path, *args: str) -> tuple[int, list[tuple[str, str, int]]]:
    proc = newslint("check", "--format", "json", *SELECT, *args, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    rows = json.loads(proc.stdout)["diagnostics"]
    return proc.returncode, [(d["path"], d["rule"], d["line"]) for d in rows]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git("init", "-q", "-b", "main", cwd=tmp_path)
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "budget.md").write_text(OLD_STORY, encoding="utf-8")
    (tmp_path / "stories" / "parks.txt").write_text("The park was okay.\n", encoding="utf-8")
    git("add", "-A", cwd=tmp_path)
    git("commit", "-q", "-m", "archive", cwd=tmp_path)
    return tmp_path


def test_only_the_changed_line_of_an_old_story_is_reported(repo: Path) -> None:
    story = repo / "stories" / "budget.md"
    story.write_text(OLD_STORY.replace("met at noon", "walked towards the chamber"))
    git("commit", "-q", "-am", "edit one line", cwd=repo)
    code, everything = findings(repo, "stories")
    assert sorted(everything) == [
        ("stories/budget.md", "NL501", 5),
        ("stories/budget.md", "NL502", 3),
        ("stories/parks.txt", "NL502", 1),
    ]
    code, changed = findings(repo, "--diff-base", "HEAD~1", "stories")
    assert (code, changed) == (1, [("stories/budget.md", "NL501", 5)])


def test_uncommitted_edits_count_as_changed(repo: Path) -> None:
    story = repo / "stories" / "budget.md"
    story.write_text(OLD_STORY.replace("expected Friday", "expected Friday, okay"))
    assert findings(repo, "--diff-base", "HEAD", "stories") == (
        1,
        [("stories/budget.md", "NL502", 7)],
    )


def test_nothing_changed_reports_nothing(repo: Path) -> None:
    assert findings(repo, "--diff-base", "HEAD", "stories") == (0, [])


def test_an_untracked_draft_is_new_throughout(repo: Path) -> None:
    (repo / "stories" / "new.txt").write_text("It was okay.\nThe the end.\n")
    _, found = findings(repo, "--diff-base", "HEAD", "stories")
    assert found == [("stories/new.txt", "NL502", 1), ("stories/new.txt", "NL601", 2)]


def test_branch_is_compared_with_its_merge_base(repo: Path) -> None:
    """main fixed a line after the branch started: that line is not the branch's change."""
    git("checkout", "-q", "-b", "desk", cwd=repo)
    story = repo / "stories" / "budget.md"
    story.write_text(OLD_STORY.replace("Members met at noon.", "Members met at noon, okay."))
    git("commit", "-q", "-am", "desk edit", cwd=repo)
    git("checkout", "-q", "main", cwd=repo)
    story.write_text(OLD_STORY.replace("plan was okay", "plan was OK"))
    git("commit", "-q", "-am", "main fix", cwd=repo)
    git("checkout", "-q", "desk", cwd=repo)
    _, found = findings(repo, "--diff-base", "main", "stories")
    assert found == [("stories/budget.md", "NL502", 5)]


def test_run_from_a_subfolder(repo: Path) -> None:
    (repo / "stories" / "parks.txt").write_text("The park was okay.\nThe the end.\n")
    _, found = findings(repo / "stories", "--diff-base", "HEAD", "parks.txt")
    assert found == [("parks.txt", "NL601", 2)]


def test_fix_with_diff_base_fixes_only_changed_lines(repo: Path) -> None:
    story = repo / "stories" / "budget.md"
    story.write_text(OLD_STORY.replace("met at noon", "met at noon, okay"))
    proc = newslint("check", *SELECT, "--fix", "--diff-base", "HEAD", "stories", cwd=repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = story.read_text()
    assert "met at noon, OK" in text
    assert "the plan was okay" in text  # an old line, left for another day


def test_unknown_ref_and_no_repository_are_errors(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    proc = newslint("check", "--diff-base", "no-such-branch", "stories", cwd=repo)
    assert proc.returncode == 2
    assert "unknown git ref 'no-such-branch'" in proc.stderr
    outside = tmp_path_factory.mktemp("loose")
    (outside / "a.txt").write_text("It was okay.\n")
    proc = newslint("check", "--diff-base", "HEAD", "a.txt", cwd=outside)
    assert proc.returncode == 2
    assert "is not inside a git repository" in proc.stderr


def test_changed_lines_api(repo: Path) -> None:
    (repo / "stories" / "budget.md").write_text(OLD_STORY.replace("noon", "dawn"))
    changed = changed_lines("HEAD", repo / "stories")
    assert changed.for_path(str(repo / "stories" / "budget.md")) == frozenset({5})
    assert changed.for_path(str(repo / "stories" / "parks.txt")) == frozenset()
    with pytest.raises(GitError):
        changed_lines("HEAD~5", repo)


# --- parsing git diff -U0 -------------------------------------------------------------------

DIFF = r"""diff --git a/stories/a.md b/stories/a.md
index 1111111..2222222 100644
--- a/stories/a.md
+++ b/stories/a.md
@@ -3 +3 @@ heading
-old line
+new line
@@ -10,0 +11,2 @@
+++ a line that starts with two plus signs
+second added
@@ -20,2 +21,0 @@
-gone
-gone too
diff --git "a/caf\303\251 \"x\".md" "b/caf\303\251 \"x\".md"
--- "a/caf\303\251 \"x\".md"
+++ "b/caf\303\251 \"x\".md"
@@ -1 +1 @@
-a
+b
diff --git a/old.md b/old.md
deleted file mode 100644
--- a/old.md
+++ /dev/null
@@ -1 +0,0 @@
-bye
"""


def test_parse_diff_hunks() -> None:
    assert parse_diff(DIFF) == {
        "stories/a.md": frozenset({3, 11, 12}),
        'café "x".md': frozenset({1}),
    }


def test_unquote() -> None:
    assert _unquote("b/plain name.md") == "b/plain name.md"
    assert _unquote(r'"b/tab\there.md"') == "b/tab\there.md"
    assert _unquote(r'"b/caf\303\251.md"') == "b/café.md"


def _d(source: str, text: str) -> Diagnostic:
    start = source.index(text)
    return Diagnostic("s", start, start + len(text), "R", "warning", "m")


def test_a_finding_over_two_lines_is_kept_when_either_changed() -> None:
    source = "one\nthe\nthe end\nfour\n"
    spanning = _d(source, "the\nthe")
    assert on_changed_lines([spanning], source, frozenset({3})) == [spanning]
    assert on_changed_lines([spanning], source, frozenset({2})) == [spanning]
    assert on_changed_lines([spanning], source, frozenset({1, 4})) == []


def test_an_end_after_a_newline_belongs_to_the_line_before() -> None:
    source = "one\ntwo\n"
    line_one = _d(source, "one\n")
    assert on_changed_lines([line_one], source, frozenset({2})) == []
    assert on_changed_lines([line_one], source, None) == [line_one]
