"""One spelling pass over the story's words: what is not a word, and what it should be.

The pass reads the words from ``ctx.analysis`` and reports facts (a ``Slip``:
its kind, span and ranked replacements); the rules in ``rules.py`` decide and
word the message. It runs once per document, shared through ``ctx.memo``.

What a generic speller gets wrong in news copy is left alone here: names the
story establishes or the names list knows, words in the newsroom's accept lists,
capitalised words that are not near misses of a common word, acronyms, words
with digits, web and e-mail addresses, handles, hashtags, code, and words seen
in wide use that no dictionary has yet (unless a far commoner word is one slip
away: "recieve" is common on the web, "receive" a hundred times more so).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newslint.document import Document
from newslint.rule import Context
from newslint.rules.names.people import within_one_edit
from newslint.rules.spelling import lexicon
from newslint.rules.spelling.wordlists import EMPTY, WordLists

MISSPELLING = "misspelling"
BRITISH = "british"
RUN_TOGETHER = "run-together"
SPLIT = "split"
REJECTED = "rejected"


# Short words a slip of the space bar most often glues to its neighbour ("orstrategy").
def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _word_set(
    """a an and or of on in to the so we is it at for by as be this that with his her he
    she they our not but are was you all more can has had from if its"""
)
# Prefixes that make words a dictionary need not list ("backported", "cyberattack").
_PREFIXES = (
    "re",
    "un",
    "non",
    "pre",
    "mis",
    "co",
    "cyber",
    "anti",
    "over",
    "under",
    "out",
    "sub",
    "super",
    "inter",
    "multi",
    "micro",
    "self",
    "back",
    "de",
    "dis",
    "post",
    "cross",
)
_SUFFIXES = ("ly", "ness", "s", "es", "ed", "ing", "er", "ers")
# A correction is offered alone when the next best is this much worse (edits) ...
_CLEAR_MARGIN = 0.5
# ... or, at the same distance, this much less common (Zipf: 1.0 is ten times).
_CLEAR_ZIPF = 1.0
# A word seen in use but in no dictionary is a slip when a word this much commoner is near.
_USAGE_MARGIN = 1.5
_SHOWN = 3
# A common word (Zipf): a correction two edits away must be at least this common.
_COMMON = 3.0
_VERY_COMMON = 4.0
# A dictionary word rarer than this (Zipf) ...
_RARE_ZIPF = 2.5
# ... is read as a slip when a word this much commoner is one edit away.
_RARE_MARGIN = 3.0  # candidates offered when the ranking is not clear
# A word outside the dictionary that is this common in use (Zipf: ten in a million
# words, as common as "cafe") is no typo; contractions without their apostrophe, as
# common, are judged before this.
_WIDE_USE = 4.0
# How many longer dictionary words a hyphened first part must begin to be a combining form.
_COMBINING_FORM_WORDS = 3


class Slip(NamedTuple):
    kind: str
    start: int
    end: int
    word: str  # the text as written
    replacements: tuple[str, ...]  # best first
    clear: bool  # one replacement stands out


def slips(doc: Document, ctx: Context) -> list[Slip]:
    found: list[Slip] = ctx.memo("spelling", lambda: _scan(doc, ctx))
    return found


def _known_names(ctx: Context) -> set[str]:
    """The names the story establishes and the words of the names list, casefolded."""
    known = {n.casefold() for n in ctx.analysis.known_names}
    listed = ctx.option("names_list")
    if listed is not None:
        known.update(listed.words)
    return known


class _Pass:
    def __init__(self, doc: Document, ctx: Context) -> None:
        self.analysis = ctx.analysis
        self.words = self.analysis.words
        self.lists: WordLists = ctx.option("wordlists") or EMPTY
        self.doc = doc
        self.ctx = ctx
        self._names: set[str] | None = None
        self._code_words: set[str] | None = None
        self.out: list[Slip] = []
        self.done: set[int] = set()  # tokens already reported (a split pair)

    @property
    def code_words(self) -> set[str]:
        """Words that appear inside code, addresses or link references in this story."""
        if self._code_words is None:
            import re

            text = self.analysis.text
            self._code_words = {
                w.lower()
                for span in self.analysis.not_words
                for w in re.findall(r"[A-Za-z]{3,}", text[span.start : span.end])
            }
        return self._code_words

    @property
    def names(self) -> set[str]:
        if self._names is None:
            self._names = _known_names(self.ctx)
        return self._names

    def run(self) -> list[Slip]:
        """Look at the distinct words first (a dictionary hit ends a word's story for
        every one of its occurrences), then at each occurrence of the others."""
        words = self.words
        vocabulary = words.vocabulary
        # Most of a story's words were settled in earlier stories: a set difference in C.
        # (Only words that begin with a letter are ever settled, so figures stay in it.)
        unsettled = vocabulary - _PLAINLY_KNOWN
        suspects = {w for w in unsettled if w[:1].isalpha() and not plainly_known(w)}
        suspects -= self.lists.accepted
        suspects |= self.lists.rejected & vocabulary
        # "ont his", "int his": the word before a piece of "this", "their"...
        # A function word before one ("in the") is never half of a split word: left out,
        # or its every occurrence would be looked at again.
        suspects.update(
            words.lowers[i - 1]
            for i in words.find(_TAIL_PIECES)
            if i and words.lowers[i - 1] not in FUNCTION_WORDS
        )
        self._glued_units(unsettled)
        self._can_not()
        if not suspects:
            return self.out
        not_words = self.analysis.not_words
        # One pass over the tokens (suspects are many words, each rare in the story).
        for i in words.find(suspects):
            text = words.texts[i]
            if i in self.done or not text[:1].isalpha():
                continue
            low = words.lowers[i]
            if text[:1].isupper() and _proper_noun(low, text):
                continue  # "Washington": a proper noun the dictionary spells this way
            if (
                i not in words.sentence_starts
                and _plain_name(text)
                and not self.lists.rejects(low)
                and not self.analysis.headlines.contains(words.starts[i], words.ends[i])
            ):
                continue  # most of a story's unknown words: names, settled in a lookup
            if self.lists.rejects(low):
                self.out.append(Slip(REJECTED, words.starts[i], words.ends[i], text, (), False))
                continue
            if not text.isascii() and not text.replace("’", "'").isascii():
                continue  # names and words of other languages
            if not text.replace("'", "").replace("’", "").isalpha():
                continue  # digits, underscores
            if not_words.contains(words.starts[i], words.ends[i]) or self._glued(i):
                continue
            if self._nickname(i) or self._name_tail(i):
                continue
            if self._weak(low) and self.split(i):
                continue
            self.word(i, text, low)
        self.out.sort(key=lambda slip: slip.start)
        return self.out

    def _name_tail(self, i: int) -> bool:
        """ "Kar-wai", "Jean-baptiste": a lowercase part hyphened to a capitalised word the
        dictionary does not know belongs to that name."""
        words = self.words
        if i < 2 or words.texts[i - 1] != "-" or not words.texts[i][:1].islower():
            return False
        head = words.texts[i - 2]
        return (
            words.ends[i - 2] == words.starts[i - 1]
            and words.ends[i - 1] == words.starts[i]
            and head[:1].isupper()
            and not plainly_known(words.lowers[i - 2])
        )

    def _glued_units(self, unsettled: frozenset[str]) -> None:
        """ "32bit" -> "32-bit": a figure glued to its unit (AP hyphenates the modifier)."""
        glued = [w for w in unsettled if w[:1].isdigit() and _NUMBER_UNIT.fullmatch(w)]
        words = self.words
        for i in words.find(glued):
            if self.analysis.not_words.contains(words.starts[i], words.ends[i]):
                continue
            m = _NUMBER_UNIT.fullmatch(words.texts[i])
            if m:
                fix = f"{m.group(1)}-{m.group(2)}"
                self.out.append(
                    Slip(RUN_TOGETHER, words.starts[i], words.ends[i], m.group(), (fix,), True)
                )

    def _can_not(self) -> None:
        """ "can not" -> "cannot" (AP, Chicago), except "can not only ... but"."""
        words = self.words
        for i in words.find(("can",)):
            if i + 1 >= len(words) or words.lowers[i + 1] != "not":
                continue
            if words.gap_before(i + 1) != " ":
                continue
            if i + 2 < len(words) and words.lowers[i + 2] in ("only", "just", "merely", "simply"):
                continue
            start, end = words.starts[i], words.ends[i + 1]
            fix = words.texts[i] + words.texts[i + 1].lower()
            self.out.append(Slip(SPLIT, start, end, self.analysis.text[start:end], (fix,), True))

    def _nickname(self, i: int) -> bool:
        """A handle in parentheses after a name: "Oliver Scherer (oli-obk)"."""
        words = self.words
        j = i
        while j > 0 and words.starts[j] == words.ends[j - 1] and words.texts[j - 1] != "(":
            j -= 1
        if j == 0 or words.texts[j - 1] != "(" or words.starts[j] != words.ends[j - 1]:
            return False
        before = j - 2
        return before >= 0 and words.texts[before][:1].isupper() and words.texts[before].isalpha()

    def _glued(self, i: int) -> bool:
        """Part of something that is not prose: "v1.2", "foo()", "Foo::bar", "<b>"."""
        words = self.words
        if i and words.starts[i] == words.ends[i - 1] and words.texts[i - 1] in "@#/\\.:<$&=":
            return True
        nxt = i + 1
        return (
            nxt < len(words)
            and words.starts[nxt] == words.ends[i]
            and words.texts[nxt] in "(/\\>=[{"
        )

    def _weak(self, low: str) -> bool:
        """A token that may be half of a word split by a stray space: rare or unknown."""
        if low in self.names or self.lists.accepts(low) or low in FUNCTION_WORDS:
            return False
        entry = lexicon.lookup(low)
        return entry is None or entry.zipf < 4.0 or len(low) < 3

    def _broken(self, low: str) -> bool:
        """Not a word on its own: unknown, only a proper noun's lowercase, or a stray
        letter pair ("fl")."""
        if low in self.names or self.lists.accepts(low) or low in FUNCTION_WORDS:
            return False
        entry = lexicon.lookup(low)
        if entry is None or not entry.in_dictionary or bool(entry.forms):
            return True
        return len(low) < 3 and entry.zipf < 4.5  # "fl", not "up"

    def _accepted(self, low: str) -> bool:
        """Known, or a rare dictionary word that is not one slip from a far commoner one."""
        if not self.known(low):
            return False
        entry = lexicon.lookup(low)
        if entry is None or not entry.in_dictionary or entry.zipf >= _RARE_ZIPF or len(low) < 4:
            return True
        # Otherwise decided with its candidates in ``word``.
        return low in self.names or self.lists.accepts(low)

    def known(self, low: str) -> bool:
        if lexicon.is_word(low) or low in self.names or self.lists.accepts(low):
            return True
        if "'" in low:  # possessives and contractions: the stem decides
            stem = low[:-2] if low.endswith("'s") else low.rstrip("'").split("'")[0]
            return bool(stem) and (lexicon.is_word(stem) or stem in self.names)
        return False

    def word(self, i: int, text: str, low: str) -> None:
        words = self.words
        start, end = words.starts[i], words.ends[i]
        whole = text
        suffix = ""
        if "'" in low:
            if self.known(low):
                return
            cut = low.find("'")
            if low[cut:] not in ("'s", "'"):
                return  # a contraction the dictionary does not know: not guessed at
            text, low, suffix = text[:cut], low[:cut], text[cut:]

        def add(kind: str, fixes: tuple[str, ...], clear: bool) -> None:
            self.out.append(Slip(kind, start, end, whole, tuple(f + suffix for f in fixes), clear))

        us = lexicon.american(low)
        if us is not None:
            add(BRITISH, (_cased(us, text),), True)
            return
        contraction = _contraction(low) if not suffix else None
        if contraction is not None:
            mark = "’" if "’" in self.analysis.text else "'"
            add(MISSPELLING, (_cased(contraction.replace("'", mark), text),), True)
            return
        if self._accepted(low):
            return
        if len(text) > 1 and text.isupper():
            return  # an acronym
        if any(c.isupper() for c in text[1:]):
            self.camel(i, text)
            return
        if len(low) < 3:
            return
        capital = text[0].isupper()
        opens = i in words.sentence_starts or self.analysis.headlines.contains(start, end)
        if self.words.counts[whole] > 1 and (capital or lexicon.lookup(low) is None):
            return  # a word the story uses more than once is a name or a term it uses
        if not any(c in "aeiouy" for c in low):
            return  # "npm", "sdk": an abbreviation
        if low in self.code_words:
            return  # a term the story also writes as code ("`async`")
        if capital and not opens and self._beside_given_name(i):
            return  # "Will Cahoe": a surname
        # Alone in lowercase copy, a capitalised word is a name, unless a proper noun's slip.
        proper_only = capital and not opens and not self._in_title_run(i)
        if capital and opens and self._before_capital(i, start, end):
            return  # "Idi Amin held": a sentence that opens with a full name
        if capital and self._near_name(low):
            return  # a slip in a name the story uses ("Casars" for Casar's): the names rules'

        entry = lexicon.lookup(low)
        if capital and not opens and entry is not None:
            return  # a capitalised word the dictionary knows, mid-sentence: never a slip here
        in_dictionary = entry is not None and entry.in_dictionary
        proper = capital and not opens  # only mid-sentence may a proper noun be meant

        # Search one edit away first: a candidate one edit away outranks, and clearly
        # beats, every candidate two edits away, so those are needed only when there is
        # none. A word the dictionary or wide use knows is a slip only one edit from a far
        # commoner word, and a capitalised word mid-sentence only one edit from a name
        # (see below): for them the search two edits away, the costliest part of a
        # check, is never needed.
        def ranked_within(reach: int) -> list[lexicon.Candidate]:
            return [
                c
                for c in lexicon.candidates(low, reach)
                if (proper or c.word.islower()) and not (proper_only and c.word.islower())
            ]

        # A rare dictionary word is a slip only one edit from a far commoner word (the
        # test below): asked of the common words first, no bucket of targets read.
        if entry is not None and entry.in_dictionary:
            floor = max(_COMMON, _family_zipf(low, entry) + _RARE_MARGIN)
            if not lexicon.near_common(low, floor):
                return
        ranked = ranked_within(1)
        if not ranked and entry is None and not proper:
            ranked = ranked_within(lexicon.MAX_DISTANCE)
        best = ranked[0] if ranked else None
        if best is not None and best.distance > 1 and best.zipf < _COMMON:
            best = None  # two edits from a rare word is no evidence of a slip
        together = None if capital or in_dictionary else self.run_together(low)
        if together:
            edits = [c.word for c in ranked[:2] if c.distance == 1 and c.zipf >= _COMMON]
            options = (together, *edits) if len(low) > 5 or not edits else (*edits, together)
            clear = not edits
            add(RUN_TOGETHER if clear else MISSPELLING, options, clear)
            return
        if best is None or best.distance > (1 if len(low) <= 4 else 2):
            if ranked and ranked[0].zipf >= _RARE_ZIPF and self._unheard_of(i, low, entry, capital):
                # Two edits from a word in some use, and itself in no dictionary and in
                # no one's use: a slip, though the correction is only a guess.
                add(MISSPELLING, tuple(_cased(c.word, text) for c in ranked[:_SHOWN]), False)
            return
        strong = best.distance == 1 and best.zipf >= _COMMON
        if entry is None and not strong and (_compound(low) or _affixed(low)):
            return
        if entry is not None and entry.in_dictionary:
            # A rare dictionary word ("withing") one slip from a far commoner one ("within").
            # An inflection is as common as its word ("allots" is rare, "allot" is not).
            if not (strong and best.zipf - _family_zipf(low, entry) >= _RARE_MARGIN):
                return
        elif entry is not None and (
            best.zipf - entry.zipf < _USAGE_MARGIN or best.distance > 1 or entry.zipf >= _WIDE_USE
        ):
            return  # in wide use and not a slip for a far commoner word
        if self._combining_form(i, low):
            return  # "immuno-compromising": the first part of a compound, not a word alone
        if capital:
            # A capitalised word is a name unless it is one slip from a common word (or,
            # opening a sentence or in a headline, two slips from a very common one).
            reach = 2 if opens and entry is None and best.zipf >= _VERY_COMMON else 1
            floor = _COMMON if opens else _VERY_COMMON
            if best.distance > reach or best.zipf < floor or (entry is not None and not opens):
                return
        # Rivals: candidates that the best neither clearly out-edits nor clearly out-ranks.
        rivals = [c for c in ranked[1:] if not _beats(low, best, c)]
        clear = not rivals
        shown = [best, *rivals][:_SHOWN]
        add(MISSPELLING, tuple(dict.fromkeys(_cased(c.word, text) for c in shown)), clear)

    def _unheard_of(self, i: int, low: str, entry: lexicon.Entry | None, capital: bool) -> bool:
        """A lowercase word of six letters or more that neither the dictionary nor
        wide use knows, used once, not two words run together or a word with an affix:
        in prose such a word is a slip even when no correction is near ("exflitrate")."""
        return (
            entry is None
            and not capital
            and len(low) >= 6
            and low.isalpha()
            and not _compound(low)
            and not _affixed(low)
            and not self._combining_form(i, low)
        )

    def _combining_form(self, i: int, low: str) -> bool:
        """ "immuno-", "neuro-", "socio-": a hyphened first part that begins several
        dictionary words (immunology, immunotherapy) is a combining form."""
        words = self.words
        nxt = i + 1
        return (
            low.endswith("o")
            and len(low) > 3
            and nxt + 1 < len(words)
            and words.texts[nxt] == "-"
            and words.starts[nxt] == words.ends[i]
            and words.starts[nxt + 1] == words.ends[nxt]
            and lexicon.begins_words(low, _COMBINING_FORM_WORDS)
        )

    def _near_name(self, low: str) -> bool:
        return any(within_one_edit(low, name) for name in self.names)

    def _before_capital(self, i: int, start: int, end: int) -> bool:
        """A sentence's first word followed by a capitalised word (headlines aside,
        where every word is capitalised)."""
        texts = self.words.texts
        nxt = i + 1
        return (
            nxt < len(texts)
            and self.words.gap_before(nxt) == " "
            and texts[nxt][:1].isupper()
            and texts[nxt].isalpha()
            and not self.analysis.headlines.contains(start, end)
        )

    def _in_title_run(self, i: int) -> bool:
        """Whether a capitalised word stands among capitalised words ("Consumer Financal
        Protection Bureau", "Office of Acqusition", "Style, Complexity, Pendantry"),
        where a common word may be capitalised; alone in lowercase copy it is a name."""
        texts = self.words.texts
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(texts) and texts[j].lower() in _TITLE_GLUE:
                j += step
            if (
                0 <= j < len(texts)
                and texts[j][:1].isupper()
                and texts[j].isalpha()
                and not (step == -1 and j in self.words.sentence_starts and texts[j] in _OPENERS)
            ):
                return True
        return False

    def _beside_given_name(self, i: int) -> bool:
        from newslint.rules.names.lexicon import GIVEN_NAMES

        texts = self.words.texts
        return (i > 0 and texts[i - 1] in GIVEN_NAMES) or (
            i + 1 < len(texts) and texts[i + 1] in GIVEN_NAMES
        )

    def camel(self, i: int, text: str) -> None:
        """ "SocialServices" -> "Social Services": two capitalised words run together."""
        cut = next((n for n in range(1, len(text)) if text[n].isupper()), 0)
        head, tail = text[:cut], text[cut:]
        if (
            len(head) > 1
            and len(tail) > 1
            and (head.lower() in FUNCTION_WORDS or tail.lower() in FUNCTION_WORDS)
            and tail[1:].islower()
            and head[1:].islower()
            and lexicon.is_word(head.lower())
            and lexicon.is_word(tail.lower())
            and lexicon.lookup(text.lower()) is None
            and self.words.counts[text] == 1
        ):
            words = self.words
            self.out.append(
                Slip(RUN_TOGETHER, words.starts[i], words.ends[i], text, (f"{head} {tail}",), True)
            )

    def run_together(self, low: str) -> str | None:
        """ "orstrategy" -> "or strategy": a short function word glued to a word."""
        best: tuple[float, str] | None = None
        for cut in range(1, len(low)):
            head, tail = low[:cut], low[cut:]
            if head not in FUNCTION_WORDS and tail not in FUNCTION_WORDS:
                continue
            if min(len(head), len(tail)) < 2:
                continue
            h, t = lexicon.lookup(head), lexicon.lookup(tail)
            if h is None or t is None or not (h.in_dictionary and t.in_dictionary):
                continue
            if h.forms or t.forms:
                continue  # "Ont" + "ario": proper nouns do not count
            score = min(h.zipf, t.zipf)
            if score >= 3.0 and (best is None or score > best[0]):
                best = (score, f"{head} {tail}")
        return best[1] if best else None

    def split(self, i: int) -> bool:
        """ "ont his" -> "on this", "fl ows" -> "flows": a space in the wrong place."""
        words = self.words
        for a, b in ((i, i + 1), (i - 1, i)):
            if a < 0 or b >= len(words) or a in self.done or b in self.done:
                continue
            if words.gap_before(b) != " " or not (
                words.texts[a].isalpha() and words.texts[b].isalpha()
            ):
                continue
            first, second = words.lowers[a], words.lowers[b]
            if not words.texts[b].islower() or {first, second} <= FUNCTION_WORDS | _COMMON_SHORT:
                continue
            fix = _split_fix(first, second, self._broken(first), self._broken(second))
            if fix is None:
                continue
            start, end = words.starts[a], words.ends[b]
            shown = _cased(fix, words.texts[a])
            self.out.append(Slip(SPLIT, start, end, self.analysis.text[start:end], (shown,), True))
            self.done.update((a, b))
            return True
        return False


@lru_cache(maxsize=65536)
def _split_fix(first: str, second: str, first_broken: bool, second_broken: bool) -> str | None:
    """Two words that are one with a space in the wrong place, rejoined ("fl ows" ->
    "flows", "ont his" -> "on this"), or None. Whether each is a word on its own (see
    ``_Pass._broken``: a story's names count) is given; the rest is the dictionary's, so
    a pair is worked out once a process."""
    joined = first + second
    entry = lexicon.lookup(joined)
    if (first_broken or second_broken) and (
        entry is not None and entry.in_dictionary and entry.zipf >= 3.0 and not entry.forms
    ):
        return joined
    if first in _COMMON_SHORT:
        return None
    head_entry = lexicon.lookup(first)
    if first_broken or head_entry is None or head_entry.zipf < 4.0:
        for cut in range(1, len(joined)):
            head, tail = joined[:cut], joined[cut:]
            if cut != len(first) and head in FUNCTION_WORDS and tail in _COMMON_SHORT:
                return f"{head} {tail}"
    return None


# What may stand between the words of a title-case name ("Office of Acqusition").
_TITLE_GLUE = frozenset(("of", "and", "the", "for", "&", ",", "-", "on", "in"))
# A sentence's opening word is capitalised whatever it is.
_OPENERS = frozenset(("The", "A", "An", "In", "On", "At", "For", "By", "With", "It", "This"))

# Short words that follow a function word in a misplaced space ("ont his" -> "on this").
_COMMON_SHORT = frozenset(
    ("this", "that", "these", "those", "them", "then", "there", "their", "his", "him", "her")
)
# What is left of one when its first letter went to the word before ("his" of "this").
_TAIL_PIECES = frozenset(w[1:] for w in _COMMON_SHORT if len(w) > 3)
# plainly_known's answers, remembered across stories: a story's words are mostly settled
# by one set difference with the known ones.
_PLAINLY_KNOWN: set[str] = set()
_NOT_PLAIN: set[str] = set()


def _proper_noun(low: str, text: str) -> bool:
    entry = lexicon.lookup(low)
    return entry is not None and entry.in_dictionary and text in entry.forms


@lru_cache(maxsize=65536)
def _plain_name(text: str) -> bool:
    """A capitalised word that mid-sentence can only be a name: letters alone, no inner
    capital, no British or contracted form, and no very common word one edit away (the
    only slips ``_Pass.word`` finds in such a word)."""
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha() and text.isascii()):
        return False
    low = text.lower()
    if lexicon.american(low) is not None or _contraction(low) is not None:
        return False
    if lexicon.lookup(low) is not None:
        return True  # known (as ``_Pass.word`` says): never a slip mid-sentence
    # The only slip left: one edit from a very common word (the capital case at the end
    # of ``_Pass.word``).
    return not lexicon.near_common(low, _VERY_COMMON)


def plainly_known(low: str) -> bool:
    """A lowercase token that needs no second look: a common enough dictionary word
    (or its possessive), not a stray letter pair, not a proper noun's lowercase."""
    if low in _PLAINLY_KNOWN:
        return True
    if low in _NOT_PLAIN or (low.endswith("s") and low[:-1] in _S_CONTRACTABLE):
        return False  # "whats": a contraction without its apostrophe
    stem = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith("'") else low
    entry = lexicon.lookup(stem)
    known = (
        entry is not None
        and entry.in_dictionary
        and not entry.forms
        and (entry.zipf >= _RARE_ZIPF or len(stem) < 4)
        and not (len(stem) < 3 and entry.zipf < 4.5 and stem not in FUNCTION_WORDS)
    ) or ("'" in low and lexicon.is_word(low))  # a contraction: "don't"
    remembered = _PLAINLY_KNOWN if known else _NOT_PLAIN
    if len(remembered) < 100_000:
        remembered.add(low)
    return known


_NUMBER_UNIT = re.compile(
    r"(\d+)(bit|byte|core|day|hour|inch|minute|month|page|point|second|week|year|mile|"
    r"foot|member|person|story|team|step|part|game|round|lane|room|seat|acre)",
    re.IGNORECASE,
)
_CONTRACTION_ENDS = ("t", "re", "ve", "ll")
# Words whose "'s" is "is" or "has" ("what's"), not a possessive the dictionary lists.
_S_CONTRACTABLE = frozenset(("what", "that", "there", "here", "who", "where", "how", "when"))


def _contraction(low: str) -> str | None:
    """ "whats" -> "what's", "dont" -> "don't": a contraction without its apostrophe."""
    if low.endswith("s") and low[:-1] in _S_CONTRACTABLE:
        return f"{low[:-1]}'s"
    for end in _CONTRACTION_ENDS:
        if low.endswith(end) and len(low) > len(end) + 1:
            candidate = f"{low[: -len(end)]}'{end}"
            if end == "t" and not low.endswith("nt"):
                continue
            if end == "t":
                candidate = f"{low[:-1]}'t"
            entry = lexicon.lookup(candidate)
            if entry is not None and entry.in_dictionary and candidate not in ("it'd",):
                return candidate
    return None


def _beats(key: str, first: lexicon.Candidate, other: lexicon.Candidate) -> bool:
    one = first.distance - lexicon._bonus(key, first.word.lower())
    two = other.distance - lexicon._bonus(key, other.word.lower())
    return two - one >= _CLEAR_MARGIN or first.zipf - other.zipf >= _CLEAR_ZIPF


def _family_zipf(low: str, entry: lexicon.Entry) -> float:
    """How common a word is with its regular inflections counted as the word: the
    commonest of the word and the content-word stems it may inflect ("allots" and
    "allotted" of "allot"; never "withing" of "with")."""
    stems = []
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    elif low.endswith("es") and low[:-2].endswith(("s", "x", "z", "ch", "sh")):
        stems.append(low[:-2])
    elif low.endswith("s") and not low.endswith("ss"):
        stems.append(low[:-1])
    for ending in ("ed", "ing"):
        if low.endswith(ending):
            stem = low[: -len(ending)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "allotted" -> "allot"
    best = entry.zipf
    for stem in stems:
        if len(stem) < 4 or stem in FUNCTION_WORDS:
            continue
        found = lexicon.lookup(stem)
        if found is not None and found.in_dictionary and not found.forms:
            best = max(best, found.zipf)
    return best


def _compound(low: str) -> bool:
    """Two dictionary words of three letters or more ("frontends", "tarballs")."""
    for cut in range(3, len(low) - 2):
        head, tail = low[:cut], low[cut:]
        if lexicon.is_word(head) and lexicon.is_word(tail):
            h, t = lexicon.lookup(head), lexicon.lookup(tail)
            if h and t and not h.forms and not t.forms and min(h.zipf, t.zipf) >= 3.0:
                return True
    return False


def _affixed(low: str) -> bool:
    for prefix in _PREFIXES:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and len(rest) > 3 and (lexicon.is_word(rest) or _compound(rest)):
            return True
    for suffix in _SUFFIXES:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) > 3 and _compound(stem):
            return True
    return False


def _cased(word: str, like: str) -> str:
    """``word`` in the casing of ``like``: "Perceived" for "Percieved"."""
    if like[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _scan(doc: Document, ctx: Context) -> list[Slip]:
    return _Pass(doc, ctx).run()


def knows(word: str, ctx: Context) -> bool:
    """Whether newslint's spelling knowledge accepts ``word`` as written: a word of its
    dictionary, a name the story or the names list establishes, or a word of the
    newsroom's lists. For judging another speller's hits (LanguageTool's) on words
    newslint's rules did not flag; a word only seen in use ("blogpost") is left to it."""
    low = word.replace("’", "'").lower()
    stem = low[:-2] if low.endswith("'s") else low.rstrip("'")
    lists: WordLists = ctx.option("wordlists") or EMPTY
    if lists.rejects(low) or lists.rejects(stem):
        return False
    if any(lexicon.is_word(w) for w in (low, stem)):
        return True
    if lists.accepts(low) or lists.accepts(stem):
        return True
    names = ctx.analysis.known_names
    if word in names or stem in {n.casefold() for n in names}:
        return True
    listed = ctx.option("names_list")
    return listed is not None and stem in listed.words
