"""NL309: a court or U.S. attorney's office named for a state that has several districts,
without saying which ("U.S. District Court for the District of Pennsylvania").

A preview rule, off by default: select it by id (``--select NL309``, or
``extend_select = ["NL309"]`` in the config).
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import DISPLAY, Finding
from newslint.document import Document
from newslint.rule import Context, Rule
from newslint.rules.legal.courts import listing, ranked_districts

# What stands before a district's name when it names an office or a court of that district.
_OFFICE_BEFORE = ("Court for the ", "Attorney for the ", "Attorney's Office for the ")


class DistrictNeedsDirection(Rule):
    id = "NL309"
    name = "district-needs-direction"
    category = "courts"
    severity = "warning"
    message = "The state has several federal districts: the court's name says which."
    docs = """
    A state with more than one federal district has no "District of" court of its own:
    Pennsylvania's courts are the Eastern, Middle and Western districts (28 U.S.C. 118),
    so "the U.S. District Court for the District of Pennsylvania" names no court. The rule
    looks only where a court or a U.S. attorney's office is named ("... Court for the",
    "U.S. Attorney for the"); a district named in history ("the District of Virginia
    was one of the first 13 districts") is left alone.
    """
    why = """
    AP ("court names") and 28 U.S.C. 81-131: a federal court's name is the name the law
    gives it. A reader looking up the case needs the district.
    """
    bad = (
        "He sued in the U.S. District Court for the [[District of Pennsylvania=>Western District "
        "of Pennsylvania]] in Pittsburgh.",
    )
    good = (
        "He sued in the U.S. District Court for the Western District of Pennsylvania.",
        "He sued in the U.S. District Court for the District of Vermont.",
        "The District of Virginia was one of the first 13 districts.",
    )
    fix_safety = DISPLAY  # which district was meant is a guess
    fix_notes = "The state's districts, most likely first (a courthouse city the story names)."
    status = "preview"
    enabled_by_default = False
    skip_regions = frozenset()  # a court's name is as wrong in a quotation
    references = ("28 U.S.C. 81-131 (the judicial districts)", 'AP Stylebook, "court names"')

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        text = courts.text
        for d in courts.districts:
            state = d.state
            if d.before or d.after or state.single or not d.exact:
                continue
            if not text[max(0, d.start - 30) : d.start].endswith(_OFFICE_BEFORE):
                continue
            ranked = ranked_districts(text, d.start, d.end, state, "")
            yield Finding(
                d.start,
                d.end,
                f"{state.name} has {len(state.directions)} federal districts, "
                f"{listing(list(state.directions))}: say which one.",
                tuple(r.name for r in ranked),
                fix_safety=DISPLAY,
            )
