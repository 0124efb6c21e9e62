from __future__ import annotations

from newslint.document import QUOTATION, DocumentBuilder, find_quotations


def test_linear_segments_map_each_character() -> None:
    b = DocumentBuilder("ab**cd**ef", "markdown")
    b.add("ab", 0)
    b.add("cd", 4)
    b.add("ef", 8)
    doc = b.build()
    assert doc.text == "abcdef"
    assert doc.source_span(1, 5) == (1, 9)
    assert doc.source[slice(*doc.source_span(2, 4))] == "cd"


def test_atomic_segment_maps_to_its_edges() -> None:
    b = DocumentBuilder("a &amp; b", "html")
    b.add("a ", 0)
    b.add("&", 2, 7)
    b.add(" b", 7)
    doc = b.build()
    assert doc.text == "a & b"
    assert doc.source_span(2, 3) == (2, 7)
    assert doc.source_span(0, 5) == (0, 9)


def test_empty_span_maps_to_a_point() -> None:
    b = DocumentBuilder("xyz", "plain")
    b.add("xyz", 0)
    assert b.build().source_span(2, 2) == (2, 2)


def test_quotations_curly_straight_and_open_paragraph() -> None:
    text = 'He said “no way,” and "fine" then.\n\n“Open quote runs on\n\n“and closes.”'
    spans = [text[r.start : r.end] for r in find_quotations(text)]
    assert "“no way,”" in spans
    assert '"fine"' in spans
    assert "“Open quote runs on" in spans
    assert all(r.kind == QUOTATION for r in find_quotations(text))


def test_inch_marks_are_not_quotations() -> None:
    # The old form of this test ("== [] or all(... not in r.kind)") could not fail.
    assert find_quotations('A 6" pipe and a 4" pipe.') == []
    # Inch marks beside a real quotation: only the quotation is one.
    text = 'The 12" ruler and the 6" blade, he said "fine" today.'
    assert [text[r.start : r.end] for r in find_quotations(text)] == ['"fine"']
    text = 'He is 6\'2" tall and she said "no."'
    assert [text[r.start : r.end] for r in find_quotations(text)] == ['"no."']


def test_typed_tells_text_that_stands_in_the_source_as_it_is() -> None:
    from newslint import markup

    doc = markup.parse("(By press@example.gov, Joe Ray)  Then  more.", "plain")
    gap = doc.text.index(" ,")  # the address is no prose: its spaces meet the comma
    assert not doc.typed(gap, gap + 2)
    spaces = doc.text.index("  ")
    assert doc.typed(spaces, spaces + 2)  # two spaces typed as they are
