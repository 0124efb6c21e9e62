"""The names family (NL1xx): every person's name spelled the same, and right.

``people`` finds the people in a story in one scan, ``spelling`` establishes each
one's spelling and finds the mentions that stray from it, ``nameslist`` reads the
newsroom's names list, ``titles`` checks formal titles, ``rules`` holds the Rule
classes. The scan runs once per document and is shared through ``ctx.cache``,
where it also leaves ``known_names`` for the spelling engines.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.rule import Context


def known_names(doc: Document, ctx: Context) -> set[str]:
    """The name words this document establishes (also left in ctx.cache["known_names"])."""
    from newslint.rules.names.spelling import analyse

    return analyse(doc, ctx).known_names
