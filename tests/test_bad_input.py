"""The bad-input matrix (README, "When input is bad"): the real CLI on each kind of bad
input, its exit code, one line naming the file (or entry) and the next step, and no
traceback. A fake appears only to simulate a fault (a LanguageTool server that dies)."""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

ENV = {**os.environ, "NEWSLINT_LANGUAGETOOL": "off"}
STORY = "The the mayor spoke on Tuesday.\n"


class Case(NamedTuple):
    make: Callable[[Path, dict[str, str]], list[str]]  # builds the input, returns CLI args
    code: int
    needles: tuple[str, ...]  # in the one line that names the trouble


def _write(name: str, data: bytes) -> Callable[[Path, dict[str, str]], list[str]]:
    def make(tmp: Path, env: dict[str, str]) -> list[str]:
        (tmp / name).write_bytes(data)
        return ["check", name]

    return make


def _fifo(tmp: Path, env: dict[str, str]) -> list[str]:
    os.mkfifo(tmp / "pipe.md")
    return ["check", "pipe.md"]


def _fifo_in_folder(tmp: Path, env: dict[str, str]) -> list[str]:
    (tmp / "desk").mkdir()
    os.mkfifo(tmp / "desk" / "pipe.md")
    (tmp / "desk" / "story.md").write_text(STORY, encoding="utf-8")
    return ["check", "desk"]


def _loop(tmp: Path, env: dict[str, str]) -> list[str]:
    (tmp / "a.md").symlink_to(tmp / "b.md")
    (tmp / "b.md").symlink_to(tmp / "a.md")
    return ["check", "a.md"]


def _unreadable(tmp: Path, env: dict[str, str]) -> list[str]:
    (tmp / "locked.md").write_text(STORY, encoding="utf-8")
    (tmp / "locked.md").chmod(0)
    return ["check", "locked.md"]


def _deep(tmp: Path, env: dict[str, str]) -> list[str]:
    (tmp / "deep.md").write_text("> " * 450 + "It was the the plan.\n", encoding="utf-8")
    return ["check", "deep.md"]


def _config(text: str) -> Callable[[Path, dict[str, str]], list[str]]:
    def make(tmp: Path, env: dict[str, str]) -> list[str]:
        (tmp / ".newslint.toml").write_text(text, encoding="utf-8")
        (tmp / "story.md").write_text(STORY, encoding="utf-8")
        return ["check", "story.md"]

    return make


def _args(*args: str) -> Callable[[Path, dict[str, str]], list[str]]:
    def make(tmp: Path, env: dict[str, str]) -> list[str]:
        (tmp / "story.md").write_text(STORY, encoding="utf-8")
        return ["check", *args, "story.md"]

    return make


def _bad_pack(tmp: Path, env: dict[str, str]) -> list[str]:
    (tmp / "house.toml").write_text(
        '[[rule]]\nid = "HOUSE1"\nkind = "substitution"\nswap = { a = "b" }\n'
        "message = \"'{replacment}', not '{match}'\"\n",
        encoding="utf-8",
    )
    (tmp / ".newslint.toml").write_text('packs = ["house.toml"]\n', encoding="utf-8")
    (tmp / "story.md").write_text(STORY, encoding="utf-8")
    return ["check", "story.md"]


def _read_only(tmp: Path, env: dict[str, str]) -> list[str]:
    (tmp / "story.md").write_text(STORY, encoding="utf-8")
    (tmp / "story.md").chmod(0o444)
    return ["check", "--fix", "story.md"]


def _refused(tmp: Path, env: dict[str, str]) -> list[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    (tmp / "story.md").write_text(STORY, encoding="utf-8")
    return [
        "check",
        "--languagetool",
        "on",
        "--languagetool-url",
        f"http://127.0.0.1:{port}",
        "story.md",
    ]


CASES: dict[str, Case] = {
    "non-UTF-8": Case(
        _write("latin.md", "Café owners met.\n".encode("latin-1")),
        2,
        ("latin.md: not valid UTF-8 at byte offset 3", "save the draft as UTF-8"),
    ),
    "UTF-16 with BOM": Case(
        _write("wide.md", STORY.encode("utf-16")),
        2,
        ("wide.md: UTF-16 text", "save the draft as UTF-8"),
    ),
    "UTF-32 with BOM": Case(
        _write("wider.md", STORY.encode("utf-32")),
        2,
        ("wider.md: UTF-32 text", "save the draft as UTF-8"),
    ),
    "binary": Case(
        _write("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        2,
        ("photo.md: binary file", "export the draft as text"),
    ),
    "empty": Case(_write("empty.md", b""), 0, ("warning: empty.md: empty", "nothing was checked")),
    "over the size limit": Case(
        _write("huge.txt", b"word " * (2 * 1024 * 1024 + 10)),
        2,
        ("huge.txt: file is too large", "split the draft"),
    ),
    "FIFO named": Case(_fifo, 2, ("pipe.md: a named pipe (FIFO)", "standard input with '-'")),
    "FIFO in a folder": Case(_fifo_in_folder, 1, ("desk/story.md:1:1: error NL601",)),
    "symlink loop": Case(_loop, 2, ("a.md: symbolic link loop", "fix or remove the link")),
    "unreadable": Case(_unreadable, 2, ("locked.md: permission denied", "chmod u+r")),
    "deep nesting": Case(
        _deep, 0, ("warning: deep.md: line 1: lists or quotes nested deeper", "flatten the nesting")
    ),
    "broken config": Case(
        _config("style = \n"), 2, (".newslint.toml: invalid TOML", "fix the file and run again")
    ),
    "unknown config key": Case(
        _config("colour = 1\n"), 2, (".newslint.toml: unknown key 'colour'", "allowed:")
    ),
    "unknown selection": Case(
        _args("--select", "NL9999"), 2, ("--select: 'NL9999' matches no rule", "closest:")
    ),
    "selection of nothing": Case(
        _args("--ignore", "nl"), 2, ("no rule is selected", "widen --select or narrow --ignore")
    ),
    "bad pack": Case(
        _bad_pack,
        2,
        (
            "house.toml:5: HOUSE1: message has an unknown placeholder {replacment}",
            "allowed: {match}, {replacement}",
        ),
    ),
    "read-only target of --fix": Case(
        _read_only, 2, ("story.md: read-only (mode 444); not fixed", "chmod u+w")
    ),
    "LanguageTool refused": Case(
        _refused,
        2,
        ("LanguageTool is required", "Connection refused", "'newslint languagetool start'"),
    ),
}


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 60):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def _assert_one_clear_line(stderr: str, needles: tuple[str, ...]) -> None:
    assert "Traceback" not in stderr
    lines = [ln for ln in stderr.splitlines() if all(n in ln for n in needles)]
    assert len(lines) == 1, stderr


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str, tmp_path: Path) -> None:
    if name == "unreadable" and hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads any file")
    case = CASES[name]
    env = dict(ENV)
    args = case.make(tmp_path, env)
    proc = _run(args, tmp_path, env)
    assert proc.returncode == case.code, proc.stderr
    # The trouble is on standard error; a walk that skipped a FIFO reports the rest on stdout.
    _assert_one_clear_line(proc.stderr + proc.stdout, case.needles)
    if name == "read-only target of --fix":
        assert (tmp_path / "story.md").read_text(encoding="utf-8") == STORY


# --- LanguageTool that accepts and says nothing, or dies mid-run -------------------------


@pytest.fixture
def silent_url() -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)  # accepts (the kernel completes the handshake) and never answers
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def test_bad_input_languagetool_silent(tmp_path: Path, silent_url: str) -> None:
    (tmp_path / ".newslint.toml").write_text("languagetool_timeout = 2\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    started = time.monotonic()
    proc = _run(
        ["check", "--languagetool", "on", "--languagetool-url", silent_url, "story.md"],
        tmp_path,
        ENV,
    )
    assert time.monotonic() - started < 10
    assert proc.returncode == 2
    _assert_one_clear_line(
        proc.stderr, ("no answer in time (waited 2 s)", "'newslint languagetool start'")
    )


class _DyingServer:
    """Answers LanguageTool's start-up questions, then drops the first real check and
    stops listening, as a server that was killed does (the fault being simulated)."""

    def __init__(self) -> None:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _json(self, payload: Any) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                self._json([{"name": "English (US)", "code": "en", "longCode": "en-US"}])

            def do_POST(self) -> None:
                form = self.rfile.read(int(self.headers["Content-Length"])).decode()
                if "text=.&" in form + "&":
                    self._json({"software": {"version": "6.8"}, "matches": []})
                    return
                owner.dead.set()
                self.close_connection = True  # killed: no answer at all

            def log_message(self, *args: object) -> None:
                pass

        self.dead = threading.Event()
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_bad_input_languagetool_killed(tmp_path: Path) -> None:
    server = _DyingServer()
    try:
        (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
        proc = _run(
            ["check", "--languagetool", "on", "--languagetool-url", server.url, "story.md"],
            tmp_path,
            ENV,
        )
    finally:
        server.close()
    assert server.dead.is_set()
    # The other rules' findings stand; the missing LanguageTool findings are said aloud.
    assert proc.returncode == 1
    assert "story.md:1:1: error NL601" in proc.stdout
    _assert_one_clear_line(
        proc.stderr,
        ("warning: story.md: LanguageTool stopped answering", "have no LanguageTool findings"),
    )
