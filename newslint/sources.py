"""Reading drafts: bytes in, exact text out, or a one-line reason why not."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

MAX_BYTES = 10 * 1024 * 1024
BOM = "\ufeff"


class InputError(Exception):
    """A file that cannot be checked; the message is one line naming the problem."""


class SourceFile(NamedTuple):
    path: str
    text: str  # decoded, without a byte-order mark
    bom: bool = False


def decode(path: str, data: bytes) -> SourceFile:
    if len(data) > MAX_BYTES:
        mb = len(data) / (1024 * 1024)
        raise InputError(f"file is too large to check ({mb:.1f} MB; the limit is 10 MB)")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not a text draft")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
            "save the draft as UTF-8"
        ) from None
    bom = text.startswith(BOM)
    return SourceFile(path, text[1:] if bom else text, bom)


@contextmanager
def reading() -> Iterator[None]:
    """Turn the operating system's refusals into one-line input errors."""
    try:
        yield
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def read_source(path: str) -> SourceFile:
    if path == "-":
        return decode(path, sys.stdin.buffer.read())
    with reading():
        size = Path(path).stat().st_size
        if Path(path).is_dir():
            raise IsADirectoryError(path)
        if size > MAX_BYTES:  # refuse before reading it all into memory
            mb = size / (1024 * 1024)
            raise InputError(f"file is too large to check ({mb:.1f} MB; the limit is 10 MB)")
        data = Path(path).read_bytes()
    return decode(path, data)
