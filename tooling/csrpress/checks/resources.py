"""Resource checks (R502): Markdown images that would reach outside the project are findings, located in the text."""

from __future__ import annotations

from collections.abc import Iterator

from .. import markup
from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..walk import texts


def refused_images(report: Report) -> Iterator[Diagnostic]:
    for use in texts(report):
        for lang in ("zh", "en", "zh_hant"):
            scalar = getattr(use.text, lang)
            for offset, url, reason in markup.image_refs(scalar or ""):
                key = "zh-Hant" if lang == "zh_hant" else lang
                yield Diagnostic("R502", Severity.WARNING, f"image {url} will not be fetched: {reason}",
                                 report.locate_in_text(use.origin.child(key), offset, scalar),
                                 hint="put the image under content/ and reference it by a relative path; the alt text prints instead")
