"""NL609: a common word typed for another common word one keystroke away."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from newslint.analysis import Words
from newslint.document import Document
from newslint.rule import PARAGRAPH, UNSAFE, Context, Finding, Rule
from newslint.rules.usage.context import match_case, pair_neighbour

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "realword-bigrams.tsv"
# Half the smallest pair count the table keeps (10 million, stored in units of 100,000).
FLOOR = 50.0
# How much likelier (as a log ratio) the other word must be: e^5, about 150 times. A
# margin of 4 caught a few more slips and doubled the false alarms on the corpora.
MARGIN = 5.0


class _Model:
    """The derived slip pairs and their word-pair counts, read on first use."""

    def __init__(self) -> None:
        from newslint.rules.usage.model import Counts

        self.counts = Counts(DATA, floor=FLOOR)
        # "~word<TAB>near near...", one line each, before the first block ("\n=").
        table = self.counts.text
        head = "\n" + table[: table.find(b"\n=")].decode("utf-8")
        self.slips: dict[str, tuple[str, ...]] = {
            word: tuple(near.split())
            for word, _, near in (line.partition("\t") for line in head.split("\n~")[1:])
        }


@cache
def model() -> _Model:
    return _Model()


def slips(words: Words) -> Iterator[tuple[int, str]]:
    """Each token that the word pairs say is a slip for a word one edit away."""
    table = model()
    found = words.find(table.slips)
    for i in found:
        text = words.texts[i]
        if text[:1].isupper() and (i not in words.sentence_starts or text.isupper()):
            continue  # a name or an acronym mid-sentence, or all capitals
        left, right = pair_neighbour(words, i - 1, i), pair_neighbour(words, i + 1, i)
        if not (left and right):
            continue  # the evidence is a word on each side
        written = words.lowers[i]
        if written in (left, right):
            continue  # "continued a a fall": a doubled word, NL601's
        key = (left, written, right)
        verdict = _verdicts.get(key, _UNJUDGED)
        if verdict == _UNJUDGED:
            if len(_verdicts) > _MAX_VERDICTS:
                _verdicts.clear()
            verdict = _verdicts[key] = _judge(table, written, left, right)
        if verdict is not None:
            yield i, verdict


# The verdict depends on the three words only: remembered across a story and across
# re-checks (the editor server), where the same word pairs recur thousands of times.
_verdicts: dict[tuple[str, str, str], str | None] = {}
_MAX_VERDICTS = 200_000
_UNJUDGED = ""


def _judge(table: _Model, written: str, left: str, right: str) -> str | None:
    """The word one edit from ``written`` that fits between ``left`` and ``right`` far
    better, if there is one."""
    counts = table.counts
    score, seen = counts.score(written, left, right)
    if seen and counts.block(written).before.get(left) and counts.block(written).after.get(right):
        return None  # the written word is seen with both neighbours: in use
    best: tuple[float, str] | None = None
    for other in table.slips[written]:
        block = counts.block(other)
        if not (block.before.get(left) and block.after.get(right)):
            continue  # the other word must be seen beside both neighbours
        if written.startswith(other) and counts.count(written[len(other) :] + right):
            continue  # a space in the wrong place ("int his"): NL604's split word
        alt, _ = counts.score(other, left, right)
        if alt - score >= MARGIN and (best is None or alt > best[0]):
            best = (alt, other)
    return best[1] if best is not None else None


class RealWordSlip(Rule):
    id = "NL609"
    scope = PARAGRAPH
    name = "real-word-slip"
    category = "typos"
    severity = "warning"
    message = "A real word that looks like a slip for another."
    docs = """
    Flags a common word that is one keystroke from another common word ("must" for
    "most", "though" for "thought", "as" for "has", "an" for "and") when the words on
    either side fit the other word far better. A dictionary cannot see these slips:
    each is a word. The pairs are derived, not listed: every two of the 5,000 most
    frequent American words one edit apart (a letter dropped, added or changed, two
    swapped). The judge is how often each word stands beside the same neighbours in a
    large corpus of English (Peter Norvig's Google Web Trillion Word counts as shipped
    by symspellpy): the other word must be seen beside both neighbours and be about 150
    times likelier, and the written word must not be seen beside both. Words the usage
    rules judge (than/then, there/their, its/it's, affect/effect, the confusion sets of
    NL230) and singular/plural pairs (agreement) are left out. Names, acronyms and words
    beside a hyphen, a mark or a line break are not judged. Authority: AP Stylebook,
    "spelling" (check every word, not only the unknown ones); Chicago 2.110 on
    proofreading for wrong words that spell-checkers pass. The fix is unsafe: read the
    sentence.
    """
    bad = (
        "It was the [[must=>most]] expensive bid the board received.",
        "We [[though=>thought]] that the vote would be close.",
        "The city [[as=>has]] changed its parking rules.",
        "The hearing was [[help=>held]] on Tuesday.",
    )
    good = (
        "It was the most expensive bid the board received.",
        "We thought that the vote would be close.",
        "Voters must decide by Friday.",
        "Though the vote was close, the measure passed.",
        "The city has changed its parking rules.",
        "The hearing was held on Tuesday.",
        "The council asked for help on Tuesday.",
    )
    fix_safety = UNSAFE

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        words = ctx.analysis.words
        for i, other in slips(words):
            text = words.texts[i]
            fix = match_case(text, other)  # never all capitals: those are not judged
            yield Finding(
                words.starts[i],
                words.ends[i],
                f"'{text}' looks like a slip here: did you mean '{fix}'?",
                (fix,),
            )
