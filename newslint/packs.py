"""Rule packs: declarative rules a copy desk can read and edit (TOML files).

Four kinds cover word lists; code is for the hard rules:

* ``existence``: flag any of ``tokens`` (words or phrases) or ``patterns`` (regexes).
* ``substitution``: ``swap`` maps a word, phrase or regex to its preferred form.
* ``vocabulary``: ``terms`` are proper names with an exact form; other casings are flagged.
* ``consistency``: ``variants`` are groups of spellings; the first one a story uses wins.
* ``confusion``: ``sets`` are groups of words a writer confuses ("affect/v", "effect/n");
  one context model (``newslint.rules.usage.model``) decides which word fits.

Every pattern of a rule is compiled into one alternation and run with a time
limit, so a pathological expression in a newsroom's pack cannot hang a run.
Validation errors name the pack file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from newslint.diagnostics import APPLICABILITIES, SAFE, SEVERITIES, Finding
from newslint.document import QUOTATION, REGION_KINDS, Document
from newslint.patterns import lowercase_prefilter_is_safe
from newslint.rule import PARAGRAPH, STORY, Context, Example, Rule
from newslint.tomlfile import read_toml

KINDS = ("existence", "substitution", "vocabulary", "consistency", "confusion")
_COMMON_KEYS = {
    "id",
    "name",
    "kind",
    "category",
    "severity",
    "message",
    "docs",
    "bad",
    "good",
    "fix",
    "ignore_case",
    "regex",
    "skip_regions",
    "enabled",
    "chicago",
}
_KIND_KEYS = {
    "existence": {"tokens", "patterns"},
    "substitution": {"swap"},
    "vocabulary": {"terms"},
    "consistency": {"variants"},
    "confusion": {"sets"},
}


class PackError(Exception):
    """A pack that cannot be loaded; the message names the file and line."""


class RuleTimeout(Exception):
    def __init__(self, rule_id: str, seconds: float, earlier: bool = False) -> None:
        if earlier:
            text = (
                f"rule {rule_id} skipped: its pattern gave up after {seconds:g} s on an earlier "
                "draft of this run (make the pattern faster, or ignore the rule)"
            )
        else:
            text = f"rule {rule_id} gave up after {seconds:g} s (its pattern is too slow)"
        super().__init__(text)
        self.rule_id = rule_id


def packs_dir() -> Path:
    """The built-in packs: inside the installed wheel, or rules/ in a checkout."""
    installed = Path(__file__).parent / "packs"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


def builtin_pack_files() -> list[Path]:
    return sorted(packs_dir().glob("*.toml"))


class _Where(NamedTuple):
    path: str
    text: str

    def line_of_rule(self, index: int, key: str | None = None) -> int:
        headers = [m.start() for m in re.finditer(r"^[ \t]*\[\[rule\]\]", self.text, re.M)]
        if index >= len(headers):
            return 1
        start = headers[index]
        if key:
            end = headers[index + 1] if index + 1 < len(headers) else len(self.text)
            m = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.M).search(self.text, start, end)
            if m:
                start = m.start()
        return self.text.count("\n", 0, start) + 1


def load_pack(path: Path, trusted: bool = False) -> list[Rule]:
    """Load one pack. A trusted (built-in, tested) pack runs on the standard ``re``
    engine; a newsroom's pack runs on ``regex``, whose matching can be given a time limit."""
    data, text = read_toml(path, "pack", PackError)
    where = _Where(str(path), text)
    unknown = set(data) - {"pack", "rule"}
    if unknown:
        raise PackError(f"{path}:1: unknown table {sorted(unknown)[0]!r} (allowed: pack, rule)")
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise PackError(f"{path}:1: 'rule' must be an array of tables ([[rule]])")
    pack_name = str(data.get("pack", {}).get("name", path.stem))
    return [_build(entry, i, where, pack_name, trusted) for i, entry in enumerate(entries)]


def load_packs(
    paths: Iterable[Path], trusted: Iterable[Path] = (), reserved: Iterable[str] = ()
) -> list[Rule]:
    """Rules of every pack; ``reserved`` are the built-in code rules' ids (a pack may not
    reuse one). Ids are compared without regard to case, as selections match them."""
    rules: list[Rule] = []
    seen: dict[str, str] = {r.upper(): "newslint's built-in rules" for r in reserved}
    trusted_paths = set(trusted)
    for path in paths:
        for rule in load_pack(path, path in trusted_paths):
            key = rule.id.upper()
            if key in seen:
                raise PackError(
                    f"{path}:{_line_of_id(path, rule.id)}: rule id {rule.id} is already "
                    f"defined in {seen[key]}; give the rule an id of its own"
                )
            seen[key] = str(path)
            rules.append(rule)
    return rules


def _line_of_id(path: Path, rule_id: str) -> int:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    m = re.search(rf"^[ \t]*id[ \t]*=[ \t]*[\"']{re.escape(rule_id)}[\"']", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _fail(where: _Where, index: int, key: str | None, problem: str) -> PackError:
    return PackError(f"{where.path}:{where.line_of_rule(index, key)}: {problem}")


def _build(entry: dict[str, Any], index: int, where: _Where, pack: str, trusted: bool) -> Rule:
    def need(key: str, kind: type | tuple[type, ...]) -> Any:
        if key not in entry:
            raise _fail(where, index, None, f"rule #{index + 1} is missing {key!r}")
        if not isinstance(entry[key], kind):
            raise _fail(where, index, key, f"{key!r} has the wrong type")
        return entry[key]

    rule_id = need("id", str)
    kind = need("kind", str)
    if kind not in KINDS:
        raise _fail(where, index, "kind", f"{rule_id}: kind must be one of {', '.join(KINDS)}")
    unknown = set(entry) - _COMMON_KEYS - _KIND_KEYS[kind]
    if unknown:
        key = sorted(unknown)[0]
        raise _fail(where, index, key, f"{rule_id}: unknown key {key!r} for a {kind} rule")
    severity = entry.get("severity", "warning")
    if severity not in SEVERITIES:
        raise _fail(where, index, "severity", f"{rule_id}: severity must be one of {SEVERITIES}")
    fix = entry.get("fix", SAFE if kind == "vocabulary" else "unsafe")
    if fix not in APPLICABILITIES:
        raise _fail(where, index, "fix", f"{rule_id}: fix must be 'safe' or 'unsafe'")
    skip = entry.get("skip_regions", [QUOTATION])
    if not isinstance(skip, list) or any(r not in REGION_KINDS for r in skip):
        raise _fail(where, index, "skip_regions", f"{rule_id}: regions are {REGION_KINDS}")
    for key in ("bad", "good"):
        if not isinstance(entry.get(key, []), list):
            raise _fail(where, index, key, f"{rule_id}: {key!r} must be a list of strings")

    rule = PackRule()
    rule.id = rule_id
    rule.name = str(entry.get("name", rule_id.lower()))
    rule.kind = kind
    rule.pack = pack
    rule.category = str(entry.get("category", pack))
    rule.severity = severity
    rule.message = str(entry.get("message", ""))
    problem = _placeholder_problem(rule.message)
    if problem:
        raise _fail(where, index, "message", f"{rule_id}: {problem}")
    rule.docs = str(entry.get("docs", ""))
    rule.bad = tuple(_examples(entry.get("bad", [])))
    rule.good = tuple(_examples(entry.get("good", [])))
    rule.fix_safety = fix
    rule.skip_regions = frozenset(skip)
    rule.enabled_by_default = bool(entry.get("enabled", True))
    # A consistency rule compares the story's uses; a pattern anchored to the text's
    # start or end reads the whole text. Every other kind matches within a paragraph.
    written = " ".join(str(entry.get(key, "")) for key in _KIND_KEYS[kind])
    anchored = "\\A" in written or "\\Z" in written
    rule.scope = STORY if kind == "consistency" or anchored else PARAGRAPH
    rule.ignore_case = bool(entry.get("ignore_case", kind != "vocabulary"))
    rule.chicago = entry.get("chicago", True)
    rule.trusted = trusted
    try:
        rule.compile(entry, bool(entry.get("regex", False)))
    except ValueError as exc:
        raise _fail(where, index, sorted(_KIND_KEYS[kind])[0], f"{rule_id}: {exc}") from None
    return rule


PLACEHOLDERS = ("match", "replacement")


def _placeholder_problem(message: str) -> str | None:
    """Why ``message`` cannot be a rule's message template, or None when it can.

    Only ``{match}`` and ``{replacement}`` are known; an attribute or index
    (``{match.__class__}``) would print Python's internals, so it is refused too.
    """
    import string

    try:
        fields = [f for _, f, spec, _ in string.Formatter().parse(message) if f is not None]
        specs = [spec for _, f, spec, _ in string.Formatter().parse(message) if spec]
    except ValueError as exc:
        return f"message is not a valid template ({exc}); write a literal brace as {{{{ or }}}}"
    allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for field_name in fields:
        if field_name not in PLACEHOLDERS:
            return f"message has an unknown placeholder {{{field_name}}} (allowed: {allowed})"
    if any("{" in spec for spec in specs):
        return f"message has a nested placeholder (allowed: {allowed})"
    try:
        message.format(match="x", replacement="y")
    except (ValueError, KeyError, IndexError) as exc:
        return f"message is not a valid template ({exc})"
    return None


def _examples(items: list[Any]) -> Iterator[Example]:
    for item in items:
        if isinstance(item, str):
            yield Example(item)
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            yield Example(item["text"], item.get("style", "ap"), item.get("fixed"))


_LEFT, _RIGHT = r"(?<![\w-])", r"(?![\w-])"


def _word(pattern: str) -> str:
    # Whole words only; a phrase's edges are word edges too.
    left = _LEFT if re.match(r"\w", pattern[:1] or " ") else ""
    right = _RIGHT if re.match(r"\w", pattern[-1:] or " ") else ""
    return f"{left}{pattern}{right}"


def _alternation(patterns: list[str]) -> str:
    """One alternation for a rule. Whole-word patterns share one pair of edge tests,
    longest first, which is several times faster than testing the edges per word."""
    words = [
        p[len(_LEFT) : -len(_RIGHT)] for p in patterns if p.startswith(_LEFT) and p.endswith(_RIGHT)
    ]
    others = [f"(?:{p})" for p in patterns if not (p.startswith(_LEFT) and p.endswith(_RIGHT))]
    if words:
        words.sort(key=len, reverse=True)
        others.insert(0, f"{_LEFT}(?:{'|'.join(words)}){_RIGHT}")
    return "|".join(others)


class PackRule(Rule):
    kind = ""
    pack = ""
    ignore_case = True
    chicago: Any = True
    trusted = False
    gave_up = False  # its pattern timed out once in this process: skipped from then on

    def compile(self, entry: dict[str, Any], is_regex: bool) -> None:
        engine: Any = re
        if not self.trusted:
            import regex

            engine = regex

        self.replacements: dict[str, str] = {}
        self.groups: list[list[str]] = []
        self.patterns: list[str] = []
        if self.kind == "existence":
            tokens = entry.get("tokens", [])
            raw = entry.get("patterns", [])
            self.patterns = [_word(re.escape(t)) for t in _strings(tokens)] + list(_strings(raw))
        elif self.kind == "substitution":
            swap = entry.get("swap")
            if not isinstance(swap, dict) or not swap:
                raise ValueError("'swap' must be a non-empty table of form = replacement")
            for key, value in swap.items():
                if not isinstance(value, str):
                    raise ValueError(f"replacement for {key!r} must be a string")
                self.patterns.append(key if is_regex else _word(re.escape(key)))
            self.replacements = {k.lower(): v for k, v in swap.items()}
            self.swap_items = list(swap.items())
        elif self.kind == "confusion":
            sets = entry.get("sets")
            if not isinstance(sets, list) or not sets:
                raise ValueError("'sets' must be a non-empty list of lists of words")
            groups = [list(_strings(g)) for g in sets]
            if any(len(g) < 2 for g in groups):
                raise ValueError("each confusion set needs at least two words")
            from newslint.rules.usage.model import parse_sets

            self.confusions = parse_sets(groups)
            self.patterns = ["(?!)"]  # the model finds its words itself
        elif self.kind == "vocabulary":
            terms = list(_strings(entry.get("terms")))
            self.replacements = {t.lower(): t for t in terms}
            self.patterns = [_word(re.escape(t)) for t in terms]
        else:
            variants = entry.get("variants")
            if not isinstance(variants, list) or not all(isinstance(g, list) for g in variants):
                raise ValueError("'variants' must be a list of lists of spellings")
            self.groups = [list(_strings(g)) for g in variants]
            self.patterns = [_word(re.escape(v)) for g in self.groups for v in g]
        if not self.patterns:
            raise ValueError("the rule has nothing to match")
        self.required = _required_words(entry, self.kind, is_regex)
        self._engine = engine
        self._flags = engine.IGNORECASE if self.ignore_case or self.kind == "vocabulary" else 0
        self._is_regex = is_regex
        self._compiled: tuple[Any, list[Any]] | None = None
        if not self.trusted:
            # A newsroom's patterns are checked as the pack loads, so that a bad one is
            # reported with its file and line. The built-in packs are tested; their
            # patterns are compiled when a story first needs them (most need few).
            try:
                self._compile()
            except engine.error as exc:
                raise ValueError(f"invalid pattern: {exc}") from None

    def _compile(self) -> tuple[Any, list[Any]]:
        if self._compiled is None:
            engine, flags = self._engine, self._flags
            each = [engine.compile(p, flags) for p in self.patterns] if self._is_regex else []
            self._compiled = (engine.compile(_alternation(self.patterns), flags), each)
        return self._compiled

    @property
    def compiled(self) -> Any:
        return self._compile()[0]

    @property
    def each(self) -> list[Any]:
        return self._compile()[1]

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.style == "chicago" and self.chicago is False:
            return
        if self.kind == "confusion":
            yield from self._confusions(doc, ctx)
            return
        if self.required is not None:
            lowered = ctx.memo("packs.lowered", lambda: _lowered(doc.text))
            if lowered is not None and not any(w in lowered for w in self.required):
                return  # none of the rule's words is in the story: nothing to scan for
        if self.trusted:
            matches = list(self.compiled.finditer(doc.text))
        else:
            timeout = float(ctx.option("rule_timeout", 2.0))
            if self.gave_up:
                # One timeout is evidence enough: later drafts of the run are not made to wait.
                raise RuleTimeout(self.id, timeout, earlier=True)
            try:
                matches = list(self.compiled.finditer(doc.text, timeout=timeout))
            except TimeoutError:
                self.gave_up = True
                raise RuleTimeout(self.id, timeout) from None
        if self.kind == "consistency":
            yield from self._consistency(matches)
            return
        for m in matches:
            found = m.group()
            replacement = self._replacement(found)
            if self.kind == "vocabulary" and replacement == found:
                continue
            message = self.message.format(match=found, replacement=replacement or "")
            yield Finding(m.start(), m.end(), message, (replacement,) if replacement else ())

    def _confusions(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from newslint.rules.usage.model import judge

        words = ctx.analysis.words
        for verdict in judge(words, self.confusions):
            start, end = words.starts[verdict.position], words.ends[verdict.position]
            found = doc.text[start:end]
            replacement = verdict.replacement
            if found[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
            message = self.message.format(match=found, replacement=replacement)
            yield Finding(start, end, message, (replacement,))

    def _replacement(self, found: str) -> str | None:
        if self.kind == "existence":
            return None
        target = self.replacements.get(found.lower())
        if target is None and self.each:  # a regex swap: find which pattern matched
            for pattern, (_, value) in zip(self.each, self.swap_items, strict=True):
                if pattern.fullmatch(found):
                    target = pattern.sub(value, found)
                    break
        if target is None:
            return None
        if self.kind == "substitution" and found[:1].isupper() and target[:1].islower():
            target = target[:1].upper() + target[1:]
        return target

    def _consistency(self, matches: list[Any]) -> Iterator[Finding]:
        chosen: dict[int, str] = {}
        for m in matches:
            found = m.group()
            for gi, group in enumerate(self.groups):
                if found.lower() in (v.lower() for v in group):
                    first = chosen.setdefault(gi, found)
                    if found.lower() != first.lower():
                        message = self.message.format(match=found, replacement=first)
                        yield Finding(m.start(), m.end(), message, (first,))
                    break


def _required_words(entry: dict[str, Any], kind: str, is_regex: bool) -> tuple[str, ...] | None:
    """A rule made only of literal ASCII words matches only where one of them is in the
    lowercased text; None when the rule has patterns, or words beyond ASCII."""
    if is_regex or entry.get("patterns"):
        return None
    if kind == "confusion":
        return None
    if kind == "substitution":
        words = list(entry["swap"])
    elif kind == "consistency":
        words = [v for group in entry["variants"] for v in group]
    else:
        words = list(entry.get("tokens" if kind == "existence" else "terms") or [])
    if not all(w.isascii() for w in words):
        return None
    return tuple(sorted({w.lower() for w in words}))


def _lowered(text: str) -> str | None:
    # None: the prefilter could miss a match, so the rule always scans.
    return text.lower() if lowercase_prefilter_is_safe(text) else None


def _strings(value: Any) -> Iterator[str]:
    if value is None:
        return
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError("must be a list of non-empty strings")
    yield from value
