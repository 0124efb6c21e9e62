"""The legal rule family (NL3xx): court names, statute and regulation citations, case names.

``table`` loads newslint's own court table (``courts_data.py``); ``courts`` and
``citations`` each scan a document once and the rules report what they found.
"""
