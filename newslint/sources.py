"""Reading drafts: bytes in, exact text out, or a one-line reason why not."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
BOM = "\ufeff"


class InputError(Exception):
    """A file that cannot be checked; the message is one line naming the problem."""


@dataclass(frozen=True)
class SourceFile:
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


def read_source(path: str) -> SourceFile:
    if path == "-":
        return decode(path, sys.stdin.buffer.read())
    target = Path(path)
    if not target.exists():
        raise InputError("no such file or directory")
    if target.is_dir():
        raise InputError("is a directory")
    try:
        size = target.stat().st_size
        if size > MAX_BYTES:
            mb = size / (1024 * 1024)
            raise InputError(f"file is too large to check ({mb:.1f} MB; the limit is 10 MB)")
        data = target.read_bytes()
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    return decode(path, data)
