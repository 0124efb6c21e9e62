"""Markup parsers: each module has ``parse(source) -> Document``.

The table below maps a format name to its module; file suffixes pick the format.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath

from newslint.document import Document

FORMATS = {
    "plain": "newslint.markup.plain",
    "markdown": "newslint.markup.markdown",
    "html": "newslint.markup.html",
}
SUFFIXES = {
    ".txt": "plain",
    ".text": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def format_for(path: str) -> str | None:
    return SUFFIXES.get(PurePath(path).suffix.lower())


def parse(source: str, fmt: str) -> Document:
    module = importlib.import_module(FORMATS[fmt])
    doc: Document = module.parse(source)
    return doc
