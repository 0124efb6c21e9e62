"""Run and talk to a local LanguageTool HTTP server.

The jars come from ``scripts/provision-languagetool.sh`` (Maven Central), laid
flat in :func:`local_install_dir`. Two ways to run the server:

* :func:`start_local_server` -- a child process owned by the caller, stopped
  with :meth:`LocalServer.stop` (or at interpreter exit as a safety net).
* :func:`ensure_daemon` -- a detached server that outlives the Python process
  so later newslint runs skip the JVM start-up; its pid/port/url are recorded
  in a JSON state file next to the jars.

:func:`check_text` is the dependency-free fallback/diagnostic client; normal
checking goes through ``language_tool_python.LanguageTool(remote_server=url)``.

Standard library only, so importing this never needs Java or the jars.
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = [
    "LanguageToolUnavailable",
    "LocalServer",
    "check_text",
    "daemon_state_file",
    "daemon_status",
    "ensure_daemon",
    "is_provisioned",
    "java_available",
    "local_install_dir",
    "request_json",
    "start_local_server",
    "stop_daemon",
]

SERVER_MAIN_CLASS = "org.languagetool.server.HTTPServer"
MIN_JAVA_MAJOR = 17
# English rules plus a few long texts fit well inside 1 GiB; without a cap the
# JVM would size its heap from total RAM (a quarter of it) and grow RSS to match.
DEFAULT_MAX_HEAP = "1g"
# Bigger answers than this are not LanguageTool talking; stop reading.
_MAX_ANSWER_BYTES = 64 * 1024 * 1024
_POLL_INTERVAL = 0.1
_PROBE_TIMEOUT = 3.0


class LanguageToolUnavailable(RuntimeError):
    """The LanguageTool server cannot be started or did not give a usable answer."""


# --------------------------------------------------------------------------- install


def local_install_dir() -> Path:
    """Directory holding the provisioned jars (same default as the provisioning script)."""
    # `or` mirrors bash's ${VAR:-default}: an empty variable counts as unset.
    home = os.environ.get("NEWSLINT_LT_HOME")
    if home:
        return Path(home)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "newslint" / "languagetool"


def is_provisioned() -> bool:
    """True when the provisioning script completed (it writes VERSION last)."""
    d = local_install_dir()
    return (d / "VERSION").is_file() and any(d.glob("languagetool-server-*.jar"))


def _java_executable() -> str | None:
    # JAVA_HOME wins so a machine whose default java is too old can point elsewhere.
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("java")


def java_available() -> bool:
    """True if a Java runtime new enough for LanguageTool (17+) can be run."""
    java = _java_executable()
    if java is None:
        return False
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    # `java -version` prints e.g. 'openjdk version "17.0.15"' (or "1.8.0_392") on stderr.
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if out.returncode != 0 or m is None:
        return False
    major = int(m.group(1))
    if major == 1 and m.group(2):  # pre-9 numbering: 1.8 -> 8
        major = int(m.group(2))
    return major >= MIN_JAVA_MAJOR


def _require_runnable() -> str:
    java = _java_executable()
    if java is None or not java_available():
        raise LanguageToolUnavailable(
            f"Java {MIN_JAVA_MAJOR}+ not found (checked JAVA_HOME and PATH); LanguageTool needs it"
        )
    if not is_provisioned():
        raise LanguageToolUnavailable(
            f"LanguageTool is not provisioned in {local_install_dir()}; "
            "run scripts/provision-languagetool.sh"
        )
    return java


def _server_command(java: str, port: int, *, fast_start: bool, max_heap: str) -> list[str]:
    cmd = [java, f"-Xmx{max_heap}"]
    if fast_start:
        # C1-only JIT: measured ~30% sooner first answer on a 2-core box, but
        # ~35% slower steady-state checks, so only for short-lived servers.
        cmd.append("-XX:TieredStopAtLevel=1")
    # No --allow-origin: only newslint talks to it, and a CORS wildcard would let
    # any web page in the user's browser use the server. HTTPServer binds to
    # localhost unless --public is given.
    cmd += ["-cp", str(local_install_dir() / "*"), SERVER_MAIN_CLASS, "--port", str(port)]
    return cmd


# --------------------------------------------------------------------------- helpers


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        return s.connect_ex(("127.0.0.1", port)) == 0


_LOOPBACK_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _opener_for(url: str) -> urllib.request.OpenerDirector:
    # A loopback server must never be reached through $http_proxy.
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost" or host == "::1" or host.startswith("127."):
        return _LOOPBACK_OPENER
    return urllib.request.build_opener()


def _answers(url: str, timeout: float = _PROBE_TIMEOUT) -> bool:
    """True if a LanguageTool server at ``url`` answers /v2/languages with JSON."""
    try:
        with _opener_for(url).open(url.rstrip("/") + "/v2/languages", timeout=timeout) as r:
            return isinstance(json.loads(r.read(1_000_000)), list)
    except (OSError, http.client.HTTPException, ValueError):
        return False


# Trailer lines the JVM prints after the real reason (e.g. after
# "Invalid maximum heap size: -Xmxfoo").
_JVM_BOILERPLATE = (
    "Error: Could not create the Java Virtual Machine.",
    "Error: A fatal exception has occurred. Program will exit.",
)


def _last_error_line(text: str) -> str:
    """The most telling line of a JVM's stderr: the last one that is not a stack frame."""
    lines = [ln.rstrip() for ln in text.splitlines() if ln.strip()]
    for ln in reversed(lines):
        # Stack frames ("\tat ...", "\t... 7 more") are indented.
        if not ln[0].isspace() and ln not in _JVM_BOILERPLATE:
            return ln[:300]
    return lines[-1].strip()[:300] if lines else "(no output on stderr)"


def _tail_of(f: IO[bytes], limit: int = 16_384) -> str:
    with contextlib.suppress(OSError, ValueError):
        f.flush()
        size = f.seek(0, os.SEEK_END)
        f.seek(max(0, size - limit))
        return f.read().decode("utf-8", errors="replace")
    return ""


def _wait_until_answering(
    url: str,
    exited: Callable[[], str | None],
    stderr_tail: Callable[[], str],
    timeout: float,
) -> None:
    """Poll /v2/languages until it answers; raise if the process dies or time runs out.

    ``exited()`` returns None while the server process runs, else a short
    description such as "exited with code 1".
    """
    deadline = time.monotonic() + timeout
    while True:
        how = exited()
        if how is not None:
            raise LanguageToolUnavailable(
                f"LanguageTool server {how} before answering on {url}: "
                f"{_last_error_line(stderr_tail())}"
            )
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LanguageToolUnavailable(
                f"LanguageTool server did not answer on {url} within {timeout:g} s; "
                f"last stderr line: {_last_error_line(stderr_tail())}"
            )
        if _answers(url, timeout=min(2.0, max(0.1, remaining))):
            return
        time.sleep(_POLL_INTERVAL)


def _is_bind_failure(stderr: str) -> bool:
    return "BindException" in stderr or "PortBindingException" in stderr


# --------------------------------------------------------------------------- child server

# Servers started here and not yet stopped; stopped at exit so a forgotten
# LocalServer does not leave a 500 MB JVM behind. Strong refs on purpose: a
# dropped LocalServer must still be found here.
_LIVE_SERVERS: set[LocalServer] = set()


class LocalServer:
    """A LanguageTool server running as a child process of this interpreter."""

    def __init__(self, proc: subprocess.Popen[bytes], port: int, stderr: IO[bytes]) -> None:
        self._proc = proc
        self._stderr = stderr
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    @property
    def pid(self) -> int:
        return self._proc.pid

    def is_running(self) -> bool:
        return self._proc.poll() is None

    def _exited(self) -> str | None:
        rc = self._proc.poll()
        return None if rc is None else f"exited with code {rc}"

    def stderr_tail(self) -> str:
        return _tail_of(self._stderr)

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server; kill it if it has not exited within ``timeout`` s."""
        _LIVE_SERVERS.discard(self)
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout)
        self._stderr.close()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"LocalServer(url={self.url!r}, pid={self.pid})"


@atexit.register
def _stop_live_servers() -> None:
    for server in list(_LIVE_SERVERS):
        with contextlib.suppress(Exception):
            server.stop(timeout=5.0)


def start_local_server(
    port: int | None = None,
    start_timeout: float = 90.0,
    *,
    fast_start: bool = True,
    max_heap: str = DEFAULT_MAX_HEAP,
) -> LocalServer:
    """Start a LanguageTool server on 127.0.0.1 and wait until it answers.

    ``port=None`` picks a free port (retrying if another process grabs it
    first). Raises :class:`LanguageToolUnavailable` if Java or the jars are
    missing, the server exits early, or it does not answer in ``start_timeout`` s.
    """
    java = _require_runnable()
    if port is not None and _port_in_use(port):
        raise LanguageToolUnavailable(f"port {port} on 127.0.0.1 is already in use")
    attempts = 1 if port is not None else 3
    for attempt in range(attempts):
        p = port if port is not None else _free_port()
        cmd = _server_command(java, p, fast_start=fast_start, max_heap=max_heap)
        # stdout gets a log line per request and nobody reads it: a pipe would
        # fill up and stall the server. stderr goes to a file for error messages;
        # the LocalServer owns it and closes it in stop().
        err_file = tempfile.TemporaryFile(prefix="newslint-lt-")  # noqa: SIM115
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err_file
            )
        except OSError as e:
            err_file.close()
            raise LanguageToolUnavailable(f"cannot run {java}: {e}") from e
        server = LocalServer(proc, p, err_file)
        _LIVE_SERVERS.add(server)
        try:
            _wait_until_answering(server.url, server._exited, server.stderr_tail, start_timeout)
        except LanguageToolUnavailable:
            bind_race = _is_bind_failure(server.stderr_tail())
            server.stop()
            if bind_race and attempt + 1 < attempts:
                continue
            raise
        return server
    raise AssertionError("unreachable")  # pragma: no cover


# --------------------------------------------------------------------------- daemon


def daemon_state_file() -> Path:
    """Where :func:`ensure_daemon` records the running daemon."""
    return local_install_dir() / "daemon.json"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    # An exited daemon whose parent (often init in a container) never reaps it
    # stays a zombie that kill(pid, 0) still "finds".
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _looks_like_languagetool(pid: int) -> bool | None:
    """Whether ``pid`` runs our server class; None where /proc cannot tell."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False if Path("/proc/self").exists() else None
    except OSError:
        return None
    return SERVER_MAIN_CLASS.encode() in cmdline


def _read_state(state_file: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(state_file.read_text())
    except (OSError, ValueError):
        return None
    if (
        isinstance(data, dict)
        and isinstance(data.get("pid"), int)
        and isinstance(data.get("port"), int)
        and isinstance(data.get("url"), str)
    ):
        return data
    return None


def _write_state(state_file: Path, state: dict[str, Any]) -> None:
    # Write-then-rename so a concurrent reader never sees half a file.
    tmp = state_file.with_name(f".{state_file.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state))
    os.replace(tmp, state_file)


@contextlib.contextmanager
def _state_lock(state_file: Path, timeout: float) -> Iterator[None]:
    """Serialise daemon start/stop between newslint processes (bounded wait)."""
    import fcntl  # POSIX only; imported here so the module still imports elsewhere

    state_file.parent.mkdir(parents=True, exist_ok=True)
    with open(state_file.with_suffix(".lock"), "a+b") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LanguageToolUnavailable(
                        f"another process held {lock.name} for over {timeout:g} s"
                    ) from None
                time.sleep(_POLL_INTERVAL)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def _terminate_pid(pid: int, timeout: float) -> None:
    """SIGTERM, wait up to ``timeout`` s, then SIGKILL and wait a little more."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
            # A stopped (SIGSTOP/^Z) JVM would hold SIGTERM pending forever.
            os.kill(pid, signal.SIGCONT)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _pid_alive(pid):
                return
            time.sleep(_POLL_INTERVAL)


def daemon_status(*, state_file: Path | None = None) -> dict[str, Any] | None:
    """``{"pid", "port", "url"}`` of the recorded daemon if it is alive and answering."""
    state = _read_state(state_file or daemon_state_file())
    if state is None or not _pid_alive(state["pid"]):
        return None
    if _looks_like_languagetool(state["pid"]) is False:  # pid reused by something else
        return None
    return state if _answers(state["url"]) else None


def ensure_daemon(start_timeout: float = 90.0, *, state_file: Path | None = None) -> str:
    """Return the URL of a running daemon, starting a detached one if needed."""
    if os.name != "posix":
        raise LanguageToolUnavailable("the LanguageTool daemon needs a POSIX system")
    sf = state_file or daemon_state_file()
    with _state_lock(sf, timeout=start_timeout + 30.0):
        status = daemon_status(state_file=sf)
        if status is not None:
            return str(status["url"])
        # A recorded server that is alive but not answering is hung: clear it out
        # rather than leak a JVM.
        stale = _read_state(sf)
        if stale and _pid_alive(stale["pid"]) and _looks_like_languagetool(stale["pid"]):
            _terminate_pid(stale["pid"], timeout=10.0)
        sf.unlink(missing_ok=True)

        java = _require_runnable()
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log = sf.with_suffix(".log")
        # Long-lived, so keep the C2 JIT (faster steady-state checks).
        cmd = _server_command(java, port, fast_start=False, max_heap=DEFAULT_MAX_HEAP)
        # Launch through sh so the JVM is not our child: it is reparented to
        # init and survives us, and we never hold a Popen for it. Its stdout
        # (a line per request) is dropped; stderr goes to the log.
        launcher = 'log=$1; shift; "$@" </dev/null >/dev/null 2>"$log" & echo $!'
        try:
            out = subprocess.run(
                ["/bin/sh", "-c", launcher, "sh", str(log), *cmd],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
                start_new_session=True,  # no SIGINT from our terminal's Ctrl-C
            )
            pid = int(out.stdout.strip())
        except (OSError, ValueError, subprocess.SubprocessError) as e:
            raise LanguageToolUnavailable(f"could not launch the LanguageTool daemon: {e}") from e

        def exited() -> str | None:
            return None if _pid_alive(pid) else "exited"

        def stderr_tail() -> str:
            with contextlib.suppress(OSError):
                return log.read_text(errors="replace")[-16_384:]
            return ""

        try:
            _wait_until_answering(url, exited, stderr_tail, start_timeout)
        except LanguageToolUnavailable:
            _terminate_pid(pid, timeout=5.0)
            raise
        _write_state(sf, {"pid": pid, "port": port, "url": url})
        return url


def stop_daemon(*, state_file: Path | None = None, timeout: float = 10.0) -> bool:
    """Stop the recorded daemon; True if a running server was stopped."""
    sf = state_file or daemon_state_file()
    if not sf.exists():
        return False
    with _state_lock(sf, timeout=timeout + 30.0):
        state = _read_state(sf)
        stopped = False
        if state is not None and _pid_alive(state["pid"]):
            looks = _looks_like_languagetool(state["pid"])
            # Where /proc cannot tell, only kill a pid that still serves our URL.
            if looks or (looks is None and _answers(state["url"])):
                _terminate_pid(state["pid"], timeout)
                stopped = True
        sf.unlink(missing_ok=True)
        return stopped


# --------------------------------------------------------------------------- client


def _read_bounded(resp: http.client.HTTPResponse, deadline: float) -> bytes:
    # urllib's timeout is per socket operation; also cap the total time so a
    # server trickling bytes cannot hold us far past ``timeout``.
    chunks: list[bytes] = []
    size = 0
    while chunk := resp.read1(65_536):
        chunks.append(chunk)
        size += len(chunk)
        if size > _MAX_ANSWER_BYTES:
            raise ValueError(f"answer larger than {_MAX_ANSWER_BYTES} bytes")
        if time.monotonic() > deadline:
            raise TimeoutError("answer still arriving at the deadline")
    if resp.length:  # read1 returns b"" on early close; bytes promised but never sent
        raise http.client.IncompleteRead(b"".join(chunks), resp.length)
    return b"".join(chunks)


def _needs_proxy(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if host in ("localhost", "::1") or host.startswith("127."):
        return False
    return parts.scheme in urllib.request.getproxies() and not urllib.request.proxy_bypass(host)


def request_json(
    url: str, params: dict[str, str] | None, timeout: float, method: str = "post"
) -> Any:
    """One request to LanguageTool with one overall deadline of ``timeout`` seconds.

    Connecting, sending, waiting for the headers and reading the body all share
    the deadline (a socket timeout alone restarts with every byte). Raises
    LanguageToolUnavailable with a one-line reason for every failure.
    """
    body = urllib.parse.urlencode(params or {}).encode()
    deadline = time.monotonic() + timeout
    late = f"LanguageTool at {url}: no answer in time (waited {timeout:g} s)"
    try:
        if _needs_proxy(url):
            # Through the user's proxy: urllib, with the body read against the deadline.
            target = url if method == "post" else f"{url}?{body.decode()}"
            data = body if method == "post" else None
            with urllib.request.urlopen(target, data, timeout=timeout) as resp:
                status, reason, raw = resp.status, resp.reason, _read_bounded(resp, deadline)
        else:
            status, reason, raw = _direct(url, body, method, timeout, deadline)
    except TimeoutError:
        raise LanguageToolUnavailable(late) from None
    except urllib.error.HTTPError as e:
        status, reason, raw = e.code, str(e.reason), b""
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise LanguageToolUnavailable(late) from None
        raise LanguageToolUnavailable(f"cannot reach LanguageTool at {url}: {e.reason}") from None
    except (OSError, http.client.HTTPException, ValueError) as e:
        raise LanguageToolUnavailable(
            f"connection to LanguageTool at {url} failed: {type(e).__name__}: {e}"
        ) from None
    first = raw.decode("utf-8", "replace").strip().splitlines()[0][:120] if raw.strip() else ""
    if status != 200:
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} answered HTTP {status}: {first or reason}"
        )
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} answered something that is not LanguageTool's JSON ({first!r})"
        ) from None


def _direct(
    url: str, body: bytes, method: str, timeout: float, deadline: float
) -> tuple[int, str, bytes]:
    parts = urllib.parse.urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname or "localhost", parts.port, timeout=timeout)

    def remaining() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    try:
        path = parts.path or "/"
        headers = {"Accept": "application/json"}
        if method == "post":
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
            conn.request("POST", path, body, headers)
        else:
            conn.request("GET", f"{path}?{body.decode()}" if body else path, headers=headers)
        sock = conn.sock  # kept: the connection lets go of it when the answer says "close"
        assert sock is not None
        sock.settimeout(remaining())
        resp = conn.getresponse()
        chunks: list[bytes] = []
        size = 0
        while True:
            with contextlib.suppress(OSError):
                sock.settimeout(remaining())
            chunk = resp.read1(65_536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > _MAX_ANSWER_BYTES:
                raise ValueError(f"answer larger than {_MAX_ANSWER_BYTES} bytes")
        return resp.status, resp.reason, b"".join(chunks)
    finally:
        conn.close()


def check_text(
    url: str, text: str, language: str = "en-US", timeout: float = 30.0
) -> list[dict[str, Any]]:
    """POST ``text`` to ``{url}/v2/check`` and return the server's raw ``matches``.

    Offsets and lengths in the matches are UTF-16 code units, as LanguageTool
    sends them. Any failure (unreachable, timeout, HTTP error, a body that is
    not LanguageTool JSON) raises :class:`LanguageToolUnavailable`.
    """
    base = url.rstrip("/")
    if base.endswith("/v2"):  # accept language_tool_python's style ("http://h:p/v2/") too
        base = base[: -len("/v2")]
    endpoint = base + "/v2/check"
    body = urllib.parse.urlencode({"language": language, "text": text}).encode()
    request = urllib.request.Request(
        endpoint,
        data=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": "application/json",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener_for(endpoint).open(request, timeout=timeout) as resp:
            raw = _read_bounded(resp, deadline)
    except urllib.error.HTTPError as e:
        detail = ""
        with contextlib.suppress(Exception):
            detail = e.read(2000).decode("utf-8", errors="replace").strip().splitlines()[0]
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} answered HTTP {e.code}: {detail or e.reason}"
        ) from e
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise LanguageToolUnavailable(
                f"LanguageTool at {url} did not answer within {timeout:g} s"
            ) from e
        raise LanguageToolUnavailable(f"cannot reach LanguageTool at {url}: {e.reason}") from e
    except TimeoutError as e:
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} did not answer within {timeout:g} s"
        ) from e
    except ValueError as e:  # from _read_bounded's size cap
        raise LanguageToolUnavailable(f"LanguageTool at {url}: {e}") from e
    except (OSError, http.client.HTTPException) as e:
        # Connection reset/closed mid-answer, e.g. the server died while checking.
        raise LanguageToolUnavailable(
            f"connection to LanguageTool at {url} failed: {type(e).__name__}: {e}"
        ) from e

    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} sent something that is not JSON: {raw[:80]!r}"
        ) from e
    matches = payload.get("matches") if isinstance(payload, dict) else None
    if not isinstance(matches, list) or not all(isinstance(m, dict) for m in matches):
        raise LanguageToolUnavailable(
            f"LanguageTool at {url} sent JSON without a 'matches' list: {raw[:80]!r}"
        )
    return matches
