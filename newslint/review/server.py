"""The review page's HTTP server: 127.0.0.1 only, three static files, a small JSON API.

Safe by default: it listens on the loopback address; it serves its own page and
the one draft named on the command line, nothing else from disk; every POST must
carry the page's secret token (so another site open in the browser cannot drive
it) and a Host of 127.0.0.1 or localhost (no DNS rebinding); bodies over the
draft size limit are refused before they are read; the page is sent with a
Content-Security-Policy that allows only its own script, and it writes draft
text with ``textContent`` only.
"""

from __future__ import annotations

import json
import secrets
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from newslint.review.app import ReviewApp, ReviewError
from newslint.sources import MAX_BYTES

# A draft may be 10 MB; JSON escaping and the list of edits need room on top.
MAX_REQUEST = MAX_BYTES * 2 + 64 * 1024
STATIC = {
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def _static(name: str) -> bytes:
    return resources.files("newslint.review").joinpath("static", name).read_bytes()


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, app: ReviewApp) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.app = app
        self.token = secrets.token_hex(16)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the terminal is the UI
        pass

    # --- responses -----------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, value: Any) -> None:
        self._send(status, json.dumps(value).encode("utf-8"), "application/json")

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    def _host_ok(self) -> bool:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        return host in ("127.0.0.1", "localhost")

    def _token_ok(self) -> bool:
        given = self.headers.get("X-Newslint-Token", "")
        return secrets.compare_digest(given.encode(), self.server.token.encode())

    # --- GET -------------------------------------------------------------------------------

    def do_GET(self) -> None:
        if not self._host_ok():
            return self._error(HTTPStatus.FORBIDDEN, "wrong Host header")
        path = self.path.split("?", 1)[0]
        if path == "/":
            page = _static("index.html").replace(b"{{TOKEN}}", self.server.token.encode())
            return self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
        if path in STATIC:
            name, content_type = STATIC[path]
            return self._send(HTTPStatus.OK, _static(name), content_type)
        if path == "/api/draft":
            if not self._token_ok():
                return self._error(HTTPStatus.FORBIDDEN, "missing or wrong token")
            return self._answer(lambda body: self.server.app.draft(), None)
        return self._error(HTTPStatus.NOT_FOUND, "not found")

    # --- POST ------------------------------------------------------------------------------

    def do_POST(self) -> None:
        if not self._host_ok():
            return self._error(HTTPStatus.FORBIDDEN, "wrong Host header")
        if not self._token_ok():
            self.close_connection = True
            return self._error(HTTPStatus.FORBIDDEN, "missing or wrong token")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self.close_connection = True
            return self._error(HTTPStatus.LENGTH_REQUIRED, "Content-Length required")
        if length < 0 or length > MAX_REQUEST:
            self.close_connection = True  # the body is not read: this connection is done
            return self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request too large (drafts up to 10 MB)"
            )
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return self._error(HTTPStatus.BAD_REQUEST, "the request is not JSON")
        if not isinstance(body, dict):
            return self._error(HTTPStatus.BAD_REQUEST, "the request is not a JSON object")
        app = self.server.app
        routes = {
            "/api/check": lambda b: app.payload(_text(b), _name(b), None),
            "/api/apply": lambda b: {
                "text": app.apply(_text(b), _name(b), b.get("edits", []), _path(app, b))
            },
            "/api/save": lambda b: app.save(_text(b), b.get("edits", [])),
        }
        route = routes.get(self.path)
        if route is None:
            return self._error(HTTPStatus.NOT_FOUND, "not found")
        self._answer(route, body)

    def _answer(self, route: Any, body: Any) -> None:
        try:
            result = route(body)
        except ReviewError as exc:
            return self._error(exc.status, str(exc))
        except Exception as exc:  # a bug: tell the page in one line rather than hang up
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"{type(exc).__name__}: {exc}")
        self._json(HTTPStatus.OK, result)


def _text(body: dict[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str):
        raise ReviewError("text must be a string")
    if len(text) > MAX_BYTES:
        raise ReviewError("the draft is too large (the limit is 10 MB)", 413)
    return text


def _name(body: dict[str, Any]) -> str:
    name = body.get("name")
    return name if isinstance(name, str) and name else "draft.txt"


def _path(app: ReviewApp, body: dict[str, Any]) -> str | None:
    """Settings come from the draft's own folder only for the file this page was given."""
    return app.path if body.get("name") == app.path else None


def serve(
    draft: str | None,
    port: int,
    open_browser: bool,
    cli_values: dict[str, Any],
    config_path: str | None,
) -> int:
    from newslint.workspace import Workspace

    workspace = Workspace(cli_values, config_path)
    app = ReviewApp(workspace, draft)
    try:
        if draft is not None:
            app.draft()  # a bad draft or config is one line now, not an error page later
        else:
            workspace.settings_for(None)
    except ReviewError as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return 2
    try:
        server = ReviewServer(port, app)
    except OSError as exc:
        print(
            f"newslint: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}", file=sys.stderr
        )
        return 2
    print(f"newslint review: {server.url} (Ctrl+C to stop)", flush=True)
    if open_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        workspace.close()
    return 0
