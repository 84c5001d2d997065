"""Page references filled in after layout (pagerefs.py) print what target-counter() prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from csrpress import pagerefs
from csrpress.pdf import write_pdf
from csrpress.render import HtmlDocument

REPO = Path(__file__).resolve().parent.parent

CSS = """
@page { size: A6; margin: 10mm; }
section { break-before: page; }
.ref a::after { content: " (p.\\a0" target-counter(attr(href), page) ")"; }
.toc a::after { content: leader(".") target-counter(attr(href), page); }
"""


def _html(refs: str) -> str:
    sections = "".join(f'<section id="s{i}"><h2>Section {i}</h2><p>Text {i}.</p></section>' for i in range(1, 13))
    return (f'<!doctype html><html><head><link rel="stylesheet" href="style.css"></head><body>'
            f'<nav class="toc"><p><a href="#s2">Two</a></p></nav>{sections}<section>{refs}</section></body></html>')


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _render(tmp_path: Path, html: str, name: str) -> tuple[str, int]:
    (tmp_path / "style.css").write_text(CSS, encoding="utf-8")
    out = tmp_path / f"{name}.pdf"
    result = write_pdf(HtmlDocument("en", html, tmp_path), out, (tmp_path,), forms=False)
    return _text(out), result.pages


def test_the_sample_stylesheet_defers_the_esg_references_and_the_contents() -> None:
    refs = pagerefs.deferred((REPO / "templates" / "style.css").read_text(encoding="utf-8"))
    assert refs is not None
    # the ESG index's references, the contents, and the highlights page's "see page" in each edition
    assert refs.texts == {" (p.\xa0000)", "（第000页）", "（第000頁）", "000", "见第 000 页", "見第 000 頁", "p. 000"}
    assert '.toc a::after { content: leader(".") "000" !important; }' in refs.css
    assert refs.css.count("!important") == 7   # user sheets must win over the author's rule


@pytest.mark.parametrize("css", ["@page { counter-reset: page 3; }", "body { counter-increment: page; }"])
def test_nothing_is_deferred_when_page_numbers_are_not_page_positions(css: str) -> None:
    assert pagerefs.deferred(CSS + css) is None


def test_a_string_that_looks_like_the_placeholder_is_left_to_target_counter() -> None:
    assert pagerefs.deferred('a::after { content: "ref 000: p. " target-counter(attr(href), page); }') is None


def test_only_stylesheets_inside_the_project_are_read(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "in.css").write_text("a { color: red }", encoding="utf-8")
    (tmp_path / "out.css").write_text("b { color: blue }", encoding="utf-8")
    html = '<link rel="stylesheet" href="in.css"><link rel="stylesheet" href="../out.css"><style>i { x: y }</style>'
    css = pagerefs.stylesheets(html, tmp_path / "project", (tmp_path / "project",))
    assert "color: red" in css and "color: blue" not in css and "x: y" in css


def test_a_rule_mixing_other_functions_is_left_to_target_counter() -> None:
    assert pagerefs.deferred('a::after { content: target-counter(attr(href), page) counter(x); }') is None
    assert pagerefs.deferred('a::after { content: target-text(attr(href)) target-counter(attr(href), page); }') is None


def test_filled_in_references_are_the_target_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    real = pagerefs.resolve
    monkeypatch.setattr(pagerefs, "resolve", lambda doc, texts: calls.append(real(doc, texts)) or calls[-1])
    text, pages = _render(tmp_path, _html('<p class="ref">See <a href="#s3">three</a></p><p class="ref">See <a href="#s12">twelve</a></p>'), "refs")
    assert calls == [True]   # filled in after one layout, no second layout
    assert re.search(r"See three \(p\.\s?4\)", text), text   # cover-less: the TOC is page 1, section 1 page 2
    assert re.search(r"See twelve \(p\.\s?13\)", text), text
    assert re.search(r"Two[ .]+3\b", text), text
    assert pages == 14


def test_contents_lines_filled_in_match_target_counter_dot_for_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    html = _html("<p>End.</p>").replace('<p><a href="#s2">Two</a></p>', "".join(
        f'<p><a href="#s{i}">Entry {i}</a></p>' for i in (1, 2, 9, 12)))
    _render(tmp_path, html, "filled")
    filled = PdfReader(tmp_path / "filled.pdf")
    monkeypatch.setattr(pagerefs, "deferred", lambda css: None)
    _render(tmp_path, html, "counted")
    counted = PdfReader(tmp_path / "counted.pdf")
    assert filled.pages[0].extract_text() == counted.pages[0].extract_text()
    assert re.search(r"Entry 1 \.{5,} 2\b", counted.pages[0].extract_text())
    # the same dots in the same places, not only the same number of them
    assert filled.pages[0].get_contents().get_data() == counted.pages[0].get_contents().get_data()


def test_a_reference_with_text_after_it_on_its_line_is_laid_out_the_normal_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    real = pagerefs.resolve
    monkeypatch.setattr(pagerefs, "resolve", lambda doc, texts: calls.append(real(doc, texts)) or calls[-1])
    text, _ = _render(tmp_path, _html('<p class="ref">See <a href="#s11">eleven</a> and more.</p>'), "after")
    assert calls == [False]
    assert re.search(r"See eleven \(p\.\s?12\) and more", text), text
