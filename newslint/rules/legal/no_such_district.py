"""NL302: a federal district the state does not have ("Eastern District of Vermont")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import DISPLAY, Finding
from newslint.document import Document
from newslint.rule import Context, Rule
from newslint.rules.legal.courts import (
    AbbreviatedDistrict,
    Courts,
    DistrictName,
    cap,
    listing,
    ranked_districts,
)


class NoSuchDistrict(Rule):
    id = "NL302"
    name = "no-such-district"
    category = "courts"
    severity = "error"
    message = "The state has no federal district by that name."
    docs = """
    Each state has one to four federal judicial districts, fixed by 28 U.S.C. 81-131:
    Vermont has one (the District of Vermont), Pennsylvania three (Eastern, Middle,
    Western), California four. A direction the state does not have names a court that
    does not exist; the message lists the state's real districts and the fix proposes
    them, most likely first (a courthouse city or the same court named elsewhere in the
    story). Abolished districts still named in old opinions (the Eastern District of
    Illinois, the Eastern and Western districts of South Carolina) are accepted.
    """
    bad = (
        "The case was filed in the [[Eastern District of Vermont=>District of Vermont]].",
        "the federal court in the [[Northern=>Eastern]] District of Pennsylvania",
        "The judge sits in the [[District of Northern Tennessee=>Eastern District of Tennessee]].",
        "Judge Lee ([[E.=>]]D. Vt.) wrote the opinion.",
    )
    good = (
        "The case was filed in the District of Vermont.",
        "the federal court in the Middle District of Pennsylvania",
        "The District of Virginia was one of the first 13 districts.",
    )
    skip_regions = frozenset()
    fix_notes = """
    A one-district state's fix ("District of Vermont") is unsafe. The state's other
    districts, ranked, are guesses: shown with the finding, never applied.
    """

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        for d in courts.districts:
            finding = _named(courts, d)
            if finding is not None:
                yield finding
        for a in courts.abbreviated:
            finding = _abbreviated(courts, a)
            if finding is not None:
                yield finding


def _named(courts: Courts, d: DistrictName) -> Finding | None:
    state, real = d.state, list(d.state.directions)
    direction = d.before or d.after
    if direction is None or (d.before and d.after):
        return None  # no direction, or two ("Northern District of Southern ..."): beyond a rule
    real_or_old = direction in real or direction in state.historical
    if d.before and real_or_old:
        return None
    if state.single:
        only = f"District of {state.place}"
        if d.before:
            why = f"the {only}, not the {direction} District."
        else:
            why = f"the {only}; there is no {courts.text[d.start : d.end]!r}."
        message = f"{cap(state.subject)} has one federal district: {why}"
        return Finding(d.start, d.end, message, (only,))
    if real_or_old:
        return None  # a real district with its words out of order: NL301's
    # The state's real districts, most likely first: a guess, shown and never applied.
    ranked = ranked_districts(courts.text, d.start, d.end, state, direction)
    if d.before:  # the direction alone is replaced
        message = f"There is no {direction} District of {state.place}: its districts are "
        fixes, end = [r.direction for r in ranked], d.before_end
    else:
        message = (
            f"Words in the wrong order, and {state.subject} has no {direction} district: "
            "its districts are "
        )
        fixes, end = [r.name for r in ranked], d.end
    message += f"{listing(real)}."
    return Finding(d.start, end, message, tuple(dict.fromkeys(fixes)), fix_safety=DISPLAY)


def _abbreviated(courts: Courts, a: AbbreviatedDistrict) -> Finding | None:
    state, letter = a.state, a.letter
    if letter is None:
        return None  # "D. Mass.": a district without a direction
    real = {d[0]: d for d in state.directions}
    if letter in real or letter in {d[0] for d in state.historical}:
        return None
    if state.single:
        message = f'{cap(state.subject)} has one federal district, cited "D. {state.bluebook}".'
        return Finding(a.start, a.d_start, message, ("",))
    ranked = ranked_districts(courts.text, a.start, a.end, state, "")
    message = (
        f"{cap(state.subject)} has no such district: its districts are "
        f"{listing(list(real.values()))}."
    )
    fixes = tuple(dict.fromkeys(r.direction[0] for r in ranked))
    return Finding(a.start, a.start + 1, message, fixes, fix_safety=DISPLAY)
