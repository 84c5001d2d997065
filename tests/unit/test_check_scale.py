"""Rules that look for a figure's partners stay near linear in report size (issue 17: 1,000 chapters in <= 10 s)."""

from __future__ import annotations

from csrpress.load import load_report

from conftest import MINIMAL_MANIFEST

_CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: One}
blocks:
  - text: {zh: "2016年，员工捐款共计30万元，人均捐款150元。", en: x}
  - text: {zh: "2016年，研发人员培训总时长1.5万小时，研发人员人均培训时长45.0小时。", en: x}
"""


def test_averages_compare_whole_claims_only_with_the_few_that_could_be_counts(make_project, monkeypatch) -> None:
    """N221 looks for the headcount among all claims; the list test `not in total` compares dataclasses field by
    field, so it must run only for the claims that could be a count, not for every claim of the report."""
    from csrpress.checks import averages
    from csrpress.claims.extract import Claim

    filler = "".join(f"  - text: {{zh: \"2016年，第{i}号项目投入{i + 3}万元，覆盖{i + 7}个社区。\", en: x}}\n" for i in range(150))
    project = make_project({"content/chapters/01.yaml": _CHAPTER + filler}, manifest=MINIMAL_MANIFEST)
    report, diags = load_report(project)
    assert report is not None, diags
    compared = 0
    original = Claim.__eq__

    def counting(self: Claim, other: object) -> bool:
        nonlocal compared
        compared += 1
        return original(self, other)

    monkeypatch.setattr(Claim, "__eq__", counting)
    found = list(averages.averages(report))
    assert compared < 20, f"{compared} Claim comparisons for {len(found)} finding(s) among 300+ claims"  # 842 before


def test_averages_look_for_totals_and_counts_among_claims_of_the_ratios_base_only(make_project, monkeypatch) -> None:
    """150 sentences of 万元 and 个 figures: the hours-per-head average never looks at them (another base),
    the yuan-per-head one only for its total; before, each average read every claim of the report twice."""
    from csrpress.checks import averages

    filler = "".join(f"  - text: {{zh: \"2016年，第{i}号项目投入{i + 3}万元，覆盖{i + 7}个社区。\", en: x}}\n" for i in range(150))
    project = make_project({"content/chapters/01.yaml": _CHAPTER + filler}, manifest=MINIMAL_MANIFEST)
    report, diags = load_report(project)
    assert report is not None, diags
    asked = 0
    original = averages._whole

    def counting(*args):  # type: ignore[no-untyped-def]
        nonlocal asked
        asked += 1
        return original(*args)

    monkeypatch.setattr(averages, "_whole", counting)
    list(averages.averages(report))
    assert asked < 400, f"_whole asked {asked} times for 2 averages among 300+ claims"  # 1,688 before


def test_report_metrics_is_built_once_and_read_only(make_project) -> None:
    """Rules ask for it per table cell: one shared mapping, which no rule can change for the others."""
    import pytest

    project = make_project({"content/chapters/01.yaml": _CHAPTER.replace("blocks:", "metrics:\n  - {id: one.x, label: {zh: 甲, en: x}, value: \"1\", period: \"2016\"}\nblocks:")})
    report, _ = load_report(project)
    assert report.metrics is report.metrics and list(report.metrics) == ["one.x"]
    with pytest.raises(TypeError):
        report.metrics["one.y"] = report.metrics["one.x"]  # type: ignore[index]
