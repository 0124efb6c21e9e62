"""Inline suppression comments, read from the source.

    <!-- newslint-disable NL101 NL2 -->   ... <!-- newslint-enable NL101 NL2 -->
    <!-- newslint-disable-next-line NL101 -->
A comment with no rule ids applies to every rule.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_COMMENT = re.compile(
    r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


class Suppression(NamedTuple):
    start: int  # source offsets
    end: int
    rules: tuple[str, ...]  # empty: every rule

    def covers(self, rule: str, offset: int) -> bool:
        if not self.start <= offset < self.end:
            return False
        return not self.rules or any(rule == r or rule.startswith(r) for r in self.rules)


def find_suppressions(source: str) -> list[Suppression]:
    found: list[Suppression] = []
    open_at: dict[str, int] = {}
    for m in _COMMENT.finditer(source):
        kind = m.group(1).lower()
        rules = tuple(m.group(2).replace(",", " ").split())
        keys = rules or ("*",)
        if kind == "disable-next-line":
            line_end = source.find("\n", m.end())
            if line_end < 0:
                continue
            next_end = source.find("\n", line_end + 1)
            found.append(
                Suppression(line_end + 1, len(source) if next_end < 0 else next_end, rules)
            )
        elif kind == "disable":
            for key in keys:
                open_at.setdefault(key, m.end())
        else:
            for key in keys:
                if key in open_at:
                    found.append(
                        Suppression(open_at.pop(key), m.start(), () if key == "*" else (key,))
                    )
    for key, start in open_at.items():
        found.append(Suppression(start, len(source), () if key == "*" else (key,)))
    return found


def is_suppressed(suppressions: list[Suppression], rule: str, offset: int) -> bool:
    return any(s.covers(rule, offset) for s in suppressions)
