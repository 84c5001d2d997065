"""A QR block's url -> an inline SVG QR code (vector, so it prints sharp at any size)."""

from __future__ import annotations

import segno
from markupsafe import Markup


def qr_svg(url: str) -> Markup:
    code = segno.make(url, error="m", micro=False)
    # xmldecl/svgns off: the SVG is embedded in HTML, not a standalone file.
    svg = code.svg_inline(scale=4, border=2, dark="#000000", light="#ffffff", omitsize=True)
    return Markup(svg)
