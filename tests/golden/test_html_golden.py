"""Golden HTML: a small project rendered per edition, compared with the reviewed file in golden/html/.

Regenerate on purpose with `make golden` (CSRPRESS_REGEN=1) and review the diff in the commit.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from csrpress.load import load_report
from csrpress.render import render_html

HERE = Path(__file__).parent / "html"

CHAPTER = """\
id: giving
number: "02"
title: {zh: 网络捐款平台, en: Online Giving}
subtitle: {zh: Products & Services, en: Products & Services}
intro: {zh: 连接人人可公益。, en: Charity for everyone.}
quote: {text: {zh: 承担责任，是一种能力。, en: Taking responsibility is a capability.}, by: {zh: 马化腾, en: Pony Ma}}
metrics:
  - {id: g.donations.2015, label: {zh: 2015年捐款人次, en: donations 2015}, value: 205万, unit: 人次, period: "2015"}
  - {id: g.donations.2016, label: {zh: 2016年捐款人次, en: donations 2016}, value: 670万, unit: 人次, period: "2016"}
  - {id: g.amount.2016, label: {zh: 2016年捐款额, en: amount 2016}, value: 3.05亿, unit: 元, period: "2016"}
sections:
  - id: giving-day
    number: "2.5"
    title: {zh: 99公益日, en: 99 Giving Day}
    blocks:
      - text:
          zh: |
            共有677万人次参与，捐款{m:g.amount.2016}。

            - 第一点 {{ 7*7 }}
            - <script>alert(1)</script>
          en: |
            6.77 million donations, {m:g.amount.2016} in all.

            - first {{ 7*7 }}
            - <script>alert(1)</script>
      - table:
          caption: {zh: 数据对比, en: Comparison}
          header: [{zh: 项目, en: Item}, "2015", "2016"]
          rows:
            - [{zh: 捐款人次, en: Donations}, {m: g.donations.2015}, {m: g.donations.2016, bare: true}]
      - qr: {caption: {zh: 扫一扫, en: Scan}}
      - qr: {url: "https://gongyi.qq.com", caption: {zh: 腾讯公益, en: Tencent Charity}}
      - case:
          title: {zh: 案例, en: Case}
          blocks:
            - quote: {text: {zh: 好, en: Good}}
"""


def _body(html: str) -> str:
    body = html[html.index("<body") :]
    # The QR SVG is pinned by its own test; the version would churn the file on every release.
    body = re.sub(r"<svg.*?</svg>", "<svg/>", body, flags=re.S)
    # The cover's generated pattern likewise (tests/test_pictures.py pins it): 16 kB of base64 per page.
    body = re.sub(r"data:image/svg\+xml;base64,[A-Za-z0-9+/=]+", "data:image/svg+xml;base64,…", body)
    return re.sub(r"csrpress \d+\.\d+\.\d+", "csrpress X", body)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_matches_golden(make_project, lang):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    report, diags = load_report(project)
    assert report is not None and diags == ()
    body = _body(render_html(report, project, lang).html)
    expected = HERE / f"basic.{lang}.html"
    if os.environ.get("CSRPRESS_REGEN") == "1":
        expected.write_text(body, encoding="utf-8")
    assert body == expected.read_text(encoding="utf-8")


def test_content_is_data_not_template_or_html(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    report, _ = load_report(project)
    html = render_html(report, project, "zh").html.replace("\u2005", " ")   # a zh edition's spaces never widen
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert "<script>" not in html and "&lt;script&gt;" in html
