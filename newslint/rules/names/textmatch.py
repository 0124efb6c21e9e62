"""Pattern matching for the names family with the standard library's ``re``.

The names rules reason about Unicode classes (a capital letter in any script, a
letter or a combining mark inside a name). ``re`` has no ``\\p{..}`` classes, and
the third-party ``regex`` module costs about 10 ms to import and more to compile a
list of titles, which a one-article run pays in full. So patterns run on a
*shadow* of the text: a string of the same length in which every non-ASCII
character is replaced by one Latin-1 character that stands for its class (any
capital letter by "À", any lowercase letter by "à", any white space by a no-break
space...). Offsets carry over unchanged, and a pattern built from the classes
below means on the shadow what the ``regex`` class means on the text (Unicode
categories come from ``unicodedata``). ASCII characters stand for themselves.

Shadow patterns use only ASCII literals, the classes below and the quote
constants (RSQUO, LDQUO, RDQUO): the curly quotes have stand-ins of their own.
Keeping the shadow inside Latin-1 keeps ``re`` compiling fast (a class with a
character above U+00FF costs ~0.2 ms to compile).

Lists of titles are matched as literal phrases (``Phrases``), indexed by their
first two characters, instead of one large compiled alternation. Patterns are
compiled on first use (``lazy``): a one-article run pays only for the ones its
text needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache

from newslint.patterns import lazy

# The shadow's own characters for non-ASCII text (C1 control codes where Latin-1
# has no character of the class; real C1 controls become _OTHER).
_CAPITAL = "\xc0"  # À: \p{Lu}
_SMALL = "\xe0"  # à: \p{Ll}
_OTHER_LETTER = "\xaa"  # ª: \p{Lt}, \p{Lm}, \p{Lo}
_MARK = "\x81"  # \p{M}
_DIGIT = "\x82"  # \p{Nd}
_LETTER_NUMBER = "\x83"  # \p{Nl}
_OTHER_NUMBER = "\xb2"  # ²: \p{No}
_WORD_OTHER = "\x84"  # other characters in regex's \w
_SPACE = "\xa0"  # White_Space
RSQUO = "\x92"  # ’ (right single quote, the curly apostrophe)
LDQUO = "\x93"  # “
RDQUO = "\x94"  # ”
_OTHER = "\x80"  # anything else

# Character classes for use inside [...] in a shadow pattern. Each names the
# ``regex`` class it stands for.
UPPER = "A-Z" + _CAPITAL  # \p{Lu}
LOWER = "a-z" + _SMALL  # \p{Ll}
LETTER = "A-Za-z" + _CAPITAL + _SMALL + _OTHER_LETTER  # \p{L}
MARK = _MARK  # \p{M}
DIGIT = "0-9" + _DIGIT  # \d (\p{Nd})
NUMBER = DIGIT + _LETTER_NUMBER + _OTHER_NUMBER  # \p{N}
# regex's \s is the White_Space property (re's \s also takes U+001C..U+001F).
SPACE = "\t-\r " + _SPACE  # \s
# regex's \w: letters, marks, decimal digits, letter numbers, connector punctuation,
# the joiners and the circled letters (Other_Alphabetic symbols).
WORD = LETTER + MARK + DIGIT + "_" + _LETTER_NUMBER + _WORD_OTHER  # \w


def _chars(cls: str) -> frozenset[str]:
    """The characters of a class string, its ranges spelled out."""
    out: set[str] = set()
    i = 0
    while i < len(cls):
        if i + 2 < len(cls) and cls[i + 1] == "-":
            out.update(map(chr, range(ord(cls[i]), ord(cls[i + 2]) + 1)))
            i += 3
        else:
            out.add(cls[i])
            i += 1
    return frozenset(out)


# The same classes as sets, for checking one shadow character at a time.
UPPERS = _chars(UPPER)
LETTERS = _chars(LETTER)
SPACES = _chars(SPACE)
WORDS = _chars(WORD)
LETTERS_NUMBERS = _chars(LETTER + NUMBER)

_WHITE_SPACE = frozenset(
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_QUOTES = {"’": RSQUO, "“": LDQUO, "”": RDQUO}
_BY_CATEGORY = {
    "Lu": _CAPITAL,
    "Ll": _SMALL,
    "Lt": _OTHER_LETTER,
    "Lm": _OTHER_LETTER,
    "Lo": _OTHER_LETTER,
    "Mn": _MARK,
    "Mc": _MARK,
    "Me": _MARK,
    "Nd": _DIGIT,
    "Nl": _LETTER_NUMBER,
    "No": _OTHER_NUMBER,
    "Pc": _WORD_OTHER,
}
_JOINERS = "\u200c\u200d"
# Symbols that regex counts as word characters (Other_Alphabetic): circled and squared letters.
_ALPHABETIC_SYMBOLS = ((0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189))


def _stand_in(char: str) -> str:
    import unicodedata  # only for text beyond ASCII, once per character seen

    if char in _WHITE_SPACE:
        return _SPACE
    if char in _QUOTES:
        return _QUOTES[char]
    rep = _BY_CATEGORY.get(unicodedata.category(char))
    if rep is not None:
        return rep
    code = ord(char)
    if char in _JOINERS or any(lo <= code <= hi for lo, hi in _ALPHABETIC_SYMBOLS):
        return _WORD_OTHER
    return _OTHER


class _Table(dict[int, str]):
    """str.translate table for non-ASCII characters, filled on first sight."""

    def __missing__(self, code: int) -> str:
        rep = self[code] = _stand_in(chr(code))
        return rep


_TABLE = _Table()
_NON_ASCII = lazy(r"[^\x00-\x7f]+")


def shadow(text: str) -> str:
    """The text with every non-ASCII character replaced by its class's stand-in."""
    if text.isascii():
        return text
    return _shadow(text)


@lru_cache(maxsize=8)  # the names rules ask for the same document's shadow several times
def _shadow(text: str) -> str:
    return _NON_ASCII().sub(lambda m: m.group().translate(_TABLE), text)


def line_gap_end(text: str, pos: int) -> int:
    """Where the spaces and tabs from ``pos`` end, with at most one line break among them."""
    size = len(text)
    while pos < size and text[pos] in " \t":
        pos += 1
    if pos < size and text[pos] == "\n":
        pos += 1
        while pos < size and text[pos] in " \t":
            pos += 1
    return pos


def capital_after(shadow_text: str, pos: int) -> bool:
    """A capital letter after spaces and at most one line break (a name after a title)."""
    end = line_gap_end(shadow_text, pos)
    return end < len(shadow_text) and shadow_text[end] in UPPERS


def is_word_at(shadow_text: str, pos: int) -> bool:
    """Whether the character at ``pos`` is a word character (\\w); False past either end."""
    return 0 <= pos < len(shadow_text) and shadow_text[pos] in WORDS


def word_boundary(shadow_text: str, pos: int) -> bool:
    """regex's \\b at ``pos``."""
    return is_word_at(shadow_text, pos - 1) != is_word_at(shadow_text, pos)


def caseless_endswith(text: str, end: int, word: str) -> bool:
    """Whether ``text[:end]`` ends with a lowercase ASCII word in any case, as regex's
    IGNORECASE reads it (beyond the ASCII pairs, "i" also matches "İ")."""
    start = end - len(word)
    if start < 0:
        return False
    for c, w in zip(text[start:end], word, strict=True):
        if c != w and c != w.upper() and not (w == "i" and c == "İ"):
            return False
    return True


# What may not stand right before a title: a letter, a number, a period, an apostrophe
# or a hyphen ("Vice President" is not "President"; "U.S. Attorney" is not "S. Attorney").
_NOT_BEFORE_TITLE = LETTERS_NUMBERS | frozenset(".'-" + RSQUO)
_NOT_BEFORE_CLASS = LETTER + NUMBER + ".'" + RSQUO + "-"  # the same, inside [...]


class Phrases:
    """A list of phrases matched literally, any white space between their words.

    Where several start at one place, the longest phrase is tried first (as an
    alternation sorted by length would be). Phrases are single-spaced and their
    first word has at least two characters.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        ordered = sorted(sorted(set(phrases)), key=len, reverse=True)
        self._phrases = ordered
        # first two characters -> first word -> (place in ``ordered``, second word or None,
        # the words after it) of each phrase: the words a phrase shares with others are
        # compared once ("U.S." before "U.S. Attorney", "U.S. District Judge"...).
        by_start: dict[str, dict[str, list[_Rest]]] = {}
        for order, phrase in enumerate(ordered):
            first, *rest = phrase.split(" ")
            if len(first) < 2 or "  " in phrase:
                raise ValueError("phrases must be single-spaced and start with two characters")
            entry = (order, rest[0], tuple(rest[1:])) if rest else (order, None, ())
            by_start.setdefault(phrase[:2], {}).setdefault(first, []).append(entry)
        self._by_start = {key: _Bucket(firsts) for key, firsts in by_start.items()}

    def match(
        self, text: str, shadow_text: str, pos: int, after: Callable[[int], bool]
    ) -> int | None:
        """The end of the first phrase at ``pos`` for which ``after(end)`` holds."""
        bucket = self._by_start.get(text[pos : pos + 2])
        if bucket is not None and text.startswith(bucket.firsts, pos):
            for end in _ends(bucket, text, shadow_text, pos):
                if after(end):
                    return end
        return None

    def finditer(
        self,
        text: str,
        shadow_text: str,
        after: Callable[[int], bool],
        capital_starts: Sequence[int] | None = None,
    ) -> Iterator[tuple[int, int]]:
        """Spans of phrases not glued to a word on the left (_NOT_BEFORE_TITLE), in order.

        ``capital_starts``, when given, are where the text's capitalised words start, in
        order, a word being letters and marks with inner apostrophes and hyphens (the
        names family's tokens). A phrase that starts with a capital A-Z and is not glued
        to a word on its left starts one of them, unless a combining mark stands before
        it: so only those places are tried, plus the places of the phrases that start
        otherwise ("the Rev."), instead of every character that may start a phrase.
        """
        candidates: Iterable[int]
        if capital_starts is None or _MARK in shadow_text:
            candidates = (m.start() for m in self._start_pattern.finditer(shadow_text))
        else:
            candidates = capital_starts
            others = self._uncapitalised_pattern
            found = [m.start() for m in others.finditer(shadow_text)] if others else []
            if found:
                candidates = sorted([*capital_starts, *found])
        resume, by_start = 0, self._by_start
        for pos in candidates:
            # The same as match(), inline: this loop runs for every capitalised word.
            bucket = by_start.get(text[pos : pos + 2])
            if bucket is None or pos < resume:
                continue
            if not text.startswith(bucket.firsts, pos):
                continue  # most capitalised words: one call tries every first word
            if pos and shadow_text[pos - 1] in _NOT_BEFORE_TITLE:
                continue
            for end in _ends(bucket, text, shadow_text, pos):
                if after(end):
                    yield pos, end
                    resume = end
                    break

    @cached_property
    def _start_pattern(self) -> re.Pattern[str]:
        """On the shadow: a character that may start a phrase, not glued to a word on its left."""
        firsts = "".join(sorted({shadow(p[0]) for p in self._phrases}))
        return re.compile(f"(?s)[{re.escape(firsts)}](?<![{_NOT_BEFORE_CLASS}].)")

    @cached_property
    def _uncapitalised_pattern(self) -> re.Pattern[str] | None:
        """On the shadow: where a phrase that does not start with a capital A-Z may start.

        Each phrase is led by its first character (a search led by literals skips ahead
        fast), then checked not to be glued on the left, then matched in full."""
        alternatives = []
        for phrase in self._phrases:
            if "A" <= phrase[0] <= "Z":
                continue
            lead = re.escape(shadow(phrase[0]))
            words = [re.escape(shadow(w)) for w in phrase[1:].split(" ")]
            rest = f"[{SPACE}]+".join(words)
            alternatives.append(f"{lead}(?<![{_NOT_BEFORE_CLASS}]{lead})(?={rest})")
        return re.compile("|".join(alternatives)) if alternatives else None


# A phrase after its first word: its place in the sorted list, its second word (None for
# a phrase of one word) and the words after that.
_Rest = tuple[int, str | None, tuple[str, ...]]


class _Bucket:
    """The phrases that start with the same two characters, by first word."""

    def __init__(self, by_first: dict[str, list[_Rest]]) -> None:
        self.firsts = tuple(by_first)
        self.by_first = list(by_first.items())


def _ends(bucket: _Bucket, text: str, shadow_text: str, pos: int) -> list[int]:
    """The ends of the phrases of a bucket that match at ``pos``, longest phrase first."""
    found: list[tuple[int, int]] = []
    n = len(text)
    for first, phrases in bucket.by_first:
        if not text.startswith(first, pos):
            continue
        end = nxt = pos + len(first)
        while nxt < n and shadow_text[nxt] in SPACES:
            nxt += 1
        for order, second, others in phrases:
            if second is None:
                found.append((order, end))
            elif nxt > end and text.startswith(second, nxt):
                stop = _match_rest(text, shadow_text, nxt + len(second), others)
                if stop is not None:
                    found.append((order, stop))
    if len(found) > 1:
        found.sort()
    return [end for _, end in found]


def _match_rest(text: str, shadow_text: str, pos: int, words: tuple[str, ...]) -> int | None:
    """The end of ``words`` after ``pos``, each after white space, or None."""
    n = len(text)
    for word in words:
        if pos >= n or shadow_text[pos] not in SPACES:
            return None
        pos += 1
        while pos < n and shadow_text[pos] in SPACES:
            pos += 1
        if not text.startswith(word, pos):
            return None
        pos += len(word)
    return pos
