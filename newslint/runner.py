"""One `newslint check` run: find drafts, settle settings per file, lint, render, exit code."""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import click

from newslint import markup
from newslint.diagnostics import FileProblem, severity_rank
from newslint.engines import EngineUnavailable, close_engines, open_engines, wants_proselint
from newslint.formats import renderer
from newslint.formats.common import Report, RuleInfo
from newslint.linter import (
    WINDOW,
    FileResult,
    all_rules,
    check_document,
    selected_rules,
    selector_for,
)
from newslint.packs import PackError
from newslint.parallel import run_in_order
from newslint.registry import Catalog, canonical, selection_keys
from newslint.rule import Rule
from newslint.selection import describe_unknown, matches_something
from newslint.settings import ConfigError, Settings, find_config, load
from newslint.sources import InputError, kind_of, read_source

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
            if not candidate.is_file():
                continue  # a FIFO, socket, device or broken link: reading it could block
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
            result.problems.append(FileProblem(raw, _missing(path)))
        elif not path.is_file():
            result.problems.append(
                FileProblem(
                    raw,
                    f"{kind_of(path.stat().st_mode)}, not a draft; "
                    "pass its text on standard input with '-'",
                )
            )
        else:
            result.jobs.append(Job(raw, raw, markup.format_for(raw)))
    return result


def _missing(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop; fix or remove the link"
    if path.is_symlink():
        return "broken symbolic link (its target does not exist); fix or remove the link"
    return "no such file or directory; check the path"


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
            settings = load(config, self.cli_values, Path.cwd())
            check_selection(settings, self.rules_for(settings), self.cli_values)
            self._by_config[key] = settings
        return self._by_config[key]

    def rules_for(self, settings: Settings) -> list[Rule]:
        key = settings.config_path
        if key not in self._rules:
            self._rules[key] = all_rules(settings)
        return self._rules[key]


def check_selection(settings: Settings, rules: Sequence[Rule], cli_values: dict[str, Any]) -> None:
    """Every select, ignore and severity entry must name something, and something must run."""
    known = [(r.id, r.name, r.category, selection_keys(r)) for r in rules]
    where = settings.config_path or "config"
    entries: list[tuple[str, str]] = []
    for key in ("select", "extend_select", "ignore"):
        given = {e.upper() for e in cli_values.get(key, ())}
        for entry in getattr(settings, key):
            origin = f"--{key}" if entry.upper() in given else f"{where}: {key}"
            entries.append((origin, entry))
    entries.extend((f"{where}: severity", e) for e in settings.severity)
    for pattern, ids in settings.per_file_ignores.items():
        entries.extend((f"{where}: per_file_ignores {pattern!r}", e) for e in ids)
    for origin, entry in entries:
        if not matches_something(canonical(entry), known):
            raise ConfigError(f"{origin}: {describe_unknown(entry, known)}")
    if selected_rules(rules, selector_for(settings)) or wants_proselint(settings):
        return
    selection = [*settings.select, *settings.extend_select]
    if settings.languagetool != "off" and any(
        e.upper().startswith("LANGUAGETOOL") for e in selection
    ):
        return
    raise ConfigError(
        "no rule is selected, so nothing would be checked "
        f"(select: {list(settings.select)}, ignore: {list(settings.ignore)}); "
        "widen --select or narrow --ignore (see 'newslint rules')"
    )


def lint_job(job: Job, cache: SettingsCache, engines: Sequence[Any] = ()) -> FileResult:
    """Check one draft; raises InputError for a file that cannot be read."""
    settings = cache.settings_for(job.path)
    source = read_source(job.path)
    doc = markup.parse(source.text, job.fmt or "plain")
    if len(doc.text) > WINDOW:
        # The draft's parse lives for the whole check: keep the cycle collector from
        # rescanning it on every collection the rules' work sets off (reference counting
        # still frees it). Several seconds on an 8 MB draft.
        gc.freeze()
    rules = selected_rules(cache.rules_for(settings), selector_for(settings, job.path))
    result = check_document(job.display, doc, rules, settings, engines)
    if not doc.text.strip():
        # Said, not failed: an empty placeholder in a folder of drafts is no error.
        empty = "empty, or no prose outside markup: nothing was checked"
        result = result._replace(notices=(*result.notices, empty))
    return result


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
    """Check the drafts and report; the exit code. Loading settings, rules and packs
    builds tables that live as long as the run, so the cycle collector, which would only
    rescan them (some 5 ms of a one-article check), is off until the drafts are checked."""
    collecting = gc.isenabled()
    gc.disable()

    def resume() -> None:
        if collecting and not gc.isenabled():
            gc.freeze()  # what loading built is never rescanned this run
            gc.enable()

    try:
        return _run_check(
            paths, cli_values, output_format, config_path, stdin_filename, n_jobs, options, resume
        )
    finally:
        resume()


def _run_check(
    paths: list[str],
    cli_values: dict[str, Any],
    output_format: str,
    config_path: str | None,
    stdin_filename: str | None,
    n_jobs: int,
    options: CheckOptions | None,
    resume_collector: Callable[[], None],
) -> int:
    options = options or CheckOptions()
    if config_path and not Path(config_path).is_file():
        return _fail(f"{config_path}: config file not found")
    cache = SettingsCache(config_path, cli_values)
    try:
        base = cache.settings_for(paths[0] if paths else ".")
        base.rule_options()  # reads the word lists: a bad one stops the run here, named
        catalog = Catalog(cache.rules_for(base))
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
    resume_collector()  # before the drafts: a pool's workers fork from here
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
    clean = not problems and not any(r.diagnostics for r in results)
    if clean and output_format == "text" and sys.stderr.isatty():
        # Silence on a terminal reads as "did it run?": say so, once, aside from the report.
        click.echo(f"newslint: no problems found in {len(results)} file(s).", err=True)
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
    from newslint.registry import info

    return info(rule)


def rule_catalog(config_path: str | None = None) -> dict[str, RuleInfo]:
    cache = SettingsCache(config_path, {})
    try:
        settings = cache.settings_for(".")
        rules = cache.rules_for(settings)
    except (ConfigError, PackError) as exc:
        raise click.ClickException(str(exc)) from None
    return {r.id: rule_info(r) for r in rules}


def explain_rule(key: str) -> str | None:
    from newslint.registry import canonical

    key = canonical(key)
    rules = all_rules(Settings())
    for rule in rules:
        if key in (rule.id, rule.name):
            return explain_text(rule)
    return None


def explain_text(rule: Rule) -> str:
    from newslint.registry import explain

    return explain(rule)
