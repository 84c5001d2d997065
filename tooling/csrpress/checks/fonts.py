"""S111: a font family named in report.yaml's design.fonts that is not installed (fontcheck.py says why)."""

from __future__ import annotations

from collections.abc import Iterator

from .. import fontcheck
from ..diagnostics import Diagnostic, Severity
from ..model import Origin, Report


def configured_fonts(report: Report) -> Iterator[Diagnostic]:
    fonts = report.manifest.design.fonts
    for role, family in fontcheck.missing(fonts):
        yield Diagnostic("S111", Severity.ERROR, f"font “{family}” (design.fonts.{role}) is not installed: the PDF would print another font",
                         report.locate(Origin("content/report.yaml", ("design", "fonts", role))),
                         hint="install it (fc-list : family lists what is installed), or remove the setting to keep the default Noto face")
