"""A content string <-> text and protected inline codes, as XLIFF 2.0 (<ph>/<pc>) or 1.2 (<x/>/<g>) elements.

What a translator must keep but may move: `{m:id}` metric references and `{=id}` figure links (a
placeholder each), Markdown emphasis and links (a paired code around the words they mark), and the
Markdown structure of a string: a paragraph break (a blank line), a list item's bullet or number and
a heading's `#`s at a line's start (a placeholder each, the line break before them included: a
translator who drops one would merge two paragraphs or list items, or turn a list item into text). The
native markup of every code travels in the file (2.0: <originalData>; 1.2: `equiv-text` and two
attributes of our own namespace on <g>), so the exported source is rebuilt byte for byte on import
and the target is rebuilt from the *source's* codes by id: a translator can never change what a code
prints, only where it stands. `render(tokenize(t)) == t` for every string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..markup import FIGURE_LINK, METRIC_REF

X2 = "urn:oasis:names:tc:xliff:document:2.0"
X12 = "urn:oasis:names:tc:xliff:document:1.2"
CSR = "urn:csrpress:xliff"  # our attributes on 1.2 <g>: the Markdown that opens and closes it

_LINK = r"(?P<img>!?)\[(?P<ltext>[^\[\]\n]*)\](?P<lurl>\([^()\s]*(?:\s+\"[^\"\n]*\")?\))"
_INLINE = "|".join((
    r"(?P<ref>" + METRIC_REF.pattern + ")",
    r"(?P<flink>" + FIGURE_LINK.pattern + ")",
    _LINK,
    r"(?P<b>\*\*|__)(?![\s*_])(?P<btext>[^\n]+?)(?<![\s*_])(?P=b)",
    r"\*(?![\s*])(?P<itext>[^*\n]+?)(?<![\s*])\*",
))
# Structure, read at the top level of a string only (a "- " inside **...** is words): a blank line, or a
# line break with the list or heading mark that starts the next line (a bullet or number needs the
# space after it, as in CommonMark). Tried before the inline codes, so "* item" is a bullet, not italics.
_BLOCK = "|".join((
    r"(?P<para>\n(?:[ \t]*\n)+)",
    r"(?P<item>(?:\n|^|(?<=\n))[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)",  # (?<=\n): right after a blank line
    r"(?P<head>(?:\n|^|(?<=\n))[ \t]*#{1,6}[ \t]+)",
))
_TOP = re.compile(_BLOCK + "|" + _INLINE)
_NESTED = re.compile(_INLINE)
_STRUCTURE = {"para": "paragraph", "item": "list-item", "head": "heading"}


@dataclass(slots=True)
class Code:
    id: str
    kind: str  # "ph" (standalone) or "pc" (paired, around `inner`)
    role: str  # metric, figure-link, link, image, bold, italic, paragraph, list-item, heading
    open: str  # the native markup: `{m:id}`, `**`, `[`
    close: str = ""  # for pc: `**`, `](url)`
    inner: list[str | Code] = field(default_factory=list)


Segments = list["str | Code"]


def tokenize(text: str, counter: list[int] | None = None) -> Segments:
    """The string as text runs and codes, numbered 1, 2, ... in reading order."""
    top = counter is None
    counter = counter if counter is not None else [0]
    out: Segments = []
    pos = 0
    for m in (_TOP if top else _NESTED).finditer(text):
        block = next((g for g in _STRUCTURE if m.groupdict().get(g)), None)
        if m.start() > pos:
            out.append(text[pos : m.start()])
        counter[0] += 1
        cid = str(counter[0])
        if block:
            out.append(Code(cid, "ph", _STRUCTURE[block], m.group(0)))
        elif m.group("ref"):
            out.append(Code(cid, "ph", "metric", m.group(0)))
        elif m.group("flink"):
            out.append(Code(cid, "ph", "figure-link", m.group(0)))
        elif m.group("ltext") is not None:
            role = "image" if m.group("img") else "link"
            out.append(Code(cid, "pc", role, m.group("img") + "[", "]" + m.group("lurl"), tokenize(m.group("ltext"), counter)))
        elif m.group("btext") is not None:
            out.append(Code(cid, "pc", "bold", m.group("b"), m.group("b"), tokenize(m.group("btext"), counter)))
        else:
            out.append(Code(cid, "pc", "italic", "*", "*", tokenize(m.group("itext"), counter)))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def display(code: Code) -> str:
    """What a CAT tool shows for a placeholder (`disp`): the markup itself, a structure mark as a symbol
    (the line break it holds would be invisible)."""
    if code.role == "paragraph":
        return "¶"
    if code.role in ("list-item", "heading"):
        return ("⏎" if code.open.startswith("\n") else "") + code.open.strip()
    return code.open


def render(segments: Segments) -> str:
    """Segments -> the content string (text and native markup)."""
    parts = []
    for seg in segments:
        if isinstance(seg, str):
            parts.append(seg)
        else:
            parts.append(seg.open + (render(seg.inner) + seg.close if seg.kind == "pc" else ""))
    return "".join(parts)


def codes(segments: Segments) -> dict[str, Code]:
    """Every code of the segments by id, nested ones included."""
    found: dict[str, Code] = {}
    for seg in segments:
        if isinstance(seg, Code):
            found[seg.id] = seg
            found.update(codes(seg.inner))
    return found


def align(target: str, source: Segments) -> Segments:
    """An existing translation tokenized with the source's ids: a code of the same markup takes the
    source's id (in order of appearance); markup the source lacks stays plain text."""
    free: dict[tuple[str, str, str], list[str]] = {}
    for code in codes(source).values():
        free.setdefault((code.role, code.open, code.close), []).append(code.id)

    def relabel(segs: Segments) -> Segments:
        out: Segments = []
        for seg in segs:
            if isinstance(seg, str):
                out.append(seg)
                continue
            ids = free.get((seg.role, seg.open, seg.close))
            if not ids:
                out.append(render([seg]) if seg.kind == "ph" else seg.open)
                if seg.kind == "pc":
                    out.extend(relabel(seg.inner))
                    out.append(seg.close)
                continue
            out.append(Code(ids.pop(0), seg.kind, seg.role, seg.open, seg.close, relabel(seg.inner)))
        return out

    return relabel(tokenize(target))


# -- to XML ----------------------------------------------------------------------------------

_SUBTYPE = {"bold": "xlf:b", "italic": "xlf:i", "paragraph": "csr:paragraph", "list-item": "csr:list-item", "heading": "csr:heading"}
_TYPE = {"bold": "fmt", "italic": "fmt", "link": "link", "image": "image", "paragraph": "fmt", "list-item": "fmt", "heading": "fmt"}
_CTYPE12 = {"metric": "x-csr-metric", "figure-link": "x-csr-figure-link", "bold": "bold", "italic": "italic",
            "link": "link", "image": "x-csr-image", "paragraph": "x-csr-paragraph", "list-item": "x-csr-list-item",
            "heading": "x-csr-heading"}


class DataRefs:
    """XLIFF 2.0 <originalData> of one unit: each distinct native markup once, as d1, d2, ..."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def ref(self, native: str) -> str:
        return self.ids.setdefault(native, f"d{len(self.ids) + 1}")

    def element(self) -> etree._Element | None:
        if not self.ids:
            return None
        od = etree.Element(f"{{{X2}}}originalData")
        for native, did in self.ids.items():
            data = etree.SubElement(od, f"{{{X2}}}data", id=did)
            data.text = native
        return od


def fill(parent: etree._Element, segments: Segments, version: str, refs: DataRefs | None = None) -> None:
    """Append text and code elements for `segments` under `parent` (a <source>, <target> or <pc>/<g>)."""
    last: etree._Element | None = None

    def put(text: str) -> None:
        if last is None:
            parent.text = (parent.text or "") + text
        else:
            last.tail = (last.tail or "") + text

    for seg in segments:
        if isinstance(seg, str):
            put(seg)
            continue
        if version == "2.0":
            assert refs is not None
            if seg.kind == "ph":
                el = etree.SubElement(parent, f"{{{X2}}}ph", id=seg.id, dataRef=refs.ref(seg.open), disp=display(seg),
                                      canCopy="no", canDelete="no")
            else:
                el = etree.SubElement(parent, f"{{{X2}}}pc", id=seg.id, dataRefStart=refs.ref(seg.open), dataRefEnd=refs.ref(seg.close),
                                      dispStart=seg.open, dispEnd=seg.close, canCopy="no", canDelete="no", canOverlap="no")
            if seg.role in _TYPE:
                el.set("type", _TYPE[seg.role])
            if seg.role in _SUBTYPE:
                el.set("subType", _SUBTYPE[seg.role])
        elif seg.kind == "ph":
            el = etree.SubElement(parent, f"{{{X12}}}x", id=seg.id, ctype=_CTYPE12[seg.role])
            el.set("equiv-text", seg.open)
        else:
            el = etree.SubElement(parent, f"{{{X12}}}g", id=seg.id, ctype=_CTYPE12[seg.role])
            el.set(f"{{{CSR}}}open", seg.open)
            el.set(f"{{{CSR}}}close", seg.close)
        if seg.kind == "pc":
            fill(el, seg.inner, version, refs)
        last = el


# -- from XML --------------------------------------------------------------------------------


class Broken(ValueError):
    """A target whose codes were lost, added, duplicated or altered: the message says which."""


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def read_source(el: etree._Element, original: dict[str, str]) -> Segments:
    """A <source> element -> segments with their native markup (from <originalData> or our attributes)."""
    out: Segments = []
    if el.text:
        out.append(el.text)
    for child in el:
        name = _local(child)
        cid = child.get("id", "")
        if name in ("ph", "x"):
            native = original.get(child.get("dataRef", ""), child.get("disp") or child.get("equiv-text") or "")
            out.append(Code(cid, "ph", _role(child), native))
        elif name in ("pc", "g"):
            start = original.get(child.get("dataRefStart", ""), child.get("dispStart") or child.get(f"{{{CSR}}}open") or "")
            end = original.get(child.get("dataRefEnd", ""), child.get("dispEnd") or child.get(f"{{{CSR}}}close") or "")
            out.append(Code(cid, "pc", _role(child), start, end, read_source(child, original)))
        elif name == "mrk":
            out.extend(read_source(child, original))
        elif isinstance(child.tag, str):
            raise Broken(f"the source holds <{name}>, which csrpress never writes")
        if child.tail:
            out.append(child.tail)
    return out


def _role(el: etree._Element) -> str:
    for role, ctype in _CTYPE12.items():
        if el.get("ctype") == ctype:
            return role
    return {v: k for k, v in _SUBTYPE.items()}.get(el.get("subType", ""), el.get("type", ""))


def read_target(el: etree._Element, source: Segments, strict: bool = True) -> str:
    """A <target> -> the content string, each code printed as the source's code of that id.

    Raises Broken when a code of the source is missing, repeated, unknown, of another kind (a
    placeholder where a pair was), or carries other markup; or when a code was typed as text."""
    known = codes(source)
    seen: set[str] = set()
    opened: list[str] = []  # 2.0 <sc> waiting for its <ec>

    def text(s: str | None) -> str:
        if strict and s and (METRIC_REF.search(s) or FIGURE_LINK.search(s)):
            raise Broken(f"`{(METRIC_REF.search(s) or FIGURE_LINK.search(s)).group(0)}` is typed as text: "  # type: ignore[union-attr]
                         "use the protected code from the source instead")
        return s or ""

    def code(child: etree._Element, cid: str, kind: str) -> Code:
        src = known.get(cid)
        if src is None:
            raise Broken(f"code {cid or '(no id)'} is not in the source")
        if cid in seen:
            raise Broken(f"code {cid} ({_show(src)}) appears twice")
        if src.kind != kind:
            raise Broken(f"code {cid} ({_show(src)}) changed from a {'pair' if src.kind == 'pc' else 'placeholder'} "
                         f"to a {'pair' if kind == 'pc' else 'placeholder'}")
        return src

    def walk(node: etree._Element) -> str:
        parts = [text(node.text)]
        for child in node:
            name = _local(child)
            cid = child.get("id", child.get("startRef", "")) if name != "ec" else child.get("startRef", child.get("id", ""))
            if name in ("ph", "x"):
                src = code(child, cid, "ph")
                seen.add(cid)
                parts.append(src.open)
            elif name in ("pc", "g"):
                src = code(child, cid, "pc")
                seen.add(cid)
                inner = walk(child)
                if not inner.strip():
                    raise Broken(f"code {cid} ({_show(src)}) encloses no text")
                parts.append(src.open + inner + src.close)
            elif name == "sc":
                src = code(child, cid, "pc")
                seen.add(cid)
                opened.append(cid)
                parts.append(src.open)
            elif name == "ec":
                if cid not in opened:
                    raise Broken(f"code {cid} closes before it opens")
                opened.remove(cid)
                parts.append(known[cid].close)
            elif name == "mrk":
                parts.append(walk(child))
            elif isinstance(child.tag, str):
                raise Broken(f"<{name}> is not a code of this unit")
            if name in ("ph", "x", "pc", "g") and cid in known:
                _same_markup(child, cid, known[cid])
            parts.append(text(child.tail))
        return "".join(parts)

    result = walk(el)
    if not strict:
        return result
    if opened:
        raise Broken(f"code {opened[0]} is opened and never closed")
    missing = [cid for cid in known if cid not in seen]
    if missing:
        raise Broken("lost " + ", ".join(f"code {cid} ({_show(known[cid])})" for cid in missing) + ": put it back where the words it marks are")
    # A blank line or a line-start bullet typed in the words would print a paragraph or list item the
    # Chinese does not have: the structure read back must be the source's, mark for mark.
    want, got = _structure(source), _structure(tokenize(result))
    if got != want:
        extra = next((role for role in _NAMES if got.count(role) > want.count(role)), None)
        if extra is not None:
            raise Broken(f"a {_NAMES[extra]} is typed as text ({got.count(extra)} in the target, {want.count(extra)} in the source): "
                         "remove it, the source's codes carry the structure")
        raise Broken("a code's line break was merged with the words next to it (the paragraphs or list items read back differently): "
                     "keep each structure code between words, not beside a typed line break")
    return result


def _structure(segments: Segments) -> list[str]:
    return sorted(c.role for c in codes(segments).values() if c.role in _NAMES)


def _same_markup(el: etree._Element, cid: str, src: Code) -> None:
    """A code whose native markup attributes were edited is refused (the source's would be printed)."""
    for attr in ("equiv-text", f"{{{CSR}}}open", f"{{{CSR}}}close", "disp", "dispStart", "dispEnd"):
        value = el.get(attr)
        expected = {"equiv-text": src.open, f"{{{CSR}}}open": src.open, f"{{{CSR}}}close": src.close,
                    "disp": display(src), "dispStart": src.open, "dispEnd": src.close}[attr]
        if value is not None and value != expected:
            raise Broken(f"code {cid} ({_show(src)}) was altered to `{value}`")


_NAMES = {"paragraph": "paragraph break", "list-item": "list mark", "heading": "heading mark"}


def _show(code: Code) -> str:
    if code.role in _NAMES:
        return f"{_NAMES[code.role]} {display(code)}"
    return code.open if code.kind == "ph" else f"{code.open}…{code.close}"
