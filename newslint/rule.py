"""What a rule is.

A rule is a small class: its id, name, category, severity, message, docs and
examples are class attributes, and ``check`` yields :class:`Finding` values in
offsets of ``Document.text``. Rules never print, read files or know about the
CLI; what they may consult (house style, the names list) comes in ``Context``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint.diagnostics import SAFE, UNSAFE, Finding
from newslint.document import QUOTATION, Document

if TYPE_CHECKING:
    from newslint.analysis import Analysis

# Fix availability: does a finding of the rule come with a fix?
NEVER, SOMETIMES, ALWAYS = "none", "sometimes", "always"
# A rule's scope: what its findings in a paragraph depend on. STORY: anything in the story
# (names established earlier, word counts, the story's date or house habits). PARAGRAPH:
# that paragraph's text and the settings only, so a paragraph can be checked alone (the
# editor server re-checks just the paragraphs an edit changed; see newslint/incremental.py).
STORY, PARAGRAPH = "story", "paragraph"


class Context:
    """Settings and shared data a rule may consult while checking one document."""

    __slots__ = ("_analysis", "cache", "options", "style")

    def __init__(
        self,
        style: str = "ap",  # "ap" or "chicago"
        options: dict[str, Any] | None = None,
        cache: dict[str, Any] | None = None,
    ) -> None:
        self.style = style
        self.options = options if options is not None else {}
        # Per-document scratch space: a rule family that scans once shares its results here.
        self.cache = cache if cache is not None else {}
        self._analysis: Analysis | None = None

    @property
    def analysis(self) -> Analysis:
        """The one analysis of the document being checked (set by the linter)."""
        if self._analysis is None:
            raise RuntimeError("no document is being checked: use linter.run_rules")
        return self._analysis

    def begin(self, doc: Document) -> Analysis:
        """Start checking ``doc``: a fresh analysis (computed lazily) and scratch space."""
        if self._analysis is None or self._analysis.doc is not doc:
            from newslint.analysis import Analysis, parse_date

            date = self.options.get("date")
            self._analysis = Analysis(doc, self.style, parse_date(date) if date else None)
            self._analysis.options = self.options
            self._analysis.cache = self.cache
        return self._analysis

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    def memo(self, key: str, compute: Any) -> Any:
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


class Example(NamedTuple):
    """A rule's example. In a bad example, ``[[`` and ``]]`` mark the exact span the
    rule must flag, and ``=>`` inside the marks the fix it must offer first:
    "[[The the=>The]] judge ruled." (a rule that offers no fix: "[[The the]] judge").
    ``examples()`` strips the marks and records the span and the replacement."""

    text: str
    style: str = "ap"
    fixed: str | None = None  # for bad examples: the text after the first fix
    options: tuple[tuple[str, Any], ...] = ()  # settings the example needs ("section_symbol", ...)
    span: tuple[int, int] | None = None  # set by Rule.examples() from the marks
    replacement: str | None = None  # the first fix offered on the span; None: no fix

    def unmarked(self) -> Example:
        start = self.text.find("[[")
        end = self.text.find("]]", start + 2)
        if start < 0 or end < 0:
            return self
        flagged, _, replacement = self.text[start + 2 : end].partition("=>")
        text = self.text[:start] + flagged + self.text[end + 2 :]
        fix = replacement if "=>" in self.text[start:end] else None
        return self._replace(text=text, span=(start, start + len(flagged)), replacement=fix)


class Rule:
    id: str = ""
    name: str = ""
    category: str = ""
    severity: str = "warning"
    message: str = ""
    # Docs: what the rule does and why, naming the style authority (AP, Chicago, Bluebook).
    docs: str = ""
    bad: tuple[Example | str, ...] = ()
    good: tuple[Example | str, ...] = ()
    fix_safety: str = UNSAFE
    # None: read from the marked bad examples (see ``fix_available``); declare it when
    # the examples cannot show it (a rule whose fix depends on the story).
    fix_availability: str | None = None
    fix_notes: str = ""  # when the fix is safe or not, and what it proposes
    status: str = "stable"  # "stable", "preview" or "removed" (see registry)
    # Docs sections besides ``docs`` (what it does): why it matters, naming the style
    # authority; the settings it reads, as (key, what it changes); references.
    why: str = ""
    option_docs: tuple[tuple[str, str], ...] = ()
    references: tuple[str, ...] = ()
    # Where the rule's knowledge comes from (a register, a list, the story itself); shown by explain.
    knowledge: str = ""
    # A finding about one word that an entry in the newsroom's dictionary or names list
    # settles (a misspelling): editors offer "add to dictionary" on it.
    settled_by_word_list: bool = False
    # Region kinds where this rule's findings are dropped. Quotations are sacred
    # for style rules; a misspelled name is still flagged inside one.
    skip_regions: frozenset[str] = frozenset({QUOTATION})
    enabled_by_default: bool = True
    # STORY unless the rule's code reads nothing beyond the paragraph (see STORY above);
    # tests/test_incremental.py checks PARAGRAPH rules alone against whole stories.
    scope: str = STORY

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    @property
    def fix_available(self) -> str:
        """NEVER, SOMETIMES or ALWAYS: declared, or what the marked bad examples show
        (tests/test_rule_examples.py checks the marks against the rule's findings)."""
        if self.fix_availability:
            return self.fix_availability
        offered = [_offers_fix(e if isinstance(e, str) else e.text) for e in self.bad]
        if not any(offered):
            return NEVER
        return ALWAYS if all(offered) else SOMETIMES

    @property
    def fixable(self) -> bool:
        return self.fix_available != NEVER and self.fix_safety in (SAFE, UNSAFE)

    def examples(self, kind: str) -> list[Example]:
        raw = self.bad if kind == "bad" else self.good
        return [(e if isinstance(e, Example) else Example(e)).unmarked() for e in raw]

    def __repr__(self) -> str:
        return f"<Rule {self.id} {self.name}>"


def _offers_fix(text: str) -> bool:
    """Whether a marked bad example marks a fix ("[[flagged=>fix]]"), read as
    ``Example.unmarked`` reads it but without building the example (every run lists
    the rules' fix availability for its formatters)."""
    start = text.find("[[")
    end = text.find("]]", start + 2)
    return start >= 0 and end >= 0 and "=>" in text[start:end]
