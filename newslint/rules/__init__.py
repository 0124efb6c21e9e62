"""Built-in code rules: every module in this package, every Rule subclass with an id.

Discovery walks the package, so adding a rule is adding a class; rule modules
keep heavy imports inside ``check`` so that listing rules stays cheap, and a module
whose name starts with "_" (a data table such as ``legal/_courts_data.py``) is not
imported by discovery at all.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from functools import cache

from newslint.rule import Rule


def _module_names(folder: str, prefix: str) -> Iterator[str]:
    """Every public module below ``folder``, packages before their modules. A directory
    scan: ``pkgutil.walk_packages`` gives the same names but costs some 7 ms a run."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        name = entry.name
        if name.startswith("_"):
            continue  # private modules (data tables), __init__.py, __pycache__
        if entry.is_dir():
            if os.path.isfile(os.path.join(entry.path, "__init__.py")):
                yield prefix + name
                yield from _module_names(entry.path, f"{prefix}{name}.")
        elif name.endswith(".py"):
            yield prefix + name[:-3]


@cache
def builtin_rule_classes() -> tuple[type[Rule], ...]:
    found: dict[str, type[Rule]] = {}
    for name in _module_names(__path__[0], f"{__name__}."):
        module = importlib.import_module(name)
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
