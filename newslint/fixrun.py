"""Fixing, --diff-base and baselines: what a run does beyond checking.

Imported only when a run asks for one of them, so a plain check starts faster.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import click

from newslint import markup
from newslint.baseline import Baseline
from newslint.baseline import load as load_baseline
from newslint.baseline import write as write_baseline
from newslint.diagnostics import Diagnostic, FileProblem, severity_rank
from newslint.fixer import FixOutcome, fix_until_stable, unified_diff
from newslint.formats import renderer
from newslint.formats.common import LineIndex, Report, RuleInfo
from newslint.gitdiff import ChangedLines, changed_lines, on_changed_lines
from newslint.linter import FileResult, check_document, selected_rules, selector_for
from newslint.runner import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    CheckOptions,
    Job,
    SettingsCache,
    _fail,
)
from newslint.settings import Settings
from newslint.sources import decode, reading, require_regular
from newslint.writer import Stamp, WriteError, encode, read_with_stamp, write_atomic


class Filters:
    """Narrow a file's findings to those not in the baseline, then to changed lines."""

    def __init__(
        self, changed: ChangedLines | None = None, baseline: Baseline | None = None
    ) -> None:
        self.changed = changed
        self.baseline = baseline
        self.known = 0  # findings left out because the baseline has them

    def keep(
        self, path: str, source: str, diagnostics: Sequence[Diagnostic]
    ) -> tuple[list[Diagnostic], int]:
        kept, known = list(diagnostics), 0
        # Baseline first: its loose matching must see every finding of the file.
        if self.baseline is not None:
            kept, known = self.baseline.split(path, source, kept)
        if self.changed is not None:
            kept = on_changed_lines(kept, source, self.changed.for_path(path))
        return kept, known

    def apply(self, path: str, result: FileResult) -> FileResult:
        kept, known = self.keep(path, result.source, result.diagnostics)
        self.known += known
        return result._replace(diagnostics=kept)

    def tell(self) -> None:
        if self.baseline is not None and self.known:
            click.echo(
                f"newslint: {self.known} finding(s) already in the baseline "
                f"{self.baseline.path.name} not shown",
                err=True,
            )


def build_filters(options: CheckOptions) -> Filters:
    changed = changed_lines(options.diff_base) if options.diff_base else None
    known = load_baseline(options.baseline) if options.baseline else None
    return Filters(changed, known)


@dataclass
class FixRecord:
    """One draft under --fix or --diff: what it became and what to report."""

    display: str
    stdin: bool
    result: FileResult  # the re-check of the fixed text (the original's check if not written)
    outcome: FixOutcome
    written: bool = False
    diff: str = ""
    problem: str | None = None


def _read_for_fix(path: str) -> tuple[bytes, Stamp | None]:
    if path == "-":
        return sys.stdin.buffer.read(), None
    with reading():
        require_regular(path)  # a FIFO would block the read
        return read_with_stamp(path)


def fix_job(
    job: Job,
    cache: SettingsCache,
    engines: Sequence[Any],
    options: CheckOptions,
    filters: Filters,
) -> FixRecord:
    """Fix one draft until stable, then write it (atomically), diff it, or hand it back."""
    settings = cache.settings_for(job.path)
    rules = selected_rules(cache.rules_for(settings), selector_for(settings, job.path))
    data, stamp = _read_for_fix(job.path)
    source = decode(job.path, data)
    fmt = job.fmt or "plain"
    notices: list[str] = []

    def lint(text: str) -> tuple[Any, list[Diagnostic]]:
        doc = markup.parse(text, fmt)
        result = check_document(job.display, doc, rules, settings, engines)
        notices[:] = result.notices
        kept, _ = filters.keep(job.path, text, result.diagnostics)
        return doc, kept

    outcome = fix_until_stable(source.text, lint, unsafe=options.unsafe_fixes)
    result = FileResult(job.display, outcome.text, outcome.diagnostics, tuple(notices))
    record = FixRecord(job.display, job.path == "-", result, outcome)
    if not outcome.changed:
        return record
    if options.diff:
        record.diff = unified_diff(outcome.original, outcome.text, job.display)
    elif job.path != "-":
        try:
            note = write_atomic(job.path, encode(outcome.text, source.bom), stamp)
            record.written = True
            if note:
                notices.append(note)
                record.result = record.result._replace(notices=tuple(notices))
        except WriteError as exc:
            record.problem = str(exc)
            record.result = FileResult(job.display, source.text, outcome.first, tuple(notices))
    return record


def finish_fix(
    records: list[FixRecord],
    results: list[FileResult],
    problems: list[FileProblem],
    catalog: Mapping[str, RuleInfo],
    output_format: str,
    base: Settings,
    options: CheckOptions,
) -> int:
    done = [r for r in records if r.written or r.diff or (r.stdin and r.outcome.changed)]
    fixed = sum(r.outcome.applied for r in done)
    for record in records:
        index = LineIndex(record.outcome.text)
        for diag in record.outcome.rejected:
            line, col = index.position(diag.start)
            click.echo(
                f"newslint: {record.display}:{line}:{col}: {diag.rule}: fix not applied "
                "(its text is split by markup; edit it by hand)",
                err=True,
            )
        for diag in record.outcome.joining:
            line, col = index.position(diag.start)
            click.echo(
                f"newslint: {record.display}:{line}:{col}: {diag.rule}: fix not applied "
                "(it would delete a line break; edit it by hand)",
                err=True,
            )
        if not record.outcome.converged:
            click.echo(
                f"newslint: {record.display}: fixes did not settle after "
                f"{record.outcome.passes} pass(es); {len(record.outcome.pending)} left for review",
                err=True,
            )
    fail_level = severity_rank(base.fail_on)
    failing = any(severity_rank(d.severity) >= fail_level for r in results for d in r.diagnostics)
    if options.diff:
        sys.stdout.write("".join(r.diff for r in records))
        sys.stdout.flush()
        click.echo(f"newslint: would fix {fixed} problem(s) in {len(done)} file(s).", err=True)
        if problems:
            return EXIT_ERROR
        return EXIT_FINDINGS if done or failing else EXIT_CLEAN
    report = Report(results, problems, catalog, checked=len(results))
    rendered = renderer(output_format)(report)
    if any(r.stdin for r in records):
        # An editor piping a draft through --fix gets the draft back; the report goes aside.
        sys.stdout.write("".join(r.outcome.text for r in records if r.stdin))
        sys.stderr.write(rendered)
    else:
        sys.stdout.write(rendered)
    sys.stdout.flush()
    unwritten = [r for r in records if r.problem and r.outcome.changed]
    if fixed:
        click.echo(f"newslint: fixed {fixed} problem(s) in {len(done)} file(s).", err=True)
    if unwritten:
        pending = sum(r.outcome.applied for r in unwritten)
        click.echo(
            f"newslint: {pending} fix(es) in {len(unwritten)} file(s) not written "
            "(see above); those files are unchanged.",
            err=True,
        )
    elif not fixed:
        click.echo("newslint: no fixes to apply.", err=True)
    if problems:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def write_baseline_file(path: str, results: list[FileResult], problems: list[FileProblem]) -> int:
    try:
        count = write_baseline(path, results)
    except WriteError as exc:
        return _fail(f"{path}: {exc}")
    click.echo(f"newslint: wrote {count} finding(s) in {len(results)} file(s) to {path}", err=True)
    return EXIT_ERROR if problems else EXIT_CLEAN
