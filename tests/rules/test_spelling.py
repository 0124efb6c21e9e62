"""The spelling family (NL602-NL608) on its own sentences, its word lists and a clean set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newslint.linter import check_text
from newslint.rules.spelling import lexicon
from newslint.rules.spelling.wordlists import parse_wordlist
from newslint.settings import ConfigError, Settings

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ROOT / "tests" / "data" / "clean"


def found(text: str, settings: Settings | None = None, prefix: str = "NL6") -> list[tuple]:
    result = check_text(text, "plain", settings)
    return [
        (d.rule, text[d.start : d.end], d.replacements)
        for d in result.diagnostics
        if d.rule.startswith(prefix)
    ]


# --------------------------------------------------------------------------- the dictionary


def test_lookup_finds_words_and_proper_nouns_in_the_shipped_file() -> None:
    assert lexicon.is_word("government")
    assert lexicon.lookup("washington") is not None
    assert lexicon.lookup("washington").forms == ("Washington",)  # type: ignore[union-attr]
    assert lexicon.lookup("zzqxv") is None
    # Seen in use but no dictionary word: known, not accepted as a dictionary word.
    entry = lexicon.lookup("recieve")
    assert entry is not None and not entry.in_dictionary


def test_candidates_count_a_transposition_as_one_edit_and_prefer_common_words() -> None:
    best = lexicon.candidates("technolgoy")[0]
    assert (best.word, best.distance) == ("technology", 1)
    assert lexicon.candidates("recieve")[0].word == "receive"
    assert lexicon.candidates("persue")[0].word == "pursue"


# A letter dropped, added, changed, two swapped; a word that is a target itself; a word
# with a letter no target has; a short word; a word in two cases ("Polish").
ONE_EDIT_KEYS = "goverment governmentt govarnment govenrment government naïve teh polsih cafe"


@pytest.mark.parametrize("key", ONE_EDIT_KEYS.split())
def test_the_search_one_edit_away_finds_what_a_full_comparison_finds(key: str) -> None:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    expected = []
    for length in range(len(key) - 1, len(key) + 2):
        shown, lowered, zipf = lexicon._bucket(length)
        for _, distance, i in process.extract(
            key, lowered, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            if lowered[i] != key:
                expected.append(lexicon.Candidate(shown[i], int(distance), int(zipf[i]) / 10))
    expected.sort(key=lambda c: (c.distance - lexicon._bonus(key, c.word.lower()), -c.zipf))
    assert expected  # each key has neighbours: the comparison means something
    assert lexicon.candidates(key, 1) == tuple(expected)


@pytest.mark.parametrize("key", [*ONE_EDIT_KEYS.split(), "progam", "busbie", "cagey", "whith"])
def test_the_search_in_place_finds_what_the_buckets_find(key: str) -> None:
    """A process's first searches look neighbours up in the dictionary; later ones read
    the buckets: the same candidates in the same order either way (rare core words too:
    "busbies", "cagy")."""
    in_place = lexicon._one_edit_in_place(key)
    assert in_place
    assert in_place == lexicon._one_edit_in_buckets(key)


@pytest.mark.parametrize("key", ONE_EDIT_KEYS.split())
@pytest.mark.parametrize("zipf", [3.0, 4.0, 5.5])
def test_near_common_agrees_with_the_full_search_one_edit_away(key: str, zipf: float) -> None:
    expected = any(c.zipf >= zipf for c in lexicon.candidates(key, 1))
    assert lexicon.near_common(key, zipf) is expected


def test_british_map_gives_the_american_form() -> None:
    assert lexicon.american("centred") == "centered"
    assert lexicon.american("organise") == "organize"
    assert lexicon.american("colour") == "color"
    assert lexicon.american("catalogues") is None  # an accepted American variant
    assert lexicon.american("color") is None


# --------------------------------------------------------------------------- NL602


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board percieved a threat.", ("NL602", "percieved", ("perceived",))),
        ("Officials will accomodate them.", ("NL602", "accomodate", ("accommodate",))),
        # One slip from an institution's word: no surname after the title "Justice".
        ("The Justice Departmnet’s lawyers.", ("NL602", "Departmnet’s", ("Department’s",))),
        ("The agency’s offical said so.", ("NL602", "offical", ("official",))),
    ],
)
def test_misspelling_span_and_fix(text: str, expected: tuple | None) -> None:
    hits = [h for h in found(text) if h[0] == "NL602"]
    assert hits == ([] if expected is None else [expected])


def test_possessive_of_a_misspelled_word_keeps_its_apostrophe() -> None:
    assert found("The goverment's plan.") == [("NL602", "goverment's", ("government's",))]


def test_ambiguous_correction_offers_several_without_a_safe_fix() -> None:
    result = check_text("It aso helps.", "plain")
    [diag] = [d for d in result.diagnostics if d.rule == "NL602"]
    assert len(diag.replacements) > 1 and "also" in diag.replacements
    assert diag.fix is not None and diag.fix.applicability == "unsafe"


@pytest.mark.parametrize(
    "text",
    [
        "Attorney General Jeff Sessions met Sessions' aides.",
        "Councilor Dagoberto Quiñones-Yazzie spoke. Quiñones-Yazzie voted no.",
        "Email budget@cabq.gov or see https://cabq.gov/recieve today.",
        "Follow @CABQMayor and #ABQBudget for updates.",
        "Install it with `pip install newslintt` first.",
        "The NAACP, the FBI and NATO issued statements.",
        "The 3rd Circuit heard 12th-hour arguments over COVID-19 rules.",
        "She's the state's best-known, long-standing advocate; they'd agreed.",
        "Will Cahoe and Sheev Dave led the project.",
        "Cybercrime and ransomware cost the county $2 million.",
        "The back-end code and the front-end team.",
        "Thanks to Oliver Scherer (oli-obk) and Andre Bogus (llogiq).",
        "Write to us (mailto:desk@example.org) or on Solr, publicly.",
        "The director Wong Kar-wai and the actor Jean-baptiste Okonjo arrived.",
    ],
)
def test_newsroom_copy_is_left_alone(text: str) -> None:
    assert found(text) == []


def test_names_in_the_names_list_are_accepted(tmp_path: Path) -> None:
    names = tmp_path / "names.toml"
    names.write_text('[[person]]\nname = "Tessaly Okonkwo-Brandt"\n', encoding="utf-8")
    text = "The mayor thanked Okonkwo-Brandt and Tessaly."
    assert found(text, Settings(names=(str(names),))) == []


def test_sentence_start_and_headline_words_are_checked_as_common_words() -> None:
    [(rule, span, fixes)] = found("Suprising no one, it passed.")
    assert (rule, span, fixes[0]) == ("NL602", "Suprising", "Surprising")
    assert found("Justice Department Settles Religious Discrimation Lawsuit") == [
        ("NL602", "Discrimation", ("Discrimination",))
    ]


# --------------------------------------------------------------------------- NL603-NL608


def test_british_spelling_is_flagged_under_ap_and_chicago() -> None:
    for style in ("ap", "chicago"):
        hits = found("The talks centred on the harbour.", Settings(style=style))
        assert ("NL603", "centred", ("centered",)) in hits
        assert ("NL603", "harbour", ("harbor",)) in hits


def test_run_together_and_split_words() -> None:
    assert found("A policy orstrategy change.") == [("NL604", "orstrategy", ("or strategy",))]
    assert found("Read the notes ont his page.") == [("NL604", "ont his", ("on this",))]
    assert found("Not affected by the bugs fixed int his release.") == [
        ("NL604", "int his", ("in this",))
    ]
    assert found("We will build up a team and set up a desk.") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("She waited an hour for a university official.", None, None),
        ("She waited a hour.", "a", "an"),
        ("It was an one-time grant.", "an", "a"),
        ("He is an honest man and an FBI agent.", None, None),
        ("Building an healthy team.", "an", "a"),
        ("A report from an user of the site.", "an", "a"),
        ("This is an in-person session.", None, None),
    ],
)
def test_a_or_an_by_sound(text: str, span: str | None, fix: str | None) -> None:
    hits = [h for h in found(text) if h[0] == "NL605"]
    assert hits == ([] if span is None else [("NL605", span, (fix,))])


def test_phrasal_noun_and_stray_words() -> None:
    assert found("It was a kick back scheme.") == [("NL606", "a kick back", ("a kickback",))]
    assert found("They're are ready.") == [("NL608", "They're are", ("They are",))]


def test_doubled_word_across_a_line_break_but_not_a_paragraph() -> None:
    assert found("She said the\nthe ruling stands.", prefix="NL601") == [
        ("NL601", "the\nthe", ("the",))
    ]
    assert found("A headline\n\nA story begins.", prefix="NL601") == []


def test_straight_quote_among_curly_ones() -> None:
    text = '“Yes,” she said. "No,” he said.'
    assert found(text) == [("NL607", '"', ("“",))]


# --------------------------------------------------------------------------- word lists


def test_word_list_accepts_and_rejects(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.write_text(
        "# desk words\nnewslintt\nOkonkwo  # a councilor\n!judgement\n", encoding="utf-8"
    )
    assert parse_wordlist(str(words)) == ({"newslintt", "okonkwo"}, {"judgement"})
    settings = Settings(dictionary=(str(words),))
    assert found("The newslintt tool.", settings) == []
    hits = found("The judgement stands.", settings)
    assert [(h[0], h[1]) for h in hits] == [("NL602", "judgement")]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"caf\xe9\n", "not valid UTF-8 at byte offset 3"),
        (b"word\x00\x01\x02", "a binary file"),
        (b"two words\n", "line 1: one word a line"),
    ],
)
def test_bad_word_list_is_a_config_error_naming_the_file(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    bad = tmp_path / "words.txt"
    bad.write_bytes(content)
    with pytest.raises(ConfigError, match=problem) as info:
        parse_wordlist(str(bad))
    assert str(bad) in str(info.value)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "cannot read word list"), (b"\xff\xfe\x00b", "a binary file")],
)
def test_cli_bad_word_list_is_one_line_and_exit_2(
    tmp_path: Path, content: bytes | None, problem: str
) -> None:
    if content is not None:
        (tmp_path / "desk.txt").write_bytes(content)
    (tmp_path / ".newslint.toml").write_text('dictionary = ["desk.txt"]\n', encoding="utf-8")
    draft = tmp_path / "story.txt"
    draft.write_text("The judge ruled.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", str(draft)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"NEWSLINT_LANGUAGETOOL": "off", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "desk.txt" in lines[0] and problem in lines[0], proc.stderr


# --------------------------------------------------------------------------- clean copy


def test_clean_names_heavy_news_raises_at_most_half_an_alarm_per_1000_words() -> None:
    words = alarms = 0
    shown = []
    for path in sorted(CLEAN.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        hits = [d for d in check_text(text, "markdown").diagnostics if d.rule.startswith("NL6")]
        alarms += len(hits)
        shown += [(path.name, d.rule, text[d.start : d.end]) for d in hits]
    assert words > 1000
    assert alarms * 1000 / words <= 0.5, shown


def test_a_lowercase_part_of_a_common_compound_is_still_checked() -> None:
    text = "Anti-goverment crowds met the Smith-goverment deal."
    assert [w for _, w, _ in found(text)] == ["goverment", "goverment"]


# --------------------------------------------------------------------------- NL612


@pytest.mark.parametrize(
    ("source", "fmt", "span"),
    [
        ("See the [report](https://example.gov/r),. Then vote.", "markdown", ","),
        ("Members chose not to renew,.\nThe board met.", "plain", ","),
        ("The county grew etc.. Then it shrank.", "plain", "."),
    ],
)
def test_stray_mark_span_and_fix(source: str, fmt: str, span: str) -> None:
    result = check_text(source, fmt)
    [diag] = [d for d in result.diagnostics if d.rule == "NL612"]
    assert source[diag.start : diag.end] == span
    assert diag.replacements == ("",)


@pytest.mark.parametrize(
    "source",
    [
        "Visit https://example.gov/a,.b for the form.",  # an address
        "Use `a,.b` in the config.",  # code
        "The vote was close [1],[2].",  # no stray mark
    ],
)
def test_stray_mark_left_alone(source: str) -> None:
    assert not [d for d in check_text(source, "markdown").diagnostics if d.rule == "NL612"]
