"""K405 quotes the figure that gives a not-disclosed item: the table's, when the text restating it mistyped it."""

from __future__ import annotations

from csrpress import frameworks
from csrpress.build import check

ITEMS = "".join(
    "      - {id: A2.2, status: not_disclosed, reason: {zh: 数据在统计中。, en: Being compiled.}}\n" if item.id == "A2.2"
    else f"      - {{id: {item.id}, status: answered, refs: [water]}}\n"
    for item in frameworks.load_framework("hkex-esg-2025").disclosures())

CHAPTER = """\
id: env
number: "01"
title: {zh: 环境, en: Environment}
metrics:
  - {id: env.water.2016, label: {zh: 取水总量, en: Water withdrawal}, value: "1,862万", unit: 立方米, period: "2016"}
sections:
  - id: water
    number: "1.1"
    title: {zh: 水资源, en: Water}
    blocks:
      - text: {zh: "2016年，公司全年取水总量%s。", en: "In 2016 the Company withdrew 18.62 million cubic metres of water."}
      - table:
          rows:
            - [{zh: 取水总量（立方米）, en: Water withdrawal}, {m: env.water.2016}]
      - esg_index:
          framework: hkex-esg-2025
          items:
""" + "".join("    " + line + "\n" for line in ITEMS.splitlines())


def _k405(make_project, typed: str):
    found = [d for d in check(make_project({"content/chapters/01.yaml": CHAPTER % typed})) if d.code == "K405"]
    assert len(found) == 1, "A2.2 (total water consumption) is marked not disclosed, and the report states it"
    return found[0]


def test_a_mistyped_restatement_is_not_quoted_as_the_disclosure(make_project):
    """186.2万 is the table's 1,862万 with a slip of scale: the report discloses the table's figure."""
    assert "1,862万立方米" in _k405(make_project, "186.2万立方米").message


def test_a_restatement_that_agrees_is_quoted_as_typed(make_project):
    assert "“1,862万立方米” (公司全年取水总量1,862万立方米" in _k405(make_project, "1,862万立方米").message


WITHHELD = CHAPTER.replace("数据在统计中。", "本年度暂不披露用水密度。").replace(
    "%s。", "%s，吨产品取水量3.2立方米。")


def test_the_intensity_a_reason_withholds_is_quoted(make_project):
    # the reason says the intensity is what is not disclosed: the finding quotes the intensity the report states
    found = [d for d in check(make_project({"content/chapters/01.yaml": WITHHELD % "1,862万立方米"})) if d.code == "K405"]
    assert len(found) == 1 and "“3.2立方米”" in found[0].message


def test_without_such_a_reason_the_total_is_quoted(make_project):
    chapter = CHAPTER.replace("%s。", "%s，吨产品取水量3.2立方米。")
    found = [d for d in check(make_project({"content/chapters/01.yaml": chapter % "1,862万立方米"})) if d.code == "K405"]
    assert len(found) == 1 and "“3.2立方米”" not in found[0].message
