from __future__ import annotations

import re

from newslint.document import CAPTION, HEADING, LIST_ITEM, PARAGRAPH, QUOTATION
from newslint.markup import parse

SRC = """<html><head><title>Not prose</title><style>p{color:red}</style></head><body>
<h1>Big &amp; bold</h1>
<p>First   line
   wraps <a href="https://example.com/x">a link</a> and <code>x = 1</code> “a quote” here.</p>
<pre>preformatted words</pre>
<figure><img src="a.png" alt="alt"><figcaption>Photo 😀 caption</figcaption></figure>
<ul><li>One item</li></ul><!-- a comment --><script>var s = "no";</script>
</body></html>"""


def test_text_and_regions() -> None:
    doc = parse(SRC, "html")
    assert "Not prose" not in doc.text and "color" not in doc.text
    assert "preformatted" not in doc.text and "x = 1" not in doc.text
    assert "comment" not in doc.text and "var s" not in doc.text
    assert "example.com" not in doc.text
    assert "First line wraps a link and “a quote” here." in doc.text

    def kinds(needle: str) -> set[str]:
        at = doc.text.index(needle)
        return {r.kind for r in doc.regions_at(at, at + len(needle))}

    assert HEADING in kinds("Big & bold")
    assert PARAGRAPH in kinds("First line")
    assert CAPTION in kinds("Photo")
    assert LIST_ITEM in kinds("One item")
    assert QUOTATION in kinds("“a quote”")


def test_words_map_back_exactly() -> None:
    doc = parse(SRC, "html")
    for m in re.finditer(r"\w+", doc.text):
        s, e = doc.source_span(m.start(), m.end())
        assert SRC[s:e] == m.group()


def test_whitespace_run_reads_as_one_space_mapped_to_the_run() -> None:
    doc = parse("<p>a   b</p>", "html")
    assert doc.text.strip() == "a b"
