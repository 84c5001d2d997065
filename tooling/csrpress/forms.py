"""HTML form controls -> PDF form fields: a field font for each edition, and one field per radio group.

WeasyPrint embeds the whole font of a form field (a viewer must be able to draw any character
typed into it), and the whole Noto CJK font is ~16 MB. WeasyPrint lays the fields out with a small
Latin font cut from the report's own sans font (~17 kB). That is the English edition's field font;
in a Chinese edition every text field is pointed at a standard Adobe CJK font instead
(STSong-Light, or MSung-Light for Traditional), which PDF readers supply themselves, so a reader
can type any Chinese into 姓名 or 意见 and the PDF grows by a font dictionary, not a font.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
import re
import subprocess
import tempfile
from pathlib import Path

FAMILY = "csrpress form"
SOURCE_PATTERN = "Noto Sans CJK SC:style=Regular"
# Printable ASCII and Latin-1: names, e-mail addresses, telephone numbers, Western comments.
UNICODES = tuple(range(0x20, 0x7F)) + tuple(range(0xA0, 0x100))


def _font_file(pattern: str) -> tuple[str, int] | None:
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}\n%{index}", pattern],
                             capture_output=True, text=True, check=False, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, index = out.partition("\n")
    return (path, int(index or 0)) if path else None


def cache_dir() -> Path:
    """Per-user cache of fonts derived from system fonts (like fontconfig's own cache), not of any report."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "csrpress"


def _cut(path: str, index: int) -> bytes | None:
    from fontTools import subset
    from fontTools.ttLib import TTFont, TTLibError

    try:
        # recalcTimestamp off: the same sources must give the same bytes.
        with TTFont(path, fontNumber=index, lazy=True, recalcTimestamp=False) as font:
            options = subset.Options()
            options.layout_features = []
            options.hinting = False
            options.desubroutinize = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=UNICODES)
            subsetter.subset(font)
            buf = io.BytesIO()
            font.save(buf)
    except (OSError, TTLibError, KeyError):
        return None
    return buf.getvalue()


def field_font(path: str, index: int) -> bytes | None:
    """The field font cut from `path`: 0.4 s of fontTools work, so kept in cache_dir() keyed by the source
    font file (path, size, mtime), the fontTools version and this module's source."""
    import fontTools

    try:
        stat = os.stat(path)
        key = hashlib.sha256("\0".join(map(str, (path, index, stat.st_size, stat.st_mtime_ns, fontTools.version,
                                                   Path(__file__).read_bytes()))).encode()).hexdigest()[:32]
    except OSError:
        return None
    cached = cache_dir() / f"field-font-{key}.otf"
    try:
        data = cached.read_bytes()
        if data[:4] in (b"OTTO", b"\x00\x01\x00\x00"):
            return data
    except OSError:
        pass
    data = _cut(path, index)
    if data is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cached.parent, prefix=".field-font-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, cached)
            finally:
                Path(tmp).unlink(missing_ok=True)
        except OSError:
            pass   # an unwritable cache only costs the next build its 0.4 s
    return data


@functools.lru_cache(maxsize=1)
def field_font_css() -> str:
    """The @font-face and the rule giving every form control that font; "" when no font is found."""
    found = _font_file(SOURCE_PATTERN)
    if found is None:
        return ""
    font = field_font(*found)
    if font is None:
        return ""
    data = base64.b64encode(font).decode("ascii")
    # A user stylesheet with !important wins over the author's inherited font-family.
    return (f'@font-face {{ font-family: "{FAMILY}"; src: url(data:font/otf;base64,{data}); }}\n'
            f'input, textarea, select {{ font-family: "{FAMILY}" !important; }}\n')


def fix_radio_groups(document: object, pdf: object) -> None:
    """A WeasyPrint finisher: make each radio button a plain widget of its group's field.

    WeasyPrint 70 gives every radio widget its own /T and also lists it in /AcroForm /Fields,
    so readers see a second field per group ("overall.overall") and may let two be chosen.
    Per ISO 32000 a radio group is one field whose /Kids are name-less widgets.
    """
    catalog = getattr(pdf, "catalog")
    form = catalog.get("AcroForm")
    if form is None:
        return
    objects = getattr(pdf, "objects")
    by_ref = {obj.reference: obj for obj in objects if hasattr(obj, "reference") and isinstance(obj, dict)}
    kids: set[bytes] = set()
    for ref in list(form["Fields"]):
        field = by_ref.get(ref)
        if field is not None and field.get("FT") == "/Btn" and "Kids" in field:
            for kid_ref in field["Kids"]:
                kids.add(kid_ref)
                kid = by_ref.get(kid_ref)
                if kid is not None:
                    kid.pop("T", None)
                    kid.pop("TU", None)
    remaining = [ref for ref in form["Fields"] if ref not in kids]
    form["Fields"].clear()
    form["Fields"].extend(remaining)


#: Per Chinese edition (the HTML lang WeasyPrint records): the standard Adobe CJK font of its script and
#: its Unicode CMap. The UTF16 CMaps (not UCS2) also take characters beyond the BMP (CJK Ext. B names).
#: Metrics as in Adobe's font packs; a reader draws typed text with its own copy of the font.
CJK_FIELD_FONTS = {
    "zh-Hans": ("STSong-Light", "UniGB-UTF16-H", "GB1", 4, (-25, -254, 1000, 880)),
    "zh-Hant": ("MSung-Light", "UniCNS-UTF16-H", "CNS1", 4, (-160, -249, 1015, 888)),
}
CJK_FIELD_NAME = "CJKField"
_DA_FONT = re.compile(rb"/([^\s/\[\]()<>]+)\s+([0-9.]+)\s+Tf")
_DA_STATE = re.compile(rb"/[^\s/\[\]()<>]+\s+gs\s*")


def cjk_field_font(lang: str) -> dict[str, object] | None:
    """The font dictionary (plain Python data) of a Chinese edition's field font, None for other editions."""
    found = CJK_FIELD_FONTS.get(lang)
    if found is None:
        return None
    name, encoding, ordering, supplement, bbox = found
    descriptor = {"Type": "/FontDescriptor", "FontName": f"/{name}", "Flags": 6, "FontBBox": list(bbox),
                  "ItalicAngle": 0, "Ascent": 880, "Descent": -120, "CapHeight": 880, "StemV": 93}
    descendant = {"Type": "/Font", "Subtype": "/CIDFontType0", "BaseFont": f"/{name}",
                  "CIDSystemInfo": {"Registry": "(Adobe)", "Ordering": f"({ordering})", "Supplement": supplement},
                  "FontDescriptor": descriptor, "DW": 1000}
    return {"Type": "/Font", "Subtype": "/Type0", "BaseFont": f"/{name}", "Encoding": f"/{encoding}",
            "DescendantFonts": [descendant]}


def _pdf_value(value: object) -> object:
    import pydyf

    if isinstance(value, dict):
        return pydyf.Dictionary({key: _pdf_value(item) for key, item in value.items()})
    if isinstance(value, list):
        return pydyf.Array(_pdf_value(item) for item in value)
    if isinstance(value, str) and value.startswith("(") and value.endswith(")"):
        return pydyf.String(value[1:-1])
    return value


def use_cjk_field_font(document: object, pdf: object) -> None:
    """A WeasyPrint finisher: in a Chinese edition, every text and choice field's /DA names the edition's
    standard CJK font, which the form's own /DR holds (not the pages' resources: the pages draw nothing
    with it, and every font a page uses stays embedded)."""
    import pydyf

    font = cjk_field_font(getattr(getattr(document, "metadata", None), "lang", None) or "")
    catalog = getattr(pdf, "catalog")
    form = catalog.get("AcroForm")
    if font is None or form is None:
        return
    objects = getattr(pdf, "objects")
    by_ref = {obj.reference: obj for obj in objects if hasattr(obj, "reference") and isinstance(obj, dict)}
    retargeted = 0
    for ref in form["Fields"]:
        field = by_ref.get(ref)
        if field is None or field.get("FT") not in ("/Tx", "/Ch") or "DA" not in field:
            continue
        da = field["DA"].string   # WeasyPrint writes it as bytes: b"/F1a2b 6.75 Tf 0 0 0 rg"
        da = da.encode("latin-1") if isinstance(da, str) else da
        new = _DA_FONT.sub(lambda m: b"/" + CJK_FIELD_NAME.encode() + b" " + m.group(2) + b" Tf", da)
        # WeasyPrint's opacity state (`/a1.0 gs`) names a page resource the form's own /DR does not hold.
        new = _DA_STATE.sub(b"", new).strip()
        field["DA"] = pydyf.String(new)
        retargeted += 1
    if not retargeted:
        return
    descendant = _pdf_value(font.pop("DescendantFonts")[0])
    pdf.add_object(descendant)
    type0 = _pdf_value(font)
    type0["DescendantFonts"] = pydyf.Array([descendant.reference])
    pdf.add_object(type0)
    form["DR"] = pydyf.Dictionary({"Font": pydyf.Dictionary({CJK_FIELD_NAME: type0.reference})})
    # A default appearance for the form as a whole, for fields a reader adds.
    form["DA"] = pydyf.String(f"/{CJK_FIELD_NAME} 0 Tf 0 g".encode())


def finish_fields(document: object, pdf: object) -> None:
    """Every form finisher, in order: one field per radio group, then the CJK field font."""
    fix_radio_groups(document, pdf)
    use_cjk_field_font(document, pdf)
