"""An intensity printed in its numerator's unit, its denominator named by the words before it (每车公里, 每乘客公里,
吨钢 after a list's dash): read per that unit, so it meets its table row (claims/extract.py), and a subject whose
verb of change the segmenter would glue to its noun (耗降至) still meets its row (claims/subject.py)."""
from __future__ import annotations

from csrpress.build import check
from csrpress.claims.subject import content_words

_CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: One}
metrics:
  - {id: one.car, label: {zh: "每车公里耗电（千瓦时/车公里）", en: Energy per car-km}, value: "2.48", unit: "千瓦时/车公里", period: "2016"}
  - {id: one.steel, label: {zh: "吨钢综合能耗（千克标准煤/吨）", en: Energy per tonne of steel}, value: "552.7", unit: "千克标准煤/吨", period: "2016"}
  - {id: one.water, label: {zh: "吨钢新水耗（立方米/吨）", en: Fresh water per tonne of steel}, value: "2.58", unit: "立方米/吨", period: "2016"}
blocks:
  - text:
      zh: |
        - 2016年，每车公里耗电2.46千瓦时
        - 2016年吨钢综合能耗540千克标准煤
        - 2016年吨钢新水耗降至2.71立方米
      en: x
  - table:
      rows:
        - [{zh: 每车公里耗电（千瓦时/车公里）, en: Energy per car-km}, {m: one.car}]
        - [{zh: 吨钢综合能耗（千克标准煤/吨）, en: Energy per tonne of steel}, {m: one.steel}]
        - [{zh: 吨钢新水耗（立方米/吨）, en: Fresh water per tonne of steel}, {m: one.water}]
"""


def test_per_unit_words_make_the_figure_its_rows_intensity(make_project) -> None:
    found = [d.message for d in check(make_project({"content/chapters/01.yaml": _CHAPTER})) if d.code == "N201"]
    assert any("2.46" in m and "one.car" in m for m in found), found
    assert any("540" in m and "one.steel" in m for m in found), found
    assert any("2.71" in m and "one.water" in m for m in found), found


def test_a_verb_of_change_is_no_part_of_the_subject() -> None:
    assert content_words("吨钢新水耗降至＃立方米") == content_words("吨钢新水耗（立方米/吨）")
    assert "升至" not in content_words("单位产品能耗升至＃")


def test_a_subject_held_whole_weighs_contained_exactly_whatever_the_other_claims() -> None:
    """A subject found whole in another counts CONTAINED (0.8), on which SAME_TOTAL and other thresholds sit: (0.8 * x)
    / x is not 0.8 for every x, so a report's other claims (their number sets every word's weight) flipped findings."""
    from types import SimpleNamespace

    from csrpress.claims.group import CONTAINED, Weights, overlap

    small = frozenset({"乡村", "光明", "学校", "累计"})
    for n in range(100, 130):
        claims = [SimpleNamespace(words=small)] + [SimpleNamespace(words=frozenset({f"其他{i}"})) for i in range(n)]
        assert overlap(small, small | {"项目"}, Weights(claims)) >= CONTAINED
