"""Formal titles capitalised where they do not stand directly before a name.

AP ("titles") and Chicago (8.19–8.21, titles and offices) capitalise a formal
title only directly before a name: "Attorney General Jeff Sessions", but "the
attorney general" and "Steve Adler, the mayor of Austin". Government prose
capitalises standalone titles as house style, so to stay quiet on it the rule
flags only the cases a copy desk would: a title after "a"/"an" ("a Federal
Judge"), a title in apposition after a person's name with "the", and "the Title"
standing alone once the story has used that title before a name (so it refers
back to a person in the story).
"""

from __future__ import annotations

from functools import cache

import regex

from newslint.diagnostics import Finding
from newslint.rules.names import lexicon
from newslint.rules.names.people import Scan

_KEEP = {
    "U.S.",
    "United",
    "States",
    "U.N.",
    "FBI",
    "CIA",
    "DEA",
    "ATF",
    "NASA",
    "House",
    "Senate",
    "Congress",
    "State",
    "Department",
    "Justice",
}
_KEEP_IN_TITLE = {"U.S.", "United", "States"}


@cache
def _standalone_pattern() -> regex.Pattern[str]:
    alts = sorted(lexicon.STANDALONE_TITLES, key=len, reverse=True)
    body = "|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in alts)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.’'-])(?:{body})(?![\p{{L}}\p{{N}}-])")


def lower_title(title: str) -> str:
    """'U.S. District Judge' -> 'U.S. district judge'; 'Attorney General' -> 'attorney general'."""
    return " ".join(w if w in _KEEP_IN_TITLE else w.lower() for w in title.split())


def find_standalone_titles(scan: Scan) -> list[Finding]:
    text = scan.text
    findings: list[Finding] = []
    used_before_name: list[tuple[int, str]] = []
    for m in scan.mentions:
        if m.kind == "titled" and m.title:
            used_before_name.append((m.start, m.title.split()[-1]))
    # Where a reference to a person ends: a mention, or a surname the story established.
    surnames = {m.surname.key for m in scan.mentions}
    mention_ends = {m.end for m in scan.mentions} | {
        w.end for w in scan.words if w.key in surnames and w.capitalised
    }
    for match in _standalone_pattern().finditer(text):
        start, end = match.span()
        title = " ".join(match.group().split())
        first = scan.word_at.get(start)
        if first is None or scan.words[first].strict:
            continue  # a title that opens a sentence or a headline is capitalised anyway
        after = text[end:]
        if regex.match(r"[ \t]*\n?[ \t]*(?:\p{Lu}|\p{Lu}\.)", after):
            continue  # before a name, or inside a longer proper noun ("Justice Department")
        if regex.match(r"['’]s\s+\p{Lu}", after) or regex.match(r"-elect|s\b", after):
            continue  # "the Attorney General's Office"
        before = text[max(0, start - 80) : start]
        if regex.search(r"\bOffice\s+of\s+(?:the\s+)?$", before):
            continue  # "the Office of the Attorney General" is an office's name
        prev_cap = regex.search(r"(\p{Lu}[\p{L}.]*)[ \t]+$", before)
        if prev_cap and not regex.search(r"(?:^|[\s“\"(])(?:the|a|an|The|A|An)[ \t]+$", before):
            continue  # "Texas Attorney General", "AO Director": a longer proper noun
        reason = _reason(before, after, start, title, used_before_name, mention_ends)
        if reason is None:
            continue
        fixed = lower_title(title)
        message = f"Lowercase a title that {reason}: “{fixed}” (AP titles; Chicago 8.19)."
        findings.append(Finding(start, end, message, (fixed,)))
    return findings


def _reason(
    before: str,
    after: str,
    start: int,
    title: str,
    used_before_name: list[tuple[int, str]],
    mention_ends: set[int],
) -> str | None:
    lead = regex.search(
        r"(?:^|[\s“\"(])(a|an|the)(?:[ \t]+(?:former|then-|new|acting|"
        r"retired|late|current|interim|outgoing|incoming))?[ \t]+$",
        before,
        regex.IGNORECASE,
    )
    if lead is None:
        return None
    article = lead.group(1).casefold()
    if article in ("a", "an"):
        return "is not followed by a name"
    # "Adler, the Mayor of Austin": a title in apposition to a name.
    comma = regex.search(r",\s+(?:the)(?:[ \t]+\S+)?[ \t]+$", before)
    if comma is not None:
        name_end = start - len(before) + comma.start()
        if name_end in mention_ends:
            return "follows the name it describes"
    if regex.match(r"\s+(?:of|for|to)\b", after):
        return None  # "the President of the United States" names an office
    head = title.split()[-1]
    if any(pos < start and used == head for pos, used in used_before_name):
        return "stands alone"
    return None
