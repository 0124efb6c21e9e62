"""The language server: diagnostics as the writer types, fixes as code actions, docs on hover.

One :class:`~newslint.workspace.Workspace` keeps settings, rules and engines warm;
each open draft keeps its last check, so code actions and hovers reuse it while the
text is unchanged. An edit is checked in two passes. After a short pause in typing
(the debounce) a fast pass re-checks only the paragraphs that changed, with the rules
whose findings depend on their paragraph alone, and keeps the last full check's other
findings where the text did not change (``Workspace.recheck``). After a longer pause
(the full debounce) the whole draft is checked, and published if that differs: the
full check is the truth, equal to ``newslint check``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Sequence
from typing import Any

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from newslint import __version__, wordlist
from newslint.diagnostics import SAFE, UNSAFE, Diagnostic, Edit
from newslint.document import Document
from newslint.fixer import adapt_edit, edit_is_clean, fix_until_stable
from newslint.lsp.positions import LineIndex
from newslint.workspace import Workspace, WorkspaceError

ADD_WORD = "newslint.addToDictionary"
ADD_NAME = "newslint.addToNames"
FIX_ALL_KIND = "source.fixAll.newslint"
SEVERITY = {
    "error": t.DiagnosticSeverity.Error,
    "warning": t.DiagnosticSeverity.Warning,
    "suggestion": t.DiagnosticSeverity.Information,
}
LANGUAGE_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "plain"}


class Draft:
    """An open document's last check: a full one, or the fast pass's (``full`` False)."""

    __slots__ = ("_doc", "diagnostics", "fmt", "full", "lines", "path", "text")

    def __init__(
        self,
        text: str,
        diagnostics: list[Diagnostic],
        lines: LineIndex,
        path: str | None,
        fmt: str,
        doc: Document | None = None,
    ) -> None:
        self.text = text
        self.diagnostics = diagnostics
        self.lines = lines
        self.path = path
        self.fmt = fmt
        self.full = doc is not None
        self._doc = doc

    @property
    def doc(self) -> Document:
        """The parsed draft, for fixes (the fast pass parses only what changed)."""
        if self._doc is None:
            from newslint import markup

            self._doc = markup.parse(self.text, self.fmt)
        return self._doc


class NewslintServer(LanguageServer):
    def __init__(
        self, checker: Workspace, debounce: float = 0.2, full_debounce: float = 0.75
    ) -> None:
        super().__init__("newslint", __version__)
        self.checker = checker
        self.debounce = debounce
        self.full_debounce = max(full_debounce, debounce)
        self.drafts: dict[str, Draft] = {}
        self.pending: dict[str, list[asyncio.TimerHandle]] = {}
        self.errors_shown: set[str] = set()

    # --- checking ------------------------------------------------------------------------

    def encoding(self) -> str:
        return str(self.workspace.position_encoding or "utf-16")

    def draft(self, uri: str, fast: bool = False, full: bool = False) -> Draft | None:
        """The current text's check, from the cache when the text has not changed (and,
        with ``full``, the cached check was a full one). With ``fast``, the fast pass."""
        document = self.workspace.get_text_document(uri)
        text = document.source
        cached = self.drafts.get(uri)
        if cached is not None and cached.text == text and (cached.full or not full):
            return cached
        path = to_fs_path(uri) if uri.startswith("file:") else None
        fmt = None
        if path is None or not _format_known(path):
            fmt = LANGUAGE_FORMATS.get(document.language_id or "", "plain")
        try:
            if fast:
                quick = self.checker.recheck(text, path, fmt, key=uri)
                checked = quick.full
            else:
                checked = self.checker.check(text, path, fmt, key=uri)
        except WorkspaceError as exc:
            self.show_error_once(str(exc))
            return None
        for notice in self.checker.drain_notices():
            self.window_log_message(
                t.LogMessageParams(type=t.MessageType.Warning, message=f"newslint: {notice}")
            )
        lines = LineIndex(text, self.encoding())
        if checked is None:
            draft = Draft(text, quick.diagnostics, lines, path, fmt or _format(path) or "plain")
        else:
            draft = Draft(
                text, checked.result.diagnostics, lines, path, checked.doc.format, checked.doc
            )
        self.drafts[uri] = draft
        return draft

    def show_error_once(self, message: str) -> None:
        if message not in self.errors_shown:
            self.errors_shown.add(message)
            self.window_show_message(
                t.ShowMessageParams(type=t.MessageType.Error, message=f"newslint: {message}")
            )

    def publish(self, uri: str, fast: bool = False) -> None:
        """Check the draft and publish its diagnostics: the fast pass (``fast``), or the
        full check, which is not published again when it found what was published."""
        if uri not in self.workspace.text_documents:
            return
        shown = self.drafts.get(uri)
        text = self.workspace.get_text_document(uri).source
        if not fast and shown is not None and shown.full and shown.text == text:
            return  # the full check of this text is published already
        try:
            draft = self.draft(uri, fast=fast, full=not fast)
        except Exception as exc:  # a bug in a rule: say so, and still answer the editor
            self.show_error_once(f"checking failed: {type(exc).__name__}: {exc}")
            draft = None
        if (
            not fast
            and draft is not None
            and shown is not None
            and shown.text == text
            and shown.diagnostics == draft.diagnostics
        ):
            return  # the fast pass had it right
        diagnostics = [] if draft is None else [to_lsp(d, draft) for d in draft.diagnostics]
        version = self.workspace.get_text_document(uri).version
        self.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def publish_later(self, uri: str) -> None:
        """The fast pass once typing pauses, the full check after a longer pause: each
        change restarts both waits."""
        self.cancel(uri)
        loop = asyncio.get_event_loop()
        self.pending[uri] = [
            loop.call_later(self.debounce, self.publish, uri, True),
            loop.call_later(self.full_debounce, self.publish, uri),
        ]

    def cancel(self, uri: str) -> None:
        for handle in self.pending.pop(uri, ()):
            handle.cancel()

    def forget(self, uri: str) -> None:
        self.cancel(uri)
        self.drafts.pop(uri, None)
        self.checker.forget(uri)

    def recheck_all(self) -> None:
        for uri in list(self.drafts):
            self.checker.forget(uri)  # a word list changed: paragraphs checked alone too
        self.drafts.clear()
        for uri in list(self.workspace.text_documents):
            self.publish(uri)


def _format_known(path: str) -> bool:
    return _format(path) != ""


def _format(path: str | None) -> str:
    from newslint import markup

    return (markup.format_for(path) if path else None) or ""


# --- conversions ---------------------------------------------------------------------------


def lsp_range(draft: Draft, start: int, end: int) -> t.Range:
    (l1, c1), (l2, c2) = draft.lines.position(start), draft.lines.position(end)
    return t.Range(t.Position(l1, c1), t.Position(l2, c2))


def to_lsp(diag: Diagnostic, draft: Draft) -> t.Diagnostic:
    safety = diag.fix.applicability if diag.fix else None
    return t.Diagnostic(
        range=lsp_range(draft, diag.start, diag.end),
        message=diag.message,
        severity=SEVERITY.get(diag.severity, t.DiagnosticSeverity.Warning),
        code=diag.rule,
        source=diag.source,
        data={"rule": diag.rule, "fix": safety},
    )


# --- code actions --------------------------------------------------------------------------


def _wants(only: Sequence[str] | None, kind: str) -> bool:
    return only is None or any(kind == k or kind.startswith(k + ".") for k in only)


def fix_actions(uri: str, draft: Draft, diag: Diagnostic) -> list[t.CodeAction]:
    """One action per candidate text; the first carries the rule's safety, the rest are
    alternatives a person chooses between, so unsafe."""
    if diag.fix is None:
        return []
    actions = []
    flagged = draft.text[diag.start : diag.end]
    for i, replacement in enumerate(diag.replacements):
        edit = Edit(diag.start, diag.end, replacement)
        if not edit_is_clean(draft.doc, edit):
            continue  # its text is split by markup: the writer edits it by hand
        edit = adapt_edit(edit, draft.doc)
        safety = diag.fix.applicability if i == 0 else UNSAFE
        title = f"Replace “{flagged}” with “{replacement}” ({diag.rule}, {safety} fix)"
        actions.append(
            t.CodeAction(
                title=title,
                kind=t.CodeActionKind.QuickFix,
                diagnostics=[to_lsp(diag, draft)],
                edit=t.WorkspaceEdit(
                    changes={
                        uri: [t.TextEdit(lsp_range(draft, edit.start, edit.end), edit.replacement)]
                    }
                ),
                is_preferred=i == 0 and safety == SAFE,
            )
        )
    return actions


def is_spelling(server: NewslintServer, diag: Diagnostic, path: str | None) -> bool:
    """Findings about an unknown word, which a dictionary entry can settle: the rule says
    so, or it is LanguageTool's spell checker."""
    from newslint.engines.languagetool import PREFIX, SPELLER_RULES

    rule = server.checker.rule(diag.rule, path)
    if rule is not None:
        return rule.settled_by_word_list
    return diag.rule.startswith(PREFIX) and diag.rule[len(PREFIX) :].startswith(SPELLER_RULES)


def word_actions(
    server: NewslintServer, uri: str, draft: Draft, diag: Diagnostic
) -> list[t.CodeAction]:
    word = draft.text[diag.start : diag.end].strip()
    if not is_spelling(server, diag, draft.path) or not word or any(c.isspace() for c in word):
        return []
    actions = [
        t.CodeAction(
            title=f"Add “{word}” to the newsroom dictionary",
            kind=t.CodeActionKind.QuickFix,
            diagnostics=[to_lsp(diag, draft)],
            command=t.Command(title="Add to dictionary", command=ADD_WORD, arguments=[word, uri]),
        )
    ]
    if word[:1].isupper():
        actions.append(
            t.CodeAction(
                title=f"Add “{word}” to the names list",
                kind=t.CodeActionKind.QuickFix,
                diagnostics=[to_lsp(diag, draft)],
                command=t.Command(
                    title="Add to names list", command=ADD_NAME, arguments=[word, uri]
                ),
            )
        )
    return actions


def fix_all_edit(server: NewslintServer, uri: str, draft: Draft) -> t.TextEdit | None:
    """The safe fixes, applied until stable as ``--fix`` does, as one edit of the changed part."""

    def lint(text: str) -> tuple[Document, list[Diagnostic]]:
        checked = server.checker.check(text, draft.path, draft.fmt)
        return checked.doc, checked.result.diagnostics

    try:
        fixed = fix_until_stable(draft.text, lint).text
    except WorkspaceError:
        return None
    if fixed == draft.text:
        return None
    old = draft.text
    head = 0
    while head < min(len(old), len(fixed)) and old[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(fixed)) - head and old[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    return t.TextEdit(lsp_range(draft, head, len(old) - tail), fixed[head : len(fixed) - tail])


def code_actions(
    server: NewslintServer, params: t.CodeActionParams
) -> list[t.CodeAction | t.Command]:
    uri = params.text_document.uri
    draft = server.draft(uri)
    if draft is None:
        return []
    only = params.context.only
    rng = params.range
    start = draft.lines.offset(rng.start.line, rng.start.character)
    end = draft.lines.offset(rng.end.line, rng.end.character)
    actions: list[t.CodeAction | t.Command] = []
    if _wants(only, t.CodeActionKind.QuickFix):
        for diag in draft.diagnostics:
            if diag.start <= end and diag.end >= start:
                actions.extend(fix_actions(uri, draft, diag))
                actions.extend(word_actions(server, uri, draft, diag))
    has_safe = any(d.fix is not None and d.fix.applicability == SAFE for d in draft.diagnostics)
    kinds = [k for k in (t.CodeActionKind.QuickFix, FIX_ALL_KIND) if _wants(only, k)]
    if has_safe and kinds:
        edit = fix_all_edit(server, uri, draft)
        if edit is not None:
            for kind in kinds[:1] if only is None else kinds:
                actions.append(
                    t.CodeAction(
                        title="Fix all safe problems (newslint)",
                        kind=kind,
                        edit=t.WorkspaceEdit(changes={uri: [edit]}),
                    )
                )
    return actions


# --- hover ---------------------------------------------------------------------------------


def rule_markdown(server: NewslintServer, diag: Diagnostic, path: str | None) -> str:
    rule = server.checker.rule(diag.rule, path)
    if rule is None:  # an engine's rule (LanguageTool, proselint): its message is all we have
        return f"**{diag.rule}** ({diag.source})\n\n{diag.message}"
    safety = diag.fix.applicability if diag.fix else "none"
    head = f"**{rule.id}** `{rule.name}` · {rule.category} · {diag.severity} · fix: {safety}"
    return f"{head}\n\n{diag.message}\n\n{inspect.cleandoc(rule.docs)}"


def hover(server: NewslintServer, params: t.HoverParams) -> t.Hover | None:
    draft = server.draft(params.text_document.uri)
    if draft is None:
        return None
    at = draft.lines.offset(params.position.line, params.position.character)
    found = [d for d in draft.diagnostics if d.start <= at < d.end or d.start == at == d.end]
    if not found:
        return None
    text = "\n\n---\n\n".join(rule_markdown(server, d, draft.path) for d in found)
    return t.Hover(
        contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=text),
        range=lsp_range(draft, found[0].start, found[0].end),
    )


# --- commands ------------------------------------------------------------------------------


def add_entry(server: NewslintServer, key: str, entry: str, uri: str) -> dict[str, Any]:
    path = to_fs_path(uri) if uri.startswith("file:") else None
    try:
        settings = server.checker.settings_for(path)
    except WorkspaceError as exc:
        return _command_failed(server, str(exc))
    files: tuple[str, ...] = getattr(settings, key)
    if not files:
        example = "desk/words.txt" if key == "dictionary" else "desk/names.toml"
        return _command_failed(
            server, f'no {key} file configured: add {key} = ["{example}"] to .newslint.toml'
        )
    try:
        add = wordlist.add_word if key == "dictionary" else wordlist.add_name
        added = add(files[0], entry)
    except wordlist.WordListError as exc:
        return _command_failed(server, str(exc))
    note = "added to" if added else "already in"
    server.window_show_message(
        t.ShowMessageParams(
            type=t.MessageType.Info, message=f"newslint: “{entry}” {note} {files[0]}"
        )
    )
    server.recheck_all()
    return {"added": added, "path": files[0]}


def _command_failed(server: NewslintServer, message: str) -> dict[str, Any]:
    server.window_show_message(
        t.ShowMessageParams(type=t.MessageType.Error, message=f"newslint: {message}")
    )
    return {"added": False, "error": message}


# --- wiring --------------------------------------------------------------------------------


def build_server(
    checker: Workspace, debounce: float = 0.2, full_debounce: float = 0.75
) -> NewslintServer:
    server = NewslintServer(checker, debounce, full_debounce)

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: t.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: t.DidChangeTextDocumentParams) -> None:
        ls.publish_later(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: t.DidSaveTextDocumentParams) -> None:
        ls.cancel(params.text_document.uri)
        ls.drafts.pop(params.text_document.uri, None)  # a config or pack may have changed too
        ls.publish(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: t.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)
        ls.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    def on_code_action(
        ls: NewslintServer, params: t.CodeActionParams
    ) -> list[t.CodeAction | t.Command]:
        return code_actions(ls, params)

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: NewslintServer, params: t.HoverParams) -> t.Hover | None:
        return hover(ls, params)

    @server.command(ADD_WORD)
    def add_word(ls: NewslintServer, word: str, uri: str) -> dict[str, Any]:
        return add_entry(ls, "dictionary", word, uri)

    @server.command(ADD_NAME)
    def add_name(ls: NewslintServer, name: str, uri: str) -> dict[str, Any]:
        return add_entry(ls, "names", name, uri)

    @server.feature(t.SHUTDOWN)
    def on_shutdown(ls: NewslintServer, params: None) -> None:
        for uri in list(ls.pending):
            ls.forget(uri)
        ls.checker.close()

    return server


def serve(
    cli_values: dict[str, Any],
    config_path: str | None,
    debounce: float,
    full_debounce: float = 0.75,
) -> None:
    """Run the server on standard input and output until the client says exit."""
    server = build_server(Workspace(cli_values, config_path), debounce, full_debounce)
    server.start_io()
