"""External engines (proselint, LanguageTool) reporting in newslint's format.

``open_engines`` is called once per run with the run's settings; engines that
need a server start it there, and ``close`` stops what was started. An engine
has a ``name`` and ``check(doc, ctx, selector) -> list[Finding]`` (each finding
carrying its rule id, e.g. ``proselint.typography.symbols`` or
``languagetool.EN_A_VS_AN``); it may have ``drain_notices()`` for trouble met
while checking (reported for the file being checked) and ``close()``.

Engine modules are imported here, inside the functions, so that listing rules
or a run without them never loads proselint or language_tool_python.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from newslint.selection import Selector
from newslint.settings import Settings


class EngineUnavailable(Exception):
    """An engine the settings require (``languagetool = "on"``) cannot run; exit 2."""


def open_engines(settings: Settings, notices: list[str]) -> list[Any]:
    """The engines selected by ``settings``; problems become ``notices`` (one line each).

    Raises EngineUnavailable when LanguageTool is required ("on") but cannot be had.
    """
    engines: list[Any] = []
    if wants_proselint(settings):
        from newslint.engines.proselint import open_proselint

        engines.append(open_proselint())
    if settings.languagetool != "off":
        from newslint.engines.languagetool import NoServerRunning, open_languagetool
        from newslint.engines.lt_server import LanguageToolUnavailable

        auto = settings.languagetool == "auto"
        try:
            engines.append(open_languagetool(settings, may_start=not auto))
        except NoServerRunning:
            if _first_time_for_hint():
                notices.append(HOW_TO_TURN_ON)
        except LanguageToolUnavailable as exc:
            if not auto:
                close_engines(engines)
                raise EngineUnavailable(
                    f'LanguageTool is required (languagetool = "on") but unavailable: {exc}. '
                    "Start a server with 'newslint languagetool start' (after "
                    "scripts/provision-languagetool.sh) or fix languagetool_url; "
                    'languagetool = "auto" runs without it'
                ) from None
            notices.append(
                f"LanguageTool skipped: {exc}. Check that the server at languagetool_url "
                'is running, or set languagetool = "off" to silence this'
            )
    return engines


HOW_TO_TURN_ON = (
    'LanguageTool not used: no server is running (languagetool = "auto" never starts '
    "one per run). To use it, run 'newslint languagetool start' once (after "
    "scripts/provision-languagetool.sh) or set languagetool_url; this note is shown once"
)


def _first_time_for_hint() -> bool:
    """True the first time a user runs without a server in auto (a marker in the cache)."""
    from newslint.cache import cache_dir

    marker = cache_dir() / "languagetool-hint-shown"
    if marker.exists():
        return False
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass  # an unwritable cache: say it every time rather than never
    return True


def wants_proselint(settings: Settings) -> bool:
    """proselint is opt-in: ``proselint = true``, or a selection that names its checks.

    On the development corpus it found nothing newslint's rules and LanguageTool miss,
    raised false alarms, and doubled the start-up time of a one-story run.
    """
    if settings.proselint is not None:
        return settings.proselint
    return any(e.startswith("proselint") for e in (*settings.select, *settings.extend_select))


@cache
def _builtin_rule(rule_id: str) -> Any:
    from newslint.rules import builtin_rule_classes

    return next((cls for cls in builtin_rule_classes() if cls.id == rule_id), None)


def ignored_with(selector: Selector, rule_id: str) -> bool:
    """Is newslint's ``rule_id`` ignored here? An engine's copy of that rule goes with it.

    proselint's and LanguageTool's doubled-word checks are NL601 by other names:
    a newsroom that ignores NL601 (for an archive folder, say) means doubled
    words, whoever finds them. Merely not selecting NL601 (``--select
    languagetool``) leaves the engines' copies alone.
    """
    rule = _builtin_rule(rule_id)
    if rule is None:
        return False
    args = (rule.id, rule.name, rule.category, rule.enabled_by_default)
    return not selector.enabled(*args) and not Selector(ignore=selector.ignore).enabled(*args)


def close_engines(engines: Sequence[Any]) -> None:
    for engine in engines:
        close = getattr(engine, "close", None)
        if close is not None:
            close()
