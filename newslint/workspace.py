"""A warm checker for front ends that stay up: the language server and the review page.

A CLI run reads settings and loads rules once and exits. A server checks the same
drafts again on every keystroke or click, so it keeps, per config file, the
settings (read again when the file changes), the loaded rules (the linter's own
cache, keyed by the pack files and their versions), the selection for each set of
per-file ignores, and the engines. A re-check then only parses and runs rules.

Configuration is found exactly as ``newslint check`` finds it: upward from the
draft's folder, or the one file given with ``--config``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from newslint import markup
from newslint.document import Document
from newslint.engines import EngineUnavailable, close_engines, open_engines
from newslint.linter import (
    FileResult,
    _pack_versions,
    _rules_for_packs,
    check_document,
    selected_rules,
    selector_for,
)
from newslint.packs import PackError
from newslint.rule import Rule
from newslint.settings import ConfigError, Settings, find_config, load


class WorkspaceError(Exception):
    """Settings or packs that cannot be used; the message is one line naming the file."""


class Checked(NamedTuple):
    result: FileResult
    settings: Settings
    doc: Document


def _file_version(path: Path | None) -> tuple[str, int, int] | None:
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


class Workspace:
    """Settings, rules and engines kept warm between checks of many drafts."""

    def __init__(
        self,
        cli_values: Mapping[str, Any] | None = None,
        config_path: str | None = None,
        cwd: str | None = None,
    ) -> None:
        self.cli_values = dict(cli_values or {})
        self.explicit = Path(config_path) if config_path else None
        self.cwd = Path(cwd or os.getcwd())
        self._settings: dict[Any, Settings] = {}
        self._selected: dict[Any, list[Rule]] = {}
        self._engines: dict[Any, list[Any]] = {}
        self.notices: list[str] = []  # engine trouble, for the front end to show once

    # --- settings ------------------------------------------------------------------------

    def config_for(self, path: str | None) -> Path | None:
        if self.explicit is not None:
            return self.explicit
        start = Path(path).parent if path else self.cwd
        return find_config(start if start.exists() else self.cwd)

    def settings_for(self, path: str | None) -> Settings:
        """The settings ``newslint check`` would use for ``path`` (None: an unsaved draft)."""
        config = self.config_for(path)
        key = _file_version(config)
        settings = self._settings.get(key)
        if settings is None:
            try:
                settings = load(config, self.cli_values, self.cwd)
            except ConfigError as exc:
                raise WorkspaceError(str(exc)) from None
            self._settings[key] = settings
        return settings

    # --- rules ---------------------------------------------------------------------------

    def rules_for(self, settings: Settings, path: str | None) -> list[Rule]:
        packs = _pack_versions(settings)
        selector = selector_for(settings, path) if path else selector_for(settings)
        key = (packs, selector.select, selector.ignore, selector.extend_select)
        rules = self._selected.get(key)
        if rules is None:
            try:
                everything = _rules_for_packs(packs)
            except PackError as exc:
                raise WorkspaceError(str(exc)) from None
            rules = self._selected[key] = selected_rules(everything, selector)
        return rules

    def rule(self, rule_id: str, path: str | None = None) -> Rule | None:
        """A rule by id (built-in or from the draft's packs), for its docs."""
        try:
            settings = self.settings_for(path)
            everything = _rules_for_packs(_pack_versions(settings))
        except (WorkspaceError, PackError):
            return None
        return next((r for r in everything if r.id == rule_id), None)

    def engines_for(self, settings: Settings) -> list[Any]:
        key = (settings.config_path, settings.languagetool, settings.proselint, settings.select)
        if key not in self._engines:
            notices: list[str] = []
            try:
                self._engines[key] = open_engines(settings, notices)
            except EngineUnavailable as exc:
                notices.append(str(exc))
                self._engines[key] = []
            self.notices.extend(notices)
        return self._engines[key]

    # --- checking ------------------------------------------------------------------------

    def check(self, text: str, path: str | None = None, fmt: str | None = None) -> Checked:
        """Check a draft's current text; ``path`` chooses its settings and, unless ``fmt``
        is given, its format. Raises WorkspaceError for a bad config or pack."""
        settings = self.settings_for(path)
        rules = self.rules_for(settings, path)
        engines = self.engines_for(settings)
        fmt = fmt or (markup.format_for(path) if path else None) or "plain"
        doc = markup.parse(text, fmt)
        try:
            result = check_document(path or "<draft>", doc, rules, settings, engines)
        except (ConfigError, PackError) as exc:  # a names list read on first use
            raise WorkspaceError(str(exc)) from None
        self.notices.extend(result.notices)
        return Checked(result, settings, doc)

    def drain_notices(self) -> list[str]:
        out = list(dict.fromkeys(self.notices))
        self.notices.clear()
        return out

    def close(self) -> None:
        for engines in self._engines.values():
            close_engines(engines)
        self._engines.clear()
