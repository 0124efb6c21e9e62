"""The spelling rules: four views of one pass over the story's words (``scan``)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, UNSAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.spelling import scan


def _quoted(words: tuple[str, ...]) -> str:
    shown = [f"'{w}'" for w in words]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


class Misspelling(Rule):
    id = "NL602"
    name = "misspelling"
    category = "typos"
    severity = "error"
    message = "A word that is in no dictionary, with the likeliest words it was meant to be."
    settled_by_word_list = True
    docs = """
    A word no dictionary knows, checked against a built-in American English
    dictionary (SCOWL, with wordfreq's word frequencies) and the newsroom's own word
    lists (the config's `dictionary` key). AP and Chicago both use American spelling
    (Merriam-Webster's); a misspelling in print costs a story its credibility.

    The corrections are ranked by edits (a swap of two letters counts as one) and
    by how common each word is: one is offered when it clearly leads, several
    when it does not. A slip that makes another real word ("form" for "from")
    is the confusables family's business, not this rule's.

    Left alone: names the story establishes and names in the names list;
    capitalised words, unless one slip from a common word; acronyms; words with
    digits; web and e-mail addresses, handles, hashtags and code; words in wide
    use that dictionaries lack yet ("cybercrime"; anything as common as "cafe" is
    never a typo), and compounds of two words. Each part of a hyphenated compound is
    checked on its own; a first part that begins several dictionary words ("immuno-",
    "socio-") is a combining form. A rare dictionary word one slip from a far commoner
    one ("withing" for "within") is flagged; a regular inflection counts as common as
    its word ("allots" of "allot"). A lowercase word of six letters or more that no
    dictionary and no one's use knows is flagged when it is two slips from a word in
    some use ("scutiized"), with that word as a guess; jargon with no word that near
    ("kubectl") is left alone.

    A newsroom's word lists (one word a line; `#` comments) add words, and a line
    starting with `!` rejects one ("!judgement"): it is flagged wherever it appears,
    even where the dictionary knows it (compare Vale's accept and reject vocabularies).
    """
    bad = (
        "The board [[percieved=>perceived]] a conflict.",
        "The agency will [[accomodate=>accommodate]] reporters.",
        "[[Goverment=>Government]] lawyers filed the brief.",
        "The court's [[signficant=>significant]] ruling.",
        "A new [[tecnology=>technology]] program.",
        "Critics [[scutiized=>scrutinized]] the budget.",
    )
    good = (
        "The board perceived a conflict.",
        "Sen. Ted Cruz and Heidi Cruz met Kasich staff.",
        "Email press@example.gov or see https://example.gov/recieve for details.",
        "The FBI and the SEC opened inquiries into cybercrime.",
        "The defendant's lawyers didn't object to the judge's ruling.",
        "A well-known, state-of-the-art courthouse.",
        "Follow @nytimes and #election2024 for updates.",
        # A rare inflection of a real word, a word in wide use, a combining form.
        "The budget allots $5 billion to the program.",
        "The attack on a cafe near the embassy killed six.",
        "Doctors vaccinated people with immuno-compromising conditions first.",
        "Engineers ran kubectl and ripgrep on the servers.",
    )
    fix_safety = UNSAFE
    skip_regions = frozenset()  # a misspelling inside a quotation is still a typo

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for slip in scan.slips(doc, ctx):
            if slip.kind == scan.REJECTED:
                message = f"'{slip.word}' is on the newsroom's reject list (its word lists)."
                yield Finding(slip.start, slip.end, message)
                continue
            if slip.kind != scan.MISSPELLING:
                continue
            if not slip.replacements:
                message = (
                    f"'{slip.word}' is not in the dictionary, and no word is near enough to offer."
                )
            elif slip.clear:
                message = f"'{slip.word}' is not in the dictionary: did you mean '{slip.replacements[0]}'?"
            else:
                message = (
                    f"'{slip.word}' is not in the dictionary: perhaps {_quoted(slip.replacements)}?"
                )
            yield Finding(slip.start, slip.end, message, slip.replacements)


class BritishSpelling(Rule):
    id = "NL603"
    name = "british-spelling"
    category = "typos"
    severity = "warning"
    message = "A British spelling in American copy."
    docs = """
    AP and Chicago use American spelling (Merriam-Webster's): "center" not "centre",
    "color" not "colour", "organize" not "organise", "traveled" not "travelled".
    The British forms come from SCOWL's British word lists; the American form
    offered is the one SCOWL's American lists hold. Quotations are left as written
    only when the newsroom suppresses the rule there; a British spelling in a
    quotation is usually still changed under AP.
    """
    bad = (
        "The plan was [[centred=>centered]] on the harbour.",
        Example("The [[colour=>color]] of the flag.", style="chicago"),
        "The council will [[organise=>organize]] a vote.",
    )
    good = ("The plan was centered on the harbor.", "The color of the flag.")
    fix_safety = SAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for slip in scan.slips(doc, ctx):
            if slip.kind == scan.BRITISH:
                fix = slip.replacements[0]
                yield Finding(
                    slip.start,
                    slip.end,
                    f"'{slip.word}' is British spelling; American copy uses '{fix}'.",
                    slip.replacements,
                )


class WordSpacing(Rule):
    id = "NL604"
    name = "word-spacing"
    category = "typos"
    severity = "error"
    message = "Two words run together, or one word split by a stray space."
    docs = """
    A missed or misplaced space makes a non-word that a speller's corrections do
    not reach: "orstrategy" for "or strategy", "ont his" for "on this", "fl ows"
    for "flows", "PainIs" for "Pain Is". The rule offers the words
    with the space where it belongs, when both are dictionary words and one of them
    is a short function word (or the two halves make one common word).
    """
    bad = (
        "The report covers policy [[orstrategy=>or strategy]] changes.",
        "The rules [[ont his=>on this]] page apply.",
        "The money [[fl ows=>flows]] to the states.",
        "Her talk, [[PainIs=>Pain Is]] Over, drew a crowd.",
    )
    good = ("The report covers policy or strategy changes.", "The JavaScript code ran on GitHub.")
    fix_safety = SAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for slip in scan.slips(doc, ctx):
            fix = slip.replacements[0] if slip.replacements else ""
            if slip.kind == scan.RUN_TOGETHER:
                text = f"'{slip.word}' looks like two words run together: '{fix}'."
            elif slip.kind == scan.SPLIT:
                text = f"'{slip.word}' has a space in the wrong place: '{fix}'."
            else:
                continue
            yield Finding(slip.start, slip.end, text, slip.replacements)
