"""Built-in code rules: every module in this package, every Rule subclass with an id.

Discovery walks the package, so adding a rule is adding a class; rule modules
keep heavy imports inside ``check`` so that listing rules stays cheap.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from newslint.rule import Rule


@cache
def builtin_rule_classes() -> tuple[type[Rule], ...]:
    found: dict[str, type[Rule]] = {}
    for info in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Rule)
                and obj.id
                and obj.__module__ == module.__name__
            ):
                if obj.id in found and found[obj.id] is not obj:
                    raise RuntimeError(f"duplicate rule id {obj.id}: {obj} and {found[obj.id]}")
                found[obj.id] = obj
    return tuple(sorted(found.values(), key=lambda cls: cls.id))
