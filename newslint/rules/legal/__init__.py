"""The legal rule family (NL3xx): court names, statute and regulation citations, case names.

``table`` loads newslint's own court table (``_courts_data.py``). ``courts`` scans a
story once for the courts it names and returns typed facts (``Analysis.courts``); each
court rule has its own file (``court_word_order.py`` NL301 ... ``generic_court_lowercase.py``
NL308) that reads those facts, decides and words its finding. ``citations`` scans the
citations once (``Analysis.citations``).
"""
