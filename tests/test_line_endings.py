"""Line endings: CRLF, bare CR and mixed drafts keep every word and every line break under --fix."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import markup
from newslint.diagnostics import Diagnostic
from newslint.document import PARAGRAPH, Document
from newslint.fixer import fix_until_stable, wanted
from newslint.formats.common import LineIndex
from newslint.linter import all_rules, check_document, selected_rules, selector_for
from newslint.rule import Rule
from newslint.settings import Settings
from tests.cli import newslint

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
_BREAK = re.compile(r"\r\n|\r|\n")


def test_crlf_blank_line_ends_a_plain_paragraph() -> None:
    doc = markup.parse(
        "Budget passes in a close vote\r\n\r\nVote counts were not released.\r\n", "plain"
    )
    paras = [doc.text[r.start : r.end] for r in doc.regions if r.kind == PARAGRAPH]
    assert paras == ["Budget passes in a close vote", "Vote counts were not released."]


def test_bare_cr_lines_are_lines() -> None:
    source = "One line.\r\rAnother line.\r"
    doc = markup.parse(source, "plain")
    assert doc.text == "One line.\n\nAnother line.\n"
    # The prose's line break maps back to the source's CR, character for character.
    assert doc.source_span(9, 10) == (9, 10)
    assert LineIndex(source).position(source.index("Another")) == (3, 1)


def test_crlf_maps_each_break_to_both_characters() -> None:
    source = "Vote.\r\nCount."
    doc = markup.parse(source, "plain")
    assert doc.text == "Vote.\nCount."
    assert doc.source_span(5, 6) == (5, 7)
    assert doc.source_span(6, 11) == (7, 12)


def test_fix_keeps_a_crlf_draft_whole(tmp_path: Path) -> None:
    draft = tmp_path / "a.txt"
    original = b"Budget passes in a close vote\r\n\r\nVote counts were not released.\r\n"
    draft.write_bytes(original)
    proc = newslint("check", "--fix", "a.txt", cwd=tmp_path)
    assert draft.read_bytes() == original
    assert proc.returncode == 0, proc.stderr


def test_doubled_word_in_a_cr_draft_is_on_its_editor_line(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"A close vote\r\rThe count was the the same.\r")
    # One rule's position is the point here (NL609 also reads "count" as "court": a
    # known false alarm of the word-pair model, noted in its issue).
    proc = newslint("check", "--select", "NL601", "b.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.startswith("b.txt:3:15: error NL601 ")


def test_a_finding_across_a_blank_line_is_dropped() -> None:
    from tests.test_fixer import Swap  # a test rule that matches any pattern

    doc = markup.parse("It was a vote\n\nVote counts.\n", "plain")
    found = check_document("x", doc, [Swap("T1", r"vote\s+Vote", "vote")], Settings())
    assert found.diagnostics == []


def test_a_fix_that_deletes_a_line_break_is_refused_unless_it_says_so() -> None:
    from tests.test_fixer import Swap, linter

    outcome = fix_until_stable(
        "Vote\ncounts.\n", linter([Swap("T1", r"Vote\ncounts", "Vote counts")])
    )
    assert outcome.text == "Vote\ncounts.\n"
    assert [d.rule for d in outcome.joining] == ["T1"]


# --- property: random drafts with every kind of line ending ---------------------------------

WORDS = st.sampled_from(
    [
        "vote",
        "Vote",
        "the",
        "The",
        "counts",
        "were",
        "not",
        "released.",
        "it's",
        "its",
        "a",
        "close",
        "budget",
        "passes",
        "Gov.",
        "percent",
        "5",
        "%",
        "  ",
        "\t",
        "said",
        "Mr.",
    ]
)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def drafts(draw: st.DrawFn) -> str:
    mixed = draw(st.booleans())
    only = draw(ENDINGS)
    lines = draw(st.lists(st.lists(WORDS, max_size=8), min_size=1, max_size=6))
    out = []
    for words in lines:
        out.append(" ".join(words))
        out.append(draw(ENDINGS) if mixed else only)
    return "".join(out)


@cache
def _rules() -> list[Rule]:
    settings = Settings()
    return selected_rules(all_rules(settings), selector_for(settings))


def _lint(text: str) -> tuple[Document, list[Diagnostic]]:
    doc = markup.parse(text, "plain")
    return doc, check_document("x.txt", doc, _rules(), Settings()).diagnostics


def _lines(text: str) -> tuple[list[str], list[str]]:
    return _BREAK.split(text), _BREAK.findall(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_fix_twice_changes_only_flagged_lines_and_never_a_line_break(draft: str) -> None:
    flagged: set[int] = set()

    def lint(text: str) -> tuple[Document, list[Diagnostic]]:
        # Every pass's wanted fixes, by line (the line breaks stay put, so lines do too).
        doc, found = _lint(text)
        index = LineIndex(text)
        for d in found:
            for e in d.fix.edits if d.fix and wanted(d) else ():
                flagged.update(index.position(o)[0] - 1 for o in (e.start, max(e.start, e.end - 1)))
        return doc, found

    first = fix_until_stable(draft, lint)
    lines_before, breaks_before = _lines(draft)
    lines_after, breaks_after = _lines(first.text)
    # No safe fix in newslint says it joins lines, so every break is kept, in kind and number.
    assert breaks_after == breaks_before
    changed = {i for i, (a, b) in enumerate(zip(lines_before, lines_after, strict=True)) if a != b}
    assert changed <= flagged
    again = fix_until_stable(first.text, _lint)
    assert again.text == first.text
    assert again.applied == 0
