"""An edition laid out in two pieces (split.py) is the edition laid out whole: the same PDF bytes, and
(to say where when they differ) every piece of text at the same place on the same page, the same
bookmarks, links and form fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from csrpress import preflight, split
from csrpress.load import load_report
from csrpress.checks import run_checks
from csrpress.pdf import PrintOptions, write_pdf
from csrpress.project import PACKAGE_DIR
from csrpress.render import render_html

from pdfread import outline_pages


def _placed_text(pdf: PdfReader) -> list[list[tuple[str, float, float]]]:
    """Per page: every text chunk with where it starts (rounded to 0.01 pt)."""
    pages = []
    for page in pdf.pages:
        chunks: list[tuple[str, float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                chunks.append((text, round(x, 2), round(y, 2)))

        page.extract_text(visitor_text=visit)
        pages.append(chunks)
    return pages


def _links(pdf: PdfReader) -> list[list[tuple[tuple[float, ...], object]]]:
    found = []
    for page in pdf.pages:
        links = []
        for ref in page.get("/Annots") or ():
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            rect = tuple(round(float(v), 2) for v in annot["/Rect"])
            action = annot.get("/A") or {}
            dest = annot.get("/Dest")
            target = str(action.get("/URI")) if "/URI" in action else None
            if dest is not None or "/D" in action:
                name = dest if dest is not None else action["/D"]
                target = pdf.get_destination_page_number(pdf.named_destinations[str(name)]) if str(name) in pdf.named_destinations else str(name)
            links.append((rect, target))
        found.append(sorted(links, key=str))
    return found


def _no_whole_layout(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("finish() fell back to laying out the edition whole")


@pytest.fixture(scope="module")
def both(sample_build, tmp_path_factory):
    project, _ = sample_build
    report, diags = load_report(project)
    diags = tuple(diags) + run_checks(report)
    en, zh = (render_html(report, project, lang, diags) for lang in ("en", "zh"))
    roots = (project.content, project.templates, project.build_dir, PACKAGE_DIR)
    printing = PrintOptions(when=report.manifest.date)
    out = tmp_path_factory.mktemp("split")
    job = split.plan(en, zh, roots)
    assert job is not None, "the sample's English edition is split when both editions build on two workers"
    tail = split.lay_out_tail(job, roots, printing)
    assert tail is not None and tail.assumed["report-title"]
    split.lay_out_head(job, roots, printing)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(split, "write_pdf", _no_whole_layout)   # the pieces must make the PDF, not the fallback
        pieces = split.finish(job, tail, out / "split.pdf", roots, printing)
    whole = write_pdf(en, out / "whole.pdf", roots, options=printing)
    return PdfReader(pieces.path), PdfReader(whole.path), pieces, whole, job


def test_the_tail_is_a_real_share_of_the_edition(both):
    *_, job = both
    assert 0.1 < len(job.tail_part) / len(job.whole.html) < 0.5


def test_every_text_is_at_the_same_place_on_the_same_page(both):
    pieces, whole, *_ = both
    assert len(pieces.pages) == len(whole.pages)
    assert _placed_text(pieces) == _placed_text(whole)


def test_same_bookmarks_links_and_form_fields(both):
    pieces, whole, *_ = both
    assert outline_pages(pieces) == outline_pages(whole)
    assert _links(pieces) == _links(whole)
    assert sum(len(links) for links in _links(whole)) > 50   # the contents, the ESG index
    fields = {name: str(f.get("/FT")) for name, f in (whole.get_fields() or {}).items()}
    assert fields and {name: str(f.get("/FT")) for name, f in (pieces.get_fields() or {}).items()} == fields


def test_same_bytes(both):
    """Even the files are the same: the same objects, fonts and subsets, in the same order."""
    _, _, pieces, whole, _ = both
    assert pieces.path.read_bytes() == whole.path.read_bytes()
    assert pieces.diagnostics == whole.diagnostics == ()   # no refused URL or warning in the sample


def test_a_head_that_ends_with_other_running_strings_is_laid_out_whole(both, tmp_path, monkeypatch):
    """The tail was laid out for the strings the head ends with; told otherwise, finish() lays out whole."""
    *_, job = both
    project_roots = (job.whole.base_url.parent / "content", job.whole.base_url.parent / "templates", job.whole.base_url, PACKAGE_DIR)
    printing = PrintOptions()
    tail = split.lay_out_tail(job, project_roots, printing)
    wrong = split.Tail(tail.pages, {**tail.assumed, "chapter-title": "Something else"}, tail.warnings, tail.refused)
    split.lay_out_head(job, project_roots, printing)
    calls = []
    real = split.write_pdf
    monkeypatch.setattr(split, "write_pdf", lambda *a, **k: calls.append(1) or real(*a, **k))
    result = split.finish(job, wrong, tmp_path / "whole.pdf", project_roots, printing)
    assert calls == [1] and result.pages == len(PdfReader(result.path).pages)


_CSS = """
@page { size: A6; margin: 15mm 10mm; @top-left { content: string(title); font-size: 6pt; }
        @bottom-center { content: counter(page); font-size: 7pt; } }
.cover { string-set: title content(); break-after: page; font-size: 20pt; }
article { break-before: page; }
h1 { string-set: chapter content(); bookmark-level: 1; bookmark-label: content(); }
.toc a { display: block; }
.toc a::after { content: leader(".") target-counter(attr(href), page); }
.ref a::after { content: " (p. " target-counter(attr(href), page) ")"; }
.flex { display: flex; gap: 2mm; }
"""


def _small_report(tmp_path: Path) -> str:
    import base64
    import io as _io

    from PIL import Image

    png = _io.BytesIO()
    Image.new("RGB", (8, 4), (200, 30, 30)).save(png, "PNG")
    image = base64.b64encode(png.getvalue()).decode()
    (tmp_path / "style.css").write_text(_CSS, encoding="utf-8")
    text = " ".join(f"Sentence {i} of a chapter that runs over a few pages." for i in range(120))
    chapters = "".join(f'<article><h1 id="c{i}">Chapter {i}</h1><p>{text}</p></article>' for i in (1, 2))
    last = ('<article><h1 id="c3">Chapter 3</h1>'
            '<svg width="120" height="60" viewBox="0 0 120 60"><rect x="5" y="5" width="50" height="40" fill="#3a6"/>'
            '<text x="60" y="30" font-size="10">Chart 42</text></svg>'
            f'<img src="data:image/png;base64,{image}" style="width: 20mm">'
            '<div class="flex"><span>left</span><span>right</span></div>'
            '<img src="https://example.com/outside.png" alt="">'   # refused while the tail is laid out
            f'<p class="ref">Back to <a href="#c1">the first chapter</a></p><p>{text}</p></article>')
    toc = "".join(f'<a href="#c{i}">Chapter {i}</a>' for i in (1, 2, 3))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css"></head>'
            f'<body><div class="cover">Small Report</div><nav class="toc">{toc}</nav>{chapters}{last}</body></html>')


def test_a_tail_with_svg_images_and_flex_boxes_gives_the_same_pdf(tmp_path):
    """SVG images keep their layout context, images their URL fetcher, flex items a lambda: all travel;
    and what WeasyPrint said while laying out the tail is reported with the head's findings."""
    from csrpress.render import HtmlDocument

    doc = HtmlDocument("en", _small_report(tmp_path), tmp_path)
    job = split.plan(doc, HtmlDocument("zh", "<html><body><p>x</p></body></html>", tmp_path), (tmp_path,))
    assert job is not None and "<svg" in job.tail_part
    printing = PrintOptions()
    tail = split.lay_out_tail(job, (tmp_path,), printing)
    assert tail is not None
    split.lay_out_head(job, (tmp_path,), printing)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(split, "write_pdf", _no_whole_layout)
        pieces = split.finish(job, tail, tmp_path / "pieces.pdf", (tmp_path,), printing)
    whole = write_pdf(doc, tmp_path / "whole.pdf", (tmp_path,), options=printing)
    assert pieces.pages == whole.pages >= 5
    assert _placed_text(PdfReader(pieces.path)) == _placed_text(PdfReader(whole.path))
    assert pieces.path.read_bytes() == whole.path.read_bytes()
    # the tail's findings reach the result; its links into the head are no findings
    assert pieces.diagnostics == whole.diagnostics
    assert [d.code for d in pieces.diagnostics if d.code not in preflight.CODES] == ["R502"], pieces.diagnostics


def test_a_build_on_two_workers_splits_and_writes_what_one_worker_writes(sample_build, tmp_path, monkeypatch):
    """The orchestration in build.py: the workers fork from this process, so the forbidden fallback
    holds in them too."""
    import shutil

    from csrpress.build import BuildOptions, build
    from csrpress.project import Project

    project, _ = sample_build
    for folder in ("content", "templates"):
        shutil.copytree(project.root / folder, tmp_path / folder)
    copy = Project(tmp_path)
    single = build(copy, BuildOptions(jobs=1))
    whole = {path.name: path.read_bytes() for path in single.outputs}
    monkeypatch.setattr(split, "write_pdf", _no_whole_layout)
    planned = []
    real_plan = split.plan
    monkeypatch.setattr(split, "plan", lambda *args: planned.append(real_plan(*args)) or planned[-1])
    double = build(copy, BuildOptions(jobs=2))
    assert len(planned) == 1 and planned[0] is not None
    assert {path.name: path.read_bytes() for path in double.outputs} == whole
    assert double.pages == single.pages and double.diagnostics == single.diagnostics


_PARITY_CSS = _CSS + """
@page :left { margin-left: 8mm; margin-right: 14mm; }
@page :right { margin-left: 14mm; margin-right: 8mm; }
article { break-before: right; }
"""


def test_left_and_right_pages_split_after_a_head_of_either_length(tmp_path):
    """Chapters on a recto: the tail's blank verso is kept after an odd head and dropped after an even
    one; both give the whole layout's bytes."""
    from csrpress.render import HtmlDocument

    (tmp_path / "style.css").write_text(_PARITY_CSS, encoding="utf-8")
    heads = set()
    for sentences in (40, 75, 110, 150):
        text = " ".join(f"Sentence {i} of a chapter that runs over a few pages." for i in range(sentences))
        tail_text = " ".join(f"Sentence {i} of the last chapter." for i in range(600))
        body = (f'<div class="cover">Small Report</div><nav class="toc"><a href="#c1">One</a><a href="#c3">Three</a></nav>'
                f'<article><h1 id="c1">Chapter 1</h1><p>{text}</p></article>'
                f'<article><h1 id="c2">Chapter 2</h1><p>{text}</p></article>'
                f'<article><h1 id="c3">Chapter 3</h1><p>{tail_text}</p></article>')
        html = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css"></head>'
                f'<body>{body}</body></html>')
        doc = HtmlDocument("en", html, tmp_path)
        job = split.plan(doc, HtmlDocument("zh", "<html><body><p>x</p></body></html>", tmp_path), (tmp_path,))
        assert job is not None and job.parity and 'id="c3"' in job.tail_part
        printing = PrintOptions()
        tail = split.lay_out_tail(job, (tmp_path,), printing)
        assert tail is not None and tail.blank_first
        heads.add(split.lay_out_head(job, (tmp_path,), printing) % 2)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(split, "write_pdf", _no_whole_layout)
            pieces = split.finish(job, tail, tmp_path / "pieces.pdf", (tmp_path,), printing)
        whole = write_pdf(doc, tmp_path / "whole.pdf", (tmp_path,), options=printing)
        assert pieces.pages == whole.pages
        assert pieces.path.read_bytes() == whole.path.read_bytes(), sentences
    assert heads == {0, 1}
