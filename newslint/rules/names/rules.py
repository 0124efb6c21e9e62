"""The names rules: one scan of the story (``spelling.analyse``), four views of it."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.names import spelling
from newslint.rules.names.titles import find_standalone_titles


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
    a possessive without its apostrophe ("Grossmans motion"). The fix is the
    established spelling, in the house style's possessive where the word is one (AP:
    "Sessions'", Chicago: "Sessions's"); the message names the mention it was
    compared against. A listed misspelling is flagged wherever it appears.

    Why: AP "names" asks that a name be checked and spelled the same on every
    reference; a misspelled name is the error readers notice first. A misspelled name
    inside a quotation is still flagged, and the fix replaces only the name.
    Ordinary words stay alone: "the session's agenda", "Sessions of Congress", a
    sentence-initial "Session", places and organisations ("Sessions Road").
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
    )
    good = (
        "Attorney General Jeff Sessions spoke. The session’s agenda was short.",
        "Attorney General Jeff Sessions spoke. He addressed a joint Session of Congress.",
        "Attorney General Jeff Sessions spoke. Sessions of Congress resume in January.",
        "Attorney General Jeff Sessions spoke. Session after session, he repeated it.",
        "Attorney General Jeff Sessions lives near Session Road in Mobile.",
        "Mayor Mitch Landrieu spoke. “Landrieu is right,” a supporter said.",
        "Sen. Ted Cruz and his wife, Heidi Cruz, voted early. Cruz said little.",
    )
    skip_regions = frozenset()  # a misspelled name inside a quotation is still misspelled

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = spelling.analyse(doc, ctx).findings
        yield from found[spelling.NEAR_MISS]
        yield from found[spelling.LISTED]


class NameFirstName(Rule):
    id = "NL102"
    knowledge = "the story's own full references and the newsroom's names list."
    name = "name-first-name"
    category = "names"
    severity = "error"
    message = "A later full reference gives the person a different first name."
    docs = """
    Finds a later full reference whose first name differs from the story's first
    reference to the same person ("Jim Sessions" after "Jeff Sessions"; "Isaac G.
    Grossman" after "Israel G. Grossman"), or a listed person's title with another
    first name ("Attorney General Jim Sessions" when the names list has Attorney
    General Jeff Sessions). The fix is the first name the story (or the list)
    established, and the message quotes that reference.

    Why: AP "names" — a name must be right and the same on every reference. Two
    people who share a surname are left alone when the story says so ("Sen. Ted Cruz
    and his wife, Heidi Cruz"), when their middle initials differ, when their first
    names have nothing in common, or when the second name recurs. The fix is
    unsafe: a copy editor confirms which person is meant.
    """
    bad = (
        Example(
            "Attorney General Jeff Sessions met the mayors. On Wednesday, [[Jim=>Jeff]] Sessions "
            "told reporters the talks went well.",
            fixed="Attorney General Jeff Sessions met the mayors. On Wednesday, Jeff "
            "Sessions told reporters the talks went well.",
        ),
        "Defendants Martin Sweig and Nathan Voloshen appeared. Counsel for [[Marvin=>Martin]] Sweig spoke.",
    )
    good = (
        "Sen. Ted Cruz and his wife, Heidi Cruz, voted early.",
        "Alan M. Dershowitz and Nathan Z. Dershowitz filed the brief.",
        "Attorney General Jeff Sessions spoke. Jeff Sessions later left.",
    )
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        yield from spelling.analyse(doc, ctx).findings[spelling.FIRST_NAME]


class NamePossessive(Rule):
    id = "NL103"
    knowledge = "the people the story establishes, and the house style (AP or Chicago)."
    name = "name-possessive"
    category = "names"
    severity = "warning"
    message = "The possessive of a name ending in s does not follow the house style."
    docs = """
    The possessive of a person's name ending in s: AP ("possessives": singular
    proper names ending in s) adds only an apostrophe — "Sessions' demands",
    "Harris' plan"; Chicago (7.16, possessives of proper nouns) adds apostrophe
    and s — "Sessions's demands".
    Checked on the names the story establishes as people and, under AP, on a
    two-word proper name ("Kamala Harris's"). A lone capitalised word ("Texas's")
    is left alone, and under Chicago so is a bare apostrophe after a word the story
    does not establish as a person's name (it is usually a plural possessive:
    "the Judges' chambers"). Possessives inside quotations are left alone. Set the
    house style with `style`; the fix is unsafe (it rewrites punctuation).
    """
    bad = (
        Example(
            "Attorney General Jeff Sessions spoke. The ruling may not affect [[Sessions’s=>Sessions’]] demands.",
            fixed="Attorney General Jeff Sessions spoke. The ruling may not affect "
            "Sessions’ demands.",
        ),
        Example(
            "Attorney General Jeff Sessions spoke. The ruling may not affect [[Sessions’=>Sessions’s]] demands.",
            style="chicago",
            fixed="Attorney General Jeff Sessions spoke. The ruling may not affect "
            "Sessions’s demands.",
        ),
        "The board rejected Kamala [[Harris's=>Harris']] plan.",
    )
    good = (
        "Attorney General Jeff Sessions spoke. The ruling may not affect Sessions’ demands.",
        Example(
            "Attorney General Jeff Sessions spoke. The ruling may not affect Sessions’s demands.",
            style="chicago",
        ),
        "The witness's account changed twice.",
        "Voters in both states’ capitals objected.",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        yield from spelling.analyse(doc, ctx).findings[spelling.POSSESSIVE]


class TitleCapitalization(Rule):
    id = "NL104"
    knowledge = "newslint's table of formal titles (newslint/rules/names/lexicon.py)."
    name = "title-capitalization"
    category = "names"
    severity = "warning"
    message = "A formal title is capitalised only directly before a name."
    docs = """
    AP ("titles") and Chicago (8.19–8.21, titles and offices) capitalise a formal
    title only directly before a name: "Attorney General Jeff Sessions", but "met
    with the attorney general", "Steve Adler, the mayor of Austin", "a federal
    judge". Flags a capitalised title after "a"/"an", in apposition after a name
    ("Adler, the Mayor of Austin"), or standing alone as "the Title" once the story
    has used it before a name (so it refers back to a person). Titles that name an
    office ("the President of the United States", "the Office of the Attorney
    General") and titles inside a longer proper noun ("Justice Department") are
    left alone, as are quotations. Government releases capitalise standalone
    titles as house style; a bare "the Attorney General" with no named holder in
    the story is left alone for that reason. The fix is unsafe.
    longer proper noun ("Justice Department") are left alone, as are quotations.
    """
    bad = (
        Example(
            "The mayors met Attorney General Jeff Sessions on Tuesday. Two leaders "
            "attended the meeting with the [[Attorney General=>attorney general]], officials said.",
            fixed="The mayors met Attorney General Jeff Sessions on Tuesday. Two leaders "
            "attended the meeting with the attorney general, officials said.",
        ),
        Example(
            "The plan drew praise from Steve Adler, the [[Mayor=>mayor]] of Austin.",
            fixed="The plan drew praise from Steve Adler, the mayor of Austin.",
        ),
        Example(
            "Fans cheered when a [[Federal Judge=>federal judge]] welcomed 16 new citizens.",
            fixed="Fans cheered when a federal judge welcomed 16 new citizens.",
        ),
    )
    good = (
        "The mayors met Attorney General Jeff Sessions on Tuesday.",
        "The act requires the Attorney General to report annually to Congress.",
        "President George Washington signed the act, which let the President of the "
        "United States appoint attorneys.",
        "Chief Justice William Howard Taft spoke. The Justice Department agreed.",
        "Attorney General Jeff Sessions spoke. “The Attorney General is right,” she said.",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        yield from find_standalone_titles(spelling.analyse(doc, ctx).scan)
