from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from newslint.linter import check_text
from newslint.markup import parse
from newslint.packs import PackError, builtin_pack_files, load_pack
from newslint.rule import Context
from newslint.settings import Settings

HOUSE = """
[pack]
name = "house"

[[rule]]
id = "HOUSE001"
kind = "existence"
message = "Avoid '{match}' in news copy."
docs = "Our desk bans jargon."
tokens = ["synergy", "going forward"]
bad = ["Synergy is key."]
good = ["Energy is key."]

[[rule]]
id = "HOUSE002"
kind = "vocabulary"
message = "Spell it '{replacement}'."
terms = ["LaGuardia", "iPhone"]
bad = ["Flights left Laguardia late."]
good = ["Flights left LaGuardia late."]

[[rule]]
id = "HOUSE003"
kind = "consistency"
message = "The story already uses '{replacement}'."
variants = [["email", "e-mail"]]
bad = ["Send an email. Then an e-mail."]
good = ["Send an email. Then another email."]
"""


def _pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "house.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_house_pack_kinds(tmp_path: Path) -> None:
    path = _pack(tmp_path, HOUSE)
    settings = Settings(packs=(str(path),))
    text = "Synergy, going forward. Laguardia and IPHONE. An email, then an e-mail."
    got = {
        (d.rule, text[d.start : d.end], d.replacements)
        for d in check_text(text, settings=settings).diagnostics
        if d.rule.startswith("HOUSE")
    }
    assert got == {
        ("HOUSE001", "Synergy", ()),
        ("HOUSE001", "going forward", ()),
        ("HOUSE002", "Laguardia", ("LaGuardia",)),
        ("HOUSE002", "IPHONE", ("iPhone",)),
        ("HOUSE003", "e-mail", ("email",)),
    }


def test_word_prefilter_keeps_every_match_ignorecase_finds(tmp_path: Path) -> None:
    # A rule of plain words skips stories that lack them; "ſ" and "ı" are matched by
    # IGNORECASE as "s" and "i" although lowercasing does not turn them into those.
    path = _pack(
        tmp_path,
        '[[rule]]\nid = "HOUSE9"\nkind = "substitution"\nswap = { "statue of limits" = "x" }\n',
    )
    # Trusted, as the built-in packs are: run on the standard re.
    [rule] = load_pack(path, trusted=True)
    for text, found in [
        ("The statue of limits ran out.", True),
        ("The ſtatue of limıts ran out.", True),
        ("The statute of limitations ran out.", False),
    ]:
        findings = list(rule.check(parse(text, "plain"), Context()))
        assert bool(findings) is found, text


@pytest.mark.parametrize(
    ("snippet", "line", "needle"),
    [
        ('[[rule]]\nid = "X1"\nkind = "exist"\n', 3, "kind must be one of"),
        ('[[rule]]\nid = "X1"\nkind = "existence"\ntokens = ["a"]\ncolour = 1\n', 5, "unknown key"),
        (
            '[[rule]]\nid = "X1"\nkind = "existence"\npatterns = ["(unclosed"]\n',
            4,
            "invalid pattern",
        ),
        ('[[rule]]\nid = "X1"\nkind = "substitution"\n\n\nswap = {a = 1}\n', 6, "must be a string"),
        ('\n[[rule]]\nkind = "existence"\n', 2, "missing 'id'"),
    ],
)
def test_validation_names_file_and_line(
    tmp_path: Path, snippet: str, line: int, needle: str
) -> None:
    path = _pack(tmp_path, snippet)
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert f"{path}:{line}:" in str(info.value)
    assert needle in str(info.value)


def test_pathological_pattern_times_out_with_warning(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        '[[rule]]\nid = "SLOW1"\nkind = "existence"\nregex = true\n'
        'patterns = ["(x+x+)+y"]\nmessage = "m"\n',
    )
    settings = Settings(packs=(str(path),), rule_timeout=0.3)
    started = time.monotonic()
    result = check_text("x" * 5000 + " the the", settings=settings)
    assert time.monotonic() - started < 30  # bounded: not a timing claim, a hang guard
    assert any("SLOW1" in n and "gave up" in n for n in result.notices)
    assert any(d.rule == "NL601" for d in result.diagnostics)  # other rules still ran


def test_builtin_packs_load() -> None:
    files = builtin_pack_files()
    assert files, "no built-in packs found"
    for path in files:
        assert load_pack(path)


def test_check_text_sees_a_pack_edited_between_calls(tmp_path: Path) -> None:
    # check_text keeps loaded rules between calls; an edited pack is loaded again.
    rule = '[[rule]]\nid = "HOUSE7"\nkind = "existence"\ntokens = ["{word}"]\nmessage = "no"\n'
    path = _pack(tmp_path, rule.format(word="synergy"))
    settings = Settings(packs=(str(path),))
    text = "Synergy and leverage."

    def flagged() -> set[str]:
        found = check_text(text, settings=settings).diagnostics
        return {text[d.start : d.end] for d in found if d.rule == "HOUSE7"}

    assert flagged() == {"Synergy"}
    assert flagged() == {"Synergy"}
    path.write_text(rule.format(word="leverage"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert flagged() == {"leverage"}


@pytest.mark.parametrize(
    ("message", "needle"),
    [
        ("'{replacment}', not '{match}'", "unknown placeholder {replacment}"),
        ("{match.__class__}", "unknown placeholder {match.__class__}"),
        ("{match[0]}", "unknown placeholder {match[0]}"),
        ("{}", "unknown placeholder {}"),
        ("Use {replacement", "not a valid template"),
        ("{match:{replacement}}", "nested placeholder"),
    ],
)
def test_a_message_placeholder_is_checked_when_the_pack_loads(
    tmp_path: Path, message: str, needle: str
) -> None:
    path = _pack(
        tmp_path,
        f'[[rule]]\nid = "X1"\nkind = "substitution"\nswap = {{ a = "b" }}\nmessage = "{message}"\n',
    )
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert str(info.value).startswith(f"{path}:5: X1: ")
    assert needle in str(info.value)


def test_a_pack_may_not_reuse_a_built_in_id(tmp_path: Path) -> None:
    path = _pack(tmp_path, '\n[[rule]]\nid = "nl601"\nkind = "existence"\ntokens = ["a"]\n')
    with pytest.raises(PackError) as info:
        check_text("A story.", settings=Settings(packs=(str(path),)))
    assert str(info.value) == (
        f"{path}:3: rule id nl601 is already defined in newslint's built-in rules; "
        "give the rule an id of its own"
    )


def test_a_pattern_that_timed_out_is_not_waited_for_again(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        '[[rule]]\nid = "SLOW2"\nkind = "existence"\nregex = true\npatterns = ["(x+x+)+y"]\n',
    )
    settings = Settings(packs=(str(path),), rule_timeout=0.5)
    first = check_text("x" * 5000, settings=settings)
    assert any("SLOW2 gave up after 0.5 s" in n for n in first.notices)
    started = time.monotonic()
    for _ in range(5):
        later = check_text("x" * 5000, settings=settings)
        assert any("SLOW2 skipped" in n and "earlier draft" in n for n in later.notices)
    assert time.monotonic() - started < 0.5 * 5
