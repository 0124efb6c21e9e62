"""A newsroom's data files (names lists, word lists): each is parsed once per version.

A file's version is its path, modification time and size; a cache keyed on it reads
the file again only when it changes, and a missing or unreadable file is one line.
"""

from __future__ import annotations

import os

from newslint.settings import ConfigError

FileVersion = tuple[str, int, int]


def file_version(path: str, what: str, next_step: str = "") -> FileVersion:
    """``path``'s version; a ConfigError naming the file and ``what`` it is otherwise."""
    try:
        st = os.stat(path)
    except OSError as exc:
        step = f"; {next_step}" if next_step else ""
        raise ConfigError(f"{path}: cannot read {what}: {exc.strerror or exc}{step}") from None
    return (path, st.st_mtime_ns, st.st_size)
