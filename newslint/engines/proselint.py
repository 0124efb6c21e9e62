"""proselint's checks as newslint rules ``proselint.<check path>``.

proselint runs on ``Document.text`` (the prose, markup removed) through its
library API. Two traps in proselint 0.16's API are handled here:

* its check registry starts empty; ``LintFile.lint`` then returns nothing at
  all, so the registry is filled once from ``proselint.checks``;
* ``LintFile`` pads the text with a newline, so every span it reports is one
  character late. The shift is measured once on a probe sentence rather than
  assumed, so a proselint that stops padding still maps correctly.

Checks that are noise in news copy, or whose advice contradicts AP style, are
off by default (``OFF_BY_DEFAULT`` gives the reason for each); select one by
its id to turn it back on.
"""

from __future__ import annotations

import re
from typing import Any

from newslint.diagnostics import Finding
from newslint.document import QUOTATION, Document
from newslint.engines import ignored_with
from newslint.rule import Context
from newslint.selection import Selector

PREFIX = "proselint."

# Check path (or a family prefix) -> why it is off by default. Measured on the
# 30 clean documents of the corpus's dev split (5,485 words) with every check on;
# the others found nothing there, or only real slips.
OFF_BY_DEFAULT: dict[str, str] = {
    "restricted": "word-list checks (elementary words, top 1,000 words) that flag nearly every "
    "word: 2,765 hits on 5,485 clean words. proselint leaves them off too.",
    "needless_variants": "Garner's preferred variants ('geographic' for 'geographical') are "
    "both standard English; 2 false alarms on the clean documents.",
    "social_awareness.sexism": "AP keeps 'chairman' and 'chairwoman' and uses 'chair' only "
    "when it is the formal title; it flagged a committee chairman on clean copy.",
    "misc.capitalization.seasons": "seasons are capitalized in formal names (Winter Olympics, "
    "a 'Summer Court Camp'), which is where they appear capitalized in news copy; "
    "1 false alarm on the clean documents.",
    "typography.symbols.curly_quotes": "AP wire copy uses straight quotes; the publishing "
    "system curls them.",
    "typography.symbols.ellipsis": "AP writes an ellipsis as three periods, not the single "
    "'…' character this check asks for.",
    "typography.symbols.copyright": "AP does not use the (c), ™ or ® symbols this check asks for.",
    "typography.symbols.trademark": "AP does not use the ™ or ® symbols this check asks for.",
    "typography.symbols.multiplication": "AP writes dimensions with 'by' (a 9-by-12 rug); "
    "the × character is not used in news copy.",
    "typography.diacritical_marks": "it reads the verb 'resume' (the trial will resume) as "
    "the noun 'résumé'.",
    "weasel_words.very": "a remark on every 'very', not an error; AP has no such rule.",
    "misc.but": "news paragraphs often start with 'But'; AP has no such rule.",
    "skunked_terms": "AP accepts 'hopefully' (since 2012) and the other listed words in their "
    "standard senses.",
    "industrial_language.commercialese": "'in the amount of', 'with regard to' and the like "
    "are routine in court and government copy; wordy, not wrong.",
}

# Families so noisy they run only when named (proselint.restricted...), never through a
# broader entry such as "proselint" or "ALL" (the way ruff keeps preview rules out of "ALL").
EXPLICIT_ONLY = ("restricted",)

# Families whose findings are misspellings or misused words rather than style advice.
_CATEGORIES = (
    ("spelling", "typos"),
    ("nonwords", "typos"),
    ("lexical_illusions", "typos"),
    ("typography.punctuation.misplaced", "typos"),
    ("malapropisms", "confusables"),
    ("mondegreens", "confusables"),
    ("misc.tense_present", "confusables"),
)
# proselint checks that are a newslint rule by another name: ignoring that rule ignores them.
_SAME_AS = {"lexical_illusions": "NL601"}
_PROBE = "It was very unique."
_PROBE_SPAN = (7, 18)  # "very unique", flagged by proselint's "uncomparables"


def _family_match(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + ".")


def category_of(path: str) -> str:
    for prefix, category in _CATEGORIES:
        if _family_match(path, prefix):
            return category
    return "ap_style"


def enabled_by_default(path: str) -> bool:
    return not any(_family_match(path, prefix) for prefix in OFF_BY_DEFAULT)


def off_reason(path: str) -> str | None:
    for prefix, reason in OFF_BY_DEFAULT.items():
        if _family_match(path, prefix):
            return reason
    return None


def _registry() -> Any:
    """proselint's check registry, filled once (empty, it silently finds nothing)."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    return registry


def check_paths() -> list[str]:
    """Every proselint check path, in registry order, without repeats."""
    return list(dict.fromkeys(check.path for check in _registry().checks))


def _lint(text: str, paths: list[str]) -> list[Any]:
    from proselint.tools import LintFile

    config = {"max_errors": 100_000, "checks": dict.fromkeys(paths, True)}
    return list(LintFile("<newslint>", text).lint(config))


def _measure_shift() -> int:
    """How far proselint's spans are from offsets in the text it was given."""
    for result in _lint(_PROBE, ["uncomparables"]):
        return int(result.check_result.span[0]) - _PROBE_SPAN[0]
    raise RuntimeError("proselint found nothing in its probe sentence; is its registry empty?")


class ProselintEngine:
    name = "proselint"

    def __init__(self) -> None:
        self.paths = check_paths()
        self.shift = _measure_shift()

    def check(self, doc: Document, ctx: Context, selector: Selector) -> list[Finding]:
        wanted = [
            path
            for path in self.paths
            if selector.enabled(PREFIX + path, path, category_of(path), enabled_by_default(path))
            and not (path in _SAME_AS and ignored_with(selector, _SAME_AS[path]))
            and _named_if_needed(selector, path)
        ]
        if not wanted or not doc.text.strip():
            return []
        findings: list[Finding] = []
        for result in _lint(doc.text, wanted):
            finding = self._finding(doc, result.check_result)
            if finding is None:
                continue
            # Style advice does not apply to what someone said; a misspelling still does.
            quoted = doc.in_region(QUOTATION, finding.start, finding.end)
            if quoted and category_of(result.check_result.check_path) == "ap_style":
                continue
            findings.append(finding)
        return findings

    def _finding(self, doc: Document, result: Any) -> Finding | None:
        path: str = result.check_path
        start = max(0, min(len(doc.text), result.span[0] - self.shift))
        end = max(start, min(len(doc.text), result.span[1] - self.shift))
        span = doc.text[start:end]
        if not span.strip():
            return None
        replacement = result.replacements if isinstance(result.replacements, str) else None
        if path == "typography.punctuation.spacing":
            return _sentence_spacing(start, span, result.message)
        if path == "lexical_illusions":
            replacement = _first_of_repeat(span)
        elif path == "typography.punctuation.misplaced":
            replacement = re.sub(r"et\. al", "et al", span)
        elif replacement is not None:
            if path.startswith("misc.preferred_forms") and span.isupper():
                return None  # an abbreviation ("NE" in a street address), not the word
            replacement = _match_case(span, replacement, path)
        replacements = (replacement,) if replacement and replacement != span else ()
        category = category_of(path)
        severity = "warning" if category in ("typos", "confusables") else "suggestion"
        return Finding(
            start,
            end,
            result.message,
            replacements,
            PREFIX + path,
            severity,
            "unsafe",
            _SAME_AS.get(path),
        )


def _named_if_needed(selector: Selector, path: str) -> bool:
    family = next((f for f in EXPLICIT_ONLY if _family_match(path, f)), None)
    if family is None:
        return True
    entries = (*selector.select, *selector.extend_select)
    return any(len(e) >= len(PREFIX + family) and (PREFIX + path).startswith(e) for e in entries)


def _sentence_spacing(start: int, span: str, message: str) -> Finding | None:
    """proselint flags the minority spacing after sentences; AP wants one space.

    Its "replacement" is a regex, so it is replaced: two spaces become one, and a
    single space (the AP form, in a draft that mostly uses two) is not reported.
    """
    m = re.search(r" {2,}", span)
    if m is None:
        return None
    return Finding(
        start + m.start(),
        start + m.end(),
        "Two spaces after a sentence; AP uses one.",
        (" ",),
        PREFIX + "typography.punctuation.spacing",
        "suggestion",
        "safe",
    )


def _first_of_repeat(span: str) -> str | None:
    m = re.fullmatch(r"(\w+(?:\s+\w+){0,3})(?:\s+\1)+", span, re.IGNORECASE)
    return m.group(1) if m else None


def _match_case(original: str, replacement: str, path: str) -> str:
    """Keep a sentence-initial capital; capitalization checks mean what they say."""
    if path.startswith("misc.capitalization"):
        return replacement
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def open_proselint() -> ProselintEngine:
    return ProselintEngine()


def describe() -> list[tuple[str, str, bool, str]]:
    """(rule id, category, on by default, why it is off) for every proselint check."""
    return [
        (PREFIX + path, category_of(path), enabled_by_default(path), off_reason(path) or "")
        for path in check_paths()
    ]
