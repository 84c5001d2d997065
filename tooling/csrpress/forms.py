"""HTML form controls -> PDF form fields: a small Latin field font, and one field per radio group.

WeasyPrint embeds the whole font of a form field (a viewer must be able to draw any character
typed into it), and the whole Noto CJK font is ~16 MB. Field labels are ordinary page text, so
the fields themselves only need a font with Latin glyphs; this one is cut from the report's own
sans font so field text matches the page, and is ~17 kB.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import os
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
