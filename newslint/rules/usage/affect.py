"""affect (the verb: to influence) and effect (the noun: a result; the verb: to bring about)."""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import Context, Example

from .context import (
    BE_FORMS,
    DO_FORMS,
    HAVE_FORMS,
    MODALS,
    PREPOSITIONS,
    ConfusableRule,
    Verdict,
    Window,
    same,
    words,
)

# "effect" as a verb means to bring about: its objects are changes and transactions.
BRING_ABOUT = words(
    "change changes reform reforms transfer transfers transition service payment payments",
    "delivery repairs repair cure rescue escape arrest arrests settlement compromise merger",
    "sale sales purchase transaction transactions recovery turnaround reconciliation",
    "improvement improvements entry withdrawal release removal exchange conversion closure",
    "shift shifts revolution overhaul savings reductions cuts policy policies peace",
    "transformation restructuring reorganization takeover acquisition seizure",
)
# Adverbs that only modify verbs: "adversely effect" must be the verb affect.
VERB_ADVERBS = words(
    "adversely negatively positively directly indirectly seriously severely significantly",
    "greatly badly drastically dramatically profoundly disproportionately materially",
    "substantially deeply heavily strongly unduly unfairly detrimentally negatively",
    "differently equally favorably unfavorably",
)
# Who is affected by something (subjects of "were effected").
AFFECTED_PEOPLE = words(
    "i we they you he she people residents families communities businesses victims those",
    "many thousands millions customers workers employees students children areas states",
    "counties cities towns neighborhoods patients consumers taxpayers users members others",
    "individuals farmers homeowners travelers passengers schools companies firms agencies",
    "courts programs operations",
)
# Words that make "affect" a noun when they stand right before it.
NOUN_MAKERS = words(
    "a an the same immediate adverse negative positive significant profound chilling ripple",
    "domino desired opposite net overall cumulative lasting major minor direct indirect real",
    "dramatic devastating harmful detrimental beneficial calming psychological economic",
    "financial full greenhouse butterfly placebo combined intended unintended practical",
    "deterrent cooling knock-on little much no any what side",
)
# Determiners that also stand alone as pronouns ("changes that affect the courts").
PRONOMINAL = words("that this these those which all both many some each")
TAKE = words("take takes took taken taking")


class AffectEffect(ConfusableRule):
    id = "NL201"
    name = "affect-effect"
    docs = """
    Affect is usually the verb (to influence: "the ruling may not affect his demands");
    effect is usually the noun (a result: "the effect of the ruling", "in effect", "take
    effect"). Effect is also a verb meaning to bring about ("to effect change"), which is
    why a word list cannot catch the slip: the rule reads the context. It flags "effect"
    used as a verb (after a modal, "to", a subject or a verb-only adverb such as
    "adversely") unless its object is something brought about (change, reform, a
    transfer...), and "affect" used as a noun (after an article or an adjective such as
    "immediate", or in "in affect", "take affect", "cause and affect").
    AP Stylebook, "affect, effect"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The ruling may not, however, [[effect=>affect]] Sessions's demands for compliance.",
            fixed="The ruling may not, however, affect Sessions's demands for compliance.",
        ),
        "Funding Shortfalls Adversely [[Effect=>Affect]] Key Programs",
        "The storm is no longer [[effecting=>affecting]] flights out of Denver.",
        "Thousands of residents were badly [[effected=>affected]] by the flooding.",
        Example(
            "The new rules had an immediate [[affect=>effect]] on prices.",
            fixed="The new rules had an immediate effect on prices.",
        ),
        "The ban took [[affect=>effect]] at midnight.",
        "Parking fees are in [[affect=>effect]] all year.",
        "Officials warned of the side [[affects=>effects]] of the drug.",
    )
    good = (
        "The effect of the ruling is unclear.",
        "Advocates hope to effect change in the city.",
        "In effect, the order ends the program.",
        "The ban takes effect Monday.",
        "The cuts will affect schools in three counties.",
        "The changes that affect the courts were approved.",
        "The council voted to effect a transfer of the land.",
        "The mayor said the ruling would have no effect on the budget.",
    )
    targets = words("effect effects effected effecting affect affects")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        word = w.tok.lower
        if word.startswith("effect"):
            return self._effect_as_verb(w, word)
        return self._affect_as_noun(w, word)

    def _effect_as_verb(self, w: Window, word: str) -> Verdict | None:
        after = w.after(4)
        if any(a in BRING_ABOUT for a in after):
            return None
        fix = "affect" + word[len("effect") :]
        if word == "effected" and w.word(-1) in VERB_ADVERBS:
            return same(w, fix)  # "badly effected", with or without an agent
        nxt = w.at(1)
        no_object = (
            nxt is None or not (nxt.is_word or nxt.text == "$") or (nxt.lower in PREPOSITIONS)
        )
        # no object follows ("the effect.", "the effect of"), unless a passive agent does
        if no_object and not (word == "effected" and nxt is not None and nxt.lower == "by"):
            return None
        prev = w.word(-1)
        before = w.prev_skipping()
        verb_adverb = prev in VERB_ADVERBS
        if word == "effect":
            if verb_adverb or before in MODALS | DO_FORMS | {"to", "i", "we", "they", "you"}:
                return same(w, fix)
            return None
        if word == "effects":
            if verb_adverb or before in {"he", "she", "it", "which", "who", "this"}:
                return same(w, fix)
            return None
        if word == "effecting":
            if verb_adverb or before in BE_FORMS | {"without", "not"}:
                return same(w, fix)
            return None
        # effected
        if verb_adverb or before in HAVE_FORMS | MODALS:
            return same(w, fix)
        if before in BE_FORMS:
            subject = _subject_before_be(w)
            if subject in AFFECTED_PEOPLE:
                return same(w, fix)
        if prev in AFFECTED_PEOPLE and w.word(1) == "by":
            return same(w, fix)
        return None

    def _affect_as_noun(self, w: Window, word: str) -> Verdict | None:
        fix = "effect" + word[len("affect") :]
        prev, nxt = w.word(-1), w.word(1)
        if prev == "-" and w.word(-2) == "side":
            return Verdict("side " + fix, w.i - 2, w.i)
        if prev in ("in", "into") and nxt not in ("the", "a", "an"):
            return same(w, fix)
        if prev in TAKE or (prev == "and" and w.word(-2) == "cause"):
            return same(w, fix)
        if prev == "no" and w.word(-2) == "to":
            return same(w, fix)
        if prev in PRONOMINAL:
            return None
        if prev in ("any", "no", "little", "much", "what") or prev in (
            "his",
            "her",
            "its",
            "their",
            "our",
        ):
            return same(w, fix) if nxt in ("on", "of", "upon") else None
        if prev in NOUN_MAKERS:
            if word == "affect" and nxt in ("heuristic",):
                return None
            return same(w, fix)
        return None


def _subject_before_be(w: Window) -> str:
    """The word before the auxiliary in "<subject> were (badly) effected"."""
    k = -1
    while (tok := w.at(k)) is not None and tok.lower not in BE_FORMS:
        k -= 1
    subject = w.at(k - 1)
    if subject is not None and subject.lower in ("not", "been", "also"):
        subject = w.at(k - 2)
    return subject.lower if subject is not None else ""
