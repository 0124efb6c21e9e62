"""Adding an entry to a newsroom's word list or names list, atomically.

The dictionary (config key ``dictionary``) is plain text, one word a line, UTF-8;
``#`` starts a comment line. Names lists are the TOML or CSV files of the ``names``
key. An entry is appended only when it is not there already; the file is created
when missing (its folder must exist) and is written with the same guarantees as
``--fix``: all or nothing, and never over an edit made meanwhile.
"""

from __future__ import annotations

import os

from newslint.writer import Stamp, WriteError, read_with_stamp, write_atomic


class WordListError(Exception):
    """The entry could not be added; the message is one line naming the file."""


def _clean(entry: str, what: str) -> str:
    entry = entry.strip()
    if not entry or any(c in entry for c in "\r\n\x00"):
        raise WordListError(f"not a {what}: {entry!r} (one line of text expected)")
    return entry


def _read(path: str) -> tuple[str, Stamp | None]:
    if not os.path.exists(path):
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):
            raise WordListError(f"{path}: its folder does not exist; create it first")
        return "", None
    try:
        data, stamp = read_with_stamp(path)
        return data.decode("utf-8"), stamp
    except UnicodeDecodeError:
        raise WordListError(f"{path}: not valid UTF-8; save it as UTF-8") from None
    except OSError as exc:
        raise WordListError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _append(path: str, text: str, stamp: Stamp | None, addition: str) -> None:
    if text and not text.endswith("\n"):
        text += "\n"
    try:
        write_atomic(path, (text + addition).encode("utf-8"), stamp)
    except WriteError as exc:
        raise WordListError(f"{path}: {exc}") from None


def add_word(path: str, word: str) -> bool:
    """Append ``word`` to the plain-text dictionary; False when it is already listed."""
    word = _clean(word, "word")
    text, stamp = _read(path)
    listed = {line.strip() for line in text.splitlines() if not line.lstrip().startswith("#")}
    if word in listed:
        return False
    _append(path, text, stamp, word + "\n")
    return True


def add_name(path: str, name: str) -> bool:
    """Append a person to a names list (TOML ``[[person]]`` or a CSV row); False if listed."""
    name = _clean(name, "name")
    text, stamp = _read(path)
    if path.lower().endswith(".csv"):
        import csv
        import io

        rows = list(csv.reader(io.StringIO(text)))
        if any(row and row[0].strip() == name for row in rows):
            return False
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if not rows:
            writer.writerow(["name"])
        writer.writerow([name])
        _append(path, text, stamp, out.getvalue())
        return True
    if text:
        from pathlib import Path

        from newslint.settings import ConfigError, read_config  # TOML, one-line errors

        try:
            people = read_config(Path(path)).get("person", [])
        except ConfigError as exc:
            raise WordListError(str(exc)) from None
        if any(isinstance(p, dict) and p.get("name") == name for p in people):
            return False
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    _append(path, text, stamp, f'\n[[person]]\nname = "{quoted}"\n')
    return True
