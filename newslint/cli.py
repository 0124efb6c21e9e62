"""The command line. It reads files and settings, runs the linter, prints a format, exits.

Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 a usage, config or input error.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from newslint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _cli_values(**options: Any) -> dict[str, Any]:
    """Command-line options that were given, as config keys (one validation path)."""
    return {k: v for k, v in options.items() if v not in (None, (), [])}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def cli() -> None:
    """newslint: a copy-editing linter for news drafts."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "output_format",
    default="text",
    show_default=True,
    type=click.Choice(["text", "json", "sarif", "github", "gitlab"]),
    help="Output format.",
)
@click.option("--select", multiple=True, help="Rule ids, id prefixes, names or categories to run.")
@click.option("--ignore", multiple=True, help="Rule ids, prefixes, names or categories to skip.")
@click.option("--style", type=click.Choice(["ap", "chicago"]), help="House style (default: ap).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "suggestion"]),
    help="Lowest severity that makes the exit code 1 (default: warning).",
)
@click.option("--stdin-filename", help="Name (and so format) of the draft read from '-'.")
@click.option("--names", "names_files", multiple=True, help="A names list (TOML or CSV).")
@click.option(
    "--languagetool",
    type=click.Choice(["auto", "on", "off"]),
    envvar="NEWSLINT_LANGUAGETOOL",
    help="Use LanguageTool (default: auto).",
)
@click.option("--languagetool-url", help="A LanguageTool server already running.")
@click.option(
    "--proselint/--no-proselint",
    "use_proselint",
    default=None,
    help="Run proselint too (default: only when the selection names its checks).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Processes to use (default: the CPU count)."
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply unsafe fixes too.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the fixes as a diff; write nothing.")
@click.option("--diff-base", metavar="REF", help="Report only lines changed since git REF.")
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    help="Report only findings not in this baseline (see 'newslint baseline').",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    style: str | None,
    config_path: str | None,
    fail_on: str | None,
    stdin_filename: str | None,
    names_files: tuple[str, ...],
    languagetool: str | None,
    languagetool_url: str | None,
    use_proselint: bool | None,
    jobs: int | None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    show_diff: bool = False,
    diff_base: str | None = None,
    baseline_file: str | None = None,
) -> None:
    """Check drafts (files, directories, or - for standard input)."""
    from newslint.parallel import default_jobs
    from newslint.runner import CheckOptions, run_check

    if unsafe_fixes and not (fix or show_diff):
        raise click.UsageError("--unsafe-fixes works with --fix or --diff")
    options = CheckOptions(fix, unsafe_fixes, show_diff, diff_base, baseline_file)

    values = _cli_values(
        select=_split(select),
        ignore=_split(ignore),
        style=style,
        fail_on=fail_on,
        names=names_files,
        languagetool=languagetool,
        languagetool_url=languagetool_url,
        proselint=use_proselint,
    )
    code = run_check(
        list(paths) or ["."],
        values,
        output_format,
        config_path,
        stdin_filename,
        n_jobs=jobs or default_jobs(),
        options=options,
    )
    sys.exit(code)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "-o",
    "--output",
    default=".newslint-baseline.json",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to write the baseline.",
)
@click.option("--select", multiple=True, help="Rule ids, id prefixes, names or categories to run.")
@click.option("--ignore", multiple=True, help="Rule ids, prefixes, names or categories to skip.")
@click.option("--style", type=click.Choice(["ap", "chicago"]), help="House style (default: ap).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--names", "names_files", multiple=True, help="A names list (TOML or CSV).")
@click.option(
    "--languagetool",
    type=click.Choice(["auto", "on", "off"]),
    envvar="NEWSLINT_LANGUAGETOOL",
    help="Use LanguageTool (default: auto).",
)
@click.option("--languagetool-url", help="A LanguageTool server already running.")
@click.option(
    "--proselint/--no-proselint",
    "use_proselint",
    default=None,
    help="Run proselint too (default: only when the selection names its checks).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Processes to use (default: the CPU count)."
)
def baseline(
    paths: tuple[str, ...],
    output: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    style: str | None,
    config_path: str | None,
    names_files: tuple[str, ...],
    languagetool: str | None,
    languagetool_url: str | None,
    use_proselint: bool | None,
    jobs: int | None,
) -> None:
    """Record today's findings so later 'check --baseline FILE' runs show only new ones."""
    from newslint.parallel import default_jobs
    from newslint.runner import CheckOptions, run_check

    values = _cli_values(
        select=_split(select),
        ignore=_split(ignore),
        style=style,
        names=names_files,
        languagetool=languagetool,
        languagetool_url=languagetool_url,
        proselint=use_proselint,
    )
    code = run_check(
        list(paths) or ["."],
        values,
        "json",
        config_path,
        None,
        n_jobs=jobs or default_jobs(),
        options=CheckOptions(write_baseline=output),
    )
    sys.exit(code)


def _split(entries: tuple[str, ...]) -> list[str]:
    return [part.strip() for e in entries for part in e.split(",") if part.strip()]


@cli.command(name="rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file.")
def list_rules(config_path: str | None) -> None:
    """List every rule: id, name, category, default severity, fixable."""
    from newslint.runner import rule_catalog

    catalog = rule_catalog(config_path)
    for info in catalog.values():
        fixable = "fix" if info.fixable else "-"
        click.echo(
            f"{info.id:<8}  {info.name:<34} {info.category:<16} {info.severity:<10} {fixable}"
        )
    from newslint.engines.proselint import describe

    for rule_id, category, on, why in describe():
        state = "on" if on else f"off: {why}"
        click.echo(f"{rule_id:<44} {category:<16} {'(proselint, ' + state + ')'}")
    click.echo(
        "languagetool.<RULE_ID>                       (LanguageTool's own rules, when it runs)"
    )


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print a rule's docs and examples."""
    from newslint.runner import explain_rule

    text = explain_rule(rule)
    if text is None:
        click.echo(f"newslint: unknown rule {rule!r} (see 'newslint rules')", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(text)


@cli.group()
def languagetool() -> None:
    """Keep a LanguageTool server running between runs (for hooks and editors)."""


@languagetool.command(name="start")
def languagetool_start() -> None:
    """Start the LanguageTool daemon (or find the one running) and print its URL."""
    from newslint.engines.lt_server import LanguageToolUnavailable, ensure_daemon

    try:
        url = ensure_daemon()
    except LanguageToolUnavailable as exc:
        click.echo(f"newslint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"LanguageTool running at {url}")


@languagetool.command(name="status")
def languagetool_status() -> None:
    """Say whether the daemon is running (exit 0) or not (exit 1)."""
    from newslint.engines.lt_server import daemon_status

    status = daemon_status()
    if status is None:
        click.echo("LanguageTool daemon is not running")
        sys.exit(EXIT_FINDINGS)
    click.echo(f"LanguageTool running at {status['url']} (pid {status['pid']})")


@languagetool.command(name="stop")
def languagetool_stop() -> None:
    """Stop the LanguageTool daemon."""
    from newslint.engines.lt_server import LanguageToolUnavailable, stop_daemon

    try:
        stopped = stop_daemon()
    except LanguageToolUnavailable as exc:
        click.echo(f"newslint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo("LanguageTool daemon stopped" if stopped else "LanguageTool daemon was not running")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
