"""NL101: a surname that strays from the spelling the story or the names list establishes."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.names.spelling import LISTED, NEAR, Spelling, SpellingSlip


class NameSpelling(Rule):
    id = "NL101"
    knowledge = (
        'the story\'s own full references ("Attorney General Jeff Sessions") and the '
        "newsroom's names list (--names or the config's names)."
    )
    name = "name-spelling"
    category = "names"
    severity = "error"
    message = "A name is spelled differently from the story's first reference or the names list."
    docs = """
    Finds a surname that strays from the spelling the story established in its full
    references ("Attorney General Jeff Sessions") or that the newsroom's names list
    gives: a transposed or dropped letter ("Landreiu" for Landrieu, "Orick" for
    Orrick), a possessive that drops or adds the final s ("Session's" for Sessions),
    a possessive without its apostrophe ("Grossmans motion", also opening a
    sentence), and a slipped surname after a full name with no title ("Tatiana
    Morozova ... Morozvoa said"). The fix is the
    established spelling, in the house style's possessive where the word is one (AP:
    "Sessions'", Chicago: "Sessions's"); the message names the mention it was
    compared against. A listed misspelling is flagged wherever it appears.

    Why: AP "names" asks that a name be checked and spelled the same on every
    reference; a misspelled name is the error readers notice first. A misspelled name
    inside a quotation is still flagged, and the fix replaces only the name.
    Ordinary words stay alone: "the session's agenda", "Sessions of Congress", a
    sentence-initial "Session" or "Young" (a common word of the shipped dictionary
    opening a sentence is the word, not a slip for Yeung), places and organisations
    ("Sessions Road", "Hong Kong's" beside Wong).
    Fixes are unsafe (a near miss can be another person), except casing fixes taken
    from the names list ("Mcconnell" -> "McConnell"), which are safe.
    """
    bad = (
        Example(
            "Attorney General Jeff Sessions met the mayors.\n\n[[Session’s=>Sessions’]] letter went out Friday.",
            fixed="Attorney General Jeff Sessions met the mayors.\n\n"
            "Sessions’ letter went out Friday.",
        ),
        Example(
            "Attorney General Jeff Sessions met the mayors.\n\n[[Session’s=>Sessions’s]] letter went out Friday.",
            style="chicago",
            fixed="Attorney General Jeff Sessions met the mayors.\n\n"
            "Sessions’s letter went out Friday.",
        ),
        Example(
            "Mayor Mitch Landrieu of New Orleans spoke first. Later, [[Landreiu=>Landrieu]] left early.",
            fixed="Mayor Mitch Landrieu of New Orleans spoke first. Later, Landrieu left early.",
        ),
        Example(
            "Judge William Orrick ruled on Tuesday. In his order, [[Orick=>Orrick]] wrote that the "
            "policy fails.",
            fixed="Judge William Orrick ruled on Tuesday. In his order, Orrick wrote that "
            "the policy fails.",
        ),
        "Defendant Paul Grossman appealed. The court denied [[Grossmans=>Grossman's]] motion.",
        "Mayor Mitch Landrieu spoke. “[[Landreiu=>Landrieu]] is wrong,” a rival said.",
        # A doubled letter, swapped vowels, a transposition at a sentence's start after a
        # full name with no title, a possessive without its apostrophe opening a sentence.
        "Governor Alan Perrin signed the bill. Later, [[Perrrin=>Perrin]] said it would help.",
        "Mayor Dana Kuiper spoke first. Afterward, [[Kupier=>Kuiper]] took questions.",
        "Tatiana Morozova testified on Tuesday. [[Morozvoa=>Morozova]] said she had warned "
        "the board.",
        "Reporter Nadia Brennan filed the story. [[Brennans=>Brennan's]] editor approved it.",
    )
    good = (
        "Attorney General Jeff Sessions spoke. The session’s agenda was short.",
        "Attorney General Jeff Sessions spoke. He addressed a joint Session of Congress.",
        "Attorney General Jeff Sessions spoke. Sessions of Congress resume in January.",
        "Attorney General Jeff Sessions spoke. Session after session, he repeated it.",
        "Attorney General Jeff Sessions lives near Session Road in Mobile.",
        "Mayor Mitch Landrieu spoke. “Landrieu is right,” a supporter said.",
        "Sen. Ted Cruz and his wife, Heidi Cruz, voted early. Cruz said little.",
        # Ordinary words that resemble an established name: the word, not a slip.
        "Secretary Kevin Yeung toured the market. Young shoppers crowded the stalls.",
        "Mayor Anna Wong spoke. Residents crowded Hong Kong's markets.",
        "Professor Ilse Lang spoke. Long lines formed outside the hall.",
        "Economist Ana Rica spoke. Rice prices rose again in March.",
        "Reporter Nadia Brennan filed the story. Sessions of the council run late.",
    )
    skip_regions = frozenset()  # a misspelled name inside a quotation is still misspelled

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        slips = ctx.analysis.people.spelling_slips
        # Slips from the story's own spellings first, then those from the names list.
        for slip in [s for s in slips if s.kind == NEAR] + [s for s in slips if s.kind != NEAR]:
            yield Finding(
                slip.start,
                slip.end,
                _message(slip, doc.text),
                (slip.fix,),
                fix_safety=_safety(slip),
            )


def _message(slip: SpellingSlip, text: str) -> str:
    if slip.target is not None:
        if slip.fix == f"{slip.name}'s" and slip.text.casefold() == f"{slip.name}s".casefold():
            return (
                f"“{slip.text}” reads as the possessive of “{slip.name}” without its "
                f"apostrophe (compared with {_reference(slip.target, text)})."
            )
        return (
            f"“{slip.text}” looks like a slip for “{slip.name}” (compared with "
            f"{_reference(slip.target, text)})."
        )
    if slip.kind == LISTED:
        assert slip.person is not None
        return f"The names list spells this “{slip.name}” ({slip.person.origin})."
    return f"The names list capitalises this “{slip.name}”."


def _safety(slip: SpellingSlip) -> str | None:
    """A casing fix from the names list is safe; a near miss may be another person."""
    if slip.kind == NEAR or slip.kind == LISTED:
        return None
    if slip.target is not None:  # one edit from a listed spelling
        return SAFE if slip.fix.casefold() == slip.text.casefold() else None
    return SAFE


def _reference(target: Spelling, text: str) -> str:
    """What a slip is compared with: the first full reference, or the list entry."""
    if target.listed is not None:
        return f"“{target.listed.name}” in the names list ({target.listed.origin})"
    if target.mentions:
        best = min(target.mentions, key=lambda m: m.start)
        return f"the first reference, “{best.text(text)}”"
    return f"the story's {target.votes} other references"
