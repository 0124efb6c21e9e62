"""The one analysis of a story: words, sentences, regions, the story's date."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import markup
from newslint.analysis import Analysis, Span, SpanIndex, front_matter_date, parse_date
from newslint.linter import check_text
from newslint.settings import Settings


def analyse(text: str, fmt: str = "plain", date: datetime.date | None = None) -> Analysis:
    return Analysis(markup.parse(text, fmt), date=date)


def starts_of(a: Analysis) -> list[str]:
    return [a.words.texts[i] for i in sorted(a.words.sentence_starts)]


def test_words_have_offsets_into_the_prose() -> None:
    a = analyse("Sessions’s aides don't know 1,200 people.")
    w = a.words
    assert w.texts == ["Sessions’s", "aides", "don't", "know", "1,200", "people", "."]
    assert [a.text[s:e] for s, e in zip(w.starts, w.ends, strict=True)] == w.texts
    assert w[0].lower == "sessions's"
    assert w.find({"know", "people", "absent"}) == [3, 5]


def test_sentence_starts_skip_abbreviations_and_initials() -> None:
    a = analyse('Sen. Ted Cruz spoke. "Yes," said Israel G. Grossman of the U.S. Army. It ended.')
    assert starts_of(a) == ["Sen", "Yes", "It"]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # A quoted question or exclamation before its attribution: one sentence.
        ('"Why?" he asked. It ended.', ["Why", "It"]),
        ("“Stop!” she yelled. Then", ["Stop", "Then"]),
        ("Was it fraud? negligence? No.", ["Was", "No"]),  # a series (Chicago 6.72)
        # A capital after a question mark or a closing quote opens a sentence.
        ("Why? The answer was late.", ["Why", "The"]),
        # A stop inside a word: file names, web addresses, versions.
        ("Open config.toml now. The end", ["Open", "The"]),
        ("Visit example.com today or call.", ["Visit"]),
        # "a.m." may end a sentence (before a capital) or not.
        ("At 10 a.m. the mayor spoke. At 10 a.m. The mayor", ["At", "At", "The"]),
        # An ellipsis may carry the sentence on.
        ("He paused... then left. Wait … then. Wait. . . the end", ["He", "Wait", "Wait"]),
        ("He paused... The end", ["He", "The"]),
        # Abbreviations and initials.
        ("See e.g. this. Id. at 12. J. Smith came. The U.S. is big.", ["See", "Id", "J", "The"]),
        ("The list (cf. the report) ends approx. here.", ["The"]),
        # A stop before a closing bracket or quote: what follows may carry on.
        ("He left (it was late.) then came.", ["He"]),
        # A number's or version's stop is a stop.
        ("Upgrade to v1.2. then restart.", ["Upgrade", "then"]),
    ],
)
def test_sentence_starts_after_marks_that_may_not_end_a_sentence(
    text: str, starts: list[str]
) -> None:
    assert starts_of(analyse(text)) == starts


def test_code_words_are_the_first_words_of_inline_code() -> None:
    md = analyse(
        "Run `make install` or `if-match`.\n\n```\nif this\n```\n\nSee `Cargo.toml`.", "markdown"
    )
    assert md.code_words == {"make", "if-match", "cargo.toml"}
    html = analyse("<p>Type <code>npm ci</code> and <kbd>Enter</kbd>.</p>", "html")
    assert html.code_words == {"npm", "enter"}
    assert analyse("No code here.").code_words == frozenset()


def test_a_wrapped_line_is_not_a_sentence_start() -> None:
    a = analyse("The ruling came from Judge\nWilliam Orrick on Tuesday.")
    assert starts_of(a) == ["The"]


def test_paragraph_and_dateline_starts() -> None:
    a = analyse("PITTSBURGH — A man spoke\n\nnew paragraph here")
    assert starts_of(a) == ["PITTSBURGH", "A", "new"]


def test_sentences_keep_their_opening_quote_and_stop_at_paragraphs() -> None:
    text = "He agreed! “Yes,” he said.\n\nNo end here"
    a = analyse(text)
    assert [text[s:e] for s, e in a.sentences] == ["He agreed!", "“Yes,” he said.", "No end here"]
    assert a.sentence_at(text.index("said")) == a.sentences[1]


def test_headlines_from_markup_and_plain_text() -> None:
    md = analyse("# Judge Blocks Order\n\nThe judge blocked it.\n", "markdown")
    assert [md.text[s:e] for s, e in md.headlines] == ["Judge Blocks Order"]
    plain = analyse("Judge Blocks Order\n\nThe judge blocked it.\n")
    assert plain.headlines.contains(0, 5)
    assert not plain.headlines.contains(plain.text.index("blocked"))


def test_quotations_are_indexed() -> None:
    text = 'He said "it is over" and left.'
    a = analyse(text)
    assert a.quotations.contains(text.index("it is"), text.index(" over") + 5)
    assert not a.quotations.contains(text.index("left"))


def test_story_date_front_matter_then_setting_then_today() -> None:
    source = "---\ntitle: x\ndate: 2017-05-02\n---\nText.\n"
    assert analyse(source, "markdown", date=datetime.date(2020, 1, 1)).date == datetime.date(
        2017, 5, 2
    )
    dated = analyse("Text.", date=datetime.date(2020, 1, 1))
    assert (dated.date, dated.date_source) == (datetime.date(2020, 1, 1), "settings")
    assert analyse("Text.").date == datetime.date.today()
    assert front_matter_date('+++\ndate = "2019-03-04T10:00:00Z"\n+++\n') == datetime.date(
        2019, 3, 4
    )
    assert front_matter_date("date: 2019-03-04\n") is None  # not front matter


def test_date_setting_is_validated() -> None:
    assert parse_date("2017-05-02") == datetime.date(2017, 5, 2)
    try:
        parse_date("May 2")
    except ValueError as exc:
        assert "YYYY-MM-DD" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a bad date was accepted")


def test_rules_receive_the_analysis_of_the_document_they_check() -> None:
    # check_text goes through linter.run_rules, which starts an analysis per document.
    result = check_text("The the judge ruled.", settings=Settings(date="2017-05-02"))
    assert [d.rule for d in result.diagnostics] == ["NL601"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
    st.integers(0, 80),
    st.integers(0, 10),
)
def test_span_index_answers_as_a_scan_would(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    pairs = [(s, s + w) for s, w in spans]
    index = SpanIndex(Span(s, e) for s, e in pairs)
    end = start + width
    assert index.contains(start, end) == any(s <= start and end <= e for s, e in pairs)
    inner = index.find(start, end)
    if inner is None:
        assert not index.contains(start, end)
    else:
        assert inner.start <= start and end <= inner.end


_WORDS = st.sampled_from(["the", "The", "it's", "Its", "1,200", "U.S.", "affect", "Mr.", "é"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30), st.sampled_from([" ", "\n", "\n\n", ", "]))
def test_vocabulary_and_find_match_a_full_scan(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    words = analyse(text).words
    targets = {"the", "it's", "affect", "1,200", "absent"}
    scan = [i for i, lower in enumerate(words.lowers) if lower in targets]
    assert words.find(targets) == scan
    assert words.vocabulary == set(words.lowers)
    analysis = analyse(text)
    for needle in ("the", "affect", "é", "zzz"):
        assert analysis.has_any(needle) == bool(re.search(re.escape(needle), text, re.I))


_PIECES = st.sampled_from(
    ["word", "Cargo.toml", "me@x.org", "@jack", "#tag", "foo_bar", "https://x.y/z?q=1",
     "`a b`", "{{ x }}", "[rfc]", "std::io", "a/b", "U.S.", "e.g.", "`", "{", "_", ".", "mailto:a@b.c", "(mailto:x)"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.sampled_from([" ", "\n", "", "\t", ", "]))
def test_not_words_match_a_full_scan(parts: list[str], sep: str) -> None:
    from newslint.analysis import _NOT_WORDS

    text = sep.join(parts)
    analysis = analyse(text)
    full = [m.span() for m in _NOT_WORDS.finditer(analysis.text)]
    assert [tuple(s) for s in analysis.not_words] == sorted(full)
