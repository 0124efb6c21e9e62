from __future__ import annotations

from newslint.lsp.positions import LineIndex


def test_utf16_columns_and_crlf() -> None:
    text = "a🗞b\r\nsecond\rthird\nfourth"
    index = LineIndex(text)
    assert index.position(text.index("b")) == (0, 3)  # the emoji is two UTF-16 units
    assert index.position(text.index("second")) == (1, 0)
    assert index.position(text.index("third")) == (2, 0)  # a lone CR ends a line too
    assert index.position(len(text)) == (3, 6)
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset] != "\r" or text[offset : offset + 1] != "\n":
            assert index.offset(*index.position(offset)) == offset


def test_other_encodings_and_clamping() -> None:
    text = "é🗞x\n"
    assert LineIndex(text, "utf-8").position(3) == (0, 7)
    assert LineIndex(text, "utf-32").position(3) == (0, 3)
    assert LineIndex(text).offset(0, 99) == 3  # past the line's end: its end
    assert LineIndex(text).offset(9, 0) == len(text)
