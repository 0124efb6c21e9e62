"""Reading drafts: bytes in, exact text out, or a one-line reason why not."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

MAX_BYTES = 10 * 1024 * 1024
BOM = "\ufeff"


def _too_large(mb: float) -> str:
    return f"file is too large to check ({mb:.1f} MB; the limit is 10 MB); split the draft"


class InputError(Exception):
    """A file that cannot be checked; the message is one line naming the problem."""


class SourceFile(NamedTuple):
    path: str
    text: str  # decoded, without a byte-order mark
    bom: bool = False


# Byte-order marks of the encodings a word processor may save a draft in; UTF-32 first,
# because its little-endian mark begins with UTF-16's.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def decode(path: str, data: bytes) -> SourceFile:
    if len(data) > MAX_BYTES:
        mb = len(data) / (1024 * 1024)
        raise InputError(_too_large(mb))
    for mark, encoding in _WIDE_BOMS:
        if data.startswith(mark):
            # Read, but --fix would have to write it back in UTF-16: one encoding, said plainly.
            raise InputError(
                f"{encoding} text (it starts with a {encoding} byte-order mark); "
                "save the draft as UTF-8"
            )
    if b"\x00" in data[:8192]:
        raise InputError(
            "binary file (contains NUL bytes), not a text draft; "
            "exclude it, or export the draft as text"
        )
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
        raise InputError("no such file or directory; check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory; name the folder itself to check its drafts") from None
    except NotRegularFile as exc:
        raise InputError(str(exc)) from None
    except PermissionError:
        raise InputError("permission denied; make the file readable (chmod u+r)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symbolic link loop; fix or remove the link") from None
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


class NotRegularFile(OSError):
    """A FIFO, socket or device: opening it may wait forever for a writer."""


def kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def require_regular(path: str) -> os.stat_result:
    """The file's status, after making sure reading it cannot block (it is a regular file)."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(
            f"{kind_of(st.st_mode)}, not a draft; pass its text on standard input with '-'"
        )
    return st


def read_source(path: str) -> SourceFile:
    if path == "-":
        return decode(path, sys.stdin.buffer.read())
    with reading():
        size = require_regular(path).st_size
        if size > MAX_BYTES:  # refuse before reading it all into memory
            raise InputError(_too_large(size / (1024 * 1024)))
        data = Path(path).read_bytes()
    return decode(path, data)
