"""`csrpress serve` in a real headless browser: Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from csrpress.serve import PreviewServer

from test_load import CHAPTER

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_MS = 60_000  # an upper bound for a rebuild and reload to show, not an expected duration


def _browser_or_skip() -> None:
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is missing: CI must run tooling/ensure-system-deps.sh (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium, or run tooling/ensure-system-deps.sh as root)")


@pytest.fixture
def served(make_project) -> Iterator[tuple[PreviewServer, Path]]:
    _browser_or_skip()
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    server = PreviewServer(project, "zh", port=0)
    server.start()
    chapter = project.content / "chapters" / "01.yaml"
    # Handshake, not a delay: touch the file until the watcher has picked up a save, so later edits are seen.
    deadline = time.monotonic() + 60
    while server.preview.state.version < 2 and time.monotonic() < deadline:
        chapter.write_text(CHAPTER, encoding="utf-8")
        server.preview.wait_past(1, timeout=0.5)
    assert server.preview.state.version >= 2, "the file watcher never reported a save"
    try:
        yield server, chapter
    finally:
        server.stop()


def test_preview_reloads_on_save_shows_errors_and_marks_findings(served):
    sync_api = pytest.importorskip("playwright.sync_api")
    server, chapter = served
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(server.url.split("/build/")[0] + "/")  # the root redirects to the preview
            expect = sync_api.expect
            expect(page.locator(".cover-title")).to_have_text("示例报告")
            expect(page.locator("#csrpress-panel summary")).to_contain_text("0 finding(s)")
            # The PDF button is a POST form carrying this session's token (the server builds for nothing else).
            expect(page.locator("form#csrpress-pdf")).to_have_attribute("method", "post")
            expect(page.locator("#csrpress-pdf input[name=token]")).to_have_value(server.preview.token)
            page.evaluate("document.querySelector('article[data-chapter=one]').scrollIntoView()")
            expect(page.locator("#csrpress-pdf input[name=chapter]")).to_have_value("one")  # the chapter in view
            page.evaluate("window.scrollTo(0, 0)")

            # An edit shows without a manual reload.
            page.evaluate("window.__sameDocument = true")
            chapter.write_text(CHAPTER.replace("引言", "序言"), encoding="utf-8")
            expect(page.locator("[data-section=intro] h2, [data-section=intro] h3").first).to_contain_text("序言", timeout=WAIT_MS)
            assert page.evaluate("window.__sameDocument === undefined")  # it was the page's own reload

            # A broken file: its error over the last good preview.
            chapter.write_text("id: one\ntitle: {zh: [第一章\n", encoding="utf-8")
            banner = page.locator("#csrpress-error")
            expect(banner).to_contain_text("content/chapters/01.yaml:", timeout=WAIT_MS)
            expect(banner).to_contain_text("L001")
            expect(page.locator("[data-section=intro]")).to_contain_text("序言")

            # The next good save recovers; its findings are listed with file:line and marked on the page.
            fixed = CHAPTER.replace("引言", "序言").replace("zh: 共有{m:one.donors}。", "zh: 共有{m:one.donors}，另有{m:nope}。")
            fixed = fixed.replace("unit: 人次", "unit: 人头")
            chapter.write_text(fixed, encoding="utf-8")
            line_no, unit_line = next((n, line) for n, line in enumerate(fixed.splitlines(), 1) if "人头" in line)
            unit_at = f"content/chapters/01.yaml:{line_no}:{unit_line.index('人头') + 1}"
            expect(page.locator("#csrpress-panel li[data-code=S101]")).to_contain_text("content/chapters/01.yaml:12:", timeout=WAIT_MS)
            expect(banner).to_have_count(0)
            expect(page.locator("#csrpress-panel li[data-code=S104] .where")).to_have_text(unit_at)
            expect(page.locator(".missing-metric.csrpress-finding")).to_contain_text("nope")
            expect(page.locator('.metric[data-metric="one.donors"].csrpress-finding')).to_have_count(1)
        finally:
            browser.close()
    # The file in build/ is the plain edition: the preview's panel and script are added only when serving.
    written = (server.preview.project.build_dir / "demo.zh.html").read_text(encoding="utf-8")
    assert "序言" in written and "csrpress-state" not in written


def test_files_outside_the_served_folders_are_not_served(make_project):
    import urllib.error
    import urllib.request

    project = make_project({"content/chapters/01.yaml": CHAPTER})
    (project.root / "secret.txt").write_text("no", encoding="utf-8")
    server = PreviewServer(project, "zh", port=0)
    server.start()
    try:
        base = server.url.split("/build/")[0]
        with urllib.request.urlopen(base + "/templates/style.css") as resp:
            assert resp.status == 200
        for path in ("/secret.txt", "/templates/../secret.txt", "/content/../../etc/passwd"):
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(base + path)
            assert err.value.code == 404
            err.value.close()
    finally:
        server.stop()
    assert not any(t.is_alive() for t in server.threads)


def test_pdf_form_builds_the_edition_and_opens_it_at_the_chapter(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    server = PreviewServer(project, "zh", port=0)
    server.start()
    try:
        base = f"http://127.0.0.1:{server.httpd.server_address[1]}"
        opener = urllib.request.build_opener(_NoRedirect)
        form = urllib.parse.urlencode({"token": server.preview.token, "chapter": "one"}).encode()
        try:
            opener.open(urllib.request.Request(base + "/_csrpress/pdf", data=form, headers={"Origin": base}))
            raise AssertionError("expected a redirect to the PDF")
        except urllib.error.HTTPError as exc:
            assert exc.code == 303  # after a POST, the browser GETs the PDF
            assert exc.headers["Location"] == "/build/demo.zh.pdf#one"
        with urllib.request.urlopen(base + "/build/demo.zh.pdf") as resp:
            assert resp.read(5) == b"%PDF-"
    finally:
        server.stop()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None
