"""The README's examples are real: its worked pack loads and its examples behave."""

from __future__ import annotations

import re
from pathlib import Path

from newslint.linter import check_text
from newslint.packs import load_pack
from newslint.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_worked_house_pack(tmp_path: Path) -> None:
    block = re.search(r"```toml\n(# desk/house.toml\n.*?)```", README, re.S)
    assert block, "the worked pack example is missing from the README"
    path = tmp_path / "house.toml"
    path.write_text(block.group(1), encoding="utf-8")
    rules = load_pack(path)
    assert [r.id for r in rules] == ["METRO001", "METRO002", "METRO003"]
    settings = Settings(packs=(str(path),))
    for rule in rules:
        for example in rule.examples("bad"):
            found = check_text(example.text, settings=settings).diagnostics
            assert any(d.rule == rule.id for d in found), example.text
        for example in rule.examples("good"):
            found = check_text(example.text, settings=settings).diagnostics
            assert not any(d.rule == rule.id for d in found), example.text


def test_config_example_is_valid(tmp_path: Path) -> None:
    from newslint.settings import apply, read_config

    block = re.search(r"```toml\n(# \.newslint\.toml\n.*?)```", README, re.S)
    assert block
    path = tmp_path / ".newslint.toml"
    path.write_text(block.group(1), encoding="utf-8")
    settings = apply(Settings(), read_config(path), str(path), tmp_path)
    assert settings.section_symbol == "omit" and settings.severity["NL601"] == "error"


def test_names_list_example_loads(tmp_path: Path) -> None:
    block = re.search(r"```toml\n(# desk/names.toml\n.*?)```", README, re.S)
    assert block, "the names-list example is missing from the README"
    path = tmp_path / "names.toml"
    path.write_text(block.group(1), encoding="utf-8")
    text = "Sen. Mitch Mcconnell spoke on Monday. Mcconnell said the vote would wait."
    found = check_text(text, settings=Settings(names=(str(path),))).diagnostics
    fixes = {(text[d.start : d.end], d.replacements[0]) for d in found if d.rule == "NL101"}
    assert fixes == {("Mcconnell", "McConnell")}
    assert not [d for d in check_text(text).diagnostics if d.rule == "NL101"]  # only the list knows
