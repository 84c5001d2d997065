"""Print and archival PDF variants: what WeasyPrint's `pdf_variant` leaves to its caller.

WeasyPrint writes each variant's metadata (XMP identification, output intent, tags); a finisher here
adds what the standard asks and WeasyPrint does not do:

* pdf/x-4, for the print shop. The output intent is the CMYK printer profile found by
  `cmyk_profile()` (the project's `templates/output-intent.icc`, else the CMYK profile that Debian's
  ghostscript ships), which WeasyPrint embeds as the `device-cmyk` profile. The stylesheet's colours
  are sRGB but written as DeviceRGB, which PDF/X allows only when it is calibrated: every page
  gets a DefaultRGB colour space (the sRGB profile WeasyPrint ships). No annotation may sit in the
  printed area, so links are dropped, and the form prints as lines on paper (no fields). The XMP
  DocumentID that WeasyPrint draws at random is derived from the document instead, so two builds of
  the same sources stay identical.
* pdf/a-3b, archival. WeasyPrint lists the attachment twice in the catalogue's /AF (once from the
  name tree, once from the file specification): kept once. The form prints as lines: an archive is
  not filled in, and PDF/A forbids the NeedAppearances flag that unfilled fields rely on.
* pdf/ua-1, accessible. Every table header cell (TH) gets a /Scope attribute, which PDF/UA
  requires and WeasyPrint does not write: Column in a header row (THead), Row elsewhere.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path

VARIANTS = ("pdf/ua-1", "pdf/a-3b", "pdf/x-4")
#: Variants whose forms print as paper forms (lines to write on), without interactive fields.
FLAT_FORMS = frozenset({"pdf/a-3b", "pdf/x-4"})
OUTPUT_INTENT_FILE = "output-intent.icc"   # in templates/: the printer's own profile, when the shop gives one
#: CMYK profiles a machine may have (Debian: libgs-common, installed with ghostscript).
SYSTEM_CMYK_PROFILES = ("/usr/share/color/icc/ghostscript/default_cmyk.icc",
                        "/usr/share/color/icc/ghostscript/ps_cmyk.icc")


PROFILE_HINT = (f"put the print shop's CMYK profile (an .icc file) at templates/{OUTPUT_INTENT_FILE}, "
                "or install Debian's ghostscript profiles: apt-get install libgs-common")


class NoOutputProfile(Exception):
    """pdf/x-4 asked for, and no CMYK profile to use as its output intent."""


def cmyk_profile(templates: Path | None) -> Path:
    """The CMYK output-intent profile of a pdf/x-4 build: the project's own, else the system's."""
    candidates = ([templates / OUTPUT_INTENT_FILE] if templates is not None else []) + [Path(p) for p in SYSTEM_CMYK_PROFILES]
    for path in candidates:
        if path.is_file() and _is_cmyk(path):
            return path
    raise NoOutputProfile(
        f"pdf/x-4 needs a CMYK output profile: none at templates/{OUTPUT_INTENT_FILE}, and none installed with ghostscript")


def _is_cmyk(path: Path) -> bool:
    """An ICC profile (its header, ICC.1 7.2) of an output device whose colour space is CMYK."""
    try:
        with path.open("rb") as fh:
            header = fh.read(40)
    except OSError:
        return False
    return len(header) == 40 and header[36:40] == b"acsp" and header[16:20] == b"CMYK" and header[12:16] == b"prtr"


def finisher(variant: str | None):  # noqa: ANN201 - a WeasyPrint finisher or None
    return {"pdf/x-4": finish_pdfx4, "pdf/a-3b": finish_pdfa3b, "pdf/ua-1": finish_pdfua1}.get(variant or "")


def _objects(pdf: object) -> dict[object, object]:
    return {obj.reference: obj for obj in getattr(pdf, "objects") if hasattr(obj, "reference") and isinstance(obj, dict)}


def finish_pdfx4(document: object, pdf: object) -> None:
    import pydyf
    from importlib.resources import files

    catalog = getattr(pdf, "catalog")
    catalog.pop("AcroForm", None)
    # sRGB as the meaning of every DeviceRGB colour and picture on the pages (ISO 15930-7, 6.2.4.3).
    srgb = pydyf.Stream([(files("weasyprint.pdf") / "sRGB2014.icc").read_bytes()], pydyf.Dictionary({"N": 3}), compress=True)
    pdf.add_object(srgb)
    default_rgb = pydyf.Array(("/ICCBased", srgb.reference))
    objects = _objects(pdf)
    spaces_done: set[object] = set()
    for obj in list(objects.values()):
        if obj.get("Type") == "/Page":
            obj.pop("Annots", None)   # links: no annotation in the printed area
        resources = obj.get("Resources") if obj.get("Type") == "/Page" else None
        if resources is None:
            continue
        resources = objects.get(resources, resources)
        spaces = resources.get("ColorSpace") if isinstance(resources, dict) else None
        if spaces is None or spaces in spaces_done:
            continue
        spaces_done.add(spaces)
        spaces = objects.get(spaces, spaces)
        if isinstance(spaces, dict):
            spaces["DefaultRGB"] = default_rgb
    for obj in objects.values():   # the annotations dropped above are no longer objects a reader finds
        if obj.get("Type") == "/Annot":
            obj.clear()
    intents = catalog.get("OutputIntents")
    if intents:
        intent = intents[0]
        # Not a registered printing condition: "Custom", and the profile's name as the condition.
        intent["OutputCondition"] = intent.get("Info", pydyf.String("CMYK"))
        intent["OutputConditionIdentifier"] = pydyf.String("Custom")
    _stable_document_id(document, pdf)


def _stable_document_id(document: object, pdf: object) -> None:
    """Replace WeasyPrint's random xmpMM:DocumentID with one derived from the title and dates."""
    catalog = getattr(pdf, "catalog")
    ref = catalog.get("Metadata")
    stream = _objects_any(pdf).get(ref)
    if stream is None:
        return
    metadata = getattr(document, "metadata", None)
    seed = "\0".join(str(getattr(metadata, key, "") or "") for key in ("title", "created", "modified", "lang"))
    stable = uuid.UUID(bytes=hashlib.sha256(seed.encode()).digest()[:16], version=4)
    stream.stream = [re.sub(rb"xmp\.did:[0-9a-f-]{36}", f"xmp.did:{stable}".encode(), part) if isinstance(part, bytes) else part
                     for part in stream.stream]


def _objects_any(pdf: object) -> dict[object, object]:
    return {obj.reference: obj for obj in getattr(pdf, "objects") if hasattr(obj, "reference")}


def finish_pdfa3b(document: object, pdf: object) -> None:
    catalog = getattr(pdf, "catalog")
    catalog.pop("AcroForm", None)
    files = catalog.get("AF")
    if files:
        unique = list(dict.fromkeys(files))
        files.clear()
        files.extend(unique)


def finish_pdfua1(document: object, pdf: object) -> None:
    objects = _objects(pdf)
    for obj in objects.values():
        if obj.get("S") != "/TH":
            continue
        row = objects.get(obj.get("P"))
        group = objects.get(row.get("P")) if row is not None else None
        scope = "/Column" if group is not None and group.get("S") == "/THead" else "/Row"
        attributes = obj.get("A")
        if isinstance(attributes, dict):
            attributes["Scope"] = scope
        else:
            import pydyf

            obj["A"] = pydyf.Dictionary({"O": "/Table", "Scope": scope})


def chain(*finishers):  # noqa: ANN201, ANN002 - WeasyPrint finishers
    """One finisher running each given one (None skipped) in order; None when none is given."""
    steps = [step for step in finishers if step is not None]
    if not steps:
        return None

    def run(document: object, pdf: object) -> None:
        for step in steps:
            step(document, pdf)

    return run
