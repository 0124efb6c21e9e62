"""Usage: confusable words judged in context (NL2xx, category "confusables").

Each module holds one family of confusions; ``context`` holds the closed word classes,
the window over the story's words (from ``ctx.analysis``) and the rule base they share;
``model`` judges the confusion sets of the ``confusion`` pack kind.
"""
