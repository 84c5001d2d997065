"""A table of a label column and one figure column sizes to its content (issue 15): its figures sit near
their labels instead of at the far edge of the text column. Other tables keep the column's width."""

from __future__ import annotations

import re

import pytest

from conftest import ONE_CHAPTER

from csrpress.load import load_report
from csrpress.render import render_html
from csrpress.render.tables import NARROW_MIN


def _table(rows: str, header: str = "") -> str:
    return ONE_CHAPTER + "      - table:\n" + (f"          header: {header}\n" if header else "") + "          rows:\n" + rows


TWO = """\
            - [{zh: 处理能力（笔/秒）, en: Processing capacity}, "50万"]
            - [{zh: 平均响应速度（ms）, en: Average response time (ms)}, "20"]
            - [{zh: 单次风险识别变量, en: Variables per risk check}, "1000+"]
"""


def _html(make_project, chapter: str, lang: str = "zh") -> str:
    project = make_project({"content/chapters/01.yaml": chapter})
    report, diags = load_report(project)
    assert report is not None, [str(d) for d in diags]
    html = render_html(report, project, lang).html
    return html[html.index('<figure class="table-figure'):]


def _share(html: str) -> float | None:
    match = re.match(r'<figure class="table-figure table-narrow" style="width: ([\d.]+)%">', html)
    return float(match.group(1)) if match else None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_labels_and_one_figure_column_size_to_their_content(make_project, lang):
    html = _html(make_project, _table(TWO), lang)
    share = _share(html)
    assert share is not None and NARROW_MIN * 100 <= share < 90, html[:200]
    cols = [float(w) for w in re.findall(r'<col style="width: ([\d.]+)%">', html[:html.index("</colgroup>")])]
    assert len(cols) == 2 and sum(cols) == pytest.approx(100, abs=0.1)
    assert 'class="num figure"' in html   # still right-aligned on the decimal


def test_a_header_widens_it_and_text_in_the_second_column_keeps_the_full_width(make_project):
    with_header = _share(_html(make_project, _table(TWO, header='[{zh: 指标, en: Indicator}, {zh: 2016年数值（单位：笔/秒、毫秒）, en: 2016}]')))
    assert with_header is not None and with_header > _share(_html(make_project, _table(TWO)))
    words = """\
            - [{zh: 鼓励用户举报, en: Reports}, {zh: 一键举报，拦截资金, en: One-tap reporting}]
            - [{zh: 共享风险信息, en: Sharing}, {zh: 与其他金融机构共享黑名单, en: Shared blacklists}]
"""
    assert _share(_html(make_project, _table(words))) is None


def test_three_columns_or_long_labels_keep_the_full_width(make_project):
    three = TWO.replace('"50万"]', '"50万", "60万"]').replace('"20"]', '"20", "18"]').replace('"1000+"]', '"1000+", "1200"]')
    assert _share(_html(make_project, _table(three))) is None
    long = "".join(f'            - [{{zh: {"一个需要好几行才能说完的很长的行标签" * 4}, en: Row {i}}}, "{i}0"]\n' for i in range(2))
    assert _share(_html(make_project, _table(long))) is None


@pytest.mark.pdf
def test_laid_out_the_table_is_narrower_than_the_column(make_project):
    from csrpress.pdf import Findings, lay_out

    project = make_project({"content/chapters/01.yaml": _table(TWO)})
    report, _ = load_report(project)
    doc = lay_out(render_html(report, project, "zh"), (project.root,), Findings(), forms=False)

    def tables(box):
        if type(box).__name__ == "TableBox":
            yield box
        for child in getattr(box, "children", []):
            yield from tables(child)

    found = [(t, page._page_box) for page in doc.pages for t in tables(page._page_box)]
    assert len(found) == 1
    table, page = found[0]
    column = page.children[0].width  # the root box: the width of the page area
    assert table.width < 0.9 * column and table.width >= NARROW_MIN * column * 0.95
