"""Resource checks: Markdown images that would reach outside the project (R502), or whose file is missing
(R504), are findings located in the text: known without rendering."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote, urlparse

from .. import markup
from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..walk import texts


def refused_images(report: Report) -> Iterator[Diagnostic]:
    for use in texts(report):
        for lang in ("zh", "en", "zh_hant"):
            scalar = getattr(use.text, lang)
            if not scalar or "![" not in scalar:
                continue  # no Markdown image (IMAGE_REF opens with it): nearly every string
            for offset, url, reason in markup.image_refs(scalar):
                key = "zh-Hant" if lang == "zh_hant" else lang
                yield Diagnostic("R502", Severity.WARNING, f"image {url} will not be fetched: {reason}",
                                 report.locate_in_text(use.origin.child(key), offset, scalar),
                                 hint="put the image under content/ and reference it by a relative path; the alt text prints instead")
            yield from _missing_images(report, use, lang)


def _missing_images(report: Report, use: object, lang: str) -> Iterator[Diagnostic]:
    """R504: a relative image path (from content/) that names no file: the renderer would print nothing there."""
    scalar = getattr(use.text, lang)  # type: ignore[attr-defined]
    if not scalar or report.root is None or "![" not in scalar:
        return
    content = report.root / "content"
    for m in markup.IMAGE_REF.finditer(scalar):
        url = m.group(1)
        if not url or markup.image_refusal(url) is not None or url.lower().startswith("data:"):
            continue
        if not (content / unquote(urlparse(url).path)).is_file():
            key = "zh-Hant" if lang == "zh_hant" else lang
            yield Diagnostic("R504", Severity.WARNING, f"image {url} not found: content/{unquote(urlparse(url).path)} does not exist",
                             report.locate_in_text(use.origin.child(key), m.start(), scalar),  # type: ignore[attr-defined]
                             hint="image paths are relative to content/ (e.g. images/plant.png is content/images/plant.png)")
