"""Court names: real courts pass, courts that do not exist are flagged with the real one."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from newslint import markup
from newslint.diagnostics import Diagnostic
from newslint.fixer import apply_fixes
from newslint.linter import check_text
from newslint.settings import Settings


def lint(text: str, style: str = "ap", fmt: str = "plain") -> list[Diagnostic]:
    result = check_text(text, fmt=fmt, settings=Settings(style=style, select=("NL3",)))
    return result.diagnostics


def found(text: str, rule: str, style: str = "ap") -> list[tuple[str, tuple[str, ...], str]]:
    return [
        (text[d.start : d.end], d.replacements, d.message)
        for d in lint(text, style)
        if d.rule == rule
    ]


def test_sample_sentence_gets_the_real_court_and_says_why() -> None:
    text = "the U.S. District Court for the District of Northern California"
    ((span, fixes, message),) = found(text, "NL301")
    assert span == "District of Northern California"
    assert fixes[0] == "Northern District of California"
    assert "words in the wrong order" in message.lower()


def test_wrong_order_fix_applies_and_is_unsafe() -> None:
    text = "He filed suit in the District of Eastern Pennsylvania on Monday."
    diags = [d for d in lint(text) if d.rule == "NL301"]
    assert diags and diags[0].fix is not None and diags[0].fix.applicability == "unsafe"
    assert apply_fixes(text, diags)[0] == text  # unsafe: not applied by default
    fixed, _ = apply_fixes(text, diags, unsafe=True)
    assert fixed == "He filed suit in the Eastern District of Pennsylvania on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "the Northern District of California",
        "U.S. District Judge Ana Ruiz of the Southern District of Texas",
        "the U.S. Bankruptcy Court for the District of Delaware",
        "the Central District of Illinois and the Middle District of Georgia",
        "the District of the Northern Mariana Islands and the District of Puerto Rico",
        "the Metropolitan Water District of Southern California",  # not a court
        "the Unified School District of Eastern Nevada",
        "The District of Ohio was split in 1855.",  # historical single district
        "old opinions from the Eastern District of Illinois",  # abolished 1978
        "cases from N.D. Ill., S.D.N.Y., E.D. Pa., D. Mass. and W.D. Wash.",
        "the 2nd U.S. Circuit Court of Appeals in New York",
        "the U.S. Court of Appeals for the District of Columbia Circuit",
        "the U.S. Court of Appeals for the Armed Forces",
        "Ohio's 8th District Court of Appeals reversed the verdict.",
        "Florida's 4th District Court of Appeal reversed the verdict.",
        "Louisiana's Fifth Circuit Court of Appeal reversed the verdict.",
        "the Circuit Court for Baltimore County and Michigan's 3rd Circuit Court",
        "The Eleventh Judicial Circuit of Florida heard the case.",
        "The New York Supreme Court and the Texas Court of Criminal Appeals ruled.",
        "a federal court in Brooklyn and the federal court in San Francisco",
    ],
)
def test_real_courts_are_quiet(text: str) -> None:
    assert lint(text) == []


def test_single_district_state_names_its_one_district() -> None:
    ((span, fixes, message),) = found("A jury in the Eastern District of Vermont agreed.", "NL302")
    assert span == "Eastern District of Vermont"
    assert fixes == ("District of Vermont",)
    assert "one federal district" in message


def test_missing_direction_lists_the_real_districts() -> None:
    ((span, fixes, message),) = found("the Northern District of Pennsylvania", "NL302")
    assert span == "Northern"
    assert set(fixes) == {"Eastern", "Middle", "Western"}
    assert "Eastern, Middle and Western" in message


def test_fix_ranking_prefers_a_courthouse_city_named_in_the_story() -> None:
    text = "In Richmond, prosecutors for the Northern District of Virginia filed charges."
    ((_, fixes, _),) = found(text, "NL302")
    assert fixes == ("Eastern", "Western")
    text = "In Roanoke, prosecutors for the Northern District of Virginia filed charges."
    ((_, fixes, _),) = found(text, "NL302")
    assert fixes[0] == "Western"


def test_fix_ranking_skips_districts_already_listed_in_the_sentence() -> None:
    text = (
        "The U.S. attorneys for the Western District of Louisiana, the Middle District of "
        "Louisiana and the Southern District of Louisiana met on Monday."
    )
    ((span, fixes, _),) = found(text, "NL302")
    assert span == "Southern"
    assert fixes[0] == "Eastern"


def test_wrong_order_with_a_direction_the_state_lacks() -> None:
    ((span, fixes, message),) = found("the District of Northern Pennsylvania", "NL302")
    assert span == "District of Northern Pennsylvania"
    assert "Middle District of Pennsylvania" in fixes
    assert "wrong order" in message


def test_misspelled_state_in_a_court_name() -> None:
    text = "the U.S. Attorney's Office for the Eastern District of Wisconson"
    ((span, fixes, _),) = found(text, "NL303")
    assert (span, fixes) == ("Wisconson", ("Wisconsin",))
    assert found("the Western District of West Virgina", "NL303")[0][1] == ("West Virginia",)


def test_abbreviated_district_the_state_lacks() -> None:
    text = "Smith v. Jones (E.D. Vt. 2019)"
    ((span, _, message),) = found(text, "NL302")
    assert span == "E." and "one federal district" in message
    fixed, _ = apply_fixes(text, [d for d in lint(text) if d.rule == "NL302"], unsafe=True)
    assert fixed == "Smith v. Jones (D. Vt. 2019)"


def test_no_such_circuit_uses_the_places_in_the_story() -> None:
    text = "The 14th U.S. Circuit Court of Appeals in San Francisco upheld the ban."
    ((span, fixes, message),) = found(text, "NL304")
    assert (span, fixes[0]) == ("14th", "9th")
    assert "1st to 11th" in message
    ((span, _, _),) = found("the U.S. Court of Appeals for the Twelfth Circuit", "NL304")
    assert span == "Twelfth"
    assert found("Jones v. Lee, 12 F.4th 1 (13th Cir. 2021)", "NL304")


def test_district_court_called_a_circuit_court() -> None:
    text = "Judge Orrick of the U.S. Circuit Court for the Northern District of California"
    ((span, fixes, _),) = found(text, "NL305")
    assert (span, fixes) == ("Circuit Court", ("District Court",))
    ((span, fixes, _),) = found("The U.S. Circuit Court in Pittsburgh ruled.", "NL305")
    assert fixes == ("District Court",)
    assert not found("The federal circuit court in Richmond ruled.", "NL305")  # a circuit seat


def test_appeals_court_called_a_district_court() -> None:
    ((span, fixes, _),) = found("the U.S. District Court of Appeals for the Fifth Circuit", "NL305")
    assert (span, fixes) == ("District Court of Appeals", ("Court of Appeals",))
    ((span, fixes, _),) = found("the U.S. Court of Appeals for the Fifth District", "NL305")
    assert (span, fixes) == ("Fifth District", ("Fifth Circuit",))
    ((span, fixes, _),) = found("the U.S. District Court for the Ninth Circuit", "NL305")
    assert fixes == ("Court of Appeals",)


def test_numbered_district_court_of_appeals_takes_the_house_form() -> None:
    text = "The 9th District Court of Appeals ruled."
    ((_, fixes, _),) = found(text, "NL305")
    assert fixes == ("9th U.S. Circuit Court of Appeals", "9th Circuit Court of Appeals")
    ((_, fixes, _),) = found(text, "NL305", style="chicago")
    assert fixes[0] == "U.S. Court of Appeals for the Ninth Circuit"
    assert not found("The 9th District Court of Appeals in Akron, Ohio, ruled.", "NL305")


def test_circuit_court_form_follows_the_house_style() -> None:
    assert found("the Ninth U.S. Circuit Court of Appeals", "NL306")[0][1] == (
        "9th U.S. Circuit Court of Appeals",
    )
    assert found("the 9th Circuit Court of Appeals", "NL306")
    assert not found("the 9th U.S. Circuit Court of Appeals", "NL306")
    assert not found("the Fifth Circuit Court of Appeals", "NL306")
    chicago = found("the 9th U.S. Circuit Court of Appeals", "NL306", style="chicago")
    assert chicago[0][1] == ("U.S. Court of Appeals for the Ninth Circuit",)
    assert not found("the U.S. Court of Appeals for the Ninth Circuit", "NL306", style="chicago")


def test_state_high_court_names() -> None:
    assert found("The Massachusetts Supreme Court ruled.", "NL307")[0][1] == (
        "Massachusetts Supreme Judicial Court",
    )
    assert found("the D.C. Supreme Court", "NL307")[0][1] == ("D.C. Court of Appeals",)
    assert not found("The Vermont Supreme Court ruled.", "NL307")


def test_generic_court_only_when_the_story_mostly_lowercases() -> None:
    mixed = "The court met. The court heard Lee. Then the Court ruled."
    assert [s for s, _, _ in found(mixed, "NL308")] == ["Court"]
    consistent = "The Court met. The Court heard Lee. Then the Court ruled."
    assert not found(consistent, "NL308")
    assert not found(mixed, "NL308", style="chicago")


def test_court_errors_are_flagged_inside_quotations() -> None:
    text = 'She said, "We will appeal to the District of Northern California."'
    assert found(text, "NL301")


def test_a_name_broken_across_lines_is_still_read() -> None:
    text = "He sued in the District of\nNorthern California on Monday."
    ((span, fixes, _),) = found(text, "NL301")
    assert span == "District of\nNorthern California"
    assert fixes == ("Northern District of California",)


@pytest.mark.parametrize(
    "text",
    [
        "The Central District of the Texas Conference met on Sunday.",
    ],
)
def test_other_bodies_districts_are_quiet(text: str) -> None:
    assert not found(text, "NL302")


def test_the_district_of_columbia_is_named_as_its_court_is() -> None:
    ((_, fixes, message),) = found("a suit in the Northern District of Columbia", "NL302")
    assert fixes == ("District of Columbia",)
    assert message.startswith("The District of Columbia has one federal district")


def test_a_sentence_end_does_not_hide_the_next_court() -> None:
    text = "He moved to the Virgin Islands. District of Northern Vermont officials agreed."
    assert found(text, "NL302")[0][1] == ("District of Vermont",)


def test_markdown_offsets_map_back_to_the_source() -> None:
    source = "A judge in the *District of Northern Ohio* ruled.\n"
    diags = [d for d in lint(source, fmt="markdown") if d.rule == "NL301"]
    assert source[diags[0].start : diags[0].end] == "District of Northern Ohio"
    fixed, _ = apply_fixes(source, diags, unsafe=True)
    assert fixed == "A judge in the *Northern District of Ohio* ruled.\n"


def test_recognised_courts_are_facts_of_the_analysis_whatever_is_selected() -> None:
    from newslint.analysis import Analysis

    text = "The 9th U.S. Circuit Court of Appeals and the District of Vermont agreed."
    analysis = Analysis(markup.parse(text, "plain"))
    spans = [text[s:e] for s, e in analysis.legal_spans]
    assert spans == ["9th U.S. Circuit Court of Appeals", "District of Vermont"]


def test_importing_the_legal_rules_loads_no_heavy_library() -> None:
    code = (
        "import sys, newslint.rules.legal.courts, newslint.rules.legal.citations\n"
        "print(' '.join(sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
        check=True,
    ).stdout.split()
    assert not {m.split(".")[0] for m in out} & {"courts_db", "eyecite", "citeurl", "rapidfuzz"}


def test_ranked_guesses_are_shown_and_never_applied() -> None:
    # Pennsylvania has three districts: which one was meant is a guess.
    text = "He sued in the Northern District of Pennsylvania in Pittsburgh."
    (diag,) = [d for d in lint(text) if d.rule == "NL302"]
    assert (text[diag.start : diag.end], diag.replacements) == (
        "Northern",
        ("Western", "Eastern", "Middle"),  # Pittsburgh's district first
    )
    assert diag.fix is None
    assert apply_fixes(text, [diag], unsafe=True)[0] == text
    # A one-district state's fix is certain: an unsafe fix, applied when asked.
    one = "He sued in the Eastern District of Vermont."
    (certain,) = [d for d in lint(one) if d.rule == "NL302"]
    assert certain.fix is not None and certain.fix.applicability == "unsafe"
    assert apply_fixes(one, [certain], unsafe=True)[0] == "He sued in the District of Vermont."
    # A circuit guessed from the places the story names is shown, not applied.
    circuit = "The 14th U.S. Circuit Court of Appeals in San Francisco ruled."
    (guess,) = [d for d in lint(circuit) if d.rule == "NL304"]
    assert (guess.replacements, guess.fix) == (("9th",), None)
