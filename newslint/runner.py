"""One `newslint check` run: find drafts, settle settings per file, lint, render, exit code."""

from __future__ import annotations

import contextlib
import fnmatch
import inspect
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import click

from newslint import markup
from newslint.diagnostics import FileProblem, severity_rank
from newslint.engines import EngineUnavailable, close_engines, open_engines
from newslint.formats import renderer
from newslint.formats.common import Report, RuleInfo
from newslint.linter import FileResult, all_rules, check_document, selected_rules, selector_for
from newslint.packs import PackError
from newslint.parallel import run_in_order
from newslint.rule import Rule
from newslint.settings import ConfigError, Settings, find_config, load
from newslint.sources import InputError, read_source

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Job(NamedTuple):
    """One draft to check: where it is, what it is called in the report, its format."""

    path: str
    display: str
    fmt: str | None


class Plan(NamedTuple):
    jobs: list[Job]
    problems: list[FileProblem]


def walk(path: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Path]:
    """Drafts below a directory, in a stable order, skipping hidden folders."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
        for name in sorted(files):
            candidate = Path(root) / name
            rel = candidate.relative_to(path).as_posix()
            wanted = any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in include)
            unwanted = any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in exclude)
            if wanted and not unwanted:
                yield candidate


def plan(paths: Sequence[str], settings: Settings, stdin_filename: str | None) -> Plan:
    result = Plan([], [])
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            result.jobs.append(Job("-", name, markup.format_for(name) or "plain"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = list(walk(path, settings.include, settings.exclude))
            if not found:
                result.problems.append(
                    FileProblem(
                        raw,
                        "no drafts found in this directory "
                        f"(looked for {', '.join(settings.include)})",
                    )
                )
            result.jobs.extend(Job(str(p), str(p), markup.format_for(str(p))) for p in found)
        elif not path.exists():
            result.problems.append(FileProblem(raw, "no such file or directory"))
        else:
            result.jobs.append(Job(raw, raw, markup.format_for(raw)))
    return result


class SettingsCache:
    """Settings (and the rules they select) per config file, read once each."""

    def __init__(self, explicit: str | None, cli_values: dict[str, Any]) -> None:
        self.explicit = Path(explicit) if explicit else None
        self.cli_values = cli_values
        self._by_config: dict[str | None, Settings] = {}
        self._rules: dict[str | None, list[Rule]] = {}
        self._config_of_dir: dict[Path, Path | None] = {}

    def config_for(self, path: str) -> Path | None:
        if self.explicit is not None:
            return self.explicit
        start = Path.cwd() if path == "-" else Path(path).parent
        if start not in self._config_of_dir:
            self._config_of_dir[start] = find_config(start)
        return self._config_of_dir[start]

    def settings_for(self, path: str) -> Settings:
        config = self.config_for(path)
        key = str(config) if config else None
        if key not in self._by_config:
            self._by_config[key] = load(config, self.cli_values, Path.cwd())
        return self._by_config[key]

    def rules_for(self, settings: Settings) -> list[Rule]:
        key = settings.config_path
        if key not in self._rules:
            self._rules[key] = all_rules(settings)
        return self._rules[key]


def lint_job(job: Job, cache: SettingsCache, engines: Sequence[Any] = ()) -> FileResult:
    """Check one draft; raises InputError for a file that cannot be read."""
    settings = cache.settings_for(job.path)
    source = read_source(job.path)
    doc = markup.parse(source.text, job.fmt or "plain")
    rules = selected_rules(cache.rules_for(settings), selector_for(settings, job.path))
    return check_document(job.display, doc, rules, settings, engines)


def _progress(items: Iterable[Any], length: int, shown: bool) -> Any:
    if not shown:
        return contextlib.nullcontext(items)  # click's progress bar costs an import
    return click.progressbar(items, length=length, label="Checking", file=sys.stderr)


def _fail(message: str) -> int:
    click.echo(f"newslint: {message}", err=True)
    return EXIT_ERROR


def run_check(
    paths: list[str],
    cli_values: dict[str, Any],
    output_format: str,
    config_path: str | None,
    stdin_filename: str | None,
    n_jobs: int = 1,
    options: CheckOptions | None = None,
) -> int:
    options = options or CheckOptions()
    if config_path and not Path(config_path).is_file():
        return _fail(f"{config_path}: config file not found")
    cache = SettingsCache(config_path, cli_values)
    try:
        base = cache.settings_for(paths[0] if paths else ".")
        catalog = {r.id: rule_info(r) for r in cache.rules_for(base)}
    except (ConfigError, PackError) as exc:
        return _fail(str(exc))
    work = plan(paths, base, stdin_filename)
    filters = None
    if options.needs_extras:
        from newslint import fixrun
        from newslint.baseline import BaselineError
        from newslint.gitdiff import GitError

        try:
            filters = fixrun.build_filters(options)
        except (GitError, BaselineError) as exc:
            return _fail(str(exc))
    records: list[Any] = []
    results: list[FileResult] = []
    problems = list(work.problems)
    notices: list[str] = []
    try:
        engines = open_engines(base, notices)
    except EngineUnavailable as exc:
        return _fail(str(exc))
    try:
        show_progress = sys.stderr.isatty() and len(work.jobs) > 20
        if options.fixing:
            assert filters is not None  # built above: fixing needs the extras
            outcomes = run_in_order(
                lambda job: fixrun.fix_job(job, cache, engines, options, filters),
                work.jobs,
                n_jobs,
            )
        else:
            outcomes = run_in_order(lambda job: lint_job(job, cache, engines), work.jobs, n_jobs)
        with _progress(
            zip(work.jobs, outcomes, strict=True), len(work.jobs), show_progress
        ) as done:
            for job, outcome in done:
                if isinstance(outcome, InputError):
                    problems.append(FileProblem(job.display, str(outcome)))
                    continue
                if isinstance(outcome, (ConfigError, PackError)):
                    return _fail(str(outcome))
                if isinstance(outcome, Exception):
                    raise outcome
                if options.fixing:
                    records.append(outcome)
                    if outcome.problem:
                        problems.append(FileProblem(job.display, outcome.problem))
                    outcome = outcome.result
                elif filters is not None:
                    outcome = filters.apply(job.path, outcome)
                results.append(outcome)
                notices.extend(f"{job.display}: {n}" for n in outcome.notices)
    finally:
        close_engines(engines)
    for notice in dict.fromkeys(notices):
        click.echo(f"newslint: warning: {notice}", err=True)
    for problem in problems:
        click.echo(f"newslint: {problem.path}: {problem.message}", err=True)
    if options.write_baseline:
        return fixrun.write_baseline_file(options.write_baseline, results, problems)
    if filters is not None:
        filters.tell()
    if options.fixing:
        return fixrun.finish_fix(records, results, problems, catalog, output_format, base, options)
    report = Report(
        results,
        problems,
        catalog,
        checked=len(results),
        color=output_format == "text" and sys.stdout.isatty(),
    )
    sys.stdout.write(renderer(output_format)(report))
    sys.stdout.flush()
    if problems:
        return EXIT_ERROR
    fail_level = severity_rank(base.fail_on)
    failing = any(severity_rank(d.severity) >= fail_level for r in results for d in r.diagnostics)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


class CheckOptions(NamedTuple):
    """What a run does beyond checking: fix, show a diff, narrow the report, write a baseline."""

    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False  # print the fixes as a unified diff instead of writing them
    diff_base: str | None = None  # report only lines changed since this git ref
    baseline: str | None = None  # report only findings this baseline file does not know
    write_baseline: str | None = None  # write the run's findings here instead of reporting

    @property
    def fixing(self) -> bool:
        return self.fix or self.diff

    @property
    def needs_extras(self) -> bool:
        return bool(self.fixing or self.diff_base or self.baseline or self.write_baseline)


def rule_info(rule: Rule) -> RuleInfo:
    return RuleInfo(
        rule.id, rule.name, rule.category, rule.severity, rule.message, rule.docs, rule.fixable
    )


def rule_catalog(config_path: str | None = None) -> dict[str, RuleInfo]:
    cache = SettingsCache(config_path, {})
    try:
        settings = cache.settings_for(".")
        rules = cache.rules_for(settings)
    except (ConfigError, PackError) as exc:
        raise click.ClickException(str(exc)) from None
    return {r.id: rule_info(r) for r in rules}


def explain_rule(key: str) -> str | None:
    rules = all_rules(Settings())
    for rule in rules:
        if key in (rule.id, rule.name):
            return explain_text(rule)
    return None


def explain_text(rule: Rule) -> str:
    lines = [
        f"{rule.id} ({rule.name})",
        "",
        f"Category: {rule.category}    Severity: {rule.severity}    Fix: {rule.fix_safety}",
        "",
        rule.message,
        "",
        inspect.cleandoc(rule.docs),
        "",
    ]
    if rule.knowledge:
        lines[-1:-1] = ["", f"Knowledge: {rule.knowledge}"]
    for label, kind in (("Bad", "bad"), ("Good", "good")):
        examples = rule.examples(kind)
        if examples:
            lines.append(f"{label}:")
            lines.extend(
                f"  {e.text}" + (f"   [{e.style}]" if e.style != "ap" else "") for e in examples
            )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
