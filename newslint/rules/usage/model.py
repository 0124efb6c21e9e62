"""The one context model for confusion sets (the ``confusion`` pack kind).

A word of a confusion set is judged the way a copy editor reads it, in two steps:

1. Parts of speech the neighbours allow. After "to" or a modal only a verb fits ("to
   fair better"); after a determiner with no noun to follow, only a noun ("our rational
   or"); before "better", "worse" or "well", the verb of manner ("tended to fair
   better"). When the written word's part of speech does not fit and exactly one other
   word of its set does, that word is the verdict.
2. Word-pair statistics. Each candidate ``c`` is scored by how likely its neighbours are
   beside it: ``log n(c) + log(n(left c) / n(c)) + log(n(c right) / n(c))``, with the
   counts from a large corpus (``newslint/data/confusion-bigrams.tsv``). A pair missing
   from the list counts as ``FLOOR`` (below the list's cut-off). Another candidate wins
   only when it scores ``MARGIN`` higher and was actually seen beside one of the
   neighbours, so a rare but correct use with unseen neighbours is left alone. A written
   word missing from the corpus word list altogether ("faired") is read as a misspelling
   of the one set word that is in it.

The counts load on first use, so a story with no set word in it costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from newslint.analysis import Words
from newslint.sortedlines import SortedLines, Table, read_table

from .context import (
    AUX_ADVERBS,
    BE_FORMS,
    CONJUNCTIONS,
    DO_FORMS,
    HAVE_FORMS,
    MODALS,
    NOT_ADVERBS,
    PREPOSITIONS,
    words,
)

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "confusion-bigrams.tsv"
# Half the smallest count in the word-pair list: a pair below the list's cut-off.
FLOOR = 3_000_000.0
# The chance given to a neighbour never seen beside a word (an ordinary content word).
UNSEEN = 0.001
# How much more likely (as a log ratio) another word must be: e^3, about 20 times.
MARGIN = 3.0
VERB_TAGS = frozenset({"v"})
NOUN_TAGS = frozenset({"n", "ns"})
MANNER_TAGS = frozenset({"v", "vd", "vz", "vg"})
MANNER_ADVERBS = frozenset({"better", "worse", "well", "poorly", "badly"})
# Before a verb slot: "to", modals, "do"; "let's" and "will" are among MODALS.
VERB_OPENERS = MODALS | DO_FORMS | frozenset({"to"})
# Words after which a noun phrase begins ("that" and "which" may be pronouns: left out).
NOUN_OPENERS = words("a an the my your his her its our their this these those")
# What may follow a noun phrase's head but not stand inside it: "our rational or".
HEAD_FOLLOWERS = (PREPOSITIONS | CONJUNCTIONS | BE_FORMS | HAVE_FORMS | MODALS) - words("that")


class Member(NamedTuple):
    word: str  # lowercase; may be two words ("set up")
    tag: str  # part of speech, "" when context cannot tell


class Verdict(NamedTuple):
    position: int  # the token judged
    replacement: str  # lowercase; the rule matches the case
    reason: str  # "part of speech" or "word pairs"


class _Neighbours:
    """One side of a word's block (``<`` before it, ``>`` after it). A function word's
    block lists thousands of neighbours and one story asks for a few, so each question
    is a search in the text of the table, remembered; parsing a whole side costs more
    than a story's questions (measured: 130 ms of a cold one-article check). A long
    block's lines, sorted by side and neighbour, are searched by stretches (one find
    through the 170 KB block of "the" was most of a cold real-word check)."""

    __slots__ = ("answers", "end", "lines", "mark", "start", "text")

    def __init__(
        self, text: Table, start: int, end: int, mark: bytes, lines: SortedLines | None = None
    ) -> None:
        self.text, self.start, self.end, self.mark = text, start, end, mark
        self.lines = lines  # the block's lines, searched by stretches, when it is long
        self.answers: dict[str, float | None] = {}

    def get(self, word: str) -> float | None:
        try:
            return self.answers[word]
        except KeyError:
            pass
        # A lone surrogate (a file read with surrogateescape) matches nothing, as before.
        target = self.mark + word.encode("utf-8", "surrogatepass")
        found = None
        if self.lines is not None:
            count = self.lines.line(target)
            found = None if count is None else float(count)
        else:
            key = b"\n" + target + b"\t"
            at = self.text.find(key, self.start, self.end)
            if at >= 0:
                stop = self.text.find(b"\n", at + len(key))
                found = float(self.text[at + len(key) : stop if 0 <= stop < self.end else self.end])
        self.answers[word] = found
        return found


# A block longer than this is searched by stretches; a shorter one by one find.
LONG_BLOCK = 8192


class _Block(NamedTuple):
    frequency: float  # the word's own count in the word list (0: not in it)
    left_total: float  # its pairs with a word before it, summed
    right_total: float
    before: _Neighbours  # neighbour before the word -> pair count
    after: _Neighbours


_NO_BLOCK = _Block(0.0, 0.0, 0.0, _Neighbours(b"", 0, 0, b"<"), _Neighbours(b"", 0, 0, b">"))


def _heads(text: Table) -> dict[str, int]:
    """Where each block ("\\n=word\\t...") starts. A search for "=" alone runs at memchr
    speed, and in these tables it begins a line only at a block's head: a quarter of
    the time of a regex over the table (1.4 ms against 5.6 on the 2.4 MB real-word
    table's text; on the mapped file, bringing its pages in adds about 1 ms)."""
    offsets: dict[str, int] = {}
    at = text.find(b"=")
    while at >= 0:
        tab, end = text.find(b"\t", at), text.find(b"\n", at)
        if at > 0 and text[at - 1] == NEWLINE and at + 1 < tab and (tab < end or end < 0):
            offsets[text[at + 1 : tab].decode("utf-8")] = at - 1
        at = text.find(b"=", at + 1)
    return offsets


NEWLINE = ord("\n")


class Counts:
    """Word and word-pair counts of the shipped table, read one word's block at a time.

    A word's own count comes from the word list; the chance of a neighbour beside it
    from the pair list, divided by the word's total in that list (the two lists come
    from differently sized samples, so each is only compared with itself). Only the
    blocks of the words a story holds are parsed: a story costs a few finds in the text
    of the table, not a parse of all of it."""

    def __init__(self, path: Path = DATA, floor: float = FLOOR) -> None:
        self.text = read_table(path)  # UTF-8 bytes, searched as they are
        self.floor = floor  # half the smallest pair count the table keeps
        self.blocks: dict[str, _Block] = {}
        self._offsets: dict[str, int] | None = None

    def block(self, word: str) -> _Block:
        found = self.blocks.get(word)
        if found is not None:
            return found
        if self._offsets is None:  # where each block starts: one pass, not a find per word
            self._offsets = _heads(self.text)
        start = self._offsets.get(word, -1)
        if start < 0:
            self.blocks[word] = _NO_BLOCK
            return _NO_BLOCK
        text = self.text
        end = text.find(b"\n=", start + 1)
        end = end if end >= 0 else len(text)
        head_end = text.find(b"\n", start + 1)
        head_end = head_end if 0 <= head_end < end else end
        _, count, left_total, right_total = text[start + 2 : head_end].split(b"\t")
        lines = (
            SortedLines(bytes(text[head_end + 1 : end])) if end - head_end > LONG_BLOCK else None
        )
        block = _Block(
            float(count),
            float(left_total),
            float(right_total),
            _Neighbours(text, head_end, end, b"<", lines),
            _Neighbours(text, head_end, end, b">", lines),
        )
        self.blocks[word] = block
        return block

    def count(self, word: str) -> float:
        return self.block(word).frequency

    def known_pairs(self, word: str) -> bool:
        """Whether the pair list holds the word (or both words of a two-word form) at all."""
        return all(self.block(w).left_total or self.block(w).right_total for w in word.split())

    def _chance(self, n: float | None, total: float) -> tuple[float, bool]:
        if n is not None:
            return n / total, True
        # Unseen: below the list's cut-off, and no likelier than an ordinary neighbour.
        return min(self.floor / total, UNSEEN) if total else UNSEEN, False

    def score(self, word: str, left: str, right: str) -> tuple[float, bool]:
        """The candidate's log score and whether a pair with it was seen."""
        parts = word.split()
        first, last = self.block(parts[0]), self.block(parts[-1])
        total = math.log(max(1.0, min(first.frequency, last.frequency)))
        seen = False
        if left:
            p, hit = self._chance(first.before.get(left), first.left_total)
            total += math.log(p)
            seen |= hit
        if right:
            p, hit = self._chance(last.after.get(right), last.right_total)
            total += math.log(p)
            seen |= hit
        return total, seen


@cache
def counts() -> Counts:
    return Counts()


def parse_sets(sets: Sequence[Sequence[str]]) -> dict[str, tuple[Member, list[Member]]]:
    """Map each single-word member to its own entry and the other members of its sets."""
    table: dict[str, tuple[Member, list[Member]]] = {}
    for group in sets:
        members = [Member(*[*m.lower().split("/", 1), ""][:2]) for m in group]
        for member in members:
            if " " in member.word:
                continue  # a two-word member is only ever a replacement
            own, others = table.get(member.word, (member, []))
            if not own.tag and member.tag:
                own = member
            others.extend(m for m in members if m.word != member.word and m not in others)
            table[member.word] = (own, others)
    return table


def _is_adverb(word: str) -> bool:
    return word in AUX_ADVERBS or (word.endswith("ly") and word not in NOT_ADVERBS)


class _Around(NamedTuple):
    left: str  # the word just before ("" at a sentence start or after a mark)
    right: str  # the word just after
    opener: str  # the nearest word before, skipping adverbs
    capital: bool  # capitalized mid-sentence: a name ("Fair Housing Act")


def _around(words: Words, i: int) -> _Around:
    texts, lowers = words.texts, words.lowers
    starts = words.sentence_starts
    left = lowers[i - 1] if i > 0 and i not in starts and texts[i - 1][:1].isalpha() else ""
    right = ""
    if i + 1 < len(texts) and i + 1 not in starts and texts[i + 1][:1].isalpha():
        right = lowers[i + 1]
    j = i - 1
    while j >= 0 and j + 1 not in starts and texts[j][:1].isalpha() and _is_adverb(lowers[j]):
        j -= 1
    opener = lowers[j] if j >= 0 and j + 1 not in starts and texts[j][:1].isalpha() else ""
    capital = texts[i][:1].isupper() and i not in starts
    if left and opener and _is_adverb(left):
        left = opener  # "is really exited about": the pair that tells is "is exited"
    return _Around(left, right, opener, capital)


def _slot(around: _Around) -> frozenset[str] | None:
    """The parts of speech the neighbours allow, or None when they do not say."""
    if around.opener in VERB_OPENERS and around.right and around.right not in (".", ","):
        return VERB_TAGS
    if around.right in MANNER_ADVERBS:
        return MANNER_TAGS
    if around.left in NOUN_OPENERS and (not around.right or around.right in HEAD_FOLLOWERS):
        return NOUN_TAGS
    return None


def judge(words: Words, table: dict[str, tuple[Member, list[Member]]]) -> Iterator[Verdict]:
    """Every set word in ``words`` that its context says is the wrong one."""
    found = words.find(table)
    if not found:
        return
    model = counts()
    for i in found:
        own, others = table[words.lowers[i]]
        around = _around(words, i)
        if around.capital:
            continue
        slot = _slot(around)
        written, _ = model.score(own.word, around.left, around.right)
        if slot is not None and own.tag and own.tag not in slot:
            fitting = [m for m in others if m.tag in slot]
            if len(fitting) == 1:
                alt, _ = model.score(fitting[0].word, around.left, around.right)
                # The part of speech is the stronger evidence: the pairs overrule it only
                # by twice the margin, and only if they know the word at all.
                if alt > written - 2 * MARGIN or not model.known_pairs(fitting[0].word):
                    yield Verdict(i, fitting[0].word, "part of speech")
                    continue
        if not model.count(own.word):
            # Not in the corpus word list at all ("faired"): a misspelling of a set word.
            known = [m for m in others if " " not in m.word and model.count(m.word)]
            if len(known) == 1:
                yield Verdict(i, known[0].word, "not a word")
            continue
        if not (around.left or around.right):
            continue
        best: tuple[float, str] | None = None
        for other in others:
            if " " in other.word or (slot is not None and other.tag and other.tag not in slot):
                continue  # a two-word form ("set up") only on the part of speech
            score, seen = model.score(other.word, around.left, around.right)
            if seen and score - written >= MARGIN and (best is None or score > best[0]):
                best = (score, other.word)
        if best is not None:
            yield Verdict(i, best[1], "word pairs")
