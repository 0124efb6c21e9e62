"""NL616: a verb form its auxiliary or pronoun cannot take ("can implicates", "have see");
NL618: an adjective between an auxiliary and its verb ("don't necessary need").

Two kinds of evidence, both read from the shared analysis's words:

* grammar, where it is certain: after a modal ("can", "will"), "to" or "does not" a verb
  has its plain form, so a verb in -s there is a slip ("can implicates" -> "implicate");
* usage, where a form could be another word: after "be" or "have" a verb takes its
  participle, and after "we" or "they" a bare "-ing" wants a tense. These are judged by
  how often the pairs are written (symspellpy's word-pair list): "be use" is written
  hundreds of times less often than "be used", "have see" never beside "have seen", so
  "be part", "have access" and "it being" stand.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from newslint.analysis import Words
from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule
from newslint.rules.spelling import lexicon, tags
from newslint.rules.usage.context import AUX_ADVERBS, DETERMINERS, DO_FORMS, PREPOSITIONS
from newslint.rules.usage.context import words as word_set
from newslint.rules.usage.model import Counts

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "auxiliary-pairs.tsv"
# Half the smallest pair count the table keeps (symspellpy's cut-off, in units of 64).
FLOOR = 50_000.0
# How many times more often the right pair must be written than the pair as written;
# when the pair as written is not in the list at all, the right one must be in it
# twice the list's cut-off or more (clearly written, not a stray entry).
RATIO = 100.0
CUT_OFF = 2 * FLOOR
SEEN = 2 * CUT_OFF

# The modals the word-pair table holds (usage.context.MODALS adds contractions).
TABLE_MODALS = word_set("can could will would shall should may might must")
NEGATED_DO = word_set("does did do")
BE = word_set("be is are was were been being am")
HAVE = word_set("have has had having")
# Pronouns that are only ever subjects: "you" and "it" may be objects ("saw it falling").
SUBJECTS = word_set("i we they he she")
AUXILIARIES = TABLE_MODALS | BE | HAVE | word_set("do does did done doing")
# Adverbs that may stand between an auxiliary (or a subject) and its verb.
ADVERBS = AUX_ADVERBS | word_set("first then later")
# What opens an object: a verb followed by one is active ("what we do is share your ...").
OBJECT_OPENERS = DETERMINERS | word_set("it them him her me us you")


class Slip(NamedTuple):
    verb: int  # the token of the wrong form
    trigger: int  # the auxiliary or pronoun that wants another form
    forms: tuple[str, ...]  # the forms it takes, likeliest first


@cache
def _counts() -> Counts:
    return Counts(DATA, floor=FLOOR)


def _pair(first: str, second: str) -> float:
    return _counts().block(first).after.get(second) or 0.0


def _verb_after(words: Words, trigger: int) -> int:
    """The token after ``trigger`` that a verb form would fill, past one adverb ("can
    probably accommodate"), or -1 when none follows in the same sentence."""
    j = trigger + 1
    for _ in range(2):
        if j >= len(words.texts) or j in words.sentence_starts:
            return -1
        if words.gap_before(j) not in (" ", "\n"):
            return -1
        low, text = words.lowers[j], words.texts[j]
        if low == "no":
            return -1  # "is no use", "has no end": a noun phrase follows
        if low in ADVERBS or (low.endswith("ly") and len(low) > 4):
            j += 1
            continue
        if low in AUXILIARIES or not (text.isalpha() and text.islower()):
            return -1
        return j
    return -1


def _trigger_ok(words: Words, i: int) -> bool:
    """The trigger is a function word here: lowercase (or a sentence's first word) and
    not a noun after a determiner ("his will states", "the may pole")."""
    text = words.texts[i]
    if not (text.islower() or (i in words.sentence_starts and text[1:].islower())):
        return False
    if i == 0 or i in words.sentence_starts:
        return True
    before = words.lowers[i - 1]
    # "his will states", "of divine will exists": the noun
    return before not in DETERMINERS | PREPOSITIONS and tags.codes(before)[:1] != "j"


def _plain_after(words: Words, trigger: int) -> Slip | None:
    """After a modal, "to" or "does not": a verb in -s is a slip for the plain form."""
    low = words.lowers[trigger]
    if low in NEGATED_DO:
        nxt = trigger + 1
        if nxt >= len(words.texts) or words.lowers[nxt] not in ("not", "n't"):
            return None  # "what he does matters": "does" is the main verb
    j = _verb_after(words, trigger)
    if j < 0:
        return None
    verb = words.lowers[j]
    codes = tags.codes(verb)
    # After "to", a word that can be a plural noun may be one ("changes to supports").
    if codes[:1] != "z" or "n" in codes or (low == "to" and "s" in codes):
        return None
    plain = tags.plain_form(verb)
    if not plain or _pair(low, verb) * RATIO > max(_pair(low, plain), FLOOR):
        return None
    # "to floats", "to mars": "to" is also a preposition; only a verb that follows "to"
    # very often ("to enable") tells the slip from a noun.
    if low == "to" and _pair(low, plain) < RATIO * CUT_OFF:
        return None
    return Slip(j, trigger, (plain,))


def _by_usage(words: Words, trigger: int, j: int, candidates: list[str]) -> Slip | None:
    """The forms written after the trigger ``RATIO`` times as often as the verb at ``j``
    as it stands, likeliest first."""
    low, verb = words.lowers[trigger], words.lowers[j]
    written = _pair(low, verb)
    needed = written * RATIO if written else SEEN
    forms = sorted(
        (c for c in set(candidates) if c and c != verb and _pair(low, c) >= needed),
        key=lambda c: -_pair(low, c),
    )
    return Slip(j, trigger, tuple(forms)) if forms else None


def _participle_after(words: Words, trigger: int) -> Slip | None:
    """After "be" or "have": a plain verb is a slip for its participle ("be use")."""
    j = _verb_after(words, trigger)
    if j < 0 or (trigger and words.lowers[trigger - 1] == "there"):
        return None  # "if there be harm": the old subjunctive
    low, verb = words.lowers[trigger], words.lowers[j]
    after = words.lowers[j + 1] if j + 1 < len(words.texts) else ""
    if after == "of" or (low in BE and after in OBJECT_OPENERS):
        return None  # "have hold of", "all we do is describe their work"
    codes = tags.codes(verb)
    if low in ("be", "been", "being"):
        # a verb, or a word also a noun that a passive's preposition follows ("be use in")
        fits = codes[:1] == "v" or ("v" in codes and after in PREPOSITIONS)
    elif low in HAVE:
        # "have access", "have change": nouns; "have write access": a compound's first word
        fits = codes[:1] == "v" and tags.codes(after)[:1] not in ("n", "j")
    else:
        fits = "v" in codes and "n" not in codes  # "the remedy is delay": a noun
    return _by_usage(words, trigger, j, [tags.participle(verb)]) if fits else None


def _tense_after(words: Words, trigger: int) -> Slip | None:
    """After a subject pronoun: a bare "-ing" form is a slip for a tense ("We
    delivering" -> "deliver", "we first starting" -> "started")."""
    if trigger and words.lowers[trigger - 1] in AUXILIARIES:
        return None  # a question: "Are we running late?"
    j = _verb_after(words, trigger)
    if j < 0 or not words.lowers[j].endswith("ing"):
        return None
    verb = words.lowers[j]
    if tags.codes(verb)[:1] != "g":
        return None  # "we wedding": no verb
    plain = _plain_of_ing(verb)
    if not plain:
        return None
    return _by_usage(words, trigger, j, [plain, tags.s_form(plain), tags.participle(plain)])


def _plain_of_ing(verb: str) -> str:
    """The plain verb of an -ing form ("delivering" -> "deliver", "making" -> "make",
    "stopping" -> "stop"), or "" when the lexicon knows none."""
    stem = verb[:-3]
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate and "v" in tags.codes(candidate):
            return candidate
    return ""


def verb_form_slips(words: Words) -> Iterator[Slip]:
    for i in words.find(TABLE_MODALS | NEGATED_DO | BE | HAVE | SUBJECTS | {"to"}):
        if not _trigger_ok(words, i):
            continue
        low = words.lowers[i]
        if low in BE or low in HAVE:
            slip = _participle_after(words, i)
        elif low in SUBJECTS:
            slip = _tense_after(words, i)
        else:
            slip = _plain_after(words, i)
        if slip is not None:
            yield slip


class VerbFormAfterAuxiliary(Rule):
    id = "NL616"
    scope = PARAGRAPH
    name = "verb-form"
    category = "typos"
    severity = "warning"
    message = "A verb form its auxiliary cannot take."
    docs = """
    Flags a verb in a form its auxiliary or subject cannot take: a verb in -s after a
    modal, "to" or "does not" ("recruiting can implicates" -> "implicate"), a plain
    verb where "be" or "have" wants the participle ("the niche can be use in layout"
    -> "used", "you have see" -> "seen"), and a bare "-ing" after "we", "they", "I",
    "he" or "she" ("We delivering code" -> "deliver"). English forms its verb phrases
    this way (Chicago 5.105-5.138 on verb forms and auxiliaries). After a modal the
    grammar decides; elsewhere usage does: the pair as written must be written at least
    a hundred times less often than the pair with the other form (symspellpy's
    word-pair counts), so "be part of", "have access" and "it being" stand. The fix is
    unsafe: read the sentence.
    """
    bad = (
        "Hiring delays can [[implicates=>implicate]] the schedule.",
        "The setting can be [[use=>used]] in layout.",
        "If you have [[see=>seen]] the report, say so.",
        "The agency does not [[supports=>support]] the bill.",
        "We [[delivering=>deliver]] code every week.",
    )
    good = (
        "Hiring delays can implicate the schedule.",
        "The setting can be used in layout.",
        "It will be part of the plan.",
        "They have access to the files.",
        "What he does matters most.",
        "His will states that the house goes to her.",
        "The changes to supports for families begin in May.",
        "It being late, we left.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for slip in verb_form_slips(words):
            trigger, written = words.texts[slip.trigger], words.texts[slip.verb]
            message = f"After '{trigger}', '{written}' takes another form: '{slip.forms[0]}'."
            yield Finding(words.starts[slip.verb], words.ends[slip.verb], message, slip.forms)


# Adjectives with an -ly form that stand before a verb as adverbs of their own.
NOT_MANNER = word_set("first second third last next least most only early daily likely")


def _adverb_of(adjective: str) -> str:
    """The -ly adverb of an adjective the lexicon knows ("necessary" -> "necessarily",
    "simple" -> "simply", "basic" -> "basically", "true" -> "truly"), or ""."""
    if adjective.endswith("y"):
        candidates = [adjective[:-1] + "ily"]
    elif adjective.endswith("le"):
        candidates = [adjective[:-1] + "y"]
    elif adjective.endswith("ic"):
        candidates = [adjective + "ally"]
    elif adjective.endswith("ue"):
        candidates = [adjective[:-1] + "ly"]
    else:
        candidates = [adjective + "ly"]
    for candidate in candidates:
        if tags.codes(candidate)[:1] == "r" and lexicon.is_word(candidate):
            return candidate
    return ""


def adjective_slips(words: Words) -> Iterator[tuple[int, str]]:
    """Each adjective between an auxiliary and its verb, with its adverb: "You don't
    necessary need" -> "necessarily"."""
    for i in words.find(TABLE_MODALS | DO_FORMS):
        j = i + 1
        if j < len(words.texts) and words.lowers[j] in ("not", "n't"):
            j += 1
        elif words.lowers[i] in DO_FORMS and not words.lowers[i].endswith("n't"):
            continue  # "do serious work": "do" is the verb
        verb = j + 1
        if verb >= len(words.texts) or not _trigger_ok(words, i):
            continue
        if any(words.gap_before(k) not in (" ", "\n") for k in (j, verb)):
            continue
        low = words.lowers[j]
        if not (words.texts[j].isalpha() and words.texts[j].islower()) or low in NOT_MANNER:
            continue
        codes = tags.codes(low)
        if codes[:1] != "j" or {"r", "v", "n"} & set(codes):
            continue  # "can clear", "will real": also a verb, an adverb or a noun
        if words.lowers[verb] in PREPOSITIONS:
            continue  # "will sober up": the adjective is the verb, the lexicon lacks it
        if "v" not in tags.codes(words.lowers[verb]) or not words.texts[verb].islower():
            continue
        adverb = _adverb_of(low)
        if adverb:
            yield j, adverb


class AdjectiveForAdverb(Rule):
    id = "NL618"
    scope = PARAGRAPH
    name = "adjective-for-adverb"
    category = "typos"
    severity = "warning"
    message = "An adjective where the verb wants an adverb."
    docs = """
    Flags an adjective between an auxiliary and its verb, where only an adverb fits:
    "You don't necessary need a big team" ("necessarily"), "The agency will definite
    review it" ("definitely"). An adverb, not an adjective, modifies a verb (Chicago
    5.153-5.159; AP Stylebook, "-ly"). The word must be an adjective and nothing else
    in the parts-of-speech lexicon, the next word a verb, and the adverb a dictionary
    word, so "can clear", "will first need" and "do good work" stand. The fix is
    unsafe: read the sentence.
    """
    bad = (
        "You don't [[necessary=>necessarily]] need a big team.",
        "The agency will [[definite=>definitely]] review the rule.",
    )
    good = (
        "You don't necessarily need a big team.",
        "The county will first need a vote.",
        "Crews can clear the road by noon.",
        "They do good work.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for j, adverb in adjective_slips(words):
            message = f"'{words.texts[j]}' modifies a verb here: '{adverb}'."
            yield Finding(words.starts[j], words.ends[j], message, (adverb,))
