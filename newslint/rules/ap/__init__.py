"""AP style code rules (NL4xx, category "ap_style"): numbers, dates, abbreviations, spacing.

Each rule names its AP Stylebook entry and says what it does under Chicago
(``ctx.style == "chicago"``): the same check, its Chicago form, or nothing.
Word-form swaps a copy desk may edit live in ``rules/ap-words.toml`` instead.
"""
