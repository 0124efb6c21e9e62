"""Reading a TOML file a newsroom wrote (configuration, names list, rule pack): one place
for the tomllib/tomli choice and for the one-line error that names the file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def read_toml(
    path: Path, what: str, error: type[Exception], hint: str = ""
) -> tuple[dict[str, Any], str]:
    """The parsed file and its text. ``error`` is raised with "<path>: cannot read <what>"
    or "<path>: invalid TOML: ..." (then ``hint``, the next step, when given)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read {what}: {exc}") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: invalid TOML: {exc}{hint}") from None


def parse_toml(text: str) -> dict[str, Any]:
    """Parse TOML shipped with newslint (its own data files: a mistake there is a bug)."""
    return tomllib.loads(text)
