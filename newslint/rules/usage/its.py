"""its (belonging to it) and it's (it is, it has); whose and who's; your and you're."""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import STORY, Context, Example

from .context import (
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    NOT_ADVERBS,
    PREPOSITIONS,
    ConfusableRule,
    Token,
    Verdict,
    Window,
    same,
    words,
)
from .there import BEFORE_POSSESSIVE, TRANSITIVE, _possessed

# After "it's" these make a clause ("it's a", "it's not"), so "its" before them is wrong.
CLAUSE_STARTERS = words("a an the not been going gonna no never just also always")
# Predicate adjectives: "its clear" is wrong only when no noun follows ("its clear aim").
PREDICATES = words(
    "clear unclear important possible impossible likely unlikely true hard",
    "difficult obvious necessary essential critical fair unfair worth",
)
CLAUSE_AFTER_PREDICATE = words("that to whether if how why what who when")


def _ends_clause(tok: Token | None) -> bool:
    return tok is None or not tok.is_word or tok.lower in CLAUSE_AFTER_PREDICATE


class ItsIts(ConfusableRule):
    id = "NL203"
    scope = STORY  # a fix that adds an apostrophe uses the one the story uses
    name = "its-its"
    docs = """
    Its is the possessive ("the court and its judges"); it's means it is or it has. The
    rule flags "it's" before a noun after a preposition or a transitive verb ("one of
    it's agents", "closed it's investigation", "on it's own") and "its" where a clause
    follows ("its a", "its not", "its been", "its clear that").
    AP Stylebook, "its, it's"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "The department has closed [[it's=>its]] investigation.",
            fixed="The department has closed its investigation.",
        ),
        "The firm and one of [[it's=>its]] former agents agreed to pay.",
        "The agency acted on [[it's=>its]] own.",
        Example(
            "[[Its=>It's]] not clear when the court will rule.",
            fixed="It's not clear when the court will rule.",
        ),
        "The mayor said [[its=>it's]] been a hard year.",
    )
    good = (
        "It's not clear when the court will rule.",
        "The court issued its ruling.",
        "The agency said it's investigating the claim.",
        "Its clear message surprised the council.",
        "It's time to vote.",
    )
    targets = words("its it's")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        nxt = w.word(1)
        if w.tok.lower == "its":
            if nxt in CLAUSE_STARTERS and not (nxt == "no" and w.word(2) != "longer"):
                return same(w, "it's")
            if nxt in PREDICATES and _ends_clause(w.at(2)):
                return same(w, "it's")
            return None
        if nxt == "own":
            return same(w, "its")
        prev = w.word(-1)
        if (prev in BEFORE_POSSESSIVE or prev in TRANSITIVE) and _possessed(w):
            return same(w, "its")
        return None


class WhoseWhos(ConfusableRule):
    id = "NL204"
    scope = STORY  # a fix that adds an apostrophe uses the one the story uses
    name = "whose-whos"
    docs = """
    Whose is the possessive ("a witness whose testimony"); who's means who is or who
    has. The rule flags "who's" before a noun it owns (after a preposition, before a
    plural noun, "own" or an attributive-only adjective such as "actual") and "whose"
    where a verb phrase follows ("whose the", "whose been", "whose on first").
    AP Stylebook, "who's, whose"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "Jurors heard from a witness [[who's=>whose]] testimony changed the case.",
            fixed="Jurors heard from a witness whose testimony changed the case.",
        ),
        "By [[who's=>whose]] standards is this fair?",
        "These are people [[who's=>whose]] lives were upended.",
        Example("[[Whose=>Who's]] the new chief of staff?", fixed="Who's the new chief of staff?"),
    )
    good = (
        "Who's running for mayor?",
        "The senator, who's been in office since 2010, retired.",
        "A witness whose testimony changed the case.",
        "Whose car was towed?",
        "It is unclear who's responsible.",
    )
    targets = words("whose who's")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        nxt = w.at(1)
        nxt_word = nxt.lower if nxt else ""
        if w.tok.lower == "whose":
            if nxt_word in ("the", "a", "an", "been", "not", "going") or (
                nxt_word in PREPOSITIONS and nxt_word not in ("in", "like")
            ):
                return same(w, "who's")
            return None
        if nxt is None or not nxt.is_word or nxt_word in FUNCTION_WORDS:
            return None
        prev = w.word(-1)
        if prev in PREPOSITIONS and prev not in ("like", "as", "than"):
            return same(w, "whose")
        if nxt_word in ("own", "actual", "former", "entire", "whole", "sole", "main"):
            return same(w, "whose")
        if _plural_noun(nxt_word):
            return same(w, "whose")
        if nxt_word.endswith("est") and nxt_word not in ("best", "latest") and _plain_word(w.at(2)):
            return same(w, "whose")  # "those who's highest level"
        after = w.word(2)
        if _plain_word(nxt) and (after in FINITE or (after.endswith("ed") and len(after) > 4)):
            return same(w, "whose")  # "a witness who's testimony changed": a noun, then its verb
        if after in ("this", "that", "it") and w.word(3) in ("is", "was"):
            return same(w, "whose")  # "who's banana this is"
        return None


def _plural_noun(word: str) -> bool:
    """A plural noun, not "is"/"always"/"serious": who is + plural noun is not English."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "ys"))
        and word not in FUNCTION_WORDS
        and word not in ("perhaps", "always", "sometimes", "afterwards", "nevertheless")
    )


FINITE = words(
    "was is were are has had have will would could can may might should must said",
    "says remains remained made makes",
)


# Participles and predicate adjectives that follow "who's" (who is): "the one who's hurt".
PREDICATIVE = words(
    "hurt known shown given taken seen done gone left lost found held sent told paid made",
    "built caught thrown hit shot beaten struck sworn born chosen driven written put set cut",
    "run responsible able sick ill dead alive right wrong afraid ready guilty innocent new",
    "next old young eligible liable sorry sure certain aware unable willing happy upset",
)


def _plain_word(tok: Token | None) -> bool:
    return (
        tok is not None
        and tok.is_word
        and tok.lower not in FUNCTION_WORDS
        and tok.lower not in PREDICATIVE
        and not tok.lower.endswith(("ed", "ing"))
        and not (tok.lower.endswith("ly") and tok.lower not in NOT_ADVERBS)
    )


class YourYoure(ConfusableRule):
    id = "NL205"
    scope = STORY  # a fix that adds an apostrophe uses the one the story uses
    name = "your-youre"
    docs = """
    Your is the possessive; you're means you are. The rule flags "your" before an
    article, "not", "going" or "welcome" ("your welcome", "your the best") and "you're"
    before "own" or after a preposition ("for you're safety").
    AP Stylebook, "your, you're"; Chicago 5.250.
    Applies inside quotations too: a quote is spoken, so a sound-alike
    there is the writer's spelling slip.
    """
    bad = (
        Example(
            "If [[your=>you're]] not registered, the deadline is Friday.",
            fixed="If you're not registered, the deadline is Friday.",
        ),
        "Keep the receipt for [[you're=>your]] records.",
    )
    good = ("Check your registration before Friday.", "You're not registered yet.")
    targets = words("your you're")

    def judge(self, w: Window, doc: Document, ctx: Context) -> Verdict | None:
        nxt = w.word(1)
        if w.tok.lower == "your":
            if nxt in ("a", "an", "the", "not", "going", "welcome", "being") and (
                nxt != "being" or w.word(2) in DETERMINERS
            ):
                return same(w, "you're")
            return None
        if nxt == "own":
            return same(w, "your")
        prev = w.word(-1)
        if prev in BEFORE_POSSESSIVE and prev not in CONJUNCTIONS and _possessed(w):
            return same(w, "your")
        return None
