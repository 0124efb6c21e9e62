"""Usage: confusable words judged in context (NL2xx, category "confusables").

Each module holds one family of confusions; ``context`` holds the tokenizer,
the closed word classes and the rule base they share.
"""
