"""newslint's cache folder (LanguageTool answers, parsed names lists).

``NEWSLINT_CACHE_DIR`` moves it; otherwise it is the user's cache folder
(``~/.cache/newslint`` on Linux). A cache is only ever a speed-up: anything
unreadable in it is ignored and rebuilt.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("NEWSLINT_CACHE_DIR")
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("newslint")
    return Path(base)


def load_pickle(name: str) -> Any | None:
    try:
        with (cache_dir() / name).open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, truncated, from another version: rebuild
        return None


def store_pickle(name: str, value: Any) -> None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / name)
    except OSError:
        pass  # a read-only home folder: run without the cache
