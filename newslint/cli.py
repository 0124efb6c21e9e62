"""The command line. It reads files and settings, runs the linter, prints a format, exits.

Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 a usage, config or input error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
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


_CONFIG_OPTION = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Config file."
)
_LANGUAGETOOL_OPTION = click.option(
    "--languagetool",
    type=click.Choice(["auto", "on", "off"]),
    envvar="NEWSLINT_LANGUAGETOOL",
    help="Use LanguageTool (default: as the config says, else auto).",
)

_SHARED_OPTIONS = (
    click.option("--select", multiple=True, help="Rule ids, prefixes, names or categories to run."),
    click.option(
        "--ignore", multiple=True, help="Rule ids, prefixes, names or categories to skip."
    ),
    click.option(
        "--style", type=click.Choice(["ap", "chicago"]), help="House style (default: ap)."
    ),
    _CONFIG_OPTION,
    click.option("--names", "names_files", multiple=True, help="A names list (TOML or CSV)."),
    _LANGUAGETOOL_OPTION,
    click.option("--languagetool-url", help="A LanguageTool server already running."),
    click.option(
        "--proselint/--no-proselint",
        "use_proselint",
        default=None,
        help="Run proselint too (default: only when the selection names its checks).",
    ),
    click.option(
        "--date",
        metavar="YYYY-MM-DD",
        help="The story's date, for drafts whose front matter has none (default: today).",
    ),
    click.option(
        "-j", "--jobs", type=click.IntRange(min=1), help="Processes to use (default: CPU count)."
    ),
)


def _rule_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options that choose rules and engines, shared by check and baseline."""
    for option in reversed(_SHARED_OPTIONS):
        command = option(command)
    return command


def _run(paths: tuple[str, ...], shared: dict[str, Any], **run_args: Any) -> None:
    """Turn the shared options into config values (one validation path) and run."""
    from newslint.parallel import default_jobs
    from newslint.runner import run_check

    values = _cli_values(
        select=_split(shared["select"]),
        ignore=_split(shared["ignore"]),
        style=shared["style"],
        names=shared["names_files"],
        languagetool=shared["languagetool"],
        languagetool_url=shared["languagetool_url"],
        proselint=shared["use_proselint"],
        date=shared["date"],
        fail_on=run_args.pop("fail_on", None),
    )
    code = run_check(
        list(paths) or ["."],
        values,
        config_path=shared["config_path"],
        n_jobs=shared["jobs"] or default_jobs(),
        **run_args,
    )
    sys.exit(code)


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
@_rule_options
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "suggestion"]),
    help="Lowest severity that makes the exit code 1 (default: warning).",
)
@click.option("--stdin-filename", help="Name (and so format) of the draft read from '-'.")
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
    fail_on: str | None,
    stdin_filename: str | None,
    fix: bool,
    unsafe_fixes: bool,
    show_diff: bool,
    diff_base: str | None,
    baseline_file: str | None,
    **shared: Any,
) -> None:
    """Check drafts (files, directories, or - for standard input)."""
    from newslint.runner import CheckOptions

    if unsafe_fixes and not (fix or show_diff):
        raise click.UsageError("--unsafe-fixes works with --fix or --diff")
    options = CheckOptions(fix, unsafe_fixes, show_diff, diff_base, baseline_file)
    _run(
        paths,
        shared,
        output_format=output_format,
        stdin_filename=stdin_filename,
        options=options,
        fail_on=fail_on,
    )


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
@_rule_options
def baseline(paths: tuple[str, ...], output: str, **shared: Any) -> None:
    """Record today's findings so later 'check --baseline FILE' runs show only new ones."""
    from newslint.runner import CheckOptions

    _run(
        paths,
        shared,
        output_format="json",
        stdin_filename=None,
        options=CheckOptions(write_baseline=output),
    )


def _split(entries: tuple[str, ...]) -> list[str]:
    return [part.strip() for e in entries for part in e.split(",") if part.strip()]


@cli.command(name="rules")
@_CONFIG_OPTION
def list_rules(config_path: str | None) -> None:
    """List every rule: id, name, family, category, default severity, fix, status."""
    from newslint.registry import listing
    from newslint.runner import rule_catalog

    for line in listing(rule_catalog(config_path).values()):
        click.echo(line)
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


@cli.command()
@_CONFIG_OPTION
@_LANGUAGETOOL_OPTION
@click.option(
    "--debounce",
    type=click.IntRange(min=0),
    default=200,
    show_default=True,
    help="Milliseconds of quiet after an edit before the paragraphs it changed are checked.",
)
@click.option(
    "--full-debounce",
    type=click.IntRange(min=0),
    default=750,
    show_default=True,
    help="Milliseconds of quiet after an edit before the whole draft is checked again.",
)
def lsp(
    config_path: str | None, languagetool: str | None, debounce: int, full_debounce: int
) -> None:
    """Run the language server on standard input and output (for editors)."""
    from newslint.editors import require

    require("lsp", "pygls")
    from newslint.lsp.server import serve

    serve(
        _cli_values(languagetool=languagetool), config_path, debounce / 1000, full_debounce / 1000
    )


@cli.command()
@click.argument("draft", required=False, type=click.Path(dir_okay=False))
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port (default: any free one)."
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@_CONFIG_OPTION
@_LANGUAGETOOL_OPTION
def review(
    draft: str | None,
    port: int,
    no_browser: bool,
    config_path: str | None,
    languagetool: str | None,
) -> None:
    """Open a local page to review a draft's findings and accept or reject each fix."""
    from newslint.review.server import serve

    sys.exit(
        serve(draft, port, not no_browser, _cli_values(languagetool=languagetool), config_path)
    )


EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a run stopped by Ctrl-C


class Interrupted(BaseException):
    """Ctrl-C. Not a KeyboardInterrupt, which click turns into "Aborted!" and exit 1."""


def _interrupt(signum: int, frame: Any) -> None:
    raise Interrupted


@cli.command(name="entities")
@click.argument("name", nargs=-1, required=True)
def entities(name: tuple[str, ...]) -> None:
    """Show what the built-in entities register knows about NAME."""
    from newslint.entities import register

    query = " ".join(name)
    lines = register().describe(query)
    if not lines:
        click.echo(f"newslint: the entities register knows nothing about {query!r}", err=True)
        sys.exit(EXIT_FINDINGS)
    for line in lines:
        click.echo(line)


def main() -> None:
    import signal

    signal.signal(signal.SIGINT, _interrupt)
    try:
        cli()
    except Interrupted:
        # Engines and worker pools are closed by the finally blocks the exception ran through.
        click.echo("newslint: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":
    main()
