"""Atomic writes: all or nothing, shape preserved, never over somebody else's save."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

import pytest

from newslint import writer
from newslint.writer import FileChanged, WriteError, encode, read_with_stamp, write_atomic

ORIGINAL = "The council met on Tuesday.\r\n"
FIXED = "The council met Tuesday.\r\n"


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".newslint-tmp")]


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_bytes(encode(ORIGINAL, bom=True))
    path.chmod(0o604)
    return path


def test_write_replaces_content_and_keeps_mode(draft: Path) -> None:
    data, stamp = read_with_stamp(str(draft))
    assert data == encode(ORIGINAL, bom=True)
    write_atomic(str(draft), encode(FIXED, bom=True), stamp)
    assert draft.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode()
    assert draft.stat().st_mode & 0o777 == 0o604
    assert leftovers(draft.parent) == []


def test_encode_keeps_the_byte_order_mark_only_when_asked() -> None:
    assert encode("é") == "é".encode()
    assert encode("é", bom=True) == b"\xef\xbb\xbf" + "é".encode()


def test_a_file_changed_after_reading_is_not_overwritten(draft: Path) -> None:
    _, stamp = read_with_stamp(str(draft))
    draft.write_text("An editor saved a new lead.\n")
    with pytest.raises(FileChanged):
        write_atomic(str(draft), encode(FIXED), stamp)
    assert draft.read_text() == "An editor saved a new lead.\n"
    assert leftovers(draft.parent) == []


def test_same_size_edit_is_caught_by_the_hash(draft: Path) -> None:
    _, stamp = read_with_stamp(str(draft))
    before = draft.stat()
    swapped = encode(ORIGINAL.replace("Tuesday", "Thursdy"), bom=True)
    draft.write_bytes(swapped)
    os.utime(draft, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime
    with pytest.raises(FileChanged):
        write_atomic(str(draft), encode(FIXED), stamp)
    assert draft.read_bytes() == swapped


def test_a_deleted_file_is_not_recreated(draft: Path) -> None:
    _, stamp = read_with_stamp(str(draft))
    draft.unlink()
    with pytest.raises(FileChanged):
        write_atomic(str(draft), encode(FIXED), stamp)
    assert not draft.exists()


def test_interrupted_rename_leaves_the_original(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, stamp = read_with_stamp(str(draft))

    def power_cut(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(writer.os, "replace", power_cut)
    with pytest.raises(WriteError, match="Input/output error"):
        write_atomic(str(draft), encode(FIXED, bom=True), stamp)
    assert draft.read_bytes() == encode(ORIGINAL, bom=True)
    assert leftovers(draft.parent) == []


class HalfWrite:
    """A file that takes half the bytes, then reports a full disk."""

    def __init__(self, real: BinaryIO, sizes: list[int]) -> None:
        self.real = real
        self.sizes = sizes

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        self.sizes.append(os.fstat(self.real.fileno()).st_size)
        raise OSError(28, "No space left on device")

    def __enter__(self) -> HalfWrite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def test_failure_half_way_through_writing_leaves_the_original(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills after half the new text is written: nothing reaches the draft."""
    _, stamp = read_with_stamp(str(draft))
    real_fdopen = os.fdopen
    sizes: list[int] = []

    def fdopen(fd: int, mode: str) -> HalfWrite:
        return HalfWrite(real_fdopen(fd, mode), sizes)

    monkeypatch.setattr(writer.os, "fdopen", fdopen)
    with pytest.raises(WriteError, match="No space left"):
        write_atomic(str(draft), encode(FIXED * 1000, bom=True), stamp)
    monkeypatch.undo()
    assert sizes and 0 < sizes[0] < len(encode(FIXED * 1000, bom=True))  # it did start writing
    assert draft.read_bytes() == encode(ORIGINAL, bom=True)
    assert leftovers(draft.parent) == []


def test_keyboard_interrupt_cleans_up_and_propagates(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(draft), encode(FIXED))
    assert draft.read_bytes() == encode(ORIGINAL, bom=True)
    assert leftovers(draft.parent) == []


def test_temporary_file_is_in_the_same_folder(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same folder, same file system: the rename is atomic, never a copy across devices."""
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(src)
        real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", spy)
    write_atomic(str(draft), encode(FIXED))
    assert Path(seen[0]).parent == draft.parent


def test_missing_folder_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="cannot write"):
        write_atomic(str(tmp_path / "gone" / "story.txt"), encode(FIXED))
    assert not (tmp_path / "gone").exists()


def test_write_text_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    writer.write_text(target, "{}\n")
    assert target.read_text() == "{}\n"


def test_a_read_only_draft_is_refused_and_left_alone(draft: Path) -> None:
    draft.chmod(0o444)
    before = draft.stat()
    with pytest.raises(WriteError) as info:
        write_atomic(str(draft), encode(FIXED))
    assert str(info.value) == (
        "read-only (mode 444); not fixed: make it writable (chmod u+w) to apply fixes"
    )
    after = draft.stat()
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert draft.read_bytes() == encode(ORIGINAL, bom=True)
    assert leftovers(draft.parent) == []


def test_a_hard_linked_draft_is_replaced_with_a_note(draft: Path) -> None:
    twin = draft.parent / "twin.txt"
    os.link(draft, twin)
    note = write_atomic(str(draft), encode(FIXED))
    assert note == (
        "had 2 hard links; the fixed draft replaced this name only, "
        "and the other links keep the text as it was"
    )
    assert draft.read_bytes() == encode(FIXED)
    assert twin.read_bytes() == encode(ORIGINAL, bom=True)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners")
def test_a_draft_owned_by_someone_else_is_not_given_away(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: this process acts as a user who may edit the file but does not own it.
    draft.chmod(0o666)
    owner = draft.stat().st_uid
    monkeypatch.setattr(os, "getuid", lambda: owner + 1)
    with pytest.raises(WriteError) as info:
        write_atomic(str(draft), encode(FIXED))
    assert str(info.value).startswith(f"owned by another user (uid {owner}); not fixed")
    assert draft.read_bytes() == encode(ORIGINAL, bom=True)
    assert leftovers(draft.parent) == []
