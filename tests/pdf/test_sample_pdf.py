"""The sample report built to PDF and read back: pages, cover, chapter titles, TOC page numbers, bookmarks."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from pdfread import norm as _norm
from pdfread import outline_pages as _outline_pages

from csrpress.load import load_report

pytestmark = pytest.mark.pdf


@pytest.fixture(scope="module")
def sample(sample_build):
    project, result = sample_build
    assert result.outputs, [str(d) for d in result.diagnostics]
    report, _ = load_report(project)
    pdfs = {p.name.split(".")[-2]: PdfReader(p) for p in result.outputs}
    return project, report, pdfs, result


def test_both_editions_built_with_a_plausible_page_count(sample):
    _, _, pdfs, result = sample
    assert set(pdfs) == {"zh", "en"}
    for lang, pdf in pdfs.items():
        assert 60 <= len(pdf.pages) <= 220, (lang, len(pdf.pages))
        assert result.pages[lang] == len(pdf.pages)


def test_cover_and_metadata(sample):
    _, report, pdfs, _ = sample
    cover = _norm(pdfs["zh"].pages[0].extract_text())
    assert _norm(report.manifest.title.zh) in cover and "2015-2016" in cover
    assert _norm(report.manifest.title.en) in _norm(pdfs["en"].pages[0].extract_text())
    meta = pdfs["zh"].metadata
    assert meta.title.startswith(report.manifest.title.zh)
    assert meta.author == report.manifest.company.zh


def test_every_chapter_title_is_printed(sample):
    _, report, pdfs, _ = sample
    for lang, pdf in pdfs.items():
        text = _norm("".join(page.extract_text() for page in pdf.pages))
        for chapter in report.chapters:
            title = chapter.title.zh if lang == "zh" else chapter.title.en
            assert _norm(title) in text, (lang, title)


def _toc_entries(pdf: PdfReader) -> list[tuple[str, int]]:
    entries = []
    for page in pdf.pages[1:4]:
        for line in page.extract_text().splitlines():
            match = re.match(r"^\s*(.*?)[\s.]*?(\d+)\s*$", line)
            if match and match.group(1).strip():
                entries.append((_norm(match.group(1)).rstrip("."), int(match.group(2))))
    return entries


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_toc_page_numbers_are_the_pages_where_headings_are(sample, lang):
    _, report, pdfs, _ = sample
    pdf = pdfs[lang]
    entries = dict(_toc_entries(pdf))
    bookmarks = _outline_pages(pdf)
    expected = []
    for chapter in report.chapters:
        expected.append(((chapter.number or "") + (chapter.title.zh if lang == "zh" else chapter.title.en), "", chapter.title))
        for sec in chapter.sections:
            if chapter.kind == "back":
                continue
            title = sec.toc_title or sec.title
            expected.append(((sec.number or "") + (title.zh if lang == "zh" else title.en), sec.number or "", sec.title))
    assert len(expected) >= 40
    for toc_text, number, heading in expected:
        key = _norm(toc_text)
        page = next((n for text, n in entries.items() if text == key or (len(key) > 30 and text.startswith(key[:30]))), None)
        assert page is not None, f"TOC lacks {toc_text}"
        heading_text = _norm(number + (heading.zh if lang == "zh" else heading.en))
        # The bookmark is placed by the heading itself, independently of target-counter().
        assert bookmarks.get(heading_text) == page, (toc_text, page, bookmarks.get(heading_text))
        assert heading_text[:15] in _norm(pdf.pages[page - 1].extract_text())


def test_bookmarks_list_the_chapters_with_their_pages(sample):
    _, report, pdfs, _ = sample
    for lang, pdf in pdfs.items():
        top = [item for item in pdf.outline if not isinstance(item, list)]
        titles = [_norm(item.title) for item in top]
        expected = [_norm(ch.title.zh if lang == "zh" else ch.title.en) for ch in report.chapters]
        assert titles == expected
        pages = [pdf.get_destination_page_number(item) for item in top]
        assert pages == sorted(pages)


def _text_above(page, bottom: float) -> str:
    """The page's text drawn above `bottom` (pt from the page's foot): what prints, not what is clipped."""
    parts: list[str] = []

    def visit(text, cm, tm, _font, _size):
        if tm[5] * cm[3] + tm[4] * cm[1] + cm[5] > bottom:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return _norm("".join(parts))


def test_an_opener_quote_is_printed_whole_on_its_opener_page(sample):
    """The quote sits at the foot of the opener page: all of it, and who said it, inside the page's
    bottom margin (20 mm), not cut off below it."""
    _, report, pdfs, _ = sample
    quoted = [chapter for chapter in report.chapters if chapter.quote is not None]
    assert quoted
    for lang, pdf in pdfs.items():
        for chapter in quoted:
            text = _norm(getattr(chapter.quote.text, lang))
            opener = next(page for page in pdf.pages
                          if _norm(getattr(chapter.title, lang)) in _norm(page.extract_text()) and text[:12] in _norm(page.extract_text()))
            printed = _text_above(opener, 20 * 72 / 25.4)
            assert text[-12:] in printed, (lang, chapter.id)
            if chapter.quote.by is not None:
                assert _norm(getattr(chapter.quote.by, lang)) in printed, (lang, chapter.id)
