"""Slips a rule can see without a parser: "a" or "an" by sound, "an" for "and",
a phrasal verb written where its one-word noun belongs, straight quotes among curly ones."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.diagnostics import SAFE, UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule
from newslint.rules.spelling import lexicon

if TYPE_CHECKING:
    from newslint.analysis import Words

# Words spelled with a vowel but said with a consonant: "a university", "a one-time".
_CONSONANT_SOUND = (
    "uni",
    "use",
    "usu",
    "uti",
    "ura",
    "ure",
    "uri",
    "uro",
    "usur",
    "uten",
    "uter",
    "ubiq",
    "ukr",
    "uga",
    "euro",
    "eu",
    "ewe",
    "one",
    "once",
    "ouija",
)
# ... and their exceptions, said with a vowel: "an unidentified man", "an uninsured driver".
_VOWEL_AFTER_ALL = ("unin", "unid", "unim", "unint")
# Words spelled with h but said with a vowel: "an hour", "an honest mistake".
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
# Words after which "an" cannot be the article: it was "and" ("an then").
_NOT_AFTER_ARTICLE = frozenset(
    [
        "then",
        "the",
        "to",
        "is",
        "are",
        "was",
        "were",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "its",
    ]
)


def wants_an(word: str) -> bool | None:
    """Whether an ordinary word takes "an" (True), "a" (False), or None when unsure."""
    low = word.lower()
    if not low[:1].isalpha():
        return None
    if low.startswith(_SILENT_H):
        return True
    if low.startswith(_VOWEL_AFTER_ALL):
        return True
    if low.startswith(_CONSONANT_SOUND):
        return False
    if low[0] in "aeio":
        return True
    if low[0] == "u":
        # "un-", "up-", "us", "ul-" are said with a vowel; other "u"s are unsure.
        return True if low.startswith(("un", "up", "ul", "um", "ut", "ush")) else None
    return False


class ArticleBySound(Rule):
    id = "NL605"
    scope = PARAGRAPH
    name = "a-an"
    category = "typos"
    severity = "warning"
    message = "Use a or an by the sound of the next word."
    docs = """
    AP Stylebook, "a, an", and Chicago 5.73: "a" goes before a consonant sound and
    "an" before a vowel sound, whatever the letter: "an hour", "an honest mistake",
    "a university", "a one-time payment", "a European", "an umbrella". Figures and
    acronyms are NL408's ("an FBI agent", "an 8-year-old"). An "an" before a word
    that cannot follow an article ("an then") is a slip for "and".
    """
    bad = (
        "He was charged with [[an=>a]] federal crime.",
        "She waited [[a=>an]] hour.",
        "It is [[an=>a]] university policy.",
        "It was [[an=>a]] one-time payment.",
        "He ate [[an=>and]] then left.",
        Example("[[A=>An]] honest mistake.", fixed="An honest mistake."),
    )
    good = (
        "an hour",
        "a university",
        "an FBI agent",
        "a one-time payment",
        "a European law",
        "an umbrella policy",
        "an unidentified man",
        "Vitamin A is listed.",
        "a historic vote",
        "a user of the site",
    )
    fix_safety = SAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for i in words.find(("a", "an")):
            text = words.texts[i]
            nxt = i + 1
            if nxt >= len(words) or words.gap_before(nxt).strip(" \n") != "":
                continue
            if "\n\n" in words.gap_before(nxt):
                continue
            if i and words.texts[i - 1] in ("-", "’", "'") and words.starts[i] == words.ends[i - 1]:
                continue  # "Vitamin-A", "y'a"
            following = words.texts[nxt]
            if words.lowers[nxt] in ("a", "an"):
                continue  # "a a fall", "an a": a doubled or stray article, NL601's
            compound = (
                nxt + 1 < len(words)
                and words.texts[nxt + 1] == "-"
                and words.starts[nxt + 1] == words.ends[nxt]
            )  # "an in-person session": "in" is part of the next word
            if not following[:1].isalpha() or following.isupper():
                continue  # figures and acronyms: NL408
            low = text.lower()
            if low == "an" and following.lower() in _NOT_AFTER_ARTICLE and not compound:
                fix = "And" if text[0].isupper() else "and"
                yield Finding(
                    words.starts[i],
                    words.ends[i],
                    f"'{text} {following}': '{text}' looks like a slip for '{fix}'.",
                    (fix,),
                    fix_safety=UNSAFE,
                )
                continue
            if following[0].isupper() and following.lower().startswith(("u", "eu", "o", "h")):
                continue  # names: "an Uber", "a Ukrainian", "an Oneida" are unsure
            if (following.lower() in _NOT_AFTER_ARTICLE and not compound) or not lexicon.is_word(
                following.lower()
            ):
                continue  # "a" as a letter or a label; an unknown word's sound is unsure
            an = wants_an(following)
            if an is None or an == (low == "an"):
                continue
            fix = "an" if an else "a"
            if text[0].isupper():
                fix = fix.capitalize()
            yield Finding(
                words.starts[i],
                words.ends[i],
                f"Use '{fix}' before '{following}': the article follows the sound.",
                (fix,),
            )


# Phrasal verbs whose one-word noun follows an article: "a kickback", "a setup".
_PARTICLES = frozenset(["back", "up", "off", "out", "down", "over", "in", "on", "away"])


class PhrasalNoun(Rule):
    id = "NL606"
    scope = PARAGRAPH
    name = "phrasal-noun"
    category = "typos"
    severity = "warning"
    message = "After an article, the noun of a phrasal verb is one word."
    docs = """
    A phrasal verb is two words ("to kick back", "to set up", "to break down"); its
    noun is one ("a kickback", "the setup", "a breakdown"), as Merriam-Webster and
    the AP Stylebook list them. After "a", "an" or "the" the two words are a noun,
    so they are written as one where the dictionary has the one-word noun.
    """
    bad = (
        "He took [[a kick back=>a kickback]] from the contractor.",
        "[[The set up=>The setup]] took a week.",
    )
    good = (
        "He took a kickback.",
        "They set up the room.",
        "The back of the room.",
        "It was a sign off the highway.",
    )
    fix_safety = UNSAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for particle in words.find(_PARTICLES):
            i, verb = particle - 2, particle - 1
            if i < 0 or words.lowers[i] not in ("a", "an", "the"):
                continue
            if words.gap_before(verb) != " " or words.gap_before(particle) != " ":
                continue
            if not words.texts[verb].isalpha() or not words.texts[verb].islower():
                continue
            joined = words.lowers[verb] + words.lowers[particle]
            entry = lexicon.lookup(joined)
            if entry is None or not entry.in_dictionary or entry.forms or entry.zipf < 2.5:
                continue
            verb_entry = lexicon.lookup(words.lowers[verb])
            if verb_entry is None or verb_entry.zipf < 3.0:
                continue
            nxt = particle + 1
            if nxt < len(words) and words.lowers[nxt] in ("of", "the", "a", "an", "to"):
                continue  # "the sign off the highway", "a run on the bank": a preposition
            start, end = words.starts[i], words.ends[particle]
            fixed = f"{words.texts[i]} {words.texts[verb]}{words.texts[particle]}"
            yield Finding(
                start,
                end,
                f"'{words.texts[verb]} {words.texts[particle]}' after an article is a noun: "
                f"'{words.texts[verb]}{words.texts[particle]}'.",
                (fixed,),
            )


class CurlyQuotes(Rule):
    id = "NL607"
    name = "straight-quote"
    category = "typos"
    severity = "warning"
    message = "A straight quotation mark in copy that uses curly ones."
    docs = """
    A story set with curly quotation marks (“ ” ‘ ’) that has one straight mark (")
    shows where text was pasted or retyped; the published page mixes two styles.
    The rule flags straight double quotes only when the story's prose uses curly
    ones, and offers the curly mark its position calls for (opening after a space
    or at the start, closing otherwise).
    """
    bad = ('“Yes,” she said. [["=>“]]No,” he said.',)
    good = ('"Yes," she said. "No," he said.', "“Yes,” she said.")
    fix_safety = SAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if '"' not in text or ("“" not in text and "”" not in text):
            return
        if text.count("“") + text.count("”") < 2 or text.count('"') > text.count("“"):
            return  # mostly straight: a house style, not a slip
        start = 0
        while True:
            at = text.find('"', start)
            if at < 0:
                return
            start = at + 1
            before = text[at - 1] if at else " "
            fix = "“" if before.isspace() or before in "([{—–-" else "”"
            yield Finding(
                at, at + 1, f"Straight quotation mark among curly ones: use '{fix}'.", (fix,)
            )


# A contraction followed by the verb it already holds: "she's is", "they're are".
_CONTRACTED = {
    "'s": ("is", "has"),
    "'re": ("are",),
    "'m": ("am",),
    "'ve": ("have",),
    "'ll": ("will",),
}
_PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "that", "there", "here", "who", "what", "where"]
)
_LINKING = frozenset(["is", "are", "was", "were", "has", "have", "will"])
_OPENERS = frozenset(("the", "a", "an"))


class StrayWord(Rule):
    id = "NL608"
    scope = PARAGRAPH
    name = "stray-word"
    category = "typos"
    severity = "warning"
    message = "A word left over from an edit."
    docs = """
    Two slips that editing leaves behind, each visible without a parser: a
    contraction followed by the verb it already holds ("She's is the best", "they're
    are"), and an "and" between a sentence's opening name and its verb ("The Office
    and is responsible"), where nothing comes before "and" to join. Doubled words
    are NL601's.
    """
    bad = (
        "[[She's is=>She is]] the best reporter here.",
        "The Office [[and is=>is]] responsible for the review.",
    )
    good = (
        "She is the best reporter here.",
        "The Office and its staff are responsible.",
        "She's the best.",
        "The court ruled and is now closed.",
        "She'd had enough.",
    )
    fix_safety = UNSAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        lowers = words.lowers
        contractions = [w for w in words.vocabulary if "'" in w and w.split("'")[0] in _PRONOUNS]
        for i in words.find(contractions):
            if i + 1 >= len(words):
                continue
            low = lowers[i]
            cut = low.find("'")
            if cut > 0 and words.gap_before(i + 1) == " ":
                verbs = _CONTRACTED.get(low[cut:], ())
                if lowers[i + 1] in verbs:
                    fixed = f"{words.texts[i][:cut]} {words.texts[i + 1]}"
                    yield Finding(
                        words.starts[i],
                        words.ends[i + 1],
                        f"'{words.texts[i]} {words.texts[i + 1]}' says the verb twice: '{fixed}'.",
                        (fixed,),
                    )
        for i in words.find(("and",)):
            if i + 1 >= len(words) or lowers[i + 1] not in _LINKING:
                continue
            if self._opening_name_before(words, i):
                yield Finding(
                    words.starts[i],
                    words.ends[i + 1],
                    f"A stray 'and' between the subject and its verb: '{words.texts[i + 1]}'.",
                    (words.texts[i + 1],),
                )

    @staticmethod
    def _opening_name_before(words: Words, i: int) -> bool:
        """Whether tokens before ``i`` are only an opening "The" and capitalised words
        back to the sentence's start: "The Office", "The Justice Department"."""
        j = i - 1
        capitals = 0
        while j >= 0 and words.texts[j][:1].isupper() and words.texts[j].isalpha():
            if j in words.sentence_starts:
                break
            capitals += 1
            j -= 1
        if j < 0 or j not in words.sentence_starts or capitals == 0:
            return False
        return words.lowers[j] in _OPENERS
