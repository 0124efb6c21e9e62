"""NL307: a state's highest court under a name it does not have ("Massachusetts Supreme Court")."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.diagnostics import Finding
from newslint.document import Document
from newslint.rule import Context, Rule


class StateHighCourtName(Rule):
    id = "NL307"
    name = "state-high-court-name"
    category = "courts"
    severity = "warning"
    message = "This state's highest court is not called a Supreme Court."
    docs = """
    Most states call their top court the Supreme Court, but not all: Massachusetts and
    Maine have a Supreme Judicial Court, and the District of Columbia's top court is the
    D.C. Court of Appeals. "Massachusetts Supreme Court" names no court. (New York's
    Supreme Court exists but is a trial court; its top court is the Court of Appeals.)
    """
    bad = (
        "The [[Massachusetts Supreme Court=>Massachusetts Supreme Judicial Court]] ruled on Tuesday.",
    )
    good = (
        "The Massachusetts Supreme Judicial Court ruled on Tuesday.",
        "The California Supreme Court ruled on Tuesday.",
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        courts = ctx.analysis.courts
        for h in courts.high_courts:
            real = h.state.high_court
            if h.court != "Supreme Court" or not real.not_supreme:
                continue
            fix = "D.C. " + real.name.split(" ", 1)[1] if h.named == "D.C." else real.name
            written = courts.text[h.start : h.end]
            yield Finding(
                h.start,
                h.end,
                f"The highest court of {h.state.name} is the {real.name}; there is no {written!r}.",
                (fix,),
            )
