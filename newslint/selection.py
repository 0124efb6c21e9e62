"""Which rules run: by id, id prefix or family code, name, category or family; the most
specific entry wins. (The registry says which family code and family a rule has.)

Entries are matched without regard to case ("nl601" is NL601). An entry that
matches no rule is a mistake the user must hear about (see ``describe_unknown``):
silently selecting nothing would turn the linter off.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Engines whose rules are not known before they run: any entry under them is accepted.
ENGINE_PREFIXES = ("PROSELINT", "LANGUAGETOOL")


def _specificity(
    entry: str, rule_id: str, name: str, category: str, family: tuple[str, str] = ("", "")
) -> int:
    # ``entry`` is upper-cased by the Selector; the rule's fields are compared likewise.
    if entry == rule_id.upper() or entry == name.upper():
        return 1000
    if entry == "ALL":
        return 1
    if rule_id.upper().startswith(entry) or (family[0] and entry == family[0].upper()):
        return 10 + len(entry)
    if entry == category.upper() or (family[1] and entry == family[1].upper()):
        return 5
    return 0


class Selector:
    def __init__(
        self,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        extend_select: Iterable[str] = (),
    ) -> None:
        self.select = tuple(select)
        self.extend_select = tuple(extend_select)
        self.ignore = tuple(ignore)
        self._table = (
            (tuple(e.upper() for e in self.select), True),
            (tuple(e.upper() for e in self.extend_select), True),
            (tuple(e.upper() for e in self.ignore), False),
        )

    def enabled(
        self,
        rule_id: str,
        name: str = "",
        category: str = "",
        default: bool = True,
        family: tuple[str, str] = ("", ""),  # (family code, family name)
    ) -> bool:
        best, verdict = 0, (default if not self.select else False)
        for entries, value in self._table:
            for entry in entries:
                score = _specificity(entry, rule_id, name, category, family)
                # An explicit entry beats an equally specific one before it; ignore wins ties.
                if score and score >= best:
                    best, verdict = score, value
        if self.select and best == 0:
            return False
        return verdict


# A rule as the selection sees it: id, name, category and (family code, family name).
RuleKeys = tuple[str, str, str, tuple[str, str]]


def matches_something(entry: str, rules: Sequence[RuleKeys]) -> bool:
    """Does ``entry`` name (or prefix) any of ``rules``, or an engine?"""
    key = entry.strip().upper()
    if not key:
        return False
    if key == "ALL" or any(key.startswith(p) for p in ENGINE_PREFIXES):
        return True
    return any(_specificity(key, *rule) for rule in rules)


def closest(entry: str, rules: Sequence[RuleKeys], n: int = 3) -> list[str]:
    """The real ids (or names, categories) nearest to a mistyped entry."""
    key = entry.strip().upper()
    spelled = {r[0].upper(): r[0] for r in rules}
    for _id, name, category, (_code, family_name) in rules:
        for word in (name, category, family_name):
            if word:
                spelled.setdefault(word.upper(), word)
    # Entries run together without commas ("NL601 NL1"): the parts that are real ids or
    # names come first, whatever other id the whole happens to resemble.
    exact = [part for part in key.split() if part in spelled]
    import difflib  # only a mistyped entry pays for it

    found = exact + difflib.get_close_matches(key, list(spelled), n=n, cutoff=0.5)
    found = list(dict.fromkeys(found))[:n]
    if not found and key[:2].isalpha():
        # A prefix too long or too short ("NL9999"): the ids that share its family.
        same_family = sorted(i for i in spelled if i.startswith(key[:3]) and i[:2] == "NL")
        found = same_family[:n]
    return [spelled[f] for f in found]


def describe_unknown(entry: str, rules: Sequence[RuleKeys]) -> str:
    hint = ""
    if any(c.isspace() for c in entry.strip()):
        hint = " (separate entries with commas)"
    near = closest(entry, rules)
    near_text = f"; closest: {', '.join(near)}" if near else ""
    return f"{entry!r} matches no rule id, prefix, name, category or family{hint}{near_text}"
