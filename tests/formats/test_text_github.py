from __future__ import annotations

from newslint.formats.common import Report
from newslint.formats.github import render as github
from newslint.formats.text import render as text
from newslint.linter import check_text


def _report() -> Report:
    return Report([check_text("Tab\there: the the, 50% done\n", path="a,b.txt")], checked=1)


def test_text_line() -> None:
    first = text(_report()).splitlines()[0]
    assert (
        first == "a,b.txt:1:11: error NL601 Doubled word: 'the' appears twice. (suggestion: 'the')"
    )


def test_github_annotation_escapes() -> None:
    line = github(_report()).splitlines()[0]
    assert line.startswith(
        "::error file=a%2Cb.txt,line=1,col=11,endLine=1,endColumn=18,title=NL601::"
    )
    assert line.endswith("(suggestion: the)")
