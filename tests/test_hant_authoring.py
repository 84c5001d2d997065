"""Hong Kong reports authored in Traditional Chinese (issue 19): `script: hant` in the manifest.

Each test starts from `csrpress init --script hant` (a Traditional project, as a Hong Kong writer
gets it) and adds what it needs: a chapter typed in Traditional, another edition, an override.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from csrpress import schema
from csrpress.checks import check_project
from csrpress.cli import main
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.render.html import render_html

# A chapter as a Hong Kong writer types it: Traditional characters and HK forms (用戶 with 戶, which
# OpenCC's s2hk would turn into 户), “” quotes, and a figure (15.2萬立方米) that contradicts the metric.
CHAPTER = """\
id: environment
kind: chapter
number: "02"
title: {zh: 環境保護, en: Environmental Protection}
metrics:
  - id: env.water.2025
    label: {zh: 2025年總耗水量, en: "Total water consumption, 2025"}
    value: "12.5"
    unit: 萬立方米
    period: "2025"
sections:
  - id: water
    number: "2.1"
    title: {zh: 用水管理, en: Water Management, zh-Hans: 用水管理（简体稿）}
    blocks:
      - text:
          zh: |
            本集團2025年總耗水量為{m:env.water.2025}，服務超過九億用戶。我們推行“綠色辦公室”計劃。

            2025年，本集團總耗水量為15.2萬立方米。
"""

# The only Simplified-only forms of the characters above: none may be printed by a Traditional edition.
SIMPLIFIED = re.compile("[环护团总为务过亿户们绿办计划报录参见页图标内适无际]")


@pytest.fixture()
def hk(tmp_path: Path) -> Path:
    root = tmp_path / "e-hk"
    assert main(["init", "--script", "hant", "--year", "2025", str(root)]) == 0
    (root / "content" / "chapters" / "02-environment.yaml").write_text(CHAPTER, encoding="utf-8")
    manifest = root / "content" / "report.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("  - chapters/01-overview.yaml\n", "  - chapters/01-overview.yaml\n  - chapters/02-environment.yaml\n"),
                        encoding="utf-8")
    return root


def _set_editions(root: Path, editions: str) -> None:
    manifest = root / "content" / "report.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("editions: [zh-Hant, en]", f"editions: {editions}"), encoding="utf-8")


def _html(root: Path, lang: str) -> str:
    project = Project(root)
    report, diags = load_report(project)
    assert report is not None, diags
    return render_html(report, project, lang).html


def _text(html: str) -> str:
    body = html[html.index("<body"):]
    return re.sub(r"<[^>]*>", "", body).replace("\u2060", "").replace("\u2005", "")  # typesetting joiners and spaces


# -- the setting --------------------------------------------------------------------------------


def test_script_hant_without_editions_builds_zh_hant_and_en() -> None:
    base = {"id": "x", "company": {"zh": "甲"}, "title": {"zh": "乙"}, "period": {"start": "2025-01-01", "end": "2025-12-31", "label": "2025"},
            "date": "2026-03-31", "chapters": ["a.yaml"]}
    assert schema.Manifest.model_validate({**base, "script": "hant"}).editions == ["zh-Hant", "en"]
    assert schema.Manifest.model_validate(base).editions == ["zh", "en"]
    assert schema.Manifest.model_validate({**base, "script": "hant", "editions": ["zh-Hant", "en", "zh"]}).editions == ["zh-Hant", "en", "zh"]


def test_init_script_hant_starts_a_traditional_project(tmp_path: Path) -> None:
    root = tmp_path / "hk"
    assert main(["init", "--script", "hant", "--year", "2025", str(root)]) == 0
    manifest = (root / "content" / "report.yaml").read_text(encoding="utf-8")
    assert "script: hant\neditions: [zh-Hant, en]\n" in manifest and "2025年環境、社會及管治報告" in manifest
    chapter = (root / "content" / "chapters" / "01-overview.yaml").read_text(encoding="utf-8")
    assert "關於本報告" in chapter and "本報告介紹公司" in chapter and "关于" not in chapter
    assert "reason: {zh: 待填寫, en: To be completed}" in (root / "content" / "chapters" / "90-esg-index.yaml").read_text(encoding="utf-8")
    assert '"script"' in (root / "schemas" / "report.json").read_text(encoding="utf-8")  # the editor knows the setting
    assert [d for d in check_project(Project(root)) if d.severity.value == "error"] == []


# -- print --------------------------------------------------------------------------------------


def test_the_traditional_edition_prints_the_writers_text_as_typed_with_hong_kong_quotes(hk: Path) -> None:
    html = _html(hk, "zh-Hant")
    text = _text(html)
    assert "服務超過九億用戶" in text  # 戶 as typed: no conversion touches the writer's characters
    assert "「綠色辦公室」" in text and "“" not in text  # quotes become Hong Kong's
    assert 'lang="zh-Hant"' in html


def test_the_traditional_edition_prints_no_simplified_interface_text(hk: Path) -> None:
    text = _text(_html(hk, "zh-Hant"))
    assert "目錄" in text and "指標內容" in text and "企業表現" in text and "待填寫" in text
    assert SIMPLIFIED.findall(text) == []


def test_the_esg_index_prints_the_catalogues_traditional_titles(hk: Path) -> None:
    text = _text(_html(hk, "zh-Hant"))
    assert "有關廢氣及溫室氣體排放" in text and "匯報原則" in text
    assert "有关废气" not in text


def test_ui_strings_are_traditional() -> None:
    from csrpress import i18n

    assert [i18n.ui("contents", "zh-Hant"), i18n.ui("see", "zh-Hant") + i18n.ui("page_n", "zh-Hant", n=12)] == ["目錄", "參見第12頁"]
    assert i18n.ui("contents", "zh") == "目录"


def test_a_simplified_edition_is_converted_from_the_traditional_with_overrides(hk: Path) -> None:
    _set_editions(hk, "[zh-Hant, en, zh]")
    (hk / "content" / "zh-Hans-overrides.yaml").write_text("綠色辦公室: 绿色办公空间\n", encoding="utf-8")
    text = _text(_html(hk, "zh"))
    assert "服务超过九亿用户" in text  # hk2s
    assert "“绿色办公空间”" in text  # the report's phrase override, and Mainland quotes
    assert "用水管理（简体稿）" in text  # the string's own zh-Hans override
    assert "目录" in text


def test_a_zh_hant_override_still_works_in_a_simplified_project(tmp_path: Path) -> None:
    root = tmp_path / "sc"
    assert main(["init", "--year", "2025", str(root)]) == 0
    chapter = root / "content" / "chapters" / "01-overview.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("title: {zh: 报告范围, en: Scope of This Report}",
                                                                   "title: {zh: 报告范围, en: Scope of This Report, zh-Hant: 匯報範圍}"), encoding="utf-8")
    _set_editions(root, "[zh, en, zh-Hant]")
    manifest = root / "content" / "report.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("editions: [zh, en]", "editions: [zh, en, zh-Hant]"), encoding="utf-8")
    assert "匯報範圍" in _text(_html(root, "zh-Hant"))


def test_the_english_edition_marks_untranslated_traditional_as_zh_hant(hk: Path) -> None:
    chapter = hk / "content" / "chapters" / "02-environment.yaml"
    html = _html(hk, "en")
    assert chapter.read_text(encoding="utf-8").count("en:") == 3  # the paragraph has no English
    assert re.search(r'class="untranslated" lang="zh-Hant"', html)


# -- messages -----------------------------------------------------------------------------------


def test_findings_quote_the_writers_traditional(hk: Path) -> None:
    found = [d for d in check_project(Project(hk)) if d.code == "N201"]
    assert found, "the wrong figure 15.2萬立方米 is caught in Traditional"
    assert "“15.2萬立方米”" in found[0].message and "万" not in found[0].message
    assert found[0].location is not None and found[0].location.line == 20


# -- translation --------------------------------------------------------------------------------


def test_a_traditional_project_exports_its_chinese_as_zh_hk_and_has_no_zh_hant_target(hk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = hk / "todo.xlf"
    assert main(["--root", str(hk), "translate", "export", "-o", str(out)]) == 0
    assert 'srcLang="zh-HK"' in out.read_text(encoding="utf-8") and "服務超過九億用戶" in out.read_text(encoding="utf-8")
    assert main(["--root", str(hk), "translate", "export", "--to", "zh-Hant", "-o", str(out)]) == 2
    assert "written in Traditional (script: hant)" in capsys.readouterr().err


# -- explanations and hints in Chinese ----------------------------------------------------------


def test_explain_in_the_projects_traditional_and_in_simplified_and_english(hk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(hk), "check", "--explain", "N201", "--lang", "zh"]) == 0
    hant = capsys.readouterr().out
    assert hant.startswith("N201 figure-conflict（預設：error）") and "為何重要" in hant and "正文中的數字與它所表述的指標不一致" in hant
    assert main(["check", "--explain", "T302", "--lang", "zh-Hans"]) == 0
    assert "译文写好后，中文原文又改了" in capsys.readouterr().out
    assert main(["check", "--explain", "N201"]) == 0
    assert "What it does" in capsys.readouterr().out


def test_check_lang_zh_puts_the_chinese_fix_in_each_hint(hk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(hk), "check", "--lang", "zh"]) == 1
    out = capsys.readouterr().out
    assert "hint: 改正錯誤的一處" in out and " — correct the wrong one" in out and "(csrpress check --explain N201)" in out


def test_a_zh_hant_key_in_a_traditional_project_is_t305_not_silently_lost(hk: Path) -> None:
    chapter = hk / "content" / "chapters" / "02-environment.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("title: {zh: 環境保護, en: Environmental Protection}",
                                                                   "title: {zh: 環境保護, en: Environmental Protection, zh-Hant: 環境保育}"), encoding="utf-8")
    found = [d for d in check_project(Project(hk)) if d.code == "T305"]
    assert len(found) == 1 and "never printed" in found[0].message and "zh-Hans:" in (found[0].hint or "")
    assert str(found[0].location).startswith("content/chapters/02-environment.yaml:4:")
    # its zh-Hans: key (the Simplified wording of the 2.1 title) is what a Traditional project uses: no finding
    assert "zh-Hans: 用水管理（简体稿）" in chapter.read_text(encoding="utf-8")


def test_a_zh_hans_key_in_a_simplified_project_is_t305(tmp_path: Path) -> None:
    root = tmp_path / "sc"
    assert main(["init", "--year", "2025", str(root)]) == 0
    chapter = root / "content" / "chapters" / "01-overview.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("title: {zh: 报告范围, en: Scope of This Report}",
                                                                   "title: {zh: 报告范围, en: Scope of This Report, zh-Hans: 报告的范围}"), encoding="utf-8")
    found = [d for d in check_project(Project(root)) if d.code == "T305"]
    assert len(found) == 1 and "read only in a report written in Traditional" in found[0].message


def test_a_new_chapter_of_a_traditional_project_starts_in_traditional(hk: Path) -> None:
    assert main(["--root", str(hk), "new", "chapter", "community", "--title-zh", "社區投資", "--title-en", "Community"]) == 0
    text = (hk / "content" / "chapters" / "03-community.yaml").read_text(encoding="utf-8")
    assert "zh: （在此撰寫本章內容。）" in text


def test_a_simplified_character_in_a_traditional_report_is_t306_at_its_column(hk: Path) -> None:
    chapter = hk / "content" / "chapters" / "02-environment.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("我們推行", "我们推行"), encoding="utf-8")
    found = [d for d in check_project(Project(hk)) if d.code == "T306"]
    assert len(found) == 1 and "Simplified characters (们)" in found[0].message and "(們)" in (found[0].hint or "")
    line = chapter.read_text(encoding="utf-8").splitlines()[17]
    assert found[0].location is not None and found[0].location.line == 18 and line[found[0].location.column - 1] == "们"


def test_hong_kong_forms_are_not_simplified(hk: Path) -> None:
    chapter = hk / "content" / "chapters" / "02-environment.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("服務超過九億用戶。", "服務超過九億用户，平台開放。"), encoding="utf-8")
    assert [d for d in check_project(Project(hk)) if d.code == "T306"] == []  # 户 and 台 as Hong Kong prints them


def test_hong_kong_place_names_keep_their_characters(hk: Path) -> None:
    chapter = hk / "content" / "chapters" / "02-environment.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("服務超過九億用戶。", "服務超過九億用戶，東涌新店開業。"), encoding="utf-8")
    assert [d for d in check_project(Project(hk)) if d.code == "T306"] == []  # 涌 (a creek) in 東涌, as Hong Kong writes it


def test_a_traditional_report_without_script_hant_is_told_once(hk: Path) -> None:
    root = hk  # written in Traditional, and the writer forgot `script: hant`
    (root / "content" / "chapters" / "02-environment.yaml").write_text(CHAPTER.replace(", zh-Hans: 用水管理（简体稿）", ""), encoding="utf-8")
    manifest = root / "content" / "report.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("script: hant\neditions: [zh-Hant, en]", "editions: [zh, en]"), encoding="utf-8")
    found = [d for d in check_project(Project(root)) if d.code == "T306"]
    assert len(found) == 1 and str(found[0].location) == "content/report.yaml:1:1"
    assert "strings are written in Traditional Chinese" in found[0].message and "script: hant" in (found[0].hint or "")


def test_a_few_traditional_strings_in_a_simplified_report_are_t306_each(tmp_path: Path) -> None:
    root = tmp_path / "sc"
    assert main(["init", "--year", "2025", str(root)]) == 0
    chapter = root / "content" / "chapters" / "01-overview.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("title: {zh: 报告范围,", "title: {zh: 報告範圍,"), encoding="utf-8")
    found = [d for d in check_project(Project(root)) if d.code == "T306"]
    assert len(found) == 1 and "Traditional characters (報範圍)" in found[0].message


def test_a_zh_hans_phrase_override_that_applies_nowhere_is_t302(hk: Path) -> None:
    _set_editions(hk, "[zh-Hant, en, zh]")
    (hk / "content" / "zh-Hans-overrides.yaml").write_text("綠色辦公室: 绿色办公空间\n環保辦公室: 环保办公室\n", encoding="utf-8")
    stale = [d for d in check_project(Project(hk)) if d.code == "T302"]
    assert len(stale) == 1 and "zh override of “環保辦公室” applies nowhere" in stale[0].message
    assert str(stale[0].location).startswith("content/zh-Hans-overrides.yaml:2:")


def test_only_simplified_only_characters_are_converted_in_the_traditional_edition(hk: Path) -> None:
    chapter = hk / "content" / "chapters" / "02-environment.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("我們推行", "我们推行").replace("服務超過九億用戶。", "服務超過九億用户，平台開放。"),
                       encoding="utf-8")
    text = _text(_html(hk, "zh-Hant"))
    assert "我們推行" in text  # 们 slipped in (T306): printed as 們
    assert "九億用户，平台開放" in text  # Hong Kong forms as typed (s2hk would keep them too; s2t would not)
