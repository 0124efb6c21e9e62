"""The GitHub Action's script, run for real against a temporary git repository."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "github-action.sh"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """main has an old story with a slip; the branch edits a clean story and adds one."""
    repo = tmp_path / "articles"
    (repo / "stories").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "desk@example.com")
    _git(repo, "config", "user.name", "Desk")
    (repo / "stories" / "old.md").write_text("The the council met on Monday.\n", encoding="utf-8")
    (repo / "stories" / "budget.md").write_text(
        "The council met on Monday.\n\nIt passed the budget.\n", encoding="utf-8"
    )
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "archive")
    _git(repo, "checkout", "-qb", "new-story")
    (repo / "stories" / "budget.md").write_text(
        "The council met on Monday.\n\nThe cuts may effect the schools.\n", encoding="utf-8"
    )
    (repo / "stories" / "vote.md").write_text("The council has 3 new members.\n", encoding="utf-8")
    (repo / "stories" / "notes.py").write_text("print('the the')\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "new story")
    return repo


def _run(repo: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    outputs = repo.parent / "github-output"
    outputs.write_text("", encoding="utf-8")
    proc = subprocess.run(
        [str(SCRIPT)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=180,
        env={
            **os.environ,
            "NEWSLINT_LANGUAGETOOL": "off",
            "GITHUB_OUTPUT": str(outputs),
            "GITHUB_BASE_REF": "",
            **env,
        },
    )
    pairs = dict(
        line.split("=", 1) for line in outputs.read_text(encoding="utf-8").splitlines() if line
    )
    return proc, pairs


def test_annotates_changed_lines_and_writes_sarif(repo: Path) -> None:
    proc, outputs = _run(repo, NEWSLINT_BASE="main")
    assert proc.returncode == 1, proc.stderr
    annotations = [line for line in proc.stdout.splitlines() if line.startswith("::")]
    located = sorted(line.split(" ", 1)[1].split("::", 1)[0] for line in annotations)
    assert located == [
        "file=stories/budget.md,line=3,col=14,endLine=3,endColumn=20,title=NL201",
        "file=stories/vote.md,line=1,col=17,endLine=1,endColumn=18,title=NL406",
    ]
    assert "checking 2 changed draft(s) since main" in proc.stderr
    sarif = json.loads((repo / outputs["sarif"]).read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    files = sorted(
        {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    )
    # Code scanning gets every draft (the old story's slip too), so it does not mark it fixed.
    assert [f.rsplit("/", 1)[-1] for f in files] == ["budget.md", "old.md", "vote.md"]


def test_sarif_of_changed_drafts_only(repo: Path) -> None:
    proc, outputs = _run(repo, NEWSLINT_BASE="main", NEWSLINT_SARIF_SCOPE="changed")
    assert proc.returncode == 1
    sarif = json.loads((repo / outputs["sarif"]).read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"budget.md", "vote.md"}


def test_nothing_changed_is_a_clean_pass(repo: Path) -> None:
    _git(repo, "checkout", "-q", "main")
    proc, outputs = _run(repo, NEWSLINT_BASE="main")
    assert proc.returncode == 0
    assert "no changed drafts since main" in proc.stderr
    assert outputs == {"sarif": ""}  # nothing to upload


def test_findings_can_be_reported_without_failing(repo: Path) -> None:
    proc, _ = _run(repo, NEWSLINT_BASE="main", NEWSLINT_FAIL="false")
    assert proc.returncode == 0 and "::" in proc.stdout


def test_unknown_base_is_exit_2(repo: Path) -> None:
    proc, _ = _run(repo, NEWSLINT_BASE="origin/nope")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith(
        "unknown git ref 'origin/nope'; check out with fetch-depth: 0 or set the base input"
    )


def test_action_runs_the_script_with_its_inputs() -> None:
    action = yaml.safe_load((SCRIPT.parent.parent / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    lint = next(s for s in action["runs"]["steps"] if s.get("id") == "lint")
    assert "scripts/github-action.sh" in lint["run"]
    env_inputs = {
        v.split("inputs.")[1].rstrip(" }") for v in lint["env"].values() if "inputs." in v
    }
    assert env_inputs <= set(action["inputs"])
    upload = action["runs"]["steps"][-1]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
