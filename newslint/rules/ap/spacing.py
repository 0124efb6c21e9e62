"""One space after a sentence (and between words)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import PARAGRAPH, Context, Example, Rule

from .common import find_all, lazy, matches_at

_RUN = lazy(r"(?<=[^\s])( {2,})(?=[^\s])")
# A list item's marker at the start of its line ("-   item", "1.  item"): the spaces
# after it align the items, as Markdown editors pad them; they are not word spacing.
_LIST_MARKER = lazy(r"[ \t]*(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])")


class OneSpace(Rule):
    id = "NL401"
    scope = PARAGRAPH
    name = "one-space-after-sentence"
    category = "ap_style"
    # 0.57 findings per 1,000 words of clean government news (docs/precision.md): two
    # spaces after a sentence is many agencies' house style, so the rule suggests.
    severity = "suggestion"
    message = "Use one space after a sentence and between words."
    docs = """
    AP Stylebook, "punctuation" (period): use a single space after a period at the end
    of a sentence; Chicago 6.11 agrees, so the rule is the same in both styles. It also
    flags two or more spaces between words. Typewriter habit survives in plain-text
    drafts; in HTML the browser collapses the spaces, so the rule only sees what a
    reader would see. Markdown keeps spaces inside a line, so they are flagged there too
    (trailing hard-break spaces are markup and are not prose). Spaces that meet only
    because a URL or markup between them was left out are not flagged.
    Applies inside quotations: spacing is not the speaker's words.
    Severity suggestion: published government releases keep two spaces as house style
    (0.57 per 1,000 words of clean government news, docs/precision.md).
    """
    bad = (
        Example(
            "The judge ruled.[[  => ]]The city appealed.",
            fixed="The judge ruled. The city appealed.",
        ),
        "The plant in St.[[  => ]]Marys closed.",
    )
    good = (
        "The judge ruled. The city appealed.",
        "The judge ruled.\nThe city appealed.",
        "Read it at https://example.gov/report and tell us.",
        "The council voted on three items:\n-   the budget,\n2.  the parks plan.",
    )
    fix_safety = SAFE
    skip_regions = frozenset()

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for m in matches_at(_RUN, doc.text, find_all(doc.text, "  ")):
            if not doc.typed(m.start(1), m.end(1)):
                continue  # spaces met where a URL or markup was removed: not typed so
            line_start = doc.text.rfind("\n", 0, m.start()) + 1
            if _LIST_MARKER().fullmatch(doc.text, line_start, m.start(1)):
                continue
            after_stop = doc.text[m.start() - 1] in '.!?:”"’)'
            message = (
                "One space after a sentence, not {n}."
                if after_stop
                else "Use one space between words, not {n}."
            ).format(n=len(m.group(1)))
            yield Finding(m.start(1), m.end(1), message, (" ",))
