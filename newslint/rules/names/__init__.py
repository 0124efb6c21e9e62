"""The names family (NL1xx): every person's name spelled the same, and right.

``people`` finds the person mentions in a story, ``spelling`` establishes each
surname's spelling and finds the references that stray from it (the facts read as
``Analysis.people``), ``titles`` finds formal titles capitalised away from a name,
``nameslist`` parses the newsroom's names list (read by the linter, never by a
rule). Each rule owns its check and message in its own file: ``name_spelling``
(NL101), ``name_first_name`` (NL102), ``name_possessive`` (NL103),
``title_capitalization`` (NL104).
"""
