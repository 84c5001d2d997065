"""Report -> an XLIFF file (2.0, or 1.2 for older CAT tools) of the strings to translate, and a TMX of the pairs.

translate-toolkit writes the stores (its `xliff2.Xliff2File`, `xliff.xlifffile` and `tmx.tmxfile`):
the library every open CAT pipeline (Pootle, Weblate, Virtaal) uses, so its files are the shape
Trados, memoQ and Phrase read. Two things are done by hand on its lxml tree, because the toolkit's
XLIFF 2.0 support is young: inline codes (it has no <ph>/<pc> placeables for 2.0) and the place of
<notes> and xml:space, which 2.0 wants on the <unit> (the toolkit puts them on the <segment>).

One <file> per content file (`original` = its path), one unit per string, id = the YAML path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml import etree
from translate.storage import tmx, xliff, xliff2

from ..model import Report
from . import inline, lock
from .strings import Unit, units

SOURCE_LANG, TARGET_LANG = "zh-CN", "en"
# The language tags written for each target: CAT tools know zh-HK (Trados, memoQ: "Chinese (Hong Kong)").
XLIFF_LANG = {"en": "en", "zh-Hant": "zh-HK"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True, slots=True)
class Selected:
    unit: Unit
    why: str  # missing, stale, translated
    target: str | None = None  # the target offered: the translation written, or (zh-Hant, missing) the automatic conversion


def select(report: Report, entries: dict[str, lock.Entry], only: set[str], lang: str = "en",
           convert: Callable[[list[str]], list[str]] | None = None) -> list[Selected]:
    """The units to send: `missing` (no en; for zh-Hant no override of its own), `stale` (T302: the zh
    changed since the translation was recorded), `all`. For zh-Hant a string without an override is
    offered with what the edition prints now (`convert`), for the reviewer to correct or leave."""
    chosen = []
    for unit in units(report):
        written = unit.target(lang)
        why = "missing" if not (written or "").strip() else "stale" if lock.is_stale(entries, unit.target_key(lang), unit.zh, written) \
            else "translated"
        if "all" in only or why in only:
            chosen.append(Selected(unit, why, written if why != "missing" else None))
    if convert is not None:  # all the conversions at once (hant.convert_texts)
        drafts = iter(convert([s.unit.zh for s in chosen if s.why == "missing"]))
        chosen = [Selected(s.unit, s.why, next(drafts)) if s.why == "missing" else s for s in chosen]
    return chosen


def _strip(text: str) -> str:
    """Segments go out without the trailing newline of a block scalar (a CAT tool would show it as a stray mark)."""
    return text.rstrip("\n")


def xliff_bytes(selected: Iterable[Selected], version: str, entries: dict[str, lock.Entry] | None = None,
                lang: str = "en", source_lang: str = SOURCE_LANG) -> bytes:
    target_lang = XLIFF_LANG[lang]
    if version == "2.0":
        store = xliff2.Xliff2File(sourcelanguage=source_lang, targetlanguage=target_lang)
        root = store.document.getroot()
        for f in list(root):
            root.remove(f)  # the skeleton's empty <file id="f1">
    else:
        store = xliff.xlifffile.parsestring(
            f"<xliff version='1.2' xmlns='{inline.X12}' xmlns:csr='{inline.CSR}'><file original='csrpress' source-language='{source_lang}' "
            f"target-language='{target_lang}' datatype='x-csrpress-markdown'><body/></file></xliff>".encode())
        root = store.document.getroot()  # its first <file> holds the languages the toolkit reads: removed at the end
    files: dict[str, etree._Element] = {}
    for sel in selected:
        unit = sel.unit
        if version == "2.0":
            if unit.file not in files:
                files[unit.file] = etree.SubElement(root, f"{{{inline.X2}}}file", id=f"f{len(files) + 1}", original=unit.file)
            store.body = files[unit.file]
            tunit = store.addsourceunit("")
        else:
            tunit = store.addsourceunit("", filename=unit.file, createifmissing=True)  # one <file original=...> each
        tunit.setid(unit.id)
        source = inline.tokenize(_strip(unit.zh))
        target = inline.align(_strip(sel.target), source) if sel.target else None
        notes = [*unit.notes, f"Status: {sel.why}"]
        if lang == "zh-Hant" and sel.why == "missing":
            notes.append("Target: the automatic Traditional conversion (OpenCC s2hk and the report's phrase overrides); "
                         "correct it, or leave it as it is to keep printing the conversion")
        name = unit.target_key(lang)
        if sel.why == "stale" and entries is not None and name in entries:
            what = "English" if lang == "en" else "zh-Hant override"
            notes.append(f"Changed in the Chinese since the {what} was written: {lock.short_diff(entries[name].source, unit.zh, 60)}")
        # A machine conversion offered for review is a draft (2.0 `initial`, 1.2 `needs-review-translation`), not a translation.
        draft = lang == "zh-Hant" and sel.why == "missing"
        if version == "2.0":
            _unit20(tunit, source, target, notes, "initial" if draft else "translated")
        else:
            _unit12(tunit, source, target, notes, "needs-review-translation" if draft else "translated")
    if version == "1.2" and len(root) > 1:
        root.remove(root[0])
    etree.cleanup_namespaces(root)  # units made in the toolkit's default (1.1) namespace keep a stray xmlns:ns0
    return bytes(store)


def _unit20(tunit: xliff2.Xliff2Unit, source: inline.Segments, target: inline.Segments | None, notes: list[str], state: str) -> None:
    segment = tunit.xmlelement
    unit_el = segment.getparent()
    segment.attrib.pop(f"{{{_XML_NS}}}space", None)
    unit_el.set(f"{{{_XML_NS}}}space", "preserve")  # 2.0 allows xml:space on <unit>, not on <segment>
    segment.set("canResegment", "no")  # one string, one segment: its codes and Markdown stay whole
    refs = inline.DataRefs()
    src_el = segment.find(f"{{{inline.X2}}}source")
    src_el.text = None
    inline.fill(src_el, source, "2.0", refs)
    if target is not None:
        tgt = etree.SubElement(segment, f"{{{inline.X2}}}target")
        inline.fill(tgt, target, "2.0", refs)
        segment.set("state", state)
    notes_el = etree.Element(f"{{{inline.X2}}}notes")
    for text in notes:
        etree.SubElement(notes_el, f"{{{inline.X2}}}note", category="context").text = text
    position = 0
    unit_el.insert(position, notes_el)  # order in 2.0: <notes>, <originalData>, <segment>
    original = refs.element()
    if original is not None:
        unit_el.insert(position + 1, original)


def _unit12(tunit: xliff.xliffunit, source: inline.Segments, target: inline.Segments | None, notes: list[str], state: str) -> None:
    el = tunit.xmlelement
    src_el = el.find(f"{{{inline.X12}}}source")
    src_el.text = None
    inline.fill(src_el, source, "1.2")
    if target is not None:
        tgt = etree.SubElement(el, f"{{{inline.X12}}}target", state=state)
        inline.fill(tgt, target, "1.2")
    for text in notes:
        etree.SubElement(el, f"{{{inline.X12}}}note", {"from": "csrpress"}).text = text


def tmx_bytes(report: Report, lang: str = "en", source_lang: str = SOURCE_LANG) -> bytes:
    """Every translated string as a zh/en pair (zh/zh-Hant: each override) with Markdown and codes as
    written, for the agency's translation memory."""
    target_lang = XLIFF_LANG[lang]
    store = tmx.tmxfile(sourcelanguage=source_lang, targetlanguage=target_lang)
    for unit in units(report):
        written = unit.target(lang)
        if (written or "").strip():
            store.addtranslation(_strip(unit.zh), source_lang, _strip(written or ""), target_lang, comment=unit.target_key(lang))
    return bytes(store)
