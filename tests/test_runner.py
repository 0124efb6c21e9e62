"""One `newslint check` run in-process: the drafts it finds, settings per file, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.runner import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    Job,
    SettingsCache,
    explain_rule,
    lint_job,
    plan,
    rule_catalog,
    run_check,
    walk,
)
from newslint.settings import Settings


@pytest.fixture(autouse=True)
def no_languagetool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", "off")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_walk_finds_drafts_in_order_and_skips_hidden_and_excluded(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.py", ".git/x.md", "node_modules/y.md", "wire/z.md"):
        write(tmp_path / name, "Text.\n")
    found = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, ("*.md", "*.txt"), ())]
    assert found == ["a.txt", "b.md", "wire/z.md"]
    excluded = walk(tmp_path, ("*.md", "*.txt"), ("wire/*",))
    assert [p.name for p in excluded] == ["a.txt", "b.md"]


def test_plan_reports_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    story = write(tmp_path / "story.md", "Text.\n")
    (tmp_path / "empty").mkdir()
    result = plan(
        [str(story), str(tmp_path / "gone.md"), str(tmp_path / "empty"), "-"],
        Settings(),
        "piped.html",
    )
    assert result.jobs == [Job(str(story), str(story), "markdown"), Job("-", "piped.html", "html")]
    assert [(Path(p.path).name, p.message.split(" (")[0]) for p in result.problems] == [
        ("gone.md", "no such file or directory; check the path"),
        ("empty", "no drafts found in this directory"),
    ]


def test_each_file_gets_the_settings_of_its_nearest_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".newslint.toml", 'style = "ap"\n')
    write(tmp_path / "wire" / ".newslint.toml", 'ignore = ["NL601"]\n')
    desk = write(tmp_path / "desk" / "a.md", "The the judge ruled.\n")
    wire = write(tmp_path / "wire" / "b.md", "The the judge ruled.\n")
    cache = SettingsCache(None, {})
    assert cache.settings_for(str(desk)).ignore == ()
    assert cache.settings_for(str(wire)).ignore == ("NL601",)
    found = {
        path.name: [
            d.rule for d in lint_job(Job(str(path), path.name, "markdown"), cache).diagnostics
        ]
        for path in (desk, wire)
    }
    assert found == {"a.md": ["NL601"], "b.md": []}


def test_exit_codes_follow_the_findings_and_fail_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    clean = write(tmp_path / "clean.md", "The judge ruled.\n")
    typo = write(tmp_path / "typo.md", "The the judge ruled.\n")
    assert run_check([str(clean)], {}, "json", None, None) == EXIT_CLEAN
    assert json.loads(capsys.readouterr().out)["diagnostics"] == []
    assert run_check([str(typo)], {}, "json", None, None) == EXIT_FINDINGS
    report = json.loads(capsys.readouterr().out)
    assert [(d["rule"], d["line"], d["column"]) for d in report["diagnostics"]] == [("NL601", 1, 1)]
    # A newsroom that makes NL601 (an error) a suggestion passes at the default fail
    # level (warning), unless it fails on suggestions too.
    assert run_check([str(typo)], {"severity": {"NL601": "suggestion"}}, "json", None, None) == (
        EXIT_CLEAN
    )
    strict = {"severity": {"NL601": "suggestion"}, "fail_on": "suggestion"}
    assert run_check([str(typo)], strict, "json", None, None) == EXIT_FINDINGS


def test_the_cycle_collector_is_off_while_loading_and_on_for_the_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    import newslint.runner as runner

    monkeypatch.chdir(tmp_path)
    story = write(tmp_path / "story.md", "The the judge ruled.\n")
    seen: list[tuple[str, bool]] = []
    real_all_rules, real_lint_job = runner.all_rules, runner.lint_job

    def all_rules(settings: Settings) -> list:  # type: ignore[type-arg]
        seen.append(("loading", gc.isenabled()))
        return real_all_rules(settings)

    def lint(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(("checking", gc.isenabled()))
        return real_lint_job(*args, **kwargs)

    monkeypatch.setattr(runner, "all_rules", all_rules)
    monkeypatch.setattr(runner, "lint_job", lint)
    try:
        assert gc.isenabled()
        assert run_check([str(story)], {}, "json", None, None) == EXIT_FINDINGS
        assert ("loading", False) in seen and ("checking", True) in seen
        assert ("loading", True) not in seen and ("checking", False) not in seen
        assert gc.isenabled()
        # An early error return leaves the collector as it found it, on or off.
        assert run_check([str(story)], {}, "text", "missing.toml", None) == EXIT_ERROR
        assert gc.isenabled()
        gc.disable()
        assert run_check([str(story)], {}, "json", None, None) == EXIT_FINDINGS
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
    capsys.readouterr()


def test_bad_input_is_exit_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    story = write(tmp_path / "story.md", "The judge ruled.\n")
    assert run_check([str(story), "gone.md"], {}, "text", None, None) == EXIT_ERROR
    assert "newslint: gone.md: no such file or directory" in capsys.readouterr().err
    assert run_check([str(story)], {}, "text", "missing.toml", None) == EXIT_ERROR
    assert capsys.readouterr().err == "newslint: missing.toml: config file not found\n"
    write(tmp_path / ".newslint.toml", "stlye = 'ap'\n")
    assert run_check([str(story)], {}, "text", None, None) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("newslint: ") and "unknown key 'stlye'" in err and err.count("\n") == 1


def test_the_catalog_and_explain_come_from_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    catalog = rule_catalog()
    assert (catalog["NL304"].family, catalog["NL304"].fix) == ("legal", "sometimes")
    assert catalog["NL601"].fixable and catalog["NL601"].fix_safety == "safe"
    text = explain_rule("no-such-district") or ""
    assert text.startswith("NL302 (no-such-district)\n")
    assert "display only" not in text and "never applied" in text
    assert explain_rule("NL999") is None
