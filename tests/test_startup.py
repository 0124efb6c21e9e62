"""Start-up stays fast: importing the CLI or running a small check pulls in no heavy library."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("language_tool_python", "eyecite", "citeurl", "courts_db", "proselint", "hypothesis")
# Cheaper, but each costs a one-story run milliseconds it does not need: the third-party
# regex engine (a newsroom's packs only), process pools (many files), the cache folder
# and its formats (LanguageTool, names lists), JSON output, close matches for a
# mistyped rule id.
ONLY_WHEN_NEEDED = (
    "difflib",
    "regex",
    "multiprocessing",
    "platformdirs",
    "pickle",
    "json",
    "sqlite3",
    "tempfile",
    "csv",
)


def _modules_after(code: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())


def test_import_cli_is_light() -> None:
    loaded = _modules_after("import newslint.cli")
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}
    assert "markdown_it" not in loaded  # parsers load when a file needs them


def test_check_one_small_file_is_light(tmp_path) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "x.md"
    draft.write_text("The council met on Monday.\n", encoding="utf-8")
    code = (
        "import sys\nfrom newslint.cli import cli\n"
        f"try:\n    cli(['check', '--no-proselint', {str(draft)!r}])\nexcept SystemExit:\n    pass"
    )
    loaded = _modules_after(code)
    heavy = {m.split(".")[0] for m in loaded} & set(HEAVY)
    assert not heavy, f"heavy modules imported: {heavy}"
    # Modules the interpreter's own start-up loads (site hooks) are not the run's doing.
    ours = loaded - _modules_after("pass")
    unneeded = {m.split(".")[0] for m in ours} & set(ONLY_WHEN_NEEDED)
    assert not unneeded, f"modules this run does not need were imported: {unneeded}"
