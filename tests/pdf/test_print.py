"""Built PDFs read back as a print shop and a reader would: QR codes, form fields, ESG page references, fonts, size, variants."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from pdfread import norm as _norm
from pdfread import outline_pages as _outline_pages

from csrpress import markup
from csrpress.build import BuildOptions, build
from csrpress.load import load_report
from csrpress.model import all_blocks
from csrpress.render.html import metrics_json

pytestmark = pytest.mark.pdf

MAX_ZH_BYTES = 5 * 1024 * 1024
FF_MULTILINE, FF_NO_TOGGLE, FF_RADIO = 1 << 12, 1 << 14, 1 << 15

QR_URL = "https://gongyi.qq.com/succor/project_list.htm"
QR_CHAPTER = f"""\
id: one
number: "01"
title: {{zh: 第一章, en: Chapter One}}
metrics:
  - {{id: one.donors.2015, label: {{zh: 2015年捐款人次, en: donations 2015}}, value: 205万, unit: 人次, period: "2015"}}
  - {{id: one.donors.2016, label: {{zh: 2016年捐款人次, en: donations 2016}}, value: 677万, unit: 人次, period: "2016"}}
sections:
  - id: intro
    number: "1.1"
    title: {{zh: 引言, en: Introduction}}
    blocks:
      - qr:
          url: {QR_URL}
          caption: {{zh: 扫一扫，了解腾讯公益, en: Scan to learn about Tencent Charity}}
      - chart:
          type: bar
          title: {{zh: 99公益日捐款人次, en: 99 Giving Day donations}}
          items:
            - {{label: {{zh: 2015年, en: "2015"}}, m: one.donors.2015}}
            - {{label: {{zh: 2016年, en: "2016"}}, m: one.donors.2016}}
"""


def _need(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (apt-get install {package}; make test does)")


def _decode_page(pdf: Path, page: int, tmp_path: Path) -> list[str]:
    """Render one page at 200 dpi and return the text of every QR code zbarimg finds on it."""
    _need("pdftoppm", "poppler-utils")
    _need("zbarimg", "zbar-tools")
    stem = tmp_path / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)], check=True)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{stem}.png"], capture_output=True, text=True, check=False)
    assert out.returncode in (0, 4), out.stderr  # 4: no code found on the page
    return [line for line in out.stdout.splitlines() if line]


def _pages_with(pdf: PdfReader, text: str) -> list[int]:
    key = _norm(text)[:14]
    return [n + 1 for n, page in enumerate(pdf.pages) if key in _norm(page.extract_text())]


@pytest.fixture(scope="module")
def sample(sample_build):
    project, result = sample_build
    assert result.outputs, [str(d) for d in result.diagnostics]
    report, _ = load_report(project)
    paths = {p.name.split(".")[-2]: p for p in result.outputs}
    return report, paths, {lang: PdfReader(path) for lang, path in paths.items()}


# ---- QR codes ----

def test_every_qr_code_in_the_sample_decodes_to_its_url(sample, tmp_path):
    report, paths, pdfs = sample
    qr_blocks = [block.data for _, _, block in all_blocks(report) if block.kind == "qr"]
    assert qr_blocks, "the sample prints QR codes (or their placeholders)"
    for lang, pdf in pdfs.items():
        decoded: list[str] = []
        pages = sorted({n for qr in qr_blocks for n in _pages_with(pdf, getattr(qr.caption, lang))})
        assert pages, lang
        for page in pages:
            decoded += _decode_page(paths[lang], page, tmp_path)
        # A block without a url prints a placeholder box, which must not read as a code.
        assert sorted(decoded) == sorted(qr.url for qr in qr_blocks if qr.url), lang


@pytest.fixture(scope="module")
def qr_project(tmp_path_factory):
    from csrpress.project import Project

    from conftest import MINIMAL_MANIFEST, REPO

    root = tmp_path_factory.mktemp("qr")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "content" / "chapters").mkdir(parents=True)
    (root / "content" / "report.yaml").write_text(MINIMAL_MANIFEST, encoding="utf-8")
    (root / "content" / "chapters" / "01.yaml").write_text(QR_CHAPTER, encoding="utf-8")
    project = Project(root)
    result = build(project, BuildOptions(jobs=1))
    assert len(result.outputs) == 2, [str(d) for d in result.diagnostics]
    return project, {p.name.split(".")[-2]: p for p in result.outputs}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_qr_block_with_a_url_prints_a_code_that_decodes_to_it(qr_project, lang, tmp_path):
    _, paths = qr_project
    pdf = PdfReader(paths[lang])
    caption = "扫一扫，了解腾讯公益" if lang == "zh" else "Scan to learn about Tencent Charity"
    (page,) = _pages_with(pdf, caption)
    assert _decode_page(paths[lang], page, tmp_path) == [QR_URL]


def test_qr_code_and_chart_carry_alt_text_with_url_and_values(qr_project):
    project, _ = qr_project
    html = (project.build_dir / "demo.zh.html").read_text(encoding="utf-8")
    assert f"<title>二维码：扫一扫，了解腾讯公益 ({QR_URL})</title>" in html
    assert "<title>99公益日捐款人次：2015年 205万人次；2016年 677万人次</title>" in html
    en = (project.build_dir / "demo.en.html").read_text(encoding="utf-8")
    assert "<title>99 Giving Day donations: 2015 2.05 million person-times; 2016 6.77 million person-times</title>" in en


# ---- the feedback form ----

def _form_fields(pdf: PdfReader) -> dict[str, object]:
    form = pdf.trailer["/Root"]["/AcroForm"]
    return {str(ref.get_object()["/T"]): ref.get_object() for ref in form["/Fields"]}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_feedback_form_has_one_radio_group_per_question_and_the_text_fields(sample, lang):
    report, _, pdfs = sample
    (form,) = [block.data for _, _, block in all_blocks(report) if block.kind == "feedback_form"]
    fields = _form_fields(pdfs[lang])
    assert len(fields) == len(form.questions) + len(form.fields), sorted(fields)
    for question in form.questions:
        group = fields[question.id]
        assert group["/FT"] == "/Btn"
        assert str(group["/TU"]) == markup.to_plain(getattr(question.text, lang), lang)  # what a screen reader announces (as printed)
        assert group["/Ff"] & FF_RADIO and group["/Ff"] & FF_NO_TOGGLE
        kids = [kid.get_object() for kid in group["/Kids"]]
        assert len(kids) == len(question.options) == 5
        # Name-less widgets of one field: choosing one option turns the others off.
        assert all("/T" not in kid for kid in kids)
        states = [next(k for k in kid["/AP"]["/N"] if k != "/Off") for kid in kids]
        assert len(set(states)) == 5
        assert all(kid["/Parent"].get_object() is group or kid["/Parent"].idnum == group.indirect_reference.idnum for kid in kids)
    for field in form.fields:
        text = fields[field.id]
        assert text["/FT"] == "/Tx"
        assert str(text["/TU"]) == markup.to_plain(getattr(field.label, lang), lang)
        assert bool(text.get("/Ff", 0) & FF_MULTILINE) == (field.lines > 1), field.id


# ---- the ESG index ----

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_esg_index_page_references_are_the_pages_where_sections_start(sample, lang):
    report, _, pdfs = sample
    pdf = pdfs[lang]
    bookmarks = _outline_pages(pdf)
    (index,) = [block.data for _, _, block in all_blocks(report) if block.kind == "esg_index"]
    index_chapter = next(ch for ch, _, block in all_blocks(report) if block.kind == "esg_index")
    start = bookmarks[_norm(markup.to_plain(getattr(index_chapter.title, lang), lang))]   # titles print typeset
    text = _norm("".join(page.extract_text() for page in pdf.pages[start - 1:]))
    targets = {sec.id: (sec.number or "", sec.title) for _, sec in report.sections()}
    targets.update({ch.id: ("", ch.title) for ch in report.chapters})
    pattern = "（第(\\d+)页）" if lang == "zh" else r"\(p\.(\d+)\)"
    checked = 0
    for ref in sorted({ref for item in index.items for ref in item.refs}):
        number, title = targets[ref]
        printed = _norm(markup.to_plain(getattr(title, lang), lang))
        expected = bookmarks[_norm(number + markup.to_plain(getattr(title, lang), lang))]
        found = [int(n) for n in re.findall(re.escape(printed) + pattern, text)]
        assert found, f"{lang}: no page reference printed for {ref}"
        assert set(found) == {expected}, (ref, found, expected)
        checked += 1
    assert checked >= 10


# ---- fonts and size ----

def _pdffonts(path: Path) -> list[dict[str, str]]:
    _need("pdffonts", "poppler-utils")
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    header, rule = lines[0], lines[1]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    names = [header[a:b].strip() for a, b in spans]
    return [{name: line[a:b + 1].strip() for name, (a, b) in zip(names, spans, strict=True)} for line in lines[2:]]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_fonts_are_embedded_subsets_and_none_is_type3(sample, lang):
    _, paths, _ = sample
    fonts = _pdffonts(paths[lang])
    assert len(fonts) >= 3
    for font in fonts:
        assert font["emb"] == "yes" and font["sub"] == "yes", font
        assert "Type 3" not in font["type"], font
        # A subset is named with a six-letter tag: TSPJMR+Noto-Sans-CJK-SC.
        assert re.match(r"^[A-Z]{6}\+", font["name"]), font


def test_zh_edition_stays_small_with_its_form_fields(sample):
    _, paths, pdfs = sample
    assert "/AcroForm" in pdfs["zh"].trailer["/Root"]
    assert paths["zh"].stat().st_size < MAX_ZH_BYTES


# ---- print shop and archival variants ----

def test_bleed_and_pdf_ua(qr_project):
    project, plain = qr_project
    trim = float(PdfReader(plain["zh"]).pages[0].mediabox.width)
    assert trim == pytest.approx(210 / 25.4 * 72, abs=0.5)  # A4 without bleed
    result = build(project, BuildOptions(editions=("zh",), jobs=1, bleed=True, pdf_variant="pdf/ua-1"))
    (path,) = result.outputs
    pdf = PdfReader(path)
    page = pdf.pages[0]
    bleed = 3 / 25.4 * 72
    assert float(page.bleedbox.width) == pytest.approx(trim + 2 * bleed, abs=0.5)   # the marks lie beyond it (test_cover.py)
    assert float(page.trimbox.width) == pytest.approx(trim, abs=0.5)
    root = pdf.trailer["/Root"]
    assert str(root["/Lang"]) == "zh-Hans"
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    alts = _figure_alts(root["/StructTreeRoot"])
    assert f"二维码：扫一扫，了解腾讯公益 ({QR_URL})" in alts
    assert "99公益日捐款人次：2015年 205万人次；2016年 677万人次" in alts


def _figure_alts(node) -> list[str]:
    """Alt text of every Figure element in a structure tree."""
    from pypdf.generic import ArrayObject, DictionaryObject

    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        item = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(item, ArrayObject):
            stack.extend(item)
        elif isinstance(item, DictionaryObject):
            if item.get("/S") == "/Figure" and "/Alt" in item:
                found.append(str(item["/Alt"]))
            if "/K" in item:
                stack.append(item["/K"])
    return found


def test_pdf_a3b_attaches_the_metrics_json(qr_project):
    project, _ = qr_project
    result = build(project, BuildOptions(editions=("en",), jobs=1, pdf_variant="pdf/a-3b"))
    (path,) = result.outputs
    pdf = PdfReader(path)
    attached = pdf.attachments
    assert list(attached) == ["demo.metrics.json"]
    data = json.loads(attached["demo.metrics.json"][0])
    report, _ = load_report(project)
    assert data == json.loads(metrics_json(report))
    assert {m["id"]: m["printed"]["en"] for m in data["metrics"]}["one.donors.2016"] == "6.77 million person-times"
    xmp = pdf.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp


# ---- the Traditional Chinese edition ----

#: Characters that exist only in Simplified Chinese (their Traditional forms differ).
SIMPLIFIED_ONLY = "这们会发为对时说国过还进个来业务与网络计报责关"

HANT_CHAPTER = """\
id: one
number: "01"
title: {zh: 连接的责任，成长的担当, en: Responsibility}
sections:
  - id: intro
    number: "1.1"
    title: {zh: 关于这份报告, en: About this report}
    blocks:
      - text:
          zh: |
            我们会为用户发展更多业务，对时说过的国际网络计划还在进行。这个报告来自腾讯公司的软件与信息部门。
      - table:
          header: [{zh: 项目, en: Item}, "2016"]
          rows:
            - [{zh: 捐款人次, en: Donations}, {m: one.donors}]
metrics:
  - {id: one.donors, label: {zh: 捐款人次, en: donations}, value: 677万, unit: 人次, period: "2016"}
"""


def test_zh_hant_edition_has_no_simplified_only_characters_and_applies_overrides(make_project):
    project = make_project({
        "content/chapters/01.yaml": HANT_CHAPTER,
        "content/zh-Hant-overrides.yaml": "# Simplified phrase: the Traditional phrase to print\n信息: 資訊\n",
    })
    result = build(project, BuildOptions(editions=("zh-Hant",), jobs=1))
    (path,) = result.outputs
    pdf = PdfReader(path)
    text = _norm("".join(page.extract_text() for page in pdf.pages))
    assert "關於這份報告" in text and "連接的責任" in text and "677萬人次" in text
    assert "資訊部門" in text and "信息" not in text  # the override wins over OpenCC's own choice
    assert "目錄" in text  # interface strings are converted too
    assert not set(text) & set(SIMPLIFIED_ONLY), sorted(set(text) & set(SIMPLIFIED_ONLY))
    fonts = {str(font["/BaseFont"]) for page in pdf.pages for font in page["/Resources"].get("/Font", {}).values()
             if "/BaseFont" in font.get_object()}
    assert any("CJK-TC" in f for f in fonts) and not any("CJK-SC" in f for f in fonts), fonts  # TC everywhere, heads and folios too
    assert str(pdf.trailer["/Root"]["/Lang"]) == "zh-Hant"
    assert any("CJK-TC" in font["name"] for font in _pdffonts(path))


def test_malformed_zh_hant_overrides_are_a_finding_not_a_traceback(make_project):
    project = make_project({"content/chapters/01.yaml": HANT_CHAPTER, "content/zh-Hant-overrides.yaml": "- 信息\n"})
    result = build(project, BuildOptions(editions=("zh-Hant",), jobs=1))
    assert result.outputs == ()
    (diag,) = [d for d in result.diagnostics if d.code == "L002"]
    assert "zh-Hant overrides" in diag.message and str(diag.location).startswith("content/zh-Hant-overrides.yaml")
