"""A noun whose number is not its determiner's: NL614, a singular after a determiner that
counts several ("multiple version"); NL617, a plural after "a" or "an" ("a United States
citizens")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from newslint.analysis import Words
from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule
from newslint.rules.spelling import lexicon, tags
from newslint.rules.usage.context import FUNCTION_WORDS, NUMBER_WORDS
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


# Words that make "a" count several: "a few days", "a great many people", "a dozen eggs".
QUANTIFIERS = NUMBER_WORDS | word_set(
    "few many great couple lot total handful number series variety pair range bunch",
    "whole good mere further additional extra record estimated half quarter third",
)
# Nouns plural in form that "a" takes: "a savings of 20 percent", "at all odds".
PLURAL_FORM_SINGULARS = word_set(
    "savings odds thanks means remains proceeds premises outskirts whereabouts riches",
    "goods arms headquarters news series species",
)
MAX_MODIFIERS = 4


def _singular(plural: str) -> str:
    """The singular of a plural noun the lexicon knows ("citizens" -> "citizen"), or ""."""
    candidates = [plural[:-1]]
    if plural.endswith("ies"):
        candidates.insert(0, plural[:-3] + "y")
    if plural.endswith("es"):
        candidates.append(plural[:-2])
    for candidate in candidates:
        if "n" in tags.codes(candidate):
            return candidate
    return ""


def _plural_head(words: Words, j: int, after_capital: bool) -> str:
    """The singular of token ``j`` when it is a plural noun and nothing else; a
    capitalised one only inside a capitalised title ("an Information Security Officers")."""
    text, low = words.texts[j], words.lowers[j]
    if not text.isalpha() or low in PLURAL_FORM_SINGULARS or low.endswith("ics"):
        return ""
    if text[:1].isupper() and not (after_capital and text[1:].islower()):
        return ""
    if tags.codes(low) != "s":
        return ""  # "sales" (also a verb), "series" (also singular): not only a plural
    return _singular(low)


def singular_slips(words: Words) -> Iterator[tuple[int, int, str]]:
    """Each plural noun that ends a noun phrase opened by "a" or "an", with the article
    and the noun's singular: "to be a United States citizens or national" -> "citizen"."""
    texts, lowers = words.texts, words.lowers
    for i in words.find(("a", "an")):
        article = texts[i] in ("a", "an") or (i in words.sentence_starts and texts[i] in "A An")
        if not article or (i and lowers[i - 1] in ("vitamin", "plan", "type")):
            continue  # "Plan A", "type a": a letter
        capital = False
        for j in range(i + 1, min(i + 2 + MAX_MODIFIERS, len(texts))):
            if j in words.sentence_starts or words.gap_before(j) not in (" ", "\n"):
                break
            low = lowers[j]
            if low in QUANTIFIERS or not texts[j].replace("-", "").isalpha():
                break
            # A capitalised plural only inside a title mid-sentence, not in a title line
            # that opens with "A" ("A Hen Brooding Kittens").
            singular = _plural_head(words, j, capital and i not in words.sentence_starts)
            if (
                singular
                and (_phrase_ends(words, j) or _verb_next(words, j))
                and not _joined(words, j)
                and not _glued(words, j)
            ):
                yield i, j, singular
                break
            if not _a_modifier(words, j):
                break
            capital = texts[j][:1].isupper()


def _a_modifier(words: Words, j: int) -> bool:
    text = words.texts[j]
    if text[:1].isupper():  # a name or a title's word: "a United States citizen";
        return words.lowers[j] not in FUNCTION_WORDS  # not verse's "a sigh / Though"
    return "-" in text or tags.codes(words.lowers[j])[:1] in ("n", "j", "p")


def _verb_next(words: Words, j: int) -> bool:
    """A verb in the past or in -s follows: the phrase ends ("A state auditors said")."""
    nxt = j + 1
    return nxt < len(words.texts) and tags.codes(words.lowers[nxt])[:1] in ("d", "z")


def _glued(words: Words, j: int) -> bool:
    """Part of a longer word or a possessive: "a feet-first landing", "a readers' column"."""
    nxt = j + 1
    if nxt >= len(words.texts) or words.gap_before(nxt) != "":
        return False
    return words.texts[nxt][:1] in "-'’" or words.texts[nxt][:1].isalnum()


def _joined(words: Words, j: int) -> bool:
    """A coordinated modifier: "a sales and marketing firm" (but "a citizens or national"
    joins two heads: the phrase after "or" ends at its first word)."""
    if j + 2 >= len(words.texts) or words.lowers[j + 1] not in ("and", "or", "&"):
        return False
    return not _phrase_ends(words, j + 2)


class SingularAfterA(Rule):
    id = "NL617"
    scope = PARAGRAPH
    name = "singular-after-a"
    category = "typos"
    severity = "warning"
    message = 'A plural noun after "a" or "an".'
    docs = """
    Flags a plural noun that ends a noun phrase opened by "a" or "an": "You must be a
    United States citizens to apply" ("citizen"), "Each project gets an Information
    Security Officers" ("Officer"). "A" counts one (Chicago 5.72 on the indefinite
    article; AP Stylebook, "a, an"). The noun must be plural and nothing else in the
    parts-of-speech lexicon, and the phrase must end there, so "a sales tax", "a news
    story", "a savings of 20 percent", "a few days", "a great many people", "a
    dozen eggs" and "a sales and marketing firm" stand. A capitalised plural counts only
    inside a capitalised title. The fix is unsafe: read the sentence.
    """
    bad = (
        "You must be a United States [[citizens=>citizen]] to apply.",
        "Each project gets an Information Security [[Officers=>Officer]] to help.",
        "She is a former board [[members=>member]] of the group.",
        "A state [[auditors=>auditor]] said so.",
    )
    good = (
        "You must be a United States citizen to apply.",
        "The state adds a sales tax.",
        "It was a news story for days.",
        "They waited a few days.",
        "A great many people came.",
        "He bought a dozen eggs.",
        "She runs a sales and marketing firm.",
        "The plan promises a savings of 20 percent.",
        "A Doctors Without Borders team arrived.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for article, j, singular in singular_slips(words):
            if ctx.analysis.headlines.contains(words.starts[article], words.ends[j]):
                continue  # "A Hen Brooding Kittens": a headline's capitals
            written = words.texts[j]
            fix = singular[:1].upper() + singular[1:] if written[:1].isupper() else singular
            message = f"'{written}' after '{words.texts[article]}': '{fix}'."
            yield Finding(words.starts[j], words.ends[j], message, (fix,))
