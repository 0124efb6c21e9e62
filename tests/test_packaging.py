"""The wheel carries the rule packs and the spelling data: build it, install it in a fresh
venv, load a pack and look words up."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_rule_packs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(dist.glob("newslint-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # newslint's dependencies come from the environment running the tests (which may be
    # a virtual environment itself), so the wheel is installed alone, with no download.
    inner = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(inner) / "outer-deps.pth").write_text("\n".join(sorted(outer)) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    code = (
        "from newslint.packs import packs_dir, builtin_pack_files, load_pack\n"
        "files = builtin_pack_files()\n"
        "assert 'site-packages' in str(packs_dir()), packs_dir()\n"
        "print(len(files), sum(len(load_pack(f)) for f in files))\n"
        # The spelling dictionary is inside the installed package, read from there.
        "from newslint.rules.spelling import lexicon\n"
        "import newslint\n"
        "assert 'site-packages' in newslint.__file__, newslint.__file__\n"
        "assert lexicon.is_word('government') and not lexicon.is_word('goverment')\n"
        "assert lexicon.candidates('goverment')[0].word == 'government'\n"
        "assert lexicon.american('colour') == 'color'\n"
        "from newslint.engines.languagetool import OFF_BY_DEFAULT\n"
        "assert 'A_INFINITIVE' in OFF_BY_DEFAULT  # the measured-noise data file\n"
    )
    proc = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    n_files, n_rules = map(int, proc.stdout.split())
    assert n_files == len(list((ROOT / "rules").glob("*.toml")))
    assert n_rules > 0
