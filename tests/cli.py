"""Running the real ``newslint`` command in a subprocess, as a user's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# LanguageTool off: tests that want it start a server themselves.
ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}


def newslint(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(env if env is not None else ENV),
        timeout=120,
    )
