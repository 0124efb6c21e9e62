"""Golden files: every draft in samples/ beside its expected findings and fixed text.

For each sample ``samples/NAME.EXT`` the folder tests/golden/ holds

* ``NAME.EXT.findings.json``: what ``newslint check --format json`` reports
  (rule, severity, positions, the flagged text, the fix);
* ``NAME.EXT.fixed``: the draft after ``newslint check --fix`` (safe fixes);
* ``NAME.EXT.unsafe-fixed``: the draft after ``--fix --unsafe-fixes``.

A new sample is picked up automatically. After an intended change, regenerate
and review the diff:

    NEWSLINT_REGEN=1 python -m pytest tests/test_golden.py

LanguageTool is off here (its findings depend on the server's version); it
has tests of its own.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newslint import markup
from newslint.settings import find_config

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
REGEN = os.environ.get("NEWSLINT_REGEN") == "1"
ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
KINDS = (".findings.json", ".fixed", ".unsafe-fixed")


def sample_names() -> list[str]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and markup.format_for(p.name))


NAMES = sample_names()


def newslint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    config = find_config(SAMPLES)  # a config above samples/ still applies to the copies
    extra = ["--config", str(config)] if config and SAMPLES not in config.parents else []
    return subprocess.run(
        [sys.executable, "-m", "newslint", "check", *extra, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )


def copy_samples(folder: Path) -> Path:
    """A copy of samples/ (with any config or names list in it) to run on and to fix."""
    shutil.copytree(SAMPLES, folder / "samples")
    return folder


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    work = copy_samples(tmp_path_factory.mktemp("golden-check"))
    proc = newslint("--format", "json", "-j", "1", "samples", cwd=work)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    assert not data["errors"], data["errors"]
    by_file: dict[str, list[dict[str, Any]]] = {name: [] for name in NAMES}
    for d in data["diagnostics"]:
        name = Path(d["path"]).name
        source = read(work / "samples" / name).removeprefix("\ufeff")
        by_file[name].append(
            {
                "rule": d["rule"],
                "severity": d["severity"],
                "line": d["line"],
                "column": d["column"],
                "end_line": d["end_line"],
                "end_column": d["end_column"],
                "offset": d["offset"],
                "length": d["length"],
                "text": source[d["offset"] : d["offset"] + d["length"]],
                "fix": d["fix"],
            }
        )
    return by_file


def _fixed_copy(folder: Path, *flags: str) -> Path:
    work = copy_samples(folder)
    proc = newslint("--fix", *flags, "-j", "1", "samples", cwd=work)
    assert proc.returncode in (0, 1), proc.stderr
    return work / "samples"


@pytest.fixture(scope="module")
def fixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fixed_copy(tmp_path_factory.mktemp("golden-fix"))


@pytest.fixture(scope="module")
def unsafe_fixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fixed_copy(tmp_path_factory.mktemp("golden-unsafe"), "--unsafe-fixes")


def compare(expected_path: Path, actual: str) -> None:
    """Equal to the golden file, or (with NEWSLINT_REGEN=1) written to it."""
    if REGEN:
        GOLDEN.mkdir(exist_ok=True)
        expected_path.write_bytes(actual.encode("utf-8"))
        return
    if not expected_path.exists():
        pytest.fail(f"no golden file {expected_path.name}; run NEWSLINT_REGEN=1 pytest {__file__}")
    expected = read(expected_path)
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"golden/{expected_path.name}",
                "actual",
            )
        )
        pytest.fail(f"{expected_path.name} differs (NEWSLINT_REGEN=1 to accept):\n{diff}")


needs_samples = pytest.mark.skipif(not NAMES, reason="no drafts in samples/ yet")


@needs_samples
@pytest.mark.parametrize("name", NAMES)
def test_findings(name: str, findings: dict[str, list[dict[str, Any]]]) -> None:
    text = json.dumps(findings[name], ensure_ascii=False, indent=2) + "\n"
    compare(GOLDEN / f"{name}.findings.json", text)


@needs_samples
@pytest.mark.parametrize("name", NAMES)
def test_fixed_text(name: str, fixed: Path) -> None:
    compare(GOLDEN / f"{name}.fixed", read(fixed / name))


@needs_samples
@pytest.mark.parametrize("name", NAMES)
def test_unsafe_fixed_text(name: str, unsafe_fixed: Path) -> None:
    compare(GOLDEN / f"{name}.unsafe-fixed", read(unsafe_fixed / name))


@needs_samples
@pytest.mark.parametrize("flags", [(), ("--unsafe-fixes",)], ids=["safe", "unsafe"])
def test_second_fix_changes_nothing(
    flags: tuple[str, ...], fixed: Path, unsafe_fixed: Path
) -> None:
    folder = unsafe_fixed if flags else fixed
    before = {name: (folder / name).read_bytes() for name in NAMES}
    proc = newslint("--fix", *flags, "-j", "1", "samples", cwd=folder.parent)
    assert proc.returncode in (0, 1), proc.stderr
    assert "no fixes to apply" in proc.stderr
    assert {name: (folder / name).read_bytes() for name in NAMES} == before


def test_no_stale_golden_files() -> None:
    """Every golden file belongs to a sample that still exists."""
    if not GOLDEN.is_dir():
        return
    stale = []
    for path in sorted(GOLDEN.iterdir()):
        owner = next((path.name[: -len(k)] for k in KINDS if path.name.endswith(k)), None)
        if owner is None or owner not in NAMES:
            stale.append(path)
    if REGEN:
        for path in stale:
            path.unlink()
        return
    assert not stale, f"golden files without a sample: {[p.name for p in stale]}"
