"""LanguageTool through language_tool_python, against the real server.

Every check here talks to a LanguageTool server started from the jars of
scripts/provision-languagetool.sh. The only stand-in is a small HTTP relay in
front of that real server, used to make it slow or garbled on cue (faults the
real server will not produce when asked).
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newslint import markup
from newslint.engines import EngineUnavailable, close_engines, open_engines
from newslint.engines import lt_server as lt
from newslint.engines.languagetool import (
    Client,
    LanguageToolEngine,
    LTMatch,
    ResultCache,
    Utf16Offsets,
    _pair_quotes,
    connect,
)
from newslint.linter import check_document
from newslint.rule import Context
from newslint.rules.names.nameslist import load_names
from newslint.rules.typos import DoubledWord
from newslint.selection import Selector
from newslint.settings import Settings

needs_lt = pytest.mark.skipif(
    not lt.is_provisioned() or not lt.java_available(),
    reason="LanguageTool not provisioned: run scripts/provision-languagetool.sh",
)


# --------------------------------------------------------------------------- offsets (no server)


def test_utf16_offsets_round_trip_around_astral_characters() -> None:
    text = "a😀b🎉🎉c"  # 😀 and 🎉 take two UTF-16 code units each
    offsets = Utf16Offsets(text)
    for cp in range(len(text) + 1):
        assert offsets.to_code_point(offsets.to_utf16(cp)) == cp
    assert offsets.to_utf16(text.index("c")) == len(text.encode("utf-16-le")) // 2 - 1
    # Between the two halves of 😀 (UTF-16 offset 2): a start goes back, an end forward.
    assert offsets.to_code_point(2) == 1
    assert offsets.to_code_point(2, is_end=True) == 2


def test_utf16_offsets_are_the_identity_without_astral_characters() -> None:
    offsets = Utf16Offsets("café – “naïve”")
    assert [offsets.to_code_point(i) for i in range(5)] == [0, 1, 2, 3, 4]


def _m(start: int, end: int, rule: str = "EN_UNPAIRED_QUOTES") -> LTMatch:
    return LTMatch(start, end, rule, "PUNCTUATION", "typographical", "Unpaired symbol", ())


def test_quote_pairing_reports_a_mixed_pair_once_with_a_fix() -> None:
    text = '"We will appeal,” the lawyer said.'
    (m,) = _pair_quotes(text, "", [_m(0, 1), _m(text.index("”"), text.index("”") + 1)])
    assert (m.start, m.replacements) == (0, ("“",))


def test_quote_pairing_keeps_a_quotation_running_into_the_next_paragraph() -> None:
    text = "“We will appeal the ruling,” she said. “It is wrong."
    start = text.rindex("“")
    assert _pair_quotes(text, "“And we will win.”", [_m(start, start + 1)]) == []
    assert _pair_quotes(text, "The court disagreed.", [_m(start, start + 1)]) == [
        _m(start, start + 1)
    ]


# --------------------------------------------------------------------------- the real server


@pytest.fixture(scope="module")
def server() -> Iterator[lt.LocalServer]:
    if not lt.is_provisioned() or not lt.java_available():
        pytest.skip("LanguageTool not provisioned: run scripts/provision-languagetool.sh")
    srv = lt.start_local_server()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server: lt.LocalServer) -> Client:
    return connect(server.url, "en-US")


@pytest.fixture
def engine(client: Client, tmp_path: Path) -> LanguageToolEngine:
    return LanguageToolEngine(client, ResultCache(tmp_path / "cache.sqlite3"))


def _diagnostics(engine: LanguageToolEngine, source: str, fmt: str = "plain", **kw: object):
    settings = Settings(**kw)  # type: ignore[arg-type]
    return check_document("<t>", markup.parse(source, fmt), [], settings, [engine]).diagnostics


def _check(engine: LanguageToolEngine, text: str, ctx: Context | None = None, **sel: object):
    selector = Selector(**sel)  # type: ignore[arg-type]
    return engine.check(markup.parse(text, "plain"), ctx or Context(), selector)


def test_wrapper_start_offsets_are_measured(client: Client) -> None:
    # language_tool_python 3.x turns starts (not lengths) into code points.
    assert client.starts_in_code_points is True
    assert client.version.startswith("6.")


def test_emoji_before_an_error_in_markdown_has_the_exact_position(
    engine: LanguageToolEngine,
) -> None:
    source = (
        "# Launch day 🚀🎉\n\n"
        "Fans 😀😀 cheered **loudly** as the rocket 🚀 rose.\n\n"
        "- Each family 👨‍👩‍👧 brought a apple pie.\n"
    )
    (diag,) = [d for d in _diagnostics(engine, source, "markdown") if "A_VS_AN" in d.rule]
    assert diag.rule == "languagetool.EN_A_VS_AN"
    assert (diag.start, diag.end) == (source.index("a apple"), source.index("a apple") + 1)
    assert diag.replacements[0] == "an"


def test_an_astral_character_inside_the_span_keeps_its_end(engine: LanguageToolEngine) -> None:
    text = "We saw 🎉 the the 🎉 parade."
    (finding,) = [
        f for f in _check(engine, text) if f.rule == "languagetool.ENGLISH_WORD_REPEAT_RULE"
    ]
    assert text[finding.start : finding.end] == "the the"


def test_doubled_word_is_one_finding_with_newslint(engine: LanguageToolEngine) -> None:
    doc = markup.parse("The council met on on Monday.\n", "plain")
    (diag,) = check_document("<t>", doc, [DoubledWord()], Settings(), [engine]).diagnostics
    assert diag.rule == "NL601"
    assert diag.agreed == ("languagetool",)


def test_ignoring_newslints_doubled_word_rule_ignores_languagetools_copy(
    engine: LanguageToolEngine,
) -> None:
    text = "The council met on on Monday."
    assert [f.rule for f in _check(engine, text)] == ["languagetool.ENGLISH_WORD_REPEAT_RULE"]
    assert _check(engine, text, ignore=("NL601",)) == []


def test_misspelled_common_words_are_reported_with_a_fix(engine: LanguageToolEngine) -> None:
    text = "The goverment asked the Fedral Reserve to act."
    found = {text[f.start : f.end]: f.replacements[0] for f in _check(engine, text)}
    assert found == {"goverment": "government", "Fedral": "Federal"}


def test_names_are_not_spelling_mistakes(engine: LanguageToolEngine, tmp_path: Path) -> None:
    text = (
        "Judge Zia M. Faruqui met Kenneth L. Wainstein and Celia Goldwag in Acadiana. "
        "Acadiana courts were busy."  # spelled the same way twice: meant
    )
    assert _check(engine, text) == []
    # One mention, close to a dictionary name: a slip as far as LanguageTool can tell...
    lone = "Lawyers for Grossmann, the defendant, declined to comment."
    assert [lone[f.start : f.end] for f in _check(engine, lone)] == ["Grossmann"]
    # ...unless the story establishes the name (the analysis layer's names scan)...
    named = "Ruth Grossmann was charged. Lawyers for Grossmann, the defendant, declined to comment."
    assert _check(engine, named) == []
    # ...or the names list has it (parsed once by the linter; the engine reads no file).
    names = tmp_path / "names.toml"
    names.write_text('[[person]]\nname = "Ruth Grossmann"\n', encoding="utf-8")
    listed = load_names([str(names)])
    assert _check(engine, lone, Context(options={"names_list": listed})) == []


def test_spelling_inside_a_recognised_citation_is_dropped(engine: LanguageToolEngine) -> None:
    # The citation is recognised by the analysis layer, with no legal rule selected
    # (without it LanguageTool's speller flags "Grossmann").
    text = "See United States v. Grossmann, 316 F. Supp. 1148 (1970)."
    assert _check(engine, text) == []


# A story with names, a court, citations and slips for LanguageTool's speller. (No
# doubled word: in a full run NL601 reports it, with LanguageTool agreeing.)
_STORY = (
    "Lawyers for Ruth Grossmann asked the U.S. District Court for the Eastern District of "
    "Virgina to dismiss the case. Grossmann cited 8 U.S.C. 1373 and United States v. "
    "Kowalczewski, 316 F. Supp. 1148 (1970). The goverment disagreed, and a neighbour "
    "said the fence was new.\n"
)


def _lt_findings(engine: LanguageToolEngine, settings: Settings) -> list[tuple[object, ...]]:
    from newslint.linter import all_rules, run_rules, selected_rules, selector_for

    # What the engine itself reports, before newslint's own findings on the same words
    # (its speller's "goverment") absorb LanguageTool's in the merge.
    selector = selector_for(settings)
    rules = selected_rules(all_rules(settings), selector)
    doc = markup.parse(_STORY, "plain")
    ctx = Context(style=settings.style, options=settings.rule_options())
    found = run_rules(doc, rules, ctx, [engine], selector)
    return sorted(
        (rule_id, f.start, f.end, tuple(f.replacements))
        for rule_id, f, rule in found
        if rule is None and rule_id.startswith("languagetool")
    )


def test_languagetool_findings_do_not_depend_on_the_selection(
    engine: LanguageToolEngine,
) -> None:
    full = _lt_findings(engine, Settings())
    assert full == _lt_findings(engine, Settings(select=("languagetool",)))
    assert full == _lt_findings(engine, Settings(ignore=("NL1", "NL3")))
    flagged = {_STORY[start:end] for _, start, end, _ in full}
    # The slips are found; the names, the court ("Virgina" is NL303's) and the citations
    # are not spelling slips.
    assert flagged == {"goverment", "neighbour"}


def test_grammar_inside_a_quotation_is_left_as_said(engine: LanguageToolEngine) -> None:
    plain = "The coach said he don't know the plays."
    assert [f.rule for f in _check(engine, plain)] == ["languagetool.HE_VERB_AGR"]
    assert _check(engine, 'The coach said, "He don\'t know the plays."') == []
    # A misspelling is still one inside a quotation.
    typo = 'The coach said, "He knows the plaays."'
    assert [typo[f.start : f.end] for f in _check(engine, typo)] == ["plaays"]
    # So is a slip nobody says but a typist makes.
    term = 'The rule bars the "pubic interface" of the library.'
    assert [(f.rule, f.replacements[:1]) for f in _check(engine, term)] == [
        ("languagetool.PUBIC_X", ("public",))
    ]


def test_selection_by_id(engine: LanguageToolEngine) -> None:
    text = "She bought a apple."
    assert [f.rule for f in _check(engine, text)] == ["languagetool.EN_A_VS_AN"]
    assert _check(engine, text, ignore=("languagetool.EN_A_VS_AN",)) == []
    assert _check(engine, text, ignore=("languagetool",)) == []


def test_rules_off_by_default_come_back_by_id(engine: LanguageToolEngine) -> None:
    text = "Fellows will begin their 2022-2023 terms in September."
    assert _check(engine, text) == []  # AP writes ranges with a hyphen
    back = _check(engine, text, extend_select=("languagetool.HYPHEN_TO_EN",))
    assert [f.rule for f in back] == ["languagetool.HYPHEN_TO_EN"]


class _CountingClient:
    """The real client, counting the paragraphs it sends."""

    def __init__(self, real: Client) -> None:
        self.real = real
        self.sent: list[str] = []
        self.version, self.language = real.version, real.language

    def check(self, text: str, disabled: object) -> list[LTMatch]:
        self.sent.append(text)
        return self.real.check(text, disabled)  # type: ignore[arg-type]

    def close(self) -> None:
        pass


def test_unchanged_paragraphs_come_from_the_cache(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    story = "She bought a apple.\n\nThe council met on Monday.\n\nIt rained."
    counting = _CountingClient(client)
    first = LanguageToolEngine(counting, ResultCache(path))  # type: ignore[arg-type]
    found = first.check(markup.parse(story, "plain"), Context(), Selector())
    assert len(counting.sent) == 3
    first.close()
    again = _CountingClient(client)  # a later run: new process, same cache file
    second = LanguageToolEngine(again, ResultCache(path))  # type: ignore[arg-type]
    assert second.check(markup.parse(story, "plain"), Context(), Selector()) == found
    assert again.sent == []
    edited = story.replace("It rained.", "It snowed.")
    second.check(markup.parse(edited, "plain"), Context(), Selector())
    assert again.sent == ["It snowed."]


# --------------------------------------------------------------------------- faults


def test_server_killed_mid_run(tmp_path: Path) -> None:
    if not lt.is_provisioned() or not lt.java_available():
        pytest.skip("LanguageTool not provisioned")
    srv = lt.start_local_server()
    try:
        engine = LanguageToolEngine(connect(srv.url, "en-US"), ResultCache(None))
        assert _check(engine, "She bought a apple.")
        os.kill(srv.pid, signal.SIGKILL)
        srv.stop()
        assert _check(engine, "He bought a orange.") == []
        (notice,) = engine.drain_notices()
        assert "LanguageTool stopped answering" in notice and srv.url in notice
        assert _check(engine, "They bought a egg.") == []  # given up: no second wait
        assert engine.drain_notices() == []
    finally:
        srv.stop()


class _Relay:
    """An HTTP relay to the real server that can turn slow or garbled on cue (fault only)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.mode = "pass"
        self.release = threading.Event()
        relay = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _forward(self, body: bytes | None) -> None:
                if relay.mode == "garbage" and self.path.startswith("/v2/check"):
                    self._send(200, b"<html>Service Unavailable</html>", "text/html")
                    return
                if relay.mode == "slow" and self.path.startswith("/v2/check"):
                    relay.release.wait(30)
                    return
                req = urllib.request.Request(relay.target + self.path, data=body)
                opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                with opener.open(req, timeout=30) as r:
                    self._send(r.status, r.read(), r.headers.get("Content-Type", ""))

            def _send(self, status: int, payload: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._forward(None)

            def do_POST(self) -> None:
                self._forward(self.rfile.read(int(self.headers["Content-Length"])))

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def relay(server: lt.LocalServer) -> Iterator[_Relay]:
    r = _Relay(server.url)
    yield r
    r.close()


def test_garbled_answers_mid_run(relay: _Relay) -> None:
    engine = LanguageToolEngine(connect(relay.url, "en-US"), ResultCache(None))
    assert _check(engine, "She bought a apple.")
    relay.mode = "garbage"
    assert _check(engine, "He bought a orange.") == []
    (notice,) = engine.drain_notices()
    assert "not LanguageTool's JSON" in notice and "Service Unavailable" in notice


def test_slow_server_is_given_up(relay: _Relay) -> None:
    engine = LanguageToolEngine(connect(relay.url, "en-US", timeout=1.0), ResultCache(None))
    relay.mode = "slow"
    assert _check(engine, "He bought a orange.") == []
    (notice,) = engine.drain_notices()
    assert "no answer in time" in notice


def test_garbled_server_at_start(relay: _Relay) -> None:
    relay.mode = "garbage"
    with pytest.raises(lt.LanguageToolUnavailable, match="no usable answer"):
        connect(relay.url, "en-US")


# --------------------------------------------------------------------------- open_engines, CLI


def _free_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_on_and_unavailable_is_an_error() -> None:
    settings = Settings(languagetool="on", languagetool_url=_free_url(), proselint=False)
    with pytest.raises(EngineUnavailable, match="LanguageTool is required"):
        open_engines(settings, [])


def test_auto_and_unavailable_is_one_notice() -> None:
    notices: list[str] = []
    engines = open_engines(Settings(languagetool_url=_free_url(), proselint=False), notices)
    assert engines == []
    (notice,) = notices
    assert notice.startswith("LanguageTool skipped: ")


def test_server_that_fails_to_start_is_one_notice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if not lt.java_available():
        pytest.skip("no Java 17+")
    broken = tmp_path / "lt"  # an install whose jar is not a jar: the JVM exits at once
    broken.mkdir()
    (broken / "VERSION").write_text("6.8\n")
    (broken / "languagetool-server-6.8.jar").write_text("not a jar")
    monkeypatch.setenv("NEWSLINT_LT_HOME", str(broken))
    with pytest.raises(EngineUnavailable, match="exited"):
        open_engines(Settings(languagetool="on", proselint=False), [])


def _jars_without_daemon(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The real jars, seen through a directory of our own where no daemon is recorded.
    jars = tmp_path / "lt"
    jars.mkdir()
    for f in lt.local_install_dir().iterdir():
        if f.suffix == ".jar" or f.name == "VERSION":
            (jars / f.name).symlink_to(f)
    monkeypatch.setenv("NEWSLINT_LT_HOME", str(jars))


@needs_lt
def test_auto_never_starts_a_server_and_says_once_how_to_turn_it_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _jars_without_daemon(monkeypatch, tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    started = []
    monkeypatch.setattr(lt, "start_local_server", lambda *a, **k: started.append(1))
    notices: list[str] = []
    assert open_engines(Settings(proselint=False), notices) == []
    (notice,) = notices
    assert notice.startswith("LanguageTool not used: no server is running")
    assert "'newslint languagetool start'" in notice
    again: list[str] = []
    assert open_engines(Settings(proselint=False), again) == []
    assert again == []  # said once
    assert started == []


@needs_lt
def test_auto_uses_a_running_server(server: lt.LocalServer, tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("She bought a apple.\n", encoding="utf-8")
    started = time.monotonic()
    proc = _cli("check", "--languagetool-url", server.url, "--format", "json", str(draft))
    assert time.monotonic() - started < 20
    # LanguageTool answered: it agrees with newslint's a/an rule on "a apple".
    found = [(d["rule"], d["agreed"]) for d in json.loads(proc.stdout)["diagnostics"]]
    assert found == [("NL605", ["newslint", "languagetool"])]


@needs_lt
def test_on_starts_one_local_server_and_stops_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _jars_without_daemon(monkeypatch, tmp_path)
    notices: list[str] = []
    (engine,) = open_engines(Settings(languagetool="on", proselint=False), notices)
    assert notices == []
    assert "local server" in engine.how
    url = engine.client.url
    assert lt._answers(url)
    close_engines([engine])
    assert not lt._answers(url)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_cli_on_without_a_server_exits_2(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The the mayor spoke.\n", encoding="utf-8")
    proc = _cli("check", "--languagetool", "on", "--languagetool-url", _free_url(), str(draft))
    assert proc.returncode == 2
    assert "LanguageTool is required" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_auto_without_a_server_reports_the_rest(tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The the mayor spoke.\n", encoding="utf-8")
    proc = _cli("check", "--languagetool-url", _free_url(), "--format", "json", str(draft))
    assert proc.returncode == 1
    assert [d["rule"] for d in json.loads(proc.stdout)["diagnostics"]] == ["NL601"]
    assert proc.stderr.count("LanguageTool skipped") == 1
    assert "Traceback" not in proc.stderr


def test_cli_reports_languagetool_in_json(server: lt.LocalServer, tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("# Day 🚀\n\nFans 😀 bought a apple and and a pear.\n", encoding="utf-8")
    proc = _cli(
        "check",
        "--languagetool",
        "on",
        "--languagetool-url",
        server.url,
        "--proselint",
        "--format",
        "json",
        str(draft),
        env={"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")},
    )
    diags = json.loads(proc.stdout)["diagnostics"]
    by_rule = {d["rule"]: d for d in diags}
    # "a apple": newslint's a/an rule and LanguageTool's are one finding, newslint's.
    assert by_rule["NL605"]["line"] == 3
    assert by_rule["NL605"]["column"] == len("Fans 😀 bought ") + 1
    assert "languagetool" in by_rule["NL605"]["agreed"]
    assert by_rule["NL601"]["agreed"] == ["newslint", "languagetool", "proselint"]


@needs_lt
def test_cli_daemon_start_status_stop() -> None:
    if lt.daemon_status() is not None:
        assert _cli("languagetool", "status").returncode == 0
        pytest.skip("a LanguageTool daemon is already running; not stopping someone's server")
    started = _cli("languagetool", "start")
    try:
        assert started.returncode == 0, started.stderr
        url = started.stdout.split()[-1]
        status = _cli("languagetool", "status")
        assert status.returncode == 0 and url in status.stdout
        assert _cli("languagetool", "start").stdout == started.stdout  # the same one
    finally:
        stopped = _cli("languagetool", "stop")
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert _cli("languagetool", "status").returncode == 1


class _SilentServer:
    """A real TCP server that accepts connections, reads, and never answers."""

    def __init__(self) -> None:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.held: list[Any] = []
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.held.append(conn)  # kept open, never written to

    def close(self) -> None:
        self.stop.set()
        for conn in self.held:
            conn.close()
        self.sock.close()


@pytest.fixture
def silent() -> Iterator[_SilentServer]:
    s = _SilentServer()
    yield s
    s.close()


def test_a_silent_server_costs_one_deadline_not_three(silent: _SilentServer) -> None:
    started = time.monotonic()
    with pytest.raises(lt.LanguageToolUnavailable, match=r"no answer in time \(waited 1 s\)"):
        connect(silent.url, "en-US", timeout=1.0)
    assert time.monotonic() - started < 1.9


def test_cli_on_with_a_silent_server_gives_up_at_the_deadline(
    silent: _SilentServer, tmp_path: Path
) -> None:
    draft = tmp_path / "story.md"
    draft.write_text("The the mayor spoke.\n", encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text("languagetool_timeout = 2\n", encoding="utf-8")
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newslint",
            "check",
            "--languagetool",
            "on",
            "--languagetool-url",
            silent.url,
            "story.md",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "NEWSLINT_LANGUAGETOOL": "on"},
    )
    assert time.monotonic() - started < 2 + 5  # the deadline, plus start-up
    assert proc.returncode == 2
    line = proc.stderr.strip()
    assert line.startswith("newslint: LanguageTool is required")
    assert "no answer in time (waited 2 s)" in line
    assert line.endswith('languagetool = "auto" runs without it')
    assert "Traceback" not in proc.stderr
