"""What the legal scanners share: the flattened text, and patterns run only on the
paragraphs that can hold a match (which must find exactly what a whole-text scan finds)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from newslint.rules.legal.citations import _CITATION, _CODE_LETTERS, _VERSUS
from newslint.rules.legal.common import LazyPattern, Prose, flatten
from newslint.rules.legal.courts import _DISTRICT, _GENERIC_COURT, _district_matches


def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_flatten_keeps_length_and_paragraph_breaks() -> None:
    text = "the\u00a0Northern\tDistrict of\nOhio ruled.\n\nA new\r\nparagraph."
    flat = flatten(text)
    assert len(flat) == len(text)
    assert flat == "the Northern District of Ohio ruled.\n\nA new  paragraph."


def test_lines_hold_every_need_and_any_word_of_a_tuple() -> None:
    prose = Prose("A court ruled.\n\nThe Court of Appeals.\n\nU.S. District Court.\n\nNothing.")

    def lines(*needs: str | tuple[str, ...]) -> list[str]:
        return [prose.text[start:end] for start, end in prose.lines(*needs)]

    assert lines("ourt") == ["A court ruled.", "The Court of Appeals.", "U.S. District Court."]
    assert lines("Court", ("U.S.", "Appeals")) == ["The Court of Appeals.", "U.S. District Court."]
    assert lines(("Nothing", "ruled")) == ["A court ruled.", "Nothing."]
    assert lines("Supreme") == []


@pytest.mark.parametrize(
    ("pattern", "needs", "text"),
    [
        (_GENERIC_COURT, (("he court", "he Court"),), "The court met.\n\nThen the Court  ruled."),
        (_VERSUS, ((" v ", " v. ", " vs ", " vs. ", " versus "),), "Roe v. Wade\n\nA vs B.\n\nx"),
    ],
)
def test_a_pattern_run_on_its_lines_finds_what_a_whole_scan_finds(
    pattern: LazyPattern, needs: tuple[str | tuple[str, ...], ...], text: str
) -> None:
    prose = Prose(text)
    assert spans(prose.finditer(pattern, *needs)) == spans(pattern.finditer(prose.text))


def test_a_lookahead_past_the_paragraph_sees_what_a_whole_scan_sees() -> None:
    # The citation's lookahead refuses "and 1374" because a code follows, in the next
    # paragraph: scanning the first paragraph alone would take it.
    prose = Prose("See 8 U.S.C. 1373 and 1374\n\nU.S.C. 5 was cited too.")
    whole = [m.group(0) for m in _CITATION.finditer(prose.text)]
    assert whole == ["8 U.S.C. 1373"]
    assert [m.group(0) for m in prose.finditer(_CITATION, _CODE_LETTERS, peek=16)] == whole
    assert [m.group(0) for m in prose.finditer(_CITATION, _CODE_LETTERS)] != whole


@pytest.mark.parametrize(
    "text",
    [
        "the Northern District of Ohio and the District of Northern California",
        "(Eastern  District of Virginia) xNorthern District of Ohio, Middle District",
        "District of District of Columbia\n\nSouthern District of the Virgin Islands",
        "MidWestern District of Texas; Central District ofCalifornia; Western District of",
    ],
)
def test_district_matches_are_the_patterns_matches(text: str) -> None:
    prose = Prose(text)
    found = [(m.span(), m.groupdict()) for m in _district_matches(prose)]
    assert found == [(m.span(), m.groupdict()) for m in _DISTRICT.finditer(prose.text)]
    assert found
