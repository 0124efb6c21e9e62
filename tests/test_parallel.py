from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newslint.parallel import run_in_order


def _square(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n * n


def test_run_in_order_keeps_order_and_yields_errors() -> None:
    out = list(run_in_order(_square, list(range(40)), 2))
    assert [o for o in out if not isinstance(o, Exception)] == [n * n for n in range(40) if n != 7]
    assert isinstance(out[7], ValueError)


def test_parallel_output_identical_to_serial(tmp_path: Path) -> None:
    for i in range(24):
        body = "The the council met.\n" if i % 3 else "A clean line.\n"
        (tmp_path / f"story{i:02}.md").write_text(body * (i + 1), encoding="utf-8")
    (tmp_path / "story05.txt").write_bytes(b"bad \xff\xfe")  # not a BOM: not UTF-8
    env = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}

    def run(jobs: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "newslint",
                "check",
                "-j",
                jobs,
                "--format",
                "json",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )

    serial, parallel = run("1"), run("2")
    assert serial.returncode == parallel.returncode == 2  # the bad file
    assert serial.stdout == parallel.stdout
    assert serial.stdout.count('"rule": "NL601"') == sum((i + 1) for i in range(24) if i % 3)
    assert "story05.txt: not valid UTF-8" in parallel.stderr
