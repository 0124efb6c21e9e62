"""NL613: two sentences joined by a comma and "however" or "therefore"."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis import Words
from newslint.diagnostics import UNSAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Rule
from newslint.rules.usage.context import BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS
from newslint.rules.usage.context import words as word_set

# Conjunctive adverbs: they join two clauses in meaning, never in grammar.
ADVERBS = word_set(
    "however therefore thus hence consequently moreover nevertheless nonetheless",
    "furthermore accordingly otherwise",
)
# The subject that opens the second clause: a personal pronoun is never the middle of
# the first ("The ruling, however, was narrow" has none; "..., however, we appealed" does).
SUBJECTS = word_set("i we you he she they it")
# A finite verb, seen without a parser: an auxiliary or a past tense in -ed.
_FINITE = BE_FORMS | DO_FORMS | HAVE_FORMS | MODALS


def splices(words: Words) -> Iterator[tuple[int, int, str]]:
    """Each ", adverb," between a clause and a new clause that opens with a pronoun:
    the comma's token, the adverb's token and the adverb as written."""
    texts, lowers = words.texts, words.lowers
    for i in words.find(ADVERBS):
        comma, after, subject = i - 1, i + 1, i + 2
        if comma < 1 or subject + 1 >= len(texts):
            continue
        if texts[comma] != "," or texts[after] != "," or i in words.sentence_starts:
            continue
        if not (words.glued(comma) and words.glued(after)):
            continue  # "a ,however" or "however ," is some other slip
        if words.gap_before(i) != " " or words.gap_before(subject) != " ":
            continue
        if lowers[subject] not in SUBJECTS or not texts[subject + 1][:1].isalpha():
            continue
        if not _clause_before(words, comma):
            continue  # "The highest reason, however, I see in art": no clause before
        yield comma, i, texts[i]


def _clause_before(words: Words, i: int) -> bool:
    """Whether the words from the sentence's start to token ``i`` hold a clause: three
    words or more, one of them a finite verb (an auxiliary, or a past tense in -ed)."""
    count, verb, j = 0, False, i - 1
    while j >= 0:
        low = words.lowers[j]
        if low[:1].isalnum():
            count += 1
            verb = verb or low in _FINITE or (len(low) > 4 and low.endswith("ed"))
        if j in words.sentence_starts:
            break
        j -= 1
    return count >= 3 and verb


class CommaSplice(Rule):
    id = "NL613"
    scope = PARAGRAPH
    name = "comma-splice-adverb"
    category = "typos"
    severity = "warning"
    message = 'Two sentences joined by a comma and "however" or "therefore".'
    docs = """
    Flags a comma before a conjunctive adverb ("however", "therefore", "thus",
    "moreover", "nevertheless"...) that opens a second clause: "The vote was close,
    however, we expected that." The adverb links the clauses in meaning but cannot join
    them in grammar, so the comma makes a run-on sentence. Chicago 6.57 (a semicolon
    before "however" and its kind between independent clauses) and the AP Stylebook,
    "semicolon" and "comma". The second clause is recognised by the personal pronoun
    that opens it after the adverb ("we", "they", "it"); an adverb inside one clause
    ("The ruling, however, was narrow") has none and is left alone. The fix offers a
    semicolon or a full stop: read the sentence.
    """
    bad = (
        "The bids were close[[, however=>; however]], we chose the lowest.",
        "The plans had the same goal[[, therefore=>; therefore]], we picked one.",
    )
    good = (
        "The ruling, however, was narrow.",
        "The bids were close; however, we chose the lowest.",
        "However you count it, the vote failed.",
        "Yes, however, it was late.",
        "The plans, therefore, were merged.",
        "The highest reason, however, I see in the work of the artist.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for comma, adverb, written in splices(words):
            start, end = words.starts[comma], words.ends[adverb]
            lower = written.lower()
            fixes = (f"; {lower}", f". {lower[:1].upper()}{lower[1:]}")
            yield Finding(start, end, self.message, fixes)
