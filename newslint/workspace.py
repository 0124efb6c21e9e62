"""A warm checker for front ends that stay up: the language server and the review page.

A CLI run reads settings and loads rules once and exits. A server checks the same
drafts again on every keystroke or click, so it keeps, per config file, the
settings (read again when the file changes), the loaded rules (the linter's own
cache, keyed by the pack files and their versions), the selection for each set of
per-file ignores, and the engines. A re-check then only parses and runs rules.

Configuration is found exactly as ``newslint check`` finds it: upward from the
draft's folder, or the one file given with ``--config``.

For the editor, ``recheck`` is the fast pass after an edit: it re-runs only the
paragraph-scoped rules on the paragraphs that changed since the draft's last full
check (``newslint/incremental.py``); the full check that follows is the truth.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from newslint import incremental, markup
from newslint.diagnostics import Diagnostic
from newslint.document import Document
from newslint.engines import EngineUnavailable, close_engines, open_engines
from newslint.linter import (
    FileResult,
    _pack_versions,
    _rules_for_packs,
    check_document,
    merge_duplicates,
    selected_rules,
    selector_for,
)
from newslint.packs import PackError
from newslint.registry import selection_keys
from newslint.rule import PARAGRAPH, Rule
from newslint.settings import ConfigError, Settings, find_config, load
from newslint.suppress import find_suppressions, is_suppressed


class WorkspaceError(Exception):
    """Settings or packs that cannot be used; the message is one line naming the file."""


class Checked(NamedTuple):
    result: FileResult
    settings: Settings
    doc: Document


class Rechecked(NamedTuple):
    """The fast pass's diagnostics; ``full`` is set when the edit needed a full check."""

    diagnostics: list[Diagnostic]
    full: Checked | None


class _Base(NamedTuple):
    """A draft's last full check, which the fast pass builds on."""

    text: str
    fmt: str
    settings: Settings
    rules: list[Rule]
    chunks: list[incremental.Chunk]
    found: list[list[Diagnostic]]  # the full check's diagnostics, per chunk
    cache: incremental.ChunkCache  # paragraph-scoped findings of chunks checked alone


# More changed chunks than this: a paste or a search-and-replace, checked whole.
MAX_CHANGED_CHUNKS = 8


def _file_version(path: Path | None) -> tuple[str, int, int] | None:
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


def _at(chunks: list[incremental.Chunk], i: int, text: str) -> int:
    """Where chunk ``i`` starts (the text's end past the last)."""
    return chunks[i].start if i < len(chunks) else len(text)


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
        self._bases: dict[str, _Base] = {}  # per draft key (the editor's URI)
        # What the fast pass did, for tests and the bench: chunks checked alone, full checks.
        self.chunks_checked = 0
        self.full_checks = 0

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

    def check(
        self, text: str, path: str | None = None, fmt: str | None = None, key: str | None = None
    ) -> Checked:
        """Check a draft's current text; ``path`` chooses its settings and, unless ``fmt``
        is given, its format. With a ``key`` (the editor's name for the draft) the check
        is kept for ``recheck``. Raises WorkspaceError for a bad config or pack."""
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
        self.full_checks += 1
        if key is not None:
            self._keep(key, text, fmt, settings, rules, result.diagnostics)
        return Checked(result, settings, doc)

    def _keep(
        self,
        key: str,
        text: str,
        fmt: str,
        settings: Settings,
        rules: list[Rule],
        diagnostics: list[Diagnostic],
    ) -> None:
        if fmt not in incremental.FORMATS:
            self._bases.pop(key, None)
            return
        old = self._bases.get(key)
        same = old is not None and (old.fmt, old.settings, old.rules) == (fmt, settings, rules)
        # The chunks checked alone stay good while the format, settings and rules do.
        cache = old.cache if old is not None and same else incremental.ChunkCache()
        parts = incremental.chunks(text, fmt)
        found = incremental.by_chunk(diagnostics, parts)
        self._bases[key] = _Base(text, fmt, settings, rules, parts, found, cache)

    def forget(self, key: str) -> None:
        self._bases.pop(key, None)

    def recheck(
        self, text: str, path: str | None, fmt: str | None = None, key: str = "<draft>"
    ) -> Rechecked:
        """The fast pass after an edit: the last full check of the draft ``key`` with the
        changed paragraphs re-checked by the paragraph-scoped rules (see the module docs
        of ``newslint.incremental``). Falls back to a full check when there is none to
        build on or the edit is one the chunks cannot follow."""
        settings = self.settings_for(path)
        rules = self.rules_for(settings, path)
        fmt = fmt or (markup.format_for(path) if path else None) or "plain"
        base = self._bases.get(key)
        if (
            base is None
            or base.fmt != fmt
            or base.settings is not settings
            or base.rules is not rules
        ):
            return Rechecked([], self.check(text, path, fmt, key))
        parts = incremental.chunks(text, fmt)
        change = incremental.changed(base.chunks, parts)
        old = base.chunks[change.first : change.old_stop]
        new = parts[change.first : change.new_stop]
        if len(new) > MAX_CHANGED_CHUNKS or not all(c.safe for c in (*old, *new)):
            return Rechecked([], self.check(text, path, fmt, key))
        local = {r.id for r in base.rules if r.scope == PARAGRAPH}
        out: list[Diagnostic] = []
        for i in range(change.first):
            delta = parts[i].start - base.chunks[i].start
            out.extend(incremental.shifted(d, delta) for d in base.found[i])
        if old or new:
            old_lo = old[0].start if old else _at(base.chunks, change.first, base.text)
            new_lo = new[0].start if new else _at(parts, change.first, text)
            old_hi = old[-1].end if old else old_lo
            new_hi = new[-1].end if new else new_lo
            story = [
                d
                for found in base.found[change.first : change.old_stop]
                for d in found
                if d.rule not in local
            ]
            # The story-scoped findings the edit left alone, until the full check says.
            kept = incremental.untouched(
                story, base.text[old_lo:old_hi], text[new_lo:new_hi], old_lo, new_lo
            )
            # Merged and sorted as a full check's are.
            out.extend(merge_duplicates(kept + self._fresh(text, path, base, new), text))
        for j in range(len(base.chunks) - change.old_stop):
            was, now = base.chunks[change.old_stop + j], parts[change.new_stop + j]
            out.extend(
                incremental.shifted(d, now.start - was.start)
                for d in base.found[change.old_stop + j]
            )
        return Rechecked(out, None)

    def _fresh(
        self, text: str, path: str | None, base: _Base, new: list[incremental.Chunk]
    ) -> list[Diagnostic]:
        """The paragraph-scoped rules' findings in the changed chunks, each checked alone."""
        rules = [r for r in base.rules if r.scope == PARAGRAPH]
        fresh: list[Diagnostic] = []
        for chunk in new:
            found = base.cache.get(chunk.text)
            if found is None:
                found = self._check_alone(chunk.text, path, base, rules)
                base.cache.put(chunk.text, found)
            fresh.extend(incremental.shifted(d, chunk.start) for d in found)
        if "newslint-" in text:  # a suppression comment in an unchanged paragraph
            suppressions = find_suppressions(text)
            by_id = {r.id: r for r in rules}
            fresh = [
                d
                for d in fresh
                if not is_suppressed(suppressions, d.rule, d.start)
                and not is_suppressed(suppressions, selection_keys(by_id[d.rule])[0], d.start)
            ]
        return fresh

    def _check_alone(
        self, chunk: str, path: str | None, base: _Base, rules: list[Rule]
    ) -> list[Diagnostic]:
        """A chunk parsed and checked as a draft of its own, by paragraph-scoped rules."""
        self.chunks_checked += 1
        doc = markup.parse(chunk, base.fmt)
        try:
            result = check_document(path or "<draft>", doc, rules, base.settings)
        except (ConfigError, PackError) as exc:
            raise WorkspaceError(str(exc)) from None
        return result.diagnostics

    def drain_notices(self) -> list[str]:
        out = list(dict.fromkeys(self.notices))
        self.notices.clear()
        return out

    def close(self) -> None:
        for engines in self._engines.values():
            close_engines(engines)
        self._engines.clear()
