"""fewer (things counted) and less (amounts): "less constraints" is "fewer constraints"."""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import Context, Example

from .context import ConfusableRule, Verdict, Window, same, words

# Plurals without a final s that are still counted.
IRREGULAR_PLURALS = words("people children men women police cattle")
# Words ending in s that are not plural count nouns: mass nouns, adverbs, adjectives.
NOT_COUNTED = words(
    "news means series species lens physics politics economics ethics mathematics",
    "always perhaps sometimes nevertheless afterwards towards besides thus whereas",
    "less unless various numerous serious obvious previous dangerous famous anxious",
    "its his hers ours yours theirs this was has is does goes",
)
# "much less", "no less", "more or less": the idiom, not a quantity slip.
SKIP_AFTER = words("much no or nothing far even still any none")


class FewerLess(ConfusableRule):
    id = "NL225"
    name = "fewer-less"
    severity = "suggestion"
    docs = """
    Fewer is for things counted one by one (fewer constraints, fewer people); less is for
    amounts and bulk (less money, less time). The rule flags "less" right before a plural
    noun ("less constraints", "less people"). It leaves alone the idioms "much less",
    "no less", "more or less", mass nouns that end in s (news, politics) and adjectives
    (less serious).
    AP Stylebook, "fewer, less"; Chicago 5.250.
    Severity suggestion: a plural can be read as an amount ("less than 10 miles" is fine, and
    the rule cannot always tell a unit from an item).
    """
    bad = (
        Example(
            "The new plan has [[less=>fewer]] restrictions than the old one.",
            fixed="The new plan has fewer restrictions than the old one.",
        ),
        "Officials said [[less=>fewer]] people attended this year.",
    )
    good = (
        "The new plan costs less money.",
        "Fewer people attended this year.",
        "He could not walk, much less run, after the crash.",
        "The charge is less serious than it sounds.",
        "There was less news from the capital.",
    )
    targets = words("less")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        nxt = w.at(1)
        if nxt is None or not nxt.is_word or nxt.capitalized or w.word(-1) in SKIP_AFTER:
            return None
        noun = nxt.lower
        if noun in IRREGULAR_PLURALS:
            return same(w, "fewer")
        if len(noun) < 4 or not noun.endswith("s") or noun in NOT_COUNTED:
            return None
        if noun.endswith(("ss", "us", "is", "ics", "'s", "ous")):
            return None
        after = w.word(2)
        if after in ("than", "of") and noun.endswith(("ars", "ours", "utes", "iles", "ays")):
            return None  # "less years than", units of time and distance read as amounts
        return same(w, "fewer")
