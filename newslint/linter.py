"""The engine: run the selected rules on a document and place their findings in the source.

source -> Document -> rules (and external engines) -> findings in prose offsets
-> region policy, suppressions -> source offsets -> merged duplicates -> sorted diagnostics.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from newslint import markup
from newslint.diagnostics import SAFE, Diagnostic, Edit, Finding, Fix, severity_rank
from newslint.document import Document
from newslint.packs import RuleTimeout, builtin_pack_files, load_packs
from newslint.rule import Context, Rule
from newslint.rules import builtin_rule_classes
from newslint.selection import Selector
from newslint.settings import Settings
from newslint.suppress import find_suppressions, is_suppressed


class Engine(Protocol):
    """An external checker (proselint, LanguageTool) that reports many rules of its own."""

    name: str

    def check(self, doc: Document, ctx: Context, selector: Selector) -> list[Finding]: ...


@dataclass
class FileResult:
    path: str
    source: str
    diagnostics: list[Diagnostic]
    notices: list[str] = field(default_factory=list)


def all_rules(settings: Settings) -> list[Rule]:
    """Every rule known under these settings: code rules, built-in packs, the newsroom's packs."""
    rules: list[Rule] = [cls() for cls in builtin_rule_classes()]
    rules.extend(load_packs([*builtin_pack_files(), *(Path(p) for p in settings.packs)]))
    return rules


def selector_for(settings: Settings, path: str | None = None) -> Selector:
    ignore = settings.ignore + (settings.ignores_for(path) if path else ())
    return Selector(settings.select, ignore, settings.extend_select)


def selected_rules(rules: Iterable[Rule], selector: Selector) -> list[Rule]:
    return [r for r in rules if selector.enabled(r.id, r.name, r.category, r.enabled_by_default)]


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
    for rule in rules:
        try:
            for finding in rule.check(doc, ctx):
                if not any(doc.in_region(k, finding.start, finding.end) for k in rule.skip_regions):
                    out.append((rule.id, finding, rule))
        except RuleTimeout as exc:
            if notices is not None:
                notices.append(str(exc))
    for engine in engines:
        for finding in engine.check(doc, ctx, selector or Selector()):
            out.append((finding.rule or engine.name, finding, None))
    return out


def to_diagnostics(
    path: str,
    doc: Document,
    found: Iterable[tuple[str, Finding, Rule | None]],
    settings: Settings,
    engine_name: str = "newslint",
) -> list[Diagnostic]:
    suppressions = find_suppressions(doc.source)
    diagnostics = []
    for rule_id, finding, rule in found:
        start, end = doc.source_span(finding.start, finding.end)
        if is_suppressed(suppressions, rule_id, start):
            continue
        severity = _severity(rule_id, finding, rule, settings)
        message = finding.message or (rule.message if rule else rule_id)
        safety = finding.fix_safety or (rule.fix_safety if rule else "unsafe")
        fix = None
        if finding.replacements:
            fix = Fix((Edit(start, end, finding.replacements[0]),), safety)
        source = engine_name if rule else rule_id.split(".", 1)[0]
        diagnostics.append(
            Diagnostic(
                path, start, end, rule_id, severity, message, finding.replacements, fix, source
            )
        )
    return merge_duplicates(diagnostics)


def _severity(rule_id: str, finding: Finding, rule: Rule | None, settings: Settings) -> str:
    best = ""
    for key in settings.severity:
        if (rule_id == key or rule_id.startswith(key)) and len(key) > len(best):
            best = key
    if best:
        return settings.severity[best]
    return finding.severity or (rule.severity if rule else "warning")


def merge_duplicates(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Show a finding once when engines agree on span and fix; newslint's own rule wins."""
    by_key: dict[tuple[int, int, str], Diagnostic] = {}
    order: list[tuple[int, int, str]] = []
    for diag in sorted(diagnostics, key=lambda d: (d.source != "newslint", d.sort_key)):
        key = (diag.start, diag.end, diag.replacements[0] if diag.replacements else diag.rule)
        if diag.source != "newslint" and not diag.replacements:
            key = (diag.start, diag.end, diag.rule)
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = diag
            order.append(key)
        elif diag.source not in kept.agreed and diag.source != kept.source:
            by_key[key] = _agree(kept, diag)
    merged = [by_key[k] for k in order]
    return sorted(merged, key=lambda d: d.sort_key)


def _agree(kept: Diagnostic, other: Diagnostic) -> Diagnostic:
    from dataclasses import replace

    severity = max(kept.severity, other.severity, key=severity_rank)
    return replace(kept, agreed=(*kept.agreed, other.source), severity=severity)


def check_document(
    path: str,
    doc: Document,
    rules: Sequence[Rule],
    settings: Settings,
    engines: Sequence[Engine] = (),
) -> FileResult:
    notices: list[str] = []
    ctx = Context(style=settings.style, options=settings.rule_options())
    selector = selector_for(settings, path)
    found = run_rules(doc, rules, ctx, engines, selector, notices)
    return FileResult(path, doc.source, to_diagnostics(path, doc, found, settings), notices)


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
        rules = selected_rules(all_rules(settings), selector_for(settings, path))
    return check_document(path, markup.parse(text, fmt), rules, settings)


def is_safe(diag: Diagnostic) -> bool:
    return diag.fix is not None and diag.fix.applicability == SAFE
