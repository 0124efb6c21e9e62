"""NL104: a formal title capitalised where it does not stand before a name."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule
from newslint.rules.names.titles import AFTER_ARTICLE, APPOSITION


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
        from newslint.rules.names.titles import find_standalone_titles

        for t in find_standalone_titles(ctx.analysis.people.scan):
            why = _WHY.get(t.reason, "stands alone")
            message = f"Lowercase a title that {why}: “{t.lowered}” (AP titles; Chicago 8.19)."
            yield Finding(t.start, t.end, message, (t.lowered,))


_WHY = {AFTER_ARTICLE: "is not followed by a name", APPOSITION: "follows the name it describes"}
