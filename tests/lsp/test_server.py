"""The language server end to end: a real LSP client talks to `newslint lsp` over stdio."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types as t  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from tests.lsp.client import newslint_client  # noqa: E402

DRAFT = """# Judge hears grant challenge

Attorney General Jeff Sessions spoke in Washington on Monday about the grants.

The case is before the U.S. District Court for the District of Northern California. \
Critics of Session's Justice Department filed briefs there.

The ruling may not, however, effect Sessions's demands on other states, a lawyer said \
after 🗞️ meeting the the judge.

The lawyers will recieve the order on Friday.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / ".newslint.toml").write_text(
        'dictionary = ["words.txt"]\nnames = ["people.toml"]\n[severity]\nNL201 = "error"\n',
        encoding="utf-8",
    )
    (tmp_path / "people.toml").write_text("# the desk's names\n", encoding="utf-8")
    # A word list the config names must exist (a missing one is a config error).
    (tmp_path / "words.txt").write_text("", encoding="utf-8")
    draft = tmp_path / "story.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return tmp_path


client = newslint_client("--debounce", "50")


def _position(text: str, offset: int) -> t.Position:
    """An LSP position in UTF-16 units, computed independently of the server's code."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return t.Position(line, len(text[start:offset].encode("utf-16-le")) // 2)


def _offset(text: str, pos: t.Position) -> int:
    start = sum(len(line) + 1 for line in text.split("\n")[: pos.line])
    units = 0
    for i, char in enumerate(text[start:]):
        if units >= pos.character:
            return start + i
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _apply(text: str, edit: t.TextEdit) -> str:
    start, end = _offset(text, edit.range.start), _offset(text, edit.range.end)
    return text[:start] + edit.new_text + text[end:]


def _range(text: str, needle: str, after: str = "") -> t.Range:
    begin = text.index(needle, text.index(after) if after else 0)
    return t.Range(_position(text, begin), _position(text, begin + len(needle)))


async def _open(client: LanguageClient, path: Path) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            t.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=DRAFT)
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


def _by_rule(client: LanguageClient, uri: str) -> dict[str, list[t.Diagnostic]]:
    out: dict[str, list[t.Diagnostic]] = {}
    for diag in client.diagnostics[uri]:
        out.setdefault(str(diag.code), []).append(diag)
    return out


@pytest.mark.asyncio
async def test_diagnostics_at_exact_ranges(client: LanguageClient, desk: Path) -> None:
    uri = await _open(client, desk / "story.md")
    found = _by_rule(client, uri)
    assert found["NL301"][0].range == _range(DRAFT, "District of Northern California")
    assert found["NL101"][0].range == _range(DRAFT, "Session's")
    assert found["NL201"][0].range == _range(DRAFT, "effect")
    assert found["NL103"][0].range == _range(DRAFT, "Sessions's")
    # The draft's own config was found: NL201 raised to an error for this folder.
    assert found["NL201"][0].severity == t.DiagnosticSeverity.Error
    assert found["NL101"][0].severity == t.DiagnosticSeverity.Error
    assert found["NL103"][0].severity == t.DiagnosticSeverity.Warning
    # After an emoji (two UTF-16 units), columns are still right.
    assert "NL601" in found and found["NL601"][0].range == _range(DRAFT, "the the")


@pytest.mark.asyncio
async def test_code_action_fixes_and_the_diagnostic_goes(
    client: LanguageClient, desk: Path
) -> None:
    uri = await _open(client, desk / "story.md")
    effect = _range(DRAFT, "effect")
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri),
            range=effect,
            context=t.CodeActionContext(diagnostics=list(client.diagnostics[uri])),
        )
    )
    assert actions is not None
    titles = [a.title for a in actions]
    assert "Replace “effect” with “affect” (NL201, unsafe fix)" in titles
    assert "Fix all safe problems (newslint)" in titles
    action = next(a for a in actions if isinstance(a, t.CodeAction) and "affect" in a.title)
    assert action.edit is not None and action.edit.changes is not None
    (edit,) = action.edit.changes[uri]
    assert edit.range == effect and edit.new_text == "affect"

    # The client applies the edit and tells the server, as an editor does.
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                t.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            ],
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    found = _by_rule(client, uri)
    assert "NL201" not in found
    assert {"NL101", "NL103", "NL301", "NL601"} <= set(found)


@pytest.mark.asyncio
async def test_fix_all_safe_applies_only_safe_fixes(client: LanguageClient, desk: Path) -> None:
    uri = await _open(client, desk / "story.md")
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri),
            range=t.Range(t.Position(0, 0), t.Position(0, 0)),
            context=t.CodeActionContext(diagnostics=[], only=["source.fixAll"]),
        )
    )
    assert actions is not None
    (action,) = actions
    assert isinstance(action, t.CodeAction) and action.kind == "source.fixAll.newslint"
    assert action.edit is not None and action.edit.changes is not None
    (edit,) = action.edit.changes[uri]
    fixed = _apply(DRAFT, edit)
    # The doubled word (a safe fix) goes; "effect" and the names (unsafe) stay for a person.
    assert fixed == DRAFT.replace("the the judge", "the judge")


@pytest.mark.asyncio
async def test_hover_shows_the_rule_docs(client: LanguageClient, desk: Path) -> None:
    uri = await _open(client, desk / "story.md")
    where = _range(DRAFT, "effect").start
    result = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(where.line, where.character + 2))
    )
    assert result is not None and isinstance(result.contents, t.MarkupContent)
    assert result.contents.value.startswith("**NL201**")
    assert "affect" in result.contents.value
    assert result.range == _range(DRAFT, "effect")


@pytest.mark.asyncio
async def test_add_to_dictionary_and_names(client: LanguageClient, desk: Path) -> None:
    uri = await _open(client, desk / "story.md")
    for word in ("Orrick", "Orrick", "bodega"):
        await client.workspace_execute_command_async(
            t.ExecuteCommandParams(command="newslint.addToDictionary", arguments=[word, uri])
        )
    assert (desk / "words.txt").read_text(encoding="utf-8") == "Orrick\nbodega\n"
    result = await client.workspace_execute_command_async(
        t.ExecuteCommandParams(command="newslint.addToNames", arguments=["William Orrick", uri])
    )
    assert result == {"added": True, "path": str(desk / "people.toml")}
    names = (desk / "people.toml").read_text(encoding="utf-8")
    assert names == '# the desk\'s names\n\n[[person]]\nname = "William Orrick"\n'


@pytest.mark.asyncio
async def test_bad_config_is_one_message(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / ".newslint.toml").write_text('stlye = "ap"\n', encoding="utf-8")
    (tmp_path / "story.md").write_text(DRAFT, encoding="utf-8")
    uri = await _open(client, tmp_path / "story.md")
    assert list(client.diagnostics[uri]) == []
    (message,) = client.messages
    assert message.type == t.MessageType.Error
    assert "unknown key 'stlye'" in message.message and ".newslint.toml" in message.message


@pytest.mark.asyncio
async def test_a_misspelling_offers_its_fix_and_the_dictionary(
    client: LanguageClient, desk: Path
) -> None:
    uri = await _open(client, desk / "story.md")
    found = _by_rule(client, uri)
    assert found["NL602"][0].range == _range(DRAFT, "recieve")
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri),
            range=_range(DRAFT, "recieve"),
            context=t.CodeActionContext(diagnostics=found["NL602"]),
        )
    )
    assert actions is not None
    titles = [a.title for a in actions]
    assert "Replace “recieve” with “receive” (NL602, unsafe fix)" in titles
    assert "Add “recieve” to the newsroom dictionary" in titles
