"""SARIF output validates against the official 2.1.0 schema (shipped in Microsoft's
npm package, fetched by scripts/fetch-sarif-schema.sh) and Microsoft's validator."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import jsonschema
import pytest

from newslint.formats.common import Report, RuleInfo
from newslint.formats.sarif import render
from newslint.linter import check_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sarif_home() -> Path:
    proc = subprocess.run(
        [str(ROOT / "scripts" / "fetch-sarif-schema.sh")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        pytest.fail(f"could not fetch the SARIF schema: {proc.stderr.strip()}")
    return Path(proc.stdout.strip().splitlines()[-1])


def _report() -> Report:
    text = "The the council met.\n\nIt walked towards 😀 the the end.\n"
    result = check_text(text, "markdown", path="story.md")
    rules = {
        "NL601": RuleInfo(
            "NL601", "doubled-word", "typos", "error", "Doubled word.", "Docs for the rule.", True
        )
    }
    return Report([result], rules=rules, checked=1)


def test_valid_against_official_schema(sarif_home: Path) -> None:
    schema = json.loads((sarif_home / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(render(_report()))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = list(validator.iter_errors(log))
    assert not errors, errors[0].message
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"NL601", "NL501"}
    emoji_line = [r for r in results if r["ruleId"] == "NL601"][1]
    assert (
        emoji_line["locations"][0]["physicalLocation"]["region"]["startColumn"] == 21
    )  # the emoji counts as one column
    rule = log["runs"][0]["tool"]["driver"]["rules"][log["runs"][0]["results"][0]["ruleIndex"]]
    assert rule["help"]["text"] == "Docs for the rule."
    assert results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "The"
    }


def test_microsoft_validator_accepts_it(sarif_home: Path, tmp_path: Path) -> None:
    tool = sarif_home / "Sarif.Multitool"
    if not tool.exists():
        pytest.skip("the SARIF Multitool binary is not in this package version")
    log = tmp_path / "out.sarif"
    log.write_text(render(_report()), encoding="utf-8")
    out = tmp_path / "validation.sarif"
    env = {**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"}
    proc = subprocess.run(
        [str(tool), "validate", str(log), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    findings = json.loads(out.read_text(encoding="utf-8"))["runs"][0].get("results", [])
    errors = [f for f in findings if f.get("level") == "error"]
    assert not errors, errors
