"""The pre-commit hook, run by the real pre-commit against a newsroom's article repository.

The hook repository is a snapshot of this checkout (working tree included, so
the hook under test is the code under test), committed in a temporary folder.
pre-commit builds its own virtual environment from it, as a newsroom's would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOK_ID = "newslint"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        GIT_AUTHOR_NAME="Copy Desk",
        GIT_AUTHOR_EMAIL="desk@example.org",
        GIT_COMMITTER_NAME="Copy Desk",
        GIT_COMMITTER_EMAIL="desk@example.org",
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(home),
        NEWSLINT_LANGUAGETOOL="off",  # keep the hook fast; LanguageTool has its own tests
    )
    return env


def _pre_commit() -> list[str]:
    return [sys.executable, "-m", "pre_commit"]


def _files_of_checkout() -> list[str]:
    """Tracked and new (not ignored) files of the checkout, as they are on disk."""
    proc = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if proc.returncode == 0:
        names = [n for n in proc.stdout.decode().split("\0") if n]
        return [n for n in names if (ROOT / n).is_file()]
    skip = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache"}
    return [
        p.relative_to(ROOT).as_posix()
        for p in ROOT.rglob("*")
        if p.is_file() and not skip & set(p.relative_to(ROOT).parts)
    ]


@pytest.fixture(scope="module")
def hooks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """A committed snapshot of this checkout, and the environment the runs share."""
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in _files_of_checkout():
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    env = _env(tmp_path_factory.mktemp("pre-commit-home"))
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    return repo, rev, env


def _article_repo(path: Path, hooks: tuple[Path, str, dict[str, str]], hook_id: str) -> None:
    repo, rev, env = hooks
    subprocess.run(["git", "init", "-q"], cwd=path, env=env, check=True)
    # The snippet a newsroom pastes, with this checkout in place of the GitHub URL.
    (path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: {hook_id}\n",
        encoding="utf-8",
    )
    subprocess.run([*_pre_commit(), "install"], cwd=path, env=env, check=True, capture_output=True)


def _commit(path: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    subprocess.run(["git", "add", *files], cwd=path, env=env, check=True)
    return subprocess.run(
        ["git", "commit", "-m", "draft"], cwd=path, env=env, capture_output=True, text=True
    )


def _commits(path: Path, env: dict[str, str]) -> int:
    proc = subprocess.run(
        ["git", "rev-list", "--count", "--all"], cwd=path, env=env, capture_output=True, text=True
    )
    return int(proc.stdout.strip() or 0)


def test_manifest_is_valid_for_pre_commit() -> None:
    proc = subprocess.run(
        [*_pre_commit(), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_manifest_declares_the_hook() -> None:
    import re

    import yaml

    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in manifest if h["id"] == HOOK_ID)
    assert hook["language"] == "python"
    assert hook["require_serial"] is True
    assert hook["entry"] == "newslint check"
    pattern = re.compile(hook["files"])
    for name in ("a.md", "b.markdown", "c.txt", "d.html", "E.HTM", "desk/f.text"):
        assert pattern.search(name), name
    for name in ("setup.py", "notes.yaml", "photo.jpg", "md.json"):
        assert not pattern.search(name), name


def test_commit_with_an_error_is_blocked_and_clean_draft_commits(
    tmp_path: Path, hooks: tuple[Path, str, dict[str, str]]
) -> None:
    env = hooks[2]
    _article_repo(tmp_path, hooks, HOOK_ID)
    (tmp_path / "story.md").write_text("# Council\n\nThe the mayor spoke.\n", encoding="utf-8")
    (tmp_path / "tool.py").write_text("# the the: not a draft, not checked\n", encoding="utf-8")

    blocked = _commit(tmp_path, env, ".pre-commit-config.yaml", "story.md", "tool.py")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "story.md:3:1: error NL601 Doubled word" in output
    assert "tool.py" not in output
    assert _commits(tmp_path, env) == 0

    (tmp_path / "story.md").write_text("# Council\n\nThe mayor spoke.\n", encoding="utf-8")
    done = _commit(tmp_path, env, "story.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "newslint (copy-edit drafts)" in done.stderr and "Passed" in done.stderr
    assert _commits(tmp_path, env) == 1


def test_fix_hook_fixes_the_draft_and_asks_for_a_second_look(
    tmp_path: Path, hooks: tuple[Path, str, dict[str, str]]
) -> None:
    env = hooks[2]
    _article_repo(tmp_path, hooks, "newslint-fix")
    # The newsroom's config is honoured by the hook (and keeps this test to two rules).
    (tmp_path / ".newslint.toml").write_text('select = ["NL601", "NL502"]\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("The the council said the plan was okay.\n", encoding="utf-8")

    first = _commit(tmp_path, env, ".pre-commit-config.yaml", ".newslint.toml", "story.txt")
    assert first.returncode != 0  # pre-commit stops a commit whose files a hook changed
    assert "files were modified by this hook" in first.stdout + first.stderr
    assert story.read_text(encoding="utf-8") == "The council said the plan was OK.\n"

    second = _commit(tmp_path, env, "story.txt")
    assert second.returncode == 0, second.stdout + second.stderr
    assert _commits(tmp_path, env) == 1


# --- the documented CI examples for an article repository -----------------------------------


def _documented_commands(path: Path) -> list[list[str]]:
    """Every ``newslint ...`` command the example runs (shell redirections left out)."""
    import shlex

    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "jobs" in data:  # GitHub Actions: jobs -> steps -> run
        jobs = data["jobs"].values()
        scripts = [step.get("run", "") for job in jobs for step in job["steps"]]
    else:  # GitLab CI: job -> script
        jobs = [v for v in data.values() if isinstance(v, dict)]
        scripts = [line for job in jobs for line in job.get("script", [])]
    commands = []
    for script in scripts:
        for line in script.splitlines():
            line = line.strip()
            if line.startswith("newslint "):
                words = shlex.split(line.split(" > ")[0].split(" || ")[0])
                commands.append(words[1:])
    return commands


@pytest.mark.parametrize("name", ["github-workflow.yml", "gitlab-ci.yml"])
def test_ci_examples_use_real_options(name: str) -> None:
    from newslint.cli import cli

    commands = _documented_commands(ROOT / "docs" / "ci" / name)
    assert commands, f"no newslint command found in docs/ci/{name}"
    for args in commands:
        command = cli.get_command(None, args[0])  # type: ignore[arg-type]
        assert command is not None, args
        command.make_context(args[0], args[1:])  # raises on an unknown option or bad value
    formats = {a[a.index("--format") + 1] for a in commands if "--format" in a}
    assert formats == ({"github", "sarif"} if name.startswith("github") else {"gitlab"})
