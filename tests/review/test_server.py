"""The review server's safety rules, over real HTTP: token, Host, size cap, only its file."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from tests.review.conftest import Running


def _request(
    review: Running,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
) -> tuple[int, dict[str, Any]]:
    where = urlparse(review.url)
    conn = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    sent = {"X-Newslint-Token": review.token, "Content-Type": "application/json"}
    sent.update(headers or {})
    conn.request(method, path, body=data, headers=sent)
    response = conn.getresponse()
    payload = json.loads(response.read() or b"{}")
    conn.close()
    return response.status, payload


def test_the_draft_and_its_findings(review: Running, sample: Path) -> None:
    status, draft = _request(review, "GET", "/api/draft")
    assert status == 200 and draft["savable"] is True
    text = draft["text"]
    assert text == sample.read_text(encoding="utf-8")
    effect = next(f for f in draft["findings"] if f["rule"] == "NL201")
    # Offsets are UTF-16 units; the sample has no astral characters, so they are code points.
    assert text[effect["start"] : effect["end"]] == "effect"
    assert effect["replacements"] == ["affect"] and effect["safety"] == "unsafe"
    assert "affect" in draft["rules"]["NL201"]["docs"]


def test_needs_the_token_and_a_local_host(review: Running) -> None:
    assert _request(review, "GET", "/api/draft", headers={"X-Newslint-Token": "x"})[0] == 403
    status, _ = _request(review, "POST", "/api/check", {"text": "x"}, {"X-Newslint-Token": ""})
    assert status == 403
    status, _ = _request(review, "GET", "/api/draft", headers={"Host": "evil.example:80"})
    assert status == 403


def test_serves_only_its_own_files(review: Running) -> None:
    for path in ("/etc/passwd", "/../README.md", "/static/app.js", "/api/draft/../../x"):
        assert _request(review, "GET", path)[0] == 404


def test_caps_the_request_size(review: Running) -> None:
    status, reply = _request(
        review, "POST", "/api/check", headers={"Content-Length": str(30 * 1024 * 1024)}, raw=b"{}"
    )
    assert status == 413 and "too large" in reply["error"]


def test_edit_outside_a_finding_is_refused(review: Running, sample: Path) -> None:
    before = sample.read_bytes()
    _, draft = _request(review, "GET", "/api/draft")
    status, reply = _request(
        review,
        "POST",
        "/api/save",
        {"text": draft["text"], "edits": [{"start": 0, "end": 3, "replacement": "x"}]},
    )
    assert status == 400 and "flagged" in reply["error"]
    assert sample.read_bytes() == before


def test_save_refuses_when_the_file_changed(review: Running, sample: Path) -> None:
    _, draft = _request(review, "GET", "/api/draft")
    sample.write_text(draft["text"] + "\nA late paragraph.\n", encoding="utf-8")
    effect = next(f for f in draft["findings"] if f["rule"] == "NL201")
    edit = {"start": effect["start"], "end": effect["end"], "replacement": "affect"}
    status, reply = _request(review, "POST", "/api/save", {"text": draft["text"], "edits": [edit]})
    assert status == 409 and "changed on disk" in reply["error"]
    assert sample.read_text(encoding="utf-8").endswith("A late paragraph.\n")


def test_emoji_offsets_are_utf16(review: Running) -> None:
    text = "🗞️ The the council met.\n"
    status, draft = _request(review, "POST", "/api/check", {"text": text, "name": "x.txt"})
    assert status == 200
    doubled = next(f for f in draft["findings"] if f["rule"] == "NL601")
    as_js = text.encode("utf-16-le")
    flagged = as_js[doubled["start"] * 2 : doubled["end"] * 2].decode("utf-16-le")
    assert flagged == "The the"
    edit = {"start": doubled["start"], "end": doubled["end"], "replacement": "The"}
    status, fixed = _request(
        review, "POST", "/api/apply", {"text": text, "name": "x.txt", "edits": [edit]}
    )
    assert status == 200 and fixed["text"] == "🗞️ The council met.\n"


def test_a_missing_draft_is_one_line_and_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "review", str(tmp_path / "nope.md"), "--no-browser"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == f"newslint: {tmp_path / 'nope.md'}: no such file or directory; check the path"
    )
