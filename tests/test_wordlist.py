from __future__ import annotations

from pathlib import Path

import pytest

from newslint.rules.names.nameslist import load_names
from newslint.wordlist import WordListError, add_name, add_word


def test_add_word_creates_appends_and_skips_listed(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    assert add_word(str(words), " Orrick ") is True
    words.write_text(words.read_text(encoding="utf-8") + "# places\nbodega", encoding="utf-8")
    assert add_word(str(words), "bodega") is False
    assert add_word(str(words), "places") is True  # a comment is not an entry
    assert words.read_text(encoding="utf-8") == "Orrick\n# places\nbodega\nplaces\n"
    assert not list(tmp_path.glob(".*newslint-tmp"))


def test_bad_entries_and_folders_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(WordListError, match="not a word"):
        add_word(str(tmp_path / "w.txt"), "two\nlines")
    with pytest.raises(WordListError, match="its folder does not exist"):
        add_word(str(tmp_path / "missing" / "w.txt"), "word")


def test_added_names_load_as_a_names_list(tmp_path: Path) -> None:
    toml, csv = tmp_path / "people.toml", tmp_path / "people.csv"
    toml.write_text('[[person]]\nname = "Jeff Sessions"\n', encoding="utf-8")
    assert add_name(str(toml), 'Ana "Annie" Ruiz') is True
    assert add_name(str(toml), "Jeff Sessions") is False
    assert add_name(str(csv), "William Orrick") is True
    assert add_name(str(csv), "William Orrick") is False
    assert csv.read_text(encoding="utf-8") == "name\nWilliam Orrick\n"
    names = load_names([str(toml), str(csv)])
    assert names is not None
