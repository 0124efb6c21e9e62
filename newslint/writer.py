"""Writing a fixed draft back: all or nothing, and never over somebody else's edit.

The new text goes to a temporary file in the draft's own folder (same file
system, so the rename is atomic), takes the original's permissions, and
replaces the draft with ``os.replace`` only if the draft still has the size,
modification time and content it had when it was read. A failure at any point
leaves the original untouched and removes the temporary file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newslint.sources import BOM


class WriteError(Exception):
    """The fixed draft could not be written; the original is unchanged."""


class FileChanged(WriteError):
    """The draft changed on disk after it was read, so the fix is not written."""


@dataclass(frozen=True)
class Stamp:
    """What a file looked like when it was read."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, data: bytes, st: os.stat_result) -> Stamp:
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def read_with_stamp(path: str) -> tuple[bytes, Stamp]:
    """The file's bytes and a stamp taken from the same open file."""
    with open(path, "rb") as handle:
        before = os.fstat(handle.fileno())
        data = handle.read()
        after = os.fstat(handle.fileno())
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        # Written to while we read it: a stamp that cannot match makes the write refuse.
        return data, Stamp(-1, -1, "")
    return data, Stamp.of(data, before)


def current_stamp(path: str) -> Stamp | None:
    try:
        return read_with_stamp(path)[1]
    except FileNotFoundError:
        return None


def encode(text: str, bom: bool = False) -> bytes:
    """Drafts are UTF-8 (the reader accepts nothing else); a byte-order mark is kept."""
    return ((BOM if bom else "") + text).encode("utf-8")


def write_atomic(path: str, data: bytes, expect: Stamp | None = None) -> str | None:
    """Replace ``path`` with ``data`` atomically; with ``expect``, only if the file is unchanged.

    Raises FileChanged when the file no longer matches ``expect`` and WriteError
    for any other failure. The original file is intact after either. A file the
    user may not write (read-only, or owned by someone the new file could not be
    given back to) is refused rather than replaced. Returns a note to pass on
    when the write did something a user should know (a hard link split).
    """
    target = os.path.realpath(path)  # write through a symlink, do not replace the link
    folder = os.path.dirname(target) or "."
    try:
        original: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        original = None
    except OSError as exc:
        raise WriteError(f"cannot write: {exc.strerror or exc}") from None
    note = None
    if original is not None:
        _check_writable(target, original)
        if original.st_nlink > 1:
            note = (
                f"had {original.st_nlink} hard links; the fixed draft replaced this name "
                "only, and the other links keep the text as it was"
            )
    try:
        fd, tmp = tempfile.mkstemp(
            dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".newslint-tmp"
        )
    except OSError as exc:
        raise WriteError(f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if original is not None:
            _copy_owner_and_mode(tmp, original)
        if expect is not None and current_stamp(target) != expect:
            raise FileChanged("changed on disk while newslint was fixing it; not overwritten")
        os.replace(tmp, target)
    except FileChanged:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise WriteError(f"cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _discard(tmp)
        raise
    _sync_folder(folder)
    return note


def _check_writable(target: str, original: os.stat_result) -> None:
    """Refuse what the user could not have edited in place: the rename would let them."""
    mode = stat.S_IMODE(original.st_mode)
    # The owner's write bit counts even for root: a 0444 draft was made read-only on purpose.
    if not os.access(target, os.W_OK) or not mode & stat.S_IWUSR:
        raise WriteError(
            f"read-only (mode {mode:o}); not fixed: make it writable (chmod u+w) to apply fixes"
        )
    if hasattr(os, "getuid") and original.st_uid != os.getuid() and os.getuid() != 0:
        raise WriteError(
            f"owned by another user (uid {original.st_uid}); not fixed, because the fixed "
            "copy would belong to you: ask its owner to run the fix"
        )


def _copy_owner_and_mode(tmp: str, original: os.stat_result) -> None:
    os.chmod(tmp, stat.S_IMODE(original.st_mode))
    if hasattr(os, "chown"):
        current = os.stat(tmp)
        if (current.st_uid, current.st_gid) != (original.st_uid, original.st_gid):
            try:
                os.chown(tmp, original.st_uid, original.st_gid)
            except OSError:
                # The owner is ours (checked above); a group we are not in cannot be kept.
                raise WriteError(
                    f"its group (gid {original.st_gid}) cannot be kept by a rewrite; not fixed"
                ) from None


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable where the platform allows it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text(path: str | Path, text: str) -> None:
    """Write a small file newslint owns (a baseline) atomically."""
    write_atomic(str(path), text.encode("utf-8"))
