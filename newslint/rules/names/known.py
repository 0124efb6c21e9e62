"""What a story says about names the register knows: facts, no decisions.

Each scanner reads the story's words from ``ctx.analysis`` and the register from
``newslint.entities`` and reports what it sees — a known name in another casing,
a word one letter from a known product, an agency's name with one word changed, a
parenthesised acronym that does not fit the words before it, a title before the name
of a known officeholder. The rules in ``known_rules`` decide and write the message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from newslint.analysis import Analysis, Words, first_token, tokens
from newslint.entities import (
    FUNCTION_WORDS,
    Agency,
    Change,
    KnownName,
    Person,
    Register,
    distinctive,
)
from newslint.rules.names import lexicon

# A character glued to a word that makes it part of an identifier, path or address.
_GLUE_BEFORE = frozenset("-_/.@#\\~`:=$")
_GLUE_AFTER = frozenset("-_/@#\\~`=(")
_POSSESSIVE = ("'s", "’s")
_NOT_NAME = frozenset(w.lower() for w in lexicon.NON_NAME_WORDS | lexicon.GIVEN_NAMES)
_GIVEN = frozenset(lexicon.GIVEN_NAMES)
_ROLE = frozenset(
    w.lower() for t in lexicon.PERSON_TITLES for w in t.replace(".", "").split()
) | frozenset(w.lower() for w in lexicon.ROLE_WORDS)


class NameUse(NamedTuple):
    """A register name as the story writes it (``surface``), at ``start:end``."""

    start: int
    end: int
    surface: str
    known: KnownName
    how: str  # "exact", "casing" or "variant"
    sentence_start: bool


class NearMiss(NamedTuple):
    start: int
    end: int
    surface: str
    fix: str
    why: str  # what the fix is known from ("the register: product, source ..." / "the story")


class AgencySlip(NamedTuple):
    start: int
    end: int
    surface: str
    fix: str
    agency: Agency
    how: str  # "word", "missing", "casing"


class AcronymSlip(NamedTuple):
    start: int
    end: int
    surface: str
    fix: str
    why: str


class TitledPerson(NamedTuple):
    start: int  # the title's start
    end: int  # the name's end
    title: str  # the register's form of the title
    name: str  # as written
    people: tuple[Person, ...]
    context: str  # the sentence


class ChangeUse(NamedTuple):
    start: int
    end: int
    change: Change
    context: str


def glued(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is part of a longer identifier, file name or address."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _GLUE_BEFORE or after in _GLUE_AFTER:
        return True
    # "linux.md", "crates.io": a dot followed by a letter.
    return after == "." and end + 1 < len(text) and text[end + 1].isalnum()


@cache
def _by_first(reg: Register) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for key in reg.by_lower:
        first = first_token(key)
        table.setdefault(first, []).append(key)
    for keys in table.values():
        keys.sort(key=len, reverse=True)
    return table


def name_uses(a: Analysis, reg: Register) -> list[NameUse]:
    """Every register name (or listed wrong form) in the story, in any casing."""
    words = a.words
    text = a.text
    firsts = _by_first(reg)
    found: list[NameUse] = []
    lowers = words.lowers
    bases = {w[:-2] for w in words.vocabulary if w.endswith("'s")}
    hits = words.vocabulary.intersection(firsts) | bases.intersection(firsts)
    if not hits:
        return found
    for i in words.find(hits | {b + "'s" for b in bases.intersection(firsts)}):
        start = words.starts[i]
        low = lowers[i][:-2] if lowers[i][:-2] in hits and lowers[i].endswith("'s") else lowers[i]
        for key in firsts.get(low, ()):
            end = start + len(key)
            surface = text[start:end]
            if surface.lower().replace("’", "'") != key:
                continue
            if end < len(text) and text[end].isalnum():
                continue  # a longer word ("Rusty"); a possessive begins with an apostrophe
            if glued(text, start, end):
                continue
            known = reg.by_lower[key]
            if surface == known.name:
                how = "exact"
            elif surface.casefold() == known.name.casefold():
                how = "casing"
            else:
                how = "variant"
            found.append(NameUse(start, end, surface, known, how, i in words.sentence_starts))
            break
    return found


def near_misses(a: Analysis, reg: Register, uses: list[NameUse]) -> list[NearMiss]:
    """Capitalised words one letter from a known product or organisation name, or from a
    mixed-case name the story itself uses ("FBOpoen" beside FBOpen)."""
    words = a.words
    text = a.text
    counts = words.counts
    registered, origin = _name_targets(reg)
    targets = dict(registered)  # lowercased target -> exact form
    origin = dict(origin)
    first_at: dict[str, int] = {}
    # Capitalised words of five letters or more, neither all lowercase nor all capitals.
    candidates = [
        i
        for i, w in enumerate(words.texts)
        if len(w) >= 5 and w[:1].isalpha() and not w.islower() and not w.isupper()
    ]
    people: set[str] | None = None  # the story's people, found only when needed

    def persons() -> set[str]:
        nonlocal people
        if people is None:
            people = {n.casefold() for n in a.known_names}
        return people

    for i in candidates:
        w = words.texts[i]
        if w.lower() in registered or not w.isalnum():
            continue
        if _camel(w) or _proper_name(w, i, words):
            targets.setdefault(w.lower(), w)
            first_at.setdefault(w, i)
            origin[w.lower()] = "the story's own spelling"
    story_targets = _delete_index(t for t in targets if t not in registered)
    registered_index = _registered_index(reg)
    used = {(u.start, u.end) for u in uses}
    skips = (reg.by_lower, _NOT_NAME, reg.extra_words)
    found: list[NearMiss] = []
    for i in candidates:
        w = words.texts[i]
        base = w[:-2] if w.endswith(_POSSESSIVE) else w
        low = base.lower()
        if (
            any(low in table for table in skips)
            or low in registered
            or (words.starts[i], words.ends[i]) in used
        ):
            continue
        if not _camel(base) and (
            i in words.sentence_starts or a.headlines.contains(words.starts[i], words.ends[i])
        ):
            continue  # an ordinary word capitalised to open a sentence or in a title-case head
        if i > 0 and words.texts[i - 1] in _GIVEN:
            continue  # a person's surname
        if not _camel(base) and _title_case_around(words, i):
            continue  # "Producer Being Sentenced": a title-case head
        if glued(text, words.starts[i], words.starts[i] + len(base)):
            continue
        best = _one_edit_from(low, registered_index) + _one_edit_from(low, story_targets)
        if len(best) != 1:
            continue  # nothing near, or two names equally near
        target = best[0]
        if target + "s" == low or low + "s" == target:
            continue  # a plural, not a slip
        if low in reg.place_words:
            continue  # a place (the places load only when a word comes this close)
        if low in reg.agency_words:
            continue  # a word of an agency's name ("Space" in the National Space Council)
        if origin[target].startswith("the story"):
            other = targets[target]
            if not (_camel(other) or _unknown_word(low)):
                continue  # two words the dictionary knows
            if any(x == p or one_edit(x, p) for x in (low, target) for p in persons()):
                continue  # a person or a slip of one: the names rules hold people
            # The story's own spelling wins when it is more frequent, or as frequent and first.
            if (counts[other], -first_at[other]) <= (counts[base], -first_at.get(base, i)):
                continue
        start = words.starts[i]
        found.append(NearMiss(start, start + len(base), base, targets[target], origin[target]))
    return found


@cache
def _name_targets(reg: Register) -> tuple[dict[str, str], dict[str, str]]:
    """Register names a near miss is measured against (one word, five letters or more,
    not an ordinary word), lowercased, with where each is known from."""
    targets: dict[str, str] = {}
    origin: dict[str, str] = {}
    for known in reg.names:
        n = known.name
        if not known.word and len(n) >= 5 and n.replace("'", "").isalnum():
            targets.setdefault(n.lower(), n)
            origin.setdefault(n.lower(), f"the register ({known.kind}; {known.source})")
    return targets, origin


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _delete_index(names: Iterable[str]) -> dict[str, list[str]]:
    """Each name under itself and under every form with one letter dropped: two words one
    edit apart (changed, added, dropped or swapped letter) always share a key, so a word's
    near names are a few lookups instead of a pass over the register."""
    index: dict[str, list[str]] = {}
    for name in names:
        for key in _deletes(name) | {name}:
            index.setdefault(key, []).append(name)
    return index


@cache
def _registered_index(reg: Register) -> dict[str, list[str]]:
    return _delete_index(_name_targets(reg)[0])


def _one_edit_from(low: str, index: dict[str, list[str]]) -> list[str]:
    """The names in ``index`` exactly one edit from ``low``."""
    near = {name for key in _deletes(low) | {low} for name in index.get(key, ())}
    return [name for name in near if one_edit(low, name)]


def _title_case_around(words: Words, i: int) -> bool:
    texts = words.texts
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return before[:1].isupper() and after[:1].isupper()


def one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added, dropped, or two neighbours
    swapped (a restricted edit distance of one; a plain loop: no library to load)."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one letter changed
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _proper_name(word: str, i: int, words: Words) -> bool:
    """A proper noun the story establishes ("Starliner", "Siskiyou"): capitalised
    mid-sentence and known to no dictionary (a slip of a name the dictionary knows,
    "Lousiana", is the speller's or the court rules'). People are set aside only when
    one comes near (the story's people cost a pass of the names rules)."""
    return (
        word.isalpha()
        and word[1:].islower()
        and i not in words.sentence_starts
        and _unknown_word(word.casefold())
    )


def _unknown_word(low: str) -> bool:
    """No dictionary knows the word, in any case: a slip, if the story spells it otherwise."""
    from newslint.rules.spelling import lexicon as dictionary

    return dictionary.lookup(low) is None


def _camel(word: str) -> bool:
    """A capital after the first letter, beside lowercase letters: "PubGrub", "iPhone"."""
    rest = word[1:]
    return rest != rest.lower() and word != word.upper()


class _Form(NamedTuple):
    text: str
    words: tuple[str, ...]  # as written
    agency: Agency
    need: int  # how many of its content words a stretch must share to be a near miss


@cache
def _forms(
    reg: Register,
) -> tuple[list[_Form], dict[str, tuple[int, ...]], frozenset[str]]:
    """Agency forms of three words or more, with the positions of those that hold each
    content word (a run's words then count its near forms in a few C-level updates);
    and every name the register accepts (current, short and former names), casefolded."""
    forms: list[_Form] = []
    index: dict[str, list[int]] = {}
    accepted: set[str] = set()
    for agency in reg.agencies:
        for form in agency.forms:
            ws = tuple(_name_words(form))  # each form split and normalised once: a cold cost
            accepted.add(" ".join(ws).casefold())
            if len(ws) < 3:
                continue
            normed = [_norm(w) for w in ws]
            content = set(normed) - FUNCTION_WORDS
            forms.append(_Form(form, ws, agency, max(2, len(content) - 1)))
            for w in {
                n for w, n in zip(ws, normed, strict=True) if w.lower() not in FUNCTION_WORDS
            }:
                index.setdefault(w, []).append(len(forms) - 1)
    for change in reg.changes:
        accepted.add(" ".join(_name_words(change.name)).casefold())
    return forms, {w: tuple(ids) for w, ids in index.items()}, frozenset(accepted)


@cache
def _anchor_keys(reg: Register) -> frozenset[str]:
    """Lowercased words of agency names as the story's tokens spell them (with and
    without a possessive)."""
    keys = reg.agency_words  # from keys.tsv: the agencies themselves load only on a hit
    return frozenset(keys | {k + "'s" for k in keys})


def _norm(word: str) -> str:
    """A name word for comparison: lowercased, without a possessive ending."""
    low = word.lower()
    return low[:-2] if low.endswith(_POSSESSIVE) else low


def _name_words(name: str) -> list[str]:
    return [w for w in tokens(name) if w[:1].isalnum() or w == "&"]


def _runs(words: Words, anchors: list[int]) -> list[list[int]]:
    """Capitalised stretches around the anchor words ("Federal Election Committee",
    "Center for Medicaid and Chip Services"): capitalised words with function words and
    commas between them, within one paragraph."""
    texts, lowers = words.texts, words.lowers

    def inside(i: int) -> bool:
        w = texts[i]
        return (
            w[:1].isupper()
            or (w[:1].isdigit() and any(c.isalpha() for c in w))
            or lowers[i] in FUNCTION_WORDS
            or w in (",", ".", "&")
        )

    runs: list[list[int]] = []
    reach = -1
    for anchor in anchors:
        if anchor <= reach:
            continue
        start = anchor
        while start > 0 and start not in words.paragraph_starts and inside(start - 1):
            start -= 1
        end = anchor
        while end + 1 < len(texts) and end + 1 not in words.paragraph_starts and inside(end + 1):
            end += 1
        reach = end
        kept = [i for i in range(start, end + 1) if texts[i][:1].isalnum() or texts[i] == "&"]
        while kept and lowers[kept[0]] in FUNCTION_WORDS:
            kept.pop(0)
        while kept and lowers[kept[-1]] in FUNCTION_WORDS:
            kept.pop()
        if len(kept) >= 2:
            runs.append(kept)
    return runs


def _similar(wrong: str, right: str) -> bool:
    """A near synonym in a name: the same stem ("Transformative" for Transformation,
    "Committee" for Commission, "Fun" for Fund)."""
    a, b = wrong.casefold(), right.casefold()
    if a in FUNCTION_WORDS and b in FUNCTION_WORDS:
        return True
    if a in FUNCTION_WORDS or b in FUNCTION_WORDS:
        return False
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 4 or (prefix >= 3 and min(len(a), len(b)) <= 4) or one_edit(a, b)


def agency_slips(a: Analysis, reg: Register) -> list[AgencySlip]:
    """An agency's name with one word changed or dropped, or in the wrong casing."""
    words = a.words
    anchors = [i for i in words.find(_anchor_keys(reg)) if not words.texts[i][:1].islower()]
    if not anchors:
        return []
    forms, index, accepted = _forms(reg)
    texts, starts, ends = words.texts, words.starts, words.ends
    found: list[AgencySlip] = []
    seen: set[tuple[int, int]] = set()
    for run in _runs(words, anchors):
        poss = [texts[i].endswith(_POSSESSIVE) for i in run]
        toks = [texts[i][:-2] if p else texts[i] for i, p in zip(run, poss, strict=True)]
        lows = [t.lower() for t in toks]
        hits = [index[low] for low in set(lows) if low in index]
        if len(hits) < 2:
            continue  # every form needs two of its words in the run
        shared: Counter[int] = Counter()
        for ids in hits:
            shared.update(ids)
        candidates = [forms[k] for k, n in shared.items() if n >= forms[k].need]
        # Stretches of the run that are a name the register accepts, written right: a
        # slip found inside one is a reading of a longer, right name ("Office of
        # Management" inside "Office of Management and Budget").
        exact: list[tuple[int, int]] | None = None  # found on the first slip only
        for form in candidates:
            for slip in _align(form, run, toks, lows, poss):
                s, e, surface, fix, how = slip
                first, last = run[s], run[e - 1]
                span_start, span_end = starts[first], ends[last]
                window = " ".join(lows[s:e])
                if window in accepted or (span_start, span_end) in seen:
                    continue
                if how != "casing":
                    if exact is None:
                        exact = _exact_spans(lows, accepted)
                    if any(s < b and a < e for a, b in exact):
                        continue
                if how == "word":
                    k = next(j for j in range(s, e) if toks[j] == surface)
                    span_start, span_end = starts[run[k]], starts[run[k]] + len(surface)
                seen.add((span_start, span_end))
                found.append(AgencySlip(span_start, span_end, surface, fix, form.agency, how))
    return found


def _exact_spans(lows: list[str], accepted: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges of the run that spell an accepted name of two words or more."""
    spans = []
    for s in range(len(lows)):
        for e in range(len(lows), s + 1, -1):
            if " ".join(lows[s:e]) in accepted:
                spans.append((s, e))
                break
    return spans


def _align(
    form: _Form, run: list[int], toks: list[str], lows: list[str], poss: list[bool]
) -> list[tuple[int, int, str, str, str]]:
    """Where the run holds ``form`` with one word changed (``word``), one word missing
    (``missing``) or only the casing different (``casing``)."""
    fw = form.words
    fl = [_norm(w) for w in fw]
    n = len(fw)
    out: list[tuple[int, int, str, str, str]] = []
    for s in range(len(toks) - n + 1):
        window = lows[s : s + n]
        diffs = [k for k in range(n) if window[k] != fl[k]]
        if not diffs:
            # The run's tokens lose a possessive ending; so does the name's word here.
            bare = [w[:-2] if w.endswith(_POSSESSIVE) else w for w in fw]
            cased = [k for k in range(n) if toks[s + k] != bare[k]]
            if (len(cased) == 1 and not toks[s + cased[0]].isupper()) or (
                len(cased) == 1 and fw[cased[0]].isupper()
            ):
                k = cased[0]
                out.append((s + k, s + k + 1, toks[s + k], bare[k], "casing"))
            continue
        if len(diffs) == 1:
            k = diffs[0]
            wrong, right = toks[s + k], fw[k]
            if wrong.lower() in _ROLE or not _similar(wrong, right):
                continue
            if poss[s + k] and right.lower() == wrong.lower() + "s":
                continue  # "America's" beside a name spelled "Americas": an apostrophe only
            if not wrong[:1].isupper() and wrong.lower() not in FUNCTION_WORDS:
                continue
            if k in (0, n - 1) and wrong.lower() in FUNCTION_WORDS:
                continue
            out.append((s, s + n, wrong, right, "word"))
    if n >= 4:
        for s in range(len(toks) - n + 2):
            window = lows[s : s + n - 1]
            for k in range(1, n - 1):
                if fl[k] in FUNCTION_WORDS:
                    continue
                if window == fl[:k] + fl[k + 1 :] and len(distinctive(window)) >= 2:
                    # What is left must still single out one body: "U.S. Court" is not
                    # the U.S. Tax Court with a word dropped, "Water Mission Area" is
                    # the Water Resources Mission Area.
                    surface = " ".join(toks[s : s + n - 1])
                    out.append((s, s + n - 1, surface, form.text, "missing"))
    return out


@cache
def _offices(reg: Register) -> dict[Agency, list[Agency]]:
    """Each agency's offices in the register (an office names its parent by the parent's
    name, a short form or its acronym)."""
    by_key: dict[str, Agency] = {}
    for agency in reg.agencies:
        for key in (*agency.forms, agency.acronym):
            if key:
                by_key.setdefault(key, agency)
    out: dict[Agency, list[Agency]] = {}
    for office in reg.agencies:
        parent = by_key.get(office.parent) if office.parent else None
        if parent is not None and parent is not office:
            out.setdefault(parent, []).append(office)
    return out


def initials(tokens: list[str]) -> str:
    """Initials of a name's words, hyphenated parts counted when capitalised
    ("Backus-Naur Form" -> BNF; "U.S." -> US)."""
    out = []
    for t in tokens:
        if t.upper() == "U.S.":
            out.append("US")
            continue
        parts = [p for p in t.split("-") if p]
        out.append(parts[0][0].upper() + "".join(p[0] for p in parts[1:] if p[0].isupper()))
    return "".join(out)


def acronym_slips(a: Analysis, reg: Register) -> list[AcronymSlip]:
    """A parenthesised acronym that is a transposition, a substitution or a shortening
    of the initials of the name before it; a known agency acronym with two letters
    swapped when the story names that agency; a known acronym with a bare s ("GSAs")."""
    words = a.words
    texts, starts, ends = words.texts, words.starts, words.ends
    text = a.text
    found: list[AcronymSlip] = []

    def named(acronym: str) -> bool:
        """Whether the story names the agency: its acronym, one of its names, or one of
        its offices ("the Federal Acquisition Service" is GSA's)."""
        agency = acronyms[acronym]
        forms = [*agency.forms, *(f for o in _offices(reg).get(agency, ()) for f in o.forms)]
        return acronym in story_acronyms or any(f.lower() in a.lowered for f in forms)

    candidates = [
        i
        for i, w in enumerate(texts)
        if 2 <= len(w) <= 8 and (w.isupper() or (w[-1] == "s" and w[:-1].isupper()))
    ]
    if not candidates:
        return found
    # Capitals such as "CEO" or "NFL" need no agency: the agencies load only when a
    # candidate is a known acronym (keys.tsv), one swap from one, or in parentheses.
    known_set = reg.acronym_set

    def worth(i: int) -> bool:
        w = texts[i]
        return (
            w in known_set
            or w[:-1] in known_set
            or (0 < i < len(texts) - 1 and texts[i - 1] == "(" and texts[i + 1] == ")")
            or any(t in known_set for t in _transpositions(w))
        )

    if not any(worth(i) for i in candidates):
        return found
    acronyms = reg.acronyms
    story_acronyms = {texts[i] for i in candidates if texts[i] in acronyms}
    forms_to_acronym = _acronym_of(reg)
    for i in candidates:
        w = texts[i]
        if not (len(w) <= 7 and w.isupper() and w.isalpha()):
            if len(w) >= 3 and w.endswith("s") and w[:-1] in acronyms and w[:-1].isupper():
                nxt = texts[i + 1] if i + 1 < len(texts) else ""
                if nxt[:1].islower() and nxt not in ("are", "were", "have", "and", "or"):
                    found.append(
                        AcronymSlip(
                            starts[i],
                            ends[i],
                            w,
                            w[:-1] + "’s" if "’" in text else w[:-1] + "'s",
                            f"{w[:-1]} ({acronyms[w[:-1]].name}) is one agency: its possessive takes an apostrophe",
                        )
                    )
            continue
        if w in acronyms or glued(text, starts[i], ends[i]):
            continue
        in_parens = i > 0 and texts[i - 1] == "(" and i + 1 < len(texts) and texts[i + 1] == ")"
        if in_parens:
            slip = _paren_slip(words, i, forms_to_acronym)
            if slip is not None:
                found.append(AcronymSlip(starts[i], ends[i], w, slip[0], slip[1]))
                continue
        for right in _transpositions(w):
            if right in acronyms and named(right):
                found.append(
                    AcronymSlip(
                        starts[i],
                        ends[i],
                        w,
                        right,
                        f"the story names {acronyms[right].name} ({right})",
                    )
                )
                break
    return found


@cache
def _acronym_of(reg: Register) -> dict[str, str]:
    return {
        " ".join(_name_words(f)).casefold(): ag.acronym
        for ag in reg.agencies
        for f in ag.forms
        if ag.acronym
    }


def _transpositions(w: str) -> list[str]:
    return [w[:k] + w[k + 1] + w[k] + w[k + 2 :] for k in range(len(w) - 1) if w[k] != w[k + 1]]


def _paren_slip(words: Words, i: int, forms: dict[str, str]) -> tuple[str, str] | None:
    texts, lowers = words.texts, words.lowers
    # The capitalised words right before "(": the name the acronym stands for.
    j = i - 2
    name: list[int] = []
    while j >= 0 and (
        texts[j][:1].isupper() or lowers[j] in FUNCTION_WORDS or texts[j] in (",", ".", "-")
    ):
        if texts[j][:1].isalnum():
            name.insert(0, j)
        j -= 1
        if len(name) > 12:
            break
    while name and lowers[name[0]] in FUNCTION_WORDS:
        name.pop(0)
    if len(name) < 2:
        return None
    ac = texts[i]
    toks = [texts[k] for k in name]
    # "U.S." is one word here: join its letters back.
    toks = _join_us(toks)
    content = [t for t in toks if t.lower() not in FUNCTION_WORDS]
    for n in range(2, len(toks) + 1):
        full = " ".join(toks[-n:]).casefold()
        if forms.get(full) == ac:
            return None
        if forms.get(full):
            known = forms[full]
            if sorted(known) == sorted(ac) or _one_off(ac, known):
                return known, f"the register gives {' '.join(toks[-n:])} as {known}"
    for pool in (content, toks):
        for n in range(1, len(pool) + 1):
            if initials(pool[-n:]) == ac:
                return None
    m = len(ac)
    tail = initials(content[-m:]) if len(content) >= m else ""
    if tail and tail != ac and sorted(tail) == sorted(ac):
        return tail, f"the initials of “{' '.join(content[-m:])}”"
    if (
        len(content) == m
        and tail
        and sum(x != y for x, y in zip(tail, ac, strict=False)) == 1
        and m >= 3
    ):
        return tail, f"the initials of “{' '.join(content)}”"
    longer = initials(content[-(m + 1) :]) if len(content) == m + 1 else ""
    if longer and longer.startswith(ac):
        return longer, f"the initials of “{' '.join(content)}”"
    return None


def _join_us(toks: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(toks):
        if toks[k] == "U" and k + 1 < len(toks) and toks[k + 1] == "S":
            out.append("U.S.")
            k += 2
        else:
            out.append(toks[k])
            k += 1
    return out


def _one_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=False)) == 1


def titled_people(a: Analysis, reg: Register) -> list[TitledPerson]:
    """A title the register knows followed by the full name of someone who held it."""
    words = a.words
    found: list[TitledPerson] = []
    texts = words.texts
    hits = words.vocabulary.intersection(reg.title_words)  # the people load only on a hit
    if not hits:
        return found
    titles = _title_table(reg)
    for i in words.find(hits):
        for title_words, title in titles.items():
            parts = title_words.split()
            k = i
            ok = True
            for p in parts:
                if k >= len(texts) or texts[k] != p.rstrip("."):
                    ok = False
                    break
                k += 1
                if p.endswith("."):
                    if k >= len(texts) or texts[k] != ".":
                        ok = False
                        break
                    k += 1
            if not ok:
                continue
            name, _end_k = _name_after(words, k)
            if len(name) < 2:
                continue
            for n in range(len(name), 1, -1):
                written = a.text[words.starts[name[0]] : words.ends[name[n - 1]]]
                people = reg.people_by_name.get(written.casefold())
                if people:
                    sentence = a.sentence_at(words.starts[i])
                    context = a.text[sentence.start : sentence.end] if sentence else ""
                    found.append(
                        TitledPerson(
                            words.starts[i],
                            words.ends[name[n - 1]],
                            title,
                            written,
                            tuple(people),
                            context,
                        )
                    )
                    break
            break
    return found


@cache
def _title_table(reg: Register) -> dict[str, str]:
    """Written title -> the register's title, longest first."""
    table = {t: t for t in reg.titles}
    table.update(
        {
            "Senator": "Sen.",
            "Representative": "Rep.",
            "Congressman": "Rep.",
            "Congresswoman": "Rep.",
        }
    )
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def _name_after(words: Words, k: int) -> tuple[list[int], int]:
    texts = words.texts
    name: list[int] = []
    while k < len(texts) and len(name) < 5:
        t = texts[k]
        if (t[:1].isupper() and t.isalpha()) or (("'" in t or "’" in t) and t[:1].isupper()):
            name.append(k)
            k += 1
        elif t == "." and name and len(texts[name[-1]]) <= 2:
            k += 1  # an initial or "Jr."
        else:
            break
    return name, k


def change_uses(a: Analysis, reg: Register) -> list[ChangeUse]:
    """Former names of agencies (renamed, replaced or abolished) in the story."""
    lowered = a.lowered
    found: list[ChangeUse] = []
    if len(lowered) != len(a.text):
        return found  # lowercasing changed offsets (rare scripts): positions unsafe
    if not any(name.lower() in lowered for name in reg.former_names):
        return found  # the agencies load only when a former name is there
    for change in reg.changes:
        key = change.name.lower()
        at = lowered.find(key)
        while at >= 0:
            end = at + len(key)
            before = lowered[at - 1] if at else " "
            after = lowered[end] if end < len(lowered) else " "
            if not before.isalnum() and not after.isalnum():
                sentence = a.sentence_at(at)
                context = a.text[sentence.start : sentence.end] if sentence else ""
                found.append(ChangeUse(at, end, change, context))
            at = lowered.find(key, end)
    return found
