"""Court names as news copy writes them: the scanner that finds them, as typed facts.

Recognised forms: "U.S. District Court for the Northern District of California",
"the Northern District of California", "N.D. Cal.", "federal court in San
Francisco", "the 9th U.S. Circuit Court of Appeals", "the U.S. Court of Appeals
for the Ninth Circuit", "(9th Cir. 2019)", "the California Supreme Court", the
national courts. Facts come from the package's own table (``_courts_data.py``).

The scanner says what is there, with its parts ("a district named with the direction
after 'District of'", "a circuit numbered 14th"); it decides nothing about style or
correctness. Each court rule (``court_word_order.py``, ``no_such_district.py``...) reads
these facts from ``ctx.analysis.courts``, decides, and words its own message. Helpers
the rules share for proposing a fix (``ranked_districts``, ``circuits_near``) are here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from newslint.rules.legal.common import (
    SP,
    Fact,
    LazyPattern,
    Prose,
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


# --------------------------------------------------------------------------
# The facts
# --------------------------------------------------------------------------
Span = tuple[int, int]


class DistrictName(Fact):
    """A federal district named in words: "Northern District of California", or as
    written, "District of Northern California", "Eastern District of Virgina"."""

    _fields = (
        "start",
        "end",
        "state",
        "state_start",
        "exact",
        "before",
        "before_end",
        "after",
        "circuit_court",
    )  # the order of the constructor's values
    __slots__ = _fields

    start: int  # the name's first word: a direction, or "District"
    end: int  # the end of the state's name
    state: State
    state_start: int
    exact: bool  # the state's name is spelled as the table has it
    before: str | None  # a direction before "District" ("Northern District of ...")
    before_end: int
    after: str | None  # a direction after "District of" ("District of Northern ...")
    circuit_court: Span | None  # "Circuit Court" in "Circuit Court for the" right before


class AbbreviatedDistrict(Fact):
    """A district in the Bluebook's form: "N.D. Cal.", "E.D. Va.", "D. Mass."."""

    _fields = (
        "start",
        "end",
        "state",
        "letter",
        "d_start",
        "circuit_court",
    )  # the order of the constructor's values
    __slots__ = _fields

    start: int
    end: int
    state: State
    letter: str | None  # the direction's letter ("N"); None in "D. Mass."
    d_start: int  # where "D." starts
    circuit_court: Span | None  # "Circuit Court" in "U.S. Circuit Court, N.D. Cal."


# The forms of a circuit's name (CircuitName.form)
AP_FORM = "ap"  # "the 9th U.S. Circuit Court of Appeals", "Ninth Circuit Court of Appeals"
FORMAL_FORM = "formal"  # "U.S. Court of Appeals for the Ninth Circuit" (or "... Fifth District")
DISTRICT_APPEALS = "district-appeals"  # "9th District Court of Appeals", "U.S. District ..."
DISTRICT_FOR_CIRCUIT = "district-for-circuit"  # "District Court for the Ninth Circuit"
CITATION_FORM = "citation"  # "(9th Cir. 2019)"


class CircuitName(Fact):
    """A federal appeals court named by its circuit, in one of the forms above."""

    _fields = (
        "form",
        "start",
        "end",
        "number",
        "number_start",
        "number_end",
        "circuit",
        "us",
        "court",
        "kind",
    )  # the order of the constructor's values
    __slots__ = _fields
    _defaults = ("Circuit",)

    form: str
    start: int
    end: int
    number: str  # as written: "9th", "Ninth", "D.C."; "" when the name has none
    number_start: int
    number_end: int
    circuit: Circuit | None  # None: no federal circuit has that number
    us: bool  # "U.S.", "United States" or "federal" in the name
    court: Span  # the words naming the kind of court ("District Court of Appeals")
    kind: str  # the formal form's last word: "Circuit" or "District"


class HighCourtName(Fact):
    """A state's highest court named after the state: "Massachusetts Supreme Court"."""

    _fields = ("start", "end", "state", "named", "court")  # the order of the constructor's values
    __slots__ = _fields

    start: int  # the state's name
    end: int
    state: State
    named: str  # the state as written: its name, or "D.C."
    court: str  # "Supreme Court", "Supreme Judicial Court", "Court of Appeals"...


class CityCircuitCourt(Fact):
    """ "the U.S. Circuit Court in Pittsburgh": a federal circuit court placed in a
    courthouse city that is no circuit's seat."""

    _fields = ("court", "capitalised", "city", "district")  # the order of the constructor's values
    __slots__ = _fields

    court: Span  # "Circuit Court"
    capitalised: bool
    city: str
    district: District  # the city's federal district


class GenericCourt(Fact):
    """ "the court" or "the Court" standing alone (not "the Court of Appeals")."""

    _fields = ("start", "end", "capitalised")  # the order of the constructor's values
    __slots__ = _fields

    start: int  # the word "court"
    end: int
    capitalised: bool


class Courts:
    """What the court scanner found in one story (``Analysis.courts``)."""

    __slots__ = (
        "abbreviated",
        "circuits",
        "city_courts",
        "districts",
        "generic",
        "high_courts",
        "spans",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text  # the flattened text the offsets refer to (same length as the story)
        self.spans: list[Span] = []  # every court name recognised, for other engines
        self.districts: list[DistrictName] = []
        self.abbreviated: list[AbbreviatedDistrict] = []
        self.circuits: list[CircuitName] = []
        self.high_courts: list[HighCourtName] = []
        self.city_courts: list[CityCircuitCourt] = []
        self.generic: list[GenericCourt] = []


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


def scan_courts(text: str | Prose) -> Courts:
    """Courts named in ``text``. Each pattern runs only on the paragraphs that hold the
    words it needs (``Prose.finditer``)."""
    prose = text if isinstance(text, Prose) else Prose(text)
    found = Courts(prose.text)
    if not any(word in prose.text for word in ("Court", "District", "Circuit", "Cir.", "D.")):
        return found  # nothing court-like: keep a plain story cheap
    _districts(prose, found)
    _abbreviated(prose, found)
    _appeals(prose, found)
    _high_courts(prose, found)
    _recognise_others(prose, found)
    _circuit_court_in_city(prose, found)
    _generic_court(prose, found)
    return found


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


# --------------------------------------------------------------------------
# For the rules: wording and ranking fixes
# --------------------------------------------------------------------------


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def listing(directions: list[str]) -> str:
    """ "the Eastern, Middle and Western" districts."""
    if len(directions) == 1:
        return f"the {directions[0]}"
    return "the " + ", ".join(directions[:-1]) + f" and {directions[-1]}"


def ranked_districts(text: str, start: int, end: int, state: State, exclude: str) -> list[District]:
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


def circuits_near(text: str, pos: int) -> list[Circuit]:
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


def numbered_name(circuit: Circuit, numeral_span: str) -> str:
    """The circuit's number as written in the phrase being fixed: "9th" or "Ninth"."""
    if not circuit.number.isdigit():
        return circuit.number
    return circuit.ordinal if numeral_span[:1].isalpha() else circuit.numeral


def bluebook_numeral(numeral: str, written: str) -> str:
    """Keep Bluebook's "2d"/"3d" when the text uses it."""
    if (
        written.endswith("d")
        and not written.endswith(("nd", "rd"))
        and numeral[-2:] in ("nd", "rd")
    ):
        return numeral[:-2] + "d"
    return numeral


# --------------------------------------------------------------------------
# The scan
# --------------------------------------------------------------------------


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


def _districts(prose: Prose, found: Courts) -> None:
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
        found.spans.append((first, state_end))
        before = _COURT_BEFORE.search(text, max(0, first - 60), first)
        if before:
            found.spans.append((before.start(), first))
        circuit = _CIRCUIT_COURT_BEFORE.search(text, max(0, first - 40), first)
        found.districts.append(
            DistrictName(
                first,
                state_end,
                state,
                state_start,
                exact,
                dir1,
                m.end("dir1") if dir1 else first,
                dir2,
                (circuit.start("bad"), circuit.end("bad")) if circuit else None,
            )
        )


def _abbreviated(prose: Prose, found: Courts) -> None:
    text = prose.text
    for m in prose.finditer(_ABBREVIATED, "D."):
        abbreviated = _abbreviated_state(text, m)
        if abbreviated is None:
            continue
        state, end = abbreviated
        at = max(0, m.start() - 40)
        circuit = re.search(rf"\b{_US} (?P<bad>Circuit Court), $", text[at : m.start()])
        letter = m.group("dir")
        if letter is not None:
            found.spans.append((m.start(), end))  # "D. Mass." alone is too common a pair
        found.abbreviated.append(
            AbbreviatedDistrict(
                m.start(),
                end,
                state,
                letter,
                m.start("d"),
                (at + circuit.start("bad"), at + circuit.end("bad")) if circuit else None,
            )
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


def _ohio_context(text: str, pos: int) -> bool:
    """Ohio's intermediate courts are the "district courts of appeals" (1st to 12th)."""
    p_start, p_end = paragraph_bounds(text, pos)
    return "Ohio" in text[p_start:p_end] or bool(re.search(r"\bOhio\b", text[:pos][-300:]))


def _state_before(text: str, pos: int) -> bool:
    """A state's name (or its possessive) right before: "Louisiana's 5th Circuit ..."."""
    return _state_named_before(text, pos) is not None


def _appeals(prose: Prose, found: Courts) -> None:
    # Each pattern is compiled only for a story that has its words.
    text = prose.text
    if "Circuit" in text and "Court" in text and "Appeal" in text:
        _ap_form(prose, found)
    if "Court of" in text and "Appeals" in text:
        _formal_form(prose, found)
    if "District" in text and "Appeals" in text:
        _district_appeals(prose, found)
    if "District" in text and "Circuit" in text:
        _district_for_circuit(prose, found)
    if "Cir." in text:
        for m in prose.finditer(_CIR_CITE, "Cir."):
            found.spans.append((m.start(), m.end()))
            found.circuits.append(_circuit_name(CITATION_FORM, m, False, (m.start(), m.end())))


def _circuit_name(
    form: str, m: re.Match[str], us: bool, court: Span, kind: str = "Circuit"
) -> CircuitName:
    number = m.group("num") or ""
    circuit = _circuit_of(number) if number else None
    start, end = (m.start("num"), m.end("num")) if number else (m.start(), m.start())
    return CircuitName(form, m.start(), m.end(), number, start, end, circuit, us, court, kind)


def _ap_form(prose: Prose, found: Courts) -> None:
    text = prose.text
    for m in prose.finditer(_AP_CIRCUIT, "Appeal", "Circuit"):
        if m.group("appeals") == "Appeal" and not m.group("us"):
            continue  # Louisiana's "Fifth Circuit Court of Appeal" is a state court
        if _state_before(text, m.start()):
            continue
        found.spans.append((m.start(), m.end()))
        found.circuits.append(_circuit_name(AP_FORM, m, bool(m.group("us")), (m.start(), m.end())))


def _formal_form(prose: Prose, found: Courts) -> None:
    for m in prose.finditer(_FORMAL_CIRCUIT, "Appeals"):
        found.spans.append((m.start(), m.end()))
        found.circuits.append(
            _circuit_name(
                FORMAL_FORM,
                m,
                bool(m.group("us")),
                (m.start("num"), m.end("kind")),
                m.group("kind"),
            )
        )


def _district_appeals(prose: Prose, found: Courts) -> None:
    text = prose.text
    for m in prose.finditer(_DISTRICT_APPEALS, "Appeals", "District"):
        if m.group("num"):
            if _state_before(text, m.start()) or _ohio_context(text, m.start()):
                continue  # a state's district court of appeals
            name = _circuit_name(DISTRICT_APPEALS, m, bool(m.group("us1")), (m.start(), m.end()))
            if name.circuit is None:
                continue
        else:
            follows = re.match(
                rf"{SP}for{SP}the{SP}(?P<num>{_ORD}|D\.C\.|Federal){SP}Circuit",
                text[m.end() : m.end() + 40],
            )
            if not follows and _ohio_context(text, m.start()):
                continue
            name = _circuit_name(DISTRICT_APPEALS, m, True, (m.start("bad"), m.end("bad")))
        found.circuits.append(name)
        found.spans.append((m.start(), m.end()))


def _district_for_circuit(prose: Prose, found: Courts) -> None:
    for m in prose.finditer(_DISTRICT_FOR_CIRCUIT, "Circuit", "District"):
        name = _circuit_name(DISTRICT_FOR_CIRCUIT, m, False, (m.start("bad"), m.end("bad")))
        if name.circuit is None:
            continue
        found.spans.append((m.start(), m.end()))
        found.circuits.append(name)


_HIGH_COURT = LazyPattern(
    rf"\b(?:Supreme{SP}Court|Supreme{SP}Judicial{SP}Court|Court{SP}of{SP}(?:Criminal{SP})?Appeals)\b"
)


def _high_courts(prose: Prose, found: Courts) -> None:
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
        found.spans.append((start, m.end()))
        court = re.sub(r" +", " ", m.group(0))
        found.high_courts.append(HighCourtName(start, m.end(), state, named, court))


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


def _recognise_others(prose: Prose, found: Courts) -> None:
    """Spans only: courts that need no check but that other engines should leave alone."""
    text = prose.text
    table = court_table()
    for shared, forms in _national_forms():
        if shared not in text:
            continue  # one search instead of one per form
        for form in forms:
            at = text.find(form)
            while at >= 0:
                found.spans.append((at, at + len(form)))
                at = text.find(form, at + 1)
    for m in prose.finditer(_US_COURT, "Court", ("U.S.", "United")):
        found.spans.append((m.start(), m.end()))
    if "ourt in" not in text:
        return
    for m in prose.finditer(_FEDERAL_COURT_IN, "ourt", ("federal", "U.S.")):
        words = m.group("city")
        for n in range(words.count(" ") + 1, 0, -1):
            city = " ".join(words.split()[:n])
            if city in table.city_districts or city in table.states:
                found.spans.append((m.start(), m.start("city") + len(city)))
                break


def _circuit_court_in_city(prose: Prose, found: Courts) -> None:
    """ "the U.S. Circuit Court in Pittsburgh" (a circuit's seat, "in Richmond", may mean
    its court of appeals and is left alone)."""
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
        found.city_courts.append(
            CityCircuitCourt(
                (m.start("bad"), m.end("bad")),
                m.group("c") == "C",
                city,
                table.city_districts[city][0],
            )
        )


def _generic_court(prose: Prose, found: Courts) -> None:
    if "ourt" not in prose.text:
        return
    for m in prose.finditer(_GENERIC_COURT, ("he court", "he Court")):
        court = m.group("court")
        found.generic.append(GenericCourt(m.start("court"), m.end("court"), court == "Court"))
