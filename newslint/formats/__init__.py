"""Output formats: each module has ``render(report) -> str``; the table maps names to modules.

Formatters are the only place where source offsets become lines and columns.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

FORMATS = {
    "text": "newslint.formats.text",
    "json": "newslint.formats.json",
    "sarif": "newslint.formats.sarif",
    "github": "newslint.formats.github",
    "gitlab": "newslint.formats.gitlab",
}


def renderer(name: str) -> Callable[..., str]:
    module = importlib.import_module(FORMATS[name])
    render: Callable[..., str] = module.render
    return render
