from __future__ import annotations

from newslint.document import PARAGRAPH
from newslint.markup import parse


def test_plain_text_is_the_source_less_comments_and_urls() -> None:
    src = "One.  Two.\n<!-- newslint-disable -->\nSee https://example.com/x for more.\n"
    doc = parse(src, "plain")
    assert "One.  Two." in doc.text  # spacing kept exactly: a style rule checks it
    assert "newslint-disable" not in doc.text
    assert "example.com" not in doc.text


def test_paragraph_regions() -> None:
    doc = parse("First para\nline two.\n\nSecond para.\n", "plain")
    paras = [doc.text[r.start : r.end] for r in doc.regions if r.kind == PARAGRAPH]
    assert paras == ["First para\nline two.", "Second para."]
