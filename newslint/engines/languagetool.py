"""LanguageTool's rules as newslint rules ``languagetool.<RULE_ID>``.

Which server (first that applies):

1. ``languagetool_url`` / ``--languagetool-url``: a server somebody already runs;
2. the daemon ``newslint languagetool start`` left running;
3. the jars ``scripts/provision-languagetool.sh`` put in the cache: one server
   started for this run and stopped at its end;
4. language_tool_python's own download and local server, unchanged.

Checking goes through ``language_tool_python.LanguageTool(remote_server=url)``,
one paragraph of ``Document.text`` per request, with results cached per
paragraph in the user's cache directory.

LanguageTool counts offsets in UTF-16 code units; Python counts code points.
language_tool_python converts a match's start but not its length, and older
releases convert neither, so which convention the installed wrapper follows is
measured once on a probe with an emoji before the error
(``Client.starts_in_code_points``); ``Utf16Offsets`` does the rest.

Spelling hits on names are dropped: names the story establishes
(``Analysis.known_names``), names in the names list, words inside court
names and citations (``Analysis.legal_spans``), all from the analysis layer
whatever rules are selected,
and capitalised words that look like proper names rather than slips
(``_looks_like_a_name``). Names are the names rules' business.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import re
import sqlite3
import time
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.diagnostics import Finding
from newslint.document import QUOTATION, Document
from newslint.engines import ignored_with
from newslint.engines.lt_server import LanguageToolUnavailable
from newslint.rule import Context
from newslint.selection import Selector
from newslint.settings import Settings

PREFIX = "languagetool."
# Seconds to wait for one answer; a slow or stuck server costs at most twice
# this (language_tool_python tries a request twice) before it is given up.
REQUEST_TIMEOUT = 20.0
CACHE_FORMAT = 1  # bump when the cached fields change

# LanguageTool rules that are off unless selected by id, and why. Measured on the
# 30 clean documents of the corpus's dev split (5,485 words) with every rule on:
# 99 false alarms, 87 of them the spell checker on names and abbreviations, which
# the filters below (names, citations, abbreviations, captions in capitals) drop.
OFF_BY_DEFAULT: dict[str, str] = {
    "DASH_RULE": "asks for en or em dashes where AP uses a hyphen, and fires on citation pin "
    "cites (641 - 42): 2 false alarms on the clean documents.",
    "HYPHEN_TO_EN": "asks for an en dash in ranges (2022–2023); AP writes them with a hyphen "
    "(2022-2023): 1 false alarm on the clean documents.",
}


def _measured_noise() -> dict[str, str]:
    """Rules measured to be noise on clean news copy (newslint/data/languagetool-noise.toml,
    each with its figure): off by default like those above."""
    from newslint.tomlfile import parse_toml

    path = Path(__file__).resolve().parent.parent / "data" / "languagetool-noise.toml"
    rules = parse_toml(path.read_text(encoding="utf-8")).get("rules", {})
    return {
        rule: f"{entry['why']}: {entry['false_alarms']} false alarm(s) on the clean documents, "
        f"{entry['gold_hits']} labelled slips caught"
        for rule, entry in rules.items()
    }


OFF_BY_DEFAULT.update(_measured_noise())

# LanguageTool category ids -> newslint categories.
_CATEGORIES = {
    "TYPOS": "typos",
    "GRAMMAR": "typos",
    "MISC": "typos",  # a/an, doubled words
    "CASING": "typos",
    "COMPOUNDING": "typos",
    "PUNCTUATION": "typos",
    "CONFUSED_WORDS": "confusables",
    "COLLOCATIONS": "confusables",
    "SEMANTICS": "confusables",
    "NONSTANDARD_PHRASES": "confusables",
}
_SERIOUS_ISSUES = {"misspelling", "grammar", "duplication", "inconsistency", "typographical"}
# LanguageTool rules that are a newslint rule by another name: ignoring that rule ignores them.
_SAME_AS = {"ENGLISH_WORD_REPEAT_RULE": "NL601"}
# The spell checker's rules (MORFOLOGIK_RULE_EN_US, _EN_GB...): its hits on names are dropped.
SPELLER_RULES = ("MORFOLOGIK_RULE", "HUNSPELL_RULE")  # its spell checkers, by language
# LanguageTool categories that judge whole sentences: silent on headlines.
_SENTENCE_CATEGORIES = frozenset({"GRAMMAR", "PUNCTUATION", "CASING", "TYPOGRAPHY", "STYLE"})
# Rules still worth reporting inside a direct quotation: slips of typing, not of speech
# (nobody says "pubic" for "public"; a transcriber types it).
_QUOTE_SAFE_RULES = {"ENGLISH_WORD_REPEAT_RULE", "EN_A_VS_AN", "PUBIC_X"}
# Abbreviations of court and news copy that the speller does not know ("Id.", "F. Supp.").
_ABBREVIATIONS = {"id", "supp", "atty", "attys", "asst", "cir", "app", "ibid", "ct", "cert"}
_PROBE_TEXT = "\U0001f4f0 This is a apple."  # newspaper emoji (2 UTF-16 units), then an error
_PROBE_CODE_POINT = 10  # "a" before "apple", in code points; 11 in UTF-16 code units


@dataclass(frozen=True)
class LTMatch:
    """One LanguageTool match, in code points of the paragraph it was found in."""

    start: int
    end: int
    rule: str
    category: str  # LanguageTool's category id (TYPOS, GRAMMAR...)
    issue: str  # LanguageTool's issue type (misspelling, grammar, style...)
    message: str
    replacements: tuple[str, ...]


class Utf16Offsets:
    """Code point <-> UTF-16 offsets for one text (the identity for text without astral characters)."""

    def __init__(self, text: str) -> None:
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._cp = astral  # code point index of each astral character
        self._u16 = [cp + n for n, cp in enumerate(astral)]  # its UTF-16 index
        self._length = len(text)

    def to_utf16(self, cp: int) -> int:
        return cp + bisect.bisect_left(self._cp, cp)

    def to_code_point(self, u16: int, *, is_end: bool = False) -> int:
        """A UTF-16 offset as a code point; one inside a surrogate pair goes to the pair's edge."""
        before = bisect.bisect_left(self._u16, u16)  # astral characters starting before u16
        if before and self._u16[before - 1] + 1 == u16:  # between the two halves of a pair
            return self._cp[before - 1] + (1 if is_end else 0)
        return min(self._length, u16 - before)


# --------------------------------------------------------------------------- result cache


def default_cache_path() -> Path:
    from newslint.cache import cache_dir

    return cache_dir() / "languagetool-results.sqlite3"


class ResultCache:
    """LanguageTool's matches per paragraph, kept between runs in one SQLite file.

    A cache is an optimisation: if the file cannot be used, checking goes on without it.
    """

    MAX_AGE = 60 * 24 * 3600  # seconds an unused paragraph is kept

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pid = 0  # connections are not shared with forked workers

    def _connect(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        if self._db is not None and self._pid == os.getpid():
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
            db.execute(
                "CREATE TABLE IF NOT EXISTS matches "
                "(key TEXT PRIMARY KEY, value TEXT NOT NULL, used REAL NOT NULL)"
            )
            db.execute("DELETE FROM matches WHERE used < ?", (time.time() - self.MAX_AGE,))
        except (sqlite3.Error, OSError):
            self.path = None
            return None
        self._db, self._pid = db, os.getpid()
        return db

    def get(self, keys: Sequence[str]) -> dict[str, list[LTMatch]]:
        db = self._connect()
        if db is None or not keys:
            return {}
        found: dict[str, list[LTMatch]] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = list(keys[i : i + 500])
                marks = ",".join("?" * len(chunk))
                rows = db.execute(f"SELECT key, value FROM matches WHERE key IN ({marks})", chunk)
                for key, value in rows:
                    found[key] = [_match_from_row(row) for row in json.loads(value)]
            if found:
                marks = ",".join("?" * len(found))
                db.execute(
                    f"UPDATE matches SET used = ? WHERE key IN ({marks})", [time.time(), *found]
                )
        except (sqlite3.Error, ValueError, TypeError, IndexError):
            return {}
        return found

    def put(self, items: dict[str, list[LTMatch]]) -> None:
        db = self._connect()
        if db is None or not items:
            return
        now = time.time()
        rows = [(k, json.dumps([_match_to_row(m) for m in v]), now) for k, v in items.items()]
        with contextlib.suppress(sqlite3.Error):
            db.executemany("INSERT OR REPLACE INTO matches VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        if self._db is not None and self._pid == os.getpid():
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None


def _match_to_row(m: LTMatch) -> list[Any]:
    return [m.start, m.end, m.rule, m.category, m.issue, m.message, list(m.replacements)]


def _match_from_row(row: list[Any]) -> LTMatch:
    start, end, rule, category, issue, message, replacements = row
    return LTMatch(
        int(start),
        int(end),
        str(rule),
        str(category),
        str(issue),
        str(message),
        tuple(str(r) for r in replacements),
    )


def cache_key(version: str, language: str, disabled: Iterable[str], text: str) -> str:
    raw = json.dumps([CACHE_FORMAT, version, language, sorted(disabled), text])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- the client


def _no_proxy_for(url: str) -> dict[str, Any] | None:
    """Proxies for requests: none for a server on this machine, whatever $http_proxy says."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host in ("localhost", "::1") or host.startswith("127."):
        return {"http": None, "https": None, "all": None}
    return None


def server_version(url: str, timeout: float = REQUEST_TIMEOUT, language: str = "en-US") -> str:
    """The server's LanguageTool version (for the cache key); also proves it answers."""
    from newslint.engines.lt_server import request_json

    endpoint = url.rstrip("/") + "/v2/check"
    try:
        payload = request_json(endpoint, {"language": language, "text": "."}, timeout)
    except LanguageToolUnavailable as exc:
        raise LanguageToolUnavailable(f"no usable answer: {exc}") from None
    try:
        software = payload["software"]
        return f"{software['version']} {software.get('buildDate', '')}".strip()
    except (KeyError, TypeError) as exc:
        raise LanguageToolUnavailable(
            f"no usable answer from LanguageTool at {url}: {_reason(exc)}"
        ) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__


class Client:
    """A language_tool_python LanguageTool whose waits are bounded, answering in code points.

    The wrapper is made on first use: a run whose paragraphs are all cached never needs it.
    """

    def __init__(
        self,
        url: str,
        language: str,
        version: str,
        timeout: float = REQUEST_TIMEOUT,
        tool: Any = None,
    ) -> None:
        self.url = url
        self.language = language
        self.version = version
        self.timeout = timeout
        self._tool = tool
        self._starts_in_code_points: bool | None = None

    @property
    def tool(self) -> Any:
        if self._tool is None:
            try:
                self._tool = _bounded_tool_class(self.timeout)(
                    language=self.language, remote_server=self.url, proxies=_no_proxy_for(self.url)
                )
            except Exception as exc:  # the wrapper raises many kinds; none may escape
                raise LanguageToolUnavailable(
                    f"LanguageTool at {self.url}: {_reason(exc)}"
                ) from None
        return self._tool

    @property
    def starts_in_code_points(self) -> bool:
        """Does the wrapper already turn match starts into code points? Asked once."""
        if self._starts_in_code_points is None:
            from language_tool_python.match import Match

            verdict = hasattr(Match, "FOUR_BYTES_POSITIONS")  # if the probe cannot tell
            for match in self._raw_check(_PROBE_TEXT, ()):
                if match.rule_id == "EN_A_VS_AN":
                    verdict = int(match.offset) == _PROBE_CODE_POINT
            self._starts_in_code_points = verdict
        return self._starts_in_code_points

    def _raw_check(self, text: str, disabled: Iterable[str]) -> list[Any]:
        self.tool.disabled_rules = set(disabled)
        return list(self.tool.check(text))

    def check(self, text: str, disabled: Iterable[str]) -> list[LTMatch]:
        """Matches in ``text``, offsets in code points; raises LanguageToolUnavailable."""
        from language_tool_python.exceptions import LanguageToolError

        try:
            starts_in_code_points = self.starts_in_code_points
            raw = self._raw_check(text, disabled)
            offsets = Utf16Offsets(text)
            out = []
            for m in raw:
                start = int(m.offset)
                u16_start = offsets.to_utf16(start) if starts_in_code_points else start
                u16_end = u16_start + int(m.error_length)
                out.append(
                    LTMatch(
                        offsets.to_code_point(u16_start),
                        offsets.to_code_point(u16_end, is_end=True),
                        str(m.rule_id),
                        str(m.category),
                        str(getattr(m, "rule_issue_type", "") or ""),
                        str(m.message),
                        tuple(str(r) for r in m.replacements[:5]),
                    )
                )
            return out
        except LanguageToolError as exc:
            raise LanguageToolUnavailable(f"LanguageTool at {self.url}: {_garbage(exc)}") from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # requests' errors are OSErrors; a JSON answer without matches is a KeyError.
            raise LanguageToolUnavailable(
                f"LanguageTool at {self.url} gave no usable answer: {_reason(exc)}"
            ) from None

    def close(self) -> None:
        if self._tool is not None:
            with contextlib.suppress(Exception):
                self._tool.close()


def _garbage(exc: BaseException) -> str:
    text = str(exc)
    if "Read timed out" in text or "timed out" in text:
        return "no answer in time"
    first = text.strip().splitlines()[0][:120] if text.strip() else type(exc).__name__
    return f"answered something that is not LanguageTool's JSON ({first!r})"


def _bounded_tool_class(timeout: float) -> Any:
    from language_tool_python import LanguageTool

    from newslint.engines.lt_server import request_json

    # language_tool_python waits up to 300 s per socket operation and tries twice; a
    # stuck server must not hang a run. Its requests go through one overall deadline.
    def _query_server(
        self: Any, url: str, params: Any = None, num_tries: int = 2, method: str = "get"
    ) -> Any:
        return request_json(url, params, timeout, method)

    return type(
        "BoundedLanguageTool",
        (LanguageTool,),
        {"_TIMEOUT": timeout, "_query_server": _query_server},
    )


def connect(url: str, language: str, timeout: float = REQUEST_TIMEOUT) -> Client:
    """A client for a server that is already running; raises LanguageToolUnavailable.

    Every request, the first included, has one overall deadline of ``timeout`` seconds.
    """
    return Client(url, language, server_version(url, timeout, language), timeout)


def _wrapper_server(language: str) -> Client:
    """language_tool_python's own download and local server (a user's machine, online)."""
    from newslint.engines import lt_server

    if not lt_server.java_available():
        raise LanguageToolUnavailable(
            "no LanguageTool server: set languagetool_url, run 'newslint languagetool start', "
            "or install Java 17+ (LanguageTool runs on it)"
        )
    try:
        tool = _bounded_tool_class(REQUEST_TIMEOUT)(language=language)
    except Exception as exc:
        raise LanguageToolUnavailable(
            f"language_tool_python could not download or start LanguageTool: {_reason(exc)}"
        ) from None
    url = str(tool.url).removesuffix("/").removesuffix("/v2")
    try:
        version = server_version(url, 3 * REQUEST_TIMEOUT, language)
    except LanguageToolUnavailable:
        tool.close()
        raise
    return Client(url, language, version, tool=tool)


# --------------------------------------------------------------------------- the engine


def category_of(lt_category: str) -> str:
    return _CATEGORIES.get(lt_category, "ap_style")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    return [
        (m.start(), m.group())
        for m in re.finditer(r"[^\n](?:.|\n(?!\n))*", text)
        if m.group().strip()
    ]


class LanguageToolEngine:
    name = "languagetool"

    def __init__(
        self,
        client: Client,
        result_cache: ResultCache | None = None,
        on_close: Any = None,
        how: str = "",
    ) -> None:
        self.client = client
        self.cache = result_cache or ResultCache(None)
        self._on_close = on_close
        self.how = how  # which server, for messages
        self.failed: str | None = None
        self._notices: list[str] = []

    # The engine protocol -------------------------------------------------------------

    def check(self, doc: Document, ctx: Context, selector: Selector) -> list[Finding]:
        if self.failed is not None or not doc.text.strip():
            return []
        ctx.begin(doc)  # the story's analysis: names, courts and headlines, whatever rules run
        disabled = sorted(rule for rule in OFF_BY_DEFAULT if not _enabled(selector, rule, ""))
        paragraphs = _paragraphs(doc.text)
        try:
            per_paragraph = self._matches(paragraphs, disabled)
        except LanguageToolUnavailable as exc:
            self.failed = str(exc)
            self._notices.append(
                f"LanguageTool stopped answering ({exc}); this file and those after it "
                "have no LanguageTool findings"
            )
            return []
        findings = []
        for i, (offset, matches) in enumerate(per_paragraph):
            following = paragraphs[i + 1][1] if i + 1 < len(paragraphs) else ""
            for m in _pair_quotes(paragraphs[i][1], following, matches):
                finding = self._finding(doc, ctx, selector, offset, m)
                if finding is not None:
                    findings.append(finding)
        return findings

    def drain_notices(self) -> list[str]:
        out, self._notices = self._notices, []
        return out

    def close(self) -> None:
        self.client.close()
        self.cache.close()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    # Asking LanguageTool, paragraph by paragraph ---------------------------------------

    def _matches(
        self, paragraphs: list[tuple[int, str]], disabled: list[str]
    ) -> list[tuple[int, list[LTMatch]]]:
        """Each paragraph's matches, from the cache or one request per paragraph.

        Paragraphs go one at a time (not joined into one request) so that a
        paragraph's matches never depend on its neighbours, which is what makes
        caching them per paragraph exact.
        """
        keys = [
            cache_key(self.client.version, self.client.language, disabled, text)
            for _, text in paragraphs
        ]
        known = self.cache.get(keys)
        fresh: dict[str, list[LTMatch]] = {}
        try:
            for key, (_, text) in zip(keys, paragraphs, strict=True):
                if key not in known and key not in fresh:
                    fresh[key] = self.client.check(text, disabled)
        finally:
            self.cache.put(fresh)  # what was checked before a fault is not lost
        known.update(fresh)
        return [
            (offset, known.get(key, [])) for key, (offset, _) in zip(keys, paragraphs, strict=True)
        ]

    # From a match to a finding ---------------------------------------------------------

    def _finding(
        self, doc: Document, ctx: Context, selector: Selector, offset: int, m: LTMatch
    ) -> Finding | None:
        if not _enabled(selector, m.rule, category_of(m.category)):
            return None
        if m.rule in _SAME_AS and ignored_with(selector, _SAME_AS[m.rule]):
            return None
        rule_id = PREFIX + m.rule
        start, end = offset + m.start, offset + m.end
        text = doc.text
        if end <= start or end > len(text):
            return None
        if _overlaps_any(start, end, ctx.analysis.legal_spans):
            return None  # court names and citations are the legal rules' business
        speller = m.rule.startswith(SPELLER_RULES)
        if doc.in_region(QUOTATION, start, end) and not (speller or m.rule in _QUOTE_SAFE_RULES):
            return None  # what someone said is quoted as said
        if _abbreviation_at(text, start, end):
            return None
        if speller and _not_a_slip(text, start, end, m, ctx):
            return None
        if _silenced_by_newslint(text, start, end, m, ctx, speller):
            return None
        if m.category == "CASING" and re.search(r"\b[A-Z]{2,}\b", text[start:end]):
            return None  # a caption or heading set in capitals
        severity = "warning" if m.issue in _SERIOUS_ISSUES else "suggestion"
        replacements = tuple(r for r in m.replacements if r != text[start:end])
        return Finding(
            start, end, m.message, replacements, rule_id, severity, "unsafe", _SAME_AS.get(m.rule)
        )


_OPENING = '“"'


def _pair_quotes(text: str, following: str, matches: list[LTMatch]) -> list[LTMatch]:
    """Adapt LanguageTool's unpaired-quote hits to news copy.

    A quotation that runs on into the next paragraph leaves its first paragraph
    open (the next one starts with a new opening mark): that is news style, not
    a slip. A pair made of a straight opening mark and a curly closing one is one
    slip: it is reported once, at the opening mark, with the curly mark as fix.
    """
    quote_hits = [m for m in matches if m.rule == "EN_UNPAIRED_QUOTES"]
    if not quote_hits:
        return matches

    def opening(m: LTMatch) -> bool:
        mark = text[m.start : m.end]
        return mark == "“" or (mark == '"' and (m.start == 0 or not text[m.start - 1].isalnum()))

    continued = following[:1] in _OPENING
    out = [m for m in matches if m.rule != "EN_UNPAIRED_QUOTES"]
    for m in quote_hits:
        if opening(m):
            closer = next((q for q in quote_hits if q.start > m.start and not opening(q)), None)
            if closer is None and continued:
                continue
            if text[m.start : m.end] == '"' and closer and text[closer.start : closer.end] == "”":
                m = LTMatch(m.start, m.end, m.rule, m.category, m.issue, m.message, ("“",))
            out.append(m)
        elif not any(opening(q) and q.start < m.start for q in quote_hits):
            out.append(m)  # a closing mark with no opening one before it
    return sorted(out, key=lambda m: (m.start, m.end))


def _enabled(selector: Selector, rule: str, category: str) -> bool:
    # A rule that is off by default comes back by its id (or an id prefix), not by category.
    if rule in OFF_BY_DEFAULT:
        return selector.enabled(PREFIX + rule, rule, "", False)
    return selector.enabled(PREFIX + rule, rule, category, True)


def _overlaps_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _abbreviation_at(text: str, start: int, end: int) -> bool:
    """'Id.', 'F. Supp.', 'Asst. U.S. Atty.': abbreviations of court copy, not misspellings."""
    return text[end : end + 1] == "." and text[start:end].lower() in _ABBREVIATIONS


def _not_a_slip(text: str, start: int, end: int, m: LTMatch, ctx: Context) -> bool:
    """True when a word the spell checker does not know is most likely spelled as meant."""
    word = text[start:end]
    if text[start - 1 : start] == "[" or text[end : end + 1] in ("[", "]"):
        return True  # part of an editor's bracketed change inside a quotation: "caus[ing]"
    best = _best_suggestion(word, m.replacements)
    if not word[:1].isupper():
        # Slips rarely hit a word's first letter; an unknown word whose nearest
        # suggestion changes it is one LanguageTool does not know ("zigs" -> "pigs").
        return best is None or (
            best[:1].lower() != word[:1].lower() and best[:2].lower() != word[1::-1].lower()
        )
    known: set[str] = set(ctx.analysis.known_names)
    listed = ctx.option("names_list")  # parsed once by the linter, never read here
    if listed:
        known.update(listed.words.values())
    bare = re.sub(r"['’]s?$", "", word)
    if bare in known or all(part in known for part in bare.split("-") if part):
        return True
    return _looks_like_a_name(text, start, end, best)


def _silenced_by_newslint(
    text: str, start: int, end: int, m: LTMatch, ctx: Context, speller: bool
) -> bool:
    """Where newslint knows better: its dictionary, names and word lists accept the word
    (a slip newslint flags itself is merged with LanguageTool's by the linter), a
    headline is not a sentence (its grammar, punctuation and casing rules misfire there;
    a typo in a headline is still one)."""
    if speller:
        from newslint.rules.spelling.scan import knows

        return knows(text[start:end], ctx)
    return m.category in _SENTENCE_CATEGORIES and ctx.analysis.headlines.contains(start, end)


def _best_suggestion(word: str, replacements: Sequence[str]) -> str | None:
    """LanguageTool's first suggestion that is a respelling, not the word cut in two."""
    for r in replacements:
        if re.sub(r"[\s-]", "", r) != re.sub(r"[\s-]", "", word):
            return r
    return None


def _looks_like_a_name(text: str, start: int, end: int, best: str | None) -> bool:
    """A capitalised word the speller does not know: a proper name, or a slip?

    A slip of a common word ("Fedral", "Departmnet") is long enough to be sure
    of, and LanguageTool's first suggestion is a near copy of it. A name is an
    acronym or has inner capitals, is spelled the same way elsewhere in the
    story, follows an initial ("Kenneth L. Wainstein"), or has no close
    suggestion ("Faruqui" -> "Baroque", "Goldwag" -> "Gold wag").
    """
    from rapidfuzz.distance import Indel

    word = text[start:end]
    if any(ch.isupper() for ch in word[1:]):
        return True
    if len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) > 1:
        return True
    if re.search(r"(?:^|\s)[A-Z]\.\s+$", text[max(0, start - 4) : start]):
        return True
    if len(word) < 6 or best is None:
        return True
    return bool(Indel.normalized_similarity(word.lower(), best.lower()) < 0.88)


# --------------------------------------------------------------------------- opening


class NoServerRunning(LanguageToolUnavailable):
    """``languagetool = "auto"`` and no server is reachable: auto never starts a JVM."""


def open_languagetool(settings: Settings, *, may_start: bool = True) -> LanguageToolEngine:
    """Find (or, with ``may_start``, start) one LanguageTool server for this run.

    See the module docstring for the order. ``languagetool = "auto"`` passes
    ``may_start=False``: a JVM per run costs seconds and hundreds of megabytes,
    so auto uses a server only if one is already there (NoServerRunning if not).
    Raises LanguageToolUnavailable with a one-line reason when none can be had.
    """
    from newslint.engines import lt_server

    language = settings.languagetool_language
    timeout = settings.languagetool_timeout
    if settings.languagetool_url:
        url = settings.languagetool_url
        client = connect(url, language, timeout)
        return LanguageToolEngine(client, _result_cache(), how=f"server at {url}")
    status = lt_server.daemon_status()
    if status is not None:
        url = str(status["url"])
        client = connect(url, language, timeout)
        return LanguageToolEngine(client, _result_cache(), how=f"daemon at {url}")
    if not may_start:
        raise NoServerRunning("no LanguageTool server is running")
    result_cache = _result_cache()
    if lt_server.is_provisioned():
        server = lt_server.start_local_server()
        try:
            client = connect(server.url, language, timeout)
        except LanguageToolUnavailable:
            server.stop()
            raise
        return LanguageToolEngine(
            client, result_cache, on_close=server.stop, how=f"local server at {server.url}"
        )
    return LanguageToolEngine(
        _wrapper_server(language), result_cache, how="language_tool_python's server"
    )


def _result_cache() -> ResultCache:
    return ResultCache(default_cache_path())
