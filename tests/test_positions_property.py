"""Property: for generated Markdown and HTML drafts, every finding's source span
holds exactly the text the rule matched, and line/column point at it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import markup
from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.formats.common import LineIndex
from newslint.linter import check_document
from newslint.rule import Context, Rule
from newslint.settings import Settings

WORDS = st.sampled_from(
    [
        "Sessions",
        "court",
        "ruling",
        "Mañana",
        "naïve",
        "😀",
        "🎉x",
        "Zoë",
        "über",
        "São",
        "Paulo",
        "年",
        "fee",
        "a",
        "the",
        "Orrick's",
        "U.S.",
    ]
)


class EveryWord(Rule):
    """A probe rule reporting every word of the prose."""

    id = "TEST001"
    name = "every-word"
    category = "test"
    message = "word"
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for m in re.finditer(r"[^\W_]+(?:'[^\W_]+)?|😀|🎉", doc.text):
            yield Finding(m.start(), m.end(), m.group())


@st.composite
def inline(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=6))
    out = []
    for w in words:
        style = draw(st.sampled_from(["plain", "plain", "em", "strong", "link", "code", "url"]))
        out.append(
            {
                "plain": w,
                "em": f"*{w}*",
                "strong": f"**{w}**",
                "link": f"[{w}](https://x.org/{w})",
                "code": f"`{w}`",
                "url": "https://example.com/p",
            }[style]
        )
    return " ".join(out)


@st.composite
def markdown_doc(draw: st.DrawFn) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "h", "quote", "list", "fence", "p2"]))
        text = draw(inline())
        blocks.append(
            {
                "p": text,
                "p2": f"{text}\n{draw(inline())}",
                "h": f"## {text}",
                "quote": f"> {text}\n> {draw(inline())}",
                "list": f"- {text}\n- {draw(inline())}",
                "fence": f"```\n{text}\n```",
            }[kind]
        )
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return ("\n\n".join(blocks) + "\n").replace("\n", newline)


@st.composite
def html_doc(draw: st.DrawFn) -> str:
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(1, 5))):
        tag = draw(st.sampled_from(["p", "h2", "li", "blockquote", "pre", "figcaption"]))
        words = draw(st.lists(WORDS, min_size=1, max_size=6))
        inner = "  \n ".join(
            html.escape(w) if draw(st.booleans()) else f"<b>{html.escape(w)}</b>" for w in words
        )
        parts.append(f"<{tag}>{inner}</{tag}>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _check(source: str, fmt: str) -> None:
    doc = markup.parse(source, fmt)
    result = check_document("x", doc, [EveryWord()], Settings())
    index = LineIndex(source)
    lines = source.split("\n")
    for d in result.diagnostics:
        found = source[d.start : d.end]
        expected = d.message
        if fmt == "html":
            found = html.unescape(found)
        assert found == expected, (source, d)
        line, col = index.position(d.start)
        assert lines[line - 1][col - 1 :].startswith(source[d.start : d.end].split("\n")[0])


@settings(max_examples=150, deadline=None)
@given(markdown_doc())
def test_markdown_positions(source: str) -> None:
    _check(source, "markdown")


@settings(max_examples=150, deadline=None)
@given(html_doc())
def test_html_positions(source: str) -> None:
    _check(source, "html")
