"""Same-fact findings quote figures as the reader sees them, a `{m:id}` reference as its metric's value."""

from __future__ import annotations

from csrpress.build import check

CHAPTER = """\
id: env
number: "01"
title: {zh: 环境, en: Environment}
metrics:
  - {id: env.waste.2016, label: {zh: 危险废物产生量, en: Hazardous waste}, value: "1,412", unit: 吨, period: "2016"}
sections:
  - id: waste
    number: "1.1"
    title: {zh: 水资源, en: Water}
    blocks:
      - text: {zh: "2016年，公司危险废物产生量{m:env.waste.2016}。", en: "Hazardous waste came to {m:env.waste.2016}."}
      - text: {zh: "2016年，危险废物产生量1,421吨。", en: "Hazardous waste came to 1,421 tonnes."}
"""


def test_a_reference_is_quoted_by_its_value(make_project):
    found = [d for d in check(make_project({"content/chapters/01.yaml": CHAPTER})) if d.code in ("N201", "N212")]
    assert found, "the typed 1,421 disagrees with the metric the other sentence prints"
    text = " ".join(d.message + " ".join(r.message for r in d.related) for d in found)
    assert "{m:" not in text
    assert "1,412吨" in text
