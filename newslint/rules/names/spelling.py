"""Establish each person's spelling, then find the mentions that stray from it.

The story's own full references (and the names list) establish a spelling; when
two spellings of one surname compete, the names list wins, then the spelling
the story uses more often, then the one it used first. A later capitalised word
one edit away from an established surname (a transposition, a dropped or doubled
letter, a possessive that drops or adds the final s) is a near miss, unless its
place in the sentence says it is an ordinary word, a place or an organisation.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from newslint.rules.names import lexicon
from newslint.rules.names.nameslist import EMPTY, NamesList, Person
from newslint.rules.names.people import (
    Mention,
    NearIndex,
    Scan,
    Word,
    find_people,
    layout,
    near,
    ordinary_word,
)
from newslint.rules.names.textmatch import DIGIT, LOWER, RDQUO, RSQUO, SPACE, UPPER, lazy

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# How a spelling slip was found (NL101 words its message by it).
NEAR = "near"  # one edit from a spelling the story establishes
LISTED_NEAR = "listed-near"  # one edit from a names-list spelling
LISTED = "listed"  # a misspelling the names list gives
CASING = "casing"  # the names list capitalises the word otherwise

_TITLE_HEADS = {
    "sen.": "senator",
    "sens.": "senator",
    "rep.": "representative",
    "reps.": "representative",
    "gov.": "governor",
    "govs.": "governor",
    "gen.": "general",
    "adm.": "admiral",
    "judges": "judge",
    "justices": "justice",
    "dr.": "doctor",
    "prof.": "professor",
    "congressman": "representative",
    "congresswoman": "representative",
}
# On the shadow of the text (see textmatch): ", 45," / ", of Austin" / ", the owner".
# Both are needed only where two first names compete: compiled on first use.
_INTRODUCTION = lazy(
    f",[{SPACE}](?:[{DIGIT}]{{1,3}},|of[{SPACE}][{UPPER}]|(?:the|a|an)[{SPACE}][{LOWER}])"
)
_SENTENCE_BREAK = lazy(f"[.!?]['\"){RSQUO}{RDQUO}]*[{SPACE}]|\n")
# Capitalised words that may stand before a surname as part of a title ("Judge Orick's").
_TITLE_WORDS = frozenset(
    w.rstrip(".") for t in lexicon.PERSON_TITLES for w in t.split()
) | frozenset(w for t in lexicon.PERSON_TITLES for w in t.split())
# Capitalised words that are not bare later references to a surname.
_NOT_SURNAMES = lexicon.NON_NAME_WORDS | lexicon.GIVEN_NAMES
# Words after a surname+s that show it is a verb's subject, not a possessive ("Grossmans said").
_NOT_POSSESSED = lexicon.word_set(
    """said says told is was are were has had have will would could should may might
    did does do and or but who which that to of in on at for with by as than then"""
)


class Spelling:
    """One way the story (or the names list) spells a surname."""

    __slots__ = ("display", "first_pos", "key", "listed", "mentions", "votes", "weak")

    def __init__(self, key: str, display: str, weak: bool = False) -> None:
        self.key = key  # casefold
        self.display = display
        self.mentions: list[Mention] = []
        self.votes = 0
        self.first_pos = 1 << 60
        self.listed: Person | None = None
        self.weak = weak  # only bare later references spell it this way

    @property
    def rank(self) -> tuple[bool, int, bool, int]:
        """Sort key: the names list, then more references, then a full reference, then first."""
        return (self.listed is None, -self.votes, self.weak, self.first_pos)

    @property
    def firsts(self) -> set[str]:
        found = {m.first.key for m in self.mentions if m.first is not None}
        if self.listed is not None and self.listed.first:
            found.add(self.listed.first.casefold())
        return found

    @property
    def titles(self) -> set[str]:
        return {_title_head(m.title) for m in self.mentions if m.title}


class SpellingSlip:
    """A word that strays from a spelling the story or the names list establishes (NL101)."""

    __slots__ = ("end", "fix", "kind", "name", "person", "start", "target", "text")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        fix: str,
        kind: str,
        name: str,
        target: Spelling | None = None,
        person: Person | None = None,
    ) -> None:
        self.start, self.end, self.text, self.fix = start, end, text, fix
        self.kind = kind  # NEAR, LISTED_NEAR, LISTED or CASING
        self.name = name  # the established form ("Sessions", "McConnell", "Mitch Landrieu")
        self.target = target  # the spelling it strays from (NEAR, LISTED_NEAR)
        self.person = person  # the names list's entry (LISTED)


class FirstNameSlip:
    """A later full reference with another first name (NL102): against the story's
    established reference, or against a names-list entry with a title."""

    __slots__ = ("end", "established", "first", "fix", "person", "start")

    def __init__(
        self,
        word: Word,
        fix: str,
        established: Mention | None = None,
        person: Person | None = None,
    ) -> None:
        self.start, self.end = word.start, word.stem_end
        self.first = word.stem
        self.fix = fix
        self.established = established
        self.person = person


class PossessiveSlip:
    """A person's name ending in s whose possessive does not follow the house style (NL103)."""

    __slots__ = ("end", "fix", "start")

    def __init__(self, start: int, end: int, fix: str) -> None:
        self.start, self.end, self.fix = start, end, fix


class People:
    """The people a story names, as facts: its person mentions (``scan``), each
    surname's established spelling (``winners``), the name words it establishes
    (``known_names``), and the references that stray from them (the slips)."""

    __slots__ = (
        "first_name_slips",
        "known_names",
        "possessive_slips",
        "scan",
        "spelling_slips",
        "winners",
    )

    def __init__(self, work: _Work) -> None:
        self.scan: Scan = work.scan
        self.winners: dict[str, Spelling] = work.winners
        self.known_names: frozenset[str] = frozenset(work.known)
        self.spelling_slips: list[SpellingSlip] = work.spelling_slips
        self.first_name_slips: list[FirstNameSlip] = work.first_name_slips
        self.possessive_slips: list[PossessiveSlip] = work.possessive_slips


def find_people_facts(analysis: Analysis) -> People:
    """The names family's one scan of a story (read as ``Analysis.people``)."""
    doc = analysis.doc
    scan = find_people(doc.text, *layout(analysis))
    names: NamesList = analysis.options.get("names_list") or EMPTY
    work = _Work(scan, names, analysis.style)
    work.run()
    return People(work)


def possessive(name: str, apostrophe: str, style: str) -> str:
    """The possessive of a name: AP "Sessions'", Chicago "Sessions's", both "Trump's"."""
    if name[-1:] in "sS" and style == "ap":
        return name + apostrophe
    s = "S" if name.isupper() else "s"
    return name + apostrophe + s


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: edits, with a swap of neighbours as one edit."""
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            cur[j] = best
        before, prev = prev, cur
    return prev[len(b)]


def _similar_first(a: str, b: str) -> bool:
    """First names that may be one person's: the same initial, a prefix, a slip, or a
    short form the nickname table knows ("Bill" for William, "Peggy" for Margaret)."""
    if a[:1] == b[:1] or a.startswith(b) or b.startswith(a) or osa_distance(a, b) <= 2:
        return True
    from newslint.rules.names.nicknames import same_given_name

    return same_given_name(a, b)


def _cased(word: Word, target: str) -> str:
    return target.upper() if word.all_caps else target


class _Work:
    def __init__(self, scan: Scan, names: NamesList, style: str) -> None:
        self.scan = scan
        self.text = scan.text
        self.names = names
        self.style = style
        self.spellings: dict[str, Spelling] = {}
        self.winners: dict[str, Spelling] = {}
        self.losers: dict[str, Spelling] = {}  # key -> the winner it strays from
        self.spelling_slips: list[SpellingSlip] = []
        self.first_name_slips: list[FirstNameSlip] = []
        self.possessive_slips: list[PossessiveSlip] = []
        self.flagged: set[int] = set()  # word indexes already reported
        # Whether the story uses a word as a place or an organisation, by key: worked out
        # when a near miss asks (few words are asked about), against the spellings the
        # full references established (_full_spellings).
        self.place_like: dict[str, bool] = {}
        self._full_spellings: set[str] = set()
        self._capitals_by_key: dict[str, list[Word]] | None = None
        self.known: set[str] = set()

    def run(self) -> None:
        self._collect()
        self._resolve()
        self._misspellings_from_list()
        self._near_misses()
        self._first_names()
        self._possessives()
        self._casing_from_list()
        self._known_names()

    # ------------------------------------------------------------------ spellings

    def _spelling(self, key: str, display: str) -> Spelling:
        sp = self.spellings.get(key)
        if sp is None:
            sp = self.spellings[key] = Spelling(key, display)
        elif sp.display.isupper() and not display.isupper():
            sp.display = display
        return sp

    def _collect(self) -> None:
        for m in self.scan.mentions:
            sp = self._spelling(m.surname.key, m.surname.titled)
            sp.mentions.append(m)
            sp.first_pos = min(sp.first_pos, m.start)
            if "-" in m.surname.stem:
                # "Charbonier-Laureano": later references may use one part.
                for part in m.surname.titled.split("-"):
                    if len(part) >= 4:
                        psp = self._spelling(part.casefold(), part)
                        psp.first_pos = min(psp.first_pos, m.start)
                        if m not in psp.mentions:
                            psp.mentions.append(m)
        for w in self.scan.capitals:
            seen = self.spellings.get(w.key)
            if seen is not None:
                seen.votes += 1
                if not w.all_caps and seen.display.isupper():
                    seen.display = w.stem
        self._full_spellings = set(self.spellings)
        self._weak_spellings()
        if self.names:
            self._attach_list()

    def _weak_spellings(self) -> None:
        """Bare references that agree with each other and not with the full reference.

        "Michael Jnoes, 25, ... Jones conspired ... Jones, having": the surname the story
        repeats outvotes a slip in the one full reference. A possessive that only adds or
        drops a final s does not vote: that is the usual slip ("Session's" for Sessions).
        """
        spellings, given = self.spellings, self.scan.given
        strong = NearIndex(spellings)
        weak: dict[str, Spelling] = {}
        nearest: dict[str, Spelling | None] = {}
        for w in self.scan.capitals:
            if (
                w.key in spellings
                or w.index in given
                or len(w.key) < 4
                or w.titled in _NOT_SURNAMES
            ):
                continue
            if w.key not in nearest:
                hits = strong.find(w.key)
                nearest[w.key] = self.spellings[hits[0]] if len(hits) == 1 else None
            target = nearest[w.key]
            if target is None:
                continue
            if w.suffix and _s_variant(w.key, target.key):
                continue  # "Session's" is the usual slip for Sessions, never a vote against it
            if w.key == target.key + "s" and self._reads_possessive(w):
                continue  # "Kesslers memo": a possessive without its apostrophe, no vote
            if not self._plausible(w, target):
                continue
            sp = weak.get(w.key)
            if sp is None:
                sp = weak[w.key] = Spelling(w.key, w.titled, weak=True)
            sp.votes += 1
            sp.first_pos = min(sp.first_pos, w.start)
        self.spellings.update(weak)

    def _attach_list(self) -> None:
        for key, sp in list(self.spellings.items()):
            if sp.weak:
                continue
            listed = self.names.by_surname.get(key)
            if listed:
                sp.listed = self._pick_listed(listed, sp)
                continue
            for near_key in self.names.near(key):
                people = self.names.by_surname[near_key]
                person = self._pick_listed(people, sp)
                if sp.firsts and person.first and person.first.casefold() not in sp.firsts:
                    continue  # a different person who happens to be spelled alike
                lsp = self._spelling(near_key, person.surname)
                lsp.listed = person

    @staticmethod
    def _pick_listed(people: list[Person], sp: Spelling) -> Person:
        for person in people:
            if person.first and person.first.casefold() in sp.firsts:
                return person
        return people[0]

    def _resolve(self) -> None:
        keys = list(self.spellings)
        parent = {k: k for k in keys}

        def root(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if near(a, b):
                    parent[root(a)] = root(b)
        clusters: dict[str, list[Spelling]] = {}
        for k in keys:
            clusters.setdefault(root(k), []).append(self.spellings[k])
        for members in clusters.values():
            members.sort(key=lambda s: s.rank)
            heads: list[Spelling] = []
            for sp in members:
                if sp.weak and heads:
                    same = next((h for h in heads if near(h.key, sp.key)), None)
                    if same is not None:
                        self.losers[sp.key] = same
                    continue
                same = next(
                    (h for h in heads if near(h.key, sp.key) and not _different_people(h, sp)), None
                )
                if same is None:
                    heads.append(sp)
                    self.winners[sp.key] = sp
                else:
                    self.losers[sp.key] = same

    # ------------------------------------------------------------------ near misses

    def _near_misses(self) -> None:
        winners, given, flagged = self.winners, self.scan.given, self.flagged
        winner_keys = NearIndex(winners)
        cache: dict[str, Spelling | None] = {}
        for w in self.scan.capitals:
            key = w.key
            if key in winners or w.index in given or w.index in flagged:
                continue
            target = self.losers.get(key)
            if target is None:
                if key not in cache:
                    cache[key] = None
                    if len(key) >= 4 and w.titled not in lexicon.NON_NAME_WORDS:
                        hits = winner_keys.find(key)
                        if len(hits) == 1:
                            cache[key] = self.winners[hits[0]]
                target = cache[key]
                if target is None:
                    continue
                if w.titled in lexicon.GIVEN_NAMES and not w.suffix:
                    continue
            if w.index not in self.scan.surname_of and not self._plausible(w, target):
                continue
            self._report_near(w, target)

    def _plausible(self, w: Word, target: Spelling) -> bool:
        """Whether a capitalised word that is not in a person mention reads as a surname."""
        if self._not_a_person_here(w):
            return False
        if not w.suffix and self._place_like(w.key):
            return False  # "to Austin ... in Austin": the word names a place in this story
        s_variant = _s_variant(w.key, target.key)
        nxt = self.scan.words[w.index + 1] if w.index + 1 < len(self.scan.words) else None
        if (
            nxt is not None
            and not w.suffix
            and self.scan.next_gap(w.index) == " "
            and nxt.text == "of"
            and (s_variant or w.strict)
        ):
            return False  # "Sessions of Congress"
        if w.strict and not w.suffix and not self._subject_of_verb(w):
            if s_variant:
                # A sentence-initial "Session" is the ordinary word; "Kesslers memo",
                # a possessive that lost its apostrophe, is the name.
                return self._possessive_without_apostrophe(w, target)
            if len(w.stem) < 5:
                return False  # short words at a sentence's start are too often words
            if ordinary_word(w.key):
                return False  # "Young people ..." beside Yeung: a common word opens the sentence
        return not (w.all_caps and len(w.stem) < 5)

    def _possessive_without_apostrophe(self, w: Word, target: Spelling) -> bool:
        """'Kesslers memo' for Kessler's: the name plus s, before a noun, and no word."""
        return w.key == target.key + "s" and self._reads_possessive(w) and not ordinary_word(w.key)

    def _place_like(self, key: str) -> bool:
        """Whether the story uses this word, capitalised, as a place or an organisation
        somewhere outside headlines and person mentions."""
        found = self.place_like.get(key)
        if found is None:
            if self._capitals_by_key is None:
                self._capitals_by_key = {}
                for w in self.scan.capitals:
                    self._capitals_by_key.setdefault(w.key, []).append(w)
            found = self.place_like[key] = key not in self._full_spellings and any(
                not w.headline
                and w.index not in self.scan.surname_of
                and w.index not in self.scan.given
                and self._not_a_person_here(w, self._full_spellings)
                for w in self._capitals_by_key.get(key, ())
            )
        return found

    def _not_a_person_here(self, w: Word, spelled: Container[str] | None = None) -> bool:
        """The words around this one make it an ordinary word, a place or an organisation.

        ``spelled``: the surnames taken to be people's (by default, every spelling)."""
        words = self.scan.words
        prev = words[w.index - 1] if w.index > 0 else None
        nxt = words[w.index + 1] if w.index + 1 < len(words) else None
        if prev is not None and self.scan.gap(w.index) == " ":
            low = prev.text.casefold()
            if low in lexicon.DETERMINERS:
                return True  # "the Session", "a Sessions"
            if low in lexicon.PLACE_PREPOSITIONS and not w.suffix:
                return True  # "in Austen" reads as a place
            if (
                prev.capitalised
                and not self._is_person_word(prev, spelled)
                and (not w.suffix or prev.titled not in _TITLE_WORDS)
                and not _opener(prev)
            ):
                return True  # inside a longer proper noun ("New Orleans", "Hong Kong's")
        # "Sessions Road", "Hunts Point"
        return (
            nxt is not None
            and not w.suffix
            and self.scan.next_gap(w.index) == " "
            and nxt.capitalised
            and not self._is_person_word(nxt, spelled)
        )

    def _subject_of_verb(self, w: Word) -> bool:
        """'Adms said': a bare capitalised word followed by a verb of saying."""
        nxt = self.scan.words[w.index + 1] if w.index + 1 < len(self.scan.words) else None
        return (
            nxt is not None
            and self.scan.next_gap(w.index) == " "
            and nxt.stem in lexicon.SPEECH_VERBS
        )

    def _is_person_word(self, w: Word, spelled: Container[str] | None = None) -> bool:
        return (
            w.key in (self.spellings if spelled is None else spelled)
            or w.titled in lexicon.GIVEN_NAMES
            or (w.index in self.scan.given)
        )

    def _report_near(self, w: Word, target: Spelling) -> None:
        fix = self._fix_for(w, target)
        if fix == w.text:
            return
        kind = NEAR if target.listed is None else LISTED_NEAR
        self.spelling_slips.append(
            SpellingSlip(w.start, w.end, w.text, fix, kind, target.display, target)
        )
        self.flagged.add(w.index)

    def _fix_for(self, w: Word, target: Spelling) -> str:
        name = _cased(w, target.display)
        if w.suffix:
            return possessive(name, w.suffix[0], self.style)
        if w.key == target.key + "s" and self._reads_possessive(w):
            return possessive(name, self.scan.apostrophe, self.style)  # "Grossmans motion"
        return name

    def _reads_possessive(self, w: Word) -> bool:
        nxt = self.scan.words[w.index + 1] if w.index + 1 < len(self.scan.words) else None
        return (
            nxt is not None
            and self.scan.next_gap(w.index) == " "
            and nxt.stem[:1].islower()
            and nxt.stem not in _NOT_POSSESSED
            and not nxt.stem.endswith("ed")
        )

    # ------------------------------------------------------------------ first names

    def _first_names(self) -> None:
        groups: dict[str, list[Mention]] = {}
        for key, sp in self.spellings.items():
            head = self.losers.get(key, sp if key in self.winners else None)
            if head is None:
                continue
            for m in sp.mentions:
                if m.first is not None and m.surname.key == key:
                    groups.setdefault(head.key, []).append(m)
        for head_key, mentions in groups.items():
            head = self.winners[head_key]
            self._first_name_against_list(head, mentions)
            by_first: dict[str, list[Mention]] = {}
            for m in sorted(mentions, key=lambda m: m.start):
                assert m.first is not None
                by_first.setdefault(m.first.key, []).append(m)
            if len(by_first) < 2:
                continue
            listed_first = head.listed.first.casefold() if head.listed and head.listed.first else ""
            order = sorted(
                by_first.items(),
                key=lambda kv: (kv[0] != listed_first, -len(kv[1]), kv[1][0].start),
            )
            established = order[0][1][0]
            for _, group in order[1:]:
                if len(group) != 1:
                    continue  # a second person who recurs is not a slip
                self._check_first(group[0], established, head)

    def _first_name_against_list(self, head: Spelling, mentions: list[Mention]) -> None:
        """'Attorney General Jim Sessions' when the list has Attorney General Jeff Sessions."""
        person = head.listed
        if person is None or not person.first or not person.title:
            return
        for m in mentions:
            assert m.first is not None
            if (
                m.title is None
                or _title_head(m.title) != _title_head(person.title)
                or m.first.key == person.first.casefold()
                or self._listed_as_other(head, m.first.stem)
                or m.first.index in self.flagged
            ):
                continue
            fix = _cased(m.first, person.first)
            self.first_name_slips.append(FirstNameSlip(m.first, fix, person=person))
            self.flagged.add(m.first.index)

    def _check_first(self, m: Mention, established: Mention, head: Spelling) -> None:
        assert m.first is not None and established.first is not None
        if m.first.index in self.flagged:
            return
        a, b = m.first.key, established.first.key
        if self._listed_as_other(head, m.first.stem):
            return
        if m.middles and established.middles:
            if m.middles[0][:1].upper() != established.middles[0][:1].upper():
                return  # "Alan M. Dershowitz" and "Nathan Z. Dershowitz"
            same_person = True
        else:
            same_person = _similar_first(a, b)
        if not same_person or self._relation_before(m) or self._no_relation_after(m):
            return
        if m.title and established.title and _title_head(m.title) != _title_head(established.title):
            return  # "Mayor Mitch Landrieu" and "Sen. Mary Landrieu"
        if self._introduced(m) or self._same_sentence(m, established):
            return  # "Jose Garcia, 45, and Juan Garcia, 41,": two people introduced together
        fix = _cased(m.first, established.first.stem)
        self.first_name_slips.append(FirstNameSlip(m.first, fix, established=established))
        self.flagged.add(m.first.index)

    def _listed_as_other(self, head: Spelling, first: str) -> bool:
        for person in self.names.by_surname.get(head.key, []) if self.names else []:
            forms = [person.name, *person.aliases]
            if any(f.split()[0].casefold() == first.casefold() for f in forms):
                return True
        return False

    def _relation_before(self, m: Mention) -> bool:
        start = max(0, m.start - 60)
        window = self.text[start : m.start]
        for stop in ".!?\n":
            window = window.rsplit(stop, 1)[-1]
        words = [w.strip(",;:()").casefold() for w in window.split()][-5:]
        return any(w in lexicon.RELATION_WORDS for w in words)

    def _introduced(self, m: Mention) -> bool:
        """A reference that introduces someone: an age, a hometown or a role after it."""
        return bool(_INTRODUCTION().match(self.scan.shadow, m.end, m.end + 40))

    def _same_sentence(self, m: Mention, other: Mention) -> bool:
        first, second = sorted((m, other), key=lambda x: x.start)
        return not _SENTENCE_BREAK().search(self.scan.shadow, first.end, second.start)

    def _no_relation_after(self, m: Mention) -> bool:
        return "no relation" in self.text[m.end : m.end + 30].casefold()

    # ------------------------------------------------------------------ possessives

    def _possessives(self) -> None:
        words = self.scan.words
        for w in [words[i] for i, suffix in enumerate(words.suffixes) if suffix]:
            if w.index in self.flagged or w.stem[-1:] not in "sS":
                continue
            person = w.key in self.winners
            apostrophe = w.suffix[0]
            if self.style == "ap" and len(w.suffix) == 2:
                if not (person or self._proper_noun(w)):
                    continue
                fix = w.stem + apostrophe
            elif self.style == "chicago" and len(w.suffix) == 1 and person:
                fix = w.stem + apostrophe + ("S" if w.all_caps else "s")
            else:
                continue
            self.possessive_slips.append(PossessiveSlip(w.start, w.end, fix))
            self.flagged.add(w.index)

    def _proper_noun(self, w: Word) -> bool:
        """A two-word proper name mid-sentence, like a full name: "Kamala Harris's".

        A lone capitalised word ("Texas's") is left to the AP rules: the names family
        checks people, and a person is named in full at least once.
        """
        if not w.capitalised or w.all_caps or w.strict or w.stem.endswith("ss"):
            return False  # "Congress's", "Witness's": nouns more often than names
        if w.titled in lexicon.NON_NAME_WORDS or w.index == 0:
            return False
        prev = self.scan.words[w.index - 1]
        return (
            self.scan.gap(w.index) == " "
            and prev.capitalised
            and not prev.suffix
            and prev.titled not in lexicon.NON_NAME_WORDS
        )

    # ------------------------------------------------------------------ names list

    def _misspellings_from_list(self) -> None:
        if not self.names or not self.names.misspellings:
            return
        for m in self.scan.mentions:
            if m.first is None:
                continue
            phrase = f"{m.first.stem} {m.surname.stem}".casefold()
            person = self.names.misspellings.get(phrase)
            if person is not None:
                start, end = m.first.start, m.surname.stem_end
                self._report_listed(start, end, person.name, person, [m.first, m.surname])
        for w in self.scan.capitals:
            if w.index in self.flagged:
                continue
            person = self.names.misspellings.get(w.key)
            if person is None:
                continue
            right = _closest_word(w.stem, person.name)
            self._report_listed(w.start, w.end, _fix_word(w, right, self.style), person, [w])

    def _report_listed(
        self, start: int, end: int, fix: str, person: Person, words: Iterable[Word]
    ) -> None:
        text = self.text[start:end]
        self.spelling_slips.append(
            SpellingSlip(start, end, text, fix, LISTED, person.name, person=person)
        )
        self.flagged.update(w.index for w in words)

    def _casing_from_list(self) -> None:
        if not self.names:
            return
        for w in self.scan.capitals:
            if w.all_caps or w.index in self.flagged:
                continue
            listed = self.names.words.get(w.key)
            if listed is None or listed == w.stem:
                continue
            fix = listed + w.suffix
            self.spelling_slips.append(SpellingSlip(w.start, w.end, w.text, fix, CASING, listed))
            self.flagged.add(w.index)

    # ------------------------------------------------------------------ known names

    def _known_names(self) -> None:
        flagged = {self.scan.words[i].stem for i in self.flagged}
        for sp in self.winners.values():
            for m in sp.mentions:
                if m.first is not None:
                    self.known.add(m.first.stem)
                self.known.update(x for x in m.middles if len(x) > 1)
            if sp.votes or sp.mentions:
                self.known.add(sp.display)
                self.known.update(p for p in sp.display.split("-") if p)
        words = self.scan.words
        winners, stems = self.winners, words.stems
        self.known.update([stems[i] for i, key in enumerate(words.keys) if key in winners])
        if self.names:
            listed = self.names.words
            for i, key in enumerate(words.keys):
                if key in listed and stems[i] == listed[key]:
                    self.known.add(stems[i])
        self.known -= flagged


def _opener(w: Word) -> bool:
    """A capitalised word that opens a sentence or names a day ("Then Kleinfled left",
    "On Monday Kleinfled left"): not the first half of a proper noun."""
    if w.titled in _CALENDAR:
        return True
    return w.sentence_start and w.titled not in lexicon.GIVEN_NAMES and ordinary_word(w.key)


_CALENDAR = lexicon.word_set(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December"""
)


def _title_head(title: str) -> str:
    """'U.S. District Judge' -> 'judge', 'Sen.' -> 'senator': titles compared by their head."""
    last = title.split()[-1].casefold()
    return _TITLE_HEADS.get(last, last)


def _s_variant(a: str, b: str) -> bool:
    """Spellings that differ only by a final s ("Session" and "Sessions")."""
    return a + "s" == b or a == b + "s"


def _different_people(a: Spelling, b: Spelling) -> bool:
    """Two spellings that belong to two people, each introduced as such."""
    if a.listed is not None and b.listed is not None and a.listed is not b.listed:
        return True
    fa, fb = a.firsts, b.firsts
    if fa and fb and not (fa & fb) and not any(near(x, y) for x in fa for y in fb):
        return True
    ta, tb = a.titles, b.titles
    return bool(ta and tb and not (ta & tb))


def _closest_word(wrong: str, name: str) -> str:
    words = [w for w in name.split() if w[:1].isupper()] or name.split()
    return min(words, key=lambda w: osa_distance(wrong.casefold(), w.casefold()))


def _fix_word(w: Word, right: str, style: str) -> str:
    right = _cased(w, right)
    return possessive(right, w.suffix[0], style) if w.suffix else right
