"""newslint: a copy-editing linter for news drafts."""

__version__ = "0.1.0"
