"""PDF variants and form fields read back with pypdf: the structural rules of PDF/X-4, PDF/A-3b and
PDF/UA-1 that csrpress must keep (veraPDF is not on PyPI or Debian, so the rules are tested directly),
and the Chinese editions' field font."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from csrpress import variants
from csrpress.build import BuildOptions, build
from csrpress.project import Project

from conftest import MINIMAL_MANIFEST, REPO

pytestmark = pytest.mark.pdf

CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: Chapter One}
metrics:
  - {id: one.donors.2015, label: {zh: 2015年捐款人次, en: donations 2015}, value: 205万, unit: 人次, period: "2015"}
  - {id: one.donors.2016, label: {zh: 2016年捐款人次, en: donations 2016}, value: 677万, unit: 人次, period: "2016"}
sections:
  - id: intro
    number: "1.1"
    title: {zh: 引言, en: Introduction}
    blocks:
      - text: {zh: "这是一段正文，链接见[腾讯公益](https://gongyi.qq.com)。", en: "Body text, with a [link](https://gongyi.qq.com)."}
      - table:
          header: [{zh: 项目, en: Item}, "2015", "2016"]
          rows:
            - [{zh: 捐款人次, en: Donations}, {m: one.donors.2015}, {m: one.donors.2016}]
      - feedback_form:
          questions:
            - id: overall
              text: {zh: 总体评价, en: Overall}
              options: [{zh: 好, en: Good}, {zh: 差, en: Poor}]
          fields:
            - {id: name, label: {zh: 姓名, en: Name}}
            - {id: comments, label: {zh: 意见, en: Comments}, lines: 3}
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("variants")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "content" / "chapters").mkdir(parents=True)
    (root / "content" / "report.yaml").write_text(MINIMAL_MANIFEST.replace("[zh, en]", "[zh, en, zh-Hant]"), encoding="utf-8")
    (root / "content" / "chapters" / "01.yaml").write_text(CHAPTER, encoding="utf-8")
    return Project(root)


def _build(project: Project, lang: str, variant: str | None = None) -> PdfReader:
    result = build(project, BuildOptions(editions=(lang,), jobs=1, pdf_variant=variant))
    assert len(result.outputs) == 1, [str(d) for d in result.diagnostics]
    return PdfReader(result.outputs[0])


def _walk(node) -> list[DictionaryObject]:
    """Every dictionary of a structure tree, from its root."""
    found, stack = [], [node]
    while stack:
        item = stack.pop()
        item = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(item, ArrayObject):
            stack.extend(item)
        elif isinstance(item, DictionaryObject):
            found.append(item)
            if "/K" in item:
                stack.append(item["/K"])
    return found


# ---- the form's field font ----

@pytest.mark.parametrize(("lang", "font", "cmap", "ordering"), [
    ("zh", "/STSong-Light", "/UniGB-UTF16-H", "GB1"),
    ("zh-Hant", "/MSung-Light", "/UniCNS-UTF16-H", "CNS1"),
])
def test_chinese_text_fields_use_the_standard_cjk_font_a_reader_supplies(project, lang, font, cmap, ordering):
    pdf = _build(project, lang)
    form = pdf.trailer["/Root"]["/AcroForm"]
    texts = [f.get_object() for f in form["/Fields"] if f.get_object().get("/FT") == "/Tx"]
    assert {str(f["/T"]) for f in texts} == {"name", "comments"}
    for field in texts:
        da = str(field["/DA"])
        name = re.search(r"/(\S+) [0-9.]+ Tf", da).group(1)
        assert " gs" not in da, da   # names no resource the form's /DR lacks
        cjk = form["/DR"]["/Font"][f"/{name}"].get_object()
        assert cjk["/Subtype"] == "/Type0" and cjk["/BaseFont"] == font and cjk["/Encoding"] == cmap
        descendant = cjk["/DescendantFonts"][0].get_object()
        assert descendant["/CIDSystemInfo"]["/Ordering"] == ordering
        # Not embedded: the reader's own copy draws whatever is typed, and the PDF stays small.
        assert not {"/FontFile", "/FontFile2", "/FontFile3"} & set(descendant["/FontDescriptor"])
    # The pages draw nothing with it: their own fonts are all embedded.
    for page in pdf.pages:
        assert font not in {str(f.get_object().get("/BaseFont")) for f in page["/Resources"].get("/Font", {}).values()}


def test_english_text_fields_keep_the_embedded_latin_field_font(project):
    pdf = _build(project, "en")
    form = pdf.trailer["/Root"]["/AcroForm"]
    (field,) = [f.get_object() for f in form["/Fields"] if f.get_object().get("/T") == "name"]
    name = re.search(r"/(\S+) [0-9.]+ Tf", str(field["/DA"])).group(1)
    font = form["/DR"]["/Font"][f"/{name}"].get_object()
    assert "csrpress" in str(font["/BaseFont"]).lower() or "/FontDescriptor" in font or "/DescendantFonts" in font


# ---- PDF/X-4 ----

def test_pdf_x4_has_a_cmyk_output_intent_and_calibrated_rgb(project):
    pytest.importorskip("weasyprint")
    try:
        variants.cmyk_profile(project.templates)
    except variants.NoOutputProfile:
        pytest.skip("no CMYK profile on this machine (apt-get install libgs-common)")
    pdf = _build(project, "zh", "pdf/x-4")
    root = pdf.trailer["/Root"]
    (intent,) = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFX" and str(intent["/OutputConditionIdentifier"])
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4 and profile.get_data()[16:20] == b"CMYK"
    xmp = root["/Metadata"].get_object().get_data()
    assert b"GTS_PDFXVersion>PDF/X-4<" in xmp
    assert pdf.metadata["/Trapped"] == "/False" and pdf.metadata["/Title"]
    assert "/AcroForm" not in root   # the form prints as lines; no interactive field
    for page in pdf.pages:
        assert "/TrimBox" in page and not page.get("/Annots")   # no link or widget in the printed area
        spaces = page["/Resources"]["/ColorSpace"].get_object()
        default = spaces["/DefaultRGB"]
        assert default[0] == "/ICCBased" and default[1].get_object()["/N"] == 3
    # Built twice from the same sources: the same document ID (WeasyPrint's is random).
    again = _build(project, "zh", "pdf/x-4")
    ids = [re.search(rb"DocumentID>([^<]+)<", r.trailer["/Root"]["/Metadata"].get_object().get_data()).group(1) for r in (pdf, again)]
    assert ids[0] == ids[1]


def test_pdf_x4_without_a_cmyk_profile_is_refused_with_a_finding(project, monkeypatch):
    monkeypatch.setattr(variants, "SYSTEM_CMYK_PROFILES", ())
    result = build(project, BuildOptions(editions=("zh",), jobs=1, pdf_variant="pdf/x-4"))
    assert result.outputs == ()
    (diag,) = [d for d in result.diagnostics if d.code == "R508"]
    assert "output-intent.icc" in diag.message and "libgs-common" in diag.hint


def test_a_profile_that_is_not_cmyk_is_not_taken(tmp_path):
    srgb = Path(__import__("weasyprint").__file__).parent / "pdf" / "sRGB2014.icc"
    shutil.copy(srgb, tmp_path / variants.OUTPUT_INTENT_FILE)
    found = None
    try:
        found = variants.cmyk_profile(tmp_path)
    except variants.NoOutputProfile:
        pass
    assert found != tmp_path / variants.OUTPUT_INTENT_FILE


# ---- PDF/A-3b ----

def test_pdf_a3b_lists_its_attachment_once_and_sets_no_need_appearances(project):
    pdf = _build(project, "zh", "pdf/a-3b")
    root = pdf.trailer["/Root"]
    files = [ref.get_object() for ref in root["/AF"]]
    assert len(files) == 1 and files[0]["/AFRelationship"] == "/Data"
    assert "/AcroForm" not in root   # no NeedAppearances, no field font to embed: the form prints as lines
    xmp = root["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp


# ---- PDF/UA-1 ----

def test_pdf_ua1_table_header_cells_carry_a_scope(project):
    pdf = _build(project, "zh", "pdf/ua-1")
    headers = [node for node in _walk(pdf.trailer["/Root"]["/StructTreeRoot"]) if node.get("/S") == "/TH"]
    assert headers
    scopes = {}
    for th in headers:
        group = th["/P"].get_object()["/P"].get_object()["/S"]
        scopes.setdefault(group, set()).add(th["/A"]["/Scope"])
    assert scopes == {"/THead": {"/Column"}, "/TBody": {"/Row"}}


def test_pdf_x4_with_bleed_keeps_the_trim_and_bleed_boxes(project):
    try:
        variants.cmyk_profile(project.templates)
    except variants.NoOutputProfile:
        pytest.skip("no CMYK profile on this machine (apt-get install libgs-common)")
    result = build(project, BuildOptions(editions=("en",), jobs=1, pdf_variant="pdf/x-4", bleed=True))
    (path,) = result.outputs
    pdf = PdfReader(path)
    for page in pdf.pages:
        trim, bleed, media = page.trimbox, page.bleedbox, page.mediabox
        assert float(bleed.width) == pytest.approx(float(trim.width) + 2 * 3 / 25.4 * 72, abs=0.5)   # 3 mm of art
        assert float(media.width) >= float(bleed.width) and not page.get("/Annots")
    assert pdf.trailer["/Root"]["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFX"
