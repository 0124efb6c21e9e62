"""Fixes: choosing edits, keeping the file's shape, fixing until stable, and `check --fix`."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint import markup
from newslint.diagnostics import SAFE, UNSAFE, Diagnostic, Edit, Finding, Fix
from newslint.document import Document
from newslint.fixer import (
    MAX_PASSES,
    adapt_edit,
    apply_edits,
    edit_is_clean,
    fix_until_stable,
    newline_of,
    plan_fixes,
    unified_diff,
)
from newslint.linter import check_document
from newslint.rule import Context, Rule
from newslint.settings import Settings
from tests.cli import newslint as run_newslint

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}


def newslint(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return run_newslint(*args, cwd=cwd, stdin=stdin.decode() if stdin is not None else None)


def diag(
    start: int, end: int, replacement: str, safety: str = SAFE, rule: str = "T1"
) -> Diagnostic:
    fix = Fix((Edit(start, end, replacement),), safety)
    return Diagnostic("x", start, end, rule, "warning", "m", (replacement,), fix)


class Swap(Rule):
    """A test rule: every match of ``pattern`` becomes ``replacement``."""

    def __init__(self, rule_id: str, pattern: str, replacement: str, safety: str = SAFE) -> None:
        self.id = rule_id
        self.name = rule_id.lower()
        self.pattern = re.compile(pattern)
        self.replacement = replacement
        self.fix_safety = safety
        self.skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for m in self.pattern.finditer(doc.text):
            yield Finding(m.start(), m.end(), "swap", (m.expand(self.replacement),))


def linter(rules: list[Rule], fmt: str = "plain"):  # type: ignore[no-untyped-def]
    def lint(text: str) -> tuple[Document, list[Diagnostic]]:
        doc = markup.parse(text, fmt)
        return doc, check_document("x", doc, rules, Settings()).diagnostics

    return lint


# --- choosing edits -----------------------------------------------------------------------


def test_overlapping_fix_is_skipped_and_reported() -> None:
    plan = plan_fixes([diag(0, 5, "A"), diag(3, 8, "B"), diag(8, 9, "C")])
    assert plan.edits == [Edit(0, 5, "A"), Edit(8, 9, "C")]
    assert [d.fix.edits[0].replacement for d in plan.skipped] == ["B"]  # type: ignore[union-attr]


def test_unsafe_fixes_only_when_asked() -> None:
    found = [diag(0, 1, "a", SAFE), diag(2, 3, "b", UNSAFE)]
    assert [e.replacement for e in plan_fixes(found).edits] == ["a"]
    assert [e.replacement for e in plan_fixes(found, unsafe=True).edits] == ["a", "b"]


def test_the_same_edit_from_two_rules_is_applied_once() -> None:
    plan = plan_fixes([diag(0, 3, "x", rule="A"), diag(0, 3, "x", rule="B")])
    assert plan.edits == [Edit(0, 3, "x")]
    assert len(plan.applied) == 2 and not plan.skipped


def test_two_insertions_at_one_point_do_not_both_apply() -> None:
    plan = plan_fixes([diag(4, 4, ","), diag(4, 4, ";")])
    assert plan.edits == [Edit(4, 4, ",")]
    assert len(plan.skipped) == 1


def test_touching_replacements_both_apply() -> None:
    assert apply_edits("abcdef", plan_fixes([diag(0, 3, "X"), diag(3, 6, "Y")]).edits) == "XY"


def test_apply_edits_refuses_overlap_instead_of_garbling() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 4, "X"), Edit(2, 5, "Y")])


def test_insertion_then_replacement_at_the_same_offset() -> None:
    # Applied front to back from the original: neither edit sees the other's text.
    assert apply_edits("say hi", [Edit(4, 4, "oh "), Edit(4, 6, "hello")]) == "say oh hello"


# --- keeping the file's shape ---------------------------------------------------------------


def test_edit_across_emphasis_markup_is_rejected() -> None:
    source = "The *the* mayor spoke.\n"
    doc = markup.parse(source, "markdown")
    result = check_document("x", doc, [Swap("T1", r"The the", "The")], Settings())
    (found,) = result.diagnostics
    assert not edit_is_clean(doc, found.fix.edits[0])  # type: ignore[union-attr]
    plan = plan_fixes(result.diagnostics, doc=doc)
    assert plan.rejected == [found] and not plan.edits


def test_edit_inside_plain_prose_of_markdown_is_clean() -> None:
    doc = markup.parse("# Head\n\nThe the mayor *spoke*.\n", "markdown")
    start = doc.source.index("The the")
    assert edit_is_clean(doc, Edit(start, start + 7, "The"))
    assert edit_is_clean(doc, Edit(start + 3, start + 3, ","))


def test_html_entity_is_replaced_whole_and_replacement_escaped() -> None:
    source = "<p>Shares of AT&amp;T fell.</p>"
    doc = markup.parse(source, "html")
    amp = source.index("&amp;")
    assert not edit_is_clean(doc, Edit(amp, amp + 2, "x"))  # would cut the entity in half
    lint = linter([Swap("T1", r"AT&T(?! Inc)", "AT&T Inc.")], "html")
    outcome = fix_until_stable(source, lint)
    assert outcome.text == "<p>Shares of AT&amp;T Inc. fell.</p>"


def test_replacement_newlines_follow_the_file() -> None:
    doc = markup.parse("one\r\ntwo\r\n", "plain")
    assert newline_of(doc.source) == "\r\n"
    assert adapt_edit(Edit(0, 3, "a\nb"), doc).replacement == "a\r\nb"
    assert newline_of("one\ntwo\r\n") == "\r\n"  # a tie goes to CRLF
    assert newline_of("one\ntwo\nthree\r\n") == "\n"


# --- fixing until stable --------------------------------------------------------------------


def test_a_fix_skipped_for_overlap_is_applied_on_the_next_pass() -> None:
    rules: list[Rule] = [Swap("T1", r"the the", "the"), Swap("T2", r"the mayor", "the Mayor")]
    outcome = fix_until_stable("the the mayor spoke", linter(rules))
    assert outcome.text == "the Mayor spoke"
    assert outcome.overlaps == 1 and outcome.applied == 2 and outcome.passes == 2
    assert outcome.converged and not outcome.diagnostics
    # A second run has nothing left to do.
    again = fix_until_stable(outcome.text, linter(rules))
    assert not again.changed and again.applied == 0


def test_fixes_that_undo_each_other_stop_and_are_reported() -> None:
    rules: list[Rule] = [Swap("T1", r"grey", "gray"), Swap("T2", r"gray", "grey")]
    outcome = fix_until_stable("a grey day", linter(rules))
    assert not outcome.converged
    assert outcome.text == "a gray day"
    assert outcome.pending


def test_a_fix_that_never_settles_stops_after_max_passes() -> None:
    outcome = fix_until_stable("AT&T", linter([Swap("T1", r"AT&T", "AT&T Inc.")]))
    assert not outcome.converged
    assert outcome.passes == MAX_PASSES
    assert outcome.text == "AT&T" + " Inc." * MAX_PASSES


def test_unsafe_fix_remains_in_the_re_check() -> None:
    rules: list[Rule] = [Swap("T1", r"okay", "OK"), Swap("T2", r"very unique", "unique", UNSAFE)]
    outcome = fix_until_stable("It was okay and very unique.", linter(rules))
    assert outcome.text == "It was OK and very unique."
    assert [d.rule for d in outcome.diagnostics] == ["T2"]
    assert outcome.text[outcome.diagnostics[0].start : outcome.diagnostics[0].end] == "very unique"


def test_unified_diff_applies_with_git(tmp_path: Path) -> None:
    original = "First line.\nThe the end"
    fixed = "First line.\nThe end"
    (tmp_path / "story.txt").write_text(original, encoding="utf-8", newline="")
    patch = unified_diff(original, fixed, "story.txt")
    assert patch.startswith("--- a/story.txt\n+++ b/story.txt\n")
    assert "\\ No newline at end of file\n" in patch
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "apply", "-"], cwd=tmp_path, input=patch, text=True, check=True)
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == fixed


# --- newslint check --fix / --unsafe-fixes / --diff -------------------------------------------

HOUSE_PACK = """
[pack]
name = "house"

[[rule]]
id = "HOUSE1"
kind = "substitution"
fix = "unsafe"
message = "House style: '{replacement}'."
docs = "The desk prefers the plain word."
swap = { utilize = "use" }
bad = ["They utilize it."]
good = ["They use it."]
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "house.toml").write_text(HOUSE_PACK, encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text(
        'packs = ["house.toml"]\nselect = ["NL501", "NL502", "NL601", "HOUSE1"]\nproselint = false\n',
        encoding="utf-8",
    )
    return tmp_path


def test_fix_applies_safe_fixes_and_reports_what_remains(desk: Path) -> None:
    story = desk / "story.md"
    story.write_text("# Budget\n\nThe the mayor walked towards the hall to utilize it.\n")
    proc = newslint("check", "--fix", "--format", "json", "story.md", cwd=desk)
    assert proc.returncode == 1, proc.stderr
    assert story.read_text() == "# Budget\n\nThe mayor walked toward the hall to utilize it.\n"
    remaining = json.loads(proc.stdout)["diagnostics"]
    column = "The mayor walked toward the hall to utilize".index("utilize") + 1
    assert [(d["rule"], d["line"], d["column"]) for d in remaining] == [("HOUSE1", 3, column)]
    assert "fixed 2 problem(s) in 1 file(s)" in proc.stderr

    proc = newslint("check", "--fix", "--unsafe-fixes", "story.md", cwd=desk)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert story.read_text() == "# Budget\n\nThe mayor walked toward the hall to use it.\n"


def test_second_fix_changes_nothing(desk: Path) -> None:
    story = desk / "story.txt"
    story.write_text("The the mayor said okay, okay.\nShe walked towards it.\n")
    assert newslint("check", "--fix", "story.txt", cwd=desk).returncode == 0
    fixed = story.read_bytes()
    stamp = story.stat().st_mtime_ns
    proc = newslint("check", "--fix", "story.txt", cwd=desk)
    assert proc.returncode == 0
    assert "no fixes to apply" in proc.stderr
    assert story.read_bytes() == fixed
    assert story.stat().st_mtime_ns == stamp  # not even rewritten


def test_fix_keeps_bom_crlf_and_permissions(desk: Path) -> None:
    story = desk / "story.txt"
    story.write_bytes("\ufeffThe the vote.\r\nIt was okay.\r\n".encode())
    story.chmod(0o640)
    assert newslint("check", "--fix", "story.txt", cwd=desk).returncode == 0
    assert story.read_bytes() == "\ufeffThe vote.\r\nIt was OK.\r\n".encode()
    assert story.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in desk.iterdir() if p.name.endswith(".newslint-tmp")] == []


def test_fix_writes_through_a_symlink(desk: Path) -> None:
    real = desk / "real.txt"
    real.write_text("It was okay.\n")
    link = desk / "link.txt"
    link.symlink_to(real)
    assert newslint("check", "--fix", "link.txt", cwd=desk).returncode == 0
    assert link.is_symlink()
    assert real.read_text() == "It was OK.\n"


def test_diff_prints_a_patch_and_writes_nothing(desk: Path) -> None:
    story = desk / "story.txt"
    original = "It was okay.\nThey utilize the the hall.\n"
    story.write_text(original)
    proc = newslint("check", "--diff", "story.txt", cwd=desk)
    assert proc.returncode == 1
    assert story.read_text() == original
    assert proc.stdout == (
        "--- a/story.txt\n+++ b/story.txt\n@@ -1,2 +1,2 @@\n"
        "-It was okay.\n-They utilize the the hall.\n"
        "+It was OK.\n+They utilize the hall.\n"
    )
    unsafe = newslint("check", "--diff", "--unsafe-fixes", "story.txt", cwd=desk)
    assert "+They use the hall.\n" in unsafe.stdout
    # The patch is exactly what --fix writes.
    subprocess.run(["git", "init", "-q"], cwd=desk, check=True)
    subprocess.run(["git", "apply", "-"], cwd=desk, input=proc.stdout, text=True, check=True)
    patched = story.read_text()
    story.write_text(original)
    newslint("check", "--fix", "story.txt", cwd=desk)
    assert story.read_text() == patched


def test_diff_on_a_clean_file_exits_0(desk: Path) -> None:
    (desk / "clean.txt").write_text("The mayor spoke.\n")
    proc = newslint("check", "--diff", "clean.txt", cwd=desk)
    assert proc.returncode == 0 and proc.stdout == ""


def test_unsafe_fixes_alone_is_a_usage_error(desk: Path) -> None:
    (desk / "a.txt").write_text("It was okay.\n")
    proc = newslint("check", "--unsafe-fixes", "a.txt", cwd=desk)
    assert proc.returncode == 2
    assert "--unsafe-fixes works with --fix or --diff" in proc.stderr
    assert (desk / "a.txt").read_text() == "It was okay.\n"


def test_fix_from_stdin_prints_the_fixed_draft(desk: Path) -> None:
    proc = newslint(
        "check", "--fix", "--stdin-filename", "story.md", "-", cwd=desk, stdin=b"It was okay.\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "It was OK.\n"


def test_fix_that_would_swallow_markup_is_left_for_a_person(desk: Path) -> None:
    story = desk / "story.md"
    story.write_text("The *the* mayor spoke.\n")
    proc = newslint("check", "--fix", "story.md", cwd=desk)
    assert story.read_text() == "The *the* mayor spoke.\n"
    assert "story.md:1:1: NL601: fix not applied" in proc.stderr
    assert proc.returncode == 1  # the finding remains


def test_file_changed_between_read_and_write_is_not_overwritten(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another editor saves the draft while newslint is fixing it: their save wins."""
    from click.testing import CliRunner

    import newslint.fixrun as runner
    from newslint.cli import cli

    story = desk / "story.txt"
    story.write_text("It was okay.\n")
    real = runner.fix_until_stable

    def slow_fix(*args, **kwargs):  # type: ignore[no-untyped-def]
        outcome = real(*args, **kwargs)
        story.write_text("It was okay, said the editor who saved last.\n")
        return outcome

    monkeypatch.setattr(runner, "fix_until_stable", slow_fix)
    monkeypatch.chdir(desk)
    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL", "off")
    result = CliRunner().invoke(cli, ["check", "--fix", "-j", "1", "story.txt"])
    assert result.exit_code == 2
    assert "changed on disk while newslint was fixing it; not overwritten" in result.output
    assert story.read_text() == "It was okay, said the editor who saved last.\n"
    assert [p.name for p in desk.iterdir() if p.name.endswith(".newslint-tmp")] == []


# --- the machine-readable contract: JSON and SARIF carry the edits ---------------------------


def _apply_offsets(source: str, edits: list[tuple[int, int, str]]) -> str:
    for start, length, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[start + length :]
    return source


def test_json_edits_reproduce_the_fix(desk: Path) -> None:
    text = "\ufeffThe the café voted — okay — to utilize 🎉 funds.\n"
    story = desk / "story.txt"
    story.write_text(text, encoding="utf-8")
    data = json.loads(newslint("check", "--format", "json", "story.txt", cwd=desk).stdout)
    fixes = {d["rule"]: d["fix"] for d in data["diagnostics"]}
    assert fixes["HOUSE1"]["applicability"] == "unsafe"
    assert fixes["NL601"] == {
        "applicability": "safe",
        "edits": [{"offset": 0, "length": 7, "replacement": "The"}],
    }
    edits = [
        (e["offset"], e["length"], e["replacement"]) for f in fixes.values() for e in f["edits"]
    ]
    expected = _apply_offsets(text[1:], edits)
    newslint("check", "--fix", "--unsafe-fixes", "story.txt", cwd=desk)
    assert story.read_text(encoding="utf-8") == "\ufeff" + expected


def test_sarif_fixes_reproduce_the_fix(desk: Path) -> None:
    text = "It was okay to utilize the the room.\n"
    story = desk / "story.txt"
    story.write_text(text)
    log = json.loads(newslint("check", "--format", "sarif", "story.txt", cwd=desk).stdout)
    edits = []
    for result in log["runs"][0]["results"]:
        (fix,) = result["fixes"]
        (change,) = fix["artifactChanges"]
        assert change["artifactLocation"]["uri"] == "story.txt"
        for rep in change["replacements"]:
            region = rep["deletedRegion"]
            edits.append(
                (region["charOffset"], region["charLength"], rep["insertedContent"]["text"])
            )
    assert len(edits) == 3
    newslint("check", "--fix", "--unsafe-fixes", "story.txt", cwd=desk)
    assert story.read_text() == _apply_offsets(text, edits) == "It was OK to use the room.\n"


def test_fix_works_with_parallel_jobs(desk: Path) -> None:
    for i in range(10):
        (desk / f"s{i}.txt").write_text(f"Story {i} was okay.\n")
    proc = newslint("check", "--fix", "-j", "3", ".", cwd=desk)
    assert proc.returncode == 0, proc.stderr
    assert "fixed 10 problem(s) in 10 file(s)" in proc.stderr
    assert all((desk / f"s{i}.txt").read_text() == f"Story {i} was OK.\n" for i in range(10))


def test_fix_on_a_read_only_draft_says_it_was_not_written(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The the mayor spoke.\n", encoding="utf-8")
    draft.chmod(0o444)
    proc = newslint("check", "--fix", "story.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "newslint: story.md: read-only (mode 444); not fixed" in proc.stderr
    assert "1 fix(es) in 1 file(s) not written" in proc.stderr
    assert "no fixes to apply" not in proc.stderr
    assert draft.read_text(encoding="utf-8") == "The the mayor spoke.\n"
    assert draft.stat().st_mode & 0o777 == 0o444
