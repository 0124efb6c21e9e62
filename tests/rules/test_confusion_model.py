"""The confusion-set model (newslint/rules/usage/model.py) and the ``confusion`` pack kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.analysis import Words
from newslint.linter import check_text
from newslint.packs import PackError, load_pack
from newslint.rules.usage import model
from newslint.settings import Settings

SETS = Settings(select=("NL230",))


def found(text: str) -> list[tuple[str, str]]:
    result = check_text(text, settings=SETS)
    return [(text[d.start : d.end], d.replacements[0]) for d in result.diagnostics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of speech: a verb after "to" and before an adverb of manner
        ("Rural hospitals tended to fair worse than city ones.", [("fair", "fare")]),
        # part of speech: a noun after a possessive with nothing of a noun phrase after it
        ("The board never gave its rational for the vote.", [("rational", "rationale")]),
        # word pairs: "are affected by" is far likelier than "are effected by"
        ("Thousands of renters are effected by the rule.", [("effected", "affected")]),
        # not in the corpus word list at all: a misspelling of the set word that is
        ("The incumbent faired poorly in the suburbs.", [("faired", "fared")]),
        # a noun written where the verb is needed, the fix in two words
        ("The city will setup a hotline for tenants.", [("setup", "set up")]),
    ],
)
def test_a_wrong_set_word_is_found_with_its_fix(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fares rose and the county fair opened.",
        "The board explained its rationale in a memo.",
        "Thousands of renters are affected by the rule.",
        "Advocates want to effect change in the county.",
        "The setup of the hotline took a week.",
        "The Fair Housing Act applies.",  # capitalized mid-sentence: a name
        "He was confident the plan would pass.",
    ],
)
def test_right_words_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_a_sentence_opener_keeps_its_capital_in_the_fix() -> None:
    assert found("Expect for the budget, nothing was left.") == [("Expect", "Except")]


def test_scores_prefer_the_word_seen_beside_its_neighbours() -> None:
    counts = model.counts()
    affected, seen = counts.score("affected", "are", "by")
    effected, _ = counts.score("effected", "are", "by")
    assert seen and affected - effected >= model.MARGIN


def test_parse_sets_maps_each_word_to_the_others_of_its_sets() -> None:
    table = model.parse_sets([["fair/adj", "fare/v"], ["fair", "fayre"]])
    own, others = table["fair"]
    assert own == model.Member("fair", "adj")
    assert [m.word for m in others] == ["fare", "fayre"]
    assert "set up" not in model.parse_sets([["setup/n", "set up/v"]])


def test_the_model_reads_only_the_words_a_story_holds() -> None:
    counts = model.Counts()
    table = model.parse_sets([["fair/adj", "fare/v"]])
    list(model.judge(Words("They tended to fair better."), table))
    assert counts.blocks == {}  # a fresh table: nothing parsed until a word is asked for
    counts.block("fare")
    assert set(counts.blocks) == {"fare"}


@pytest.mark.parametrize(
    "name", ["confusion-bigrams.tsv", "realword-bigrams.tsv", "compounds-bigrams.tsv"]
)
def test_every_block_of_a_shipped_table_is_indexed_where_it_starts(name: str) -> None:
    """The block index searches for "=" alone, and holds only while "=" begins a line
    nowhere but at a block's head: here every head a regex sees is found, at its place."""
    text = bytes(model.Counts(model.DATA.with_name(name)).text)
    heads = {m[1].decode(): m.start() for m in re.finditer(rb"\n=([^\t\n]+)\t", text)}
    assert len(heads) > 500
    assert model._heads(text) == heads


def test_the_block_index_skips_what_is_not_a_head() -> None:
    text = b"=top\t1\n# a=b\n~x\ty=z\n=able\t1\t2\t3\n<a\t5\n=no-tab\n=\t4\n=zeal\t1\t0\t0"
    assert model._heads(text) == {"able": text.index(b"\n=able"), "zeal": text.index(b"\n=zeal")}


def test_a_long_block_searched_by_stretches_answers_what_its_lines_say() -> None:
    """The block of "the" is far longer than one find is worth (searched by stretches):
    every neighbour listed on either side is found with its count, and words not listed
    are unseen."""
    counts = model.Counts(model.DATA.with_name("realword-bigrams.tsv"))
    block = counts.block("the")
    text = bytes(counts.text[block.before.start : block.before.end]).decode("utf-8")
    assert block.before.end - block.before.start > model.LONG_BLOCK
    assert block.before.lines is not None and block.before.lines is block.after.lines
    listed = [line for line in text.split("\n")[1:] if line[:1] in "<>"]
    assert (
        sum(line[0] == "<" for line in listed) > 100
        and sum(line[0] == ">" for line in listed) > 100
    )
    for line in listed:
        word, count = line[1:].split("\t")
        side = block.before if line[0] == "<" else block.after
        assert side.get(word) == float(count), line
    for missing in ("", "aaaaa", "zzzzz", "thee", "~"):
        assert block.after.get(missing) is None
        assert block.before.get(missing) is None


def test_a_table_is_read_in_place_and_a_word_it_cannot_hold_is_simply_unseen() -> None:
    counts = model.Counts()
    assert not isinstance(counts.text, bytes)  # mapped, not read whole
    affected = counts.block("affected")
    assert affected.frequency > 0 and affected.before.get("are") is not None
    assert affected.before.get("caf\u00e9") is None  # non-ASCII: searched as UTF-8
    assert affected.before.get("\udcff") is None  # a lone surrogate: no crash
    assert counts.block("\udcff") is model._NO_BLOCK


def test_a_confusion_pack_without_sets_names_its_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "desk.toml"
    pack.write_text(
        '[[rule]]\nid = "DESK1"\nkind = "confusion"\nmessage = "m"\nsets = [["only"]]\n',
        encoding="utf-8",
    )
    with pytest.raises(PackError, match=r"desk\.toml:\d+: DESK1: each confusion set needs"):
        load_pack(pack)


def test_a_desk_can_add_its_own_confusion_sets(tmp_path: Path) -> None:
    pack = tmp_path / "desk.toml"
    pack.write_text(
        '[[rule]]\nid = "DESK2"\nkind = "confusion"\n'
        "message = \"'{match}': did you mean '{replacement}'?\"\n"
        'sets = [["fair/adj", "fare/v"]]\n',
        encoding="utf-8",
    )
    settings = Settings(packs=(str(pack),), select=("DESK2",))
    result = check_text("Small towns tended to fair better.", settings=settings)
    assert [(d.rule, d.replacements) for d in result.diagnostics] == [("DESK2", ("fare",))]
