"""The server's two passes over a real LSP client: the fast pass after an edit, then the
full check, whose diagnostics are exactly those of ``newslint check``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types as t  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from tests.lsp.client import newslint_client  # noqa: E402

STORY = """# Council weighs a new budget

Mayor Linda Okafor said on Tuesday that the city would cut its spending by 5 percent.

The council met at 7 p.m. and voted 6-3 to send the plan to a committee.

Okafor said the cuts would not touch police or fire services.
"""
BEFORE = "Okafor said the cuts would not touch"
AFTER = "Okafer said the the cuts would not touch"


client = newslint_client("--debounce", "0", "--full-debounce", "400")


def _range(text: str, needle: str) -> t.Range:
    start = text.index(needle)
    line = text.count("\n", 0, start)
    col = start - (text.rfind("\n", 0, start) + 1)
    return t.Range(t.Position(line, col), t.Position(line, col + len(needle)))


def _found(diagnostics: list[t.Diagnostic]) -> set[tuple[str, int, int, int, int, str]]:
    return {
        (
            str(d.code),
            d.range.start.line,
            d.range.start.character,
            d.range.end.line,
            d.range.end.character,
            d.message,
        )
        for d in diagnostics
    }


def _cli(path: Path) -> set[tuple[str, int, int, int, int, str]]:
    out = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
        check=False,
    )
    return {
        (
            d["rule"],
            d["line"] - 1,
            d["column"] - 1,
            d["end_line"] - 1,
            d["end_column"] - 1,
            d["message"],
        )
        for d in json.loads(out.stdout)["diagnostics"]
    }


@pytest.mark.asyncio
async def test_fast_pass_then_the_full_check(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / ".newslint.toml").write_text('style = "ap"\n', encoding="utf-8")
    draft = tmp_path / "story.md"
    draft.write_text(STORY, encoding="utf-8")
    uri = draft.as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, STORY))
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert _found(list(client.diagnostics[uri])) == _cli(draft)

    # The writer misspells the name set in the first paragraph and doubles a word.
    edited = STORY.replace(BEFORE, AFTER)
    where = _range(STORY, BEFORE)
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [t.TextDocumentContentChangePartial(range=where, text=AFTER)],
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    fast = list(client.diagnostics[uri])
    # The fast pass: the doubled word (a paragraph's own finding) at once, exactly placed;
    # the misspelled name needs the whole story, so it waits for the full check.
    codes = {str(d.code): d for d in fast}
    assert codes["NL601"].range == _range(edited, "the the")
    assert "NL101" not in codes

    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    full = list(client.diagnostics[uri])
    assert _range(edited, "Okafer") in [d.range for d in full if d.code == "NL101"]
    draft.write_text(edited, encoding="utf-8")
    assert _found(full) == _cli(draft)
