"""Settings: config files and the command line through one validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.settings import ConfigError, Settings, apply, find_config, load, read_config


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unknown_key_names_the_file_and_the_key(tmp_path: Path) -> None:
    config = write(tmp_path / ".newslint.toml", 'style = "ap"\nselekt = ["NL1"]\n')
    with pytest.raises(ConfigError) as err:
        load(config, {}, tmp_path)
    assert str(err.value).startswith(f"{config}: unknown key 'selekt' (allowed: ")


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"style": "mla"}, "command line: style: must be one of 'ap', 'chicago'"),
        ({"severity": {"NL601": "fatal"}}, "'NL601': severity must be one of"),
        ({"rule_timeout": 0}, "rule_timeout: must be a positive number"),
        ({"proselint": "yes"}, "proselint: must be true or false"),
        ({"date": "4 Dec 2026"}, "date: '4 Dec 2026' is not a date; write it as YYYY-MM-DD"),
        ({"select": ["NL1", 2]}, "select: must be a list of strings"),
    ],
)
def test_bad_values_are_loud(values: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as err:
        apply(Settings(), values, "command line", Path("."))
    assert message in str(err.value)


def test_the_command_line_goes_through_the_same_validation(tmp_path: Path) -> None:
    settings = apply(Settings(), {"extend-select": "NL1, NL3"}, "command line", tmp_path)
    assert settings.extend_select == ("NL1", "NL3")  # dashes and comma lists accepted


def test_paths_are_resolved_against_the_config_file(tmp_path: Path) -> None:
    config = write(tmp_path / "desk" / ".newslint.toml", 'names = ["lists/names.toml"]\n')
    settings = load(config, {}, tmp_path)
    assert settings.names == (str((tmp_path / "desk" / "lists" / "names.toml").resolve()),)
    assert settings.root == str(tmp_path / "desk")


def test_a_command_line_selection_replaces_the_configs(tmp_path: Path) -> None:
    config = write(
        tmp_path / ".newslint.toml", 'select = ["NL1"]\nignore = ["NL101"]\nextend_select = ["X"]\n'
    )
    assert load(config, {}, tmp_path)[1:4] == (("NL1",), ("NL101",), ("X",))
    settings = load(config, {"select": ("NL3",)}, tmp_path)
    assert (settings.select, settings.ignore, settings.extend_select) == (("NL3",), (), ())
    # Other command-line values are laid over the config's.
    assert load(config, {"ignore": ("NL102",)}, tmp_path).ignore == ("NL102",)


def test_the_nearest_config_wins_and_pyproject_needs_its_table(tmp_path: Path) -> None:
    write(tmp_path / ".newslint.toml", 'style = "chicago"\n')
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')
    inner = write(tmp_path / "a" / "b" / "pyproject.toml", '[tool.newslint]\nstyle = "ap"\n')
    story = write(tmp_path / "a" / "b" / "c" / "story.md", "Text.\n")
    assert find_config(story) == inner
    assert read_config(inner) == {"style": "ap"}
    # A pyproject.toml without [tool.newslint] is passed over.
    assert find_config(tmp_path / "a") == tmp_path / ".newslint.toml"


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    config = write(tmp_path / ".newslint.toml", "style = \n")
    with pytest.raises(ConfigError) as err:
        read_config(config)
    assert str(err.value).startswith(f"{config}: invalid TOML: ")


def test_rule_options_tell_house_style_from_default() -> None:
    assert Settings().rule_options()["section_symbol"] == "omit"
    assert Settings().rule_options()["house_section_symbol"] is None
    chosen = Settings(section_symbol="require").rule_options()
    assert (chosen["section_symbol"], chosen["house_section_symbol"]) == ("require", "require")


def test_a_toml_date_is_accepted(tmp_path: Path) -> None:
    config = write(tmp_path / ".newslint.toml", "date = 2026-12-04\n")
    assert load(config, {}, tmp_path).date == "2026-12-04"


def test_per_file_ignores_match_relative_paths_and_names(tmp_path: Path) -> None:
    settings = Settings(
        root=str(tmp_path), per_file_ignores={"wire/*.md": ("NL4",), "brief.txt": ("NL6",)}
    )
    assert settings.ignores_for(str(tmp_path / "wire" / "a.md")) == ("NL4",)
    assert settings.ignores_for(str(tmp_path / "desk" / "brief.txt")) == ("NL6",)
    assert settings.ignores_for(str(tmp_path / "desk" / "a.md")) == ()
