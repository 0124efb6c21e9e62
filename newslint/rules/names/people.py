"""Find the people in a story in one scan.

The scan tokenises the prose once, then finds person mentions by rule (no NER
model): a name after a formal title ("Attorney General Jeff Sessions") or a role
word ("defendant Martin Sweig"), a full name with a middle initial or a common
given name ("Israel G. Grossman", "Michael Jones"), a short form in parentheses
("Frances Acevedo-Ceballos (Acevedo)"), an appositive title ("TIMBERS, Circuit
Judge") and surnames in a law firm's name ("Dershowitz & Eiger"). Every other
capitalised word is kept as a possible later reference ("Sessions said",
"Session's Justice Department").
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable, Iterator
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

from newslint.document import HEADING
from newslint.rules.names import lexicon
from newslint.rules.names.textmatch import (
    DIGIT,
    LDQUO,
    LETTER,
    LETTERS,
    LOWER,
    MARK,
    RDQUO,
    RSQUO,
    SPACE,
    SPACES,
    UPPER,
    UPPERS,
    WORDS,
    Phrases,
    capital_after,
    lazy,
    line_gap_end,
    shadow,
    word_boundary,
)

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# Patterns run on the shadow of the text (see textmatch), each compiled on first use:
# several are needed only by a few stories.
# A word: letters, with inner apostrophes and hyphens ("O'Brien", "Rivera-Ortiz", "Session's").
_WORD_SPLIT = lazy(f"([{LETTER}{MARK}]+(?:['{RSQUO}\\-][{LETTER}{MARK}]+)*)")
_APOSTROPHE = lazy("['’]")
_NAME_SEPARATOR = lazy(f",[{SPACE}]*(?:and[{SPACE}]+)?|[{SPACE}]+and[{SPACE}]+")
_CAPITALISED_NEXT = lazy(f"[ \t]+[{UPPER}][{LOWER}{UPPER}]")
_AGE = lazy(f",[{SPACE}][{DIGIT}]{{1,3}},")
_PARENTHESISED = lazy(f"[{SPACE}]\\(([{LETTER}\\-]+)\\)")
_COMMA_SPACE = lazy(f",[{SPACE}]+")
_SPACE_RUN = lazy(f"[{SPACE}]+")
_FIRM = lazy(
    f"[{UPPER}][{LETTER}\\-]+(?:,[{SPACE}][{UPPER}][{LETTER}\\-]+)*"
    f"[{SPACE}]&[{SPACE}][{UPPER}][{LETTER}\\-]+"
)
# Around a straight single quote: what may open one, and what may follow one that closes.
_OPEN_BEFORE = SPACES | frozenset('("' + LDQUO)
_CLOSE_AFTER = SPACES | frozenset('.,;:!?)"' + RDQUO)
_NOT_INITIALS = frozenset({"US", "UN", "DC", "UK", "EU", "PA", "NY", "LA", "AM", "PM"})
_BLANKS = frozenset(" \t")
_NOT_NAMES = lexicon.NON_NAME_WORDS | lexicon.NAME_SUFFIXES


@cache
def _institution_words() -> NearIndex:
    return NearIndex(w.casefold() for w in lexicon.NON_NAME_WORDS if len(w) > 5)


@cache
def _institution_slip(titled: str) -> bool:
    """A word one slip from an institution's word ("Departmnet", "Comittee") and in no
    dictionary: a typo in the name of a body, not a person's surname."""
    key = titled.casefold()
    if not _institution_words().find(key):
        return False
    from newslint.rules.spelling import lexicon as dictionary

    return dictionary.lookup(key) is None


class Word:
    """One word of the prose. A plain class with slots: a story has thousands."""

    __slots__ = (
        "all_caps",
        "capitalised",
        "end",
        "headline",
        "index",
        "key",
        "name_word",
        "sentence_start",
        "start",
        "stem",
        "suffix",
        "titled",
    )

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        stem: str,
        suffix: str,
        sentence_start: bool = False,
        headline: bool = False,
        key: str | None = None,
    ) -> None:
        self.index = index
        self.start = start  # the whole token, possessive included
        self.end = end
        self.stem = stem  # the word without a possessive ending
        self.suffix = suffix  # "", "’s", "'s", "’" or "'"
        self.sentence_start = sentence_start
        self.headline = headline
        # Read hundreds of thousands of times on a long story: computed once.
        self.key = stem.casefold() if key is None else key  # the stem, casefolded
        self.capitalised = stem[:1].isupper()
        self.all_caps = stem.isupper() and len(stem) > 1
        # The word in title case, as the word lists spell it ("SWEIG" -> "Sweig").
        self.titled = stem.title() if self.all_caps else stem
        # May be part of a person's name: capitalised, two letters or more, and not a
        # word like "Department" or "Monday" or a suffix like "Jr".
        self.name_word = (
            self.capitalised
            and len(stem) > 1
            and self.titled not in _NOT_NAMES
            and not (len(stem) > 5 and _institution_slip(self.titled))
        )

    def __repr__(self) -> str:
        return f"Word({self.index}, {self.start}, {self.end}, {self.stem!r}, {self.suffix!r})"

    @property
    def stem_end(self) -> int:
        return self.start + len(self.stem)

    @property
    def text(self) -> str:
        return self.stem + self.suffix

    @property
    def strict(self) -> bool:
        """A capital that says little: the first word of a sentence or a headline word."""
        return self.sentence_start or self.headline


class Mention(NamedTuple):
    """One reference to a person that says it is a person (a title, a first name...)."""

    start: int
    end: int
    surname: Word
    kind: str  # titled, role, full, short, appositive, firm
    title: str | None = None
    first: Word | None = None
    middles: tuple[str, ...] = ()

    def text(self, prose: str) -> str:
        return " ".join(prose[self.start : self.end].split())


class Scan:
    """The people found in a text, and the text's words."""

    def __init__(self, text: str, words: Words, apostrophe: str = "’") -> None:
        self.text = text
        self.words = words
        # The text for pattern matching (textmatch.shadow): same offsets, Latin-1 classes.
        self.shadow = shadow(text)
        # Most of the family's reasoning is about capitalised words: a fifth of a story's.
        self.capitals = words.capitals()
        self.mentions: list[Mention] = []
        # word index -> the mention whose surname it is
        self.surname_of: dict[int, Mention] = {}
        # word indexes used as first or middle names
        self.given: set[int] = set()
        self.apostrophe = apostrophe
        # start offset -> word index
        self.word_at = dict(zip(words.starts, range(len(words)), strict=True))
        # Capitalised words that also stand alone mid-sentence (surnames on later references)
        self.alone: set[str] = set()
        self._alone_index: NearIndex | None = None

    def alone_near(self, key: str) -> list[str]:
        """Standalone capitalised words one edit from ``key`` ("Volkvoa said" for Volkova)."""
        if self._alone_index is None:
            self._alone_index = NearIndex(self.alone)
        return self._alone_index.find(key)

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i."""
        prev_end = self.words.ends[i - 1] if i > 0 else 0
        return self.text[prev_end : self.words.starts[i]]

    def next_gap(self, i: int) -> str:
        words = self.words
        nxt = words.starts[i + 1] if i + 1 < len(words) else len(self.text)
        return self.text[words.ends[i] : nxt]


def near(a: str, b: str) -> bool:
    """One edit apart (optimal string alignment: a transposition is one edit), both of
    four letters or more."""
    return a != b and len(a) >= 4 and len(b) >= 4 and within_one_edit(a, b)


def within_one_edit(a: str, b: str) -> bool:
    """The same, or one edit apart: a letter dropped, added or changed, or two
    neighbours swapped (rapidfuzz's OSA distance at most 1, in plain Python: a story
    asks a handful of these, and rapidfuzz costs ~8 ms to import)."""
    size_a, size_b = len(a), len(b)
    if not -1 <= size_a - size_b <= 1:
        return False
    if size_a > size_b:
        a, b, size_a, size_b = b, a, size_b, size_a
    i = 0
    while i < size_a and a[i] == b[i]:
        i += 1
    if i == size_b:
        return True  # the same
    if size_a < size_b:
        return a[i:] == b[i + 1 :]  # one letter dropped
    if a[i + 1 :] == b[i + 1 :]:
        return True  # one letter changed
    # two neighbours swapped
    return i + 1 < size_a and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


class NearIndex:
    """Keys bucketed by length and by first and by last letter, to find the ones one edit
    away from a word: one edit never changes both the first and the last letter of a
    word of three letters or more (see nameslist)."""

    def __init__(self, keys: Iterable[str]) -> None:
        # length -> "^" + first letter or "$" + last letter -> keys
        self._buckets: dict[int, dict[str, list[str]]] = {}
        for key in keys:
            if len(key) >= 4:  # near() compares nothing shorter
                by_edge = self._buckets.setdefault(len(key), {})
                by_edge.setdefault("^" + key[0], []).append(key)
                by_edge.setdefault("$" + key[-1], []).append(key)

    def find(self, key: str) -> list[str]:
        """Keys one edit away from ``key`` (near), each once."""
        size = len(key)
        if size < 4:
            return []
        found: list[str] = []
        edges = ("^" + key[0], "$" + key[-1])
        for length in (size - 1, size, size + 1):
            by_edge = self._buckets.get(length)
            if by_edge is None:
                continue  # most lengths: no key of that length
            for edge in edges:
                for k in by_edge.get(edge, ()):
                    if k not in found and near(key, k):
                        found.append(k)
        return found


# Above this Zipf frequency a lowercase dictionary word is an ordinary word first
# ("young" 5.4, "long" 5.8, "rice" 4.6), whatever surnames share its spelling.
ORDINARY_ZIPF = 3.5


def ordinary_word(key: str) -> bool:
    """A common English word (the shipped dictionary, in lowercase, Zipf >= 3.5):
    capitalised at a sentence's start it is the word, not a slip for a name."""
    from newslint.rules.spelling import lexicon as dictionary

    entry = dictionary.lookup(key)
    return (
        entry is not None
        and entry.in_dictionary
        and not entry.forms
        and entry.zipf >= ORDINARY_ZIPF
    )


# ----------------------------------------------------------------------------- tokens


class Words:
    """The story's words as parallel lists (whole-text operations), with a :class:`Word`
    built only when one is read: the finder reads the capitalised fifth of a story and
    a few neighbours, so most words never become objects."""

    def __init__(
        self,
        text: str,
        sentence_starts: frozenset[int] | None = None,
        headlines: Iterable[tuple[int, int]] | None = None,
    ) -> None:
        if sentence_starts is None or headlines is None:
            sentence_starts, headlines = _layout(text)
        parts = _WORD_SPLIT().split(shadow(text))
        offsets = list(accumulate(map(len, parts)))  # where each gap and word ends
        starts: list[int] = offsets[0:-1:2]
        ends: list[int] = offsets[1::2]
        stems = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        suffixes = [""] * len(stems)
        # Possessive endings: every one has an apostrophe, and apostrophes are few.
        size = len(text)
        for m in _APOSTROPHE().finditer(text):
            at = m.start()
            i = bisect.bisect_right(starts, at) - 1
            if i < 0:
                continue
            stem = stems[i]
            if suffixes[i]:
                continue
            if at < ends[i]:  # inside the word: "Session's"
                if at == ends[i] - 2 and stem[-1] in "sS" and len(stem) > 2:
                    stems[i], suffixes[i] = stem[:-2], stem[-2:]
            elif (
                at == ends[i]
                and stem[-1] in "sS"
                and (at + 1 == size or not text[at + 1].isalnum())
                and not _closes_single_quote(text, starts[i], text[at])
            ):
                suffixes[i], ends[i] = text[at], at + 1  # "Sessions’"
        self.text = text
        self.starts = starts
        self.ends = ends
        self.stems = stems
        self.suffixes = suffixes
        # One casefolding for the whole text (a word never holds a newline).
        self.keys: list[str] = "\n".join(stems).casefold().split("\n") if stems else []
        # The words inside headlines (the analysis layer's: markup headings and, in plain
        # text, a short paragraph with no closing stop), where every word is capitalised.
        self.headlines = frozenset(
            i
            for start, end in headlines
            for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
        )
        self._made: list[Word | None] = [None] * len(stems)
        # Where sentences start (offsets), from the analysis layer's one sentence splitter.
        self.sentence_starts = sentence_starts

    def __len__(self) -> int:
        return len(self.stems)

    def __getitem__(self, i: int) -> Word:
        word = self._made[i]
        if word is None:
            word = self._made[i] = self._make(i)
        return word

    def __iter__(self) -> Iterator[Word]:
        return (self[i] for i in range(len(self.stems)))

    def _make(self, i: int) -> Word:
        start = self.starts[i]
        return Word(
            i,
            start,
            self.ends[i],
            self.stems[i],
            self.suffixes[i],
            start in self.sentence_starts,
            i in self.headlines,
            self.keys[i],
        )

    def capitals(self) -> list[Word]:
        """The capitalised words, in order (every one made: the finder reads them all)."""
        made, make, found = self._made, self._make, []
        for i, stem in enumerate(self.stems):
            if stem[0].isupper():  # a word is never empty
                word = made[i]
                if word is None:
                    word = made[i] = make(i)
                found.append(word)
        return found

    def with_keys(self, keys: Container[str]) -> list[Word]:
        """The words whose casefolded stem is in ``keys``, in order."""
        return [self[i] for i, key in enumerate(self.keys) if key in keys]


def layout(analysis: Analysis) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """Where the analysis layer finds sentences to start (offsets), and the headlines in
    which a capital says nothing: markup headings, and title-case headline paragraphs
    (most words of four letters or more capitalised; in "Judge rules for city" the
    capital of a name still tells)."""
    words = analysis.words
    starts = frozenset([words.starts[i] for i in words.sentence_starts])
    headings = analysis.regions(HEADING)
    headlines = []
    for h in analysis.headlines:
        if not headings.contains(h.start, h.end):
            longer = [t for t in map(words.texts.__getitem__, words.between(*h)) if len(t) > 3]
            if not longer or sum(t[:1].isupper() for t in longer) < 0.6 * len(longer):
                continue
        headlines.append((h.start, h.end))
    return starts, headlines


def _layout(text: str) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """The layout of a plain text that comes without its analysis (tests, one-off callers)."""
    from newslint import markup
    from newslint.analysis import Analysis

    return layout(Analysis(markup.parse(text, "plain")))


def tokenise(text: str) -> list[Word]:
    return list(Words(text))


def _closes_single_quote(text: str, start: int, mark: str) -> bool:
    """Whether an apostrophe after a word closes a single-quoted phrase in this paragraph."""
    para_start = text.rfind("\n\n", 0, start) + 1
    if mark == "’":
        before = text[para_start:start]
        return before.count("‘") > before.count("’") - before.count("’s")
    # Straight quotes: one that opens sits after a space (or the paragraph's start) and
    # before a word character; one that closes sits after a word character.
    sh = shadow(text)
    opened = closed = 0
    i = text.find("'", para_start, start)
    while i != -1:
        prev = sh[i - 1] if i > para_start else ""
        nxt = sh[i + 1] if i + 1 < start else ""
        if (not prev or prev in _OPEN_BEFORE) and nxt in WORDS:
            opened += 1
        if prev in WORDS and (not nxt or nxt in _CLOSE_AFTER):
            closed += 1
        i = text.find("'", i + 1, start)
    return opened > closed


# ----------------------------------------------------------------------------- titles


@cache
def _titles() -> Phrases:
    return Phrases(lexicon.PERSON_TITLES)


def _is_initial(scan: Scan, i: int) -> bool:
    w = scan.words[i]
    return (
        len(w.stem) == 1
        and w.stem.isupper()
        and not w.suffix
        and scan.text[w.end : w.end + 1] == "."
    )


def _joins_name(gap: str) -> bool:
    """Whitespace that may separate the words of one name (a line wrap, not a paragraph)."""
    return bool(gap) and gap.isspace() and gap.count("\n") <= 1


class _Name:
    """A personal name in the text, before it is known to be a person's."""

    __slots__ = ("end", "first_word", "initials", "last_word", "words")

    def __init__(
        self, first_word: int, last_word: int, words: list[int], initials: list[str], end: int
    ) -> None:
        self.first_word = first_word
        self.last_word = last_word  # the surname's word index
        self.words = words  # name words (not initials)
        self.initials = initials
        self.end = end  # text offset after the name (suffix included)


def _parse_name(scan: Scan, i: int, limit: int = 5) -> _Name | None:
    """A personal name starting at word i: given names, initials, particles, a surname."""
    words, text = scan.words, scan.text
    size = len(words)
    if i >= size or not words[i].name_word:
        return None
    names: list[int] = []
    initials: list[str] = []
    j = i
    end = words[i].end
    while j < size and len(names) + len(initials) < limit:
        w = words[j]
        if j > i:
            gap = text[end : w.start]
            if not _joins_name(gap):
                break
        if len(w.stem) == 1 and _is_initial(scan, j) and j + 1 < size:
            # "G." or "H.W." followed by more name
            k, letters = j, w.stem
            dot_end = w.end + 1
            while k + 1 < size and words[k + 1].start == dot_end and _is_initial(scan, k + 1):
                k += 1
                letters += words[k].stem
                dot_end = words[k].end + 1
            if letters in _NOT_INITIALS:
                break  # "U.S. Courthouse" is not "John U. S. Courthouse"
            if names and k + 1 < size and words[k + 1].name_word:
                initials.append(letters)
                end = dot_end
                j = k + 1
                continue
            break
        if w.stem in lexicon.PARTICLES and names and j + 1 < size:
            nxt = words[j + 1]
            if _joins_name(text[w.end : nxt.start]) and nxt.name_word:
                end = w.end
                j += 1
                continue
            break
        if not w.name_word:
            break
        names.append(j)
        end = w.end
        j += 1
        if w.suffix:
            break  # a possessive ends the name
        if (
            w.headline
            and not (j < size and _is_initial(scan, j))
            and _headline_name_done(scan, names, initials)
        ):
            break  # "Justice Kennedy Retires": in a headline every word is capitalised
    if not names:
        return None
    # "John G. Roberts, Jr." / "Martin Luther King Jr."
    if not words[names[-1]].suffix:
        end = _suffix_end(scan, end)
    return _Name(i, names[-1], names, initials, end)


def _suffix_end(scan: Scan, end: int) -> int:
    """The end of a name suffix (", Jr.", " III") right after ``end``, or ``end``."""
    text, sh = scan.text, scan.shadow
    pos = end + 1 if text.startswith(",", end) else end
    if pos >= len(sh) or sh[pos] not in SPACES:
        return end
    pos += 1
    if text.startswith(("Jr.", "Sr."), pos):
        return pos + 3
    for roman in ("II", "III", "IV"):
        if text.startswith(roman, pos) and word_boundary(sh, pos + len(roman)):
            return pos + len(roman)
    return end


def _headline_name_done(scan: Scan, names: list[int], initials: list[str]) -> bool:
    """In a headline a name is a surname, or a given name and a surname, or has an initial."""
    if initials or len(names) >= 2:
        return True
    return scan.words[names[0]].titled not in lexicon.GIVEN_NAMES


def _add(scan: Scan, name: _Name, kind: str, start: int, title: str | None = None) -> Mention:
    surname = scan.words[name.last_word]
    first = scan.words[name.words[0]] if len(name.words) > 1 else None
    middles = tuple(scan.words[k].stem for k in name.words[1:-1]) + tuple(name.initials)
    mention = Mention(start, name.end, surname, kind, title, first, middles)
    scan.mentions.append(mention)
    scan.surname_of.setdefault(name.last_word, mention)
    scan.given.update(name.words[:-1])
    return mention


# ----------------------------------------------------------------------------- mentions


def find_people(
    text: str,
    sentence_starts: frozenset[int] | None = None,
    headlines: Iterable[tuple[int, int]] | None = None,
) -> Scan:
    """The people in ``text``. ``sentence_starts`` (offsets) and ``headlines`` (spans)
    come from the analysis layer (``layout``); read from a plain text when not given."""
    words = Words(text, sentence_starts, headlines)
    scan = Scan(text, words, apostrophe=_house_apostrophe(text))
    starts = scan.word_at
    scan.alone = _standalone_keys(scan)
    taken: set[int] = set()

    def take(name: _Name) -> None:
        taken.update(range(name.first_word, name.last_word + 1))

    # Titles and role words before names.
    sh = scan.shadow
    titles = _titles().finditer(
        text, sh, lambda pos: capital_after(sh, pos), [w.start for w in scan.capitals]
    )
    for start, end in titles:
        title = " ".join(text[start:end].split())
        nxt = _next_word(text, starts, end)
        if nxt is None or nxt in taken:
            continue
        names = _name_list(scan, nxt, plural=title in lexicon.PLURAL_TITLES)
        for name in names:
            _add(
                scan,
                name,
                "titled",
                start if name is names[0] else words[name.first_word].start,
                title,
            )
            take(name)
    for w in words.with_keys(lexicon.ROLE_WORDS):
        if w.index in taken or w.suffix:
            continue
        if w.capitalised and not w.sentence_start:
            continue
        if (
            not _role_gap(scan.next_gap(w.index))
            or w.index + 1 >= len(words)
            or w.index + 1 in taken
        ):
            continue
        plural = w.stem.endswith("s")
        for name in _name_list(scan, w.index + 1, plural=plural):
            _add(scan, name, "role", words[name.first_word].start)
            take(name)
    # Full names, short forms, appositive titles, law firms. A name starts with a capital.
    resume = 0
    for w in scan.capitals:
        if not w.name_word or w.index < resume or w.index in taken:
            continue
        found = _parse_name(scan, w.index)
        if found is None:
            continue
        kind = _untitled_kind(scan, found)
        if kind:
            _add(scan, found, kind, words[found.first_word].start)
            take(found)
        # Either way the sequence is one proper noun: its tail is not a name of its own.
        resume = found.last_word + 1
    _short_forms(scan)
    _firms(scan, taken)
    scan.mentions.sort(key=lambda m: m.start)
    return scan


def _next_word(text: str, starts: dict[int, int], pos: int) -> int | None:
    return starts.get(line_gap_end(text, pos))


def _role_gap(gap: str) -> bool:
    """What may stand between a role word and a name: a comma, spaces, one line break."""
    rest = gap[1:] if gap.startswith(",") else gap
    return not rest.strip(" \t\n") and rest.count("\n") <= 1


def _capital_next(sh: str, pos: int) -> bool:
    """A space or a tab at ``pos``, then a capital letter."""
    return sh[pos : pos + 1] in _BLANKS and sh[pos + 1 : pos + 2] in UPPERS


def _name_list(scan: Scan, i: int, plural: bool) -> list[_Name]:
    """One name, or after a plural title several ("Sens. Ted Cruz and John Cornyn")."""
    first = _parse_name(scan, i)
    if first is None:
        return []
    names = [first]
    while plural:
        last = scan.words[names[-1].last_word]
        m = _NAME_SEPARATOR().match(scan.shadow, names[-1].end)
        if not m or last.suffix:
            break
        k = _index_at(scan, m.end())
        nxt = _parse_name(scan, k) if k is not None else None
        if nxt is None:
            break
        names.append(nxt)
    return names


def _index_at(scan: Scan, pos: int) -> int | None:
    return scan.word_at.get(pos)


def _untitled_kind(scan: Scan, name: _Name) -> str | None:
    """Whether a capitalised sequence with no title before it is a person, and how we know."""
    words, text = scan.words, scan.text
    first, last = words[name.first_word], words[name.last_word]
    prev = words[name.first_word - 1] if name.first_word > 0 else None
    if (
        prev is not None
        and prev.key in lexicon.DETERMINERS
        and _joins_name(text[prev.end : first.start])
    ):
        return None  # "the Sylvia H. Rambo U.S. Courthouse"
    sh, end = scan.shadow, name.end
    # Part of a longer proper noun ("Jeffrey Energy Center", "Rambo U.S. Courthouse").
    if not last.suffix and _capital_next(sh, end) and not text.startswith((" (", "\t("), end):
        return None
    appositive = _appositive_end(scan, end)
    if appositive is not None and not _CAPITALISED_NEXT().match(sh, appositive):
        return "appositive"  # "TIMBERS, Circuit Judge:", but not "Later, Judge Conti"
    if len(name.words) < 2:
        return None
    if name.initials:
        return "full"
    if first.titled in lexicon.GIVEN_NAMES:
        return "full"
    if _AGE().match(sh, end) or _PARENTHESISED().match(sh, end):
        return "full"  # "Michael Jones, 25," / "Orlando Montes-Rivera (Montes)"
    if last.key in scan.alone and not first.headline and not last.all_caps:
        return "full"  # "Nnamdi Okafor ... Okafor pleaded": the surname recurs on its own
    if (
        not first.headline
        and not last.all_caps
        and (near_alone := scan.alone_near(last.key))  # rare: ask the dictionary only then
        and any(not ordinary_word(k) for k in near_alone)
        and not ordinary_word(first.key)
        and not ordinary_word(last.key)
    ):
        return "full"  # "Ekaterina Volkova ... Volkvoa said": it recurs, slipped
    return None


def _before_speech_verb(scan: Scan, w: Word) -> bool:
    nxt = scan.words[w.index + 1] if w.index + 1 < len(scan.words) else None
    return nxt is not None and scan.next_gap(w.index) == " " and nxt.stem in lexicon.SPEECH_VERBS


def _standalone_keys(scan: Scan) -> set[str]:
    """Capitalised words that appear mid-sentence with no capitalised word beside them."""
    words, found = scan.words, set()
    for w in scan.capitals:
        if w.all_caps or not w.name_word:
            continue
        if w.strict and not _before_speech_verb(scan, w):
            continue
        prev = words[w.index - 1] if w.index > 0 else None
        nxt = words[w.index + 1] if w.index + 1 < len(words) else None
        if prev is not None and prev.capitalised and _joins_name(scan.gap(w.index)):
            continue
        if nxt is not None and nxt.capitalised and _joins_name(scan.next_gap(w.index)):
            continue
        found.add(w.key)
    return found


@cache
def _appositive_titles() -> Phrases:
    return Phrases(t.removeprefix("the ") for t in lexicon.PERSON_TITLES if not t.endswith("."))


def _appositive_end(scan: Scan, pos: int) -> int | None:
    """The end of ", the Title" / ", Title" at ``pos`` (a title set off after a name)."""
    text, sh = scan.text, scan.shadow
    m = _COMMA_SPACE().match(sh, pos) if sh.startswith(",", pos) else None
    if m is None:
        return None
    titles = _appositive_titles()

    def whole_word(end: int) -> bool:
        return word_boundary(sh, end)

    if text.startswith("the", m.end()):
        spaces = _SPACE_RUN().match(sh, m.end() + 3)
        if spaces is not None:
            end = titles.match(text, sh, spaces.end(), whole_word)
            if end is not None:
                return end
    return titles.match(text, sh, m.end(), whole_word)


def _short_forms(scan: Scan) -> None:
    """'María Charbonier-Laureano (Charbonier)': the short form is the surname used later."""
    for mention in list(scan.mentions):
        m = _PARENTHESISED().match(scan.shadow, mention.end)
        if not m:
            continue
        short = scan.text[m.start(1) : m.end(1)]
        parts = {mention.surname.stem, *mention.surname.stem.split("-")}
        if mention.first is not None:
            parts.add(mention.first.stem)
        if short not in parts or short == mention.surname.stem:
            continue
        pos = m.start(1)
        k = _index_at(scan, pos)
        if k is None:
            continue
        short_mention = Mention(
            pos,
            pos + len(short),
            scan.words[k],
            "short",
            mention.title,
            mention.first,
            mention.middles,
        )
        scan.mentions.append(short_mention)
        scan.surname_of.setdefault(k, short_mention)


def _firms(scan: Scan, taken: set[int]) -> None:
    """'Kostelanetz & Ritholz': a law firm's name is made of its partners' surnames."""
    if "&" not in scan.text:
        return
    for m in _FIRM().finditer(scan.shadow):
        first = scan.word_at.get(m.start())
        if first is None:
            continue
        inside: list[Word] = []
        for w in (scan.words[k] for k in range(first, min(first + 12, len(scan.words)))):
            if w.start >= m.end():
                break
            inside.append(w)
        if any(not w.name_word for w in inside):
            continue
        for w in inside:
            if w.index not in taken and w.index not in scan.surname_of:
                mention = Mention(w.start, w.end, w, "firm")
                scan.mentions.append(mention)
                scan.surname_of[w.index] = mention


def _house_apostrophe(text: str) -> str:
    """The apostrophe the draft uses: curly or straight, by count; straight when it has none."""
    sh = shadow(text)
    curly = _inside_words(sh, RSQUO) + text.count("“") + text.count("‘")
    straight = _inside_words(sh, "'") + text.count('"')
    return "’" if curly > straight else "'"


def _inside_words(sh: str, mark: str) -> int:
    """How many times a letter, the apostrophe ``mark`` and a letter follow one another,
    counted without overlaps (as a regex search for the three would count them)."""
    count = free = 0
    i = sh.find(mark, 1)
    while i != -1:
        if i - 1 >= free and sh[i - 1] in LETTERS and sh[i + 1 : i + 2] in LETTERS:
            count += 1
            free = i + 2
        i = sh.find(mark, i + 1)
    return count
