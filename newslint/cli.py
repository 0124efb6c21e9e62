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
    type=click.Choice(["text", "json", "sarif", "github"]),
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
@click.option("--no-proselint", is_flag=True, default=None, help="Do not run proselint.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Processes to use (default: the CPU count)."
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
    no_proselint: bool | None,
    jobs: int | None,
) -> None:
    """Check drafts (files, directories, or - for standard input)."""
    from newslint.parallel import default_jobs
    from newslint.runner import run_check

    values = _cli_values(
        select=_split(select),
        ignore=_split(ignore),
        style=style,
        fail_on=fail_on,
        names=names_files,
        languagetool=languagetool,
        languagetool_url=languagetool_url,
        proselint=False if no_proselint else None,
    )
    code = run_check(
        list(paths) or ["."], values, output_format, config_path, stdin_filename,
        n_jobs=jobs or default_jobs(),
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
    width = max((len(r.id) for r in catalog.values()), default=6)
    for info in catalog.values():
        fixable = "fix" if info.fixable else "-"
        click.echo(
            f"{info.id:<{width}}  {info.name:<34} {info.category:<16} {info.severity:<10} {fixable}"
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


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
