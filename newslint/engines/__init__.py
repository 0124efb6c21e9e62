"""External engines (proselint, LanguageTool) reporting in newslint's format.

``open_engines`` is called once per run with the run's settings; engines that
need a server start it there, and ``close`` stops what was started.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newslint.settings import Settings


def open_engines(settings: Settings, notices: list[str]) -> list[Any]:
    """The engines selected by ``settings``; problems become ``notices`` (one line each)."""
    return []


def close_engines(engines: Sequence[Any]) -> None:
    for engine in engines:
        close = getattr(engine, "close", None)
        if close is not None:
            close()
