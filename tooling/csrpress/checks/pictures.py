"""Pictures named by the content: a figure's `src`, `cover.image` and `cover.logo` must be files inside the
project (R505 missing or not a picture, R506 refused: outside the project). Known without rendering."""

from __future__ import annotations

from collections.abc import Iterator

from .. import pictures, schema
from ..diagnostics import Diagnostic, Location, Severity
from ..model import Origin, Report, all_blocks

MANIFEST = "content/report.yaml"


def picture_uses(report: Report) -> Iterator[tuple[str, Location]]:
    """Every picture path the report names, with the file:line that names it, in reading order."""
    cover = report.manifest.cover
    at = Origin(MANIFEST, ("cover",))
    if isinstance(cover.image, str):
        yield cover.image, report.locate(at, "image")
    elif isinstance(cover.image, schema.Text):
        for attr, key in (("zh", "zh"), ("en", "en"), ("zh_hant", "zh-Hant")):
            value = getattr(cover.image, attr)
            if value:
                yield value, report.locate(at, "image", key)
    if cover.logo:
        yield cover.logo, report.locate(at, "logo")
    for chapter in report.chapters:
        if chapter.image:
            yield chapter.image, report.locate(chapter.origin, "image")
    for _chapter, _section, block in all_blocks(report):
        if block.kind == "figure" and block.data.src:
            yield block.data.src, report.locate(block.origin, "src")


def missing_pictures(report: Report) -> Iterator[Diagnostic]:
    if report.root is None:
        return
    for src, where in picture_uses(report):
        found = pictures.resolve(report.root, src)
        if found.path is None:
            severity = Severity.ERROR if found.code == "R506" else Severity.WARNING
            yield Diagnostic(found.code, severity, found.problem, where, hint=found.hint)
