"""What the review page asks of newslint: check a draft, apply chosen fixes, save.

Offsets sent to the page are UTF-16 code units (what JavaScript strings count);
edits coming back are turned into code points, checked against a fresh check of
the same text (an edit may only replace a span newslint flagged, and never one
split by markup), adapted to the file's newline style and HTML escaping, and
applied with the fixer. Saving writes with the same guarantees as ``--fix``.
"""

from __future__ import annotations

import inspect
import re
import threading
from typing import Any

from newslint import markup
from newslint.diagnostics import Diagnostic, Edit
from newslint.document import Document
from newslint.fixer import adapt_edit, apply_edits, edit_is_clean
from newslint.review.offsets import Utf16
from newslint.sources import InputError, decode, reading
from newslint.workspace import Workspace, WorkspaceError
from newslint.writer import FileChanged, WriteError, encode, read_with_stamp, write_atomic


def reflow(docs: str) -> str:
    """Docstrings are wrapped for source files; the page wraps text itself. Lists stay lists."""
    return re.sub(r"(?<=\S)\n(?=[^\n\s*•-])", " ", docs)


class ReviewError(Exception):
    """A request the page cannot have: the message is shown to the editor as is."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class ReviewApp:
    def __init__(self, workspace: Workspace, path: str | None = None) -> None:
        self.workspace = workspace
        self.path = path  # the one file this page may read and write
        self.lock = threading.Lock()  # one check at a time: engines keep state

    # --- checking ------------------------------------------------------------------------

    def _check(self, text: str, name: str, path: str | None) -> tuple[Document, list[Diagnostic]]:
        fmt = markup.format_for(name) or "plain"
        with self.lock:
            try:
                checked = self.workspace.check(text, path, fmt)
            except WorkspaceError as exc:
                raise ReviewError(str(exc)) from None
        return checked.doc, checked.result.diagnostics

    def payload(self, text: str, name: str, path: str | None) -> dict[str, Any]:
        doc, diagnostics = self._check(text, name, path)
        units = Utf16(text)
        findings, rules = [], {}
        for i, diag in enumerate(diagnostics):
            edit_ok = bool(diag.replacements) and edit_is_clean(
                doc, Edit(diag.start, diag.end, diag.replacements[0])
            )
            findings.append(
                {
                    "id": i,
                    "start": units.units(diag.start),
                    "end": units.units(diag.end),
                    "rule": diag.rule,
                    "severity": diag.severity,
                    "message": diag.message,
                    "flagged": text[diag.start : diag.end],
                    "replacements": list(diag.replacements),
                    "safety": diag.fix.applicability if diag.fix else "none",
                    "fixable": edit_ok,
                }
            )
            if diag.rule not in rules:
                rules[diag.rule] = self._rule_doc(diag.rule, path)
        return {
            "name": name,
            "text": text,
            "savable": path is not None and path == self.path,
            "findings": findings,
            "rules": rules,
        }

    def _rule_doc(self, rule_id: str, path: str | None) -> dict[str, str]:
        rule = self.workspace.rule(rule_id, path)
        if rule is None:
            return {"name": "", "category": "", "docs": "A check of an external engine."}
        return {
            "name": rule.name,
            "category": rule.category,
            "docs": reflow(inspect.cleandoc(rule.docs)),
        }

    # --- the draft given on the command line -------------------------------------------------

    def read_draft(self) -> tuple[str, bool, Any]:
        if self.path is None:
            raise ReviewError("no draft was given on the command line", 404)
        try:
            with reading():
                data, stamp = read_with_stamp(self.path)
            source = decode(self.path, data)
        except InputError as exc:
            raise ReviewError(f"{self.path}: {exc}", 409) from None
        return source.text, source.bom, stamp

    def draft(self) -> dict[str, Any]:
        text, _, _ = self.read_draft()
        return self.payload(text, self.path or "", self.path)

    # --- fixes -----------------------------------------------------------------------------

    def apply(self, text: str, name: str, edits: Any, path: str | None = None) -> str:
        """The text with the chosen edits: each must replace a flagged span, cleanly."""
        if not isinstance(edits, list):
            raise ReviewError("edits must be a list")
        doc, diagnostics = self._check(text, name, path)
        flagged = {(d.start, d.end) for d in diagnostics}
        units = Utf16(text)
        chosen = []
        for raw in edits:
            try:
                start, end = units.offset(int(raw["start"])), units.offset(int(raw["end"]))
                replacement = raw["replacement"]
            except (KeyError, TypeError, ValueError):
                raise ReviewError("an edit needs start, end and replacement") from None
            if not isinstance(replacement, str):
                raise ReviewError("an edit's replacement must be text")
            if (start, end) not in flagged:
                raise ReviewError("an edit may only replace a span newslint flagged")
            edit = Edit(start, end, replacement)
            if not edit_is_clean(doc, edit):
                raise ReviewError(
                    f"the fix of “{text[start:end]}” would rewrite markup; edit it by hand"
                )
            chosen.append(adapt_edit(edit, doc))
        try:
            return apply_edits(text, chosen)
        except ValueError:
            raise ReviewError("two accepted fixes overlap; reject one of them") from None

    def save(self, text: str, edits: Any) -> dict[str, Any]:
        """Write the fixed draft over the file, unless the file changed since the page read it."""
        current, bom, stamp = self.read_draft()
        assert self.path is not None
        if current != text:
            raise ReviewError(
                f"{self.path} changed on disk since it was opened; reload to review it again",
                409,
            )
        fixed = self.apply(text, self.path, edits, self.path)
        try:
            write_atomic(self.path, encode(fixed, bom), stamp)
        except FileChanged:
            raise ReviewError(
                f"{self.path} changed on disk while saving; not overwritten. Reload.", 409
            ) from None
        except WriteError as exc:
            raise ReviewError(f"{self.path}: {exc}", 500) from None
        return self.payload(fixed, self.path, self.path)
