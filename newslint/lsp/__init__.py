"""``newslint lsp``: the linter as a language server, for writers in their editor.

Imported only by that command: pygls and lsprotocol stay out of every other run.
"""
