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
import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from newslint.rules.names import lexicon
from newslint.rules.names.textmatch import (
    DIGIT,
    LDQUO,
    LETTER,
    LOWER,
    MARK,
    RDQUO,
    RSQUO,
    SPACE,
    SPACES,
    UPPER,
    WORDS,
    Phrases,
    capital_after,
    shadow,
    word_boundary,
)

# Patterns with classes run on the shadow of the text (see textmatch); the ones without
# (_LINE_GAP, _ROLE_GAP, _LINE) read the same on the text itself.
# A word: letters, with inner apostrophes and hyphens ("O'Brien", "Rivera-Ortiz", "Session's").
_WORD = re.compile(f"[{LETTER}{MARK}]+(?:['{RSQUO}\\-][{LETTER}{MARK}]+)*")
_LINE_GAP = re.compile(r"[ \t]*\n?[ \t]*")  # spaces, at most one line break
_NAME_SEPARATOR = re.compile(f",[{SPACE}]*(?:and[{SPACE}]+)?|[{SPACE}]+and[{SPACE}]+")
_ROLE_GAP = re.compile(r",?[ \t]*\n?[ \t]*")
_CAPITAL_NEXT = re.compile(f"[ \t][{UPPER}]")
_CAPITALISED_NEXT = re.compile(f"[ \t]+[{UPPER}][{LOWER}{UPPER}]")
_AGE = re.compile(f",[{SPACE}][{DIGIT}]{{1,3}},")
_PARENTHESISED = re.compile(f"[{SPACE}]\\(([{LETTER}\\-]+)\\)")
_COMMA_SPACE = re.compile(f",[{SPACE}]+")
_SPACE_RUN = re.compile(f"[{SPACE}]+")
_FIRM = re.compile(
    f"[{UPPER}][{LETTER}\\-]+(?:,[{SPACE}][{UPPER}][{LETTER}\\-]+)*"
    f"[{SPACE}]&[{SPACE}][{UPPER}][{LETTER}\\-]+"
)
_LINE = re.compile(r"[^\n]+")
_CURLY_INSIDE = re.compile(f"[{LETTER}]{RSQUO}[{LETTER}]")
_STRAIGHT_INSIDE = re.compile(f"[{LETTER}]'[{LETTER}]")
# Around a straight single quote: what may open one, and what may follow one that closes.
_OPEN_BEFORE = SPACES | frozenset('("' + LDQUO)
_CLOSE_AFTER = SPACES | frozenset('.,;:!?)"' + RDQUO)
_APOSTROPHES = "'’"
_NOT_INITIALS = frozenset({"US", "UN", "DC", "UK", "EU", "PA", "NY", "LA", "AM", "PM"})
_SENTENCE_END = ".!?:;"
_OPENERS = "“\"‘'([{—–-"
# Abbreviations whose period does not end a sentence.
_ABBREVIATIONS = lexicon.word_set(
    """Mr Mrs Ms Mx Dr Sen Sens Rep Reps Gov Govs Lt Gen Adm Capt Sgt Col Maj Cmdr Cpl Pvt
    Spc Det Prof Rev Hon Messrs St Mt Ft No Nos v vs Inc Co Corp Jr Sr U S D C N Y Jan Feb
    Mar Apr Aug Sept Sep Oct Nov Dec Ave Blvd Rd Atty Attys Asst"""
)


@dataclass
class Word:
    index: int
    start: int  # the whole token, possessive included
    end: int
    stem: str  # the word without a possessive ending
    suffix: str  # "", "’s", "'s", "’" or "'"
    sentence_start: bool = False
    headline: bool = False
    # Read hundreds of thousands of times on a long story: computed once.
    key: str = field(init=False)  # the stem, casefolded
    capitalised: bool = field(init=False)

    def __post_init__(self) -> None:
        self.key = self.stem.casefold()
        self.capitalised = self.stem[:1].isupper()

    @property
    def stem_end(self) -> int:
        return self.start + len(self.stem)

    @property
    def text(self) -> str:
        return self.stem + self.suffix

    @property
    def all_caps(self) -> bool:
        return len(self.stem) > 1 and self.stem.isupper()

    @property
    def titled(self) -> str:
        """The word in title case, as the word lists spell it ("SWEIG" -> "Sweig")."""
        return self.stem.title() if self.all_caps else self.stem

    @property
    def strict(self) -> bool:
        """A capital that says little: the first word of a sentence or a headline word."""
        return self.sentence_start or self.headline


@dataclass
class Mention:
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


@dataclass
class Scan:
    text: str
    words: list[Word]
    mentions: list[Mention] = field(default_factory=list)
    # word index -> the mention whose surname it is
    surname_of: dict[int, Mention] = field(default_factory=dict)
    # word indexes used as first or middle names
    given: set[int] = field(default_factory=set)
    apostrophe: str = "’"
    word_at: dict[int, int] = field(default_factory=dict)  # start offset -> word index
    # Capitalised words that also stand alone mid-sentence (a surname used on later references)
    alone: set[str] = field(default_factory=set)

    @cached_property
    def shadow(self) -> str:
        """The text for pattern matching (textmatch.shadow): same offsets, Latin-1 classes."""
        return shadow(self.text)

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i."""
        prev_end = self.words[i - 1].end if i > 0 else 0
        return self.text[prev_end : self.words[i].start]

    def next_gap(self, i: int) -> str:
        nxt = self.words[i + 1].start if i + 1 < len(self.words) else len(self.text)
        return self.text[self.words[i].end : nxt]


# ----------------------------------------------------------------------------- tokens


def tokenise(text: str, headings: list[tuple[int, int]] | None = None) -> list[Word]:
    words: list[Word] = []
    for m in _WORD.finditer(shadow(text)):
        start, end = m.span()
        raw = text[start:end]
        stem, suffix = raw, ""
        if len(raw) > 2 and raw[-2] in _APOSTROPHES and raw[-1] in "sS":
            stem, suffix = raw[:-2], raw[-2:]
        elif (
            raw[-1:] in "sS"
            and end < len(text)
            and text[end] in _APOSTROPHES
            and (end + 1 == len(text) or not text[end + 1].isalnum())
            and not _closes_single_quote(text, start, text[end])
        ):
            suffix, end = text[end], end + 1
        words.append(Word(len(words), start, end, stem, suffix))
    _mark_positions(text, words, headings or [])
    return words


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


def _mark_positions(text: str, words: list[Word], headings: list[tuple[int, int]]) -> None:
    for i, w in enumerate(words):
        w.sentence_start = _starts_sentence(text, words, i)
    # Headline-like paragraphs: no closing period, most longer words capitalised.
    starts = [w.start for w in words]
    for m in _LINE.finditer(text):
        line = m.group().strip()
        inside = words[bisect.bisect_left(starts, m.start()) : bisect.bisect_left(starts, m.end())]
        longer = [w for w in inside if len(w.stem) > 3]
        if not longer:
            continue
        caps = sum(1 for w in longer if w.capitalised)
        in_heading = any(s <= m.start() < e for s, e in headings)
        # A headline is a paragraph of its own; a wrapped line of a paragraph is not one.
        own_paragraph = (m.start() < 2 or text[m.start() - 2] == "\n") and (
            m.end() + 1 >= len(text) or text[m.end() + 1] == "\n"
        )
        looks_like_headline = line[-1:] not in '.!?:;”"' and caps >= 0.6 * len(longer)
        if in_heading or (own_paragraph and looks_like_headline):
            for w in inside:
                w.headline = True


def _starts_sentence(text: str, words: list[Word], i: int) -> bool:
    pos = words[i].start - 1
    while pos >= 0 and (text[pos] in " \t" or text[pos] in _OPENERS):
        if text[pos] in "—–-" and pos > 0 and text[pos - 1] == " ":
            return True  # a dateline dash: "PITTSBURGH – A Westmoreland ..."
        pos -= 1
    if pos < 0 or text[pos] == "\n":
        return True
    if text[pos] not in _SENTENCE_END:
        return False
    if text[pos] == "." and i > 0:
        prev = words[i - 1]
        if prev.end == pos and (prev.stem in _ABBREVIATIONS or len(prev.stem) == 1):
            return False
    return True


# ----------------------------------------------------------------------------- titles


@cache
def _titles() -> Phrases:
    return Phrases(lexicon.PERSON_TITLES)


def _is_name_word(w: Word) -> bool:
    if not w.capitalised or len(w.stem) < 2:
        return False
    titled = w.titled
    return titled not in lexicon.NON_NAME_WORDS and titled not in lexicon.NAME_SUFFIXES


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


@dataclass
class _Name:
    first_word: int
    last_word: int  # the surname's word index
    words: list[int]  # name words (not initials)
    initials: list[str]
    end: int  # text offset after the name (suffix included)


def _parse_name(scan: Scan, i: int, limit: int = 5) -> _Name | None:
    """A personal name starting at word i: given names, initials, particles, a surname."""
    words, text = scan.words, scan.text
    if i >= len(words) or not _is_name_word(words[i]):
        return None
    names: list[int] = []
    initials: list[str] = []
    j = i
    end = words[i].end
    while j < len(words) and len(names) + len(initials) < limit:
        w = words[j]
        if j > i:
            gap = text[end : w.start]
            if not _joins_name(gap):
                break
        if _is_initial(scan, j) and j + 1 < len(words):
            # "G." or "H.W." followed by more name
            k, letters = j, w.stem
            dot_end = w.end + 1
            while k + 1 < len(words) and words[k + 1].start == dot_end and _is_initial(scan, k + 1):
                k += 1
                letters += words[k].stem
                dot_end = words[k].end + 1
            if letters in _NOT_INITIALS:
                break  # "U.S. Courthouse" is not "John U. S. Courthouse"
            if names and k + 1 < len(words) and _is_name_word(words[k + 1]):
                initials.append(letters)
                end = dot_end
                j = k + 1
                continue
            break
        if w.stem in lexicon.PARTICLES and names and j + 1 < len(words):
            nxt = words[j + 1]
            if _joins_name(text[w.end : nxt.start]) and _is_name_word(nxt):
                end = w.end
                j += 1
                continue
            break
        if not _is_name_word(w):
            break
        names.append(j)
        end = w.end
        j += 1
        if w.suffix:
            break  # a possessive ends the name
        if (
            w.headline
            and not (j < len(words) and _is_initial(scan, j))
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


def find_people(text: str, headings: list[tuple[int, int]] | None = None) -> Scan:
    words = tokenise(text, headings)
    starts = {w.start: w.index for w in words}
    scan = Scan(text, words, apostrophe=_house_apostrophe(text), word_at=starts)
    scan.alone = _standalone_keys(scan)
    taken: set[int] = set()

    def take(name: _Name) -> None:
        taken.update(range(name.first_word, name.last_word + 1))

    # Titles and role words before names.
    sh = scan.shadow
    for start, end in _titles().finditer(text, sh, lambda pos: capital_after(sh, pos)):
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
    for w in words:
        if w.index in taken or w.stem.casefold() not in lexicon.ROLE_WORDS or w.suffix:
            continue
        if w.capitalised and not w.sentence_start:
            continue
        gap_ok = _ROLE_GAP.fullmatch(scan.next_gap(w.index))
        if not gap_ok or w.index + 1 >= len(words) or w.index + 1 in taken:
            continue
        plural = w.stem.endswith("s")
        for name in _name_list(scan, w.index + 1, plural=plural):
            _add(scan, name, "role", words[name.first_word].start)
            take(name)
    # Full names, short forms, appositive titles, law firms.
    i = 0
    while i < len(words):
        if i in taken:
            i += 1
            continue
        found = _parse_name(scan, i)
        if found is None:
            i += 1
            continue
        kind = _untitled_kind(scan, found)
        if kind:
            _add(scan, found, kind, words[found.first_word].start)
            take(found)
        # Either way the sequence is one proper noun: its tail is not a name of its own.
        i = found.last_word + 1
    _short_forms(scan)
    _firms(scan, taken)
    scan.mentions.sort(key=lambda m: m.start)
    return scan


def _next_word(text: str, starts: dict[int, int], pos: int) -> int | None:
    m = _LINE_GAP.match(text, pos)
    return starts.get(m.end() if m else pos)


def _name_list(scan: Scan, i: int, plural: bool) -> list[_Name]:
    """One name, or after a plural title several ("Sens. Ted Cruz and John Cornyn")."""
    first = _parse_name(scan, i)
    if first is None:
        return []
    names = [first]
    while plural:
        last = scan.words[names[-1].last_word]
        m = _NAME_SEPARATOR.match(scan.shadow, names[-1].end)
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
        and prev.stem.casefold() in lexicon.DETERMINERS
        and _joins_name(text[prev.end : first.start])
    ):
        return None  # "the Sylvia H. Rambo U.S. Courthouse"
    sh, end = scan.shadow, name.end
    # Part of a longer proper noun ("Jeffrey Energy Center", "Rambo U.S. Courthouse").
    if not last.suffix and _CAPITAL_NEXT.match(sh, end) and not text.startswith((" (", "\t("), end):
        return None
    appositive = _appositive_end(scan, end)
    if appositive is not None and not _CAPITALISED_NEXT.match(sh, appositive):
        return "appositive"  # "TIMBERS, Circuit Judge:", but not "Later, Judge Conti"
    if len(name.words) < 2:
        return None
    if name.initials:
        return "full"
    if first.titled in lexicon.GIVEN_NAMES:
        return "full"
    if _AGE.match(sh, end) or _PARENTHESISED.match(sh, end):
        return "full"  # "Michael Jones, 25," / "Orlando Montes-Rivera (Montes)"
    if last.key in scan.alone and not first.headline and not last.all_caps:
        return "full"  # "Nnamdi Okafor ... Okafor pleaded": the surname recurs on its own
    return None


def _before_speech_verb(scan: Scan, w: Word) -> bool:
    nxt = scan.words[w.index + 1] if w.index + 1 < len(scan.words) else None
    return nxt is not None and scan.next_gap(w.index) == " " and nxt.stem in lexicon.SPEECH_VERBS


def _standalone_keys(scan: Scan) -> set[str]:
    """Capitalised words that appear mid-sentence with no capitalised word beside them."""
    words, found = scan.words, set()
    for w in words:
        if not w.capitalised or w.all_caps or not _is_name_word(w):
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
    m = _COMMA_SPACE.match(sh, pos)
    if m is None:
        return None
    titles = _appositive_titles()

    def whole_word(end: int) -> bool:
        return word_boundary(sh, end)

    if text.startswith("the", m.end()):
        spaces = _SPACE_RUN.match(sh, m.end() + 3)
        if spaces is not None:
            end = titles.match(text, sh, spaces.end(), whole_word)
            if end is not None:
                return end
    return titles.match(text, sh, m.end(), whole_word)


def _short_forms(scan: Scan) -> None:
    """'María Charbonier-Laureano (Charbonier)': the short form is the surname used later."""
    for mention in list(scan.mentions):
        m = _PARENTHESISED.match(scan.shadow, mention.end)
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
    for m in _FIRM.finditer(scan.shadow):
        first = scan.word_at.get(m.start())
        if first is None:
            continue
        inside: list[Word] = []
        for w in scan.words[first : first + 12]:
            if w.start >= m.end():
                break
            inside.append(w)
        if any(not _is_name_word(w) for w in inside):
            continue
        for w in inside:
            if w.index not in taken and w.index not in scan.surname_of:
                mention = Mention(w.start, w.end, w, "firm")
                scan.mentions.append(mention)
                scan.surname_of[w.index] = mention


def _house_apostrophe(text: str) -> str:
    """The apostrophe the draft uses: curly or straight, by count; straight when it has none."""
    sh = shadow(text)
    curly = len(_CURLY_INSIDE.findall(sh)) + text.count("“") + text.count("‘")
    straight = len(_STRAIGHT_INSIDE.findall(sh)) + text.count('"')
    return "’" if curly > straight else "'"
