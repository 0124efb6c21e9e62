"""The local LanguageTool server: real JVM for the happy paths and crashes,
small fake HTTP servers only for the faults a real server will not produce on cue.

Needs the jars from scripts/provision-languagetool.sh; skipped without them.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newslint.engines import lt_server as lt

requires_lt = pytest.mark.skipif(
    not lt.is_provisioned() or not lt.java_available(),
    reason=(
        f"LanguageTool not provisioned in {lt.local_install_dir()} or no Java 17+: "
        "run scripts/provision-languagetool.sh"
    ),
)

# Long enough that a fresh server is still busy with it a second after receiving it.
LONG_TEXT = " ".join(
    [
        "The mayor said on Tuesday that the council will vote on the budget next week.",
        "Officials have not yet confirmed how many people was affected by the flooding.",
        "Their was no immediate comment from the company, which employs about 2,000 people.",
        "According to a statement, the airport will remain closed untill further notice.",
    ]
    * 1200
)


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _gone(pid: int) -> bool:
    return not lt._pid_alive(pid)


def _our_lt_children() -> list[int]:
    """Pids of LanguageTool JVMs that are children of this test process (leak check)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError):
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            if (
                int(stat[1]) == os.getpid()
                and stat[0] != "Z"
                and lt.SERVER_MAIN_CLASS.encode() in (proc / "cmdline").read_bytes()
            ):
                pids.append(int(proc.name))
    return pids


@pytest.fixture(scope="module")
def server() -> Iterator[lt.LocalServer]:
    if not lt.is_provisioned() or not lt.java_available():
        pytest.skip(
            f"LanguageTool not provisioned in {lt.local_install_dir()} or no Java 17+: "
            "run scripts/provision-languagetool.sh"
        )
    srv = lt.start_local_server()
    yield srv
    srv.stop()


# ------------------------------------------------------------------ real server


def test_local_install_dir_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSLINT_LT_HOME", str(tmp_path / "lt"))
    assert lt.local_install_dir() == tmp_path / "lt"
    assert not lt.is_provisioned()
    monkeypatch.setenv("NEWSLINT_LT_HOME", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert lt.local_install_dir() == tmp_path / "cache" / "newslint" / "languagetool"


def test_unprovisioned_start_says_how_to_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSLINT_LT_HOME", str(tmp_path))
    if not lt.java_available():
        pytest.skip("no Java 17+: the Java message comes first")
    with pytest.raises(lt.LanguageToolUnavailable, match=r"provision-languagetool\.sh"):
        lt.start_local_server()


def test_server_finds_a_vs_an(server: lt.LocalServer) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}"
    matches = lt.check_text(server.url, "This is a apple.")
    hits = [m for m in matches if m["rule"]["id"] == "EN_A_VS_AN"]
    assert len(hits) == 1
    assert (hits[0]["offset"], hits[0]["length"]) == (8, 1)
    assert "an" in [r["value"] for r in hits[0]["replacements"]]


def test_offsets_are_utf16_code_units(server: lt.LocalServer) -> None:
    # The emoji is one Python character but two UTF-16 units; the raw API
    # counts the latter, so callers must convert.
    text = "\N{FIRE} This is a apple."
    [hit] = [m for m in lt.check_text(server.url, text) if m["rule"]["id"] == "EN_A_VS_AN"]
    python_index = text.index(" a ") + 1
    assert hit["offset"] == python_index + 1  # +1: the emoji's second UTF-16 unit


def test_unsupported_language_is_an_http_error(server: lt.LocalServer) -> None:
    with pytest.raises(lt.LanguageToolUnavailable, match="HTTP 400"):
        lt.check_text(server.url, "Das ist ein Test.", language="de-DE")


@requires_lt
def test_stop_ends_the_process() -> None:
    srv = lt.start_local_server()
    pid, url = srv.pid, srv.url
    assert srv.is_running() and pid in _our_lt_children()
    t0 = time.monotonic()
    srv.stop()
    assert time.monotonic() - t0 < 15
    assert not srv.is_running() and _gone(pid)
    with pytest.raises(lt.LanguageToolUnavailable):
        lt.check_text(url, "This is a apple.", timeout=5)
    srv.stop()  # idempotent


@requires_lt
def test_server_killed_mid_check_raises_promptly() -> None:
    srv = lt.start_local_server()
    errors: list[lt.LanguageToolUnavailable] = []
    answered: list[bool] = []
    ended: list[float] = []

    def worker() -> None:
        try:
            lt.check_text(srv.url, LONG_TEXT, timeout=120)
            answered.append(True)
        except lt.LanguageToolUnavailable as e:
            errors.append(e)
        ended.append(time.monotonic())

    try:
        thread = threading.Thread(target=worker, daemon=True)
        thread.start()
        time.sleep(1.0)  # request sent; a fresh server needs several seconds for it
        killed_at = time.monotonic()
        os.kill(srv.pid, signal.SIGKILL)
        thread.join(20)
        assert not thread.is_alive(), "check_text hung after the server died"
        assert not answered, "server finished before the kill; lengthen LONG_TEXT"
        assert len(errors) == 1 and ended[0] - killed_at < 10
        # ...and later calls fail at once.
        t0 = time.monotonic()
        with pytest.raises(lt.LanguageToolUnavailable, match="cannot reach"):
            lt.check_text(srv.url, "This is a apple.", timeout=30)
        assert time.monotonic() - t0 < 5
    finally:
        srv.stop()
    assert srv.pid not in _our_lt_children()


@requires_lt
def test_jvm_that_exits_at_once_reports_its_stderr() -> None:
    before = set(_our_lt_children())  # the module's server may be running
    t0 = time.monotonic()
    with pytest.raises(lt.LanguageToolUnavailable) as err:
        lt.start_local_server(max_heap="nonsense")  # the JVM rejects -Xmxnonsense
    assert time.monotonic() - t0 < 30
    msg = str(err.value)
    assert "exited with code 1" in msg and "\n" not in msg
    assert "Invalid maximum heap size: -Xmxnonsense" in msg  # the JVM's reason, not its trailer
    assert set(_our_lt_children()) <= before


@requires_lt
def test_start_timeout_is_bounded_and_cleans_up() -> None:
    before = set(_our_lt_children())
    t0 = time.monotonic()
    with pytest.raises(lt.LanguageToolUnavailable, match="did not answer"):
        lt.start_local_server(start_timeout=0.2)
    assert time.monotonic() - t0 < 15
    assert set(_our_lt_children()) <= before


@requires_lt
def test_busy_port_is_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(lt.LanguageToolUnavailable, match="already in use"):
            lt.start_local_server(port=s.getsockname()[1])


# ------------------------------------------------------------------ daemon


@pytest.fixture
def state_file(tmp_path: Path) -> Iterator[Path]:
    sf = tmp_path / "daemon.json"
    yield sf
    lt.stop_daemon(state_file=sf)  # never leave a JVM behind, even on failure


@requires_lt
def test_daemon_lifecycle(state_file: Path) -> None:
    assert lt.daemon_status(state_file=state_file) is None
    url = lt.ensure_daemon(state_file=state_file)
    status = lt.daemon_status(state_file=state_file)
    assert status is not None and status["url"] == url
    assert json.loads(state_file.read_text()) == status
    pid = status["pid"]
    assert pid not in _our_lt_children()  # detached: not our child

    t0 = time.monotonic()
    assert lt.ensure_daemon(state_file=state_file) == url  # reused, no new JVM
    assert time.monotonic() - t0 < 5
    assert any(m["rule"]["id"] == "EN_A_VS_AN" for m in lt.check_text(url, "This is a apple."))

    assert lt.stop_daemon(state_file=state_file) is True
    assert _gone(pid) and not state_file.exists()
    assert lt.daemon_status(state_file=state_file) is None
    assert lt.stop_daemon(state_file=state_file) is False


@requires_lt
def test_hung_daemon_is_replaced(state_file: Path) -> None:
    url = lt.ensure_daemon(state_file=state_file)
    old = lt.daemon_status(state_file=state_file)
    assert old is not None
    os.kill(old["pid"], signal.SIGSTOP)  # alive but not answering
    try:
        assert lt.daemon_status(state_file=state_file) is None
        new_url = lt.ensure_daemon(state_file=state_file)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(old["pid"], signal.SIGCONT)
    assert new_url != url
    assert _gone(old["pid"])  # the hung one was cleared out, not leaked


def test_dead_recorded_daemon_is_absent(state_file: Path) -> None:
    port = _unused_port()
    state_file.write_text(
        json.dumps({"pid": 2**22 + 7, "port": port, "url": f"http://127.0.0.1:{port}"})
    )
    assert lt.daemon_status(state_file=state_file) is None
    assert lt.stop_daemon(state_file=state_file) is False
    assert not state_file.exists()


def test_recorded_pid_reused_by_another_program_is_not_killed(state_file: Path) -> None:
    port = _unused_port()
    me = os.getpid()  # alive, but not a LanguageTool server
    state_file.write_text(json.dumps({"pid": me, "port": port, "url": f"http://127.0.0.1:{port}"}))
    assert lt.daemon_status(state_file=state_file) is None
    assert lt.stop_daemon(state_file=state_file) is False  # and we are still here


def test_garbled_state_file_is_absent(state_file: Path) -> None:
    state_file.write_text("{not json")
    assert lt.daemon_status(state_file=state_file) is None


# ------------------------------------------------------------------ faults

Behaviour = Callable[[http.server.BaseHTTPRequestHandler, threading.Event], None]


@contextlib.contextmanager
def fake_server(behaviour: Behaviour) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that answers every POST with ``behaviour``."""
    release = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            behaviour(self, release)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()


def _reply(status: int, body: bytes, ctype: str = "application/json") -> Behaviour:
    def behaviour(h: http.server.BaseHTTPRequestHandler, _: threading.Event) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return behaviour


def _truncated(h: http.server.BaseHTTPRequestHandler, _: threading.Event) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    h.wfile.write(b'{"matches": [')
    h.close_connection = True


def _sleepy(h: http.server.BaseHTTPRequestHandler, release: threading.Event) -> None:
    release.wait(30)  # far past the client's timeout; released at teardown
    _reply(200, b'{"matches": []}')(h, release)


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        (_reply(200, b"<html>Service temporarily down</html>", "text/html"), "not JSON"),
        (_reply(200, b"\xff\xfe\x00\x01garbage"), "not JSON"),
        (_reply(200, b'{"software": {"name": "LanguageTool"}}'), "'matches'"),
        (_reply(200, b"[1, 2, 3]"), "'matches'"),
        (_reply(200, b'{"matches": [1]}'), "'matches'"),
        (_reply(500, b"Error: internal failure\nmore", "text/plain"), "HTTP 500: Error: internal"),
        (_reply(503, b"", "text/plain"), "HTTP 503"),
        (_truncated, "IncompleteRead"),
    ],
    ids=[
        "html",
        "binary",
        "no-matches",
        "json-list",
        "bad-match",
        "http-500",
        "http-503",
        "truncated",
    ],
)
def test_bad_answers_raise(behaviour: Behaviour, expected: str) -> None:
    with fake_server(behaviour) as url:
        t0 = time.monotonic()
        with pytest.raises(lt.LanguageToolUnavailable, match=expected) as err:
            lt.check_text(url, "This is a apple.", timeout=5)
        assert time.monotonic() - t0 < 5
        assert url in str(err.value)


def test_server_slower_than_timeout_raises_promptly() -> None:
    with fake_server(_sleepy) as url:
        t0 = time.monotonic()
        with pytest.raises(lt.LanguageToolUnavailable, match=r"did not answer within 0\.5 s"):
            lt.check_text(url, "This is a apple.", timeout=0.5)
        assert time.monotonic() - t0 < 3


def test_nothing_listening_raises_promptly() -> None:
    url = f"http://127.0.0.1:{_unused_port()}"
    t0 = time.monotonic()
    with pytest.raises(lt.LanguageToolUnavailable, match="cannot reach LanguageTool"):
        lt.check_text(url, "This is a apple.", timeout=30)
    assert time.monotonic() - t0 < 3


def test_fake_server_that_answers_is_parsed() -> None:
    # Guards the fault tests above: the fake itself works when it answers well.
    body = json.dumps({"matches": [{"offset": 8, "length": 1, "rule": {"id": "X"}}]}).encode()
    with fake_server(_reply(200, body)) as url:
        for base in (url, url + "/", url + "/v2/"):
            assert lt.check_text(base, "x") == [{"offset": 8, "length": 1, "rule": {"id": "X"}}]
