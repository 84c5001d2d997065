"""facts.py's keyword matching at scale: grouped scoring and sentence bounds change no result (issue 17, 1,000 chapters)."""

from __future__ import annotations

import random

from csrpress import facts
from csrpress.load import load_report

from conftest import MINIMAL_MANIFEST

_COPIES = """\
id: {cid}
number: "0{n}"
title: {{zh: 第{n}章, en: Chapter {n}}}
metrics:
  - {{id: {cid}.donors, label: {{zh: 捐款人次, en: donations}}, value: 677万, unit: 人次, period: "2016"}}
  - {{id: {cid}.staff, label: {{zh: 员工人数, en: staff}}, value: "38775", unit: 人, period: "2016"}}
blocks:
  - text: {{zh: 2016年捐款人次达到677万人次，员工人数为38775人，捐款人次同比增长。, en: x}}
"""


def test_metrics_that_score_alike_are_scored_once_and_match_as_before(make_project) -> None:
    """Five chapters declaring the same metrics: the grouped index finds the same metric for every figure
    as scoring every metric one by one (the 1,000-chapter bench is copies of the sample)."""
    files = {f"content/chapters/0{n}.yaml": _COPIES.format(cid=f"c{n}", n=n) for n in range(1, 6)}
    manifest = MINIMAL_MANIFEST.replace("chapters: [chapters/01.yaml]", "chapters: [" + ", ".join(f"chapters/0{n}.yaml" for n in range(1, 6)) + "]")
    project = make_project(files, manifest=manifest)
    report, diags = load_report(project)
    assert report is not None, diags
    metrics = facts.metric_facts(report)
    index = facts.KeywordIndex(metrics)
    assert len(index.groups) == 2 and sorted(len(g) for g in index.groups) == [5, 5]
    occurrences = [o for o in facts.extract(report).occurrences if o.lang == "zh"]
    assert occurrences
    for occ in occurrences:
        grouped, each = facts.best_match(occ, metrics, index), facts.best_match(occ, metrics, None)
        assert (grouped and (grouped.metric.id, grouped.score)) == (each and (each.metric.id, each.score))
    # each figure matches the metric of its own chapter (the same section wins among equals)
    matched = {(o.origin.file, facts.best_match(o, metrics, index).metric.id) for o in occurrences if facts.best_match(o, metrics, index)}
    assert ("content/chapters/03.yaml", "c3.donors") in matched and ("content/chapters/03.yaml", "c3.staff") in matched


def test_sentence_and_clause_bounds_read_once_agree_with_reading_before_each_figure() -> None:
    chars = "ab。，\n；,:（）、!?x 年"
    rng = random.Random(17)
    for _ in range(2000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        bounds = facts._Bounds(text)
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 3) + 1):
                assert bounds.around(bounds.sentence_ends, start, end) == facts._sentence(text, start, end)
                assert bounds.around(bounds.clause_ends, start, end) == facts._clause(text, start, end)
