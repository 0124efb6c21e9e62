"""The newsroom's names list: formats, errors, caching, near-miss lookup, and its findings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import cli
from newslint.diagnostics import SAFE, UNSAFE
from newslint.linter import check_text
from newslint.rules.names.nameslist import load_names, surname_of
from newslint.settings import ConfigError, Settings

ROOT = Path(__file__).resolve().parents[2]

TOML = """
[[person]]
name = "Jeff Sessions"
title = "Attorney General"
aliases = ["Jefferson Beauregard Sessions III"]
misspellings = ["Jeff Session", "Sesions"]

[[person]]
name = "Mitch Landrieu"
title = "Mayor"

[[person]]
name = "Mitch McConnell"

[[person]]
name = "Pete Sessions"
title = "Rep."
"""


@pytest.fixture
def names_file(tmp_path: Path) -> Path:
    path = tmp_path / "names.toml"
    path.write_text(TOML, encoding="utf-8")
    return path


def _found(text: str, path: Path) -> list[tuple[str, str, str]]:
    settings = Settings(select=("NL1",), names=(str(path),))
    return [
        (d.rule, text[d.start : d.end], d.replacements[0])
        for d in check_text(text, settings=settings).diagnostics
    ]


def test_toml_list_loads(names_file: Path) -> None:
    names = load_names([str(names_file)])
    assert [p.name for p in names.people] == [
        "Jeff Sessions",
        "Mitch Landrieu",
        "Mitch McConnell",
        "Pete Sessions",
    ]
    jeff = names.people[0]
    assert (jeff.title, jeff.surname, jeff.first) == ("Attorney General", "Sessions", "Jeff")
    assert names.words["mcconnell"] == "McConnell"
    assert names.misspellings["jeff session"] is jeff
    assert {p.name for p in names.by_surname["sessions"]} == {"Jeff Sessions", "Pete Sessions"}


def test_csv_list_loads(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text(
        "name,title,aliases,misspellings\n"
        "Mitch Landrieu,Mayor,,Landreau;Landrew\n"
        "\n"
        '"John G. Roberts, Jr.",Chief Justice,John Roberts,\n',
        encoding="utf-8",
    )
    names = load_names([str(path)])
    assert [p.name for p in names.people] == ["Mitch Landrieu", "John G. Roberts, Jr."]
    assert names.people[0].misspellings == ("Landreau", "Landrew")
    assert names.people[1].aliases == ("John Roberts",)
    assert names.people[1].surname == "Roberts" and names.people[1].title == "Chief Justice"


def test_surname_skips_suffixes_and_particles() -> None:
    assert surname_of("John G. Roberts Jr.") == "Roberts"
    assert surname_of("Martin Luther King III") == "King"
    assert surname_of("Bill de Blasio") == "Blasio"


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ('[[person]]\nname = "A B"\nalias = ["C"]\n', ".toml", "unknown key 'alias'"),
        ('[[person]]\ntitle = "Mayor"\n', ".toml", "'name' is required"),
        ('[[person]]\nname = "A B"\naliases = [1]\n', ".toml", "must be a list of strings"),
        ('[[person]]\nname = "A B"\n[other]\nx = 1\n', ".toml", "unknown key 'other'"),
        ('[[person]\nname = "A B"\n', ".toml", "invalid TOML"),
        ("title,aliases\nMayor,\n", ".csv", "must name a 'name' column"),
        ("name,nickname\nA B,C\n", ".csv", "unknown column 'nickname'"),
    ],
)
def test_bad_lists_are_loud(tmp_path: Path, content: str, suffix: str, message: str) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_names([str(path)])
    assert path.name in str(info.value)


def test_missing_list_is_loud(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read names list"):
        load_names([str(tmp_path / "nope.toml")])


def test_list_is_parsed_once_per_version(names_file: Path) -> None:
    first = load_names([str(names_file)])
    assert load_names([str(names_file)]) is first
    names_file.write_text(TOML + '\n[[person]]\nname = "Steve Adler"\n', encoding="utf-8")
    stat = names_file.stat()
    os.utime(names_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = load_names([str(names_file)])
    assert again is not first and len(again.people) == 5


def test_several_lists_merge(names_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "more.toml"
    other.write_text('[[person]]\nname = "Steve Adler"\n', encoding="utf-8")
    merged = load_names([str(names_file), str(other)])
    assert "adler" in merged.by_surname and "landrieu" in merged.by_surname


def test_near_finds_one_edit_including_first_and_last_letters(names_file: Path) -> None:
    names = load_names([str(names_file)])
    assert names.near("landreiu") == ["landrieu"]  # transposition
    assert names.near("mcconell") == ["mcconnell"]  # dropped letter
    assert names.near("kandrieu") == ["landrieu"]  # first letter
    assert names.near("landriex") == ["landrieu"]  # last letter
    assert names.near("landrieu") == []  # itself
    assert names.near("smith") == []


def test_story_that_misspells_a_listed_name_throughout(names_file: Path) -> None:
    text = "Mayor Mitch Landreiu of New Orleans spoke. Landreiu said the city would comply."
    assert _found(text, names_file) == [("NL101", "Landreiu", "Landrieu")] * 2


def test_listed_misspellings_and_casing(names_file: Path) -> None:
    text = "Jeff Session did not respond. Senate leader Mitch Mcconnell did. Sesions left."
    settings = Settings(select=("NL1",), names=(str(names_file),))
    diags = check_text(text, settings=settings).diagnostics
    got = {
        text[d.start : d.end]: (d.replacements[0], d.fix.applicability if d.fix else None)
        for d in diags
    }
    assert got["Jeff Session"] == ("Jeff Sessions", UNSAFE)
    assert got["Mcconnell"] == ("McConnell", SAFE)  # a casing fix from the list is safe
    assert got["Sesions"] == ("Sessions", UNSAFE)


def test_a_different_person_with_a_listed_surname_is_left_alone(names_file: Path) -> None:
    assert _found("Rep. Pete Sessions met Attorney General Jeff Sessions.", names_file) == []
    assert _found("Coach Mary Landreau spoke to the team.", names_file) == []


def test_listed_names_are_known_names(names_file: Path) -> None:
    from newslint import markup
    from newslint.linter import all_rules, run_rules
    from newslint.rule import Context

    # The linter parses the list once (rules never read files) and passes it on.
    ctx = Context(options={"names_list": load_names([str(names_file)])})
    rules = [r for r in all_rules(Settings()) if r.id == "NL101"]
    run_rules(markup.parse("Sen. Mitch McConnell spoke.", "plain"), rules, ctx)
    assert {"Mitch", "McConnell"} <= ctx.analysis.known_names


def test_cli_names_option_and_the_sample_list(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Mayor Mitch Landreiu of New Orleans spoke on Monday.\n", encoding="utf-8")
    runner = CliRunner()
    args = ["check", "--select", "NL1", "--no-proselint", str(draft)]
    plain = runner.invoke(cli, args, env={"NEWSLINT_LANGUAGETOOL": "off"})
    assert plain.exit_code == 0, plain.output
    listed = runner.invoke(
        cli,
        [*args, "--names", str(ROOT / "samples" / "names.toml")],
        env={"NEWSLINT_LANGUAGETOOL": "off"},
    )
    assert listed.exit_code == 1 and "Landrieu" in listed.output and "NL101" in listed.output


def test_cli_reports_a_bad_list(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[person]]\nnom = "X"\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Mayor Mitch Landrieu spoke.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["check", "--select", "NL1", "--no-proselint", "--names", str(bad), str(draft)],
        env={"NEWSLINT_LANGUAGETOOL": "off"},
    )
    assert result.exit_code == 2
    assert "bad.toml" in result.output and "unknown key 'nom'" in result.output


def test_first_name_against_the_list_under_the_same_title(names_file: Path) -> None:
    text = "Attorney General Jim Sessions met the mayors on Tuesday."
    assert _found(text, names_file) == [("NL102", "Jim", "Jeff")]
    # another Sessions, or a Jim Sessions with no title, is not the listed attorney general
    assert _found("Rep. Pete Sessions met the mayors.", names_file) == []
    assert _found("Jim Sessions, 40, of Mobile, was charged.", names_file) == []


def test_parsed_list_is_cached_on_disk_and_rebuilt_when_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.rules.names import nameslist

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "names.toml"
    path.write_text('[[person]]\nname = "Mitch Landrieu"\n', encoding="utf-8")
    nameslist._parsed.cache_clear()
    first = nameslist.load_names([str(path)])
    assert [p.name for p in first.people] == ["Mitch Landrieu"]
    assert list((tmp_path / "cache").glob("names-*.pickle"))
    nameslist._parsed.cache_clear()
    again = nameslist.load_names([str(path)])
    assert [p.name for p in again.people] == ["Mitch Landrieu"]  # from the disk cache
    path.write_text('[[person]]\nname = "Jeff Sessions"\n\n', encoding="utf-8")
    nameslist._parsed.cache_clear()
    changed = nameslist.load_names([str(path)])
    assert [p.name for p in changed.people] == ["Jeff Sessions"]


@pytest.mark.parametrize(
    ("csv_text", "needle"),
    [
        ("name,title\nJane Doe,mayor\nJohn Roe,x,y,z\n", ": line 3: 4 fields, the header has 2"),
        ('name,title\nJane Doe,mayor\n"John Roe,x\nAnn Lee,y\n', ": line 3: malformed CSV"),
    ],
)
def test_a_malformed_names_csv_is_an_error_naming_the_line(
    tmp_path: Path, csv_text: str, needle: str
) -> None:
    from newslint.rules.names.nameslist import load_names
    from newslint.settings import ConfigError

    path = tmp_path / "names.csv"
    path.write_text(csv_text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_names([str(path)])
    assert str(info.value).replace(f"{path}:", ":", 1).startswith(needle)
