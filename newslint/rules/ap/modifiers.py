"""Compound modifiers before a noun that AP hyphenates, found on the story's words:
"a two-week trial", "a full-time job", "day-to-day work", "a well-known author"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from newslint.analysis import Words
from newslint.rules.usage.context import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, words

# Units a number measures. After a number above one a unit is plural ("two weeks");
# written singular it is half of a compound modifier: "a two-week trial".
UNITS = words(
    "second minute hour day week month year decade century",
    "inch foot yard mile meter metre kilometer acre pound ounce ton gallon",
    "page point story lane bedroom seat game",
)
NUMBER_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty",
    "ninety hundred",
)
# Fixed phrases used as modifiers ("day-to-day operations"); as nouns or adverbs they
# stay open ("from day to day"), which the word after them tells.
PHRASES = (
    ("full", "time"),
    ("part", "time"),
    ("day", "to", "day"),
    ("face", "to", "face"),
    ("door", "to", "door"),
    ("one", "on", "one"),
    ("end", "to", "end"),
    ("up", "to", "date"),
    ("state", "of", "the", "art"),
)
# "well" and a participle: "well-known", "well-meaning", "well-funded".
IRREGULAR_PARTICIPLES = words("known done made worn grown written read kept paid meaning")
# What may stand before "well known author" when it is a modifier: a determiner, a
# preposition or nothing (a sentence's start); "as well", "very well" are adverbs.
WELL_OPENERS = DETERMINERS | PREPOSITIONS
# Words that follow a modifier but are no noun: "two weeks ago" is not "two-week ago",
# "met face to face last week" not "face-to-face last".
NOT_NOUNS = (
    FUNCTION_WORDS
    | NUMBER_WORDS
    | words(
        "ago later earlier before after long old olds early late more less too very",
        "and or but nor so yet then than last next again once twice today tomorrow",
        "yesterday here there now ever still also only just even nearly almost enough",
    )
)


class Compound(NamedTuple):
    start: int
    end: int
    fix: str


def _joined(words: Words, first: int, last: int) -> bool:
    """Tokens ``first..last`` stand one plain space apart, in one sentence."""
    for i in range(first + 1, last + 1):
        if words.gap_before(i) != " " or i in words.sentence_starts:
            return False
    return True


def _noun_after(words: Words, i: int, participles: bool = True) -> bool:
    """A lowercase word (a noun, or an adjective before one) follows token ``i``: not a
    function word, not an adverb in -ly, and (unless ``participles``) not a word in
    -ing, which after an adverbial phrase is a verb ("went door to door asking")."""
    j = i + 1
    if j >= len(words) or words.gap_before(j) != " " or j in words.sentence_starts:
        return False
    text, low = words.texts[j], words.lowers[j]
    if not (text.isalpha() and text.islower()) or low in NOT_NOUNS or low.endswith("ly"):
        return False
    return participles or not low.endswith("ing")


def _number(text: str) -> bool:
    """A count above one: a number word, or 2 to 999 in figures (a four-figure number
    before "game" or "season" is more often a year)."""
    if text.isdigit():
        return len(text) <= 3 and int(text) > 1 and not text.startswith("0")
    return text.lower() in NUMBER_WORDS


def compounds(words: Words) -> Iterator[Compound]:
    lowers, texts = words.lowers, words.texts
    for i in words.find(UNITS):
        n = i - 1
        if n < 0 or not _number(texts[n]) or not texts[i].islower() or not _joined(words, n, i):
            continue
        if i + 1 < len(words) and lowers[i + 1] == "old" and _joined(words, i, i + 1):
            # "a three year old boy", "the 10 year old": AP hyphenates both links.
            end = words.ends[i + 1]
            yield Compound(words.starts[n], end, f"{texts[n]}-{texts[i]}-{texts[i + 1]}")
        elif _noun_after(words, i):
            yield Compound(words.starts[n], words.ends[i], f"{texts[n]}-{texts[i]}")
    for phrase in PHRASES:
        for i in words.find((phrase[0],)):
            last = i + len(phrase) - 1
            if last >= len(words) or tuple(lowers[i : last + 1]) != phrase:
                continue
            if not _joined(words, i, last) or not _noun_after(words, last, participles=False):
                continue
            yield Compound(words.starts[i], words.ends[last], "-".join(texts[i : last + 1]))
    for i in words.find(("well",)):
        p = i + 1
        if p >= len(words) or not _joined(words, i, p):
            continue
        if not _noun_after(words, p, participles=False):
            continue
        part = lowers[p]
        if not (part in IRREGULAR_PARTICIPLES or (part.endswith("ed") and len(part) > 4)):
            continue
        opener = i > 0 and lowers[i - 1] in WELL_OPENERS and _joined(words, i - 1, i)
        if i not in words.sentence_starts and not opener:
            continue
        yield Compound(words.starts[i], words.ends[p], f"{texts[i]}-{texts[p]}")
