"""A figure of an ESG index answer that disagrees with its fact is shown beside the statements of the sections its
item refers to (checks/index_refs.py), not those of other chapters that state the fact too."""

from __future__ import annotations

from csrpress import frameworks
from csrpress.build import check


def _items(answer: str) -> str:
    return "".join(
        f"          - {{id: B8.2, status: answered, answer: {{zh: \"{answer}\", en: Donations}}, refs: [donations]}}\n"
        if item.id == "B8.2" else f"          - {{id: {item.id}, status: answered, refs: [donations]}}\n"
        for item in frameworks.load_framework("hkex-esg-2025").disclosures())


CHAPTER = """\
id: giving
number: "01"
title: {zh: 社区, en: Community}
metrics:
  - {id: com.donations.2016, label: {zh: 社区捐献（万元）, en: Community donations}, value: "1,860万", unit: 元, period: "2016"}
sections:
  - id: letter
    number: "1.1"
    title: {zh: 致辞, en: Letter}
    blocks:
      - text: {zh: "2016年，集团社区捐献合共1,860万元。", en: "In 2016 the Group donated RMB 18.6 million to the community."}
      - text: {zh: "2016年，全年社区捐献1,860万元。", en: "In 2016 community donations came to RMB 18.6 million."}
      - text: {zh: "%s", en: "Community donations in 2016."}
  - id: donations
    number: "1.2"
    title: {zh: 社区捐献, en: Donations}
    blocks:
      - table:
          rows:
            - [{zh: 社区捐献（万元）, en: Community donations}, {m: com.donations.2016, bare: true}]
      - text: {zh: "2016年，集团社区捐献1,860万元，主要用于青年教育。", en: "In 2016 the Group donated RMB 18.6 million, mostly to youth education."}
      - esg_index:
          framework: hkex-esg-2025
          items:
"""


def _conflict(make_project, typed: str, answer: str):
    found = [d for d in check(make_project({"content/chapters/01.yaml": CHAPTER % typed + _items(answer)}))
             if d.code == "N201"]
    assert len(found) == 1
    return found[0]


def test_an_index_answer_is_shown_beside_the_section_it_refers_to(make_project):
    found = _conflict(make_project, "2016年，集团开展社区活动。", "社区捐献1,680万元")
    assert "1,680万元" in found.message
    others = [r.message for r in found.related[1:]]
    assert others == ["so does “集团社区捐献1,860万元”"]  # 1.2's statement, not the letter's two


def test_a_figure_outside_the_index_keeps_every_statement_of_the_fact(make_project):
    found = _conflict(make_project, "2016年，社区捐献1,680万元。", "社区捐献1,860万元")
    assert "1,680万元" in found.message
    assert len(found.related) == 4  # the metric and the three statements that agree with it, wherever they stand
