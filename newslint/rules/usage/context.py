"""Shared machinery for confusable-word rules: small word classes, a window, a rule base.

The words themselves (offsets, lowercased forms, paragraph and sentence starts) come
from the story's one analysis, ``ctx.analysis.words``; nothing here tokenizes.

A confusable is judged from the words around it, the way a copy editor reads:
"may not, however, effect" has a modal before the word, so the word is a verb
(affect); "the effect of" has a determiner, so it is a noun and fine. The word
classes below are short closed lists (determiners, modals, prepositions...);
open classes (nouns, verbs) are guessed from what they are not.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis import Word, Words
from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule

# A token as the usage rules read it: the analysis layer's word (text, start, end, lower,
# is_word, capitalized...).
Token = Word


def apostrophe(doc: Document, ctx: Context) -> str:
    """The apostrophe the story uses (curly or straight), for replacements that add one."""
    mark: str = ctx.memo(
        "usage.apostrophe", lambda: "’" if doc.text.count("’") > doc.text.count("'") else "'"
    )
    return mark


def words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


DETERMINERS = words(
    "a an the this that these those my your his her its our their some any no",
    "every each all both many much several few another such whose what which",
    "either neither",
)
POSSESSIVES = words("my your his her its our their")
SUBJECT_PRONOUNS = words("i you he she it we they")
OBJECT_PRONOUNS = words("me him us them her")
MODALS = words(
    "can could may might will would shall should must cannot won't wouldn't can't",
    "couldn't shouldn't mustn't mightn't would've could've should've might've",
    "must've i'll we'll they'll he'll she'll it'll you'll that'll who'll",
)
DO_FORMS = words("do does did don't doesn't didn't")
BE_FORMS = words("am is are was were be been being isn't aren't wasn't weren't")
HAVE_FORMS = words("have has had having haven't hasn't hadn't i've we've they've you've")
PREPOSITIONS = words(
    "about above across after against along amid among around at before behind below beneath",
    "beside besides between beyond by despite down during except for from in inside into like",
    "near of off on onto out outside over past per regarding since through throughout to",
    "toward towards under underneath unlike until up upon via with within without concerning",
    "including",
)
CONJUNCTIONS = words(
    "and or but nor so yet because although though while whereas if unless",
    "when whenever where wherever whether as than that which who whom",
)
NEGATIONS = words("not never n't no longer")
# Adverbs that sit between an auxiliary and its verb ("may not", "could also", "would never").
AUX_ADVERBS = words(
    "not never also just only even still already always often sometimes usually really",
    "actually probably certainly likely perhaps now soon ever again too very further",
    "greatly seriously severely adversely negatively positively directly indirectly badly",
    "significantly substantially materially dramatically drastically profoundly deeply",
    "disproportionately heavily strongly hardly barely necessarily possibly definitely",
    "undoubtedly inevitably ultimately immediately eventually longer no",
)
TIME_WORDS = words(
    "today tonight tomorrow yesterday now then later soon once twice before after since",
    "until long often anymore ever forever again yet still early late last next this every",
    "each overnight monday tuesday wednesday thursday friday saturday sunday morning",
    "afternoon evening night week weekend month year day days weeks months years hours",
    "minutes decades",
)
NUMBER_WORDS = words(
    "one two three four five six seven eight nine ten eleven twelve twenty",
    "thirty forty fifty hundred thousand million dozen several",
)
FUNCTION_WORDS = (
    DETERMINERS
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | MODALS
    | DO_FORMS
    | BE_FORMS
    | HAVE_FORMS
    | PREPOSITIONS
    | CONJUNCTIONS
    | AUX_ADVERBS
    | words(
        "there here how why not n't own self itself themselves himself",
        "herself alone together too either also",
    )
)
SENTENCE_END = frozenset(".!?;:")
# Words ending in -ly that are not adverbs.
NOT_ADVERBS = words(
    "only early family likely italy july rally supply apply reply ally fly",
    "holy ugly daily weekly monthly yearly friendly elderly",
)


# Marks a window does not look past (a period after an abbreviation excepted).
BOUNDARIES = SENTENCE_END | frozenset("()[]{}—–")


class Window:
    """Look around token ``i`` without crossing a sentence or paragraph boundary."""

    def __init__(self, tokens: Words, i: int) -> None:
        self.tokens = tokens
        self.i = i

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def _index(self, offset: int) -> int | None:
        """The position ``offset`` tokens away, or None past a boundary."""
        tokens, j = self.tokens, self.i
        texts, breaks = tokens.texts, tokens.paragraph_starts
        for _ in range(abs(offset)):
            if offset > 0:
                j += 1
                if j >= len(texts) or j in breaks:
                    return None
            else:
                if j in breaks:
                    return None
                j -= 1
                if j < 0:
                    return None
            if texts[j] in BOUNDARIES and not _is_abbreviation(tokens, j):
                return None
        return j

    def at(self, offset: int) -> Token | None:
        """The token ``offset`` places away (negative: before), or None past a boundary."""
        j = self._index(offset)
        return None if j is None else self.tokens[j]

    def word(self, offset: int) -> str:
        """The lowercased token ``offset`` away ("" past a boundary)."""
        j = self._index(offset)
        return "" if j is None else self.tokens.lowers[j]

    def prev_skipping(self, skip: frozenset[str] = AUX_ADVERBS) -> str:
        """The nearest previous word, skipping adverbs and a ", however," style aside."""
        k = -1
        while (tok := self.at(k)) is not None:
            if tok.text == ",":
                # ", however," : jump back over the aside to the word before its opening comma
                j = k - 1
                while (t := self.at(j)) is not None and t.text != "," and j > k - 4:
                    j -= 1
                if t is None or t.text != ",":
                    return ","
                k = j - 1
                continue
            if tok.lower in skip or (tok.lower.endswith("ly") and tok.lower not in NOT_ADVERBS):
                k -= 1
                continue
            return tok.lower
        return ""

    def before(self, n: int) -> list[str]:
        """Up to ``n`` previous words in the sentence, nearest first."""
        out = []
        for k in range(1, n + 1):
            tok = self.at(-k)
            if tok is None:
                break
            out.append(tok.lower)
        return out

    def after(self, n: int) -> list[str]:
        out = []
        for k in range(1, n + 1):
            tok = self.at(k)
            if tok is None:
                break
            out.append(tok.lower)
        return out

    def sentence_start(self) -> bool:
        return self.at(-1) is None


def _is_abbreviation(tokens: Words, j: int) -> bool:
    """A period after "Mr", "St", "U.S" or an initial is not a sentence end."""
    if tokens.texts[j] != "." or j == 0:
        return False
    if tokens.ends[j - 1] != tokens.starts[j]:
        return False
    prev = tokens.texts[j - 1]
    return tokens.lowers[j - 1] in ABBREVIATIONS or (len(prev) == 1 and prev.isupper())


ABBREVIATIONS = words(
    "mr mrs ms dr st jr sr gov sen rep gen lt col sgt capt no vs inc co corp",
    "ltd dept jan feb aug sept oct nov dec u.s a.m p.m rev prof ave blvd etc",
    "e.g i.e mt ft",
)


def pair_neighbour(words: Words, j: int, i: int, line_break: bool = False) -> str:
    """The lowercase word at ``j`` if it stands beside ``i`` in the same sentence, one
    space between (or, with ``line_break``, a soft line break), no mark or hyphen: the
    neighbour whose word-pair counts are evidence. "" otherwise, and for a word with
    digits or marks or in capitals (an acronym says nothing of its neighbour)."""
    if j < 0 or j >= len(words.texts):
        return ""
    later = max(i, j)
    gap = words.text[words.ends[later - 1] : words.starts[later]]
    if not (gap == " " or (line_break and gap == "\n")) or later in words.sentence_starts:
        return ""
    text = words.texts[j]
    return words.lowers[j] if text.isalpha() and not text.isupper() else ""


def match_case(found: str, replacement: str) -> str:
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Verdict:
    """A confusion found: replace tokens first..last (inclusive) with ``replacement``."""

    __slots__ = ("first", "last", "message", "replacement")

    def __init__(self, replacement: str, first: int, last: int, message: str | None = None) -> None:
        self.replacement = replacement
        self.first = first
        self.last = last
        self.message = message


class ConfusableRule(Rule):
    """Base for context rules: ``targets`` are the words examined; ``judge`` decides."""

    category = "confusables"
    scope = PARAGRAPH  # but a fix that adds an apostrophe takes the story's: its.py
    severity = "warning"
    message = "A sound-alike word that does not fit its context."
    template = "'{found}' looks like the wrong word here: did you mean '{fix}'?"
    targets: frozenset[str] = frozenset()
    # Sound-alikes are the writer's spelling, not the speaker's word: a quotation is
    # spoken, so "there" for "their" inside one is a transcription slip and is flagged.
    skip_regions: frozenset[str] = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        tokens = ctx.analysis.words
        for i in tokens.find(self.targets):
            verdict = self.judge(Window(tokens, i), doc, ctx)
            if verdict is None:
                continue
            start, end = tokens.starts[verdict.first], tokens.ends[verdict.last]
            found = doc.text[start:end]
            replacement = match_case(found, verdict.replacement)
            if "'" in replacement:
                mark = "’" if "’" in found else "'" if "'" in found else apostrophe(doc, ctx)
                replacement = replacement.replace("'", mark)
            if replacement == found:
                continue
            message = verdict.message or self.template.format(found=found, fix=replacement)
            yield Finding(start, end, message, (replacement,))

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        raise NotImplementedError


def same(w: Window, replacement: str, message: str | None = None) -> Verdict:
    """Replace just the examined token."""
    return Verdict(replacement, w.i, w.i, message)
