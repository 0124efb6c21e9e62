"""The names rules as the engine sees them: ids, regions, one shared scan, markup offsets."""

from __future__ import annotations

import os
import subprocess
import sys

from newslint import markup
from newslint.document import QUOTATION
from newslint.linter import all_rules, check_text, run_rules
from newslint.rule import Context
from newslint.settings import Settings

NAMES_RULES = {r.id: r for r in all_rules(Settings()) if r.id.startswith("NL1")}


def test_the_family() -> None:
    assert set(NAMES_RULES) == {f"NL10{n}" for n in range(1, 10)}
    assert {r.category for r in NAMES_RULES.values()} == {"names"}
    # a misspelled name is misspelled inside a quotation too; style points are not
    assert NAMES_RULES["NL101"].skip_regions == frozenset()
    assert NAMES_RULES["NL102"].skip_regions == frozenset()
    assert QUOTATION in NAMES_RULES["NL103"].skip_regions
    assert QUOTATION in NAMES_RULES["NL104"].skip_regions


def test_one_scan_per_document_shared_by_the_rules() -> None:
    doc = markup.parse("Attorney General Jeff Sessions spoke. Session’s aide left.", "plain")
    ctx = Context()
    run_rules(doc, list(NAMES_RULES.values()), ctx)
    people = ctx.analysis.people
    assert ctx.analysis.people is people  # computed once, read by every rule
    assert ctx.analysis.known_names is people.known_names
    assert "Sessions" in ctx.analysis.known_names
    assert [(s.text, s.fix) for s in people.spelling_slips] == [("Session’s", "Sessions’")]


def test_possessive_style_is_not_imposed_inside_quotations() -> None:
    text = "Attorney General Jeff Sessions spoke. “Sessions’s plan works,” an aide said."
    found = check_text(text, settings=Settings(select=("NL1",))).diagnostics
    assert found == []


def test_offsets_map_back_through_markup() -> None:
    html = (
        "<p>The mayors met Attorney General <b>Jeff Sessions</b> on Tuesday.</p>\n"
        "<p><em>Session’s</em> letter went out.</p>\n"
    )
    diags = check_text(html, "html", settings=Settings(select=("NL101",))).diagnostics
    assert [(html[d.start : d.end], d.replacements[0]) for d in diags] == [
        ("Session’s", "Sessions’")
    ]
    md = "The mayors met **Attorney General Jeff Sessions**.\n\n*Session’s* letter went out.\n"
    diags = check_text(md, "markdown", settings=Settings(select=("NL101",))).diagnostics
    assert [md[d.start : d.end] for d in diags] == ["Session’s"]


def test_selecting_the_category() -> None:
    text = "Attorney General Jeff Sessions spoke. Session’s aide left."
    found = check_text(text, settings=Settings(select=("names",))).diagnostics
    assert [d.rule for d in found] == ["NL101"]


def test_checking_a_story_without_a_names_list_loads_neither_regex_nor_rapidfuzz() -> None:
    # Both cost several milliseconds to import, a large share of checking one article.
    code = (
        "import sys\n"
        "from newslint.linter import check_text\n"
        "from newslint.settings import Settings\n"
        "text = 'Attorney General Jeff Sessions spoke. Session’s letter, Jim Sessions said, "
        "went to Adler, the Mayor of Austin, and to Dershowitz & Eiger.'\n"
        "found = check_text(text, settings=Settings(select=('NL1',))).diagnostics\n"
        "assert len(found) >= 2, found\n"
        "print(' '.join(sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = {m.split(".")[0] for m in proc.stdout.split()}
    assert not loaded & {"regex", "rapidfuzz"}
