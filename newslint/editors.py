"""What the editor front ends need that a plain install may lack."""

from __future__ import annotations

import importlib.util
import sys

import click


def require(extra: str, module: str) -> None:
    """Exit 2 with one line saying what to install when an optional library is missing."""
    if importlib.util.find_spec(module) is None:
        click.echo(
            f"newslint: '{extra}' needs {module}, which is not installed; "
            f"run: pip install 'newslint[{extra}]'",
            err=True,
        )
        sys.exit(2)
