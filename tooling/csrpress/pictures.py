"""Pictures the content names (`figure: {src: ...}`, `cover.image`, `cover.logo`) -> files inside the project,
and how finely each prints.

A picture's path is relative to content/ (like a Markdown image), and a path in images/ may also name the
project's own images/ folder beside content/ (where a designer's exports often live): `src: images/plant.jpg`
finds content/images/plant.jpg, else images/plant.jpg. Nothing outside the project is ever read: an absolute path, a URL, a `..` that leaves
the folder or a symlink whose real path leaves the project is refused (R506); a path that names no file,
or a file that is not a picture, is R505. Both print the captioned placeholder instead, and a release
refuses that placeholder (R520). Pixel sizes are read with Pillow (already WeasyPrint's dependency), from
the file's header only.

The resolution a picture prints at is only known once the page is laid out: `resolution_findings` reads
every raster image box of a laid-out document and reports one printed below 300 dpi (R507).
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from .diagnostics import Diagnostic, Location, Severity

FOLDERS = ("content", ".")  # where a relative picture path is looked up, in this order ("." for images/... only)
MIN_DPI = 300  # what offset printing needs at the printed size; below it a photo prints soft
CSS_PX_PER_INCH = 96
VECTOR = (".svg",)  # prints sharp at any size: no pixel count to check


@dataclass(frozen=True, slots=True)
class Found:
    """A picture path resolved: the file, or the finding code and why it cannot be used."""

    path: Path | None
    code: str = ""  # R505 missing or not a picture, R506 refused
    problem: str = ""
    hint: str = ""


def refusal(src: str) -> str | None:
    """Why a picture path may not be read at all, or None for a relative path that stays inside its folder."""
    if "\\" in src:
        return "a backslash is not a path separator here (write images/plant.jpg)"
    parsed = urlparse(src)
    if parsed.scheme or parsed.netloc or src.startswith("//"):
        return "a URL: pictures are read from the project only, never fetched"
    if src.startswith("/") or (len(src) > 1 and src[1] == ":"):
        return "an absolute path: the project must build the same on another machine"
    depth = 0
    for part in src.split("/"):
        depth += -1 if part == ".." else 0 if part in ("", ".") else 1
        if depth < 0:
            return "`..` leaves the folder: keep the picture inside the project"
    return None


def resolve(root: Path, src: str) -> Found:
    """`src` under content/, else (a path in images/) under the project at `root`."""
    reason = refusal(src)
    if reason is not None:
        return Found(None, "R506", f"picture {src} is refused: {reason}",
                     "put the file under content/images/ (or images/) and name it by its relative path")
    top = os.path.realpath(root)
    rel = unquote(src)
    folders = FOLDERS if rel.lstrip("./").startswith("images/") else FOLDERS[:1]
    for folder in folders:
        candidate = root / folder / rel
        shown = f"{folder}/{rel}" if folder != "." else rel
        if not os.path.lexists(candidate):
            continue
        real = os.path.realpath(candidate)
        if not real.startswith(top.rstrip(os.sep) + os.sep):
            return Found(None, "R506", f"picture {src} is refused: {shown} is a symlink that leaves the project",
                         "copy the picture into the project instead of linking to it")
        if not os.path.isfile(real):  # a folder, a named pipe or a device: reading it could block the build
            return Found(None, "R505", f"picture {src}: {shown} is not a regular file", "replace it with the picture file")
        kind = picture_kind(Path(real))
        if kind is None:
            return Found(None, "R505", f"picture {src}: {shown} is not a picture the renderer can read",
                         "save it as JPEG, PNG or SVG")
        return Found(Path(real))
    looked = " or ".join(f"{folder}/{rel}" if folder != "." else rel for folder in folders)
    return Found(None, "R505", f"picture {src} not found: no {looked}",
                 "put the file there, or correct the path (relative to content/; a path in images/ may also be the project's images/)")


def picture_kind(path: Path) -> str | None:
    """'svg', or the raster format Pillow reads from the header ('JPEG', 'PNG', ...), or None."""
    if path.suffix.lower() in VECTOR:
        return "svg"
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return str(image.format or "raster")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def fetch_roots(root: Path) -> tuple[Path, ...]:
    """The project's images/ as a folder the renderer may read, unless its real path leaves the project: the
    URL fetcher resolves each root, so an images/ symlink to /etc would otherwise let a stylesheet read /etc."""
    folder = root / "images"
    real, top = os.path.realpath(folder), os.path.realpath(root)
    return (folder,) if os.path.isdir(real) and real.startswith(top.rstrip(os.sep) + os.sep) else ()


def url(root: Path, src: str) -> str | None:
    """The picture as the HTML (written to build/) links to it, or None when it cannot be used."""
    found = resolve(root, src)
    if found.path is None:
        return None
    return Path(os.path.relpath(found.path, os.path.realpath(root / "build"))).as_posix()


# ---- resolution at the printed size (R507), read from a laid-out document ----


def printed_dpi(pixels: tuple[int, int], box: tuple[float, float], fit: str = "fill") -> float:
    """The resolution a `pixels` picture prints at in a `box` (CSS px) under CSS object-fit `fit`:
    the lower of its two axes for `fill`, which stretches each axis on its own."""
    (pw, ph), (bw, bh) = pixels, box
    if pw <= 0 or ph <= 0 or bw <= 0 or bh <= 0:
        return float("inf")
    sx, sy = bw / pw, bh / ph  # CSS px per image pixel
    if fit == "cover":
        scale = max(sx, sy)
    elif fit in ("contain", "scale-down"):
        scale = min(sx, sy) if fit == "contain" else min(sx, sy, 1.0)
    elif fit == "none":
        scale = 1.0
    else:
        scale = max(sx, sy)  # fill: the more stretched axis decides
    return CSS_PX_PER_INCH / scale


def resolution_findings(document: object, lang: str) -> Iterator[Diagnostic]:
    """R507 for each raster picture of `document` printed below MIN_DPI (once per picture and size)."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.images import RasterImage

    seen: set[tuple[str, int, int]] = set()
    for number, page in enumerate(document.pages, start=1):  # type: ignore[attr-defined]
        for box in page._page_box.descendants(placeholders=True):   # absolutely placed boxes too (the cover)
            image = box.replacement if isinstance(box, boxes.ReplacedBox) else None
            if not isinstance(image, RasterImage) or box.width <= 0 or box.height <= 0:
                continue
            dpi = printed_dpi((image.width, image.height), (box.width, box.height), str(box.style["object_fit"]))
            src = (box.element.get("src") if box.element is not None else "") or ""
            key = (src, round(box.width), round(box.height))
            if dpi >= MIN_DPI or key in seen:
                continue
            seen.add(key)
            name = shown_path(src)
            mm = f"{box.width * 25.4 / CSS_PX_PER_INCH:.0f} x {box.height * 25.4 / CSS_PX_PER_INCH:.0f} mm"
            need = f"{image.width * MIN_DPI / dpi:.0f} x {image.height * MIN_DPI / dpi:.0f}"
            yield Diagnostic("R507", Severity.WARNING,
                             f"{lang} p. {number}: picture {name} prints at {dpi:.0f} dpi ({image.width} x {image.height} px over {mm}), "
                             f"below {MIN_DPI} dpi",
                             hint=f"supply a larger original (about {need} px) or print it smaller")


def shown_path(src: str) -> str:
    """An <img> src as the project-relative path a writer knows: the HTML is in build/, so ../content/images/a.jpg
    is content/images/a.jpg."""
    if src.startswith("data:"):
        return "(inline image)"
    path = posixpath.normpath(unquote(urlparse(src).path))
    return path[3:] if path.startswith("../") else path


def locate(diag: Diagnostic, uses: list[tuple[str, Location]]) -> Diagnostic:
    """A preflight R507 placed at the file:line that names its picture (`uses`: (project path, location)); a
    picture named in several places is reported at the first, the others listed with it."""
    from dataclasses import replace

    from .diagnostics import Related

    places = [where for rel, where in uses if f"picture {rel} prints" in diag.message]
    if not places:
        return diag
    also = tuple(Related(where, "the same picture is named here too") for where in places[1:])
    return replace(diag, location=places[0], related=diag.related + also)
