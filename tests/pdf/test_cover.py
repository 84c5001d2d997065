"""The designed cover and back cover, --bleed, page size from report.yaml and pictures at their printed
resolution, read back from built PDFs (issue 15, part A)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import MINIMAL_MANIFEST, ONE_CHAPTER

from csrpress.build import BuildOptions, build

pytestmark = pytest.mark.pdf

MM = 72 / 25.4
URL = "https://example.com/esg"
BACK = MINIMAL_MANIFEST + f"""\
cover: {{color: "#2e7d32"}}
back_cover:
  contact: {{phone: "+86 755 0000 0000", email: esg@example.com, web: example.com/esg}}
  qr: {{url: "{URL}", caption: {{zh: 扫码阅读电子版, en: Scan for the online edition}}}}
"""


def _render(pdf, page: int, tmp_path, dpi: int = 72) -> Image.Image:
    """One page rendered over its whole MediaBox (bleed and marks included)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed (apt-get install poppler-utils)")
    stem = tmp_path / f"page-{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)], check=True)
    return Image.open(f"{stem}.png").convert("RGB")


@pytest.fixture(scope="module")
def bled(tmp_path_factory):
    from pathlib import Path
    import textwrap

    from csrpress.project import Project

    root = tmp_path_factory.mktemp("bleed")
    shutil.copytree(Path(__file__).parents[2] / "templates", root / "templates")
    (root / "content" / "chapters").mkdir(parents=True)
    (root / "content" / "report.yaml").write_text(BACK, encoding="utf-8")
    (root / "content" / "chapters" / "01.yaml").write_text(textwrap.dedent(ONE_CHAPTER), encoding="utf-8")
    result = build(Project(root), BuildOptions(editions=("zh",), jobs=1, bleed=True))
    assert result.outputs, [str(d) for d in result.diagnostics]
    return result.outputs[0]


def test_bleed_box_is_3mm_and_the_marks_sit_outside_it(bled):
    page = PdfReader(bled).pages[0]
    trim, bleed, media = page.trimbox, page.bleedbox, page.mediabox
    assert float(trim.width) == pytest.approx(210 * MM, abs=0.5)
    assert float(bleed.width) == pytest.approx(float(trim.width) + 6 * MM, abs=0.1)
    assert float(bleed.left) == pytest.approx(float(trim.left) - 3 * MM, abs=0.1)
    assert float(media.width) == pytest.approx(float(trim.width) + 20 * MM, abs=0.5)   # room for the marks


def test_the_cover_art_fills_the_bleed_and_stops_before_the_marks(bled, tmp_path):
    image = _render(bled, 1, tmp_path)
    px = 72 / 25.4   # pixels per mm at 72 dpi
    trim_left, trim_top = 10 * px, 10 * px

    def at(mm_x: float, mm_y: float) -> tuple[int, int, int]:
        return image.getpixel((round(trim_left + mm_x * px), round(trim_top + mm_y * px)))

    assert at(-1.5, 60) != (255, 255, 255)          # 1.5 mm outside the trim, the art goes on (top visual)
    assert at(-1.5, 250) == pytest.approx((0x2e, 0x7d, 0x32), abs=3)   # the title panel in cover.color
    assert at(105, -1.5) != (255, 255, 255) and at(105, 298.5) != (255, 255, 255)   # top and bottom edges too
    assert at(-4.5, 60) == (255, 255, 255) and at(105, -4.5) == (255, 255, 255)     # nothing past the bleed
    # the crop mark at the top-left corner: along the trim line, 5-10 mm out, dark; never inside the bleed
    assert sum(at(-7.5, 0)) < 450   # a hairline: grey once anti-aliased at 72 dpi
    assert all(sum(at(-x, 0)) > 600 for x in (3.5, 4.5))


def test_the_back_cover_is_the_last_page_a_verso_with_contact_and_qr(bled, tmp_path):
    pdf = PdfReader(bled)
    assert len(pdf.pages) % 2 == 0                    # the last page is a verso: the outside of the last leaf
    text = pdf.pages[-1].extract_text()
    for line in ("+86 755 0000 0000", "esg@example.com", "example.com/esg", "扫码阅读电子版", "联系我们"):
        assert line in text, line
    image = _render(bled, len(pdf.pages), tmp_path)
    px = 72 / 25.4
    assert image.getpixel((round(8.5 * px), round(308.5 * px))) != (255, 255, 255)   # the panel runs 1.5 mm into the bleed (corner)
    assert image.getpixel((round(5 * px), round(300 * px))) == (255, 255, 255)   # and stops at 3 mm
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg not installed (apt-get install zbar-tools)")
    png = tmp_path / "back.png"
    _render(bled, len(pdf.pages), tmp_path, dpi=200).save(png)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)], capture_output=True, text=True, check=False)
    assert out.stdout.split() == [URL]


def test_page_size_from_the_manifest_and_pictures_below_300_dpi(make_project):
    manifest = MINIMAL_MANIFEST + "design: {page: 16k}\ncover: {image: images/hero.jpg}\n"
    figures = ONE_CHAPTER + """\
      - figure:
          src: images/small.jpg
          caption: {zh: 小图, en: Small}
      - figure:
          src: images/large.jpg
          caption: {zh: 大图, en: Large}
"""
    project = make_project({"content/chapters/01.yaml": figures}, manifest=manifest)
    (project.root / "images").mkdir()
    Image.new("RGB", (4000, 3000), (20, 60, 120)).save(project.root / "images" / "hero.jpg")   # ~480 dpi on the cover
    Image.new("RGB", (600, 400), (200, 80, 60)).save(project.root / "images" / "small.jpg")    # ~100 dpi at 151 mm
    Image.new("RGB", (2000, 1333), (60, 160, 80)).save(project.root / "images" / "large.jpg")  # ~335 dpi at 151 mm (16开 less its scaled margins)
    result = build(project, BuildOptions(editions=("en",), jobs=1))
    assert result.outputs
    page = PdfReader(result.outputs[0]).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((185 * MM, 260 * MM), abs=0.5)
    low = [d for d in result.diagnostics if d.code == "R507"]
    assert [str(d.location) for d in low] == ["content/chapters/01.yaml:15:16"], [d.message for d in low]
    assert "picture images/small.jpg prints at 101 dpi (600 x 400 px over 151 x 101 mm)" in low[0].message and "en p. " in low[0].message


def test_a_chapter_image_fills_the_top_of_its_opener_into_the_bleed(make_project, tmp_path):
    chapter = ONE_CHAPTER.replace("title: {zh: 第一章, en: Chapter One}\n", "title: {zh: 第一章, en: Chapter One}\nimage: images/opener.jpg\n")
    project = make_project({"content/chapters/01.yaml": chapter})
    (project.content / "images").mkdir()
    Image.new("RGB", (3000, 1400), (200, 30, 40)).save(project.content / "images" / "opener.jpg")
    result = build(project, BuildOptions(editions=("zh",), jobs=1, bleed=True))
    assert result.outputs and not [d for d in result.diagnostics if d.code.startswith("R5")]
    pdf = PdfReader(result.outputs[0])
    opener = next(n for n, page in enumerate(pdf.pages, start=1) if "第一章" in page.extract_text() and n > 2)
    assert opener % 2 == 1                                   # a recto: the photo's inner edge is the spine
    image = _render(result.outputs[0], opener, tmp_path)
    px = 72 / 25.4

    def at(mm_x: float, mm_y: float) -> tuple[int, int, int]:
        return image.getpixel((round((10 + mm_x) * px), round((10 + mm_y) * px)))

    red = (200, 30, 40)
    assert at(105, 30) == pytest.approx(red, abs=12)        # the photo across the top of the page
    assert at(105, -1.5) == pytest.approx(red, abs=12) and at(211.5, 30) == pytest.approx(red, abs=12)   # into the bleed
    assert at(105, -4.5) == (255, 255, 255) and at(105, 120) == (255, 255, 255)   # not past it; white under it


def test_fonts_named_in_the_manifest_are_the_ones_embedded(make_project):
    import subprocess as sp

    if "DejaVu Serif" not in sp.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout:
        pytest.skip("DejaVu Serif not installed (apt-get install fonts-dejavu-core)")
    manifest = MINIMAL_MANIFEST + "design: {fonts: {latin_serif: DejaVu Serif}}\n"
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER}, manifest=manifest)
    result = build(project, BuildOptions(editions=("en",), jobs=1))
    assert result.outputs and not [d for d in result.diagnostics if d.code == "S111"]
    fonts = set()
    for page in PdfReader(result.outputs[0]).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert "DejaVu-Serif" in fonts, fonts                                        # the English body text
    assert not any(name.startswith("Noto-Serif") for name in fonts), fonts       # no longer the default Latin serif


def test_the_init_project_prints_cover_and_back_cover_with_a_clean_preflight(tmp_path):
    from csrpress import preflight
    from csrpress.project import Project
    from csrpress.scaffold import init_project

    init_project(tmp_path / "esg", "hkex-esg-2025", 2025)
    result = build(Project(tmp_path / "esg"), BuildOptions(jobs=1))
    assert len(result.outputs) == 2, [str(d) for d in result.diagnostics]
    assert [d.message for d in result.diagnostics if d.code in preflight.CODES and d.code != "R513"] == []
    for path in result.outputs:
        pdf = PdfReader(path)
        assert len(pdf.pages) % 2 == 0
        assert "2025" in pdf.pages[0].extract_text()
        assert ("公司名称" if ".zh." in path.name else "Company Name") in pdf.pages[-1].extract_text()   # the imprint
