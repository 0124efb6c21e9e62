"""Baselines: adopt newslint on an archive without fixing every old story first.

``newslint baseline`` records the current findings; ``check --baseline FILE``
then reports only findings that are not in the record. A finding is known by
its path, rule and the text it flags plus a few characters either side on the
same line -- never by line number, so inserting a paragraph above an old
finding does not bring it back. When the text next to an old finding was
edited, the finding still matches on path, rule and flagged text alone, one
recorded entry per finding.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.diagnostics import Diagnostic

FORMAT_VERSION = 1
DEFAULT_FILE = ".newslint-baseline.json"
CONTEXT = 16  # characters either side of the flagged text (within its line)


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file."""


@dataclass(frozen=True, order=True)
class Key:
    path: str  # POSIX path relative to the baseline's folder
    rule: str
    text: str
    before: str
    after: str

    @property
    def loose(self) -> tuple[str, str, str]:
        return (self.path, self.rule, self.text)


def _squash(text: str) -> str:
    return " ".join(text.split())


def relative_path(path: str, base: Path) -> str:
    """The path as a baseline records it: relative to the baseline's folder ``base``."""
    if path == "-":
        return path
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except (ValueError, OSError):  # another drive (Windows): keep the path as given
        return Path(path).as_posix()


def finding_key(diag: Diagnostic, source: str, path: str) -> Key:
    """What identifies a finding across edits: rule, flagged text and its neighbours."""
    line_start = source.rfind("\n", 0, diag.start) + 1
    line_end = source.find("\n", diag.end)
    if line_end < 0:
        line_end = len(source)
    before = source[max(line_start, diag.start - CONTEXT) : diag.start]
    after = source[diag.end : min(line_end, diag.end + CONTEXT)]
    return Key(
        path, diag.rule, _squash(source[diag.start : diag.end]), _squash(before), _squash(after)
    )


def fingerprints(diagnostics: Sequence[Diagnostic], source: str, path: str) -> list[str]:
    """A stable id per finding (for GitLab): its key plus which occurrence of that key it is."""
    seen: Counter[Key] = Counter()
    out = []
    for diag in diagnostics:
        key = finding_key(diag, source, path)
        seen[key] += 1
        raw = json.dumps([*_as_list(key), seen[key]], ensure_ascii=False)
        out.append(hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32])
    return out


def _as_list(key: Key) -> list[str]:
    return [key.path, key.rule, key.text, key.before, key.after]


@dataclass
class Baseline:
    path: Path
    keys: list[Key]

    @property
    def base(self) -> Path:
        return self.path.parent

    def split(
        self, path: str, source: str, diagnostics: Sequence[Diagnostic]
    ) -> tuple[list[Diagnostic], int]:
        """The diagnostics that are new, and how many matched the baseline."""
        rel = relative_path(path, self.base)
        exact = Counter(k for k in self.keys if k.path == rel)
        if not exact:
            return list(diagnostics), 0
        loose = Counter(k.loose for k in exact.elements())
        keys = [finding_key(d, source, rel) for d in diagnostics]
        known = [False] * len(keys)
        for i, key in enumerate(keys):
            if exact[key] > 0:
                exact[key] -= 1
                loose[key.loose] -= 1
                known[i] = True
        for i, key in enumerate(keys):  # edited neighbours: match on rule and text alone
            if not known[i] and loose[key.loose] > 0:
                loose[key.loose] -= 1
                known[i] = True
        new = [d for d, old in zip(diagnostics, known, strict=True) if not old]
        return new, len(keys) - len(new)

    def count_for(self, path: str) -> int:
        rel = relative_path(path, self.base)
        return sum(1 for k in self.keys if k.path == rel)


def entries(results: Iterable[Any], base: Path) -> list[dict[str, Any]]:
    """Baseline entries for FileResults (path, source, diagnostics), in a stable order."""
    rows = []
    for result in results:
        rel = relative_path(result.path, base)
        for diag in result.diagnostics:
            key = finding_key(diag, result.source, rel)
            line = result.source.count("\n", 0, diag.start) + 1
            rows.append(
                {
                    "path": key.path,
                    "rule": key.rule,
                    "text": key.text,
                    "before": key.before,
                    "after": key.after,
                    "line": line,  # for people reading the file; matching ignores it
                    "message": diag.message,
                }
            )
    rows.sort(key=lambda r: (r["path"], r["line"], r["rule"], r["text"]))
    return rows


def dumps(results: Iterable[Any], base: Path) -> str:
    data = {"newslint_baseline": FORMAT_VERSION, "findings": entries(results, base)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(path: str | Path, results: Iterable[Any]) -> int:
    """Write the baseline for ``results``; returns the number of findings recorded."""
    from newslint.writer import write_text

    target = Path(path)
    text = dumps(results, target.resolve().parent)
    write_text(target, text)
    return len(json.loads(text)["findings"])


def load(path: str | Path) -> Baseline:
    target = Path(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"{target}: baseline file not found (create it with 'newslint baseline')"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{target}: cannot read baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{target}: not a newslint baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("newslint_baseline") != FORMAT_VERSION:
        raise BaselineError(
            f'{target}: not a newslint baseline (expected "newslint_baseline": {FORMAT_VERSION})'
        )
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{target}: 'findings' must be a list")
    keys = []
    for i, row in enumerate(findings):
        try:
            keys.append(
                Key(*(_field(row, name) for name in ("path", "rule", "text", "before", "after")))
            )
        except (TypeError, KeyError):
            raise BaselineError(
                f"{target}: finding #{i + 1} needs string fields path, rule, text, before, after"
            ) from None
    return Baseline(target.resolve(), keys)


def _field(row: Any, name: str) -> str:
    value = row[name]
    if not isinstance(value, str):
        raise TypeError(name)
    return value
