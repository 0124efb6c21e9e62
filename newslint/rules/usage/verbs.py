"""Verb confusions: lead/led, lose/loose."""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import Context, Example

from .context import (
    BE_FORMS,
    DETERMINERS,
    DO_FORMS,
    FUNCTION_WORDS,
    HAVE_FORMS,
    MODALS,
    POSSESSIVES,
    PREPOSITIONS,
    ConfusableRule,
    Verdict,
    Window,
    same,
    words,
)

# Words before "lead" that make it a present-tense or infinitive verb, or a noun.
LEAD_IS_FINE = (
    MODALS
    | DO_FORMS
    | DETERMINERS
    | words(
        "to i you we they help helps helped let lets will not n't",
        "and or",
    )
) - words("that which")
# A singular subject cannot take the plural present "lead": "a tip that lead to".
SINGULAR_MASS = words(
    "information evidence work assistance testimony tip report probe",
    "investigation inquiry audit search decision pandemic",
)


class LeadLed(ConfusableRule):
    id = "NL207"
    name = "lead-led"
    docs = """
    Led is the past tense and past participle of the verb lead; lead (the metal, or the
    present tense) is a common slip for it. The rule flags "lead" where only the past
    fits: after "has", "had", "was" or "were" with "to" or "by" following ("had lead
    to", "was lead by"), after a singular subject or "he"/"she"/"it" ("the tip lead to
    an arrest"), and "lead by" naming who led ("a team lead by the FBI"). It flags "led"
    after a modal or "to" ("will led" is "will lead").
    AP Stylebook, "lead, led"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The inquiry had [[lead=>led]] to two arrests.",
            fixed="The inquiry had led to two arrests.",
        ),
        "The task force was [[lead=>led]] by a former prosecutor.",
        "The tip [[lead=>led]] to an arrest in March.",
        "A team [[lead=>led]] by the FBI searched the house.",
        "The mayor will [[led=>lead]] the delegation.",
    )
    good = (
        "The changes could lead to higher fares.",
        "She was lead counsel in the case.",
        "Police took the lead in the search.",
        "These conditions lead to delays.",
        "The inquiry led to two arrests.",
        "They lead by example.",
    )
    targets = words("lead led")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        nxt = w.word(1)
        prev = w.word(-1)
        if w.tok.lower == "led":
            if prev in MODALS or (prev == "to" and w.word(-2) in words("want wants going able")):
                return same(w, "lead")
            return None
        by_agent = nxt == "by" and w.word(2) not in ("example", "a", "an")
        if by_agent and prev not in LEAD_IS_FINE and prev not in PREPOSITIONS:
            return same(w, "led")
        before = w.prev_skipping()
        if before in HAVE_FORMS and nxt in words("to the a an by") | POSSESSIVES:
            return same(w, "led")
        if (before in BE_FORMS and nxt in ("to", "by") and w.word(2) != "the") or (
            before in BE_FORMS and nxt == "by"
        ):
            return same(w, "led")
        if nxt == "to" and (before in ("he", "she", "it") or before in SINGULAR_MASS):
            return same(w, "led")
        if nxt == "to" and before in ("that", "which") and w.word(-2) in SINGULAR_MASS:
            return same(w, "led")
        if nxt == "to" and prev == "and" and _past_sentence(w):
            return same(w, "led")  # "forced the class to work virtually and lead to a pause"
        return None


PRESENT_OR_FUTURE = MODALS | DO_FORMS | words("is are has have am 's")


def _past_sentence(w: Window) -> bool:
    """The clause before "and" is told in the past: a past verb, and nothing present."""
    past = False
    for k in range(2, 30):
        tok = w.at(-k)
        if tok is None:
            break
        low = tok.lower
        if low in PRESENT_OR_FUTURE:
            return False
        if low in words("was were had did") or (
            low.endswith("ed") and len(low) > 4 and w.word(-k - 1) not in DETERMINERS
        ):
            past = True
    return past


# Verbs that set something loose: "broke loose", "cut loose", "let loose".
LOOSEN = words(
    "break broke broken breaking cut cuts cutting let lets letting turn turned",
    "set came come comes coming get got gets getting run ran running knock knocked",
    "shake shook shaken tear tore torn pry pried hang wriggle wriggled work worked",
    "shook fall fell falling",
)
LOSE_AFTER = MODALS | DO_FORMS | words("to i we you they not never always")


class LoseLoose(ConfusableRule):
    id = "NL208"
    name = "lose-loose"
    docs = """
    Lose is the verb (to misplace, to be defeated); loose is the adjective (not tight,
    free). The rule flags "loose" used as a verb (after a modal, "to" or a subject: "could
    loose their jobs", "I always loose the password") and "lose" after a verb of
    freeing ("broke lose", "knocked lose") or in "on the lose" and "at a lose" (loss).
    AP Stylebook, "lose, loose"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "Workers could [[loose=>lose]] their jobs.", fixed="Workers could lose their jobs."
        ),
        "I always [[loose=>lose]] the password.",
        "The boat broke [[lose=>loose]] from its moorings.",
        "A bear is on the [[lose=>loose]] in the park.",
        Example(
            "Officials were at a [[lose=>loss]] to explain it.",
            fixed="Officials were at a loss to explain it.",
        ),
    )
    good = (
        "The bolts were loose.",
        "The dogs broke loose.",
        "Workers could lose their jobs.",
        "The senator may lose the primary.",
        "A loose coalition formed.",
    )
    targets = words("lose loose loosing")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        word, prev, nxt = w.tok.lower, w.word(-1), w.word(1)
        if word == "lose":
            if prev == "the" and w.word(-2) == "on":
                return same(w, "loose")
            if prev == "a" and w.word(-2) == "at":
                return same(w, "loss")
            if prev in LOOSEN and (nxt in PREPOSITIONS or nxt in ("", "and", ",")):
                return same(w, "loose")
            return None
        if word == "loosing":
            return (
                same(w, "losing") if w.word(1) in DETERMINERS | words("money sight track") else None
            )
        before = w.prev_skipping()
        nxt_tok = w.at(1)
        if (
            before in LOSE_AFTER
            and prev not in LOOSEN
            and nxt_tok is not None
            and (
                (nxt_tok.is_word and (nxt in DETERMINERS or nxt not in FUNCTION_WORDS))
                or nxt in ("so", "much")
            )
        ):
            return same(w, "lose")
        return None
