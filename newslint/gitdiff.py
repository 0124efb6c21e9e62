"""Lines changed since a git ref, so ``--diff-base`` reports only findings on them.

The comparison is the working tree (committed, staged and unstaged edits)
against the merge base of REF and HEAD: on a branch that is what the branch
changed, even after REF moved on. A draft git does not track yet counts as
changed throughout. Line numbers are the new file's, counted the way git and
the formatters count them (``\\n`` ends a line).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newslint.diagnostics import Diagnostic

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "\\": "\\"}  # fmt: skip


class GitError(Exception):
    """git is missing, the folder is not a repository, or the ref is unknown."""


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotePath=false", *args],
            cwd=cwd,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("--diff-base needs git, and git is not installed") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return proc.stdout.decode("utf-8", "surrogateescape")


@dataclass
class ChangedLines:
    """Changed line numbers per file, relative to the repository root."""

    root: Path
    lines: dict[str, frozenset[int]] = field(default_factory=dict)
    whole: frozenset[str] = frozenset()  # untracked: every line is new

    def for_path(self, path: str) -> frozenset[int] | None:
        """Changed lines of ``path``; None means every line (or a file outside the repository)."""
        if path == "-":
            return None
        try:
            rel = Path(path).resolve().relative_to(self.root).as_posix()
        except (ValueError, OSError):
            return None
        if rel in self.whole:
            return None
        return self.lines.get(rel, frozenset())


def changed_lines(ref: str, cwd: Path | None = None) -> ChangedLines:
    where = (cwd or Path.cwd()).resolve()
    try:
        root = Path(_git(["rev-parse", "--show-toplevel"], where).strip()).resolve()
    except GitError:
        raise GitError(f"--diff-base: {where} is not inside a git repository") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    except GitError:
        raise GitError(f"--diff-base: unknown git ref {ref!r}") from None
    try:
        base = _git(["merge-base", ref, "HEAD"], root).strip()
    except GitError:
        base = ref  # unrelated histories or no HEAD yet: compare with the ref itself
    diff = _git(
        ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "-U0", "-M",
         "--src-prefix=a/", "--dst-prefix=b/", base, "--"],
        root,
    )  # fmt: skip
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    return ChangedLines(root, parse_diff(diff), frozenset(p for p in untracked.split("\0") if p))


def parse_diff(diff: str) -> dict[str, frozenset[int]]:
    """New-side line numbers of added or changed lines, per file, from ``git diff -U0``."""
    found: dict[str, set[int]] = {}
    current: set[int] | None = None
    in_header = False  # "+++ " also starts an added line that begins with "++ "
    for line in diff.splitlines():
        if line.startswith("diff --git "):
            in_header, current = True, None
        elif in_header and line.startswith("+++ "):
            name = _unquote(line[4:])
            if name == "/dev/null" or not name.startswith("b/"):
                current = None
            else:
                current = found.setdefault(name[2:], set())
        elif line.startswith("@@"):
            in_header = False
            m = _HUNK.match(line)
            if m is None or current is None:
                continue
            start = int(m.group(1))
            count = 1 if m.group(2) is None else int(m.group(2))
            current.update(range(start, start + count))
    return {path: frozenset(lines) for path, lines in found.items()}


def _unquote(name: str) -> str:
    """Undo git's C-style quoting of unusual file names ("b/caf\\303\\251.md")."""
    name = name.rstrip("\t")
    if not (len(name) >= 2 and name[0] == name[-1] == '"'):
        return name
    out = bytearray()
    body = name[1:-1]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in "01234567" and i + 3 < len(body):
                out.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            out.extend(_ESCAPES.get(nxt, nxt).encode("utf-8"))
            i += 2
            continue
        out.extend(ch.encode("utf-8", "surrogateescape"))
        i += 1
    return out.decode("utf-8", "surrogateescape")


def on_changed_lines(
    diagnostics: Sequence[Diagnostic], source: str, changed: frozenset[int] | None
) -> list[Diagnostic]:
    """The diagnostics that touch a changed line (all of them when ``changed`` is None)."""
    if changed is None:
        return list(diagnostics)
    if not changed:
        return []
    kept = []
    for diag in diagnostics:
        first = source.count("\n", 0, diag.start) + 1
        # An end right after a newline belongs to the line before it.
        last_offset = diag.end - 1 if diag.end > diag.start else diag.end
        last = first + source.count("\n", diag.start, max(last_offset, diag.start))
        if any(n in changed for n in range(first, last + 1)):
            kept.append(diag)
    return kept
