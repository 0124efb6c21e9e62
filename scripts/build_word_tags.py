"""Build newslint/data/word-tags.tsv: the parts of speech each English word can take.

    python scripts/build_word_tags.py [FOLDER]

NL615 and NL616 read it to see a verb where a noun phrase's number or an auxiliary
wants another form ("The child thread take a reference", "can implicates"). Each line
is a word, its parts of speech most frequent first as one-letter codes (below), and, for
an irregular verb's base, its past participle:

    see	v	seen
    costs	sz

Sources, fetched from npm (pinned versions) into FOLDER or a temporary folder:

* ``en-lexicon`` 1.0.11 (Alex Corvi, MIT): about 110,000 words with their Penn Treebank
  tags, most frequent first (derived from Eric Brill's tagger lexicon);
* ``wink-lexicon`` 2.2.0 (GRAYPE Systems, MIT): the forms of English irregular verbs.

Only lowercase words are kept: a rule looks a word up in lower case. Deterministic.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newslint" / "data" / "word-tags.tsv"
PACKAGES = {"en-lexicon": "1.0.11", "wink-lexicon": "2.2.0"}

# Penn Treebank tag -> newslint's one-letter code; tags outside the table are "o".
CODES = {
    "NN": "n",  # singular or mass noun
    "NNS": "s",  # plural noun
    "VB": "v",  # verb, base form
    "VBP": "v",  # verb, present tense, not third person singular (the same word)
    "VBZ": "z",  # verb, third person singular present
    "VBD": "d",  # verb, past tense
    "VBN": "p",  # verb, past participle
    "VBG": "g",  # verb, gerund or present participle
    "JJ": "j",  # adjective
    "JJR": "j",
    "JJS": "j",
    "RB": "r",  # adverb
    "MD": "m",  # modal
    "DT": "t",  # determiner
    "IN": "i",  # preposition or subordinating conjunction
    "PRP": "u",  # pronoun
    "NNP": "c",  # proper noun (capitalised in the source lexicon)
    "NNPS": "c",
}


def fetch(folder: Path) -> dict[str, Path]:
    """Each package's unpacked folder, fetched with ``npm pack`` when not already there."""
    found: dict[str, Path] = {}
    for name, version in PACKAGES.items():
        tarball = folder / f"{name}-{version}.tgz"
        if not tarball.exists():
            subprocess.run(
                ["npm", "pack", f"{name}@{version}", "--pack-destination", str(folder)],
                check=True,
                capture_output=True,
            )
        unpacked = folder / f"{name}-{version}"
        with tarfile.open(tarball) as archive:
            archive.extractall(unpacked, filter="data")
        found[name] = unpacked / "package"
    return found


def penn_tags(lexicon_js: Path) -> dict[str, list[str]]:
    """en-lexicon's ``"word": "NN|VB"`` entries, tags most frequent first."""
    entries = re.findall(r'^\s*"?([^":\s]+)"?\s*:\s*"([^"]*)"', lexicon_js.read_text("utf-8"), re.M)
    return {word: tags.split("|") for word, tags in entries}


def irregular_forms(verbs_js: Path) -> dict[str, list[str]]:
    """wink-lexicon's irregular verbs: base -> its other forms, in the file's order."""
    text = verbs_js.read_text("utf-8")
    bases = dict(re.findall(r"^var (\w+) = '(\w+)';", text, re.M))
    forms: dict[str, list[str]] = {}
    for form, var in re.findall(r"^iVerbs\.(\w+) = (\w+);", text, re.M):
        base = bases.get(var)
        if base and form != base and form not in forms.setdefault(base, []):
            forms[base].append(form)
    return forms


def codes(tags: list[str]) -> str:
    out = ""
    for tag in tags:
        code = CODES.get(tag, "o")
        if code not in out:
            out += code
    return out


def main() -> int:
    given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as scratch:
        folder = given or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            packages = fetch(folder)
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"build_word_tags.py: cannot fetch the npm packages ({error}); is npm installed?")
            return 1
        tags = penn_tags(packages["en-lexicon"] / "dist" / "lexicon.js")
        irregular = irregular_forms(packages["wink-lexicon"] / "src" / "irregular-verbs.js")
    lines = []
    for word in sorted(tags):
        if not re.fullmatch(r"[a-z][a-z'-]*", word):
            continue
        line = f"{word}\t{codes(tags[word])}"
        participles = [f for f in irregular.get(word, []) if tags.get(f, [""])[0] == "VBN"]
        if participles:
            line += f"\t{participles[0]}"
        lines.append(line + "\n")
    head = (
        "# word, parts of speech most frequent first (n noun, s plural noun, v verb, z verb\n"
        "# -s form, d past, p participle, g -ing, j adjective, r adverb, m modal, t determiner,\n"
        "# i preposition, u pronoun, c proper noun, o other) and an irregular verb's participle;\n"
        "# built by scripts/build_word_tags.py from en-lexicon 1.0.11 and wink-lexicon 2.2.0 (MIT)\n"
    )
    OUT.write_text(head + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} words -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
