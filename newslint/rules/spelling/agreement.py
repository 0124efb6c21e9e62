"""NL615: a verb whose number is not its subject's ("The child thread take a reference").

No parser: the subject is a noun phrase that opens a clause and ends right before the
verb, read with the parts-of-speech lexicon (``tags``) and the closed word classes. Only
plain cases are judged, where the phrase's head and the verb each have one clear reading:

* a singular subject with a determiner that counts one ("this", "each", "a", "the") and
  a verb in its plain form: "This function flatten a list" -> "flattens";
* a plural subject and a verb in -s: "The results shows" -> "show", also through "that",
  "who" or "which": "items that costs less" -> "cost", and past a short "of" phrase:
  "The results of the audit shows".

One adverb may stand between subject and verb ("The results already shows"). Collective
nouns take AP's singular verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from newslint.analysis import Words
from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule
from newslint.rules.spelling import tags
from newslint.rules.usage.context import (
    BE_FORMS,
    DO_FORMS,
    HAVE_FORMS,
    MODALS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from newslint.rules.usage.context import words as word_set

SINGULAR_OPENERS = word_set("a an the this each every another its his her my your our their")
PLURAL_OPENERS = word_set(
    "the these those many several some all both few most such its his her my your our their"
)
# Words after which a clause, and so a subject, begins. Not "and" (it joins subjects:
# "Ann and the child take"), "that" or "if" (before a plain verb they often mark the
# subjunctive: "asked that the board vote", "if a man stay away").
CLAUSE_OPENERS = word_set(
    "when whenever while because although though since after before until unless once",
    "whereas where but so",
)
RELATIVES = word_set("that who which")
# Nouns whose verb may be singular or plural by sense: quantities and words plural in
# form ("The couple take", "A number of ... are", "The data show", "The police say").
# Collective nouns that denote a unit are not among them: AP gives them a singular verb
# ("The committee meets", "The public tends"; AP Stylebook, "collective nouns").
EITHER_NUMBER = word_set(
    "couple majority minority number total variety rest remainder half percent lot bunch",
    "pair plenty range host handful series species means headquarters data media police",
    "staff kind sort type none odds whereabouts news dozen score hundred thousand million",
    "billion",
)
# Collective nouns AP treats as one unit, whatever the lexicon's first reading ("public"
# is an adjective first).
COLLECTIVES = word_set(
    "team committee jury family group class crowd board council company government",
    "administration audience public crew army navy firm panel agency department",
)
# Verbs that can stand like modals without -s: "the defender need only survive".
MODAL_LIKE = word_set("need dare")
# Adverbs that may stand between a subject and its verb.
ADVERBS = word_set("already also often still always never usually now only just even rarely")
FINITE = MODALS | DO_FORMS | HAVE_FORMS | BE_FORMS
# A measure in the plural is often one amount: "Two years is a long time".
MEASURES = word_set(
    "dollars cents euros pounds percent years months weeks days hours minutes seconds",
    "miles feet inches yards meters metres kilometers acres tons gallons points degrees times",
)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
MAX_MODIFIERS = 3


def _plain_verb(words: Words, i: int) -> bool:
    """A verb in its plain present form and nothing else likely: a verb first in the
    lexicon, never a past ("put", "cut"), with a form in -s."""
    text = words.texts[i]
    if not (text.isalpha() and text.islower()):
        return False
    low = words.lowers[i]
    if low in MODAL_LIKE or _verb_follows(words, i) or _modifies_next(words, i):
        return False  # "the panda bear is", "the legacy detect function returns": nouns
    codes = tags.codes(low)
    if codes[:1] != "v" or {"d", "p"} & set(codes):
        return False
    following = words.lowers[i + 1] if i + 1 < len(words.texts) else ""
    if following in SUBJECT_PRONOUNS:
        return False  # "the core dump you have": a noun with a relative clause
    # Its -s form must be a verb first: "files" is mostly a plural noun, so "the source
    # file that" is a compound noun, while "takes" is a verb.
    s_form = tags.s_form(text)
    return bool(s_form) and tags.codes(s_form)[:1] == "z"


def _s_verb(words: Words, i: int, relative: bool) -> bool:
    """A verb in -s: first a verb in the lexicon, and a plural noun only if no verb
    follows; after a relative pronoun a verb reading may come second ("that costs less")."""
    text = words.texts[i]
    if not (text.isalpha() and text.islower()):
        return False
    low = words.lowers[i]
    if low in ("is", "was", "has", "does"):
        # "those threads that is": more likely "that is" (a new clause) than a relative
        return not (relative and words.lowers[i - 1] == "that")
    codes = tags.codes(low)
    if "z" not in codes or not tags.plain_form(low):
        return False
    if codes[0] == "z" and "s" not in codes:
        return True
    # "shows", "costs": also plural nouns, read as verbs when no verb follows them
    return (relative or codes[0] == "z") and not _verb_follows(words, i)


def _modifies_next(words: Words, i: int) -> bool:
    """Token ``i`` is a noun's modifier: the next word is a noun and a finite verb
    follows it ("The legacy detect function returns", "The download locations are")."""
    noun, verb = i + 1, i + 2
    if verb >= len(words.texts) or not words.texts[noun].isalpha():
        return False
    if tags.codes(words.lowers[noun])[:1] not in ("n", "s") or not words.texts[verb].isalpha():
        return False
    low = words.lowers[verb]
    return low in FINITE or "z" in tags.codes(low)


def _verb_follows(words: Words, i: int) -> bool:
    """The word after token ``i`` is a verb or an auxiliary."""
    nxt = i + 1
    if nxt >= len(words.texts) or not words.texts[nxt].isalpha():
        return False
    low = words.lowers[nxt]
    return low in FINITE or tags.codes(low)[:1] in ("v", "z", "d", "p")


def _noun_head(words: Words, i: int, plural: bool) -> bool:
    text, low = words.texts[i], words.lowers[i]
    if low in EITHER_NUMBER or low.endswith("ics") or (plural and low in MEASURES):
        return False  # "politics", "graphics": either number
    if low.endswith("ing"):
        return False  # "the building block for": a gerund modifies the next noun
    if plural and _ACRONYM_PLURAL.fullmatch(text):
        return True  # "APIs"
    # "Officials says"; but "Requests is" names a thing the story writes capitalised
    opens = i in words.sentence_starts and text[1:].islower() and not _a_name(words, i)
    if not (text.isalpha() and (text.islower() or opens)):
        return False
    if not plural and low in COLLECTIVES:
        return True
    codes = tags.codes(low)
    return codes[:1] == ("s" if plural else "n") and (plural or "s" not in codes)


def _a_name(words: Words, i: int) -> bool:
    """The story writes this capitalised word mid-sentence too: a name."""
    text = words.texts[i]
    return any(
        words.texts[j] == text and j not in words.sentence_starts
        for j in words.find((words.lowers[i],))
    )


def _modifier(words: Words, i: int) -> bool:
    """A word that may stand inside a noun phrase before its head: an adjective, a noun
    or a past participle ("the defined period"), or a capitalised name ("mock APIs")."""
    text = words.texts[i]
    if not text[:1].isalpha() or not text.replace("-", "").isalpha():
        return False
    if text[:1].isupper() and i not in words.sentence_starts:
        return True
    # Not a plural noun or an -ing word: "The things most worth reading are", "having
    # opinions is" have other subjects.
    if words.lowers[i].endswith("ing"):
        return False  # "Building translators is": a gerund's object, not a modifier
    return tags.codes(words.lowers[i])[:1] in ("n", "j", "p") or "-" in text


def _opens_clause(words: Words, i: int) -> bool:
    """Whether token ``i`` begins a clause: a sentence's start, or after a subordinator."""
    if i in words.sentence_starts:
        return True
    if i == 0 or words.gap_before(i) not in (" ", "\n"):
        return False
    return words.lowers[i - 1] in CLAUSE_OPENERS or words.texts[i - 1] in (";", ":")


def _subject_start(words: Words, head: int, plural: bool) -> int:
    """Where the subject ending at ``head`` starts (its determiner, or for a plural its
    first word), or -1 when no clause-opening subject ends there."""
    openers = PLURAL_OPENERS if plural else SINGULAR_OPENERS
    j = head - 1
    for _ in range(MAX_MODIFIERS + 1):
        if plural and _opens_clause(words, j + 1):
            return j + 1  # a bare plural: "Officials says"
        if j < 0 or words.gap_before(j + 1) not in (" ", "\n"):
            return -1
        if words.lowers[j] in openers:
            return j if _opens_clause(words, j) else -1
        if not _modifier(words, j):
            return -1
        j -= 1
    return -1


class Slip(NamedTuple):
    verb: int  # the verb's token
    head: int  # the subject's head noun
    plural: bool  # whether the subject is plural
    form: str  # the verb form that agrees ("" when none is known)


def _own_antecedent(words: Words, noun: int) -> bool:
    """Whether a relative clause after ``noun`` can only be about it: its phrase follows
    no preposition or "and" ("one of the files that looks", "the sequence of events
    that provides" are about "one" and "sequence", or disputed)."""
    j = noun - 1
    while j >= 0 and (words.lowers[j] in PLURAL_OPENERS or _modifier(words, j)):
        if words.lowers[j] in PLURAL_OPENERS:
            j -= 1
            break
        j -= 1
    return j < 0 or words.lowers[j] not in PREPOSITIONS | {"and", "or", "of"}


def _subject_heads(words: Words) -> list[int]:
    """The tokens that may end a clause-opening subject: the first few of each sentence
    and after each subordinator. Only these are looked up: most words of a story are
    never a subject's last."""
    reach = MAX_MODIFIERS + 2  # the determiner, its modifiers and the head
    heads: set[int] = set()
    for start in words.sentence_starts:
        heads.update(range(start, start + reach))
    for opener in words.find(CLAUSE_OPENERS | {";", ":"}):
        heads.update(range(opener + 1, opener + 1 + reach))
    return sorted(h for h in heads if h + 1 < len(words.texts))


def agreement_slips(words: Words) -> Iterator[Slip]:
    """Each verb that disagrees with its subject, with the form that agrees."""
    lowers = words.lowers
    for relative in words.find(RELATIVES):
        i, antecedent = relative + 1, relative - 1
        if antecedent < 0 or i >= len(lowers) or not _verb_slot(words, i):
            continue
        if words.texts[relative] not in RELATIVES or words.gap_before(relative) != " ":
            continue  # "Who" opening a new line is no relative pronoun
        if (
            _noun_head(words, antecedent, plural=True)
            and _s_verb(words, i, relative=True)
            and _own_antecedent(words, antecedent)
        ):
            yield Slip(i, antecedent, True, tags.plain_form(lowers[i]))
    for head in _subject_heads(words):
        if lowers[head] in RELATIVES or not _verb_slot(words, head + 1):
            continue
        if _noun_head(words, head, plural=False):
            i = _past_adverb(words, head + 1)
            if (
                i + 1 < len(lowers)
                and lowers[i + 1] != "of"  # "A side affect of": a noun after all
                and _plain_verb(words, i)
                and _subject_start(words, head, plural=False) >= 0
            ):
                yield Slip(i, head, False, tags.s_form(lowers[i]))
        elif _noun_head(words, head, plural=True) and _subject_start(words, head, True) >= 0:
            i = _past_adverb(words, _past_of_phrase(words, head + 1))
            if _s_verb(words, i, relative=False):
                yield Slip(i, head, True, tags.plain_form(lowers[i]))


def _past_adverb(words: Words, i: int) -> int:
    """The token after an adverb at ``i`` ("The results already show"), else ``i``."""
    if i + 1 < len(words.texts) and _verb_slot(words, i + 1):
        low = words.lowers[i]
        if low in ADVERBS or (low.endswith("ly") and "r" in tags.codes(low)[:1]):
            return i + 1
    return i


def _past_of_phrase(words: Words, i: int) -> int:
    """The token after an "of" phrase at ``i`` that a plural subject's verb may follow
    ("Nightly builds of Rust already demonstrates"), else ``i``. The phrase is a
    determiner and one or two nouns or names, no measure ("Millions of dollars was")."""
    if i >= len(words.texts) or words.lowers[i] != "of":
        return i
    j = i + 1
    if j < len(words.texts) and words.lowers[j] in PLURAL_OPENERS | SINGULAR_OPENERS:
        j += 1
    nouns = 0
    while nouns < 2 and j < len(words.texts) and _verb_slot(words, j):
        text, low = words.texts[j], words.lowers[j]
        if not text.isalpha() or low in MEASURES:
            return i
        if not (text[:1].isupper() or tags.codes(low)[:1] in ("n", "s", "j")):
            break
        nouns, j = nouns + 1, j + 1
    return j if nouns else i


def _verb_slot(words: Words, i: int) -> bool:
    """Token ``i`` follows its neighbour in the same sentence, a space or a line apart."""
    return i not in words.sentence_starts and words.gap_before(i) in (" ", "\n")


class SubjectVerbAgreement(Rule):
    id = "NL615"
    scope = PARAGRAPH
    name = "subject-verb-agreement"
    category = "typos"
    severity = "warning"
    message = "The verb does not agree with its subject in number."
    docs = """
    Flags a present-tense verb whose number is not its subject's: "This function
    flatten a list" (one function: "flattens"), "The results shows a gain" (several:
    "show"), "items that costs less" ("cost"). A verb agrees with its subject in number
    (AP Stylebook, "collective nouns" and "verbs"; Chicago 5.138). Without a parser the
    rule judges only a subject it can read plainly: a noun phrase that opens the
    sentence or a clause ("when", "because", "if"...) and ends right before the verb,
    with a head noun and a verb the parts-of-speech lexicon gives one clear reading.
    Collective nouns and quantities ("the couple", "the staff", "the data", "two
    years"), the subjunctive after "that" ("asked that the board vote"), objects ("let
    the child take"), questions and quotations are left alone. The fix is unsafe: read
    the sentence.
    """
    bad = (
        "This function [[flatten=>flattens]] a nested list.",
        "The child thread [[take=>takes]] a reference to the vector.",
        "The early results [[shows=>show]] a gain.",
        "It covers items that [[costs=>cost]] less than $3,000.",
        "When the new rules [[takes=>take]] effect, fees rise.",
    )
    good = (
        "This function flattens a nested list.",
        "The early results show a gain.",
        "The board asked that the mayor resign.",
        "Let the child take a turn.",
        "Ann and the child take the bus.",
        "Two years is a long time.",
        "The staff work late.",
        "He said the costs rose.",
        "The reports that costs will rise were wrong.",
        "Did the council vote?",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for slip in agreement_slips(words):
            if not slip.form:
                continue
            number = "plural" if slip.plural else "singular"
            message = f"'{words.texts[slip.head]}' is {number}, so the verb is '{slip.form}'."
            yield Finding(words.starts[slip.verb], words.ends[slip.verb], message, (slip.form,))
