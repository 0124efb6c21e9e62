"""Ctrl-C: exit 130, one line, no worker tracebacks, nothing left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
PARAGRAPH = "The the council met on Tuesday to discuss the budget, its first since May. " * 40


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_worker_noise(tmp_path: Path, jobs: str) -> None:
    for i in range(200):
        (tmp_path / f"story{i:03}.md").write_text((PARAGRAPH + "\n\n") * 20, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", "check", "-j", jobs, "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,  # its own process group, as a terminal's job is
    )
    time.sleep(3)  # well into checking (start-up takes well under a second)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 130, text
    assert text.strip().splitlines()[-1] == "newslint: interrupted"
    assert "Traceback" not in text and "ForkPoolWorker" not in text and "Aborted" not in text
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker outlived the run
