"""U.S. federal agencies and their sub-offices from the .gov registry (cisagov/dotgov-data).

Used by ``build_entities.py``. Two files of the CISA .gov registry's public data (CC0):

  * ``agencies-and-subs.csv``: agencies and their bureaus as the federal budget lists
    them (Agency, Bureau), kept by the registry as its controlled list of organisations;
  * ``current-federal.csv``: every federal .gov domain with the organisation and, typed
    in by the registrant, the sub-organisation that holds it.

Precision first: a name enters the register only when a wrong form of it can be judged
without harm. So a name must

  * come from a controlled list (the budget's agencies and bureaus, the registrar's
    federal agencies), or be typed the same way for two domains or more (a
    sub-organisation typed once may itself be the slip: "National Institutes on Aging");
  * be a multi-word proper name with a head noun (Office, Bureau, Service, Laboratory...)
    and two significant words or more: "Office of Communications", "Management
    Directorate" and budget headings ("Departmental Management", "Rural Development")
    are left out;
  * not be a generic office every department has (the same name under two parents, or
    a role office: "Office of the Secretary", "Office of Inspector General", "Office of
    the Chief Information Officer");
  * not be one slip (a similar word changed, a word dropped) from another register name,
    the curated names winning: two names that close would correct each other.

Every office keeps its parent agency (the Agency column), so ``newslint entities`` says
where it belongs, and an office name is never borrowed from another department.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newslint.entities import FUNCTION_WORDS, GENERIC_NAME_WORDS, NAME_HEADS

SOURCE = "https://github.com/cisagov/dotgov-data/blob/main/{}"
FUNCTION = FUNCTION_WORDS
HEADS = NAME_HEADS
GENERIC = GENERIC_NAME_WORDS

# Offices named for a role: every department has one.
ROLE_OFFICE = re.compile(
    r"\b(?:Secretary|President|Inspector General|General Counsel|Solicitor|"
    r"Chief [A-Z][a-z]+(?: [A-Z][a-z]+)? Officer|Civil Rights|Public Affairs|"
    r"Legislative Affairs|Congressional Affairs|Administration and Management)\b"
)
# Budget headings, not bodies: "Financing Vehicles and the Board of Governors of the
# Federal Reserve", "United States Enrichment Corporation Fund".
BUDGET = re.compile(
    r"\b(?:Funds?|Vehicles|Allowances|Payments|Expenses|Activities|Account)$|"
    r"^(?:Financing|Administration of) "
)
_ACRONYM_SUFFIX = re.compile(r",\s*([A-Z]{2,6})$")


def read(where: Path, name: str) -> list[dict[str, str]]:
    """Rows of a CSV file in a checkout or a bare git directory (its HEAD)."""
    path = where / name
    if path.exists():
        text = path.read_text(encoding="utf-8-sig")
    else:
        shown = subprocess.run(
            ["git", f"--git-dir={where}", "show", f"HEAD:{name}"],
            capture_output=True,
            text=True,
            check=True,
        )
        text = shown.stdout.lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


def snapshot(where: Path) -> str:
    """The snapshot's commit (printed by the build, for the record)."""
    shown = subprocess.run(
        ["git", f"--git-dir={where}", "rev-parse", "HEAD"], capture_output=True, text=True
    )
    if shown.returncode:
        shown = subprocess.run(
            ["git", "-C", str(where), "rev-parse", "HEAD"], capture_output=True, text=True
        )
    return shown.stdout.strip() or "unknown"


def tidy(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip().strip(",").strip()
    return name[4:] if name.startswith("The ") else name


def words(name: str) -> list[str]:
    return re.findall(r"[\w.'’&-]+", name)


def norm(name: str) -> str:
    """A name for comparison: casefolded, "&" as "and", "U.S." for "United States"."""
    low = " ".join(words(name)).casefold().replace("&", "and")
    low = re.sub(r"\bunited states\b", "u.s.", low)
    return low


def proper(name: str) -> bool:
    """A well-formed proper name: every content word capitalised, no acronyms, digits,
    punctuation or joined parts ("GSA, CIO.GOV", "Bureau of the Fiscal Service - TWAI")."""
    if re.search(r"[,()/:;\d]| - |--", name):
        return False
    for i, w in enumerate(words(name)):
        if w.lower() in FUNCTION:
            if i and w != w.lower():
                return False  # "Trade And Development Agency": not the official casing
            continue
        if w == "U.S.":
            continue
        if not w[:1].isupper() or (len(w) > 1 and w.isupper()):
            return False
        if w.endswith("."):
            return False  # "U.S Immigration", "Lab."
    return True


def significant(name: str) -> bool:
    """Two distinctive words ("Defense Health Agency"), or one in a name of three content
    words ("Bureau of the Fiscal Service"); "Office of Science", "Office of
    Communications" and "National Security Division" are not specific enough."""
    content = [w.lower() for w in words(name) if w.lower() not in FUNCTION]
    distinctive = [w for w in content if w not in GENERIC]
    return len(distinctive) >= 2 or (len(distinctive) == 1 and len(content) >= 3)


def shaped(name: str) -> bool:
    """A specific organisation's name: proper, with a head noun, specific enough, not a
    role office, a budget heading or a department itself."""
    low = {w.lower() for w in words(name)}
    return (
        proper(name)
        and bool(low & HEADS)
        and significant(name)
        and not ROLE_OFFICE.search(name)
        and not BUDGET.search(name)
        and not name.startswith(("Department of", "U.S. Department of"))
    )


class Candidate:
    def __init__(self, name: str, parent: str, source: str, strength: int) -> None:
        self.name = name
        self.parent = parent
        self.source = source
        self.strength = strength  # 3: the controlled list; else domains typed this way


def gather(dotgov: Path) -> tuple[list[Candidate], list[str]]:
    """Every name worth considering, with the names seen under two parents or more
    (generic offices: never kept)."""
    subs = read(dotgov, "agencies-and-subs.csv")
    federal = read(dotgov, "current-federal.csv")
    parents: dict[str, set[str]] = defaultdict(set)
    found: dict[str, Candidate] = {}

    def offer(name: str, parent: str, source: str, strength: int) -> None:
        name = tidy(name)
        parent = tidy(parent)
        if not name or norm(name) == norm(parent) or parent.startswith("."):
            return  # the registry's own test entries sit under ".gov Administration"
        if parent:
            parents[norm(name)].add(norm(parent))
        old = found.get(norm(name))
        if old is None or strength > old.strength:
            found[norm(name)] = Candidate(name, parent, source, strength)

    for row in subs:
        agency, bureau = row["Agency"], row.get("Bureau") or ""
        offer(agency, "", SOURCE.format("agencies-and-subs.csv"), 3)
        if bureau.strip():
            offer(bureau, agency, SOURCE.format("agencies-and-subs.csv"), 3)
    # The organisation is chosen from the registrar's list of federal agencies (strength
    # 2). The sub-organisation is typed per domain: one typed the same way for two
    # domains or more is taken as the body's own (2), once as unconfirmed (1).
    typed: Counter[tuple[str, str]] = Counter()
    for row in federal:
        org = tidy(row["Organization name"])
        offer(org, "", SOURCE.format("current-federal.csv"), 2)
        sub = tidy(row.get("Suborganization name") or "")
        if sub:
            typed[(sub, org)] += 1
    for (name, parent), count in sorted(typed.items()):
        offer(name, parent, SOURCE.format("current-federal.csv"), min(count, 2))
    generic = sorted(n for n, ps in parents.items() if len(ps) >= 2)
    return list(found.values()), generic


def _similar(a: str, b: str) -> bool:
    # The same test newslint's agency rule applies to a changed word.
    from newslint.rules.names.known import _similar as rule_similar

    return rule_similar(a, b)


def one_slip(form: list[str], other: list[str]) -> bool:
    """Whether the agency rule would read some stretch of ``other`` as ``form`` with one
    word changed to a similar one or one inner word dropped."""
    n = len(form)
    for s in range(len(other) - n + 1):
        window = other[s : s + n]
        diffs = [k for k in range(n) if window[k] != form[k]]
        if len(diffs) == 1 and _similar(window[diffs[0]], form[diffs[0]]):
            return True
    if n >= 4:
        for s in range(len(other) - n + 2):
            window = other[s : s + n - 1]
            for k in range(1, n - 1):
                if form[k] not in FUNCTION and window == form[:k] + form[k + 1 :]:
                    return True
    return False


def build_offices(dotgov: Path, curated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Register entries for the .gov registry's agencies and offices the curated list
    lacks, each with its parent and source."""
    candidates, generic = gather(dotgov)
    known = {norm(f) for e in curated for f in [e["name"], *e.get("short", ())]}
    known |= {norm(p["name"]) for e in curated for p in e.get("predecessors", ())}
    acronyms = {e["acronym"]: e["name"] for e in curated if e.get("acronym")}
    kept: list[Candidate] = []
    for c in candidates:
        m = _ACRONYM_SUFFIX.search(c.name)
        if m and m.group(1) in acronyms:  # "National Library of Medicine, NIH"
            c.name, c.parent = c.name[: m.start()], acronyms[m.group(1)]
        if norm(c.name) in known or norm(c.name) in generic or not shaped(c.name):
            continue
        if c.strength < 2:
            continue  # typed once by a registrant: perhaps the slip itself
        kept.append(c)
    curated_forms = [norm(f).split() for e in curated for f in [e["name"], *e.get("short", ())]]
    dropped: set[int] = set()
    for i, c in enumerate(kept):
        mine = norm(c.name).split()
        if any(one_slip(f, mine) or one_slip(mine, f) for f in curated_forms):
            dropped.add(i)
            print(f"offices: {c.name}: one slip from a curated name, left out")
    for i, c in enumerate(kept):
        for j in range(i + 1, len(kept)):
            if i in dropped or j in dropped:
                continue
            a, b = norm(c.name).split(), norm(kept[j].name).split()
            if one_slip(a, b) or one_slip(b, a):
                weaker = [k for k in (i, j) if kept[k].strength < max(c.strength, kept[j].strength)]
                for k in weaker or [i, j]:
                    dropped.add(k)
                    print(
                        f"offices: {kept[k].name}: one slip from {kept[i + j - k].name}, left out"
                    )
    domains = _domains(dotgov)
    ordinary = _ordinary_words()
    taken = set(acronyms)
    entries = []
    for i, c in enumerate(kept):
        if i in dropped:
            continue
        entry: dict[str, Any] = {"name": c.name}
        acronym = _acronym(c.name, domains.get(norm(c.name), set()), ordinary)
        if acronym and acronym not in taken:
            entry["acronym"] = acronym
            taken.add(acronym)
        # "United States" and "U.S." are both right in a name (AP: U.S. as a noun
        # modifier): each form is accepted.
        if "United States " in c.name:
            entry["short"] = [c.name.replace("United States ", "U.S. ")]
        elif re.search(r"\bU\.S\. ", c.name):
            entry["short"] = [c.name.replace("U.S. ", "United States ")]
        if c.parent:
            entry["parent"] = c.parent
            entry["kind"] = "office"
        entry["source"] = c.source
        entries.append(entry)
    entries.sort(key=lambda e: (e.get("parent", ""), e["name"]))
    return entries


def _domains(dotgov: Path) -> dict[str, set[str]]:
    """Each organisation and sub-organisation name (compared form) to the .gov domains
    registered under it, without ".gov"."""
    table: dict[str, set[str]] = defaultdict(set)
    for row in read(dotgov, "current-federal.csv"):
        label = row["Domain name"].lower().removesuffix(".gov")
        for name in (row["Organization name"], row.get("Suborganization name") or ""):
            if name.strip():
                table[norm(tidy(name))].add(label)
    return table


def _ordinary_words() -> frozenset[str]:
    """Lowercase words of newslint's spelling dictionary ("arc", "bis"), usage-only
    entries ("cftc") left out, as build_entities does."""
    path = Path(__file__).resolve().parent.parent / "newslint" / "data" / "spelling" / "words.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and not cols[1] and (len(cols) < 4 or cols[3] != "u"):
            out.add(cols[0])
    return frozenset(out)


def _acronym(name: str, labels: set[str], ordinary: frozenset[str]) -> str:
    """The body's acronym when it registered it as its domain (cftc.gov for the
    Commodity Futures Trading Commission): the initials of the name's content words, or
    of all its words, three to six letters, and not an ordinary word ("arc.gov")."""
    ws = words(name.replace("U.S.", "US"))
    initials = set()
    content = [w for w in ws if w.lower() not in FUNCTION]
    for pool in (content, ws):
        letters = "".join("US" if w == "US" else w[0] for w in pool)
        initials.add(letters.lower())
    for label in sorted(labels):
        if label in initials and 3 <= len(label) <= 6 and label not in ordinary:
            return label.upper()
    return ""
