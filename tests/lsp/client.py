"""The LSP test client: a real client over stdio talking to ``newslint lsp``."""

from __future__ import annotations

import sys
from typing import Any

import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient


def newslint_client(*server_flags: str) -> Any:
    """A pytest fixture: a client that starts ``newslint lsp`` with these flags
    (LanguageTool off), initialises a session and shuts it down after the test."""

    @pytest_lsp.fixture(
        config=ClientServerConfig(
            server_command=[sys.executable, "-m", "newslint", "lsp", *server_flags],
            server_env={"NEWSLINT_LANGUAGETOOL": "off"},
        )
    )
    async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
        await lsp_client.initialize_session(
            t.InitializeParams(capabilities=t.ClientCapabilities(), root_uri=None)
        )
        yield
        await lsp_client.shutdown_session()

    return client
