"""design.fonts per script (issue 15): `serif`/`sans` name the Simplified family (zh, and CJK in en),
`serif_hant`/`sans_hant` the Traditional one (zh-Hant, default: Noto CJK TC as before)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from conftest import MINIMAL_MANIFEST, ONE_CHAPTER

from csrpress.build import BuildOptions, build
from csrpress.checks import run_checks
from csrpress.fontcheck import installed_families
from csrpress.load import load_report

pytestmark = pytest.mark.pdf

EDITIONS = MINIMAL_MANIFEST.replace("editions: [zh, en]", "editions: [zh, zh-Hant]")


def _fonts(pdf) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            names.add(str(font.get_object().get("/BaseFont", "")).split("+")[-1])
    return names


def _build(make_project, fonts: str) -> dict[str, set[str]]:
    families = installed_families() or frozenset()
    if not {"noto serif cjk hk", "noto sans cjk hk", "noto serif cjk jp"} <= families:
        pytest.skip("Noto CJK HK/JP not installed (fonts-noto-cjk)")
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, EDITIONS + fonts)
    result = build(project, BuildOptions(jobs=1))
    assert len(result.outputs) == 2, [str(d) for d in result.diagnostics]
    # base font names as WeasyPrint writes them: Noto-Serif-CJK-TC, Noto-Sans-CJK-HK-Bold, ...
    return {p.name.split(".")[-2]: {name.replace("-", "") for name in _fonts(p)} for p in result.outputs}


def test_default_zh_hant_prints_the_tc_faces(make_project):
    fonts = _build(make_project, "")
    assert any("CJKTC" in f for f in fonts["zh-Hant"]) and not any("CJKSC" in f for f in fonts["zh-Hant"]), fonts
    assert any("CJKSC" in f for f in fonts["zh"]) and not any("CJKTC" in f for f in fonts["zh"]), fonts


def test_a_traditional_family_of_its_own(make_project):
    fonts = _build(make_project, "design:\n  fonts: {serif: Noto Serif CJK JP, serif_hant: Noto Serif CJK HK, sans_hant: Noto Sans CJK HK}\n")
    hant, hans = fonts["zh-Hant"], fonts["zh"]
    assert "NotoSerifCJKHK" in hant and any(f.startswith("NotoSansCJKHK") for f in hant), hant
    assert not any("CJKJP" in f or "CJKTC" in f or "CJKSC" in f for f in hant), hant   # the running heads too
    assert "NotoSerifCJKJP" in hans and not any("CJKHK" in f for f in hans), hans


def test_serif_alone_leaves_zh_hant_on_tc(make_project):
    fonts = _build(make_project, "design:\n  fonts: {serif: Noto Serif CJK JP}\n")
    assert "NotoSerifCJKTC" in fonts["zh-Hant"] and not any("CJKJP" in f for f in fonts["zh-Hant"]), fonts["zh-Hant"]


def test_a_traditional_family_not_installed_is_s111_at_its_line(make_project):
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, EDITIONS + "design:\n  fonts:\n    serif_hant: No Such Ming\n")
    report, diags = load_report(project)
    assert report is not None, [str(d) for d in diags]
    if installed_families() is None:
        pytest.skip("fontconfig not available")
    found = [d for d in run_checks(report) if d.code == "S111"]
    assert [(d.location.path, d.location.line) for d in found] == [("content/report.yaml", 10)], found
    assert "design.fonts.serif_hant" in found[0].message


def test_charts_take_the_editions_family():
    from csrpress import schema
    from csrpress.render.charts import chart_font

    fonts = schema.Fonts(sans="Noto Sans CJK JP", sans_hant="Noto Sans CJK HK", latin_sans="DejaVu Sans")
    assert chart_font(fonts, "zh") == "Noto Sans CJK JP, sans-serif"
    assert chart_font(fonts, "zh-Hant") == "Noto Sans CJK HK, sans-serif"
    assert chart_font(fonts, "en") == "DejaVu Sans, Noto Sans CJK JP, sans-serif"
    assert chart_font(schema.Fonts(), "zh-Hant") == "Noto Sans CJK TC, sans-serif"   # the defaults as before
    assert chart_font(schema.Fonts(), "en") == "Noto Sans, Noto Sans CJK SC, sans-serif"
