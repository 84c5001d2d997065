"""Tables and charts as printed (issue 15 item 5): column widths from the content, figure columns
right-aligned on the decimal, the unit line and the source; charts with a value axis, a legend, their
unit and the brand's colours; English figures without padded zeros."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from csrpress.load import load_report
from csrpress.numerals import en_number
from csrpress.render import render_html
from csrpress.render.charts import nice_step, palette
from csrpress.render.tables import FIGURE_SPACE, PUNCTUATION_SPACE, widths

MANIFEST = """\
id: demo
company: {zh: 示例公司, en: Example Co}
title: {zh: 示例报告, en: Example Report}
period: {start: "2016-01-01", end: "2016-12-31", label: "2016"}
date: "2017-01-01"
editions: [zh, en]
cover: {color: "#2a7d4f"}
chapters: [chapters/01.yaml]
"""

CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: Chapter One}
metrics:
  - {id: amount.2015, label: {zh: 捐款金额, en: amount}, value: 1.279亿, unit: 元, period: "2015"}
  - {id: amount.2016, label: {zh: 捐款金额, en: amount}, value: 3.05亿, unit: 元, period: "2016"}
  - {id: match.2015, label: {zh: 配捐, en: matching}, value: 1亿, unit: 元, period: "2015"}
  - {id: match.2016, label: {zh: 配捐, en: matching}, value: 1.9999亿, unit: 元, period: "2016"}
  - {id: people.2016, label: {zh: 捐款人次, en: donations}, value: 670万, unit: 人次, period: "2016"}
  - {id: big.2016, label: {zh: 总额, en: total}, value: 1000万, unit: 人次, period: "2016"}
sections:
  - id: data
    number: "1.1"
    title: {zh: 数据, en: Data}
    blocks:
      - table:
          caption: {zh: 99公益日, en: 99 Giving Day}
          header: ["", "2015", "2016"]
          rows:
            - [{zh: 捐款金额, en: Amount donated}, {m: amount.2015, bare: true}, {m: amount.2016, bare: true}]
            - [{zh: 腾讯基金会配捐, en: Tencent Foundation matching}, {m: match.2015, bare: true}, {m: match.2016, bare: true}]
          source: {zh: 腾讯公益平台, en: Tencent Charity platform}
      - table:
          unit: {zh: 万元, en: RMB 10 thousand}
          header: [{zh: 项目, en: Item}, {zh: 说明, en: Description}]
          rows:
            - [{zh: 用户, en: Users}, {zh: 从用户需求出发制定“连接一切”战略，满足用户体验需求，从产品、技术、设计等方面创新，提供安全、海量、便捷的服务, en: "Formulated the Connect Everything strategy based on user needs and innovated in products, technology and design"}]
      - chart:
          type: bar
          title: {zh: 捐款金额与配捐, en: Donations and matching}
          items:
            - {label: {zh: 2015年, en: "2015"}, series: {zh: 捐款金额, en: Donated}, m: amount.2015}
            - {label: {zh: 2016年, en: "2016"}, series: {zh: 捐款金额, en: Donated}, m: amount.2016}
            - {label: {zh: 2015年, en: "2015"}, series: {zh: 配捐, en: Matching}, m: match.2015}
            - {label: {zh: 2016年, en: "2016"}, series: {zh: 配捐, en: Matching}, m: match.2016}
          source: {zh: 腾讯公益, en: Tencent Charity}
      - keyfigures:
          - {m: people.2016}
          - {m: big.2016}
"""


@pytest.fixture
def html(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER}, manifest=MANIFEST)
    report, diags = load_report(project)
    assert report is not None, [str(d) for d in diags]
    return {lang: render_html(report, project, lang).html for lang in ("zh", "en")}


def _tables(html: str) -> list[str]:
    return re.findall(r'<figure class="table-figure">.*?</figure>', html, re.S)


# ---- widths ----

def test_a_short_label_keeps_its_natural_width_beside_a_long_text_column():
    # natural / minimum widths in ems: a 4-character label, a paragraph-long cell
    got = widths([5.35, 80.0], [5.35, 7.35])
    assert sum(got) == pytest.approx(100, abs=0.05)
    assert got[0] / 100 * 57 >= 5.35   # the label's whole width: it never wraps
    assert got[1] > 80


def test_columns_that_fit_share_the_spare_room_in_proportion():
    assert widths([10.0, 10.0, 20.0], [5.0, 5.0, 5.0]) == [25.0, 25.0, 50.0]


def test_table_columns_get_fixed_widths_from_their_content(html):
    first, second = _tables(html["zh"])
    cols = [float(w) for w in re.findall(r'<col style="width: ([0-9.]+)%">', second)]
    assert len(cols) == 2 and sum(cols) == pytest.approx(100, abs=0.1)
    assert 6 <= cols[0] <= 15   # 用户: two characters and padding, not a fixed share
    assert 'class="data-table"' in first


# ---- figures ----

def test_figure_columns_are_right_aligned_and_padded_to_line_up_their_decimals(html):
    table = _tables(html["zh"])[0]
    assert table.count('class="num"') == 2   # both year headers
    cells = re.findall(r'<td class="([^"]*)">(.*?)</td>', table)
    assert [cls for cls, _ in cells] == ["num figure"] * 4
    text = {re.sub("<[^>]+>", "", body).split(FIGURE_SPACE)[0].split(PUNCTUATION_SPACE)[0]: body for _, body in cells}
    # 2015 column: 1.279亿 and 1亿 -> 1亿 padded by a decimal point and three digits
    assert f'<span class="decimal-pad">{PUNCTUATION_SPACE}{FIGURE_SPACE * 3}</span>' in text["1亿"]
    assert "decimal-pad" not in text["1.279亿"]
    # 2016 column: 3.05亿 and 1.9999亿 -> two more digits after 3.05
    assert f'<span class="decimal-pad">{FIGURE_SPACE * 2}</span>' in text["3.05亿"]


def test_the_unit_line_comes_from_the_bare_figures_or_the_table(html):
    first, second = _tables(html["zh"])
    assert '<div class="table-unit">单位：元</div>' in first
    assert '<div class="table-unit">单位：万元</div>' in second
    first_en, second_en = _tables(html["en"])
    assert '<div class="table-unit">Unit: RMB</div>' in first_en
    assert '<div class="table-unit">Unit: RMB 10 thousand</div>' in second_en


def test_tables_and_charts_print_their_source(html):
    assert html["zh"].count('<div class="source">资料来源：') == 2
    assert '<div class="source">Source: Tencent Charity platform</div>' in html["en"]


def test_english_figures_have_no_padded_zeros(html):
    assert en_number(Decimal(10_000_000), Decimal(10_000)) == "10 million"
    assert en_number(Decimal(6_700_000), Decimal(10_000)) == "6.7 million"
    assert en_number(Decimal(170_000_000_000), Decimal(100_000_000)) == "170 billion"
    assert en_number(Decimal(6_770_000), Decimal(10_000)) == "6.77 million"
    assert en_number(Decimal("1234.50"), Decimal("0.01")) == "1,234.50"   # no scale word: as printed
    text = re.sub(r"<[^>]+>", "", html["en"])   # a key figure sets its unit in a span of its own
    assert "10 million person-times" in text and "6.7 million person-times" in text
    assert "10.00 million" not in html["en"] and "6.70 million" not in html["en"]


# ---- charts ----

def test_a_chart_has_a_value_axis_a_legend_its_unit_and_the_brand_palette(html):
    svg = re.search(r"<svg class=\"chart\".*?</svg>", html["zh"], re.S).group(0)
    brand, tint = palette("#2a7d4f", 2)
    assert brand == "#2a7d4f"
    assert svg.count(f'fill="{brand}"') == 3 and svg.count(f'fill="{tint}"') == 3   # two bars and a swatch each
    assert ">单位：亿元<" in svg
    ticks = re.findall(r'text-anchor="end"[^>]*>([0-9.,]+)<', svg)
    assert ticks == ["0", "1", "2", "3", "4"]
    assert ">捐款金额<" in svg and ">配捐<" in svg           # the legend
    assert svg.count(">2015年<") == 1 and svg.count(">2016年<") == 1   # categories, once each
    assert ">1.279<" in svg and ">1.9999<" in svg            # values in the axis's unit, to their precision
    en = re.search(r"<svg class=\"chart\".*?</svg>", html["en"], re.S).group(0)
    assert ">RMB million<" in en and ">127.9<" in en and ">199.99<" in en
    assert re.findall(r'text-anchor="end"[^>]*>([0-9.,]+)<', en) == ["0", "100", "200", "300", "400"]


def test_nice_steps_are_round():
    assert [nice_step(Decimal(v)) for v in ("3.05", "305", "0.8", "3463")] == [Decimal(1), Decimal(100), Decimal("0.2"), Decimal(1000)]


def test_a_chart_with_a_negative_value_draws_it_below_the_zero_line(make_project):
    chapter = CHAPTER.replace("value: 1亿, unit: 元", "value: -1亿, unit: 元")
    project = make_project({"content/chapters/01.yaml": chapter}, manifest=MANIFEST)
    report, _ = load_report(project)
    svg = re.search(r"<svg class=\"chart\".*?</svg>", render_html(report, project, "zh").html, re.S).group(0)
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="(-?[0-9.]+)"', svg)]
    assert heights and min(heights) >= 0   # no negative height (an invalid SVG rectangle)
    assert re.findall(r'text-anchor="end"[^>]*>(-?[0-9.,]+)<', svg)[0] == "-1"   # the axis reaches below zero
