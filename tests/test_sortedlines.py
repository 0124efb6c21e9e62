"""newslint/sortedlines.py: shipped tables searched where they lie."""

from __future__ import annotations

from pathlib import Path

from newslint.sortedlines import SortedLines


def _sorted_lines(tmp_path: Path, lines: list[str]) -> SortedLines:
    path = tmp_path / "table.tsv"
    path.write_bytes("".join(lines).encode("utf-8"))
    return SortedLines(path.read_bytes())


def test_sorted_lines_finds_every_line_across_stretches(tmp_path: Path) -> None:
    # Enough lines for many stretches, with a header line that has no tab.
    keys = sorted(f"w{n:05d}" for n in range(0, 20000, 3))
    table = _sorted_lines(tmp_path, ["# header\n", *(f"{k}\tv{k}\n" for k in keys)])
    assert len(table._index()) > 5  # several stretches: the bisection is exercised
    for k in keys[:50] + keys[-50:] + keys[::97]:
        assert table.line(k.encode()) == f"v{k}".encode()
    for missing in ("w00001", "w99999", "a", "", "w0000", "w000000"):
        assert table.line(missing.encode()) is None
    data = table.data
    at = table.first_at_or_after(b"w00001")
    assert data[at : at + 6] == b"w00003"
    assert table.first_at_or_after(b"zzz") == len(data)


def test_sorted_lines_reads_a_last_line_without_a_newline(tmp_path: Path) -> None:
    table = _sorted_lines(tmp_path, ["alpha\t1\n", "beta\t2\n", "gamma\t3"])
    assert table.line(b"alpha") == b"1"
    assert table.line(b"gamma") == b"3"
    assert table.line(b"delta") is None
