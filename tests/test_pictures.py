"""Pictures named by the content (figure src, cover.image, cover.logo) resolved inside the project, with a finding
at file:line when missing (R505) or outside (R506); design settings validated; issue 15 part A. No PDF is built."""

from __future__ import annotations

import os
import re

import pytest
from PIL import Image

from conftest import MINIMAL_MANIFEST, ONE_CHAPTER

from csrpress import gate, pictures
from csrpress.build import check
from csrpress.load import load_report
from csrpress.render.design import PAGE_SIZES, design, pattern_svg
from csrpress.render.html import render_html

FIGURE = """\
      - figure:
          src: SRC
          caption: {zh: 图, en: Picture}
"""


def _project(make_project, src: str, manifest: str = MINIMAL_MANIFEST):
    return make_project({"content/chapters/01.yaml": ONE_CHAPTER + FIGURE.replace("SRC", src)}, manifest=manifest)


def _picture(path, size=(1200, 800)) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (30, 90, 160)).save(path)


def _codes(project) -> list[tuple[str, str]]:
    return [(d.code, str(d.location)) for d in check(project) if d.code in ("R505", "R506")]


def test_a_picture_under_content_or_the_projects_images_folder_is_found(make_project):
    project = _project(make_project, "images/a.jpg")
    _picture(project.content / "images" / "a.jpg")
    assert _codes(project) == []
    assert pictures.resolve(project.root, "images/a.jpg").path == (project.content / "images" / "a.jpg").resolve()
    (project.content / "images" / "a.jpg").unlink()
    _picture(project.root / "images" / "a.jpg")  # the project's own images/ beside content/
    assert _codes(project) == []
    assert pictures.resolve(project.root, "images/a.jpg").path == (project.root / "images" / "a.jpg").resolve()


def test_a_missing_picture_is_r505_at_the_line_of_its_src(make_project):
    project = _project(make_project, "images/none.jpg")
    (found,) = [d for d in check(project) if d.code == "R505"]
    assert str(found.location) == "content/chapters/01.yaml:15:16"
    assert "content/images/none.jpg or images/none.jpg" in found.message and found.hint


def test_a_file_that_is_not_a_picture_is_r505(make_project):
    project = _project(make_project, "images/notes.jpg")
    (project.content / "images").mkdir()
    (project.content / "images" / "notes.jpg").write_text("not a picture", encoding="utf-8")
    (found,) = [d for d in check(project) if d.code == "R505"]
    assert "not a picture the renderer can read" in found.message


@pytest.mark.parametrize("src", ["../secret.jpg", "images/../../secret.jpg", "/etc/hostname", "https://example.com/a.jpg",
                                 "file:///etc/hostname", "C:/pictures/a.jpg", "images\\a.jpg"])
def test_a_picture_outside_the_project_is_refused_r506(make_project, src):
    project = _project(make_project, f"'{src}'")  # single-quoted YAML: no escapes
    assert _codes(project) == [("R506", "content/chapters/01.yaml:15:16")]


def test_a_symlink_leaving_the_project_is_refused(make_project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "a.jpg"
    _picture(outside)
    project = _project(make_project, "images/a.jpg")
    (project.content / "images").mkdir()
    os.symlink(outside, project.content / "images" / "a.jpg")
    (found,) = [d for d in check(project) if d.code == "R506"]
    assert "symlink that leaves the project" in found.message


def test_cover_image_and_logo_are_checked_in_the_manifest(make_project):
    manifest = MINIMAL_MANIFEST + "cover: {image: images/hero.jpg, logo: images/logo.png}\n"
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=manifest)
    assert _codes(project) == [("R505", "content/report.yaml:8:16"), ("R505", "content/report.yaml:8:39")]


def test_a_figure_with_a_picture_prints_it_and_one_without_stays_a_placeholder(make_project):
    project = _project(make_project, "images/a.jpg")
    _picture(project.content / "images" / "a.jpg")
    report, _ = load_report(project)
    html = render_html(report, project, "en").html
    assert '<img src="../content/images/a.jpg" alt="Picture">' in html
    assert "image-placeholder" not in html.split('class="cover"')[0] + html.split("</nav>")[1]
    (project.content / "images" / "a.jpg").unlink()
    html = render_html(report, project, "en").html
    assert "image-placeholder" in html and "../content/images/a.jpg" not in html


def test_release_refuses_a_figure_whose_picture_is_missing(make_project):
    project = _project(make_project, "images/none.jpg")
    report, _ = load_report(project)
    assert [(d.code, str(d.location)) for d in gate.placeholders(report)] == [("R520", "content/chapters/01.yaml:15:16")]
    _picture(project.content / "images" / "none.jpg")
    assert list(gate.placeholders(report)) == []


def test_a_back_cover_qr_without_url_is_a_release_placeholder(make_project):
    manifest = MINIMAL_MANIFEST + "back_cover: {qr: {caption: {zh: 扫码, en: Scan}}}\n"
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=manifest)
    report, _ = load_report(project)
    assert [(d.code, "back cover" in d.message) for d in gate.placeholders(report)] == [("R520", True)]


@pytest.mark.parametrize(("pixels", "box", "fit", "dpi"), [
    ((3000, 2000), (960, 640), "fill", 300),      # 10 x 6.67 in at 3000 px: exactly 300 dpi
    ((1500, 1000), (960, 640), "fill", 150),
    ((3000, 1000), (960, 640), "fill", 150),      # stretched: the worse axis decides
    ((3000, 1000), (960, 640), "cover", 150),     # cover scales to the taller need
    ((3000, 1000), (960, 640), "contain", 300),   # contain scales to the wider one
])
def test_printed_dpi(pixels, box, fit, dpi):
    assert pictures.printed_dpi(pixels, box, fit) == pytest.approx(dpi)


# ---- design settings in report.yaml ----

def test_page_size_colours_and_fonts_reach_the_stylesheet(make_project):
    manifest = MINIMAL_MANIFEST + ('design: {page: 16k, colors: {primary: "#2e7d32"}, '
                                   'fonts: {serif: Noto Serif CJK SC, latin_sans: DejaVu Sans}}\n')
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=manifest)
    report, diags = load_report(project)
    assert report is not None, diags
    css = str(design(report.manifest).css)
    assert "@page { size: 185.0mm 260.0mm; margin: 19.3mm 14.1mm 17.5mm 19.4mm; }" in css and "--accent: #2e7d32;" in css   # A4's margins scaled
    assert 'html:root:not(:lang(zh-Hant)) { --cjk-serif: "Noto Serif CJK SC"; }' in css and '--latin-sans: "DejaVu Sans";' in css
    assert PAGE_SIZES["letter"] == (215.9, 279.4)
    assert css in render_html(report, project, "zh").html


@pytest.mark.parametrize("value", ['fonts: {serif: "X; } body { display: none"}', 'colors: {primary: "red; x: y"}', "page: A5"])
def test_a_design_value_that_could_inject_css_is_a_load_error(make_project, value):
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=MINIMAL_MANIFEST + f"design: {{{value}}}\n")
    report, diags = load_report(project)
    assert report is None and [d.code for d in diags] == ["L002"]
    assert str(diags[0].location).startswith("content/report.yaml:8:")


def test_the_generated_cover_pattern_is_the_same_for_one_report_and_follows_the_colour():
    one = pattern_svg("#1b6ec2", "report-a")
    assert one == pattern_svg("#1b6ec2", "report-a")
    assert one != pattern_svg("#1b6ec2", "report-b")
    assert pattern_svg("#2e7d32", "report-a") != one
    assert 'preserveAspectRatio="xMidYMid slice"' in one and len(one) < 40_000


# ---- fonts named in report.yaml (S111) ----

@pytest.fixture
def fonts_project(make_project):
    manifest = MINIMAL_MANIFEST + "design:\n  fonts: {sans: Noto Sans CJK SC, latin_serif: No Such Face Pro}\n"
    return make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=manifest)


def test_a_configured_font_that_is_not_installed_is_s111_at_its_line(fonts_project):
    from csrpress import fontcheck

    if fontcheck.installed_families() is None:
        pytest.skip("fontconfig (fc-list) not installed")
    found = [(d.code, str(d.location), d.message) for d in check(fonts_project) if d.code == "S111"]
    assert [(code, where) for code, where, _ in found] == [("S111", "content/report.yaml:9:48")]
    assert "No Such Face Pro" in found[0][2]   # the installed Noto Sans CJK SC is not reported


def test_doctor_names_the_configured_font_that_is_missing(fonts_project):
    from csrpress import doctor, fontcheck

    if fontcheck.installed_families() is None:
        pytest.skip("fontconfig (fc-list) not installed")
    result = doctor.check_configured_fonts(fonts_project)
    assert not result.ok and "No Such Face Pro" in result.detail and "Noto Sans CJK SC" not in result.detail and result.fix


def test_the_images_folder_is_served_only_while_it_stays_inside_the_project(tmp_path, tmp_path_factory):
    (tmp_path / "images").mkdir()
    assert pictures.fetch_roots(tmp_path) == (tmp_path / "images",)
    (tmp_path / "images").rmdir()
    assert pictures.fetch_roots(tmp_path) == ()
    os.symlink(tmp_path_factory.mktemp("elsewhere"), tmp_path / "images")   # images -> a folder outside
    assert pictures.fetch_roots(tmp_path) == ()


def test_the_preview_serves_a_picture_of_images_but_not_through_a_symlink_out(make_project, tmp_path_factory):
    import urllib.error
    import urllib.request

    from csrpress.serve import PreviewServer

    project = _project(make_project, "images/a.jpg")
    _picture(project.root / "images" / "a.jpg")
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "secret.txt").write_text("no", encoding="utf-8")
    os.symlink(outside / "secret.txt", project.root / "images" / "secret.txt")
    server = PreviewServer(project, "zh", port=0)
    server.start()
    try:
        base = server.url.split("/build/")[0]
        with urllib.request.urlopen(base + "/images/a.jpg") as resp:
            assert resp.status == 200 and resp.read(3) == b"\xff\xd8\xff"   # a JPEG
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(base + "/images/secret.txt")
        assert err.value.code == 404
        err.value.close()
    finally:
        server.stop()


def test_check_asks_fontconfig_only_when_a_font_is_configured(make_project, monkeypatch):
    from csrpress import fontcheck

    asked = []
    monkeypatch.setattr(fontcheck, "installed_families", lambda: asked.append(1) or frozenset())
    check(make_project({"content/chapters/01.yaml": ONE_CHAPTER}))
    assert asked == []


def test_a_chapter_image_is_checked_and_refused_in_a_release_while_missing(make_project):
    chapter = ONE_CHAPTER.replace("title: {zh: 第一章, en: Chapter One}\n", "title: {zh: 第一章, en: Chapter One}\nimage: images/opener.jpg\n")
    project = make_project({"content/chapters/01.yaml": chapter})
    assert _codes(project) == [("R505", "content/chapters/01.yaml:4:8")]
    report, _ = load_report(project)
    assert [(d.code, str(d.location)) for d in gate.placeholders(report)] == [("R520", "content/chapters/01.yaml:4:8")]
    _picture(project.content / "images" / "opener.jpg")
    assert _codes(project) == [] and list(gate.placeholders(report)) == []
    assert '<div class="opener-photo"><img class="cover-image" src="../content/images/opener.jpg" alt=""></div>' in render_html(report, project, "zh").html


def test_a_cover_image_per_edition_and_the_secondary_colour(make_project):
    manifest = MINIMAL_MANIFEST + ('cover: {image: {zh: images/zh.png, en: images/en.png}}\n'
                                   'design: {colors: {primary: "#2e7d32", secondary: "#123456"}}\n')
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=manifest)
    for lang in ("zh", "en"):
        _picture(project.content / "images" / f"{lang}.png")
    report, _ = load_report(project)
    zh, en = (render_html(report, project, lang).html for lang in ("zh", "en"))
    assert 'class="cover-image" src="../content/images/zh.png"' in zh and "images/en.png" not in zh
    assert 'class="cover-image" src="../content/images/en.png"' in en
    assert "--accent-deep: #123456;" in zh and "--cover-color: #2e7d32;" in zh   # the cover wears the brand colour


def test_a_low_resolution_finding_names_every_place_that_uses_the_picture():
    from csrpress.diagnostics import Diagnostic, Location, Severity

    found = Diagnostic("R507", Severity.WARNING, "zh p. 5: picture images/a.jpg prints at 96 dpi (...)")
    uses = [("images/b.jpg", Location("content/report.yaml", 9)), ("images/a.jpg", Location("content/report.yaml", 10)),
            ("images/a.jpg", Location("content/chapters/01.yaml", 30))]
    placed = pictures.locate(found, uses)
    assert str(placed.location) == "content/report.yaml:10:1"
    assert [str(r.location) for r in placed.related] == ["content/chapters/01.yaml:30:1"]
    assert pictures.locate(found, uses[:1]) == found


# ---- key figures: a grid of 3-4 a row, the unit smaller after the number ----

@pytest.mark.parametrize(("text", "lang", "parts"), [
    ("1700亿", "zh", ("1700亿", "")), ("90名", "zh", ("90", "名")), ("677万人次", "zh", ("677万", "人次")),
    ("6.77 million person-times", "en", ("6.77 million", "person-times")), ("3 times", "en", ("3", "times")),
    ("RMB 305 million", "en", ("RMB 305 million", "")), ("12.5%", "en", ("12.5%", "")), ("n/a", "en", ("", "n/a")),
])
def test_a_key_figure_splits_its_number_from_its_unit(text, lang, parts):
    from csrpress.render.figures import split_unit

    assert split_unit(text, lang) == parts


@pytest.mark.parametrize(("count", "columns"), [(3, 3), (4, 4), (5, 3), (6, 3), (7, 4), (8, 4), (9, 3)])
def test_key_figures_are_set_three_or_four_a_row(make_project, count, columns):
    metrics = "".join(f"  - {{id: k.m{i}, label: {{zh: 指标{i}, en: item {i}}}, value: \"{i + 1}0\", unit: 人次, period: \"2016\"}}\n" for i in range(count))
    items = "".join(f"          - {{m: k.m{i}, label: {{zh: 指标{i}, en: item {i}}}}}\n" for i in range(count))
    chapter = ONE_CHAPTER.replace("metrics:\n", "metrics:\n" + metrics) + "      - keyfigures:\n" + items
    project = make_project({"content/chapters/01.yaml": chapter})
    report, diags = load_report(project)
    assert report is not None, diags
    html = render_html(report, project, "zh").html
    assert f'<div class="keyfigures kf-cols-{columns}">' in html
    assert '<span class="kf-num">10</span><span class="kf-unit">人次</span>' in html
    en = render_html(report, project, "en").html
    assert '<span class="kf-num">10</span><span class="kf-unit"> person-times</span>' in en   # a word space in English


def test_the_design_lines_init_writes_as_comments_load_once_uncommented(tmp_path):
    from csrpress.project import Project
    from csrpress.scaffold import init_project

    init_project(tmp_path / "esg", "hkex-esg-2025", 2025)
    manifest = tmp_path / "esg" / "content" / "report.yaml"
    text = manifest.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.startswith(("# cover:", "# back_cover:", "# design:", "# highlights:"))]
    assert len(lines) == 4
    for line in lines:
        text = text.replace(line, line[2:])
    manifest.write_text(text, encoding="utf-8")
    report, diags = load_report(Project(tmp_path / "esg"))
    assert report is not None, [str(d) for d in diags]
    assert report.manifest.back_cover.qr.url == "https://..." and report.manifest.cover.logo == "images/logo.png"
    assert report.manifest.highlights.page
