"""Regular expressions compiled when first used.

Rule discovery imports every rule module, and compiling a pattern costs 0.02-1 ms;
a one-story run should pay only for the patterns its story needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``lazy(p)()`` is ``re.compile(p)``, compiled on the first call and then kept."""
    return cache(partial(re.compile, pattern, flags))
