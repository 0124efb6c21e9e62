"""Regular expressions compiled when first used.

Rule discovery imports every rule module, and compiling a pattern costs 0.02-1 ms;
a one-story run should pay only for the patterns its story needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

# Letters that re.IGNORECASE matches to an ASCII letter although str.lower() does not
# turn them into it ("İ" and "ı" match "i", "ſ" matches "s"), and the Kelvin sign.
_ODD_CASE_LETTERS = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowercase_prefilter_is_safe(text: str) -> bool:
    """Whether every word re.IGNORECASE finds in ``text`` is also in ``text.lower()``, so
    that a rule may skip a story whose lowercased text lacks all of its words."""
    return not any(c in text for c in _ODD_CASE_LETTERS)


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``lazy(p)()`` is ``re.compile(p)``, compiled on the first call and then kept."""
    return cache(partial(re.compile, pattern, flags))
