"""NL614: a singular noun after a determiner that wants a plural ("multiple version")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from newslint.analysis import Words
from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule
from newslint.rules.spelling import lexicon
from newslint.rules.usage.context import FUNCTION_WORDS
from newslint.rules.usage.context import words as word_set

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "determiner-pairs.tsv"
DETERMINERS = word_set("these those many several multiple various numerous few both")


@cache
def _pairs() -> str:
    """The table's text ("\\ndeterminer<TAB>word" lines), searched in place: a story
    asks about a handful of pairs."""
    return "\n" + DATA.read_text(encoding="utf-8")


def seen(determiner: str, word: str) -> bool:
    return f"\n{determiner}\t{word}\n" in _pairs()


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return (word[:-1] + "ies",)
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word + "es",)
    return (word + "s",)


def _phrase_ends(words: Words, j: int) -> bool:
    """The noun phrase ends after token ``j``: a mark, a function word or the end follows
    ("multiple version can", "both side of"), not another noun it modifies ("both party
    leaders", "several year period")."""
    nxt = j + 1
    if nxt >= len(words.texts) or nxt in words.sentence_starts:
        return True
    text = words.texts[nxt]
    return not text[:1].isalpha() or words.lowers[nxt] in FUNCTION_WORDS


def number_slips(words: Words) -> Iterator[tuple[int, str]]:
    """Each singular noun after a plural determiner, with its plural: the pair is never
    written in the word-pair list, and the plural after the determiner is."""
    for i in words.find(DETERMINERS):
        j = i + 1
        if j >= len(words.texts) or words.gap_before(j) != " " or j in words.sentence_starts:
            continue
        text = words.texts[j]
        if not (text.isalpha() and text.islower() and len(text) > 2):
            continue
        determiner, word = words.lowers[i], words.lowers[j]
        if word in FUNCTION_WORDS or seen(determiner, word) or not lexicon.is_word(word):
            continue
        if i and words.lowers[i - 1] in ("a", "the"):
            continue  # "the many", "a few": the determiner is itself the head
        if determiner == "both" and j + 1 < len(words.texts) and words.lowers[j + 1] == "and":
            continue  # "both day and night": "both" pairs the two nouns
        for plural in _plurals(word):
            if seen(determiner, plural) and lexicon.is_word(plural) and _phrase_ends(words, j):
                yield j, plural
                break


class PluralAfterDeterminer(Rule):
    id = "NL614"
    scope = PARAGRAPH
    name = "plural-after-determiner"
    category = "typos"
    severity = "warning"
    message = "A singular noun after a word that wants a plural."
    docs = """
    Flags a singular noun after "these", "those", "many", "several", "multiple",
    "various", "numerous", "few" or "both" when the noun phrase ends there ("Developing
    multiple version can raise costs", "on both side of the river"). Those words count
    things, so the noun is plural (AP Stylebook and Chicago 5.250 on determiners and
    number agreement). The judge is usage, not a list: the pair with the singular is
    never written in a large corpus of English word pairs (symspellpy's list), and the
    pair with the plural is, so "multiple choice", "these kind" and "several hundred"
    stand. A noun that modifies the next one ("both party leaders") and "a few" or "the
    many" are left alone, and so is "both day and night". The fix is unsafe: read the sentence.
    """
    bad = (
        "Developing multiple [[version=>versions]] can raise costs.",
        "Farms on both [[side=>sides]] of the river flooded.",
    )
    good = (
        "Developing multiple versions can raise costs.",
        "The test had multiple choice questions.",
        "Leaders of both party caucuses met.",
        "He counted several hundred ballots.",
        "The board heard from a few residents.",
        "Crews worked both day and night.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for j, plural in number_slips(words):
            written = words.texts[j]
            message = f"'{words.texts[j - 1]} {written}' counts more than one: '{plural}'."
            yield Finding(words.starts[j], words.ends[j], message, (plural,))
