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


def _sample_project(tmp_path):
    import shutil

    from csrpress.project import Project
    from conftest import REPO

    for name in ("content", "templates"):
        shutil.copytree(REPO / name, tmp_path / name)
    return Project(tmp_path)


def test_rules_split_over_two_processes_find_what_one_process_finds_and_cache_the_same_strings(tmp_path) -> None:
    """checks/parallel.py: `csrpress check` on the sample with the claim-free rules in a forked child
    (CSRPRESS_JOBS=2) prints what one process prints, and its figure cache holds the same strings (the
    child's readings come back), so the next run reads nothing anew. Each run is its own process, as a
    writer's is (a process's memos would otherwise carry over from one run to the next)."""
    import json
    import os
    import subprocess
    import sys

    from conftest import REPO

    runs = []
    for jobs in ("1", "2"):
        project = _sample_project(tmp_path / jobs)
        env = dict(os.environ, CSRPRESS_JOBS=jobs, PYTHONPATH=str(REPO / "tooling"))
        out = subprocess.run([sys.executable, "-m", "csrpress", "check", "--format", "json"], cwd=project.root, env=env,
                             capture_output=True, text=True, timeout=300)
        assert out.stdout.strip(), out.stderr
        body = (project.root / "build" / ".cache" / "figures.json").read_bytes().partition(b"\n")[2]
        cache = json.loads(body)
        runs.append((out.stdout, out.returncode, {k: sorted(cache[k]) for k in ("figures", "parsed", "segments", "factors")}))
    assert json.loads(runs[0][0]), "the sample has findings to compare"
    assert runs[1] == runs[0]


def test_a_rule_failing_in_the_child_fails_as_it_would_in_one_process(tmp_path, monkeypatch) -> None:
    """The child reports its failure; the parent runs the child's rules itself, so the error is raised here."""
    import pytest

    from csrpress import checks
    from csrpress.checks import writing

    def broken(report):  # type: ignore[no-untyped-def]
        raise RuntimeError("rule failed")

    assert writing.raw_markdown in checks.CHILD_RULES
    monkeypatch.setattr(checks, "CHECKS", tuple(broken if c is writing.raw_markdown else c for c in checks.CHECKS))
    monkeypatch.setattr(checks, "CHILD_RULES", checks.CHILD_RULES | {broken})
    report, diags = load_report(_sample_project(tmp_path))
    assert report is not None, diags
    with pytest.raises(RuntimeError, match="rule failed"):
        checks.run_checks(report, split=True)


def test_the_child_rules_read_no_claims(tmp_path, monkeypatch) -> None:
    """The split pays only if the child never extracts the claims (the parent's half): a rule that starts
    reading them belongs out of CHILD_RULES."""
    import csrpress.claims as claims_package
    from csrpress import checks

    def no_claims(report):  # type: ignore[no-untyped-def]
        raise AssertionError("a rule of CHILD_RULES read the claims")

    report, diags = load_report(_sample_project(tmp_path))
    assert report is not None, diags
    monkeypatch.setattr(claims_package, "extract", no_claims)
    claims_package._CACHE.clear()
    for check in checks.CHECKS:
        if check in checks.CHILD_RULES:
            list(check(report))
