"""One analysis of the story, computed once per document and read by every rule.

A rule asks ``ctx.analysis`` for facts — the words with their offsets, which words
open a sentence, the sentences and paragraphs, headlines and quotations, the
story's date — instead of tokenising or splitting the text itself. Every fact is
computed on first use and kept for the document, so a story that no rule asks
about costs nothing, and a fact many rules read is computed once.

Facts are read-only: lists and sets that a rule must not change.

Contract of the speed helpers here (``Words.vocabulary``, ``Words.find``,
``Analysis.has_any``): each answers exactly what a full scan would; the tests in
``tests/test_analysis.py`` compare them with plain scans on random text.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint.document import HEADING, QUOTATION, Document, SpanIndex

if TYPE_CHECKING:
    from newslint.rules.legal.citations import Citations
    from newslint.rules.legal.common import Prose
    from newslint.rules.legal.courts import Courts
    from newslint.rules.names.spelling import People

# A token: a number with inner separators ("1,200", "3.5"), a word with inner
# apostrophes ("don't", "Sessions’s"; hyphens split compounds into parts), or any
# other single non-space character (punctuation, a quote mark, a dash).
_TOKEN = re.compile(r"(\d+(?:[,.]\d+)+|\w+(?:['’]\w+)*|\S)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Abbreviations whose period does not end a sentence (titles, initials, months, "v.").
_ABBREVIATION_LIST = """Mr Mrs Ms Mx Dr Sen Sens Rep Reps Gov Govs Lt Gen Adm Capt Sgt Col Maj Cmdr Cpl Pvt
    Spc Det Prof Rev Hon Messrs St Mt Ft No Nos v vs Inc Co Corp Jr Sr Jan Feb Mar Apr Aug
    Sept Sep Oct Nov Dec Ave Blvd Rd Atty Attys Asst Supt Gens Ltd Bros Pa Fla Calif Mass
    Conn Ariz Colo Tenn Wash Wis Mich Minn Okla Ore Ky Va Md Ga Ala La Miss Mo Neb Nev Del
    Ill Ind Kan Ark Mont Vt Wyo Brig Pfc Ens Dept Univ Assn etc al e g i eg ie cf viz approx
    incl esp Id pp vol Vol Fig Figs Sec Secs"""
ABBREVIATIONS = frozenset(_ABBREVIATION_LIST.split())
_SENTENCE_END = ".!?"
# How firmly a mark ends a sentence. HARD: the next word opens one, whatever its case.
# SOFT: a mark that may end a sentence or carry on within it (a question or exclamation
# mark, an ellipsis, "a.m.", a stop before a closing quote or bracket): the next word
# opens a sentence unless it is lowercase ('"Why?" he asked', "Was it fraud? negligence?",
# "he paused ... then went on": AP "ellipsis" and "question mark").
_NO_END, _SOFT, _HARD = 0, 1, 2
_CLOSERS = frozenset("”\"’')]")
# What may stand between a sentence's end and its first word.
_OPENERS = " \t“\"‘'([{"
_CLOSING_STOP = frozenset(".!?:;,”\"’')")
# Front matter: YAML between --- lines, or TOML between +++ lines, at the very top.
_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
# What the spelling family must not read as words (see ``Analysis.not_words``).
_NOT_WORDS = re.compile(
    r"(?:https?://|ftp://|www\.|mailto:)\S+"  # web and mailto: addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?<![\w@])[@#]\w+"  # handles and hashtags
    r"|\b\w+(?:(?:\.|::|/|\\)\w+)+(?:\(\))?"  # file.ext, a.b.c, std::io, path/to, a\\b
    r"|\b\w*_\w*\b"  # snake_case
    r"|`[^`\n]+`"  # code in backticks (Markdown kept as plain text)
    r"|\[[^\s\[\]]+\]"  # link references: "[rfcs]", "[oli-obk]"
    r"|\{\{.*?\}\}|\{%.*?%\}"  # template tags
)
_NOT_WORD_MARKS = re.compile(r"[@#_`\[{/\\]|\.(?=\w)|::|mailto:")
# Code named inline as the source writes it: a Markdown code span (within a paragraph)
# or an HTML code, kbd or samp element. Read from the source because Markdown drops code
# from the prose text. Fenced blocks and <pre> are left out: their keywords and comments
# ("if", "this", "for") are English words too.
_INLINE_CODE = re.compile(
    r"^[ \t]*(?P<fence>`{3,}|~{3,}).*?^[ \t]*(?P=fence)"  # a fenced block: skipped
    r"|(?P<ticks>`+)(?P<span>(?:[^`\n]|\n(?![ \t]*\n))+?)(?P=ticks)"
    r"|<(?P<tag>code|kbd|samp)\b[^>]*>(?P<element>[^<]*)</(?P=tag)\s*>",
    re.I | re.M | re.S,
)
_CODE_WORD = re.compile(r"[A-Za-z][\w.-]*")  # "make", "if-match", "os.path"
_DATE_KEY = re.compile(
    r"""^[ \t]*(?:date|published|pubdate|publishdate)[ \t]*[:=][ \t]*["']?(\d{4})-(\d{1,2})-(\d{1,2})""",
    re.M | re.I,
)


_COURT_REGISTER = re.compile(
    r"(?<=[a-z,] )(?:the Court|Defendant|the Government)\b|\bU\.S\.C\.|\bindictment\b|"
    r"\bple(?:d|aded) guilty\b"
)


class Span(NamedTuple):
    start: int  # offsets into Document.text
    end: int


class Word(NamedTuple):
    """One token of the prose, as a rule reads it (built on demand by ``Words[i]``)."""

    position: int  # the token's index in Words
    text: str
    start: int
    end: int
    lower: str  # lowercased, with a curly apostrophe made straight
    sentence_start: bool
    paragraph_start: bool

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


class Words:
    """The story's tokens as parallel lists: token ``i`` is ``texts[i]`` at
    ``starts[i]:ends[i]``. A story has about a thousand tokens and most rules read a
    few dozen, so the lists are built with whole-text operations and a :class:`Word`
    only when one is read."""

    def __init__(self, text: str) -> None:
        parts = _TOKEN.split(text)
        offsets = list(accumulate(map(len, parts)))  # where each gap and token ends
        self.text = text
        self.texts: list[str] = parts[1::2]
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        # One lowercasing for the whole text (a token never holds a newline).
        joined = "\n".join(self.texts).lower().replace("’", "'")
        self.lowers: list[str] = joined.split("\n") if self.texts else []
        # Tokens with a blank line (or the text's start) before them.
        self.paragraph_starts = frozenset([0] if self.texts else []) | frozenset(
            bisect.bisect_left(self.starts, m.end()) for m in _PARAGRAPH_BREAK.finditer(text)
        )

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Word:
        return Word(
            i,
            self.texts[i],
            self.starts[i],
            self.ends[i],
            self.lowers[i],
            i in self.sentence_starts,
            i in self.paragraph_starts,
        )

    def __iter__(self) -> Iterator[Word]:
        return (self[i] for i in range(len(self.texts)))

    def gap_before(self, i: int) -> str:
        """The text between token ``i - 1`` (or the text's start) and token ``i``."""
        return self.text[self.ends[i - 1] if i else 0 : self.starts[i]]

    def index_at(self, offset: int) -> int:
        """The token that contains ``offset``, or the next one after it."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.ends[i] else i + 1

    def between(self, start: int, end: int) -> range:
        """The indexes of the tokens inside ``start:end``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every distinct lowercased token: a rule whose words are all absent can stop."""
        return frozenset(self.lowers)

    @cached_property
    def counts(self) -> Counter[str]:
        """How often each token occurs, exactly as written."""
        return Counter(self.texts)

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        """Each lowercased token's indexes, built once: rules ask for dozens of words."""
        positions: dict[str, list[int]] = {}
        for i, low in enumerate(self.lowers):
            positions.setdefault(low, []).append(i)
        return positions

    def find(self, targets: Iterable[str]) -> list[int]:
        """The indexes, in order, of the tokens whose lowercased text is in ``targets``."""
        positions = self._positions
        found: list[int] = []
        for word in self.vocabulary.intersection(targets):
            found += positions[word]
        found.sort()
        return found

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Tokens that open a sentence: the first word of a paragraph, or the first word
        after a full stop, question or exclamation mark (see ``_end_kind``). Not a
        sentence start: a word after an abbreviation ("Sen.", "U.S.", "e.g."), inside a
        file name or web address ("config.toml"), or a lowercase word after a mark that
        need not end the sentence ('"Why?" he asked', "wait ... then"). A line break
        alone is no sentence end: drafts wrap their lines."""
        starts: set[int] = set()
        texts = self.texts
        expecting = _HARD  # at the text's start
        for i, token in enumerate(texts):
            if i in self.paragraph_starts:
                expecting = _HARD
            first = token[:1]
            if first.isalnum():
                if expecting == _HARD or (expecting == _SOFT and not first.islower()):
                    starts.add(i)
                expecting = _NO_END
            elif token in _SENTENCE_END or token == "…":
                expecting = self._end_kind(i)
            elif token in "—–-" and self._dateline_dash(i):
                expecting = _HARD
            elif expecting and token in _CLOSERS and self.glued(i):
                # "... he said.” she" or "(It was late.) then": the stop ends what the
                # quote or bracket holds; the words after it may carry on the sentence.
                expecting = _SOFT
            # Anything else (opening quotes, brackets, commas) keeps the expectation.
        return frozenset(starts)

    def glued(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return i > 0 and self.starts[i] == self.ends[i - 1]

    def _end_kind(self, i: int) -> int:
        """How firmly the mark at token ``i`` ("." "?" "!" "…") ends a sentence."""
        token = self.texts[i]
        if token != ".":
            return _SOFT
        after = self.text[self.ends[i] : self.ends[i] + 1]
        if after.islower() or after.isdigit():
            return _NO_END  # inside a word: "config.toml", "example.com", "a.m", "v1.2"
        if self._in_ellipsis(i):
            return _SOFT
        if self._abbreviation_period(i):
            return _NO_END
        before = self.texts[i - 1] if i else ""
        if len(before) == 1 and before.islower() and i > 1 and self.texts[i - 2] == ".":
            # "a.m.", "p.m.": may end the sentence, or not.
            return _SOFT if self.glued(i - 1) and self.glued(i) else _HARD
        return _HARD

    def _in_ellipsis(self, i: int) -> bool:
        """Whether the period at token ``i`` is one of an ellipsis ("..." or ". . .")."""
        texts, text = self.texts, self.text
        return any(
            j >= 0
            and k < len(texts)
            and texts[j] == texts[k] == "."
            and text[self.ends[j] : self.starts[k]] in ("", " ")
            for j, k in ((i - 1, i), (i, i + 1))
        )

    def _abbreviation_period(self, i: int) -> bool:
        if self.texts[i] != "." or i == 0 or self.starts[i] != self.ends[i - 1]:
            return False
        before = self.texts[i - 1]
        if before in ABBREVIATIONS:
            return True
        # An initial ("G." in "Israel G. Grossman", "U.S."): one capital letter.
        return len(before) == 1 and before.isupper()

    def _dateline_dash(self, i: int) -> bool:
        # "PITTSBURGH — A Westmoreland man": the dash follows an all-caps word.
        before = self.texts[i - 1] if i else ""
        return len(before) > 1 and before.isupper() and self.starts[i] > self.ends[i - 1]


class Analysis:
    """What a copy editor knows about a story after one read; see the module docs."""

    def __init__(
        self,
        doc: Document,
        style: str = "ap",
        date: datetime.date | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.style = style
        self._date = date  # --date or the config's; front matter wins (see ``date``)
        # The run's rule options and per-document scratch space, set by Context.begin
        # (the dicts, not the Context: a reference cycle would leave every document's
        # analysis to the cyclic garbage collector).
        self.options: dict[str, Any] = {}
        self.cache: dict[str, Any] = {}

    @cached_property
    def words(self) -> Words:
        return Words(self.text)

    @cached_property
    def lowered(self) -> str:
        """The text lowercased (offsets are kept only for ASCII text; use for tests of
        presence, not for positions)."""
        return self.text.lower()

    def has_any(self, *needles: str) -> bool:
        """Whether any of the lowercase ``needles`` occurs in the text, ignoring case."""
        lowered = self.lowered
        return any(n in lowered for n in needles)

    @cached_property
    def paragraphs(self) -> list[Span]:
        spans = []
        start = 0
        for m in _PARAGRAPH_BREAK.finditer(self.text):
            if self.text[start : m.start()].strip():
                spans.append(Span(start, m.start()))
            start = m.end()
        if self.text[start:].strip():
            spans.append(Span(start, len(self.text.rstrip())))
        return spans

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, from one sentence start to the next (or the paragraph's end)."""
        words = self.words
        para_ends = [p.end for p in self.paragraphs]
        starts = []
        for i in sorted(words.sentence_starts):
            start = words.starts[i]
            # Back over an opening quote or bracket that belongs to the sentence.
            while i > 0 and words.texts[i - 1] in "“\"‘'([" and words.ends[i - 1] == start:
                i -= 1
                start = words.starts[i]
            starts.append(start)
        spans = []
        for n, start in enumerate(starts):
            nxt = starts[n + 1] if n + 1 < len(starts) else len(self.text)
            p = bisect.bisect_left(para_ends, start)
            end = min(nxt, para_ends[p]) if p < len(para_ends) else nxt
            while end > start and self.text[end - 1].isspace():
                end -= 1
            spans.append(Span(start, end))
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset <= self.sentences[i].end:
            return self.sentences[i]
        return None

    def regions(self, kind: str) -> SpanIndex:
        """The document's regions of one kind (heading, quotation, list_item...)."""
        return self.doc.index(kind)

    def in_region(self, kind: str, start: int, end: int | None = None) -> bool:
        return self.regions(kind).contains(start, end)

    @cached_property
    def quotations(self) -> SpanIndex:
        return self.regions(QUOTATION)

    @cached_property
    def headlines(self) -> SpanIndex:
        """Headings from markup and, in plain text, a paragraph of one short line with no
        closing stop (a headline or a subhead)."""
        spans = [Span(r.start, r.end) for r in self.doc.regions if r.kind == HEADING]
        if self.doc.format == "plain":
            text = self.text
            for p in self.paragraphs:
                line = text[p.start : p.end]
                if "\n" in line.strip() or len(line.split()) > 16:
                    continue
                if line.rstrip()[-1:] not in _CLOSING_STOP:
                    spans.append(p)
        return SpanIndex(spans)

    @cached_property
    def date(self) -> datetime.date:
        """The story's date: front matter's ``date:``, else the run's ``--date``, else today."""
        found = front_matter_date(self.doc.source)
        if found is not None:
            return found
        return self._date or datetime.date.today()

    @cached_property
    def date_source(self) -> str:
        """Where ``date`` came from: "front matter", "settings" or "today" (for messages)."""
        if front_matter_date(self.doc.source) is not None:
            return "front matter"
        return "settings" if self._date else "today"

    @cached_property
    def court_register(self) -> bool:
        """Whether the story is written in the register of court papers and prosecutors'
        releases, where "the Government", "the Court" and "Defendant" are parties'
        names: a capitalized "Court" mid-sentence, or a statute or indictment cited."""
        return _COURT_REGISTER.search(self.text) is not None

    # ---------------------------------------------------------------- spelling facts
    # (added for the spelling family; kept at the end of the class)

    @cached_property
    def code_words(self) -> frozenset[str]:
        """The words, lowercased, that the story names as inline code anywhere (the
        first word of each code span or HTML code element: "`make install`" names
        "make"): commands and package names that prose may also write in lowercase on
        purpose."""
        source = self.doc.source
        if "`" not in source and "<" not in source:
            return frozenset()
        found: set[str] = set()
        for m in _INLINE_CODE.finditer(source):
            first = _CODE_WORD.search(m.group("span") or m.group("element") or "")
            if first:
                found.add(first.group().lower())
        return frozenset(found)

    @cached_property
    def not_words(self) -> SpanIndex:
        """Text that is not prose words even where markup left it in: web addresses,
        e-mail addresses, @handles, #hashtags, file names and dotted identifiers
        ("Cargo.toml", "std::io"), and snake_case or ``path/like`` tokens."""
        text = self.text
        spans: list[Span] = []
        done = 0
        # Each kind needs a mark ("@", "_", "/", "`", a dot inside a word...): run the
        # full pattern only around the marks, from the chunk's start to its end (the
        # line's end for code and template tags, which may hold spaces).
        for mark in _NOT_WORD_MARKS.finditer(text):
            at = mark.start()
            if at < done:
                continue
            start = (
                max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
            )
            end = min((e for e in (text.find(c, at) for c in " \n\t") if e >= 0), default=-1)
            end = len(text) if end < 0 else end
            if "`" in text[start:end] or "{" in text[start:end]:
                end = text.find("\n", at)
            end = len(text) if end < 0 else end
            spans.extend(Span(*m.span()) for m in _NOT_WORDS.finditer(text, start, end))
            done = end
        return SpanIndex(spans)

    # Facts from the family scanners ---------------------------------------------------
    # Read by rules and by engines whatever rules are selected: LanguageTool's spell
    # checker leaves the story's names, courts and citations alone. Each calls the
    # family's scanner once per document; the scanners' own imports stay lazy.

    @cached_property
    def people(self) -> People:
        """The people the story names, with the references that establish each spelling
        and the references that stray from it (``names/spelling.py``); the names list
        comes from the run's options (``names_list``, parsed by the linter)."""
        from newslint.rules.names.spelling import find_people_facts

        return find_people_facts(self)

    @cached_property
    def known_names(self) -> frozenset[str]:
        """The name words the story establishes, for the spelling engines."""
        return self.people.known_names

    @cached_property
    def courts(self) -> Courts:
        """The courts the story names, as typed facts (``legal/courts.py``)."""
        from newslint.rules.legal.courts import scan_courts

        return scan_courts(self.legal_prose)

    @cached_property
    def citations(self) -> Citations:
        """The statute, regulation and case citations in the story, as typed facts
        (``legal/citations.py``)."""
        from newslint.rules.legal.citations import scan_citations

        return scan_citations(self.legal_prose)

    @cached_property
    def legal_prose(self) -> Prose:
        from newslint.rules.legal.common import Prose

        return Prose(self.text)

    @cached_property
    def legal_spans(self) -> list[tuple[int, int]]:
        """Where the story names a court or cites a law or a case, merged."""
        from newslint.rules.legal.common import merge_spans

        return merge_spans(self.courts.spans + self.citations.spans)


def tokens(text: str) -> list[str]:
    """The tokens of a short text (a name in a register), split as ``Words`` splits a
    story, without building the offset lists."""
    return _TOKEN.findall(text)


def first_token(text: str) -> str:
    """The first token of ``text``, lowercased as ``Words.lowers`` has it ("" if none)."""
    m = _TOKEN.search(text)
    return m.group().lower().replace("’", "'") if m else ""


def front_matter_date(source: str) -> datetime.date | None:
    m = _FRONT_MATTER.match(source)
    if not m:
        return None
    d = _DATE_KEY.search(m.group(2))
    if not d:
        return None
    try:
        return datetime.date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
    except ValueError:
        return None


def parse_date(value: str) -> datetime.date:
    """A ``YYYY-MM-DD`` date from the command line or config (ValueError otherwise)."""
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None
