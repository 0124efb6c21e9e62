"""A real `newslint review` server in a subprocess, for HTTP and browser tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest


class Running(NamedTuple):
    url: str
    token: str
    process: subprocess.Popen[str]


def start_review(*args: str, cwd: Path) -> Iterator[Running]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", "review", *args, "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        assert match, f"no address printed: {line!r} {proc.stderr.read() if proc.stderr else ''}"
        url = match.group(1)
        import urllib.request

        page = urllib.request.urlopen(url, timeout=10).read().decode()
        token = re.search(r'name="newslint-token" content="([0-9a-f]+)"', page)
        assert token
        yield Running(url, token.group(1), proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def sample(tmp_path: Path, root: Path) -> Path:
    draft = tmp_path / "story.md"
    draft.write_bytes((root / "samples" / "sanctuary-ruling.md").read_bytes())
    return draft


@pytest.fixture
def review(sample: Path) -> Iterator[Running]:
    yield from start_review(sample.name, cwd=sample.parent)
