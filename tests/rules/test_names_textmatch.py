"""Matching with the standard library's re on the shadow of the text, as regex would."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
import regex

from newslint.rules.names import textmatch
from newslint.rules.names.textmatch import (
    Phrases,
    capital_after,
    caseless_endswith,
    shadow,
    word_boundary,
)

# Each shadow class beside the regex class it stands for.
CLASSES = [
    (textmatch.UPPER, r"\p{Lu}"),
    (textmatch.LOWER, r"\p{Ll}"),
    (textmatch.LETTER, r"\p{L}"),
    (textmatch.MARK, r"\p{M}"),
    (textmatch.DIGIT, r"\d"),
    (textmatch.NUMBER, r"\p{N}"),
    (textmatch.SPACE, r"\s"),
    (textmatch.WORD, r"\w"),
]


def _sample() -> list[str]:
    """Latin-1, the characters with stand-ins or special cases, and a seeded sample of the rest."""
    rng = random.Random(20240611)
    codes = set(range(0x100)) | {rng.randrange(0x100, 0x30000) for _ in range(6000)}
    codes |= {0x2019, 0x201C, 0x201D, 0x2018, 0x0301, 0x0660, 0x2163, 0x203F, 0x200C, 0x200D}
    codes |= {0x24B6, 0x1F130, 0x0130, 0x0131, 0x01C5, 0x2009, 0x3000, 0x1C, 0x85, 0x180E}
    return [chr(c) for c in sorted(codes)]


def _same_category_in_both(char: str) -> bool:
    """regex carries its own Unicode tables; skip characters the two versions disagree on."""
    category = unicodedata.category(char)
    return category != "Cn" and regex.match(rf"\p{{gc={category}}}", char) is not None


@pytest.mark.parametrize(("cls", "unicode_class"), CLASSES)
def test_shadow_classes_match_the_regex_classes(cls: str, unicode_class: str) -> None:
    ours, theirs = re.compile(f"[{cls}]"), regex.compile(unicode_class)
    wrong = [
        f"U+{ord(c):04X}"
        for c in _sample()
        if _same_category_in_both(c) and bool(ours.match(shadow(c))) != bool(theirs.match(c))
    ]
    assert not wrong


def test_shadow_keeps_offsets_and_ascii() -> None:
    text = "Attorney General Jeff Sessions’ “plan”, said Ánh Nguyễn\u2009(x)."
    sh = shadow(text)
    assert len(sh) == len(text)
    assert all(s == t for s, t in zip(sh, text, strict=True) if t.isascii())
    assert all(c <= "\xff" for c in sh)  # Latin-1 keeps re compiling fast
    assert shadow("plain ASCII") == "plain ASCII"


def test_curly_quotes_have_stand_ins_and_other_symbols_do_not_pass_for_them() -> None:
    sh = shadow("O’Brien “a” \x92\x93")
    assert sh[1] == textmatch.RSQUO and sh[8] == textmatch.LDQUO and sh[10] == textmatch.RDQUO
    assert textmatch.RSQUO not in sh[12:] and textmatch.LDQUO not in sh[12:]


def test_a_decomposed_accent_stays_inside_the_word() -> None:
    text = "Jose\u0301 Marti\u0301nez"
    words = re.findall(f"[{textmatch.LETTER}{textmatch.MARK}]+", shadow(text))
    assert [len(w) for w in words] == [5, 9]


def test_word_boundary_and_capital_after() -> None:
    sh = shadow("Judge Él and IIIx")
    assert word_boundary(sh, 0) and word_boundary(sh, 5) and not word_boundary(sh, 2)
    assert not word_boundary(sh, len("Judge Él and II"))
    assert capital_after(sh, 5)  # " É"
    assert not capital_after(sh, 8)  # " and"
    assert capital_after(shadow("Mayor \n Ana"), 5)
    assert not capital_after(shadow("Mayor\n\nAna"), 5)  # a paragraph break ends the title


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("with THE", "the", True),
        ("an Acting", "acting", True),
        ("İnterim", "interim", True),  # regex's IGNORECASE: "i" matches the dotted capital
        ("ınterim", "interim", False),  # but not the dotless small i
        ("the", "then-", False),
        ("breathe", "the", True),  # the caller checks what comes before
    ],
)
def test_caseless_endswith(text: str, word: str, expected: bool) -> None:
    assert caseless_endswith(text, len(text), word) is expected


def _spans(phrases: Phrases, text: str) -> list[str]:
    sh = shadow(text)
    return [text[s:e] for s, e in phrases.finditer(text, sh, lambda end: capital_after(sh, end))]


def test_phrases_prefer_the_longest_and_allow_any_space_between_words() -> None:
    phrases = Phrases(["Judge", "District Judge", "U.S. District Judge"])
    assert _spans(phrases, "by U.S. District Judge Amy Ray") == ["U.S. District Judge"]
    assert _spans(phrases, "by U.S. District\nJudge Amy Ray") == ["U.S. District\nJudge"]
    assert _spans(phrases, "by District\u00a0Judge Amy Ray") == ["District\u00a0Judge"]


def test_phrases_fall_back_to_a_shorter_one_when_the_check_after_fails() -> None:
    phrases = Phrases(["Attorney", "Attorney General"])
    # "Attorney General" is followed by "of", not a name; "Attorney" is followed by "General".
    assert _spans(phrases, "the Attorney General of Texas") == ["Attorney"]


def test_phrases_glued_to_a_word_on_the_left_do_not_count() -> None:
    phrases = Phrases(["President", "Judge"])
    assert _spans(phrases, "Vice-President Al Gore and ExJudge Bo Li") == []
    assert _spans(phrases, "said: President Al Gore") == ["President"]
    assert _spans(phrases, "O’Judge Ray and 2Judge Ray") == []


def test_phrases_must_be_single_spaced() -> None:
    with pytest.raises(ValueError):
        Phrases(["Attorney  General"])
    with pytest.raises(ValueError):
        Phrases(["A Judge"])
