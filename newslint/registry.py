"""The one registry of rules: what each rule is, and its docs rendered once.

Every place that describes rules reads it: ``newslint rules`` (``listing``),
``newslint explain`` (``explain``), SARIF help (``help_markdown``), the rules
reference ``docs/rules.md`` (``reference``, written by ``scripts/rules_reference.py``),
and selection (``selection_keys``, ``canonical``).

A rule's metadata stays on its class (id, name, category, severity, fix safety,
status, docs sections); the registry adds what no single class knows: the family a
rule belongs to and the code that selects the family, fix availability checked
against the rule's marked examples, and the redirects of renamed ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from newslint.diagnostics import DISPLAY, SAFE
from newslint.rule import ALWAYS, NEVER, Rule

if TYPE_CHECKING:
    from newslint.formats.common import RuleInfo


class Family:
    """A family of rules. (A slotted class: every run imports this module, and a
    NamedTuple costs more to define.)"""

    __slots__ = ("code", "modules", "name", "packs", "title")

    def __init__(
        self,
        name: str,
        code: str,  # the id prefix that selects the whole family ("NL2"), "" for none
        title: str,
        modules: tuple[str, ...] = (),  # packages under newslint.rules whose rules it holds
        packs: tuple[str, ...] = (),  # built-in packs (rules/*.toml) whose rules it holds
    ) -> None:
        self.name, self.code, self.title = name, code, title
        self.modules, self.packs = modules, packs


# The families, in the order the reference lists them. A family's code selects every
# rule of the family, whatever its id: "NL2" selects the confusable phrases NL510-513
# of the usage family as well as NL2xx (their ids predate the family code).
FAMILIES: tuple[Family, ...] = (
    Family("names", "NL1", "Names", modules=("names",)),
    Family(
        "usage",
        "NL2",
        "Usage: confusable words",
        modules=("usage",),
        packs=("confusable-phrases", "confusion-sets"),
    ),
    Family("legal", "NL3", "Courts, citations and case names", modules=("legal",)),
    Family("ap", "NL4", "AP style", modules=("ap",)),
    Family("ap-words", "NL5", "AP style word lists", packs=("ap-words",)),
    Family("typos", "NL6", "Typos and spelling", modules=("typos", "spelling")),
)
_BY_MODULE = {m: f for f in FAMILIES for m in f.modules}
_BY_PACK = {p: f for f in FAMILIES for p in f.packs}

# Renamed ids: old id -> new id. A config, a --select/--ignore entry, a severity key
# or a suppression comment naming the old id keeps working. An id is never reused.
REDIRECTS: dict[str, str] = {}

STATUSES = ("stable", "preview", "removed")
_SAFETY_TEXT = {
    SAFE: "safe: `newslint check --fix` applies it",
    "unsafe": "unsafe: applied only with `--unsafe-fixes`, for an editor to confirm",
    DISPLAY: "display only: ranked guesses shown with the finding, never applied",
}


def canonical(entry: str, redirects: dict[str, str] | None = None) -> str:
    """The id an entry names today (a renamed id's redirect), or the entry itself."""
    table = REDIRECTS if redirects is None else redirects
    return table.get(entry, entry)


def family_of(rule: Rule) -> Family | None:
    pack = getattr(rule, "pack", "")
    if pack:
        return _BY_PACK.get(pack)
    parts = type(rule).__module__.split(".")
    if parts[:2] == ["newslint", "rules"] and len(parts) > 2:
        return _BY_MODULE.get(parts[2])
    return None


def family_name(rule: Rule) -> str:
    """The rule's family: a built-in family, else the pack it came from."""
    family = family_of(rule)
    return family.name if family else getattr(rule, "pack", "") or "other"


def selection_keys(rule: Rule) -> tuple[str, str]:
    """(family code, family name): the entries besides id, prefix, name and category
    that select this rule (see ``selection.Selector.enabled``)."""
    family = family_of(rule)
    return (family.code, family.name) if family else ("", family_name(rule))


# --------------------------------------------------------------------------- rendering


def _paragraphs(text: str) -> str:
    """A docs string as Markdown: dedented, hard-wrapped lines joined into paragraphs."""
    import inspect  # rendering only: every run imports this module, few render docs

    blocks = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in b.splitlines()) for b in blocks if b)


def fix_line(rule: Rule) -> str:
    available = rule.fix_available
    if available == NEVER:
        return "No fix: the finding names the problem, an editor writes the correction."
    how = "Always offers a fix" if available == ALWAYS else "Offers a fix when it can"
    line = f"{how}; {_SAFETY_TEXT.get(rule.fix_safety, rule.fix_safety)}."
    if rule.fix_notes:
        line += " " + _paragraphs(rule.fix_notes)
    return line


def sections(rule: Rule) -> list[tuple[str, str]]:
    """The rule's docs in the fixed sections (Markdown bodies), empty ones left out."""
    # A docs paragraph that starts "Why:" belongs to the Why section.
    what, why = [], [_paragraphs(rule.why)] if rule.why else []
    for para in _paragraphs(rule.docs).split("\n\n"):
        if para.startswith("Why:"):
            why.append(para[4:].strip())
        elif para:
            what.append(para)
    out = [("What it does", "\n\n".join(what) or rule.message)]
    if why:
        out.append(("Why", "\n\n".join(why)))
    if rule.knowledge:
        out.append(("Knowledge", _paragraphs(rule.knowledge)))
    examples = []
    for label, kind in (("Bad", "bad"), ("Good", "good")):
        for e in rule.examples(kind):
            note = f" (`--style {e.style}`)" if e.style != "ap" else ""
            if kind == "bad" and e.span is not None:
                start, end = e.span
                shown = f"{e.text[:start]}**{e.text[start:end]}**{e.text[end:]}"
                fix = f" → {e.replacement!r}" if e.replacement is not None else ""
                examples.append(f"- {label}: {_one_line(shown)}{fix}{note}")
            else:
                examples.append(f"- {label}: {_one_line(e.text)}{note}")
    if examples:
        out.append(("Examples", "\n".join(examples)))
    out.append(("Fix", fix_line(rule)))
    if rule.option_docs:
        out.append(("Options", "\n".join(f"- `{k}`: {v}" for k, v in rule.option_docs)))
    if rule.references:
        out.append(("References", "\n".join(f"- {r}" for r in rule.references)))
    return out


def _one_line(text: str) -> str:
    return text.replace("\n", "⏎")


def facts(rule: Rule) -> str:
    return (
        f"Family: {family_name(rule)}    Category: {rule.category}    "
        f"Severity: {rule.severity}    Fix: {rule.fix_available}"
        + (f" ({rule.fix_safety})" if rule.fix_available != NEVER else "")
        + f"    Status: {rule.status}    Scope: {rule.scope}"
    )


def help_markdown(rule: Rule) -> str:
    """The rule's help for SARIF and editors: its message, facts and sections."""
    parts = [f"**{rule.id} {rule.name}**: {rule.message}", facts(rule)]
    for title, body in sections(rule):
        parts.append(f"### {title}\n\n{body}")
    return "\n\n".join(parts) + "\n"


def explain(rule: Rule) -> str:
    """``newslint explain``: the same sections as plain text for a terminal."""
    import textwrap

    lines = [f"{rule.id} ({rule.name})", "", facts(rule), "", rule.message, ""]
    for title, body in sections(rule):
        lines.append(title + ":")
        for para in body.split("\n\n"):
            for line in para.splitlines():
                bullet = line.startswith("- ")
                wrapped = textwrap.wrap(
                    re.sub(r"\*\*(.*?)\*\*", r"[\1]", line),
                    width=88,
                    initial_indent="  ",
                    subsequent_indent="    " if bullet else "  ",
                )
                lines.extend(wrapped)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def info(rule: Rule) -> RuleInfo:
    """What formatters and the CLI show of a rule. Every run builds one per rule, so
    nothing here renders docs: formatters that show help call ``help_markdown``."""
    from newslint.formats.common import RuleInfo

    return RuleInfo(
        rule.id,
        rule.name,
        rule.category,
        rule.severity,
        rule.message,
        rule.docs,
        rule.fixable,
        family=family_name(rule),
        fix=rule.fix_available,
        fix_safety=rule.fix_safety,
        status=rule.status,
        rule=rule,
    )


class Catalog(Mapping[str, "RuleInfo"]):
    """Rule id -> RuleInfo, each built when a formatter first asks (most reports name a
    handful of rules; every run has sixty)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules = {r.id: r for r in rules}
        self._infos: dict[str, RuleInfo] = {}

    def __getitem__(self, rule_id: str) -> RuleInfo:
        found = self._infos.get(rule_id)
        if found is None:
            found = self._infos[rule_id] = info(self._rules[rule_id])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)


def listing(rules: Iterable[RuleInfo]) -> list[str]:
    """``newslint rules``: one line per rule (fix: its safety, "?" when only sometimes)."""
    out = []
    for r in sorted(rules, key=lambda r: r.id):
        fix = "-" if r.fix == NEVER else r.fix_safety + ("" if r.fix == ALWAYS else "?")
        out.append(
            f"{r.id:<8}  {r.name:<34} {r.family:<10} {r.category:<16} "
            f"{r.severity:<10} {fix:<8} {r.status}".rstrip()
        )
    return out


def reference(rules: Sequence[Rule]) -> str:
    """docs/rules.md: every built-in rule, by family, in the fixed sections."""
    lines = [
        "# Rules reference",
        "",
        "<!-- Generated by scripts/rules_reference.py from the rule registry; do not edit. -->",
        "",
        "Select rules by id (`NL302`), id prefix (`NL3`), family code (`NL2` is the whole "
        "usage family, NL510–NL513 included), name (`no-such-district`), category "
        "(`courts`) or family name (`legal`). Fix: *safe* fixes are applied by `--fix`, "
        "*unsafe* ones only with `--unsafe-fixes`; *display only* fixes are ranked "
        "guesses shown with the finding; `?` marks a rule that offers a fix only when it can. "
        "Scope: a *paragraph* rule's findings in a paragraph depend on that paragraph alone "
        "(the editor server re-checks them as the writer types); a *story* rule reads the "
        "whole story (names set earlier, the story's date, its habits), so its findings "
        "are refreshed by the full check when typing pauses.",
        "",
    ]
    by_family: dict[str, list[Rule]] = {}
    for rule in rules:
        by_family.setdefault(family_name(rule), []).append(rule)
    order = [f.name for f in FAMILIES] + sorted(set(by_family) - {f.name for f in FAMILIES})
    titles = {f.name: f"{f.title} ({f.code})" for f in FAMILIES}
    for name in order:
        members = sorted(by_family.get(name, []), key=lambda r: r.id)
        if not members:
            continue
        lines += [f"## {titles.get(name, name)}", "", "| id | name | severity | fix |"]
        lines.append("| --- | --- | --- | --- |")
        for r in members:
            lines.append(
                f"| [{r.id}](#{r.id.lower()}) | `{r.name}` | {r.severity} | {_fix_cell(r)} |"
            )
        lines.append("")
        for r in members:
            lines += [f"### {r.id}", "", f"`{r.name}` — {r.message}", "", facts(r), ""]
            for title, body in sections(r):
                lines += [f"**{title}.**", "", body, ""]
    return "\n".join(lines).rstrip() + "\n"


def _fix_cell(rule: Rule) -> str:
    if rule.fix_available == NEVER:
        return "none"
    return rule.fix_safety + ("?" if rule.fix_available != ALWAYS else "")
