"""Court names: recognise federal and state courts as news copy names them, and
flag the ones that do not exist, proposing the real court.

Recognised forms: "U.S. District Court for the Northern District of California",
"the Northern District of California", "N.D. Cal.", "federal court in San
Francisco", "the 9th U.S. Circuit Court of Appeals", "the U.S. Court of Appeals
for the Ninth Circuit", "(9th Cir. 2019)", "the California Supreme Court", the
national courts. Facts come from the package's own table (``courts_data.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from newslint.diagnostics import SAFE
from newslint.rule import Example
from newslint.rules.legal.common import (
    SP,
    LazyPattern,
    LegalRule,
    Prose,
    Scan,
    paragraph_bounds,
    sentence_bounds,
)
from newslint.rules.legal.table import (
    DIRECTIONS,
    ORDINAL_WORDS,
    Circuit,
    District,
    State,
    court_table,
    ordinal_value,
)

WRONG_ORDER = "NL301"
NO_SUCH_DISTRICT = "NL302"
STATE_MISSPELLED = "NL303"
NO_SUCH_CIRCUIT = "NL304"
WRONG_KIND = "NL305"
CIRCUIT_FORM = "NL306"
STATE_HIGH_COURT = "NL307"
GENERIC_COURT = "NL308"

_DIR = "|".join(DIRECTIONS)
_ORD_WORD = "|".join(ORDINAL_WORDS)
_ORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th|d)|{_ORD_WORD})"
_US = rf"(?:U\.S\.|United{SP}States)"

# "[Northern ]District of [the ][Northern ]<State words>"
_DISTRICT = LazyPattern(
    rf"(?:\b(?P<dir1>{_DIR}){SP})?\bDistrict{SP}of{SP}(?P<the>the{SP})?(?:(?P<dir2>{_DIR}){SP})?"
    rf"(?P<state>[A-Z][a-z]+(?: +[A-Z][a-z]+){{0,2}})"
)
# "the 9th U.S. Circuit Court of Appeals", "Ninth Circuit Court of Appeals"
_AP_CIRCUIT = LazyPattern(
    rf"\b(?P<num>{_ORD}|D\.C\.)(?P<us>{SP}U\.S\.)?{SP}Circuit{SP}Court{SP}of{SP}(?P<appeals>Appeals?)\b"
)
# "U.S. Court of Appeals for the Ninth Circuit" (or, wrongly, "... Fifth District")
_FORMAL_CIRCUIT = LazyPattern(
    rf"(?:\b(?P<us>{_US}|federal){SP})?\bCourt{SP}of{SP}Appeals{SP}for{SP}the{SP}"
    rf"(?P<num>{_ORD}|D\.C\.|District{SP}of{SP}Columbia|Federal){SP}(?P<kind>Circuit|District)\b"
)
# "the 9th District Court of Appeals" / "U.S. District Court of Appeals"
_DISTRICT_APPEALS = LazyPattern(
    rf"(?:\b(?P<num>{_ORD}){SP}(?P<us1>U\.S\.{SP})?|\b(?P<us2>{_US}|federal){SP})"
    rf"(?P<bad>District{SP}Court{SP}of{SP}Appeals)\b"
)
# "U.S. District Court for the Ninth Circuit"
_DISTRICT_FOR_CIRCUIT = LazyPattern(
    rf"\b(?P<bad>District{SP}Court){SP}for{SP}the{SP}(?P<num>{_ORD}|D\.C\.|Federal){SP}Circuit\b"
)
# Citation form: "(9th Cir. 2019)", "2d Cir."
_CIR_CITE = LazyPattern(rf"\b(?P<num>\d{{1,2}}(?:st|nd|rd|th|d)){SP}Cir\.")
_CIRCUIT_COURT_BEFORE = LazyPattern(rf"\b(?P<bad>Circuit{SP}Court){SP}(?:for|of){SP}the{SP}$")
_COURT_BEFORE = LazyPattern(
    rf"(?:\b{_US}{SP}|\bfederal{SP})?(?:District|Bankruptcy|Circuit){SP}Court{SP}(?:for|of){SP}the{SP}$"
)
_US_COURT = LazyPattern(rf"\b{_US}{SP}(?:District|Bankruptcy|Supreme){SP}Court\b")
_FEDERAL_COURT_IN = LazyPattern(
    rf"\b(?:federal|U\.S\.(?:{SP}[Dd]istrict)?){SP}(?:(?:district|bankruptcy|appeals|trial){SP})?"
    rf"[Cc]ourt{SP}in{SP}(?P<city>[A-Z][\w'’.-]*(?:{SP}[A-Z][\w'’.-]*){{0,2}})"
)
_CIRCUIT_COURT_IN = LazyPattern(
    rf"\b(?:{_US}|[Ff]ederal){SP}(?P<bad>(?P<c>[Cc])ircuit{SP}[Cc]ourt){SP}in{SP}"
    rf"(?P<city>[A-Z][\w'’.-]*(?:{SP}[A-Z][\w'’.-]*){{0,2}})"
)
_GENERIC_COURT = LazyPattern(
    r"\b(?P<the>[Tt]he) (?P<court>[Cc]ourt)\b(?!'s? (?:of|for)\b| (?:of|for)\b)"
)
_PREV_WORD = LazyPattern(r"([A-Za-z][\w'’.]*) *$")
# Capitalised words that may stand right before "District of ..." in a court's name
# or in a sentence; any other capitalised word makes it another body ("Water District of").
_COURT_WORDS = frozenset({
    "The", "For", "Of", "In", "And", "At", "To", "From", "By", "With", "On", "Court", "Courts",
    "Office", "Division", "Attorney", "Attorneys", "Attorney's", "Attorney’s", "States", "U.S.",
    "America", "Federal", "Bankruptcy", "District", "Judge", "Judges", "Clerk", "Marshal",
    "Marshals", "Defender", "Probation", "Chief", "Acting", "Former", "Serving", "Throughout",
    "Across",
})  # fmt: skip
# Real words a letter or two from a state's name: "District of Indian Territory".
_NEAR_STATE_WORDS = frozenset(
    {"Indian", "Main", "Virgin", "Georgian", "Coronado", "Texan", "Mainer"}
)
_COURT_CUE = LazyPattern(r"(?i)\b(?:court|attorney|judge|federal|bankruptcy|prosecutors?)\b")


class CourtWordOrder(LegalRule):
    id = WRONG_ORDER
    name = "court-word-order"
    category = "courts"
    severity = "error"
    message = "Words of a district court's name are in the wrong order."
    docs = """
    Federal districts are named direction first: the Northern District of California,
    never the "District of Northern California". The court is established by
    28 U.S.C. 84, and AP style (entry "court names") capitalises it as written there.
    The fix puts the words back in order; an editor confirms it (court fixes are unsafe).
    """
    bad = (
        Example(
            "the U.S. District Court for the [[District of Northern California=>Northern District of California]]",
            fixed="the U.S. District Court for the Northern District of California",
        ),
        "He sued in the [[District of Eastern Pennsylvania=>Eastern District of Pennsylvania]] last year.",
    )
    good = (
        "the U.S. District Court for the Northern District of California",
        "the Metropolitan Water District of Southern California",
    )
    skip_regions = frozenset()  # a wrong court is wrong in a quotation too


class NoSuchDistrict(LegalRule):
    id = NO_SUCH_DISTRICT
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


class StateMisspelledInCourt(LegalRule):
    id = STATE_MISSPELLED
    name = "court-state-misspelled"
    category = "courts"
    severity = "error"
    message = "A state's name is misspelled in a court's name."
    docs = """
    A court's name carries the state's name exactly: the Eastern District of Virginia,
    not "Virgina". The rule compares the word after "District of" with the names of
    the states and territories that have federal courts and proposes the close match.
    """
    bad = ("the U.S. Attorney for the Eastern District of [[Virgina=>Virginia]]",)
    good = ("the U.S. Attorney for the Eastern District of Virginia",)
    skip_regions = frozenset()


class NoSuchCircuit(LegalRule):
    id = NO_SUCH_CIRCUIT
    name = "no-such-circuit"
    category = "courts"
    severity = "error"
    message = "There is no federal circuit with that number."
    docs = """
    The federal courts of appeals are the 1st through 11th circuits, the D.C. Circuit
    and the Federal Circuit (28 U.S.C. 41). A "12th U.S. Circuit Court of Appeals"
    does not exist. When the story names a state or city, the fix proposes that
    state's circuit. State courts numbered higher ("Florida's 17th Judicial Circuit")
    are not federal and are left alone.
    """
    bad = (
        "The [[14th=>9th]] U.S. Circuit Court of Appeals in San Francisco upheld the ruling.",
        "See Smith v. Jones, 12 F.4th 100 ([[13th]] Cir. 2021).",
    )
    good = (
        "The 9th U.S. Circuit Court of Appeals in San Francisco upheld the ruling.",
        "Florida's 17th Judicial Circuit heard the case.",
    )
    skip_regions = frozenset()


class WrongKindOfCourt(LegalRule):
    id = WRONG_KIND
    name = "wrong-kind-of-court"
    category = "courts"
    severity = "error"
    message = "A trial court and an appeals court are confused in a court's name."
    docs = """
    Federal trial courts are district courts ("U.S. District Court for the Northern
    District of Illinois"); appeals courts are circuit courts ("7th U.S. Circuit Court
    of Appeals", "U.S. Court of Appeals for the Seventh Circuit"). The federal circuit
    courts that tried cases were abolished in 1912. So "U.S. Circuit Court for the
    District of ...", "U.S. District Court of Appeals" and "Court of Appeals for the
    Fifth District" name no court. AP style names the appeals courts "the 9th U.S.
    Circuit Court of Appeals"; with the Chicago style the fix is "the U.S. Court of
    Appeals for the Ninth Circuit". State courts with such names (Ohio's district courts
    of appeals, Florida's district courts of appeal) are left alone.
    """
    bad = (
        "Judge Orrick of the U.S. [[Circuit Court=>District Court]] for the Northern District of California",
        "the U.S. [[District Court of Appeals=>Court of Appeals]] for the Fifth Circuit",
        "The [[9th District Court of Appeals=>9th U.S. Circuit Court of Appeals]] ruled Monday.",
        Example(
            "The [[9th District Court of Appeals=>U.S. Court of Appeals for the Ninth Circuit]] "
            "ruled Monday.",
            style="chicago",
            fixed="The U.S. Court of Appeals for the Ninth Circuit ruled Monday.",
        ),
    )
    good = (
        "Judge Orrick of the U.S. District Court for the Northern District of California",
        "the U.S. Court of Appeals for the Fifth Circuit",
        "Ohio's 9th District Court of Appeals ruled Monday.",
        "Florida's 4th District Court of Appeal ruled Monday.",
    )
    skip_regions = frozenset()


class CircuitCourtForm(LegalRule):
    id = CIRCUIT_FORM
    name = "circuit-court-form"
    category = "courts"
    severity = "suggestion"
    message = "Write the appeals court's name in house style."
    docs = """
    AP style (entry "U.S. Court of Appeals") names an appeals court with a numeral and
    "U.S.": "the 9th U.S. Circuit Court of Appeals". The rule flags the half-AP forms
    "the Ninth U.S. Circuit Court of Appeals" and "the 9th Circuit Court of Appeals".
    With the Chicago style (CMOS 8.64) the spelled-out form is used instead: "the U.S.
    Court of Appeals for the Ninth Circuit", and the AP form is flagged. The formal
    names used by courts and agencies ("the Fifth Circuit Court of Appeals", "the U.S.
    Court of Appeals for the Fifth Circuit") are left alone.
    """
    bad = (
        Example(
            "the [[Ninth U.S. Circuit Court of Appeals=>9th U.S. Circuit Court of Appeals]]",
            fixed="the 9th U.S. Circuit Court of Appeals",
        ),
        "the [[9th Circuit Court of Appeals=>9th U.S. Circuit Court of Appeals]]",
        Example(
            "the [[9th U.S. Circuit Court of Appeals=>U.S. Court of Appeals for the Ninth Circuit]]",
            style="chicago",
            fixed="the U.S. Court of Appeals for the Ninth Circuit",
        ),
    )
    good = (
        "the 9th U.S. Circuit Court of Appeals",
        "the U.S. Court of Appeals for the Ninth Circuit",
        "the Fifth Circuit Court of Appeals",
    )


class StateHighCourtName(LegalRule):
    id = STATE_HIGH_COURT
    name = "state-high-court-name"
    category = "courts"
    severity = "warning"
    message = "This state's highest court is not called a Supreme Court."
    docs = """
    Most states call their top court the Supreme Court, but not all: Massachusetts and
    Maine have a Supreme Judicial Court, and the District of Columbia's top court is the
    D.C. Court of Appeals. "Massachusetts Supreme Court" names no court. (New York's
    Supreme Court exists but is a trial court; its top court is the Court of Appeals.)
    """
    bad = (
        "The [[Massachusetts Supreme Court=>Massachusetts Supreme Judicial Court]] ruled on Tuesday.",
    )
    good = (
        "The Massachusetts Supreme Judicial Court ruled on Tuesday.",
        "The California Supreme Court ruled on Tuesday.",
    )


class GenericCourtLowercase(LegalRule):
    id = GENERIC_COURT
    name = "generic-court-lowercase"
    category = "courts"
    severity = "suggestion"
    message = 'Lowercase the generic "the court", as the story does elsewhere.'
    docs = """
    AP style capitalises a court's full name but lowercases "the court" standing alone
    ("the court ruled"). Court opinions and many government releases capitalise "the
    Court" by their own convention, so the rule only flags a story that mostly writes
    "the court" and slips into "the Court" now and then. Chicago style capitalises "the
    Court" for the U.S. Supreme Court, so the rule is quiet with `--style chicago`.
    """
    bad = (
        Example(
            "The court met at 9. Then the [[Court=>court]] ruled. The court adjourned at noon.",
            fixed="The court met at 9. Then the court ruled. The court adjourned at noon.",
        ),
    )
    good = (
        "After a long hearing, the Court ruled. The Court also ordered costs.",
        "The court met at 9. The Court of Appeals ruled. The court adjourned.",
    )
    fix_safety = SAFE


# --------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------
# "N.D. Cal.", "S.D.N.Y.", "E.D. Va.", "S. D. New York", "D. Mass." (Bluebook forms); the
# state part is looked up in the table, so the pattern stays small.
_ABBREVIATED = LazyPattern(
    r"(?<![\w.])(?:(?P<dir>[NSEWMC])\. ?)?(?P<d>D)\. ?"
    r"(?P<state>[A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?){0,2})"
)
_WORD_OF_ABBREVIATION = LazyPattern(r"[A-Z][A-Za-z]*\.?")


@cache
def _abbreviations() -> dict[str, State]:
    """State abbreviations and names with spaces removed: "W.Va.", "NewYork", "N.Y."."""
    return {re.sub(r"\s", "", k): v for k, v in court_table().by_abbreviation.items()}


def _abbreviated_state(text: str, m: re.Match[str]) -> tuple[State, int] | None:
    """The state of an abbreviated district and where its name ends."""
    words = list(_WORD_OF_ABBREVIATION.finditer(text, m.start("state"), m.end("state")))
    known = _abbreviations()
    for n in range(len(words), 0, -1):
        key = "".join(w.group(0) for w in words[:n])
        # "S. D. New York." at a sentence's end: the period is the sentence's.
        for candidate in (key, key[:-1] if key.endswith(".") else ""):
            if candidate in known:
                return known[candidate], words[n - 1].end() - (len(key) - len(candidate))
    return None


@cache
def _places() -> dict[str, list[str]]:
    """Circuits by place name: states, courthouse cities and circuit seats."""
    table = court_table()
    places: dict[str, list[str]] = {}
    for state in table.states.values():
        places.setdefault(state.name, []).append(state.circuit)
    for city, districts in table.city_districts.items():
        places.setdefault(city, []).extend(d.circuit for d in districts)
    for circuit in table.circuits.values():
        places.setdefault(circuit.seat, []).append(circuit.number)
    return places


_CAPITALISED_RUN = LazyPattern(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")


def scan_courts(text: str | Prose, style: str = "ap") -> Scan:
    """Courts named in ``text``. Each pattern runs only on the paragraphs that hold the
    words it needs (``Prose.finditer``)."""
    scan = Scan()
    prose = text if isinstance(text, Prose) else Prose(text)
    if not any(word in prose.text for word in ("Court", "District", "Circuit", "Cir.", "D.")):
        return scan  # nothing court-like: keep a plain story cheap
    _districts(prose, scan)
    _abbreviated(prose, scan)
    _appeals(prose, style, scan)
    _high_courts(prose, scan)
    _recognise_others(prose, scan)
    _circuit_court_in_city(prose, scan)
    _generic_court(prose, style, scan)
    return scan


def _prev_word(text: str, pos: int) -> str | None:
    """The word right before ``pos`` on the same line, or None after punctuation."""
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1) if m else None


def _court_context(text: str, pos: int) -> bool:
    """False when a capitalised word that is not part of a court's name comes right
    before: "Metropolitan Water District of Southern California" is no court."""
    word = _prev_word(text, pos)
    # A word ending a sentence ("... the Islands. District of ...") names nothing here.
    return word is None or not word[0].isupper() or word in _COURT_WORDS or word.endswith(".")


def _resolve_state(words: list[str]) -> tuple[State, int, bool] | None:
    """The state named by the first of ``words``: (state, words used, exact?)."""
    table = court_table()
    for n in range(min(3, len(words)), 0, -1):
        candidate = " ".join(words[:n])
        if candidate in table.states:
            return table.states[candidate], n, True
        if n == 1 and candidate in table.aliases:
            return table.states[table.aliases[candidate]], 1, True
    for n in range(min(2, len(words)), 0, -1):
        candidate = " ".join(words[:n])
        best: list[tuple[int, State]] = []
        for name, state in table.states.items():
            if name.count(" ") != n - 1 or name[0] != candidate[0]:
                continue
            if candidate in _NEAR_STATE_WORDS:
                continue
            limit = 1 if len(name) <= 5 else 2
            if abs(len(candidate) - len(name)) > limit:
                continue
            dist = _typo_distance(candidate, name)
            if dist <= limit:
                best.append((dist, state))
        best.sort(key=lambda item: item[0])
        if best and (len(best) == 1 or best[0][0] < best[1][0]):
            return best[0][1], n, False
    return None


def _typo_distance(a: str, b: str) -> int:
    """Edits between two short words (insert, delete, replace, swap two neighbours).
    A few state names are compared per unknown word, so plain Python is quick enough
    and spares loading a library on first use."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


_CAP_WORD = LazyPattern(r"[A-Z][a-z]+")


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CAP_WORD.finditer(text, start, end)]


def _has_phrase(text: str, phrase: str, lo: int = 0, hi: int | None = None) -> bool:
    """``phrase`` occurs in ``text[lo:hi]`` as whole words (no pattern to compile)."""
    hi = len(text) if hi is None else hi
    start = text.find(phrase, lo, hi)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        start = text.find(phrase, start + 1, hi)
    return False


def _story_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Where to look for context: the story, or ~700 words around the span in a long file."""
    return max(0, start - 4000), min(len(text), end + 4000)


def _state_named_before(text: str, pos: int) -> State | None:
    """The state (or "D.C.") whose name ends right before ``pos``: "Louisiana's 5th ..."."""
    table = court_table()
    words = text[max(0, pos - 40) : pos].split()
    if words:
        words[-1] = re.sub(r"(?:'s|’s|'|’)$", "", words[-1])
    for n in (3, 2, 1):
        name = " ".join(words[-n:]) if len(words) >= n else ""
        if name in table.states:
            return table.states[name]
        if name == "D.C.":
            return table.states["District of Columbia"]
    return None


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _listing(directions: list[str]) -> str:
    if len(directions) == 1:
        return f"the {directions[0]}"
    return "the " + ", ".join(directions[:-1]) + f" and {directions[-1]}"


def _ranked(text: str, start: int, end: int, state: State, exclude: str) -> list[District]:
    """The state's real districts, most likely first: one whose courthouse city the story
    names, or one named elsewhere in the story; one named in the same sentence is
    probably another item of a list."""
    s_start, s_end = sentence_bounds(text, start, end)
    lo, hi = _story_window(text, start, end)
    scored: list[tuple[int, int, District]] = []
    for index, district in enumerate(state.districts):
        if district.direction == exclude:
            continue
        score = 0
        if any(_has_phrase(text, c, lo, hi) for c in district.cities):
            score += 2
        at = text.find(district.name, lo, hi)
        if at >= 0:
            score += -3 if s_start <= at < s_end else 1
        scored.append((-score, index, district))
    return [d for _, _, d in sorted(scored, key=lambda item: (item[0], item[1]))]


def _district_matches(prose: Prose) -> Iterator[re.Match[str]]:
    """The matches of ``_DISTRICT`` in the text, as ``finditer`` finds them, but the
    pattern is tried only where a match can start: at "District", or at a direction
    right before it ("Northern District"). Scanning every position is slow."""
    text = prose.text
    for start, end in prose.lines("District"):
        pos = start  # where the last match ended: matches do not overlap
        at = text.find("District", pos, end)
        while at >= 0:
            lead = at
            while lead > start and text[lead - 1] == " ":
                lead -= 1
            begins = [
                lead - len(d)
                for d in DIRECTIONS
                if lead < at and lead - len(d) >= pos and text.startswith(d, lead - len(d), lead)
            ]
            for begin in (*begins, at):
                m = _DISTRICT.match(text, begin, end) if begin >= pos else None
                if m:
                    yield m
                    pos = m.end()
                    break
            at = text.find("District", max(pos, at + 1), end)


def _districts(prose: Prose, scan: Scan) -> None:
    text = prose.text
    if "District of" not in text:
        return
    table = court_table()
    for m in _district_matches(prose):
        dir1, dir2 = m.group("dir1"), m.group("dir2")
        words_spans = _word_spans(text, m.start("state"), m.end("state"))
        words = [text[s:e] for s, e in words_spans]
        if dir2 and " ".join([dir2, *words[:2]]) in table.states:
            # "District of the Northern Mariana Islands": the direction is the name.
            state = table.states[" ".join([dir2, *words[:2]])]
            used, exact, dir2 = 2, True, None
        else:
            resolved = _resolve_state(words)
            if resolved is None:
                continue
            state, used, exact = resolved
        first = m.start("dir1") if dir1 else m.start()
        if not _court_context(text, first):
            continue
        if m.group("the") and not state.name.endswith("Islands"):
            continue  # "Central District of the Texas Conference": another body's district
        if not exact and not (dir1 or dir2 or _COURT_CUE.search(text)):
            continue
        state_start, state_end = words_spans[0][0], words_spans[used - 1][1]
        scan.spans.append((first, state_end))
        before = _COURT_BEFORE.search(text, max(0, first - 60), first)
        if before:
            scan.spans.append((before.start(), first))
        if not exact:
            written = text[state_start:state_end]
            court = (
                (dir1 or dir2 or "") + (" " if dir1 or dir2 else "") + f"District of {state.place}"
            )
            scan.add(
                STATE_MISSPELLED,
                state_start,
                state_end,
                f"{written!r} is misspelled: the court is the {court}.",
                state.name,
            )
        _check_directions(text, scan, m, state, first, state_end, dir1, dir2)
        circuit = _CIRCUIT_COURT_BEFORE.search(text, max(0, first - 40), first)
        if circuit and not (
            state.single and not (dir1 or dir2) and state.name == "District of Columbia"
        ):
            district_name = (
                f"{dir1 or dir2} District of {state.place}"
                if (dir1 or dir2)
                else f"District of {state.place}"
            )
            scan.add(
                WRONG_KIND,
                circuit.start("bad"),
                circuit.end("bad"),
                f"A federal trial court is a district court: the U.S. District Court for the "
                f"{district_name}. U.S. circuit courts that tried cases were abolished in 1912.",
                "District Court",
            )


def _check_directions(
    text: str,
    scan: Scan,
    m: re.Match[str],
    state: State,
    first: int,
    state_end: int,
    dir1: str | None,
    dir2: str | None,
) -> None:
    if dir1 and dir2:
        return  # "Northern District of Southern ..." is beyond repair by rule
    real = list(state.directions)
    if dir1:
        if dir1 in real or dir1 in state.historical:
            return
        if state.single:
            scan.add(
                NO_SUCH_DISTRICT,
                first,
                state_end,
                f"{_cap(state.subject)} has one federal district: the District of {state.place}, "
                f"not the {dir1} District.",
                f"District of {state.place}",
            )
            return
        ranked = _ranked(text, first, state_end, state, dir1)
        scan.add(
            NO_SUCH_DISTRICT,
            m.start("dir1"),
            m.end("dir1"),
            f"There is no {dir1} District of {state.place}: its districts are {_listing(real)}.",
            *(d.direction for d in ranked),
        )
        return
    if not dir2:
        return
    written = text[m.start() : state_end]
    if state.single:
        scan.add(
            NO_SUCH_DISTRICT,
            m.start(),
            state_end,
            f"{_cap(state.subject)} has one federal district: the District of {state.place}; "
            f"there is no {written!r}.",
            f"District of {state.place}",
        )
    elif dir2 in real or dir2 in state.historical:
        scan.add(
            WRONG_ORDER,
            m.start(),
            state_end,
            f"Words in the wrong order: the court is the {dir2} District of {state.place}, "
            f"not the {written!r}.",
            f"{dir2} District of {state.place}",
        )
    else:
        ranked = _ranked(text, m.start(), state_end, state, dir2)
        scan.add(
            NO_SUCH_DISTRICT,
            m.start(),
            state_end,
            f"Words in the wrong order, and {state.subject} has no {dir2} district: "
            f"its districts are {_listing(real)}.",
            *(d.name for d in ranked),
        )


def _abbreviated(prose: Prose, scan: Scan) -> None:
    text = prose.text
    for m in prose.finditer(_ABBREVIATED, "D."):
        found = _abbreviated_state(text, m)
        if found is None:
            continue
        state, end = found
        circuit = re.search(
            rf"\b{_US} (?P<bad>Circuit Court), $", text[max(0, m.start() - 40) : m.start()]
        )
        if circuit:
            at = max(0, m.start() - 40)
            scan.add(
                WRONG_KIND,
                at + circuit.start("bad"),
                at + circuit.end("bad"),
                "A federal trial court is a district court: United States District Court, "
                f"{text[m.start() : end]}. U.S. circuit courts that tried cases were abolished "
                "in 1912.",
                "District Court",
            )
        letter = m.group("dir")
        if letter is None:
            continue  # "D. Mass.": a district's name without a direction
        scan.spans.append((m.start(), end))
        real = {d[0]: d for d in state.directions}
        historical = {d[0] for d in state.historical}
        if letter in real or letter in historical:
            continue
        if state.single:
            scan.add(
                NO_SUCH_DISTRICT,
                m.start("dir"),
                m.start("d"),
                f'{_cap(state.subject)} has one federal district, cited "D. {state.bluebook}".',
                "",
            )
        else:
            ranked = _ranked(text, m.start(), end, state, "")
            scan.add(
                NO_SUCH_DISTRICT,
                m.start("dir"),
                m.start("dir") + 1,
                f"{_cap(state.subject)} has no such district: its districts are "
                f"{_listing(list(real.values()))}.",
                *(d.direction[0] for d in ranked),
            )


def _circuit_of(token: str) -> Circuit | None:
    table = court_table()
    compact = re.sub(r"\s+", " ", token)
    if compact in ("D.C.", "District of Columbia"):
        return table.circuits["D.C."]
    if compact == "Federal":
        return table.circuits["Federal"]
    value = ordinal_value(compact)
    if value is None:
        return None
    return table.circuits.get(str(value))


def _context_circuits(text: str, pos: int) -> list[Circuit]:
    """Circuits of the places named near ``pos``: its sentence, else its paragraph,
    else the story."""
    table = court_table()
    windows = (
        sentence_bounds(text, pos, pos),
        paragraph_bounds(text, pos),
        _story_window(text, pos, pos),
    )
    found: list[Circuit] = []
    places = _places()
    for lo, hi in windows:
        for m in _CAPITALISED_RUN.finditer(text, lo, hi):
            words = m.group(0).split(" ")
            for i in range(len(words)):
                for n in (3, 2, 1):
                    place = " ".join(words[i : i + n]).rstrip(".,")
                    for number in places.get(place, ()):
                        circuit = table.circuits[number]
                        if circuit not in found and number != "Federal":
                            found.append(circuit)
        if found:
            break
    return found


def _ohio_context(text: str, pos: int) -> bool:
    """Ohio's intermediate courts are the "district courts of appeals" (1st to 12th)."""
    p_start, p_end = paragraph_bounds(text, pos)
    return "Ohio" in text[p_start:p_end] or bool(re.search(r"\bOhio\b", text[:pos][-300:]))


def _state_before(text: str, pos: int) -> bool:
    """A state's name (or its possessive) right before: "Louisiana's 5th Circuit ..."."""
    return _state_named_before(text, pos) is not None


def _numbered_name(circuit: Circuit, style: str, numeral_span: str) -> str:
    """The circuit's number as written in the phrase being fixed: "9th" or "Ninth"."""
    if not circuit.number.isdigit():
        return circuit.number
    return circuit.ordinal if numeral_span[:1].isalpha() else circuit.numeral


def _appeals(prose: Prose, style: str, scan: Scan) -> None:
    # Each pattern is compiled only for a story that has its words.
    text = prose.text
    if "Circuit" in text and "Court" in text and "Appeal" in text:
        _ap_form(prose, style, scan)
    if "Court of" in text and "Appeals" in text:
        _formal_form(prose, style, scan)
    if "District" in text and "Appeals" in text:
        _district_appeals(prose, style, scan)
    if "District" in text and "Circuit" in text:
        _district_for_circuit(prose, scan)
    if "Cir." in text:
        for m in prose.finditer(_CIR_CITE, "Cir."):
            scan.spans.append((m.start(), m.end()))
            if _circuit_of(m.group("num")) is None:
                _bad_number(text, scan, m.start("num"), m.end("num"), style)


def _bad_number(text: str, scan: Scan, start: int, end: int, style: str) -> None:
    written = text[start:end]
    fixes = [_numbered_name(c, style, written) for c in _context_circuits(text, start)]
    if written[:1].isdigit():
        fixes = [f if not f[:1].isdigit() else _bluebook_numeral(f, written) for f in fixes]
    scan.add(
        NO_SUCH_CIRCUIT,
        start,
        end,
        f"There is no {written} Circuit: the federal courts of appeals are the 1st to 11th "
        "circuits, the D.C. Circuit and the Federal Circuit."
        + (" Nearby places suggest the one proposed." if fixes else ""),
        *fixes,
    )


def _bluebook_numeral(numeral: str, written: str) -> str:
    """Keep Bluebook's "2d"/"3d" when the text uses it."""
    if (
        written.endswith("d")
        and not written.endswith(("nd", "rd"))
        and numeral[-2:] in ("nd", "rd")
    ):
        return numeral[:-2] + "d"
    return numeral


def _ap_form(prose: Prose, style: str, scan: Scan) -> None:
    text = prose.text
    for m in prose.finditer(_AP_CIRCUIT, "Appeal", "Circuit"):
        if m.group("appeals") == "Appeal" and not m.group("us"):
            continue  # Louisiana's "Fifth Circuit Court of Appeal" is a state court
        if _state_before(text, m.start()):
            continue
        scan.spans.append((m.start(), m.end()))
        circuit = _circuit_of(m.group("num"))
        if circuit is None:
            _bad_number(text, scan, m.start("num"), m.end("num"), style)
            continue
        written = text[m.start() : m.end()]
        spelled = m.group("num")[:1].isalpha() and m.group("num") != "D.C."
        if style == "chicago":
            if m.group("us") or not spelled:
                scan.add(
                    CIRCUIT_FORM,
                    m.start(),
                    m.end(),
                    f"Chicago style spells out the court's name: {circuit.name('chicago')}.",
                    circuit.name("chicago"),
                )
        elif circuit.number.isdigit() and bool(spelled) == bool(m.group("us")):
            scan.add(
                CIRCUIT_FORM,
                m.start(),
                m.end(),
                f'AP style: {circuit.name("ap")} (numeral, with "U.S."), not {written!r}.',
                circuit.name("ap"),
            )


def _formal_form(prose: Prose, style: str, scan: Scan) -> None:
    text = prose.text
    for m in prose.finditer(_FORMAL_CIRCUIT, "Appeals"):
        scan.spans.append((m.start(), m.end()))
        circuit = _circuit_of(m.group("num"))
        if m.group("kind") == "District":
            if not m.group("us") or circuit is None:
                continue  # "Court of Appeals for the Fifth District" may be a state court
            number = m.group("num")
            scan.add(
                WRONG_KIND,
                m.start("num"),
                m.end("kind"),
                f"Federal appeals courts sit by circuit, not district: the U.S. Court of "
                f"Appeals for the {circuit.ordinal} Circuit.",
                f"{number} Circuit",
            )
        elif circuit is None:
            _bad_number(text, scan, m.start("num"), m.end("num"), style)


def _district_appeals(prose: Prose, style: str, scan: Scan) -> None:
    text = prose.text
    for m in prose.finditer(_DISTRICT_APPEALS, "Appeals", "District"):
        if m.group("num"):
            if _state_before(text, m.start()) or _ohio_context(text, m.start()):
                continue
            circuit = _circuit_of(m.group("num"))
            if circuit is None:
                continue
            fix = circuit.name(style)
            # Second choice: the least change ("Fourth Circuit Court of Appeals").
            least = re.sub(r"District(?=\s+Court)", "Circuit", text[m.start() : m.end()])
            scan.add(
                WRONG_KIND,
                m.start(),
                m.end(),
                f"A federal appeals court is a circuit court: the {fix}. "
                "(District courts are trial courts.)",
                fix,
                least,
            )
        else:
            follows = re.match(
                rf"{SP}for{SP}the{SP}(?P<num>{_ORD}|D\.C\.|Federal){SP}Circuit",
                text[m.end() : m.end() + 40],
            )
            if not follows and _ohio_context(text, m.start()):
                continue
            scan.add(
                WRONG_KIND,
                m.start("bad"),
                m.end("bad"),
                'There is no "District Court of Appeals" in the federal courts: it is the '
                "U.S. Court of Appeals (district courts are trial courts).",
                "Court of Appeals",
            )
        scan.spans.append((m.start(), m.end()))


def _district_for_circuit(prose: Prose, scan: Scan) -> None:
    for m in prose.finditer(_DISTRICT_FOR_CIRCUIT, "Circuit", "District"):
        circuit = _circuit_of(m.group("num"))
        if circuit is None:
            continue
        scan.spans.append((m.start(), m.end()))
        scan.add(
            WRONG_KIND,
            m.start("bad"),
            m.end("bad"),
            f"A circuit's court is a court of appeals: the U.S. Court of Appeals for the "
            f"{circuit.ordinal} Circuit.",
            "Court of Appeals",
        )


_HIGH_COURT = LazyPattern(
    rf"\b(?:Supreme{SP}Court|Supreme{SP}Judicial{SP}Court|Court{SP}of{SP}(?:Criminal{SP})?Appeals)\b"
)


def _high_courts(prose: Prose, scan: Scan) -> None:
    text = prose.text
    if "Supreme" not in text and "Court of Appeals" not in text:
        return
    for m in prose.finditer(_HIGH_COURT, ("Supreme", "Appeals")):
        state = _state_named_before(text, m.start())
        if state is None:
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip()
        if before.endswith(("'s", "’s", "'", "’")):
            continue  # "Ohio's Supreme Court": a description, not a made-up name
        named = "D.C." if before.endswith("D.C.") else state.name
        start = text.rfind(named, 0, m.start())
        scan.spans.append((start, m.end()))
        court = re.sub(r" +", " ", m.group(0))
        if court == "Supreme Court" and state.high_court.not_supreme:
            fix = state.high_court.name
            if named == "D.C.":
                fix = "D.C. " + fix.split(" ", 1)[1]
            scan.add(
                STATE_HIGH_COURT,
                start,
                m.end(),
                f"The highest court of {state.name} is the {state.high_court.name}; "
                f"there is no {text[start : m.end()]!r}.",
                fix,
            )


@cache
def _national_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each national court's names, with the longest part they all share ("Supreme
    Court"): a story without that part names the court in none of them."""
    found = []
    for court in court_table().national:
        forms = (court.name, *court.forms)
        shortest = min(forms, key=len)
        shared = next(
            shortest[i : i + size]
            for size in range(len(shortest), -1, -1)
            for i in range(len(shortest) - size + 1)
            if all(shortest[i : i + size] in form for form in forms)
        )
        found.append((shared, forms))
    return tuple(found)


def _recognise_others(prose: Prose, scan: Scan) -> None:
    """Spans only: courts that need no check but that other engines should leave alone."""
    text = prose.text
    table = court_table()
    for shared, forms in _national_forms():
        if shared not in text:
            continue  # one search instead of one per form
        for form in forms:
            at = text.find(form)
            while at >= 0:
                scan.spans.append((at, at + len(form)))
                at = text.find(form, at + 1)
    for m in prose.finditer(_US_COURT, "Court", ("U.S.", "United")):
        scan.spans.append((m.start(), m.end()))
    if "ourt in" not in text:
        return
    for m in prose.finditer(_FEDERAL_COURT_IN, "ourt", ("federal", "U.S.")):
        words = m.group("city")
        for n in range(words.count(" ") + 1, 0, -1):
            city = " ".join(words.split()[:n])
            if city in table.city_districts or city in table.states:
                scan.spans.append((m.start(), m.start("city") + len(city)))
                break


def _circuit_court_in_city(prose: Prose, scan: Scan) -> None:
    """ "the U.S. Circuit Court in Pittsburgh": the federal court there is a district court
    (a circuit's seat, "in Richmond", may mean its court of appeals and is left alone)."""
    if "ircuit" not in prose.text:
        return
    table = court_table()
    seats = {c.seat for c in table.circuits.values()}
    for m in prose.finditer(_CIRCUIT_COURT_IN, "ircuit", "ourt"):
        words = m.group("city").split()
        city = next(
            (
                " ".join(words[:n])
                for n in range(len(words), 0, -1)
                if " ".join(words[:n]) in table.city_districts
            ),
            None,
        )
        if city is None or city in seats:
            continue
        district = table.city_districts[city][0]
        fix = "District Court" if m.group("c") == "C" else "district court"
        scan.add(
            WRONG_KIND,
            m.start("bad"),
            m.end("bad"),
            f"The federal court in {city} is a district court (the U.S. District Court for "
            f"the {district.name}); U.S. circuit courts that tried cases were abolished in 1912.",
            fix,
        )


def _generic_court(prose: Prose, style: str, scan: Scan) -> None:
    if style == "chicago" or "ourt" not in prose.text:
        return
    found = list(prose.finditer(_GENERIC_COURT, ("he court", "he Court")))
    upper = [m for m in found if m.group("court") == "Court"]
    if not upper or len(found) - len(upper) <= len(upper):
        return  # the story capitalises on purpose, or never lowercases
    for m in upper:
        scan.add(
            GENERIC_COURT,
            m.start("court"),
            m.end("court"),
            'AP style lowercases "the court" standing alone, as this story mostly does.',
            "court",
        )
