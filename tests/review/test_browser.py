"""The review page in a real headless browser (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.review.conftest import Running, start_review

sync_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]


def _chromium() -> str:
    for candidate in ("/usr/lib/chromium/chromium", shutil.which("chromium") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("chromium is not installed: apt-get install -y chromium (.ci/run does this)")


@pytest.fixture
def page() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        yield context.new_page()
        browser.close()


def _wait_for_findings(page, count: int | None = None) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#draft mark")
    if count is not None:
        assert page.locator("#draft mark").count() == count


def test_accept_one_fix_and_save(review: Running, sample: Path, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = sample.read_text(encoding="utf-8")
    page.goto(review.url)
    _wait_for_findings(page)
    marks = page.locator("#draft mark").all_text_contents()
    assert "District of Northern California" in marks and "effect" in marks
    assert page.locator("#counter").text_content() == f"Finding 1 of {len(marks)}"
    # The whole draft is shown, as text.
    assert page.locator("#draft").text_content() == original

    # Step by keyboard to "effect", read why, accept its fix.
    for _ in range(len(marks)):
        if page.locator("#f-flagged").text_content() == "effect":
            break
        page.keyboard.press("j")
    assert page.locator("#f-rule").text_content() == "NL201"
    assert page.locator("#f-replacement").text_content() == "affect"
    assert page.locator("#f-safety").text_content() == "unsafe fix"
    assert "affect" in (page.locator("#f-docs").text_content() or "")
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    if os.environ.get("NEWSLINT_UPDATE_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "review.png"))
    page.keyboard.press("a")
    assert page.locator("#draft mark.accepted").all_text_contents() == ["affect"]

    page.keyboard.press("Control+s")
    sync_api.expect(page.locator("#status")).to_have_text(re.compile("^Saved"))
    assert sample.read_text(encoding="utf-8") == original.replace(
        "however, effect Sessions's", "however, affect Sessions's"
    )
    # The page now shows the saved draft's re-check: one finding fewer.
    assert page.locator("#draft mark").count() == len(marks) - 1


def test_edit_reject_and_accept_all_safe(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "notes.txt"
    text = "The council met towards noon. The the vote was 3 to 2.\n"
    draft.write_text(text, encoding="utf-8")
    for running in start_review(str(draft), cwd=tmp_path):
        page.goto(running.url)
        _wait_for_findings(page)
        page.click("#accept-safe")
        accepted = page.locator("#draft mark.accepted").all_text_contents()
        assert accepted == ["toward", "The"]
        page.click("#save")
        sync_api.expect(page.locator("#status")).to_have_text(re.compile("^Saved"))
        assert (
            draft.read_text(encoding="utf-8")
            == "The council met toward noon. The vote was 3 to 2.\n"
        )


def test_draft_markup_renders_as_text(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    hostile = (
        "The the <script>window.pwned = 1</script> council met. "
        '<img src=x onerror="window.pwned = 2"> It may effect the vote.\n'
    )
    draft = tmp_path / "hostile.md"
    draft.write_text(hostile, encoding="utf-8")
    for running in start_review(str(draft), cwd=tmp_path):
        page.goto(running.url)
        _wait_for_findings(page)
        assert page.locator("#draft").text_content() == hostile
        assert page.locator("#draft script, #draft img").count() == 0
        # Pasted text goes through the same path.
        page.click("#paste-toggle")
        page.fill("#paste-text", hostile.replace("effect", "effect <b>bold</b>"))
        page.select_option("#paste-format", "draft.html")
        page.click("#paste-check")
        sync_api.expect(page.locator("#draft-name")).to_have_text("draft.html")
        assert "<b>bold</b>" in (page.locator("#draft").text_content() or "")
        assert page.locator("#draft script, #draft img, #draft b").count() == 0
        assert page.evaluate("window.pwned") is None
        page.keyboard.press("j")  # rule docs shown as text too
        assert page.locator("#f-docs b").count() == 0
