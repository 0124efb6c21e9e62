"""their (belonging to them), there (that place; "there is"), they're (they are)."""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import STORY, Context, Example

from .context import (
    BE_FORMS,
    FUNCTION_WORDS,
    MODALS,
    NOT_ADVERBS,
    NUMBER_WORDS,
    TIME_WORDS,
    ConfusableRule,
    Token,
    Verdict,
    Window,
    same,
    words,
)

# Words after which a noun phrase, not the adverb "there", is expected. Prepositions that
# pair with the adverb ("from there", "over there", "up there", "by there") are left out.
BEFORE_POSSESSIVE = words(
    "about across against among around at behind between beyond despite during for in into",
    "of on onto to toward towards under upon with within without through throughout",
    "regarding including aside",
)
# Common transitive verbs whose object is often "their ..." in news copy.
TRANSITIVE = words(
    "manage managed report reported share shared protect protected defend defended lose lost",
    "keep kept raise raised voice voiced express expressed spend spent pay paid file filed",
    "support supported change changed sell sold give gave show showed close closed leave",
    "left win won chart love loved follow followed pursue pursued exercise exercised earn",
    "earned save saved risk risked present presented submit submitted complete completed",
    "announce announced withdraw withdrew finish finished continue continued begin began",
    "start started conduct conducted abandon abandoned resume resumed did made took lead led",
    "set do make take",
)
# Verbs that follow an existential "there" ("there remain", "there appears to be").
EXISTENTIAL = words(
    "remain remains remained exist exists existed appear appears appeared seem seems seemed",
    "arise arises arose come comes came follow follows followed emerge emerges emerged stand",
    "stands stood lie lies lay live lives lived ensue ensued occur occurs occurred used",
    "ought need needs goes go went sits sat",
)
# Words that, right after "there" or a noun, show a clause going on ("there said", "is").
CLAUSE_GOING_ON = words(
    "is are was were has have had said says say will would can could may might should must",
    "do does did told tell think believe want expect matters",
)
BE_NOW = words("is are was were isn't aren't wasn't weren't")
MODAL_BE = words("might may could would should must seems seem appears appear used")


def _noun_like(tok: Token | None) -> bool:
    """A lowercase content word that could head a noun phrase after a possessive."""
    if tok is None or not tok.is_word or tok.capitalized:
        return False
    low = tok.lower
    if low in FUNCTION_WORDS or low in TIME_WORDS or low in NUMBER_WORDS or low in EXISTENTIAL:
        return False
    if low in CLAUSE_GOING_ON or "'" in low:
        return False
    return not (low.endswith("ly") and low not in NOT_ADVERBS)


class TheirThere(ConfusableRule):
    id = "NL202"
    scope = STORY  # a fix that adds an apostrophe uses the one the story uses
    name = "their-there"
    docs = """
    Their is the possessive ("their finances"), there the place or the subject of "there
    is", they're the contraction of "they are". The rule reads the next words: "there"
    or "they're" before a noun after a preposition or a transitive verb ("manage there
    finances", "on they're own") should be "their"; "their" or "they're" before "is",
    "are", "was" or "might be" should be "there". A locative "there" followed by a verb
    ("officials there said") or a time ("worked there years") is left alone.
    AP Stylebook, "their, there, they're"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    The rule does not police singular "their"
    ("each student remembered their homework"): the AP Stylebook accepts it.
    """
    bad = (
        Example(
            "The firm agreed to manage [[there=>their]] finances more carefully.",
            fixed="The firm agreed to manage their finances more carefully.",
        ),
        "Judges have seen contentious issues in [[there=>their]] courtrooms.",
        "The families were left on [[they're=>their]] own.",
        Example(
            "Beyond the headlines, [[their=>there]] are other gains.",
            fixed="Beyond the headlines, there are other gains.",
        ),
        "[[They're=>There]] was a robbery downtown.",
        "The settlement covers agents and [[there=>their]] activities in this country.",
    )
    good = (
        "Their lawyers filed the motion.",
        "There are three candidates.",
        "Officials there said the road was closed.",
        "She worked there for years.",
        "Were there delays at the airport?",
        "From there prosecutors moved to the next case.",
        "They're expected to appeal.",
        "There remain several questions about their plan.",
    )
    targets = words("there their they're")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        word = w.tok.lower
        nxt = w.at(1)
        nxt_word = nxt.lower if nxt else ""
        if word == "their":
            if nxt_word in BE_NOW or (nxt_word in ("has", "have") and w.word(2) == "been"):
                return same(w, "there")
            if nxt_word in MODAL_BE and w.word(2) in ("be", "to"):
                return same(w, "there")
            return None
        if word == "they're":
            if nxt_word in BE_NOW or nxt_word in ("has",):
                return same(w, "there")
            if nxt_word == "own":
                return same(w, "their")
            prev = w.word(-1)
            if (prev in BEFORE_POSSESSIVE or prev in BE_FORMS) and _possessed(w):
                return same(w, "their")
            return None
        # there
        if nxt_word == "own":
            return same(w, "their")
        prev = w.word(-1)
        if prev in BE_FORMS | MODALS and _question(w):
            return None
        if prev in BEFORE_POSSESSIVE | TRANSITIVE | {"and"} | BE_FORMS and _possessed(w):
            if prev == "and" and not nxt_word.endswith("s"):
                return None
            return same(w, "their")
        return None


def _possessed(w: Window) -> bool:
    """The words after the target read as a noun phrase that ends the clause."""
    k = 1
    # up to two modifiers and a head noun: "there personal gain", "there old parents"
    while k <= 3 and _noun_like(w.at(k)):
        k += 1
    if k == 1:
        return False
    after = w.at(k)
    return after is None or not after.is_word or after.lower not in CLAUSE_GOING_ON


def _question(w: Window) -> bool:
    """ "Were there delays?" / "Why are there delays?": an inverted question."""
    before = w.at(-2)
    return (
        before is None
        or before.text == ","
        or before.lower in words("why how what when where who whether if and but or so")
    )
