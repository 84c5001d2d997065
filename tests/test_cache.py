"""Chapter-by-chapter layout with build/cache/: cached == uncached bytes, == whole-document layout, and invalidation."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from csrpress.build import BuildOptions, build
from csrpress.cache import environment_key, split_html, write_pdf_parts
from csrpress.load import load_report
from csrpress.pdf import write_pdf
from csrpress.project import PACKAGE_DIR, Project
from csrpress.render import render_html

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.pdf

MANIFEST = """\
id: demo
company: {zh: 示例公司, en: Example Co}
title: {zh: 示例报告, en: Example Report}
period: {start: "2016-01-01", end: "2016-12-31", label: "2016"}
date: "2017-01-01"
editions: [zh]
chapters: [chapters/01.yaml, chapters/02.yaml, chapters/03.yaml]
"""


def chapter(n: int, paragraphs: int, extra: str = "") -> str:
    metrics = "metrics:\n  - {id: shared.donors, label: {zh: 捐款人次, en: donations}, value: 677万, unit: 人次, period: \"2016\"}\n" if n == 1 else ""
    blocks = "".join(
        f"      - text:\n          zh: 第{n}章第{i}段，共有{{m:shared.donors}}。{'这是一段用来填满页面的文字。' * 12}\n"
        f"          en: \"Chapter {n} paragraph {i}: {{m:shared.donors}}.\"\n" for i in range(paragraphs))
    return (f'id: ch{n}\nnumber: "0{n}"\ntitle: {{zh: 第{n}章, en: Chapter {n}}}\n{metrics}sections:\n'
            f'  - id: s{n}\n    number: "{n}.1"\n    title: {{zh: 第{n}节{extra}, en: Section {n}}}\n    blocks:\n{blocks}')


FILES = {
    "content/chapters/01.yaml": chapter(1, 3),
    "content/chapters/02.yaml": chapter(2, 14),
    "content/chapters/03.yaml": chapter(3, 6),
}


def _has_cjk_font() -> bool:
    try:
        return bool(subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout.strip())
    except FileNotFoundError:
        return False


@pytest.fixture(autouse=True)
def _needs_font() -> None:
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")


#: a draft build stamps its pages with the build date (render_html(draft=...)): the layouts compared here do too
_TODAY = __import__("datetime").date.today().isoformat()


def _pdf(project: Project) -> bytes:
    return (project.build_dir / "demo.zh.pdf").read_bytes()


def _build(project: Project, cache: bool = True) -> bytes:
    result = build(project, BuildOptions(jobs=1, cache=cache))
    assert result.outputs, result.diagnostics
    return _pdf(project)


def _parts(project: Project) -> tuple[bytes, int, int]:
    """Lay out through the part cache directly: (pdf bytes, hits, misses)."""
    report, _ = load_report(project)
    doc = render_html(report, project, "zh", draft=_TODAY)
    out = project.build_dir / "demo.zh.pdf"  # the build left its anchor pages under this name
    roots = (project.content, project.templates, project.build_dir, PACKAGE_DIR)
    split = write_pdf_parts(doc, out, roots, project.build_dir / "cache" / "parts", environment_key(),
                            (project.templates / "style.css").read_text("utf-8"))
    assert split is not None
    return out.read_bytes(), split[1].hits, split[1].misses


def _fresh(tmp_path: Path, project: Project, name: str) -> Project:
    """A copy of the project's sources without any build output or cache."""
    root = tmp_path / name
    shutil.copytree(project.root / "content", root / "content")
    shutil.copytree(project.root / "templates", root / "templates")
    return Project(root)


def _pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(__import__("io").BytesIO(data))
    # One glyph can stand for several spaces (U+0020, U+2005): which one a subset's ToUnicode names
    # depends on the subset, so compare text with whitespace normalised.
    return [re.sub(r"\s+", " ", page.extract_text()).strip() for page in reader.pages]


def _outline(data: bytes) -> list[tuple[str, int]]:
    reader = pypdf.PdfReader(__import__("io").BytesIO(data))
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return found


def _links(data: bytes) -> int:
    reader = pypdf.PdfReader(__import__("io").BytesIO(data))
    return sum(1 for page in reader.pages for a in page.get("/Annots") or () if a.get_object().get("/Subtype") == "/Link")


def test_the_sample_layout_splits_into_front_matter_and_chapters(make_project):
    project = make_project(FILES, manifest=MANIFEST)
    report, _ = load_report(project)
    split = split_html(render_html(report, project, "zh", draft=_TODAY).html)
    assert split is not None
    _head, parts, _tail = split
    assert len(parts) == 4 and 'class="toc"' in parts[0] and all(p.startswith("<article") for p in parts[1:])


def test_cached_and_uncached_builds_give_the_same_bytes(make_project, tmp_path):
    project = make_project(FILES, manifest=MANIFEST)
    cold = _build(project)
    assert any((project.build_dir / "cache" / "parts").glob("*.pdf"))
    warm = _build(project)
    assert warm == cold
    data, hits, misses = _parts(project)
    assert hits >= 4 and misses == 0
    shutil.rmtree(project.build_dir / "cache")
    assert _build(project) == cold


def test_split_layout_matches_whole_document_layout(make_project):
    project = make_project(FILES, manifest=MANIFEST)
    split = _build(project)
    report, _ = load_report(project)
    doc = render_html(report, project, "zh", draft=_TODAY)
    whole_path = project.build_dir / "whole.pdf"
    write_pdf(doc, whole_path, (project.content, project.templates, project.build_dir, PACKAGE_DIR))
    whole = whole_path.read_bytes()
    assert len(_pages(split)) == len(_pages(whole)) > 6
    assert _pages(split) == _pages(whole)  # page numbers in footers and in the TOC included
    assert _outline(split) == _outline(whole)
    assert _links(split) == _links(whole) > 0


def _edit(project: Project, rel: str, old: str, new: str) -> None:
    path = project.root / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(("rel", "old", "new", "max_hits"), [
    # one paragraph of chapter 2: only chapter 2 is laid out again
    ("content/chapters/02.yaml", "第2章第3段", "第2章第3段（修订）", 3),
    # a metric value three chapters print: every chapter that references it
    ("content/chapters/01.yaml", "value: 677万", "value: 688万", 1),
    # the stylesheet: everything (the HTML is unchanged, the file WeasyPrint read is not)
    ("templates/style.css", "html {", "p { color: #123456; }\nhtml {", 0),
    # a template: everything its output reaches
    ("templates/report.html", '<h1 class="toc-title">', '<h1 class="toc-title">★', 3),
])
def test_a_change_invalidates_what_depends_on_it(make_project, tmp_path, rel, old, new, max_hits):
    project = make_project(FILES, manifest=MANIFEST)
    before = _build(project)
    _edit(project, rel, old, new)
    after, hits, misses = _parts(project)
    assert misses >= 1 and hits <= max_hits
    fresh = _fresh(tmp_path, project, "fresh")
    uncached = _build(fresh)
    assert after == uncached != before
    text = " ".join(_pages(after))
    if "677" in old:
        assert "688" in text and "677" not in text


def test_without_cache_the_whole_document_is_laid_out(make_project):
    project = make_project(FILES, manifest=MANIFEST)
    data = _build(project, cache=False)
    assert not (project.build_dir / "cache").exists()
    assert len(_pages(data)) > 6
