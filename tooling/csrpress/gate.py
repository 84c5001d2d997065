"""What a release must not print (R520): a picture or QR code still a placeholder, and text still to be written.

A draft prints placeholders on purpose (a grey box where a photo will go, "待填写" in an ESG answer);
a release build refuses while any remains, each reported at its file:line, unless a proof is asked for
(`csrpress build --release --allow-placeholders`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import pictures
from .diagnostics import Diagnostic, Severity
from .model import Origin, Report, all_blocks
from .walk import texts

#: Words that mark a string as still to be written: the scaffold's "待填写 / To be completed", and TODO
#: in capitals as a word of its own (next to Chinese too: "TODO补充").
MARKERS = re.compile(r"待填写|待填寫|待补充|待補充|(?i:to be completed)|(?<![A-Za-z0-9_])TODO(?![A-Za-z0-9_])")
_HINT = "write the text, or build a proof with --allow-placeholders"


def placeholders(report: Report) -> Iterator[Diagnostic]:
    """Every placeholder left in the report, in reading order."""
    for _chapter, _section, block in all_blocks(report):
        if block.kind == "figure" and not getattr(block.data, "src", None):
            kind = getattr(block.data, "kind", "photo")
            yield Diagnostic("R520", Severity.ERROR, f"{kind} placeholder: the figure has no picture (src)", report.locate(block.origin),
                             hint="add the picture (src: images/...), or build a proof with --allow-placeholders")
        elif block.kind == "figure" and report.root is not None and pictures.resolve(report.root, block.data.src).path is None:
            # R505/R506 say why (a warning in a draft); the page would print the placeholder in its place
            yield Diagnostic("R520", Severity.ERROR, f"picture placeholder: {block.data.src} cannot be printed (see R505/R506)",
                             report.locate(block.origin, "src"), hint="supply the file, or build a proof with --allow-placeholders")
        elif block.kind == "qr" and not getattr(block.data, "url", None):
            yield Diagnostic("R520", Severity.ERROR, "QR code placeholder: the QR block has no url", report.locate(block.origin),
                             hint="add the address the code opens (url: https://...), or build a proof with --allow-placeholders")
    for chapter in report.chapters:
        if chapter.image and report.root is not None and pictures.resolve(report.root, chapter.image).path is None:
            yield Diagnostic("R520", Severity.ERROR, f"opener photo {chapter.image} cannot be printed (see R505/R506)",
                             report.locate(chapter.origin, "image"), hint="supply the file, or build a proof with --allow-placeholders")
    back = report.manifest.back_cover.qr
    if back is not None and not back.url:
        yield Diagnostic("R520", Severity.ERROR, "QR code placeholder: the back cover's QR code has no url",
                         report.locate(Origin("content/report.yaml", ("back_cover", "qr"))),
                         hint="add the address the code opens (url: https://...), or build a proof with --allow-placeholders")
    for use in texts(report):
        for lang, key in (("zh", "zh"), ("en", "en"), ("zh_hant", "zh-Hant")):
            scalar = getattr(use.text, lang) or ""
            for match in MARKERS.finditer(scalar):
                where = report.locate_in_text(use.origin.child(key), match.start(), scalar)
                yield Diagnostic("R520", Severity.ERROR, f"“{match.group(0)}” marks text still to be written", where, hint=_HINT)
