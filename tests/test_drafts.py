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
    assert re.search(r'class="finding-note sev-error">\s*N201 正文中的数字与它所表述的指标不一致 — figure disagrees', html)
    assert "\ue000" not in html and "\ue002" not in html
    assert '<mark' not in render_html(report, project, "zh").html


def test_release_build_refuses_and_draft_build_marks(tmp_path):
    project = _copy(tmp_path)
    refused = build(project, BuildOptions(editions=("zh",), release=True))
    assert refused.refused and refused.outputs == ()
    draft = build(project, BuildOptions(editions=("zh",)))
    assert draft.outputs
    assert 'data-code="N201"' in (tmp_path / "build" / "case.zh.html").read_text(encoding="utf-8")


N209 = Path(__file__).parent / "checks" / "cases" / "n209-english-scale"


def _placeholders(tmp_path: Path) -> Project:
    """A report with no error finding but placeholders: a photo without src, a QR without url, 待填写 and TODO."""
    content = tmp_path / "content"
    (content / "chapters").mkdir(parents=True)
    (content / "report.yaml").write_text((CASE / "content" / "report.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (content / "chapters" / "01.yaml").write_text(
        "id: one\nnumber: \"01\"\ntitle: {zh: 概况, en: Overview}\nblocks:\n"
        "  - text: {zh: 我们的工作。, en: Our work.}\n"
        "  - figure: {caption: {zh: 工厂, en: The plant}}\n"                      # line 6
        "  - qr: {caption: {zh: 扫码关注, en: Scan to follow}}\n"                 # line 7
        "  - text: {zh: 本节待填写。, en: \"TODO: the English text.\"}\n",        # line 8
        encoding="utf-8")
    shutil.copytree(Path(__file__).parents[1] / "templates", tmp_path / "templates")
    return Project(tmp_path)


def test_release_refuses_placeholders_at_their_lines_and_writes_nothing(tmp_path):
    project = _placeholders(tmp_path)
    assert not [d for d in check(project) if d.severity.value == "error"]   # no finding of check: the gate alone refuses
    pdf = tmp_path / "build" / "case.zh.pdf"
    pdf.parent.mkdir(exist_ok=True)
    pdf.write_bytes(b"%PDF last good")
    refused = build(project, BuildOptions(editions=("zh",), release=True))
    assert refused.refused and refused.outputs == ()
    places = sorted((str(d.location), d.message.split(":")[0]) for d in refused.diagnostics if d.code == "R520")
    assert [p for p, _ in places] == ["content/chapters/01.yaml:6:13", "content/chapters/01.yaml:7:9",
                                      "content/chapters/01.yaml:8:18", "content/chapters/01.yaml:8:29"]
    assert pdf.read_bytes() == b"%PDF last good"          # the last good PDF untouched
    assert not (tmp_path / "build" / "case.zh.html").exists()


def test_release_cli_prints_each_placeholder_and_allow_placeholders_builds_a_proof(tmp_path, capsys):
    from csrpress.cli import main

    project = _placeholders(tmp_path)
    assert main(["--root", str(tmp_path), "build", "--edition", "zh", "--release", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("error[R520]") == 4 and "content/chapters/01.yaml:7:9" in err and "--allow-placeholders" in err
    proof = build(project, BuildOptions(editions=("zh",), release=True, allow_placeholders=True))
    assert proof.outputs and not proof.refused
    html = (tmp_path / "build" / "case.zh.html").read_text(encoding="utf-8")
    assert "DRAFT" not in html and "<mark" not in html       # a release proof: no draft mark


def test_every_edition_carries_the_marks_and_a_draft_its_date(tmp_path):
    shutil.copytree(N209 / "content", tmp_path / "content")
    shutil.copytree(Path(__file__).parents[1] / "templates", tmp_path / "templates")
    project = Project(tmp_path)
    draft = build(project, BuildOptions(editions=("zh", "en"), jobs=1))
    assert draft.outputs
    en = (tmp_path / "build" / "case.en.html").read_text(encoding="utf-8")
    zh = (tmp_path / "build" / "case.zh.html").read_text(encoding="utf-8")
    # N209 is found on the Chinese figure; the English edition marks the figure that translates it
    assert re.search(r'<mark class="finding sev-error" data-code="N209">RMB 12.76 billion</mark><span class="finding-note', en)
    assert re.search(r'data-code="N209">12.76亿元</mark>', zh)
    import datetime
    assert f'content: "DRAFT {datetime.date.today().isoformat()}"' in en
    assert "草稿 DRAFT" in zh


def test_marks_follow_the_anchor_language():
    from csrpress.render import drafts

    # a finding on the English figure marks it exactly in English, and its counterpart in Chinese
    source = {"zh": "研发投入12.76亿元。", "en": "R&D was RMB 12.76 billion."}
    anchored = [("en", 11, 25, 0)]
    assert drafts.spans_for(anchored, "en", source["en"], source) == [(11, 25, 0)]
    (start, end, _), = drafts.spans_for(anchored, "zh", source["zh"], source)
    assert source["zh"][start:end] == "12.76亿元"
    # no figure to mark in the other language: the note stands at the string's end
    assert drafts.spans_for(anchored, "zh", "没有数字。", source) == [(5, 5, 0)]


def test_release_build_has_no_draft_mark(tmp_path):
    shutil.copytree(N209 / "content", tmp_path / "content")
    shutil.copytree(Path(__file__).parents[1] / "templates", tmp_path / "templates")
    project = Project(tmp_path)
    report, _ = load_report(project)
    assert "DRAFT" not in render_html(report, project, "en").html
    assert "DRAFT 2017-01-02" in render_html(report, project, "en", draft="2017-01-02").html


def test_a_traditional_override_is_marked_on_its_own_figure():
    from csrpress.render import drafts

    source = {"zh": "研发投入12.76亿元。", "en": "", "zh-Hant": "研發投入達12.76億元。"}
    (start, end, _), = drafts.spans_for([("zh", 4, 11, 0)], "zh-Hant", source["zh-Hant"], source)
    assert source["zh-Hant"][start:end] == "12.76億元"
