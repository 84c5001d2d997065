"""An English change compared with a named base year ("12.8% lower than in 2022") is not a change between the two
values the sentence gives for the years after it ("from 44.1 g in 2023 to 42.6 g"): N214 must not recompute it from
them, while the same sentence with a wrong change against the year before still gets N214."""

from __future__ import annotations

from csrpress.build import check

from conftest import MINIMAL_MANIFEST

# the sample's minimal manifest, moved to a 2024 report (its year before is 2023)
MANIFEST = MINIMAL_MANIFEST.replace("2016-01-01", "2024-01-01").replace("2016-12-31", "2024-12-31").replace(
    'label: "2016"', 'label: "2024"').replace('date: "2017-01-01"', 'date: "2025-03-01"')

CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: Chapter One}
sections:
  - id: intro
    number: "1.1"
    title: {zh: 引言, en: Introduction}
    blocks:
      - text:
          zh: 每乘客公里碳排放由2023年的44.1克降至42.6克，较2022年下降12.8%。
          en: "Emissions per passenger-km fell from 44.1 g in 2023 to 42.6 g, 12.8% lower than in 2022."
"""


def _n214(make_project, chapter: str) -> list[str]:
    found = check(make_project({"content/chapters/01.yaml": chapter}, manifest=MANIFEST))
    return [d.message for d in found if d.code == "N214"]


def test_a_change_against_a_named_base_year_is_not_recomputed_from_the_later_values(make_project):
    assert _n214(make_project, CHAPTER) == []


def test_a_wrong_change_against_the_year_before_is_still_found(make_project):
    chapter = CHAPTER.replace("较2022年下降12.8%", "同比下降12.8%").replace("12.8% lower than in 2022", "12.8% lower than in 2023")
    assert any("44.1" in m and "42.6" in m for m in _n214(make_project, chapter))


def test_a_change_after_another_figure_is_not_of_the_pair_before_it(make_project):
    """"output rose from 41.52 to 43.86 million tonnes, and revenue reached RMB 68.73 billion, up 5.4%": the 5.4% is the
    revenue's (the figure it follows), not the change from 41.52 to 43.86 (+5.6%)."""
    chapter = CHAPTER.replace("每乘客公里碳排放由2023年的44.1克降至42.6克，较2022年下降12.8%。",
                              "原煤产量由2023年的4,152万吨增至4,386万吨；营业收入687.3亿元，同比增长5.4%。").replace(
        "Emissions per passenger-km fell from 44.1 g in 2023 to 42.6 g, 12.8% lower than in 2022.",
        "Raw coal output rose from 41.52 million tonnes in 2023 to 43.86 million tonnes, and revenue reached RMB 68.73 "
        "billion, up 5.4% year on year.")
    assert _n214(make_project, chapter) == []
