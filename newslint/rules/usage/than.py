"""than (comparison) and then (time, sequence, consequence)."""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import Context, Example

from .context import (
    MODALS,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
    ConfusableRule,
    Token,
    Verdict,
    Window,
    same,
    words,
)

COMPARATIVES = words(
    "more less fewer better worse greater larger smaller higher lower bigger faster slower",
    "longer shorter older younger rather other sooner easier harder cheaper stronger weaker",
    "wider deeper heavier richer poorer safer closer hotter colder warmer cooler quicker",
    "louder busier costlier riskier stricter tougher smarter nicer lesser else farther",
    "further later earlier superior inferior preferable prefer different differently",
    "otherwise elsewhere",
)
# Anchors for a "then" a few words on: "more expensive here then others".
STRICT_COMPARATIVES = COMPARATIVES - words(
    "other else different differently prefer preferable otherwise elsewhere later earlier",
    "further farther superior inferior",
)
# Words before a "than" that should be "then": "and than", "since than", ", than we".
THEN_SLOTS = words("and but or so since until till from back by who what just even right now")
# What follows the "than" of a comparison at a distance: "more expensive here then others".
THAN_OBJECTS = (
    words(
        "others ever before usual expected anticipated planned needed necessary predicted",
        "projected previously originally one anyone anything anybody everyone everything",
        "normal average",
    )
    | OBJECT_PRONOUNS
    | SUBJECT_PRONOUNS
)
# After a comparative, "then" followed by these is the adverb of time ("higher then, and").
THEN_GOES_ON = words("and but or so than too as when because while during at on in")
TIME_ENDERS = words("since until till back from")


def _comparison_before(w: Window, limit: int = 12, strict: bool = False) -> int:
    """How far back a comparative word stands in this sentence (0: none).

    Loose (to keep a "than"): any -er word may be a comparative. Strict (to turn "then"
    into "than"): only true comparatives, and the search stops at a comma.
    """
    for k in range(1, limit + 1):
        tok = w.at(-k)
        if tok is None or (strict and tok.text == ","):
            return 0
        low = tok.lower
        if low in ("than", "then") and k > 1:
            return 0  # an earlier comparison already has its than
        if strict:
            if low in STRICT_COMPARATIVES:
                return k
        elif low in COMPARATIVES or (tok.is_word and len(low) > 4 and low.endswith("er")):
            return k
    return 0


def _object_like(tok: Token | None) -> bool:
    if tok is None:
        return False
    return tok.is_number or tok.text == "$" or tok.lower in THAN_OBJECTS


class ThanThen(ConfusableRule):
    id = "NL206"
    name = "than-then"
    docs = """
    Than compares ("more than $37 million", "rather than wait"); then tells when or
    what follows ("back then", "from then on", "if it rains, then"). The rule flags
    "then" right after a comparative ("more then", "bigger then mine", "rather then")
    or closing a comparison a few words on ("less controversial then one would think"),
    and "than" where nothing in the sentence is compared ("since than", "and than
    replace them"). "different then" is flagged with the AP form "different from".
    AP Stylebook, "than, then" and "different"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The commission awarded more [[then=>than]] $37 million.",
            fixed="The commission awarded more than $37 million.",
        ),
        "The new jail is bigger [[then=>than]] the old one.",
        "The plan is less controversial [[then=>than]] one would think.",
        Example(
            "Since [[than=>then]], the court has heard two cases.",
            fixed="Since then, the court has heard two cases.",
        ),
        "Add the values and [[than=>then]] replace them with their sum.",
    )
    good = (
        "The commission awarded more than $37 million.",
        "Prices were higher then, and wages lower.",
        "If the bill passes, then the tax rises.",
        "The firm paid more than it owed, then left the state.",
        "No one other than the mayor spoke.",
        "Rather than wait, the council voted.",
    )
    targets = words("then than")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        prev = w.word(-1)
        nxt_tok = w.at(1)
        nxt = nxt_tok.lower if nxt_tok else ""
        if w.tok.lower == "than":
            if prev in TIME_ENDERS or (prev == "by" and not _comparison_before(w)):
                return same(w, "then")
            if prev in ("more", "less", "rather", "other", "worth") or _comparison_before(w):
                return None
            if prev in THEN_SLOTS or prev in ("", ","):
                return same(w, "then")
            return None
        # then
        if nxt_tok is None or not (nxt_tok.is_word or nxt_tok.is_number or nxt_tok.text == "$"):
            return None
        if prev in ("different", "differently"):
            return same(w, "from")
        if prev in COMPARATIVES and prev not in (
            "later",
            "earlier",
            "further",
            "else",
            "otherwise",
            "elsewhere",
            "prefer",
        ):
            if nxt in THEN_GOES_ON:
                return None
            if prev == "other" and w.word(-2) in ("the", "every", "each"):
                return None
            return same(w, "than")
        distance = _comparison_before(w, limit=7, strict=True)
        if distance > 1:
            anchor = w.word(-distance)
            if anchor == "rather" or _object_like(nxt_tok):
                return same(w, "than")
            # "more money then they had": a subject and a past or auxiliary verb
            if nxt in SUBJECT_PRONOUNS and w.word(2) in words(
                "did do does had has have was were is are expected thought"
            ):
                return same(w, "than")
            if (
                distance <= 3
                and nxt_tok.capitalized
                and nxt not in SUBJECT_PRONOUNS
                and w.word(2) not in MODALS
            ):
                return same(w, "than")
        return None
