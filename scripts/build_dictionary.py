#!/usr/bin/env python3
"""Build the spelling data newslint ships in ``newslint/data/spelling/``.

Sources (installed on the build machine, never fetched at run time):

* SCOWL 2020.12.07 (Kevin Atkinson; permissive licence, see README "Spelling"),
  from Debian's ``scowl`` package (``/usr/share/dict/scowl``): the English and
  American word lists up to size 80, their capitalised words, proper names,
  abbreviations and contractions, and the accepted variants (variant_1, _2).
  Its British lists give the British spellings AP copy should not use.
* wordfreq 3.1 (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0), ``pip install
  wordfreq``: how common each word is (Zipf scale), to rank corrections and to
  accept words in wide use that SCOWL lacks (tech and news coinages).

Output (UTF-8, sorted by the lowercase key so the checker can binary-search
the file without loading it):

* ``words.txt``: ``key<TAB>forms<TAB>zipf<TAB>kind`` — ``forms`` the
  capitalised spellings when the word is not (also) lowercase ("Washington"),
  ``zipf`` ten times wordfreq's Zipf frequency (0 when unknown), ``kind`` empty
  for a dictionary word, ``u`` for a word found only in wordfreq's usage data,
  ``b`` for a British spelling (``forms`` then holds the American one).
* ``targets.txt``: the words a correction may offer, ``word<TAB>zipf``
  (dictionary words only), grouped by length and most frequent first; the first
  line gives the byte offset where each length starts.

    python scripts/build_dictionary.py [--scowl DIR] [--size 80]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "spelling"
ACCEPT_LISTS = ("english", "american", "variant_1", "variant_2")
KINDS = ("words", "upper", "proper-names", "abbreviations", "contractions")
# A word wordfreq has seen this often (Zipf) but SCOWL lacks is accepted as in use.
USAGE_ZIPF = 2.0
# Correction targets: dictionary words at least this common (Zipf), or in SCOWL's core.
TARGET_ZIPF = 1.0
CORE_SIZE = 50
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['][A-Za-z]+)?$")


def scowl_words(folder: Path, lists: tuple[str, ...], size: int) -> dict[str, int]:
    """Every word of these lists up to ``size``, with the smallest size it appears at."""
    found: dict[str, int] = {}
    for path in folder.iterdir():
        name, _, level = path.name.rpartition(".")
        spelling, _, kind = name.partition("-")
        if spelling not in lists or kind not in KINDS or not level.isdigit():
            continue
        if int(level) > size:
            continue
        for word in path.read_text(encoding="latin-1").split("\n"):
            word = word.strip()
            if word.endswith("'s"):
                continue  # possessives are checked by their stem
            if word and _WORD.match(word):
                found[word] = min(found.get(word, 999), int(level))
    return found


def british_map(folder: Path, size: int, american: set[str]) -> dict[str, str]:
    """British-only spellings and the American form: -our/-or, -re/-er, -ise/-ize,
    doubled l, -ogue/-og, ae/oe -> e, -ence/-ense; kept only where the American
    form is a dictionary word and the British form is not."""
    british = scowl_words(folder, ("british", "british_variant_1", "british_variant_2"), size)
    rules = [
        (r"our(s|ed|ing|able|ful|less|ite|ites)?$", r"or\1"),
        (r"ourer(s)?$", r"orer\1"),
        (r"([tb])re(s)?$", r"\1er\2"),
        (r"([tb])red$", r"\1ered"),
        (r"([tb])ring$", r"\1ering"),
        (r"([^aeiou])re(s)?$", r"\1er\2"),
        (r"is(e|es|ed|ing|ation|ations|er|ers|able)$", r"iz\1"),
        (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
        (r"ll(ed|ing|er|ers|ation)$", r"l\1"),
        (r"logue(s)?$", r"log\1"),
        (r"gogue(s)?$", r"gog\1"),
        (r"ae", "e"),
        (r"oe", "e"),
        (r"ence$", "ense"),
        (r"ement(s)?$", r"ment\1"),
        (r"lment(s)?$", r"llment\1"),
        (r"ll(ful|ment|ments)$", r"l\1"),
        (r"ey$", "y"),
        (r"que(s)?$", r"k\1"),
        (r"gramme(s)?$", r"gram\1"),
    ]
    found: dict[str, str] = {}
    lower_american = {w.lower() for w in american}
    for word in british:
        if word.lower() in lower_american:
            continue
        for pattern, repl in rules:
            candidate = re.sub(pattern, repl, word, count=1)
            if candidate != word and candidate.lower() in lower_american:
                found[word.lower()] = candidate.lower()
                break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scowl", type=Path, default=Path("/usr/share/dict/scowl"))
    parser.add_argument("--size", type=int, default=80)
    args = parser.parse_args()
    from wordfreq import iter_wordlist, zipf_frequency

    words = scowl_words(args.scowl, ACCEPT_LISTS, args.size)
    american = set(scowl_words(args.scowl, ("english", "american", "variant_1"), args.size))
    british = british_map(args.scowl, args.size, american)
    entries: dict[str, dict[str, object]] = defaultdict(lambda: {"forms": set(), "kind": ""})
    for word in words:
        key = word.lower()
        entry = entries[key]
        if word != key:
            entry["forms"].add(word)  # type: ignore[union-attr]
        else:
            entry["lower"] = True
    for entry in entries.values():
        if entry.get("lower"):
            entry["forms"] = set()  # a lowercase word accepts every casing
    zipf: dict[str, int] = {}
    for key in entries:
        zipf[key] = round(10 * zipf_frequency(key, "en"))
    for word in iter_wordlist("en", "large"):
        if word in entries or not word.isascii() or not word.isalpha():
            continue
        z = zipf_frequency(word, "en")
        if z < USAGE_ZIPF:
            break  # the list is in frequency order
        entries[word]["kind"] = "u"
        zipf[word] = round(10 * z)
    for word, us in british.items():
        # A British form is not accepted, whatever the lists above say: it names its
        # American form (in the forms field) and is flagged under AP and Chicago.
        entries[word] = {"forms": {us}, "kind": "b"}
        zipf[word] = round(10 * zipf_frequency(word, "en"))
    OUT.mkdir(parents=True, exist_ok=True)
    keys = sorted(entries, key=lambda k: k.encode("utf-8"))
    with (OUT / "words.txt").open("w", encoding="utf-8", newline="\n") as fh:
        for key in keys:
            entry = entries[key]
            forms = ",".join(sorted(entry["forms"]))  # type: ignore[arg-type]
            fh.write(f"{key}\t{forms}\t{zipf.get(key, 0)}\t{entry['kind']}\n")
    targets = [
        (k, zipf[k])
        for k in keys
        if not entries[k]["kind"]
        and k.isalpha()
        and (
            zipf[k] >= 10 * TARGET_ZIPF
            or min(words.get(f, 999) for f in (k, *entries[k]["forms"])) <= CORE_SIZE
        )  # type: ignore[misc]
    ]
    # Grouped by length (a correction is searched for among words of about the same
    # length), most common first; the first line indexes where each length starts.
    targets.sort(key=lambda t: (len(t[0]), -t[1], t[0]))
    body: list[bytes] = []
    starts: dict[int, int] = {}
    offset = 0
    for key, z in targets:
        forms = entries[key]["forms"]
        shown = sorted(forms)[0] if forms else key  # type: ignore[arg-type]
        line = f"{shown}\t{z}\n".encode()
        starts.setdefault(len(key), offset)
        body.append(line)
        offset += len(line)
    index = " ".join(f"{n}:{at}" for n, at in sorted(starts.items())) + f" end:{offset}"
    with (OUT / "targets.txt").open("wb") as fh:
        fh.write(f"#lengths {index}\n".encode())
        fh.write(b"".join(body))
    (OUT / "british.txt").unlink(missing_ok=True)  # older layout: now inside words.txt
    print(f"{len(keys)} entries, {len(targets)} correction targets, {len(british)} British forms")


if __name__ == "__main__":
    main()
