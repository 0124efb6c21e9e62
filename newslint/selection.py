"""Which rules run: by id, id prefix or family code, name, category or family; the most
specific entry wins. (The registry says which family code and family a rule has.)"""

from __future__ import annotations

from collections.abc import Iterable


def _specificity(
    entry: str, rule_id: str, name: str, category: str, family: tuple[str, str] = ("", "")
) -> int:
    if entry in (rule_id, name):
        return 1000
    if entry.upper() == "ALL":
        return 1
    if rule_id.startswith(entry) or entry == family[0]:
        return 10 + len(entry)
    if entry in (category, family[1]):
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

    def enabled(
        self,
        rule_id: str,
        name: str = "",
        category: str = "",
        default: bool = True,
        family: tuple[str, str] = ("", ""),  # (family code, family name)
    ) -> bool:
        best, verdict = 0, (default if not self.select else False)
        for entries, value in (
            (self.select, True),
            (self.extend_select, True),
            (self.ignore, False),
        ):
            for entry in entries:
                score = _specificity(entry, rule_id, name, category, family)
                # An explicit entry beats an equally specific one before it; ignore wins ties.
                if score and score >= best:
                    best, verdict = score, value
        if self.select and best == 0:
            return False
        return verdict
