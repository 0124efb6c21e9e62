"""The command line as a user meets it: real processes, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}


def run(*args: str, cwd: Path | None = None, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        input=data,
        capture_output=True,
        env=ENV,
        timeout=120,
    )


def out(proc) -> str:  # type: ignore[no-untyped-def]
    return proc.stdout.decode()


def err(proc) -> str:  # type: ignore[no-untyped-def]
    return proc.stderr.decode()


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    p = tmp_path / "story.md"
    p.write_text("# Title\n\nThe the mayor spoke.\n", encoding="utf-8")
    return p


def test_text_format_position_and_exit_1(draft: Path) -> None:
    proc = run("check", str(draft))
    assert proc.returncode == 1
    assert f"{draft}:3:1: error NL601" in out(proc)


def test_clean_file_exits_0(tmp_path: Path) -> None:
    p = tmp_path / "clean.txt"
    p.write_text("The mayor spoke on Monday.\n", encoding="utf-8")
    proc = run("check", str(p))
    assert proc.returncode == 0, out(proc) + err(proc)
    assert out(proc) == ""


def test_json_contract(draft: Path) -> None:
    proc = run("check", "--format", "json", str(draft))
    data = json.loads(out(proc))
    d = data["diagnostics"][0]
    assert {k: d[k] for k in ("line", "column", "end_line", "end_column", "offset", "length")} == {
        "line": 3,
        "column": 1,
        "end_line": 3,
        "end_column": 8,
        "offset": 9,
        "length": 7,
    }
    assert d["rule"] == "NL601" and d["severity"] == "error" and d["source"] == "newslint"
    assert d["replacements"] == ["The"]
    assert data["summary"]["diagnostics"] == 1


def test_fail_on_and_ignore(draft: Path) -> None:
    assert run("check", "--ignore", "NL601", str(draft)).returncode == 0
    assert run("check", "--select", "NL5", str(draft)).returncode == 0
    assert run("check", "--select", "typos", str(draft)).returncode == 1


def test_stdin_with_filename() -> None:
    proc = run("check", "--stdin-filename", "x.md", "-", stdin="Some `the the` code.\n\nthe the\n")
    assert proc.returncode == 1
    assert "x.md:3:1:" in out(proc)


def test_missing_path_is_a_one_line_error_and_others_still_checked(draft: Path) -> None:
    proc = run("check", "nope.md", str(draft))
    assert proc.returncode == 2
    assert "nope.md: no such file or directory" in err(proc)
    assert "NL601" in out(proc)
    assert "Traceback" not in err(proc)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"caf\xe9 au lait\n", "not valid UTF-8 at byte offset 3"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ],
)
def test_bad_input(tmp_path: Path, content: bytes, needle: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    proc = run("check", str(p))
    assert proc.returncode == 2
    assert needle in err(proc) and str(p) in err(proc)
    assert len(err(proc).strip().splitlines()) == 1
    assert "Traceback" not in err(proc)


def test_empty_file_is_clean(tmp_path: Path) -> None:
    p = tmp_path / "empty.md"
    p.write_bytes(b"")
    assert run("check", str(p)).returncode == 0


def test_huge_file_is_refused_clearly(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    p.write_bytes(b"word " * (4 * 1024 * 1024))  # 20 MB
    proc = run("check", str(p))
    assert proc.returncode == 2
    assert "too large" in err(proc)


def test_directory_without_drafts(tmp_path: Path) -> None:
    (tmp_path / "notes.py").write_text("x = 1\n")
    proc = run("check", str(tmp_path))
    assert proc.returncode == 2
    assert "no drafts found" in err(proc)


def test_directory_is_walked_in_stable_order(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("the the\n" if not name.endswith("html") else "<p>the the</p>")
    proc = run("check", "--format", "json", str(tmp_path))
    paths = [Path(d["path"]).name for d in json.loads(out(proc))["diagnostics"]]
    assert paths == ["a.txt", "b.md", "c.html"]


def test_config_found_upward_and_cli_overrides(tmp_path: Path) -> None:
    (tmp_path / ".newslint.toml").write_text('ignore = ["NL601"]\n')
    sub = tmp_path / "stories"
    sub.mkdir()
    (sub / "x.md").write_text("the the\n")
    assert run("check", "stories/x.md", cwd=tmp_path).returncode == 0
    assert run("check", "--select", "NL601", "stories/x.md", cwd=tmp_path).returncode == 1


def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newslint]\nfail_on = "error"\nignore=["NL601"]\n'
    )
    (tmp_path / "x.md").write_text("the the\n")
    assert run("check", "x.md", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ('stlye = "ap"\n', "unknown key 'stlye'"),
        ('style = "mla"\n', "style: must be one of 'ap', 'chicago'"),
        ("style = \n", "invalid TOML"),
        ('severity = { NL601 = "fatal" }\n', "severity"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, config: str, needle: str) -> None:
    cfg = tmp_path / ".newslint.toml"
    cfg.write_text(config)
    (tmp_path / "x.md").write_text("fine\n")
    proc = run("check", "x.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert needle in err(proc) and ".newslint.toml" in err(proc)
    assert "Traceback" not in err(proc)


def test_per_file_ignores_and_severity(tmp_path: Path) -> None:
    (tmp_path / ".newslint.toml").write_text(
        '[per_file_ignores]\n"archive/*" = ["NL6"]\n[severity]\nNL601 = "suggestion"\n'
    )
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text("the the\n")
    (tmp_path / "new.md").write_text("the the\n")
    proc = run("check", "--format", "json", "archive/old.md", "new.md", cwd=tmp_path)
    diags = json.loads(out(proc))["diagnostics"]
    assert [(Path(d["path"]).name, d["severity"]) for d in diags] == [("new.md", "suggestion")]
    assert proc.returncode == 0  # a suggestion is below the default fail level (warning)
    strict = run("check", "--fail-on", "suggestion", "new.md", cwd=tmp_path)
    assert strict.returncode == 1


def test_rules_lists_every_family_and_engines() -> None:
    proc = run("rules")
    assert proc.returncode == 0
    listing = out(proc)
    for prefix in ("NL101", "NL201", "NL301", "NL401", "NL501", "NL601"):
        assert f"\n{prefix}" in "\n" + listing
    assert "proselint.lexical_illusions" in listing
    assert "off: " in listing  # default-off proselint checks say why


def test_explain_prints_docs_and_examples() -> None:
    proc = run("explain", "doubled-word")
    assert proc.returncode == 0
    text = out(proc)
    assert text.startswith("NL601 (doubled-word)")
    assert "Bad: [The the] judge" in text and "Good:" in text
    assert run("explain", "NL999").returncode == 2


def test_version() -> None:
    from newslint import __version__

    assert __version__ in out(run("--version"))


@pytest.mark.parametrize(
    ("args", "config", "expected"),
    [
        (("--select", "NL9999"), "", "--select: 'NL9999' matches no rule"),
        (("--select", "NL601 NL1"), "", "(separate entries with commas); closest: NL601"),
        (("--ignore", "nl"), "", "no rule is selected"),
        ((), 'select = ["NL9999"]\n', ".newslint.toml: select: 'NL9999' matches no rule"),
        ((), '[severity]\nNL999 = "error"\n', ".newslint.toml: severity: 'NL999' matches no"),
        ((), '[per_file_ignores]\n"*.md" = ["NL60l"]\n', "per_file_ignores '*.md': 'NL60l'"),
    ],
)
def test_a_selection_that_matches_nothing_is_an_error(
    tmp_path: Path, args: tuple[str, ...], config: str, expected: str
) -> None:
    (tmp_path / "story.md").write_text("The the mayor spoke.\n", encoding="utf-8")
    if config:
        (tmp_path / ".newslint.toml").write_text(config, encoding="utf-8")
    proc = run("check", *args, "story.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert expected in err(proc)
    assert "Traceback" not in err(proc) and out(proc) == ""


def test_a_lower_case_id_selects_its_rule(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("The the mayor spoke.\n", encoding="utf-8")
    proc = run("check", "--select", "nl601", "--format", "json", "story.md", cwd=tmp_path)
    assert proc.returncode == 1
    assert [d["rule"] for d in json.loads(out(proc))["diagnostics"]] == ["NL601"]


def test_a_clean_run_says_so_on_a_terminal_only(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("The mayor spoke.\n", encoding="utf-8")
    leader, follower = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newslint", "check", "story.md"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=follower,
            env=ENV,
            timeout=120,
        )
        said = os.read(leader, 4096).decode()
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 0 and proc.stdout == b""
    assert said.strip() == "newslint: no problems found in 1 file(s)."
    piped = run("check", "--format", "json", "story.md", cwd=tmp_path)
    assert err(piped) == ""
