from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Tests never read or write the user's real cache (LanguageTool answers, names lists).
os.environ.setdefault("NEWSLINT_CACHE_DIR", tempfile.mkdtemp(prefix="newslint-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT
