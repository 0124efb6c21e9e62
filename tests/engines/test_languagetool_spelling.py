"""newslint's speller and LanguageTool's together, against the real server: one finding
per slip, and newslint's knowledge silencing LanguageTool where it is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint import markup
from newslint.diagnostics import Diagnostic
from newslint.engines import lt_server as lt
from newslint.engines.languagetool import Client, LanguageToolEngine, ResultCache, connect
from newslint.linter import (
    all_rules,
    check_document,
    merge_duplicates,
    selected_rules,
    selector_for,
)
from newslint.settings import Settings


def _diag(rule: str, start: int, end: int, fixes: tuple[str, ...], source: str) -> Diagnostic:
    return Diagnostic("t", start, end, rule, "error", rule, fixes, None, source)


# --------------------------------------------------------------------------- merging (no server)


def test_speller_hits_on_one_word_merge_and_keep_the_extra_suggestions() -> None:
    ours = _diag("NL602", 10, 19, ("perceived",), "newslint")
    theirs = _diag(
        "languagetool.MORFOLOGIK_RULE_EN_US", 10, 19, ("received", "perceived"), "languagetool"
    )
    [merged] = merge_duplicates([theirs, ours])
    assert merged.rule == "NL602" and merged.message == "NL602"
    assert merged.replacements == ("perceived", "received")
    assert merged.agreed == ("languagetool",)


def test_overlapping_speller_hit_merges_without_borrowing_fixes_for_another_span() -> None:
    ours = _diag("NL602", 4, 15, ("government's",), "newslint")  # "goverment's"
    theirs = _diag("languagetool.MORFOLOGIK_RULE_EN_US", 4, 13, ("government",), "languagetool")
    [merged] = merge_duplicates([ours, theirs])
    assert merged.replacements == ("government's",)


def test_other_rules_on_the_same_word_stay_two_findings() -> None:
    ours = _diag("NL605", 0, 1, ("An",), "newslint")
    theirs = _diag("languagetool.MORFOLOGIK_RULE_EN_US", 0, 1, ("B",), "languagetool")
    assert len(merge_duplicates([ours, theirs])) == 2


def test_rules_measured_as_noise_are_off_by_default_with_their_figures() -> None:
    from newslint.engines.languagetool import OFF_BY_DEFAULT, _enabled
    from newslint.selection import Selector

    assert "false alarm(s) on the clean documents" in OFF_BY_DEFAULT["A_INFINITIVE"]
    assert not _enabled(Selector(), "A_INFINITIVE", "typos")
    assert _enabled(Selector(select=("languagetool.A_INFINITIVE",)), "A_INFINITIVE", "typos")


# --------------------------------------------------------------------------- the real server


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    if not lt.is_provisioned() or not lt.java_available():
        pytest.skip("LanguageTool not provisioned: run scripts/provision-languagetool.sh")
    server = lt.start_local_server()
    yield connect(server.url, "en-US")
    server.stop()


@pytest.fixture
def engine(client: Client, tmp_path: Path) -> LanguageToolEngine:
    return LanguageToolEngine(client, ResultCache(tmp_path / "cache.sqlite3"))


def _check(engine: LanguageToolEngine, text: str, settings: Settings) -> list[Diagnostic]:
    rules = selected_rules(all_rules(settings), selector_for(settings))
    doc = markup.parse(text, "plain")
    return check_document("<t>", doc, rules, settings, [engine]).diagnostics


def test_one_finding_for_a_misspelling_both_spellers_see(engine: LanguageToolEngine) -> None:
    text = "The board percieved a threat to the plan.\n"
    hits = [d for d in _check(engine, text, Settings()) if d.start <= 10 < d.end]
    assert [(d.rule, text[d.start : d.end], d.replacements[0]) for d in hits] == [
        ("NL602", "percieved", "perceived")
    ]
    assert "languagetool" in hits[0].agreed


def test_newsroom_words_and_listed_names_silence_languagetool(
    engine: LanguageToolEngine, tmp_path: Path
) -> None:
    words = tmp_path / "words.txt"
    words.write_text("serde\n", encoding="utf-8")
    names = tmp_path / "names.toml"
    names.write_text('[[person]]\nname = "Oluwaseun Trzaskowski"\n', encoding="utf-8")
    text = "The serde library helped Trzaskowski ship the release.\n"
    spellers = ("NL602", "languagetool.MORFOLOGIK_RULE_EN_US")
    plain = [d for d in _check(engine, text, Settings()) if d.rule in spellers]
    # Without the list both spellers flag "serde" (one finding, LanguageTool agreeing).
    assert [(d.rule, text[d.start : d.end], d.agreed) for d in plain] == [
        ("NL602", "serde", ("languagetool",))
    ]
    settings = Settings(dictionary=(str(words),), names=(str(names),))
    assert [d for d in _check(engine, text, settings) if d.rule in spellers] == []
