"""``newslint review``: a local page where a copy editor accepts, edits or rejects each fix.

Standard library only (http.server): plain HTML, CSS and JavaScript in ``static/``,
no build step. Imported only by that command.
"""
