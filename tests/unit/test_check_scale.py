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


def test_a_first_check_reads_every_string_before_the_split_half_in_a_reader_child(tmp_path, monkeypatch) -> None:
    """parallel.read_first: with nothing cached, the strings' figures are read before the rule child is forked,
    half here and half in a reader child whose readings come back; the rules then find what one process finds."""
    from csrpress import numbers
    from csrpress.checks import parallel, run_checks

    report, diags = load_report(_sample_project(tmp_path))
    assert report is not None, diags
    monkeypatch.setattr(numbers, "MEMO", numbers._Memo())
    expected = run_checks(report, split=False)

    monkeypatch.setattr(numbers, "MEMO", numbers._Memo())
    monkeypatch.setattr(parallel, "READ_FIRST_FROM", 1)   # the sample is far below a split's size
    scanned: list[str] = []
    scan = numbers._scan
    monkeypatch.setattr(numbers, "_scan", lambda text: scanned.append(text) or scan(text))
    strings = list(parallel._strings(report))
    parallel.read_first(report)
    assert all(text in numbers.MEMO.used for text in strings)          # every string read before the fork ...
    assert 0 < len(set(scanned)) <= (len(strings) + 1) // 2             # ... this process reading half of them
    assert numbers.MEMO.computed >= len(strings)                        # so the figure cache is written
    assert run_checks(report, split=True) == expected


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


_REPEATED = """\
id: {id}
number: "0{n}"
title: {{zh: 第{n}章, en: Chapter {n}}}
blocks:
  - text: {{zh: "2016年回收废钢1,000吨（约10万千克）。", en: "In 2016 we recycled 1,000 tonnes of scrap (about 1 million kilograms)."}}
  - text: {{zh: "2016年员工人数677万人。", en: "We had 6.77 billion employees in 2016."}}
  - text: {{zh: "2016年5月18日，首架客机完成交付。", en: "The first aircraft was delivered on 18 May 2016."}}
  - text: {{zh: "首架客机交付仪式（2016年5月28日）。", en: "The first aircraft's delivery ceremony (28 May 2016)."}}
  - text: {{zh: "2015年员工捐款共计10万元；2016年员工捐款共计30万元，是2015年的2倍。", en: "Staff donations totalled RMB 300,000 in 2016."}}
"""


def test_a_string_written_again_is_read_once_and_found_at_each_place(make_project, monkeypatch) -> None:
    """The readings of a string (claims, keyword facts, events) are memoised per text within a run, and the rules
    that skip a text which gave nothing read again a text which gave something: two chapters with the same
    strings give each finding at both places, and the claims are read from each distinct string once."""
    import importlib

    from csrpress.checks import run_checks

    extract = importlib.import_module("csrpress.claims.extract")  # the package exports a function of that name

    manifest = MINIMAL_MANIFEST.replace("chapters: [chapters/01.yaml]", "chapters: [chapters/01.yaml, chapters/02.yaml]")
    project = make_project({f"content/chapters/0{n}.yaml": _REPEATED.format(id=f"c{n}", n=n) for n in (1, 2)}, manifest=manifest)
    report, diags = load_report(project)
    assert report is not None, diags
    read = []
    original = extract.text_claims
    monkeypatch.setattr(extract, "text_claims", lambda report, scalar, *rest: read.append(scalar) or original(report, scalar, *rest))
    found = run_checks(report, split=False)
    assert len(read) == len(set(read)), "a string's claims read twice"
    by_chapter = {n: sorted((d.code, d.message.replace("c2", "c1"), d.location.line, d.location.column) for d in found
                            if d.location.path.endswith(f"0{n}.yaml")) for n in (1, 2)}
    codes = {code for code, *_ in by_chapter[1]}
    assert {"N205", "N209", "N215", "N224"} <= codes, by_chapter[1]
    assert by_chapter[2] == by_chapter[1]
