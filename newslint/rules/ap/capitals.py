"""Capital letters: common nouns written as names, and names written in lowercase."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.diagnostics import SAFE, Finding
from newslint.document import Document
from newslint.rule import Context, Example, Rule

# Common nouns and adjectives that copy from agencies capitalizes as if they were names.
COMMON_CAPITALS = frozenset({"federal", "government", "governments", "governmental"})
# Words of the same kind that may stand between them: "the US Federal Government".
_CHAIN = COMMON_CAPITALS | {"us", "state", "local", "city", "county"}


def _capital_run_neighbour(a: Analysis, i: int, step: int) -> str:
    """The capitalized word beside token ``i`` (``step`` -1 or 1), "" if none."""
    words = a.words
    j = i + step
    if j < 0 or j >= len(words):
        return ""
    if step > 0 and j in words.sentence_starts:
        return ""
    if step < 0 and i in words.sentence_starts:
        return ""
    text = words.texts[j]
    if text[:1].isupper() and words.gap_before(max(i, j)) in (" ", ""):
        return words.lowers[j]
    return ""


class CommonNounCapitals(Rule):
    id = "NL413"
    name = "ap-common-noun-capitals"
    category = "ap_style"
    severity = "warning"
    message = "AP style lowercases this common noun."
    docs = """
    AP Stylebook, "government" and "federal": both are common nouns and adjectives,
    lowercase in all uses ("the federal government", "U.S. government agency"), and
    capitalized only as part of a name ("Federal Reserve", "Government Accountability
    Office"). The rule flags "Federal", "Government" and "Governmental" mid-sentence when
    they are not part of a name: the capitalized words beside them are only such common
    words ("US Government", "Federal Government"). Sentence starts, headlines and lines
    in capitals are left alone. Chicago (8.62) agrees.
    Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "Like all [[Federal=>federal]] employees, she took the day off.",
            fixed="Like all federal employees, she took the day off.",
        ),
        "The agency works across the federal [[Government=>government]].",
        "The rule affects every [[Government=>government]] contractor.",
    )
    good = (
        "The Federal Reserve raised rates.",
        "The Government Accountability Office issued a report.",
        "Government lawyers said the case was closed.",
        "The federal government shut down.",
        "Federal Judge Dies\n\nThe court said.",
        "She joined the Department of Government Efficiency.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = ctx.analysis
        words = a.words
        if a.court_register:
            return  # court papers capitalize the parties: "the Government", "Federal court"
        for i in words.find(COMMON_CAPITALS):
            text = words.texts[i]
            if not text[:1].isupper() or text.isupper() or i in words.sentence_starts:
                continue
            start, end = words.starts[i], words.ends[i]
            line = doc.text[doc.text.rfind("\n", 0, start) + 1 : start]
            if not any(c.isalnum() for c in line):
                continue  # the first word of a line: a list item or a label
            if a.headlines.contains(start, end):
                continue
            if not self._common(a, i):
                continue
            fix = text.lower()
            yield Finding(
                start, end, f"AP style lowercases '{fix}' unless it is part of a name.", (fix,)
            )

    def _common(self, a: Analysis, i: int) -> bool:
        # Walk the run of capitalized words; every word in it must be a common one.
        for step in (-1, 1):
            j = i
            while True:
                word = _capital_run_neighbour(a, j, step)
                if not word:
                    break
                if word not in _CHAIN:
                    return False
                j += step
        words = a.words
        # A title in title case ("Guide for State Governments", "How To Sell to the
        # Government"): other capitalized words stand close by.
        near = [
            j
            for j in range(max(0, i - 4), min(len(words), i + 3))
            if j != i
            and words.texts[j][:1].isupper()
            and words.lowers[j] not in _CHAIN
            and j not in words.sentence_starts
        ]
        if len(near) >= 2:
            return False
        # "Department of Government Efficiency": a name carries on after "of".
        before = words.lowers[i - 1] if i > 0 else ""
        if before == "of" and i > 1 and words.texts[i - 2][:1].isupper():
            return False
        after = words.lowers[i + 1] if i + 1 < len(words) else ""
        return after != "of" or words.lowers[i] != "government"


# Names that must be capitalized: months AP never confuses with a word (not "may",
# "march", "august") and adjectives of nationality and place.
PROPER_WORDS = {
    w: w.capitalize()
    for w in [
        "january",
        "february",
        "april",
        "june",
        "july",
        "september",
        "october",
        "november",
        "december",
        "american",
        "americans",
        "british",
        "canadian",
        "canadians",
        "mexican",
        "mexicans",
        "european",
        "europeans",
        "african",
        "africans",
        "asian",
        "asians",
        "australian",
        "australians",
        "chinese",
        "japanese",
        "korean",
        "koreans",
        "german",
        "germans",
        "russian",
        "russians",
        "ukrainian",
        "ukrainians",
        "israeli",
        "israelis",
        "palestinian",
        "palestinians",
        "iranian",
        "iranians",
        "iraqi",
        "iraqis",
        "syrian",
        "syrians",
        "afghan",
        "afghans",
        "indian",
        "pakistani",
        "pakistanis",
        "english",
        "spanish",
        "italian",
        "italians",
        "brazilian",
        "brazilians",
        "latino",
        "latinos",
        "latina",
        "hispanic",
        "muslim",
        "muslims",
        "christian",
        "christians",
        "jewish",
        "catholic",
        "republican",
        "republicans",
        "democrat",
        "democrats",
    ]
}


class LowercaseNames(Rule):
    id = "NL414"
    name = "ap-capitalize-proper-words"
    category = "ap_style"
    severity = "warning"
    message = "Capitalize a proper noun or adjective."
    docs = """
    AP Stylebook, "capitalization" (proper nouns), "months" and "nationalities and
    races": month names, nationalities, peoples, religions and the national parties are
    capitalized ("April", "the American public", "Republicans"). The rule flags them in
    lowercase. "may", "march" and "august" are ordinary words too and are left alone, as
    are words inside code, URLs and e-mail addresses (not prose). Chicago (8.37, 8.89)
    agrees. Quotations are left alone (AP "quotations").
    """
    bad = (
        Example(
            "The agency makes sure the [[american=>American]] public is safe.",
            fixed="The agency makes sure the American public is safe.",
        ),
        "The office has played a joke every [[april=>April]] since 2015.",
    )
    good = (
        "The American public is safe.",
        "The bill may pass in March.",
        "The july4 tag was used.",
    )
    fix_safety = SAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for i in words.find(PROPER_WORDS):
            text = words.texts[i]
            if not text.islower():
                continue
            # Part of an identifier: "april_fools", "july-2024.csv".
            start, end = words.starts[i], words.ends[i]
            if doc.text[end : end + 1] in ("_", "/", "@") or doc.text[start - 1 : start] in (
                "_",
                "/",
                "@",
                "#",
                ".",
            ):
                continue
            fix = PROPER_WORDS[words.lowers[i]]
            yield Finding(start, end, f"Capitalize '{fix}'.", (fix,))
