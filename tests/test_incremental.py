"""The fast pass: chunks, rule scope, and re-checking only what an edit changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import incremental, markup
from newslint.linter import check_document, check_text
from newslint.rule import PARAGRAPH, STORY
from newslint.settings import Settings
from newslint.workspace import Workspace

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

STORY_TEXT = """# Council weighs a new budget

Mayor Linda Okafor said on Tuesday that the city would cut its spending by 5 percent.

The the council met at 7 p.m. and voted 6-3 to send the plan to a committee.

Okafor said the cuts would not affect police or fire services.

Residents said the board agreed to manage there finances more carefully.
"""


def texts(chunks: list[incremental.Chunk]) -> list[str]:
    return [c.text for c in chunks]


# --- the chunks ------------------------------------------------------------------------


def test_chunks_tile_the_draft_and_hold_their_blank_lines() -> None:
    text = "\n\n# Head\n\nOne line\nand its next.\n  \n\nTwo.\n"
    parts = incremental.chunks(text, "markdown")
    assert texts(parts) == ["\n\n# Head\n\n", "One line\nand its next.\n  \n\n", "Two.\n"]
    assert [(c.start, c.end) for c in parts] == [(0, 10), (10, 37), (37, 42)]
    assert all(c.safe for c in parts)


def test_a_fence_with_blank_lines_is_one_chunk() -> None:
    text = "Before.\n\n```\ncode\n\nmore code\n```\n\nAfter.\n"
    assert texts(incremental.chunks(text, "markdown")) == [
        "Before.\n\n",
        "```\ncode\n\nmore code\n```\n\n",
        "After.\n",
    ]


@pytest.mark.parametrize(
    ("text", "unsafe"),
    [
        ("---\ndate: 2024-01-02\n\n---\nBody.\n", "---\ndate: 2024-01-02\n\n---\n"),  # front matter
        ("- item\n\n  its second paragraph\n\nNext.\n", "  its second paragraph\n\n"),  # list
        ("Text.\n\n```\nnever closed\n\nstill code\n", "```\nnever closed\n\nstill code\n"),
        (
            "Text.\n\n<!-- a note\n\nstill a note -->\n\nNext.\n",
            "<!-- a note\n\nstill a note -->\n\n",
        ),
        ("Text.\n\n<div>\nMarkup.\n</div>\n\nNext.\n", "<div>\nMarkup.\n</div>\n\n"),
        ("<!-- newslint-disable NL601 -->\nThe the.\n\nNext.\n", None),  # a suppression
    ],
)
def test_chunks_that_cannot_be_checked_alone(text: str, unsafe: str | None) -> None:
    parts = incremental.chunks(text, "markdown")
    assert "".join(texts(parts)) == text
    flagged = [c.text for c in parts if not c.safe]
    if unsafe is None:
        assert flagged == [parts[0].text]
    else:
        assert flagged == [unsafe]


def test_plain_text_chunks_and_windows_line_ends() -> None:
    text = "Head\r\n\r\nOne.\r\nTwo.\r\n\r\n\r\nThree.\r\n"
    parts = incremental.chunks(text, "plain")
    assert texts(parts) == ["Head\r\n\r\n", "One.\r\nTwo.\r\n\r\n\r\n", "Three.\r\n"]
    # A fence means nothing in plain text.
    assert all(c.safe for c in incremental.chunks("```\n\nx\n", "plain"))


def test_changed_finds_the_edited_run() -> None:
    old = incremental.chunks("A.\n\nB.\n\nC.\n\nD.\n", "plain")
    new = incremental.chunks("A.\n\nB, edited.\n\nNew.\n\nC.\n\nD.\n", "plain")
    assert incremental.changed(old, new) == incremental.Changed(1, 2, 3)


# --- rule scope ------------------------------------------------------------------------


def test_scope_is_story_unless_declared() -> None:
    from newslint.linter import _pack_versions, _rules_for_packs

    rules = {r.id: r for r in _rules_for_packs(_pack_versions(Settings()))}
    assert rules["NL601"].scope == PARAGRAPH  # a doubled word is in its paragraph
    assert rules["NL101"].scope == STORY  # a name's spelling is set earlier in the story
    assert rules["NL602"].scope == STORY  # the speller counts the story's words
    assert rules["NL607"].scope == STORY  # straight quotes matter among curly ones
    assert rules["NL203"].scope == STORY  # its fix takes the story's apostrophe
    assert rules["NL201"].scope == PARAGRAPH


def _stories(style: str = "ap") -> list[tuple[str, str]]:
    found = [(STORY_TEXT, "markdown")]
    # Every rule's own examples, bad and good, one paragraph each, in one story.
    examples = [
        e.text
        for rule in check_rules(Settings(style=style))
        for kind in ("bad", "good")
        for e in rule.examples(kind)
        if e.style == style and not e.options
    ]
    found.append(("\n\n".join(examples) + "\n", "markdown"))
    found.append(("\n\n".join(examples) + "\n", "plain"))
    for sample in sorted(SAMPLES.glob("*")):
        fmt = markup.format_for(sample.name)
        if fmt in incremental.FORMATS:
            found.append((sample.read_text(encoding="utf-8"), fmt or "plain"))
    # The samples joined, so paragraphs meet neighbours they were not written beside.
    joined = "\n\n".join(text for text, fmt in found if fmt == "markdown")
    return [*found, (joined, "markdown")]


@pytest.mark.parametrize("style", ["ap", "chicago"])
def test_paragraph_rules_alone_find_what_they_find_in_the_story(style: str) -> None:
    """The contract of PARAGRAPH: each chunk checked alone, moved back to its place,
    gives exactly the findings the whole story gives (same span, message and fix)."""
    settings = Settings(style=style)
    rules = [r for r in check_rules(settings) if r.scope == PARAGRAPH]
    compared = 0
    for text, fmt in _stories():
        whole = check_document("d", markup.parse(text, fmt), rules, settings).diagnostics
        alone = []
        for chunk in incremental.chunks(text, fmt):
            if not chunk.safe:
                alone += [d for d in whole if chunk.start <= d.start < chunk.end]
                continue
            doc = markup.parse(chunk.text, fmt)
            found = check_document("d", doc, rules, settings).diagnostics
            alone += [incremental.shifted(d, chunk.start) for d in found]
        assert sorted(alone) == sorted(whole)
        compared += len(whole)
    assert compared > 100  # the stories gave the rules something to find


def check_rules(settings: Settings) -> list:  # type: ignore[type-arg]
    from newslint.linter import _pack_versions, _rules_for_packs, selected_rules, selector_for

    return selected_rules(_rules_for_packs(_pack_versions(settings)), selector_for(settings))


# --- the workspace's fast pass -------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace({"languagetool": "off"}, cwd=str(tmp_path))


def _keys(diagnostics: list) -> list[tuple[int, int, str, tuple[str, ...]]]:  # type: ignore[type-arg]
    return [(d.start, d.end, d.rule, d.replacements) for d in diagnostics]


def test_an_edit_rechecks_only_its_paragraph(workspace: Workspace, tmp_path: Path) -> None:
    path = str(tmp_path / "story.md")
    workspace.check(STORY_TEXT, path, key="story")
    edited = STORY_TEXT.replace("voted 6-3", "voted 6-3. The inquiry had lead to it")
    quick = workspace.recheck(edited, path, key="story")
    assert quick.full is None and workspace.chunks_checked == 1
    full = workspace.check(edited, path).result.diagnostics
    assert _keys(quick.diagnostics) == _keys(full)
    lead = edited.index("lead to")
    assert (lead, lead + 4, "NL207", ("led",)) in _keys(quick.diagnostics)
    # The same text again: the chunk's findings are remembered.
    workspace.recheck(edited, path, key="story")
    assert workspace.chunks_checked == 1


def test_findings_after_the_edit_move_with_their_text(workspace: Workspace, tmp_path: Path) -> None:
    path = str(tmp_path / "story.md")
    workspace.check(STORY_TEXT, path, key="story")
    edited = STORY_TEXT.replace("Mayor Linda", "The mayor, Linda")
    quick = workspace.recheck(edited, path, key="story")
    assert quick.full is None and workspace.chunks_checked == 1
    assert _keys(quick.diagnostics) == _keys(workspace.check(edited, path).result.diagnostics)
    there = edited.index("there finances")
    assert (there, there + 5) in [(d.start, d.end) for d in quick.diagnostics]


def test_a_construct_the_chunks_cannot_follow_is_checked_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = str(tmp_path / "story.md")
    text = STORY_TEXT + "\n- A list item.\n\n  Its second paragraph has the the slip.\n"
    workspace.check(text, path, key="story")
    checks = workspace.full_checks
    quick = workspace.recheck(text.replace("has the", "holds the"), path, key="story")
    assert quick.full is not None and workspace.full_checks == checks + 1
    assert workspace.chunks_checked == 0
    # An edit inside a fence that spans a blank line re-checks the fence, as code.
    fenced = STORY_TEXT + "\n```\nthe the\n\nx = 1\n```\n"
    workspace.check(fenced, path, key="story")
    quick = workspace.recheck(fenced.replace("x = 1", "x = 2"), path, key="story")
    assert quick.full is None and workspace.chunks_checked == 1
    assert not [d for d in quick.diagnostics if d.start > len(STORY_TEXT)]


def test_the_full_check_corrects_story_findings(workspace: Workspace, tmp_path: Path) -> None:
    """A name misspelled in a later paragraph is a finding only the whole story shows:
    the fast pass leaves it to the full check, which finds it."""
    path = str(tmp_path / "story.md")
    workspace.check(STORY_TEXT, path, key="story")
    edited = STORY_TEXT.replace("Okafor said the cuts", "Okafer said the cuts")
    quick = workspace.recheck(edited, path, key="story")
    assert quick.full is None
    slip = edited.index("Okafer")
    assert "NL101" not in [d.rule for d in quick.diagnostics]
    full = workspace.check(edited, path, key="story").result.diagnostics
    assert (slip, slip + 6, "NL101", ("Okafor",)) in _keys(full)
    assert full == check_text(edited, "markdown", path=path).diagnostics


def test_untouched_keeps_findings_the_edit_left_alone() -> None:
    from newslint.diagnostics import Diagnostic, Edit, Fix

    old = "Okafor met Okafer and Okafir."
    new = "Okafor greeted Okafer and Okafir."

    def at(text: str, word: str, base: int) -> Diagnostic:
        start = base + text.index(word)
        fix = Fix((Edit(start, start + len(word), "Okafor"),))
        return Diagnostic("d", start, start + len(word), "NL101", "warning", "m", ("Okafor",), fix)

    base_old, base_new = 100, 90
    found = [at(old, "Okafor", base_old), at(old, "met", base_old), at(old, "Okafir", base_old)]
    kept = incremental.untouched(found, old, new, base_old, base_new)
    # Before the edit: moved with the stretch; on it ("met" became "greeted"): dropped;
    # after it: moved by the four letters added too.
    assert [(d.start, d.end) for d in kept] == [(90, 96), (base_new + 26, base_new + 32)]
    assert kept[1].fix is not None and kept[1].fix.edits[0].start == base_new + 26


def test_html_is_always_checked_whole(workspace: Workspace, tmp_path: Path) -> None:
    path = str(tmp_path / "story.html")
    text = "<p>The the council met.</p>\n\n<p>It voted.</p>\n"
    workspace.check(text, path, key="page")
    quick = workspace.recheck(text.replace("voted", "voted twice"), path, key="page")
    assert quick.full is not None and workspace.chunks_checked == 0
