"""Large drafts: every per-finding step is O(log n), and rules see bounded windows."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint import linter, markup
from newslint.diagnostics import Finding
from newslint.document import Document, Region
from newslint.linter import check_document, windows
from newslint.rule import Context, Rule
from newslint.rules.typos import DoubledWord
from newslint.settings import Settings

spans = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))
kinds = st.sampled_from(["paragraph", "quotation", "heading"])


@given(st.lists(st.tuples(kinds, spans), max_size=25), st.lists(spans, max_size=20))
def test_region_index_answers_as_a_scan_would(regions: list, queries: list) -> None:
    doc = Document("x" * 100, "x" * 100, [], [Region(k, s, e) for k, (s, e) in regions])
    for start, end in queries:
        for kind in ("paragraph", "quotation", "heading"):
            scan = any(r.kind == kind and r.start <= start and end <= r.end for r in doc.regions)
            assert doc.in_region(kind, start, end) is scan
        # Outermost first; regions with the same span may come in either order.
        order = lambda r: (r.start, -r.end, r.kind)  # noqa: E731
        expected = sorted((r for r in doc.regions if r.start <= start and end <= r.end), key=order)
        found = doc.regions_at(start, end)
        assert [(r.start, -r.end) for r in found] == [(r.start, -r.end) for r in expected]
        assert sorted(found, key=order) == expected


def test_region_lookups_do_not_scan_every_region() -> None:
    # 100,000 quotations and as many lookups: a scan per lookup is 10^10 steps (hours).
    n = 100_000
    regions = [Region("quotation", 10 * i, 10 * i + 5) for i in range(n)]
    doc = Document("x" * 10 * n, "x" * 10 * n, [], regions)
    rng = random.Random(0)
    started = time.monotonic()
    hits = sum(
        doc.in_region("quotation", p, p + 2) for p in (rng.randrange(10 * n) for _ in range(n))
    )
    assert time.monotonic() - started < 10  # a hang guard, not a timing claim
    assert 0 < hits < n


class _WindowSpy(Rule):
    id = "T900"
    name = "window-spy"

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        self.sizes.append(len(doc.text))
        return iter(())


def test_a_large_draft_is_checked_in_windows_with_the_same_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paragraphs = [f"Story {i} said the the council met on day {i}." for i in range(400)]
    source = "\n\n".join(paragraphs) + "\n"
    doc = markup.parse(source, "plain")
    whole = check_document("x", doc, [DoubledWord()], Settings())
    monkeypatch.setattr(linter, "WINDOW", 1000)
    spy = _WindowSpy()
    parts = check_document("x", doc, [DoubledWord(), spy], Settings())
    assert max(spy.sizes) <= 1000 and len(spy.sizes) == len(windows(doc.text, 1000)) > 10
    assert parts.diagnostics == whole.diagnostics
    assert len(parts.diagnostics) == 400


def test_windows_cover_the_text_and_cut_at_paragraphs_then_sentences_then_spaces() -> None:
    text = ("A sentence here. " * 30 + "\n\n") * 20
    cuts = windows(text, 600)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(cuts))
    assert all(text[e - 2 : e] == "\n\n" for _, e in cuts[:-1])
    one_line = "A sentence here. " * 200
    assert all(one_line[e - 2 : e] == ". " for _, e in windows(one_line, 600)[:-1])
    words = "word " * 400
    assert all(words[e - 1] == " " for _, e in windows(words, 600)[:-1])
