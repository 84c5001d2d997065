"""The highlights page (report.yaml `highlights: {page: true}`): the report's key figures on one page after
the contents, in every edition, from the figures the content declares (issue 15 item 2)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import MINIMAL_MANIFEST, ONE_CHAPTER, REPO, _has_cjk_font

from csrpress import preflight
from csrpress.build import BuildOptions, build
from csrpress.checks import run_checks
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.render import render_html

TWO_FIGURES = ONE_CHAPTER.replace("""    blocks:
      - text:""", """    blocks:
      - keyfigures:
          - {m: one.donors, label: {zh: 捐款人次, en: Donations}}
          - {m: one.trees}
      - text:""").replace("""  - {id: one.donors""", """  - {id: one.trees, label: {zh: 植树, en: trees planted}, value: "12", unit: 万棵, period: "2016"}
  - {id: one.donors""")


def _html(make_project, manifest: str, lang: str = "zh") -> str:
    project = make_project({"content/chapters/01.yaml": TWO_FIGURES}, manifest)
    report, diags = load_report(project)
    assert report is not None, [str(d) for d in diags]
    return render_html(report, project, lang).html


def _page(html: str) -> str:
    match = re.search(r'<section class="highlights">.*?</section>', html, re.S)
    assert match, "no highlights page"
    return match.group(0)


def test_off_by_default(make_project):
    assert 'class="highlights"' not in _html(make_project, MINIMAL_MANIFEST)


def test_the_key_figures_of_the_content_after_the_contents(make_project):
    html = _html(make_project, MINIMAL_MANIFEST + "highlights: {page: true}\n")
    page = _page(html)
    assert html.index('class="toc"') < html.index('class="highlights"') < html.index('class="chapter ')
    assert "本期亮点" in page
    # both declared figures, in reading order; a figure without a label takes its metric's label
    assert page.index('data-metric="one.donors"') < page.index('data-metric="one.trees"')
    assert "捐款人次" in page and "植树" in page
    assert page.count('href="#intro"') == 2  # the page reference goes to the section that shows them


def test_every_edition_and_a_chosen_title_and_selection(make_project):
    manifest = MINIMAL_MANIFEST + """\
highlights:
  page: true
  title: {zh: 年度数字, en: The Year in Numbers}
  figures: [{m: one.trees}]
"""
    en = _page(_html(make_project, manifest, "en"))
    assert "The Year in Numbers" in en and "trees planted" in en and "one.donors" not in en
    hant = _page(_html(make_project, manifest, "zh-Hant"))
    assert "年度數字" in hant and "植樹" in hant


def test_a_listed_figure_no_block_shows_refers_to_the_section_whose_text_names_it(make_project):
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER},
                           MINIMAL_MANIFEST + "highlights:\n  page: true\n  figures: [{m: one.donors}]\n")
    report, diags = load_report(project)
    assert report is not None, [str(d) for d in diags]
    page = _page(render_html(report, project, "en").html)
    assert 'data-metric="one.donors"' in page and '<a class="hl-ref" href="#intro">' in page
    # "6.77 million person-times" is set smaller (and may wrap) rather than running into the next cell; 677万人次 not
    assert '<div class="hl-item hl-long">' in page
    assert '<div class="hl-item">' in _page(render_html(report, project, "zh").html)


def test_an_unknown_figure_is_reported_at_its_line(make_project):
    manifest = MINIMAL_MANIFEST + "highlights:\n  page: true\n  figures:\n    - {m: one.no-such}\n"
    project = make_project({"content/chapters/01.yaml": TWO_FIGURES}, manifest)
    report, diags = load_report(project)
    assert report is not None
    found = [d for d in run_checks(report) if d.code == "S101"]
    assert len(found) == 1 and "one.no-such" in found[0].message
    assert found[0].location.path == "content/report.yaml" and found[0].location.line == 11, found[0]


def test_more_than_one_page_of_figures_is_refused_at_load(make_project):
    figures = "".join(f"    - {{m: one.donors}}\n" for _ in range(13))
    project = make_project({"content/chapters/01.yaml": TWO_FIGURES}, MINIMAL_MANIFEST + f"highlights:\n  page: true\n  figures:\n{figures}")
    report, diags = load_report(project)
    found = [d for d in diags if d.code == "L002"]
    assert report is None and len(found) == 1, [str(d) for d in diags]
    assert "at most 12" in found[0].message and (found[0].location.path, found[0].location.line) == ("content/report.yaml", 11)


pdf = pytest.mark.pdf  # the sample built with the page on


@pytest.fixture(scope="module")
def sample_with_highlights(tmp_path_factory):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    root = tmp_path_factory.mktemp("highlights")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "templates", root / "templates")
    with (root / "content" / "report.yaml").open("a", encoding="utf-8") as f:
        f.write("highlights: {page: true}\n")
    result = build(Project(root), BuildOptions(editions=("zh", "en", "zh-Hant")))
    return root, result


@pdf
@pytest.mark.parametrize("lang, title, figure", [("zh", "本期亮点", "1700亿"), ("en", "Highlights", "170 billion"), ("zh-Hant", "本期亮點", "1700億")])
def test_the_sample_prints_it_on_page_3_with_true_page_references(sample_with_highlights, lang, title, figure):
    root, result = sample_with_highlights
    pdf = next(p for p in result.outputs if p.name.endswith(f".{lang}.pdf"))
    reader = PdfReader(pdf)
    text = reader.pages[2].extract_text()
    assert title in text and figure in text, text[:300]
    # every page reference names the page that shows the key figures
    refs = set(re.findall(r"(?:见第|見第|p\.)\s*(\d+)", text))
    assert len(refs) == 1, refs
    target = reader.pages[int(refs.pop()) - 1].extract_text()
    assert figure in target
    assert pdf.stat().st_size <= 5 * 1024 * 1024
    layout = [d for d in result.diagnostics if d.code in preflight.CODES and d.message.startswith(f"{lang} p.") and d.code != "R513"]
    assert layout == [], [d.message for d in layout]


@pdf
def test_a_short_contents_page_before_it_and_a_page_of_one_figure_are_not_near_empty(make_project):
    # a designed page, full or empty by design (preflight._SKIP_PAGES), like the cover and the openers
    project = make_project({"content/chapters/01.yaml": TWO_FIGURES},
                           MINIMAL_MANIFEST + "highlights:\n  page: true\n  figures: [{m: one.trees}]\n")
    result = build(project, BuildOptions(jobs=1))
    assert len(result.outputs) == 2
    for pdf_file in result.outputs:
        assert "Highlights" in PdfReader(pdf_file).pages[2].extract_text() or "本期亮点" in PdfReader(pdf_file).pages[2].extract_text()
    assert not [d for d in result.diagnostics if d.code == "R510"], [d.message for d in result.diagnostics]
