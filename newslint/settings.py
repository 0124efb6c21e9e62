"""Settings: one validated value built from a config file and the command line.

The config file (``.newslint.toml``, or ``[tool.newslint]`` in ``pyproject.toml``)
is found upward from each checked file. Command-line options are applied on
top through the same validation, so a typo is loud wherever it is made.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from newslint.diagnostics import SEVERITIES

CONFIG_FILES = (".newslint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
TRI_STATE = ("auto", "on", "off")


class ConfigError(Exception):
    """A bad config file or option; the message names the file and the key."""


class Settings(NamedTuple):
    style: str = "ap"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: Mapping[str, str] = MappingProxyType({})
    per_file_ignores: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # names-list files, resolved to absolute paths
    packs: tuple[str, ...] = ()  # a newsroom's own rule packs, absolute paths
    dictionary: tuple[str, ...] = ()  # a newsroom's word lists (accept/reject), absolute paths
    fail_on: str = "warning"
    section_symbol: str = ""  # "omit" (AP) or "require" (Bluebook); "" when not set
    # None: proselint runs only where the selection names it (see engines.wants_proselint).
    proselint: bool | None = None
    languagetool: str = "auto"
    languagetool_url: str | None = None
    languagetool_language: str = "en-US"
    languagetool_timeout: float = 20.0  # seconds for one request, all waiting included
    rule_timeout: float = 2.0  # seconds a user's pattern may run on one document
    date: str | None = None  # the story's date (YYYY-MM-DD) where its front matter has none
    config_path: str | None = None
    root: str = "."

    def rule_options(self) -> dict[str, Any]:
        """What rules may read from Context.options."""
        return {
            "names": self.names,
            "dictionary": self.dictionary,
            # The newsroom's word lists, read here (once per file version), not by a rule.
            "wordlists": _wordlists(self.dictionary),
            "section_symbol": self.section_symbol or "omit",
            # Enforced on every citation only where a newsroom set it.
            "house_section_symbol": self.section_symbol or None,
            "rule_timeout": self.rule_timeout,
            "config_root": self.root,
            "date": self.date,
        }

    def ignores_for(self, path: str) -> tuple[str, ...]:
        rel = _relative(path, self.root)
        extra: list[str] = []
        for pattern, ids in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                extra.extend(ids)
        return tuple(extra)


def _wordlists(paths: tuple[str, ...]) -> Any:
    from newslint.rules.spelling.wordlists import EMPTY, load_wordlists

    return load_wordlists(paths) if paths else EMPTY


def _relative(path: str, root: str) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


# key -> (validator, help text)
def _choice(*allowed: str) -> Any:
    def check(value: Any) -> Any:
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(repr(a) for a in allowed)}")
        return value

    return check


def _str_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of strings")
    return tuple(value)


def _severity_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError("must be a table of rule = severity")
    for rule, sev in value.items():
        if sev not in SEVERITIES:
            raise ValueError(f"{rule!r}: severity must be one of {', '.join(SEVERITIES)}")
    return dict(value)


def _ignore_map(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError('must be a table of "glob" = ["rule", ...]')
    return {k: _str_list(v) for k, v in value.items()}


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def _date(value: Any) -> str:
    import datetime

    if isinstance(value, datetime.date):  # TOML has a date type
        return value.isoformat()
    from newslint.analysis import parse_date

    return parse_date(_str(value)).isoformat()


def _positive(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError("must be a positive number")
    return float(value)


_KEYS: dict[str, Any] = {
    "style": _choice("ap", "chicago"),
    "select": _str_list,
    "ignore": _str_list,
    "extend_select": _str_list,
    "severity": _severity_map,
    "per_file_ignores": _ignore_map,
    "include": _str_list,
    "exclude": _str_list,
    "names": _str_list,
    "packs": _str_list,
    "dictionary": _str_list,
    "fail_on": _choice(*SEVERITIES),
    "section_symbol": _choice("omit", "require"),
    "proselint": _bool,
    "languagetool": _choice(*TRI_STATE),
    "languagetool_url": _str,
    "languagetool_language": _str,
    "languagetool_timeout": _positive,
    "rule_timeout": _positive,
    "date": _date,
}
_PATH_KEYS = ("names", "packs", "dictionary")


def apply(settings: Settings, values: Mapping[str, Any], origin: str, base_dir: Path) -> Settings:
    """Validate ``values`` (from a file or the CLI) and lay them over ``settings``."""
    changes: dict[str, Any] = {}
    for raw_key, value in values.items():
        key = raw_key.replace("-", "_")
        if key not in _KEYS:
            allowed = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{origin}: unknown key {raw_key!r} (allowed: {allowed})")
        try:
            checked = _KEYS[key](value)
        except ValueError as exc:
            raise ConfigError(f"{origin}: {raw_key}: {exc}") from None
        if key in _PATH_KEYS:
            checked = tuple(str((base_dir / p).resolve()) for p in checked)
        changes[key] = checked
    return settings._replace(**changes)


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a directory)."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        dotfile = folder / ".newslint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_newslint_table(pyproject):
            return pyproject
    return None


def _has_newslint_table(path: Path) -> bool:
    try:
        return "[tool.newslint" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def read_config(path: Path) -> dict[str, Any]:
    from newslint.tomlfile import read_toml

    data, _ = read_toml(path, "the configuration", ConfigError, "; fix the file and run again")
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("newslint", {})
        return dict(section) if isinstance(section, dict) else {}
    return data


def load(config_path: Path | None, cli_values: Mapping[str, Any], cwd: Path) -> Settings:
    settings = Settings(root=str(cwd))
    if config_path is not None:
        values = read_config(config_path)
        settings = apply(settings, values, str(config_path), config_path.parent)
        settings = settings._replace(config_path=str(config_path), root=str(config_path.parent))
    if "select" in cli_values:
        # A selection on the command line is the whole selection for this run.
        settings = settings._replace(ignore=(), extend_select=())
    return apply(settings, cli_values, "command line", cwd)
