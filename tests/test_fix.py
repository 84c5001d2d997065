"""`csrpress check --fix`: typed figures equal to their metric become references; nothing printed changes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from csrpress import fix
from csrpress.checks import check_project
from csrpress.cli import main
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.render import render_html

REPO = Path(__file__).resolve().parents[1]


def _copy(tmp_path: Path) -> Project:
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    return Project(tmp_path)


def _visible(project: Project, lang: str) -> str:
    report, _ = load_report(project)
    html = render_html(report, project, lang).html
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", html[html.index("<body") :]))


def _files(project: Project) -> dict[str, bytes]:
    return {p.relative_to(project.root).as_posix(): p.read_bytes() for p in sorted(project.content.rglob("*.yaml"))}


def test_diff_changes_nothing_and_fix_keeps_every_printed_character(tmp_path, capsys):
    project = _copy(tmp_path)
    before_files = _files(project)
    before_zh, before_en = _visible(project, "zh"), _visible(project, "en")
    before_codes = sorted(d.code for d in check_project(project))

    assert main(["--root", str(project.root), "check", "--diff"]) == 0
    out = capsys.readouterr()
    assert "+" in out.out and "{m:" in out.out and "safe fix(es) available" in out.err
    assert _files(project) == before_files

    edits = fix.plan(project)
    assert len(edits) >= 10
    fix.apply(project, edits, write=True)
    after_files = _files(project)
    for rel, data in before_files.items():
        changed = [e for e in edits if e.path == rel]
        if not changed:
            assert after_files[rel] == data, rel  # untouched files byte for byte
            continue
        old_lines, new_lines = data.decode().splitlines(keepends=True), after_files[rel].decode().splitlines(keepends=True)
        assert len(old_lines) == len(new_lines)
        differing = {i + 1 for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b}
        assert differing == {e.line for e in changed}  # only the lines holding a fixed figure
    assert _visible(project, "zh") == before_zh  # the zh edition prints exactly what it printed
    assert _visible(project, "en") == before_en
    assert sorted(d.code for d in check_project(project)) == before_codes
    assert fix.plan(project) == []  # nothing left to fix


def test_a_figure_that_differs_is_never_fixed(tmp_path):
    project = _copy(tmp_path)
    edits = fix.plan(project)
    assert not any(e.old.startswith(("677万", "3643")) for e in edits)


def test_units_written_another_way_get_the_registry_form(make_project):
    chapter = """\
id: one
number: "01"
title: {zh: 第一章, en: One}
metrics:
  - id: one.power   # a comment that must survive
    label: {zh: 用电量, en: Electricity}
    value: "133.3万"
    unit: kWh
    period: "2016"
  - {id: one.waste, label: {zh: 废弃物, en: Waste}, value: "98", unit: "tonnes", period: "2016"}
  - {id: one.people, label: {zh: 员工, en: Staff}, value: "38,775", unit: 人, period: "2016"}
"""
    project = make_project({"content/chapters/01.yaml": chapter})
    edits = fix.plan(project)
    assert [(e.old, e.new) for e in edits] == [("kWh", "千瓦时"), ('"tonnes"', "吨")]
    fix.apply(project, edits, write=True)
    after = (project.content / "chapters" / "01.yaml").read_text(encoding="utf-8")
    assert after == chapter.replace("unit: kWh", "unit: 千瓦时").replace('unit: "tonnes"', "unit: 吨")
    assert check_project(project) == ()
