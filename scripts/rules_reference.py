"""Write docs/rules.md, the rules reference, from the rule registry.

    python scripts/rules_reference.py          # rewrite docs/rules.md
    python scripts/rules_reference.py --check  # exit 1 when it is stale

tests/test_registry.py fails when the file differs from what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newslint.linter import all_rules
from newslint.registry import reference
from newslint.settings import Settings

TARGET = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def generate() -> str:
    return reference(all_rules(Settings()))


def main(argv: list[str]) -> int:
    text = generate()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python scripts/rules_reference.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
