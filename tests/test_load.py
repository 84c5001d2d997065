"""Loader and first checks: every problem is a diagnostic with file, line and column, never a traceback."""

from __future__ import annotations

from csrpress.build import check
from csrpress.load import load_report

from conftest import ONE_CHAPTER as CHAPTER


def codes(diags):
    return sorted(d.code for d in diags)


def test_valid_project_loads_with_metrics_and_sections(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    report, diags = load_report(project)
    assert diags == ()
    assert report is not None
    assert [c.id for c in report.chapters] == ["one"]
    assert [s.id for _, s in report.sections()] == ["intro"]
    assert report.metrics["one.donors"].metric.value == "677万"
    assert check(project) == ()


def test_unknown_key_is_reported_at_the_key(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("    number: \"1.1\"", "    numbr: \"1.1\"")})
    (diag,) = check(project)
    assert diag.code == "L003"
    assert str(diag.location) == "content/chapters/01.yaml:8:5"
    assert "numbr" in diag.message


def test_missing_required_key_points_at_the_mapping(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("title: {zh: 第一章, en: Chapter One}\n", "")})
    (diag,) = check(project)
    assert diag.code == "L002" and "`title`" in diag.message
    assert diag.location is not None and diag.location.line == 1


def test_wrong_type_for_bilingual_text(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("title: {zh: 引言, en: Introduction}", "title: 引言")})
    (diag,) = check(project)
    assert diag.code == "L002"
    assert str(diag.location) == "content/chapters/01.yaml:9:12"
    assert "{zh: ..., en: ...}" in (diag.hint or "")


def test_unknown_block_type(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("      - text:", "      - txet:")})
    (diag,) = check(project)
    assert diag.code == "L002" and "txet" in diag.message and diag.location.line == 11


def test_unknown_metric_is_located_inside_the_paragraph(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("zh: 共有{m:one.donors}", "zh: 共有{m:one.donor}")})
    (diag,) = check(project)
    assert diag.code == "S101" and "one.donor" in diag.message
    assert str(diag.location) == "content/chapters/01.yaml:12:17"


def test_missing_translation_is_a_warning(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("title: {zh: 引言, en: Introduction}", "title: {zh: 引言}")})
    (diag,) = check(project)
    assert diag.code == "T301" and diag.severity.value == "warning"
    assert str(diag.location) == "content/chapters/01.yaml:9:12"


def test_missing_chapter_file_names_the_manifest_line(make_project):
    project = make_project({})
    (diag,) = check(project)
    assert diag.code == "L004"
    assert str(diag.location) == "content/report.yaml:7:12"


def test_broken_yaml_and_bad_file_are_all_reported_together(make_project, tmp_path):
    manifest = (
        "id: demo\ncompany: {zh: 甲, en: A}\ntitle: {zh: 乙, en: B}\n"
        'period: {start: "2016-01-01", end: "2016-12-31", label: "2016"}\ndate: "2017-01-01"\n'
        "chapters: [chapters/01.yaml, chapters/02.yaml, chapters/01.yaml]\n"
    )
    project = make_project({"content/chapters/01.yaml": "id: one\ntitle: {zh: 甲\n"}, manifest=manifest)
    (project.content / "chapters" / "02.yaml").write_bytes(b"\xff\xfe\x00binary")
    assert codes(check(project)) == ["L001", "L005", "L007"]


def test_severity_can_be_changed_in_the_manifest(make_project):
    from conftest import MINIMAL_MANIFEST

    chapter = CHAPTER.replace("title: {zh: 引言, en: Introduction}", "title: {zh: 引言}")
    project = make_project({"content/chapters/01.yaml": chapter}, manifest=MINIMAL_MANIFEST + "checks: {T301: error}\n")
    (diag,) = check(project)
    assert diag.severity.value == "error"
    project2 = make_project({"content/chapters/01.yaml": chapter}, manifest=MINIMAL_MANIFEST + "checks: {T301: \"off\"}\n")
    assert check(project2) == ()
