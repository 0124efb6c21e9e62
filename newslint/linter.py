"""The engine: run the selected rules on a document and place their findings in the source.

source -> Document -> rules (and external engines) -> findings in prose offsets
-> region policy, suppressions -> source offsets -> merged duplicates -> sorted diagnostics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Protocol

from newslint import markup
from newslint.diagnostics import DISPLAY, SAFE, Diagnostic, Edit, Finding, Fix
from newslint.document import Document
from newslint.packs import RuleTimeout, builtin_pack_files, load_packs
from newslint.registry import canonical, selection_keys
from newslint.rule import Context, Rule
from newslint.rules import builtin_rule_classes
from newslint.selection import Selector
from newslint.settings import Settings
from newslint.suppress import find_suppressions, is_suppressed


class Engine(Protocol):
    """An external checker (proselint, LanguageTool) that reports many rules of its own."""

    name: str

    def check(self, doc: Document, ctx: Context, selector: Selector) -> list[Finding]: ...


class FileResult(NamedTuple):
    path: str
    source: str
    diagnostics: list[Diagnostic]
    notices: tuple[str, ...] = ()  # trouble met on the way (a pattern that timed out...)


def all_rules(settings: Settings) -> list[Rule]:
    """Every rule known under these settings: code rules, built-in packs, the newsroom's packs."""
    rules: list[Rule] = [cls() for cls in builtin_rule_classes()]
    builtin = builtin_pack_files()
    paths = [*builtin, *(Path(p) for p in settings.packs)]
    rules.extend(load_packs(paths, trusted=builtin, reserved=[r.id for r in rules]))
    return rules


def selector_for(settings: Settings, path: str | None = None) -> Selector:
    """The selection for ``path``; an entry naming a renamed id selects the new one."""
    ignore = settings.ignore + (settings.ignores_for(path) if path else ())
    select, ignore, extend = (
        tuple(canonical(e) for e in entries)
        for entries in (settings.select, ignore, settings.extend_select)
    )
    return Selector(select, ignore, extend)


def selected_rules(rules: Iterable[Rule], selector: Selector) -> list[Rule]:
    """The rules the selection enables. A preview rule runs only when named by its id or
    name (a prefix, family or ALL never brings one in); a removed rule never runs."""
    named = {*selector.select, *selector.extend_select}
    return [
        r
        for r in rules
        if r.status != "removed"
        and (r.status != "preview" or r.id in named or r.name in named)
        and selector.enabled(r.id, r.name, r.category, r.enabled_by_default, selection_keys(r))
    ]


def run_rules(
    doc: Document,
    rules: Sequence[Rule],
    ctx: Context,
    engines: Sequence[Engine] = (),
    selector: Selector | None = None,
    notices: list[str] | None = None,
) -> list[tuple[str, Finding, Rule | None]]:
    """Findings in prose offsets, each with its rule id (and rule, for built-ins)."""
    out: list[tuple[str, Finding, Rule | None]] = []
    ctx.begin(doc)
    text = doc.text
    for rule in rules:
        try:
            for finding in rule.check(doc, ctx):
                if _crosses_paragraph(text, finding.start, finding.end):
                    continue
                if not any(doc.in_region(k, finding.start, finding.end) for k in rule.skip_regions):
                    out.append((rule.id, finding, rule))
        except RuleTimeout as exc:
            if notices is not None:
                notices.append(str(exc))
    for engine in engines:
        for finding in engine.check(doc, ctx, selector or Selector()):
            if not _crosses_paragraph(text, finding.start, finding.end):
                out.append((finding.rule or engine.name, finding, None))
        # Trouble an engine met on this document (a server that stopped answering).
        drain = getattr(engine, "drain_notices", None)
        if drain is not None and notices is not None:
            notices.extend(drain())
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _crosses_paragraph(text: str, start: int, end: int) -> bool:
    """No finding may join two paragraphs: a match across a blank line is a rule's mistake."""
    return (
        text.find("\n", start, end) >= 0 and _PARAGRAPH_BREAK.search(text, start, end) is not None
    )


def to_diagnostics(
    path: str,
    doc: Document,
    found: Iterable[tuple[str, Finding, Rule | None]],
    settings: Settings,
    engine_name: str = "newslint",
) -> list[Diagnostic]:
    suppressions = [
        s._replace(rules=tuple(canonical(r) for r in s.rules))
        for s in find_suppressions(doc.source)
    ]
    diagnostics = []
    for rule_id, finding, rule in found:
        start, end = doc.source_span(finding.start, finding.end)
        code = selection_keys(rule)[0] if rule and suppressions else ""
        if (
            is_suppressed(suppressions, rule_id, start)
            or (code and is_suppressed(suppressions, code, start))
            or (finding.same_as and is_suppressed(suppressions, finding.same_as, start))
        ):
            continue
        severity = _severity(rule_id, finding, rule, settings)
        message = finding.message or (rule.message if rule else rule_id)
        safety = finding.fix_safety or (rule.fix_safety if rule else "unsafe")
        fix = None
        if finding.replacements and safety != DISPLAY:  # a ranked guess is shown, not applied
            fix = Fix((Edit(start, end, finding.replacements[0]),), safety, finding.joins_lines)
        source = engine_name if rule else rule_id.split(".", 1)[0]
        diagnostics.append(
            Diagnostic(
                path, start, end, rule_id, severity, message, finding.replacements, fix, source
            )
        )
    return merge_duplicates(diagnostics, doc.source)


def _severity(rule_id: str, finding: Finding, rule: Rule | None, settings: Settings) -> str:
    """The newsroom's severity for the rule (the longest matching id, prefix or family
    code wins), else the finding's, else the rule's default."""
    if not settings.severity:
        return finding.severity or (rule.severity if rule else "warning")
    code = selection_keys(rule)[0] if rule else ""
    best, value = "", ""
    for key, severity in settings.severity.items():
        name = canonical(key)
        if (rule_id.upper().startswith(name.upper()) or name.upper() == code.upper()) and len(
            name
        ) > len(best):
            best, value = name, severity
    if best:
        return value
    return finding.severity or (rule.severity if rule else "warning")


def merge_duplicates(diagnostics: list[Diagnostic], source: str | None = None) -> list[Diagnostic]:
    """Show a finding once when engines agree; newslint's own rule wins, then one with a fix.

    Two findings agree when they have the same span and the same first fix; when
    their spans overlap and their fixes make the same text (``source`` given), e.g.
    "the the" -> "the" and "the the " -> "the "; or when they have the same span and
    the second engine offers no fix of its own.
    """
    ordered = sorted(
        diagnostics, key=lambda d: (d.source != "newslint", not d.replacements, d.sort_key)
    )
    kept: list[Diagnostic] = []
    at: dict[int, list[int]] = {}  # source offset -> kept findings covering it
    for diag in ordered:
        near = sorted({i for pos in _positions(diag) for i in at.get(pos, ())})
        for i in near:
            if _same_finding(kept[i], diag, source):
                if diag.source != kept[i].source and diag.source not in kept[i].agreed:
                    kept[i] = _agree(kept[i], diag)
                break
        else:
            for pos in _positions(diag):
                at.setdefault(pos, []).append(len(kept))
            kept.append(diag)
    return sorted(kept, key=lambda d: d.sort_key)


# newslint's spelling rules and an engine's speller on the same word are one finding:
# newslint's message and fix win, the speller's other suggestions are kept after its own.
SPELLING_RULES = frozenset({"NL602", "NL603", "NL604"})
ENGINE_SPELLERS = ("languagetool.MORFOLOGIK_RULE", "languagetool.HUNSPELL_RULE")


def _same_word(kept: Diagnostic, diag: Diagnostic) -> bool:
    return (
        kept.rule in SPELLING_RULES
        and diag.rule.startswith(ENGINE_SPELLERS)
        and kept.start < diag.end
        and diag.start < kept.end
    )


def _positions(diag: Diagnostic) -> range:
    return range(diag.start, max(diag.end, diag.start + 1))


def _same_finding(kept: Diagnostic, diag: Diagnostic, source: str | None) -> bool:
    if _same_word(kept, diag):
        return True
    same_span = (kept.start, kept.end) == (diag.start, diag.end)
    if kept.replacements and diag.replacements and same_span:
        return kept.replacements[0] == diag.replacements[0]
    if kept.source == diag.source:
        return False  # two of newslint's own rules are two findings
    if same_span and not diag.replacements:
        return True
    if not (kept.replacements and diag.replacements and source is not None):
        return False
    if not (kept.start < diag.end and diag.start < kept.end):
        return False
    lo, hi = min(kept.start, diag.start), max(kept.end, diag.end)

    def fixed(d: Diagnostic) -> str:
        return source[lo : d.start] + d.replacements[0] + source[d.end : hi]

    return fixed(kept) == fixed(diag)


def _agree(kept: Diagnostic, other: Diagnostic) -> Diagnostic:
    # The kept finding keeps its severity: it may be one the newsroom set for that rule.
    merged = kept._replace(agreed=(*kept.agreed, other.source))
    if _same_word(kept, other) and (kept.start, kept.end) == (other.start, other.end):
        extra = tuple(r for r in other.replacements if r not in kept.replacements)
        merged = merged._replace(replacements=kept.replacements + extra)
    return merged


def check_document(
    path: str,
    doc: Document,
    rules: Sequence[Rule],
    settings: Settings,
    engines: Sequence[Engine] = (),
) -> FileResult:
    notices: list[str] = list(doc.notices)
    options = settings.rule_options()
    if settings.names:  # parsed here (once per file version), so rules never read files
        from newslint.rules.names.nameslist import load_names

        options["names_list"] = load_names(settings.names)
    selector = selector_for(settings, path)
    found: list[tuple[str, Finding, Rule | None]] = []
    for start, end in windows(doc.text):
        part = doc if (start, end) == (0, len(doc.text)) else doc.window(start, end)
        # A fresh context per window: what rules memoise about a window goes with it.
        ctx = Context(style=settings.style, options=dict(options))
        for rule_id, f, rule in run_rules(part, rules, ctx, engines, selector, notices):
            if start:
                f = f._replace(start=f.start + start, end=f.end + start)
            found.append((rule_id, f, rule))
    return FileResult(path, doc.source, to_diagnostics(path, doc, found, settings), tuple(notices))


# Prose beyond this many characters is checked a window at a time, so that time and memory
# grow linearly with the draft whatever a rule keeps per document. A long story is under
# 100,000 characters; a window holds several such stories whole.
WINDOW = 512 * 1024


def windows(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """Spans of about ``size`` (default WINDOW) characters covering ``text``, cut at a
    paragraph break (else a sentence's end, else a space) in the second half of each."""
    size = size or WINDOW
    spans = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        half = start + size // 2
        cut = text.rfind("\n\n", half, limit)
        if cut >= 0:
            cut += 2
        else:
            cut = text.rfind(". ", half, limit)
            cut = cut + 2 if cut >= 0 else text.rfind(" ", half, limit) + 1
        if cut <= start:
            cut = limit  # no space in half a window: not prose, cut anywhere
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def check_text(
    text: str,
    fmt: str = "plain",
    settings: Settings | None = None,
    rules: Sequence[Rule] | None = None,
    path: str = "<text>",
) -> FileResult:
    """Check a string with the built-in rules (no external engines): the library entry point."""
    settings = settings or Settings()
    if rules is None:
        rules = selected_rules(
            _rules_for_packs(_pack_versions(settings)), selector_for(settings, path)
        )
    return check_document(path, markup.parse(text, fmt), rules, settings)


def _pack_versions(settings: Settings) -> tuple[tuple[str, int, int], ...]:
    versions = []
    for pack in settings.packs:
        try:
            stat = Path(pack).stat()
            versions.append((pack, stat.st_mtime_ns, stat.st_size))
        except OSError:
            versions.append((pack, -1, -1))  # load_packs reports it
    return tuple(versions)


@lru_cache(maxsize=8)
def _rules_for_packs(packs: tuple[tuple[str, int, int], ...]) -> list[Rule]:
    """check_text's rules, loaded once per set of pack files (and their versions): rules
    keep nothing of a document, so one set serves every call."""
    return all_rules(Settings(packs=tuple(path for path, _, _ in packs)))


def is_safe(diag: Diagnostic) -> bool:
    return diag.fix is not None and diag.fix.applicability == SAFE
