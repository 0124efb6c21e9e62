"""The spelling family (NL6xx, category typos): a built-in dictionary that knows a newsroom.

``lexicon`` reads the shipped dictionary, ``wordlists`` the newsroom's own accept
and reject lists, ``scan`` makes one pass over the story's words, ``rules`` and
``articles`` hold the Rule classes.
"""
