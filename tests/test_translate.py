"""The translation round trip (issue 18): XLIFF out, a translator's CAT tool, XLIFF back into the YAML.

The translator is played by translate-toolkit, the library behind open CAT pipelines: it opens the
exported file, sets targets (copying the source's tags where a string has them, as a CAT tool
does) and saves it. The sample report (content/) is copied to tmp_path first.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from translate.storage import tmx, xliff, xliff2

from csrpress.checks import check_project
from csrpress.cli import main
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.translate import inline, lock
from csrpress.translate.strings import units
from csrpress.translate.yamledit import set_english

REPO = Path(__file__).resolve().parents[1]
X2 = inline.X2
GIVING = "content/chapters/02-products/2.5-giving.yaml"
PRODUCTS = "content/chapters/02-products.yaml"

# A paragraph a writer adds to the 2.5.1 section: a metric reference, bold and a link, not yet translated.
NEW_BLOCK = """  - text:
      zh: |
        **益行家**的粉丝达到{m:giving-platform.yixingjia.followers}，详见[腾讯公益](https://gongyi.qq.com)。
"""


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "content", tmp_path / "content")
    return tmp_path


def _run(root: Path, *args: str) -> int:
    return main(["--root", str(root), *args])


def _with_new_paragraph(root: Path) -> None:
    """Insert NEW_BLOCK as the first block of section 2.5.1 and drop two English strings (one flow, one block)."""
    giving = root / GIVING
    text = giving.read_text(encoding="utf-8")
    text = text.replace("    aliases: [粉丝, 公众号粉丝, followers]\n  blocks:\n", "    aliases: [粉丝, 公众号粉丝, followers]\n  blocks:\n" + NEW_BLOCK, 1)
    giving.write_text(text, encoding="utf-8")
    products = root / PRODUCTS
    text = products.read_text(encoding="utf-8")
    text = text.replace('title: {zh: 微信，一站连接生态服务, en: "WeChat: One-Stop Connection to Services"}', "title: {zh: 微信，一站连接生态服务}  # to translate", 1)
    start = text.index("          en: |\n            A CNN reporter")
    end = text.index("      - qr:", start)
    products.write_text(text[:start] + text[end:], encoding="utf-8")


def _units20(path: Path) -> tuple[dict[str, xliff2.Xliff2Unit], xliff2.Xliff2File]:
    """The exported units by `content file#YAML path`, and the store to save after editing them."""
    store = xliff2.Xliff2File.parsefile(str(path))
    return {u.getunitelement().getparent().get("original") + "#" + u.getid(): u for u in store.units}, store


def _line_of(path: Path, original: str, unit_id: str) -> int:
    """The line of <unit id=...> in the file as saved (the toolkit re-indents what it writes)."""
    root = etree.parse(str(path)).getroot()
    return next(u.sourceline for u in root.iter(f"{{{X2}}}unit") if u.get("id") == unit_id and u.getparent().get("original") == original)


def _translate_with_tags(unit: xliff2.Xliff2Unit, texts: list[str]) -> None:
    """What a CAT tool does: the target starts as a copy of the source's tags; the translator types around them."""
    source = unit.xmlelement.find(f"{{{X2}}}source")
    target = unit.xmlelement.find(f"{{{X2}}}target")
    if target is None:
        target = etree.SubElement(unit.xmlelement, f"{{{X2}}}target")
    for child in list(target):
        target.remove(child)
    codes = [copy.deepcopy(el) for el in source.iter(f"{{{X2}}}ph", f"{{{X2}}}pc")]
    target.text = texts[0]
    for el, tail in zip(codes, texts[1:], strict=True):
        el.tail = tail
        target.append(el)


# -- the round trip ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xliff2", "xliff12"])
def test_export_all_then_import_unchanged_keeps_every_content_byte(sample: Path, fmt: str) -> None:
    before = _tree(sample / "content")
    out = sample / "out.xlf"
    assert _run(sample, "translate", "export", "--only", "all", "--format", fmt, "-o", str(out)) == 0
    assert _run(sample, "translate", "import", str(out)) == 0
    assert _tree(sample / "content") == before  # no lock file either: nothing changed


def test_translator_fills_targets_in_a_cat_tool_and_import_writes_them(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_new_paragraph(sample)
    out = sample / "todo.xlf"
    assert _run(sample, "translate", "export", "--only", "missing", "-o", str(out)) == 0
    by_key, store = _units20(out)
    assert set(by_key) == {f"{GIVING}#sections.0.blocks.0.text", f"{PRODUCTS}#sections.0.title", f"{PRODUCTS}#sections.0.blocks.0.text"}
    new = by_key[f"{GIVING}#sections.0.blocks.0.text"]
    # The codes are protected: 3 of them, each with its native markup in <originalData>, none deletable.
    src = new.xmlelement.find(f"{{{X2}}}source")
    assert [el.get("id") for el in src.iter(f"{{{X2}}}ph", f"{{{X2}}}pc")] == ["1", "2", "3"]
    assert all(el.get("canDelete") == "no" for el in src.iter(f"{{{X2}}}ph", f"{{{X2}}}pc"))
    notes = etree.tostring(new.getunitelement(), encoding="unicode")
    assert "section 2.5.1" in notes and "text block" in notes and "Followers of the three official accounts" in notes
    # The translator: plain strings through the toolkit's API, the tagged one around the copied tags.
    by_key[f"{PRODUCTS}#sections.0.title"].target = "WeChat: One-Stop Connection to Services"
    # Two paragraphs: the blank line between them is a protected code, copied like the others.
    _translate_with_tags(by_key[f"{PRODUCTS}#sections.0.blocks.0.text"], ["A CNN reporter spent a day cash-free in Beijing.", "Second paragraph."])
    # Source order: <pc 1>益行家</pc> <ph 2/> <pc 3>腾讯公益</pc>; the translator moves the placeholder to the front
    # and retypes the words inside the copied pairs.
    _translate_with_tags(new, ["", "", "", ""])
    tgt = new.xmlelement.find(f"{{{X2}}}target")
    bold, metric, link = list(tgt)
    for el in (bold, metric, link):
        tgt.remove(el)
    metric.tail, bold.text, bold.tail, link.text, link.tail = " followers for ", "Yixingjia", "; see ", "Tencent Charity", "."
    tgt.extend([metric, bold, link])
    out.write_bytes(bytes(store))

    assert _run(sample, "translate", "import", str(out)) == 0
    printed = capsys.readouterr().out
    assert "added chapters/02-products/2.5-giving.yaml#sections.0.blocks.0.text" in printed and "imported 3 translation(s)" in printed
    giving = (sample / GIVING).read_text(encoding="utf-8")
    assert ("        **益行家**的粉丝达到{m:giving-platform.yixingjia.followers}，详见[腾讯公益](https://gongyi.qq.com)。\n"
            "      en: |\n"
            "        {m:giving-platform.yixingjia.followers} followers for **Yixingjia**; see [Tencent Charity](https://gongyi.qq.com).\n") in giving
    products = (sample / PRODUCTS).read_text(encoding="utf-8")
    assert 'title: {zh: 微信，一站连接生态服务, en: "WeChat: One-Stop Connection to Services"}  # to translate' in products
    assert "          en: |\n            A CNN reporter spent a day cash-free in Beijing.\n\n            Second paragraph.\n      - qr:" in products
    # The report loads, the three strings are translated, and each is recorded in the lock.
    diags = check_project(Project(sample))
    assert not [d for d in diags if d.code in ("L001", "L002", "T301", "T302")]
    entries = lock.read(sample)
    assert set(entries) == {k.removeprefix("content/") for k in by_key}


def test_a_lost_code_refuses_the_whole_file(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_new_paragraph(sample)
    out = sample / "todo.xlf"
    _run(sample, "translate", "export", "--only", "missing", "-o", str(out))
    by_key, store = _units20(out)
    by_key[f"{PRODUCTS}#sections.0.title"].target = "WeChat"
    new = by_key[f"{GIVING}#sections.0.blocks.0.text"]
    _translate_with_tags(new, ["", " ", " ", ""])
    tgt = new.xmlelement.find(f"{{{X2}}}target")
    tgt.remove(tgt[1])  # the translator deleted the metric placeholder {m:...}
    out.write_bytes(bytes(store))
    before = _tree(sample / "content")
    assert _run(sample, "translate", "import", str(out)) == 1
    err = capsys.readouterr().err
    line = _line_of(out, GIVING, "sections.0.blocks.0.text")
    assert f"todo.xlf:{line}: error[T303] chapters/02-products/2.5-giving.yaml#sections.0.blocks.0.text: lost code 2 " in err
    assert "{m:giving-platform.yixingjia.followers}" in err and "nothing written" in err
    assert _tree(sample / "content") == before  # the good unit (the title) was not written either


@pytest.mark.parametrize("breakage, message", [
    ("typed", "is typed as text"),
    ("altered", "was altered to"),
    ("twice", "appears twice"),
    ("unknown", "code 9 is not in the source"),
])
def test_broken_codes_are_refused(sample: Path, capsys: pytest.CaptureFixture[str], breakage: str, message: str) -> None:
    _with_new_paragraph(sample)
    out = sample / "todo.xlf"
    _run(sample, "translate", "export", "--only", "missing", "-o", str(out))
    by_key, store = _units20(out)
    new = by_key[f"{GIVING}#sections.0.blocks.0.text"]
    _translate_with_tags(new, ["", " reached ", " see ", "."])
    tgt = new.xmlelement.find(f"{{{X2}}}target")
    if breakage == "typed":
        tgt[1].tail = " reached {m:giving-platform.yixingjia.followers} "
    elif breakage == "altered":
        tgt[1].set("disp", "{m:other.metric}")
    elif breakage == "twice":
        tgt.append(copy.deepcopy(tgt[1]))
    else:
        tgt[1].set("id", "9")
    out.write_bytes(bytes(store))
    before = _tree(sample / "content")
    assert _run(sample, "translate", "import", str(out)) == 1
    assert message in capsys.readouterr().err
    assert _tree(sample / "content") == before


def test_xliff12_codes_survive_the_toolkit_and_come_back(sample: Path) -> None:
    _with_new_paragraph(sample)
    out = sample / "todo12.xlf"
    assert _run(sample, "translate", "export", "--only", "missing", "--format", "xliff12", "-o", str(out)) == 0
    store = xliff.xlifffile.parsefile(str(out))
    for unit in store.units:
        src = unit.xmlelement.find(f"{{{inline.X12}}}source")
        tgt = copy.deepcopy(src)
        tgt.tag = f"{{{inline.X12}}}target"
        if len(src) == 3:  # bold, metric, link: <g>, <x/>, <g>; translate the words around and inside them
            tgt.text = ""
            tgt[0].text, tgt[0].tail, tgt[1].tail, tgt[2].text, tgt[2].tail = "Yixingjia", " reached ", " followers; see ", "Tencent Charity", "."
        else:  # plain, or two paragraphs around their <x/> break
            tgt.text = "EN " + (src.text or "").strip()[:10]
            for child in tgt:
                child.tail = "EN next paragraph."
        unit.xmlelement.insert(1, tgt)
    out.write_bytes(bytes(store))
    assert _run(sample, "translate", "import", str(out)) == 0
    assert "en: |\n        **Yixingjia** reached {m:giving-platform.yixingjia.followers} followers; see [Tencent Charity](https://gongyi.qq.com).\n" in \
        (sample / GIVING).read_text(encoding="utf-8")


# -- staleness ----------------------------------------------------------------------------------


def test_a_zh_edit_after_translation_is_t302_with_the_change_and_export_stale_sends_exactly_it(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(sample, "translate", "confirm", "--all") == 0
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []
    products = sample / PRODUCTS
    products.write_text(products.read_text(encoding="utf-8").replace("title: {zh: 微信，一站连接生态服务,", "title: {zh: 微信，一站式连接生态服务,", 1), encoding="utf-8")
    stale = [d for d in check_project(Project(sample)) if d.code == "T302"]
    assert len(stale) == 1
    assert str(stale[0].location) == f"{PRODUCTS}:25:12" and "微信，一站{+式+}连接生态服务" in stale[0].message
    out = sample / "stale.xlf"
    assert _run(sample, "translate", "export", "--only", "stale", "-o", str(out)) == 0
    by_key, _ = _units20(out)
    assert list(by_key) == [f"{PRODUCTS}#sections.0.title"]
    # The writer decides the English still fits: confirm it at the place T302 named.
    capsys.readouterr()
    assert _run(sample, "translate", "confirm", f"{PRODUCTS}:25") == 0
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []


def test_no_lock_means_no_t302(sample: Path) -> None:
    products = sample / PRODUCTS
    products.write_text(products.read_text(encoding="utf-8").replace("一站连接", "一站式连接", 1), encoding="utf-8")
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []


def test_english_edited_by_hand_silences_its_entry(sample: Path) -> None:
    _run(sample, "translate", "confirm", "--all")
    products = sample / PRODUCTS
    text = products.read_text(encoding="utf-8").replace("一站连接", "一站式连接", 1)
    products.write_text(text.replace("One-Stop Connection to Services", "One-Stop Connection to All Services", 1), encoding="utf-8")
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []


def test_lock_is_sorted_and_reads_back(sample: Path) -> None:
    _run(sample, "translate", "confirm", "--all")
    text = (sample / "content" / lock.LOCK_NAME).read_text(encoding="utf-8")
    keys = [line for line in text.splitlines() if line.startswith('"')]
    assert keys == sorted(keys)
    report, _ = load_report(Project(sample))
    entries = lock.read(sample)
    for unit in units(report):
        if unit.en:
            assert entries[unit.key].source == unit.zh.strip()


# -- figures ------------------------------------------------------------------------------------


def test_a_figure_that_differs_from_the_chinese_is_refused_per_unit(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = sample / "all.xlf"
    _run(sample, "translate", "export", "-o", str(out))
    by_key, store = _units20(out)
    unit = by_key[f"{PRODUCTS}#sections.0.sections.0.blocks.0.text"]  # 近70万家商家 ... nearly 700,000 merchants
    assert "nearly 700,000 merchants" in unit.target
    unit.target = unit.target.replace("nearly 700,000 merchants", "nearly 70,000 merchants")
    out.write_bytes(bytes(store))
    before = _tree(sample / "content")
    assert _run(sample, "translate", "import", str(out)) == 1
    err = capsys.readouterr().err
    assert "error[T304]" in err and "“近70万家” has no figure of the same value in the English" in err
    assert _tree(sample / "content") == before
    assert _run(sample, "translate", "import", "--accept-figures", str(out)) == 0
    assert "nearly 70,000 merchants" in (sample / PRODUCTS).read_text(encoding="utf-8")


def test_scale_words_are_normalised(sample: Path) -> None:
    out = sample / "all.xlf"
    _run(sample, "translate", "export", "-o", str(out))
    by_key, store = _units20(out)
    unit = by_key[f"{PRODUCTS}#sections.0.sections.0.blocks.0.text"]
    unit.target = unit.target.replace("nearly 700,000 merchants", "nearly 0.7 million merchants")
    out.write_bytes(bytes(store))
    assert _run(sample, "translate", "import", str(out)) == 0


# -- TMX, inline codes, YAML edits ---------------------------------------------------------------


def test_tmx_holds_every_translated_pair(sample: Path) -> None:
    out = sample / "tm.tmx"
    assert _run(sample, "translate", "export", "-o", str(sample / "x.xlf"), "--tmx", str(out)) == 0
    store = tmx.tmxfile.parsefile(str(out))
    report, _ = load_report(Project(sample))
    translated = [u for u in units(report) if (u.en or "").strip()]
    assert len(store.units) == len(translated)
    assert store.units[0].source == translated[0].zh.rstrip("\n") and store.units[0].target == (translated[0].en or "").rstrip("\n")


def test_every_sample_string_tokenizes_and_renders_back_exactly() -> None:
    report, _ = load_report(Project(REPO))
    for unit in units(report):
        for text in (unit.zh, unit.en or ""):
            assert inline.render(inline.tokenize(text)) == text


def test_yaml_edit_keeps_comments_crlf_and_quoting() -> None:
    text = "# head\r\nt: {zh: 你好, en: 'it''s'}  # c\r\nb:\r\n  zh: |\r\n    一\r\n\r\n    二\r\n  # between\r\nc: {zh: 三}\r\n"
    out = set_english(text, {("t",): "it's: new", ("b",): "One\n\nTwo\n", ("c",): "Three"})
    assert out == ("# head\r\nt: {zh: 你好, en: 'it''s: new'}  # c\r\nb:\r\n  zh: |\r\n    一\r\n\r\n    二\r\n"
                   "  en: |\r\n    One\r\n\r\n    Two\r\n  # between\r\nc: {zh: 三, en: Three}\r\n")


# -- paragraph and list marks (structure inside a string) -----------------------------------------

LIST_BLOCK = """  - text:
      zh: |
        我们的三项承诺：

        - 公开捐赠数据
        - 按月披露进展

        ## 下一步
        继续投入。
"""


def _with_list(root: Path) -> None:
    giving = root / GIVING
    text = giving.read_text(encoding="utf-8")
    giving.write_text(text.replace("    aliases: [粉丝, 公众号粉丝, followers]\n  blocks:\n",
                                   "    aliases: [粉丝, 公众号粉丝, followers]\n  blocks:\n" + LIST_BLOCK, 1), encoding="utf-8")


def _list_unit(root: Path, fmt: str = "xliff2") -> tuple[Path, Any, Any]:
    out = root / "list.xlf"
    assert _run(root, "translate", "export", "--only", "missing", "--format", fmt, "-o", str(out)) == 0
    store = (xliff2.Xliff2File if fmt == "xliff2" else xliff.xlifffile).parsefile(str(out))
    unit = next(u for u in store.units if u.getid().endswith("sections.0.blocks.0.text"))  # 1.2: the toolkit prefixes the file
    return out, unit, store


def test_paragraph_breaks_list_marks_and_headings_are_protected_codes(sample: Path) -> None:
    _with_list(sample)
    out, unit, store = _list_unit(sample)
    src = unit.xmlelement.find(f"{{{X2}}}source")
    marks = [(el.get("subType"), el.get("disp"), el.get("canDelete")) for el in src.iter(f"{{{X2}}}ph")]
    assert marks == [("csr:paragraph", "¶", "no"), ("csr:list-item", "-", "no"), ("csr:list-item", "⏎-", "no"),
                     ("csr:paragraph", "¶", "no"), ("csr:heading", "##", "no")]
    assert "".join(src.itertext()) == "我们的三项承诺：公开捐赠数据按月披露进展下一步\n继续投入。"  # the words only
    # The translator types around the copied tags; the list and heading come back with their marks.
    _translate_with_tags(unit, ["Our three commitments:", "", "Publish donation data", "Report progress monthly", "", "Next\nKeep investing."])
    out.write_bytes(bytes(store))
    assert _run(sample, "translate", "import", str(out)) == 0
    assert ("      en: |\n        Our three commitments:\n\n        - Publish donation data\n        - Report progress monthly\n\n"
            "        ## Next\n        Keep investing.\n") in (sample / GIVING).read_text(encoding="utf-8")


@pytest.mark.parametrize("breakage, message", [
    ("lost-paragraph", "lost code 1 (paragraph break ¶)"),
    ("lost-bullet", "lost code 3 (list mark ⏎-)"),
    ("typed-bullet", "a list mark is typed as text (3 in the target, 2 in the source)"),
    ("typed-paragraph", "a paragraph break is typed as text"),
])
def test_a_unit_that_lost_or_typed_structure_is_refused(sample: Path, capsys: pytest.CaptureFixture[str], breakage: str, message: str) -> None:
    _with_list(sample)
    out, unit, store = _list_unit(sample)
    _translate_with_tags(unit, ["Our three commitments:", "", "Publish donation data", "Report progress monthly", "", "Next\nKeep investing."])
    tgt = unit.xmlelement.find(f"{{{X2}}}target")
    if breakage == "lost-paragraph":
        tgt.text += tgt[0].tail or ""
        tgt.remove(tgt[0])  # two paragraphs would run together
    elif breakage == "lost-bullet":
        tgt[1].tail += tgt[2].tail
        tgt.remove(tgt[2])
    elif breakage == "typed-bullet":
        tgt[2].tail = "Report progress\n- monthly"
    else:
        tgt[2].tail = "Report progress\n\nmonthly"
    out.write_bytes(bytes(store))
    before = _tree(sample / "content")
    assert _run(sample, "translate", "import", str(out)) == 1
    assert message in capsys.readouterr().err
    assert _tree(sample / "content") == before


def test_structure_codes_survive_xliff12(sample: Path) -> None:
    _with_list(sample)
    out, unit, store = _list_unit(sample, "xliff12")
    src = unit.xmlelement.find(f"{{{inline.X12}}}source")
    assert [el.get("ctype") for el in src] == ["x-csr-paragraph", "x-csr-list-item", "x-csr-list-item", "x-csr-paragraph", "x-csr-heading"]
    tgt = copy.deepcopy(src)
    tgt.tag = f"{{{inline.X12}}}target"
    tgt.text = "Three:"
    for el, tail in zip(tgt, ["", "Publish", "Report", "", "Next\nGo."], strict=True):
        el.tail = tail
    unit.xmlelement.insert(1, tgt)
    out.write_bytes(bytes(store))
    assert _run(sample, "translate", "import", str(out)) == 0
    assert "      en: |\n        Three:\n\n        - Publish\n        - Report\n\n        ## Next\n        Go.\n" in (sample / GIVING).read_text(encoding="utf-8")


# -- zh-Hant overrides as a translation target ----------------------------------------------------


def _hant_units(path: Path) -> tuple[dict[str, xliff2.Xliff2Unit], xliff2.Xliff2File]:
    return _units20(path)


def test_zh_hant_export_then_import_unchanged_keeps_every_content_byte(sample: Path) -> None:
    before = _tree(sample / "content")
    out = sample / "hant.xlf"
    assert _run(sample, "translate", "export", "--to", "zh-Hant", "--only", "all", "-o", str(out)) == 0
    root = etree.parse(str(out)).getroot()
    assert root.get("trgLang") == "zh-HK"
    by_key, _ = _hant_units(out)
    title = by_key[f"{PRODUCTS}#sections.0.title"]
    # No override yet: the target offered is what the zh-Hant edition prints, marked as a draft to review.
    assert title.target == "微信，一站連接生態服務"
    assert title.xmlelement.get("state") == "initial"
    assert _run(sample, "translate", "import", str(out)) == 0
    assert _tree(sample / "content") == before


def test_a_reviewed_zh_hant_target_becomes_an_override_and_goes_stale_when_the_chinese_changes(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = sample / "content" / "report.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("editions: [zh, en]", "editions: [zh, en, zh-Hant]"), encoding="utf-8")
    out = sample / "hant.xlf"
    assert _run(sample, "translate", "export", "--to", "zh-Hant", "--only", "missing", "-o", str(out)) == 0
    by_key, store = _hant_units(out)
    by_key[f"{PRODUCTS}#sections.0.title"].target = "微信，一站式連繫生態服務"  # the Hong Kong reviewer's wording
    out.write_bytes(bytes(store))
    assert _run(sample, "translate", "import", str(out)) == 0
    assert "added chapters/02-products.yaml#sections.0.title.zh-Hant" in capsys.readouterr().out
    text = (sample / PRODUCTS).read_text(encoding="utf-8")
    assert 'title: {zh: 微信，一站连接生态服务, en: "WeChat: One-Stop Connection to Services", zh-Hant: 微信，一站式連繫生態服務}' in text
    entries = lock.read(sample)
    assert entries["chapters/02-products.yaml#sections.0.title.zh-Hant"].lang == "zh-Hant"
    assert "\n  zh-Hant: " in (sample / "content" / lock.LOCK_NAME).read_text(encoding="utf-8")
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []
    # The writer changes the Simplified: the override is T302 at its own line, and export --only stale sends it.
    (sample / PRODUCTS).write_text(text.replace("title: {zh: 微信，一站连接生态服务,", "title: {zh: 微信，一站式连接生态服务,", 1), encoding="utf-8")
    stale = [d for d in check_project(Project(sample)) if d.code == "T302"]
    assert len(stale) == 1 and "zh-Hant override" in stale[0].message and "微信，一站{+式+}连接生态服务" in stale[0].message
    assert "--to zh-Hant --only stale" in (stale[0].hint or "")
    assert _run(sample, "translate", "export", "--to", "zh-Hant", "--only", "stale", "-o", str(out)) == 0
    assert list(_hant_units(out)[0]) == [f"{PRODUCTS}#sections.0.title"]
    assert _run(sample, "translate", "confirm", f"{stale[0].location.path}:{stale[0].location.line}") == 0
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []


def test_a_zh_hant_target_with_another_figure_is_refused(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = sample / "hant.xlf"
    _run(sample, "translate", "export", "--to", "zh-Hant", "-o", str(out))
    by_key, store = _hant_units(out)
    unit = by_key[f"{PRODUCTS}#sections.0.sections.0.blocks.0.text"]
    assert "近70萬家" in unit.target
    unit.target = unit.target.replace("近70萬家", "近7萬家")
    out.write_bytes(bytes(store))
    before = _tree(sample / "content")
    assert _run(sample, "translate", "import", str(out)) == 1
    err = capsys.readouterr().err
    assert "error[T304]" in err and "“近70万家” has no figure of the same value in the Traditional (it has" in err and "“近7萬家”" in err
    assert _tree(sample / "content") == before


def test_a_phrase_override_the_chinese_no_longer_holds_is_t302_at_its_line(sample: Path) -> None:
    report = sample / "content" / "report.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("editions: [zh, en]", "editions: [zh, en, zh-Hant]"), encoding="utf-8")
    (sample / "content" / "zh-Hant-overrides.yaml").write_text("# phrase: Traditional\n一站连接: 一站式連接\n信息: 資訊\n", encoding="utf-8")
    assert [d for d in check_project(Project(sample)) if d.code == "T302"] == []  # both phrases occur
    products = sample / PRODUCTS
    products.write_text(products.read_text(encoding="utf-8").replace("一站连接", "一站式连接"), encoding="utf-8")
    stale = [d for d in check_project(Project(sample)) if d.code == "T302"]
    assert len(stale) == 1 and "override of “一站连接” applies nowhere" in stale[0].message
    assert str(stale[0].location).startswith("content/zh-Hant-overrides.yaml:2:")
