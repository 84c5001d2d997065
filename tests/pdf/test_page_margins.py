"""Margins that follow the page size (issue 15: design.page): 16开 and Letter scale A4's millimetre margins in
proportion, mirrored on versos and rectos; the cover keeps no margin; tables share out the narrower column."""

from __future__ import annotations

import pytest

from conftest import MINIMAL_MANIFEST, ONE_CHAPTER

from csrpress.load import load_report
from csrpress.pdf import Findings, lay_out
from csrpress.render import render_html
from csrpress.render.design import PAGE_SIZES, design

pytestmark = pytest.mark.pdf

PX = 25.4 / 96  # mm per CSS px

LONG = ONE_CHAPTER + "".join(f"""\
      - text:
          zh: 第{i}段。{"这是一段足够长的正文，用来把章节推到好几页。" * 12}
          en: "Paragraph {i}. {"This paragraph is long enough to push the chapter over several pages. " * 10}"
""" for i in range(14))


def _manifest(page: str) -> str:
    return MINIMAL_MANIFEST + f"design: {{page: {page}}}\n"


@pytest.mark.parametrize("page, expected", [
    ("A4", (22.0, 20.0, 22.0, 16.0)),
    ("16k", (19.3, 17.5, 19.4, 14.1)),
    ("letter", (20.7, 18.8, 22.6, 16.4)),
])
def test_the_margins_scale_with_the_page(make_project, page, expected):
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, _manifest(page))
    report, diags = load_report(project)
    assert report is not None, [str(d) for d in diags]
    d = design(report.manifest)
    assert d.margins == pytest.approx(expected, abs=0.06)
    # the text column keeps A4's share of the page width (172 / 210)
    assert d.text_width_mm / PAGE_SIZES[page][0] == pytest.approx(172 / 210, abs=0.002)


@pytest.mark.parametrize("page", ["16k", "letter"])
def test_laid_out_pages_have_the_scaled_mirrored_margins(make_project, page):
    project = make_project({"content/chapters/01.yaml": LONG}, _manifest(page))
    report, _ = load_report(project)
    top, bottom, inner, outer = design(report.manifest).margins
    doc = lay_out(render_html(report, project, "en"), (project.root,), Findings(), forms=False)
    boxes = [p._page_box for p in doc.pages]
    assert boxes[0].margin_left == 0 and boxes[0].margin_top == 0  # the cover: art to the trim
    text_pages = [(i + 1, b) for i, b in enumerate(boxes[1:-1], 1) if "cover" not in (b.page_type.name or "")]
    assert len(text_pages) >= 4
    for number, box in text_pages:
        left, right = box.margin_left * PX, box.margin_right * PX
        # a recto (odd page) has its wider inner margin on the left, a verso on the right
        want = (inner, outer) if number % 2 else (outer, inner)
        assert (left, right) == pytest.approx(want, abs=0.1), (number, box.page_type)
        assert (box.margin_top * PX, box.margin_bottom * PX) == pytest.approx((top, bottom), abs=0.1)


def test_a_table_of_a_narrower_column_is_shared_out_over_fewer_ems(make_project):
    from csrpress.render import tables

    label = "一个很长的行标签说明第N项的内容和口径" * 3   # wider than the column: the columns are shared out
    NN = "N"
    rows = "\n".join(f"          - [{{zh: {label.replace(NN, str(i))}, en: Row {i}}}, \"1{i}.5\", \"2{i}\", \"3{i}\", \"4{i}\"]" for i in range(3))
    chapter = ONE_CHAPTER + f"""\
      - table:
          header: [项目, "2013", "2014", "2015", "2016"]
          rows:
{rows}
"""
    out = {}
    for page in ("A4", "16k"):
        project = make_project({"content/chapters/01.yaml": chapter}, _manifest(page))
        report, diags = load_report(project)
        assert report is not None, [str(d) for d in diags]
        html = render_html(report, project, "zh").html
        out[page] = html[html.index("<colgroup>"):html.index("</colgroup>")]
    assert tables.TABLE_EM and out["A4"] != out["16k"]   # the 16开 column is 151.5 mm, not A4's 172


@pytest.mark.parametrize("page", ["16k", "letter"])
def test_the_sample_on_16k_and_letter_has_no_layout_finding(tmp_path, page):
    # 16开 left a quote's attribution alone at a page head (zh p. 18, en p. 20: .quote-by breaks before: avoid)
    # and the contents one line over their page, before the margins and the contents' leading followed the page.
    import shutil

    from conftest import REPO, _has_cjk_font

    from csrpress import preflight
    from csrpress.build import BuildOptions, build
    from csrpress.project import Project

    if not _has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    with (tmp_path / "content" / "report.yaml").open("a", encoding="utf-8") as f:
        f.write(f"design: {{page: {page}}}\nhighlights: {{page: true}}\n")
    result = build(Project(tmp_path), BuildOptions(editions=("zh", "en")))
    assert len(result.outputs) == 2
    layout = [d.message for d in result.diagnostics if d.code in preflight.CODES and d.code != "R513"]
    assert layout == []
    assert all(p.stat().st_size <= 5 * 1024 * 1024 for p in result.outputs)
