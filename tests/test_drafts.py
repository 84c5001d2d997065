"""Draft marks: a figure with a finding is highlighted in the HTML (and PDF) with its code; a release build has none."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from csrpress.build import BuildOptions, build, check
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.render import render_html

CASE = Path(__file__).parent / "checks" / "cases" / "n201-figure-conflict"


def _copy(tmp_path: Path) -> Project:
    shutil.copytree(CASE / "content", tmp_path / "content")
    shutil.copytree(Path(__file__).parents[1] / "templates", tmp_path / "templates")
    return Project(tmp_path)


def test_draft_html_marks_exactly_the_figure_with_its_code(tmp_path):
    project = _copy(tmp_path)
    report, _ = load_report(project)
    findings = check(project)
    html = render_html(report, project, "zh", findings).html
    assert html.count('<mark class="finding') == 1
    assert re.search(r"<mark class=\"finding sev-error\" data-code=\"N201\">\s*677\s*万人次</mark>", html)
    assert re.search(r'class="finding-note sev-error">\s*N201 figure disagrees', html)
    assert "\ue000" not in html and "\ue002" not in html
    assert '<mark' not in render_html(report, project, "zh").html


def test_release_build_refuses_and_draft_build_marks(tmp_path):
    project = _copy(tmp_path)
    refused = build(project, BuildOptions(editions=("zh",), release=True))
    assert refused.refused and refused.outputs == ()
    draft = build(project, BuildOptions(editions=("zh",)))
    assert draft.outputs
    assert 'data-code="N201"' in (tmp_path / "build" / "case.zh.html").read_text(encoding="utf-8")
