"""A sentence that begins with a lowercase letter after a full stop (NL611).

The analysis says where sentences begin (``Words.sentence_starts``: abbreviations,
file names, ellipses and quoted questions are already read there as no sentence
end). This rule flags a lowercase word at such a start only when everything around
it is plain prose: a full stop right after an ordinary word, nothing between the
stop and the word but spaces or a line break, a common dictionary word that is
never written lowercase by design, and a word of prose after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newslint.diagnostics import SAFE, Finding
from newslint.document import CAPTION, HEADING, Document
from newslint.rule import Context, Rule

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# Lowercase abbreviations that are also dictionary words, whose period need not end a
# sentence: "approx. two miles", "about 3 sq. ft. of", "pp. 4-5". A stop after one of
# them is no evidence that a new sentence should begin.
_ABBREVIATED_LIST = """approx est dept misc ref refs cont orig var min max avg fig figs vol vols pp pg ed eds
    cf al etc seq et ibid op cit loc viz vs resp incl excl esp ca sq ft yr yrs hr hrs mo mos
    wk wks mi km kg lb lbs oz pt pts qt gal tbsp tsp no nos cu mph corp inc co jr sr
    st mt ave blvd rd dr gov sen rep rev hon univ assn div dist ext tel fax att attn
    aka ie eg ex ph mr mrs ms"""
_ABBREVIATED = frozenset(_ABBREVIATED_LIST.split())
# Words that, lowercase after a full stop, point at a stray stop rather than a missing
# capital ("the name of NCD. not be used", "the constructor. or the default"): the fix
# would be to drop the stop, which this rule does not offer.
_AFTER_A_STRAY_STOP = frozenset({"or", "nor", "not", "than", "of"})
# A content word followed straight by one of these verbs is a term being defined, as
# code documentation names a parameter ("level must be an int", "pipe is a file-like
# object"): English puts a determiner before a singular noun that opens a sentence.
# Pronouns and determiners are subjects of their own ("it is", "this must", "there is").
_DEFINING_VERBS = frozenset({"is", "must", "should", "can", "may", "never", "also"})
_SUBJECT_LIST = """i you he she it we they this that these those there here what who which each
    one none everything nothing everyone someone something anything nobody everybody
    somebody all both either neither such another"""
_SUBJECT_WORDS = frozenset(_SUBJECT_LIST.split())
# How common a word must be (wordfreq's Zipf scale) to be read as prose and not as a
# command or package name written lowercase on purpose ("cargo", "npm", "curl").
_COMMON = 4.0
# What may stand in the source between the stop and the word: spaces, a line break, and
# a Markdown blockquote's ">" on a continued line. Anything else (a dropped code span, a
# link, emphasis) means the text the rule reads is not what the writer typed.
_SOURCE_GAP = frozenset(" \t\r\n>")
# A line that ends at a stop and a line break is read as wrapped prose only when it is
# this long: drafts wrap at 70 to 80 characters, verse and listings break short lines.
_WRAPPED_LINE = 50
# Code in the sentence a word opens: a command-line option ("cargo build --release"), a
# call ("name is given to find_library()"), an assignment or a brace.
_CODE_LIKE = re.compile(r"\s--?[A-Za-z]|\w\(|[=<>{}]")
# A word this short alone at a line's start before a stop is a list marker or a label
# ("ii.", "iv.", "Note."), not the end of a sentence.
_MARKER_LENGTH = 4
# What joins a word to the one before it in a name: "a .pyc. file", "path/to. then".
_WORD_JOINERS = frozenset("./\\@#_:~$%")
# Regions where lowercase openings are by design: headings and captions (table rows are
# left alone too, by their source line). A list item's first word is a paragraph start,
# never flagged (fragments are often begun in lowercase); a lowercase word after a full
# stop inside an item is flagged as in prose (measured: 450 Markdown files of the Node.js
# and npm docs and changelogs, 1.3 million words, thousands of list items, gave one
# finding inside an item, a real slip, and no false alarm). Quotations are skipped as
# for every style rule (``skip_regions``).
_SKIPPED_REGIONS = (HEADING, CAPTION)


class LowercaseSentenceStart(Rule):
    id = "NL611"
    # STORY: a word the story writes as code anywhere ("`make`") is a command, not a slip.
    name = "lowercase-sentence-start"
    category = "typos"
    severity = "warning"
    message = "A sentence begins with a lowercase letter."
    docs = """
    A sentence that starts in lowercase after a full stop ("...happen in practice.
    it is a drop-in replacement") is a slip: the first word of a sentence is
    capitalized (AP Stylebook, "capitalization"; The Chicago Manual of Style,
    "capitalization, first word of a sentence"). The fix capitalizes the first letter.

    Only a clear case is flagged: a full stop right after an ordinary word, then
    spaces or one line break (a wrapped line is prose), then a common dictionary
    word followed by more prose. Left alone: the word after an abbreviation
    ("U.S.", "Gov.", "e.g.", "a.m.", "approx."), an initial, a number or a version
    ("v1.2."), an ellipsis (AP, "ellipsis": it may continue a sentence), a colon, a
    question or exclamation mark (a quoted question before its attribution,
    '"Why?" he asked', or a series of questions, "Was it fraud? negligence?"), a
    closing quote or bracket after the stop, or a stop inside brackets; words
    lowercase by design (names with an inner capital such as "iPhone" or "eBay",
    words the dictionary knows only as names, and rarer words the tech world writes
    lowercase, such as "npm"); a word the story writes as code anywhere (after
    "type `make` to build it", a later "make runs twice" names the command); code,
    commands, web and e-mail addresses, handles and file names; headings, captions
    and table rows; short lines (verse, addresses); quotations; and "or", "nor",
    "not", "than" and "of", which after a full stop point at a stray stop ("the name
    of the agency. not be used"), not a missing capital. The first word of a list
    item is never flagged (items are often fragments begun in lowercase); a
    lowercase word after a full stop inside an item is.
    """
    bad = (
        "The judge ruled on Friday. [[the=>The]] appeal is due in May.",
        "The transit agency said on Monday that fares rose by a third.\n"
        "[[since=>Since]] January, ridership has fallen.",
        "The county ran out of ballots. [[it's=>It's]] the second time.",
    )
    good = (
        "The judge ruled on Friday. The appeal is due in May.",
        '"Why?" he asked. "Who knew?" she replied.',
        "“Stop!” she yelled at the crowd.",
        "The mayor spoke at 10 a.m. to reporters about the budget.",
        "Aid came from the U.S. in the spring, e.g. food and fuel.",
        "The plan, he said, was ... well, not finished.",
        "Open config.toml in an editor. The settings are there.",
        "Phone makers had a good year. iPhone sales rose, and eBay fell.",
        "The package manager works well. npm installs the tools.",
        "Warning: the bridge is closed.",
    )
    fix_safety = SAFE
    fix_notes = "Capitalizes the first letter of the word; nothing else changes."

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        a = ctx.analysis
        words = a.words
        for i in sorted(words.sentence_starts - words.paragraph_starts):
            if words.texts[i][:1].islower() and _clear_slip(a, doc, i):
                word = words.texts[i]
                fixed = word[0].upper() + word[1:]
                yield Finding(
                    words.starts[i],
                    words.ends[i],
                    f"A sentence begins with lowercase '{word}': capitalize it ('{fixed}').",
                    (fixed,),
                )


def _clear_slip(a: Analysis, doc: Document, i: int) -> bool:
    """Whether the lowercase word ``i`` at a sentence start is plainly a slip."""
    words = a.words
    if i < 2 or words.texts[i - 1] != "." or not _is_lowercase_word(words.texts[i]):
        return False
    return (
        _stop_ends_a_word(a, doc, i - 1)
        and _prose_follows(a, doc, i)
        and words.lowers[i] not in _AFTER_A_STRAY_STOP
        and _common_word(words.texts[i])
        and words.lowers[i] not in a.code_words  # a command the story writes as code
        and _in_prose(a, doc, i)
    )


def _stop_ends_a_word(a: Analysis, doc: Document, stop: int) -> bool:
    """The stop ends an ordinary word (not a number, a version, an initial or an
    abbreviation), with nothing dropped from the source around it (a code span, a
    link: "use `x`. then", "handles.`options` supports") and only spaces or one line
    break after it."""
    words, text = a.words, a.text
    before = words.texts[stop - 1]
    if not words.glued(stop) or not before.replace("'", "").replace("’", "").isalpha():
        return False
    if len(before) < 2 or before.lower() in _ABBREVIATED:
        return False
    # The word stands alone ("a .pyc. file", "path/to. then" are names), and it is not a
    # short list marker or label at the start of its line (" ii. moral rights", "Note.").
    word_start = words.starts[stop - 1]
    if text[word_start - 1 : word_start] in _WORD_JOINERS:
        return False
    typed_start = doc.source_offset(word_start)
    at_line_start = not doc.source[doc.source.rfind("\n", 0, typed_start) + 1 : typed_start].strip()
    if at_line_start and len(before) <= _MARKER_LENGTH:
        return False
    stop_start = doc.source_offset(words.starts[stop])
    stop_end = doc.source_offset(words.ends[stop], is_end=True)
    if doc.source_offset(words.ends[stop - 1], is_end=True) != stop_start:
        return False
    if not set(doc.source[stop_end : doc.source_offset(words.starts[stop + 1])]) <= _SOURCE_GAP:
        return False
    gap = text[words.ends[stop] : words.starts[stop + 1]]
    if gap.count("\n") > 1 or gap.strip(" \n"):
        return False
    if "\n" not in gap:
        return True
    # A short line before the break (verse, an address, a code-like listing), or a next
    # line indented otherwise (a note under a list entry), is not wrapped prose. The
    # line's length as typed (code spans count), its indentation as read (a list item's
    # continuation lines are indented in the source, not in the text).
    typed = doc.source[doc.source.rfind("\n", 0, stop_start) + 1 : stop_end].strip()
    line = text[text.rfind("\n", 0, words.starts[stop]) + 1 : words.ends[stop]]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return len(typed) >= _WRAPPED_LINE and gap.endswith("\n" + indent)


def _prose_follows(a: Analysis, doc: Document, i: int) -> bool:
    """More prose follows the word: another word, or a comma ("however, the"), not a
    defining verb after a bare noun ("level must be an int"), and the sentence it opens
    has no code in it ("cargo build --release", "find_library()")."""
    words, nxt = a.words, i + 1
    if nxt >= len(words) or not (words.texts[nxt][:1].isalpha() or words.texts[nxt] == ","):
        return False
    if words.gap_before(nxt) not in ("", " ", "\n") or nxt in words.paragraph_starts:
        return False
    if words.lowers[nxt] in _DEFINING_VERBS and words.lowers[i] not in _SUBJECT_WORDS:
        typed = doc.source[
            doc.source_offset(words.ends[i], is_end=True) : doc.source_offset(words.starts[nxt])
        ]
        if not typed.strip():  # the verb as typed, not after a dropped "`test()`"
            return False
    sentence = a.sentence_at(words.starts[i])
    return sentence is None or not _CODE_LIKE.search(a.text, words.starts[i], sentence.end)


def _common_word(word: str) -> bool:
    """A common dictionary word that is not only a name ("linux" is "Linux", "ebay" is
    "eBay"), and common enough not to be a command or a package name ("npm", "sudo")."""
    from newslint.rules.spelling import lexicon

    key = word.lower().replace("’", "'")
    entry = lexicon.lookup(key) or lexicon.lookup(key.split("'")[0])
    return entry is not None and entry.in_dictionary and not entry.forms and entry.zipf >= _COMMON


def _in_prose(a: Analysis, doc: Document, i: int) -> bool:
    """The word and the stop before it are in running prose: not a heading, a caption,
    a table row, code, an address or a file name, and the sentence the stop ends is prose too (three
    words or more, not a label: "Note. see below"), not inside brackets ("(ex. titles)",
    "(see the docs. it is short)")."""
    words, text = a.words, a.text
    start, end, stop = words.starts[i], words.ends[i], i - 1
    if any(a.in_region(kind, start, end) for kind in _SKIPPED_REGIONS):
        return False
    if a.headlines.contains(start, end):
        return False
    not_words = a.not_words
    if not_words.contains(start, end) or not_words.contains(
        words.starts[stop - 1], words.ends[stop]
    ):
        return False
    # A table row (a Markdown table's cell or a plain-text table): terse notes, often in
    # a house style of their own, that no measured text showed to be slips.
    if "|" in _source_line(doc, start):
        return False
    sentence = a.sentence_at(words.starts[stop])
    if sentence is None:
        return False
    before_stop = text[sentence.start : words.starts[stop]]
    if any(before_stop.count(o) > before_stop.count(c) for o, c in ("()", "[]")):
        return False
    inside = words.between(sentence.start, words.starts[stop])
    return sum(1 for j in inside if words.texts[j].isalpha()) >= 3


def _source_line(doc: Document, offset: int) -> str:
    """The source line that holds the text offset ``offset``."""
    at, source = doc.source_offset(offset), doc.source
    end = source.find("\n", at)
    return source[source.rfind("\n", 0, at) + 1 : end if end >= 0 else len(source)]


def _is_lowercase_word(word: str) -> bool:
    """A word in lowercase letters throughout ("it", "it's"): an inner capital ("iPhone",
    "eBay", "macOS") is a name written so on purpose."""
    letters = word.replace("'", "").replace("’", "")
    return letters.isalpha() and letters.islower()
