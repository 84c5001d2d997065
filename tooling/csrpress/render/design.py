"""The manifest's design settings (`design:` page size, brand colours, fonts; `cover:`) -> the values the
default templates print: a stylesheet block of CSS custom properties, and the cover's key visual.

Every value that reaches CSS was validated by schema.py (hex colours, font family names, a page size
from a fixed list) and is checked again here, because a stylesheet is code: a value that could close a
rule would let content restyle or hide anything.

Without `cover.image`, the cover's key visual is a pattern generated from the brand colour: a low-poly
field of the colour's tints and shades lit from the upper right, with a few fine arcs, drawn as SVG
(vector, so it prints sharp at any size and adds ~15 kB). It is seeded by the report id, so one report
always gets the same pattern and two builds are byte-identical.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import random
import re
from dataclasses import dataclass

from markupsafe import Markup

from .. import schema

#: Trim sizes in mm (width, height): A4, 16开 (the Chinese large 16mo, 185 x 260 mm), US Letter.
PAGE_SIZES = {"A4": (210.0, 297.0), "16k": (185.0, 260.0), "16开": (185.0, 260.0), "letter": (215.9, 279.4)}
#: The default design's margins on A4 in mm: top, bottom, inner (binding), outer. Another page size scales
#: them in proportion (vertical ones by the height, horizontal ones by the width), so the text column keeps
#: A4's share of the page: 16开 gets 19.3/17.5/19.4/14.1 mm, Letter 20.7/18.8/22.6/16.5 mm.
A4_MARGINS = (22.0, 20.0, 22.0, 16.0)
_HEX = re.compile(schema.HEX_COLOR)
_FAMILY = re.compile(schema.FONT_FAMILY)


def rgb(hex_color: str) -> tuple[float, float, float]:
    value = hex_color.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(color: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in color)


def with_lightness(hex_color: str, lightness: float) -> str:
    """The colour with its HLS lightness set (0 black .. 1 white), hue and saturation kept."""
    h, _l, s = colorsys.rgb_to_hls(*rgb(hex_color))
    return to_hex(colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness)), s))


def mix(a: str, b: str, t: float) -> str:
    ca, cb = rgb(a), rgb(b)
    return to_hex(tuple(x + (y - x) * t for x, y in zip(ca, cb, strict=True)))  # type: ignore[arg-type]


def lightness(hex_color: str) -> float:
    return colorsys.rgb_to_hls(*rgb(hex_color))[1]


@dataclass(frozen=True, slots=True)
class Design:
    page: str
    width_mm: float
    height_mm: float
    accent: str  # headings, rules, table heads
    deep: str  # the darker companion: the back cover, the cover panel's foot
    cover: str  # the cover panel
    fonts: schema.Fonts

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """Top, bottom, inner and outer margin in mm: A4's, scaled to this page."""
        ry, rx = self.height_mm / PAGE_SIZES["A4"][1], self.width_mm / PAGE_SIZES["A4"][0]
        top, bottom, inner, outer = A4_MARGINS
        return (round(top * ry, 1), round(bottom * ry, 1), round(inner * rx, 1), round(outer * rx, 1))

    @property
    def text_width_mm(self) -> float:
        """The width of the text column (172 mm on A4)."""
        _top, _bottom, inner, outer = self.margins
        return round(self.width_mm - inner - outer, 1)

    def _families(self, roles: tuple[tuple[str, str], ...]) -> list[str]:
        """`--prop: "Family";` for each configured role, each name checked again (a stylesheet is code)."""
        out = []
        for attr, prop in roles:
            family = getattr(self.fonts, attr)
            if family is None:
                continue
            if not _FAMILY.fullmatch(family):
                raise ValueError(f"not a font family name: {family!r}")
            out.append(f'{prop}: "{family}";')
        return out

    @property
    def css(self) -> Markup:
        """Custom properties and the page size, printed in the document head after the stylesheet link."""
        for color in (self.accent, self.deep, self.cover):
            if not _HEX.fullmatch(color):
                raise ValueError(f"not a hex colour: {color!r}")
        lines = [
            f"--accent: {self.accent}; --accent-deep: {self.deep}; --cover-color: {self.cover};",
            f"--accent-tint: {mix(self.accent, '#ffffff', 0.92)};",
            f"--page-w: {self.width_mm}mm; --page-h: {self.height_mm}mm;",
            f"--margin-top: {self.margins[0]:g}mm; --margin-inner: {self.margins[2]:g}mm; --margin-outer: {self.margins[3]:g}mm;",
            f"--margin-v: {self.margins[0] + self.margins[1]:g}mm; --page-ry: {self.height_mm / PAGE_SIZES['A4'][1]:.4f};",
        ]
        lines += self._families((("latin_serif", "--latin-serif"), ("latin_sans", "--latin-sans")))
        css = "html:root { " + " ".join(lines) + " }"
        # The Chinese faces per script: `serif`/`sans` for zh (and CJK runs of en), `serif_hant`/`sans_hant`
        # for zh-Hant, whose default stays the stylesheet's TC faces (html:lang(zh-Hant)); each selector here
        # outranks the stylesheet's html / html:lang(zh-Hant).
        hans = self._families((("serif", "--cjk-serif"), ("sans", "--cjk-sans")))
        hant = self._families((("serif_hant", "--cjk-serif"), ("sans_hant", "--cjk-sans")))
        if hans:
            css += "\nhtml:root:not(:lang(zh-Hant)) { " + " ".join(hans) + " }"
        if hant:
            css += "\nhtml:root:lang(zh-Hant) { " + " ".join(hant) + " }"
        if self.page != "A4":
            # The stylesheet's A4 margins, scaled: later than its rules at equal specificity, so these win; a
            # named page (cover, back cover: margin 0) still outranks them.
            top, bottom, inner, outer = (f"{v:g}mm" for v in self.margins)
            css += (f"\n@page {{ size: {self.width_mm}mm {self.height_mm}mm; margin: {top} {outer} {bottom} {inner}; }}"
                    f"\n@page :left {{ margin-left: {outer}; margin-right: {inner}; }}"
                    f"\n@page :right {{ margin-left: {inner}; margin-right: {outer}; }}")
            ry = self.height_mm / PAGE_SIZES["A4"][1]
            if ry < 1:  # the contents fill A4's one page: on a shorter page their leading and gaps shrink with it
                css += (f"\n.toc {{ line-height: {1.5 * ry:.3f}; }} .toc-title {{ margin-bottom: {6 * ry:.1f}mm; }}"
                        f" .toc-chapter {{ margin-top: {2.4 * ry:.1f}mm; }}")
            rx = self.width_mm / PAGE_SIZES["A4"][0]
            if rx < 1:  # and on a narrower one their type, or English titles wrap onto a second page
                css += f"\n.toc-chapter {{ font-size: {10.5 * rx:.1f}pt; }} .toc-section {{ font-size: {9 * rx:.1f}pt; }}"
        return Markup(css)


def design(manifest: schema.Manifest) -> Design:
    settings = manifest.design
    accent = settings.colors.primary or manifest.cover.color
    deep = settings.colors.secondary or with_lightness(accent, min(lightness(accent), 0.5) * 0.55)
    # cover.color is the cover's own colour when written; otherwise the cover wears the brand colour.
    cover = manifest.cover.color if "color" in manifest.cover.model_fields_set else accent
    width, height = PAGE_SIZES[settings.page]
    return Design(settings.page, width, height, accent, deep, cover, settings.fonts)


def pattern_svg(color: str, seed: str, width: int = 600, height: int = 520) -> str:
    """A low-poly field in tints and shades of `color`, lit from the upper right, with fine arcs."""
    rng = random.Random(hashlib.sha256(seed.encode("utf-8")).digest())
    dark = with_lightness(color, max(0.12, lightness(color) * 0.45))
    light = with_lightness(color, min(0.78, lightness(color) + 0.28))
    cols, rows = 9, 8
    cw, rh = width / cols, height / rows
    # Jittered grid points (the border ones stay on the border, so the field has no gaps).
    pts = [[(c * cw + (rng.uniform(-0.32, 0.32) * cw if 0 < c < cols else 0),
             r * rh + (rng.uniform(-0.32, 0.32) * rh if 0 < r < rows else 0)) for c in range(cols + 1)] for r in range(rows + 1)]
    shapes: list[str] = []
    for r in range(rows):
        for c in range(cols):
            a, b, d, e = pts[r][c], pts[r][c + 1], pts[r + 1][c], pts[r + 1][c + 1]
            tris = ((a, b, e), (a, e, d)) if (r + c) % 2 else ((a, b, d), (b, e, d))
            for tri in tris:
                cx = sum(p[0] for p in tri) / 3 / width
                cy = sum(p[1] for p in tri) / 3 / height
                t = 0.62 * cx + 0.38 * (1 - cy) + rng.uniform(-0.09, 0.09)  # light from the upper right
                fill = mix(dark, light, max(0.0, min(1.0, t)))
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in tri)
                shapes.append(f'<polygon points="{path}" fill="{fill}" stroke="{fill}" stroke-width="0.6"/>')
    arcs = "".join(f'<circle cx="{width * 0.86:.0f}" cy="{height * 0.9:.0f}" r="{r}" fill="none" stroke="#ffffff" '
                   f'stroke-opacity="{0.22 - i * 0.03:.2f}" stroke-width="1.2"/>' for i, r in enumerate((120, 170, 220, 270, 320)))
    shade = (f'<linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0.55" stop-color="{dark}" stop-opacity="0"/>'
             f'<stop offset="1" stop-color="{dark}" stop-opacity="0.45"/></linearGradient>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" preserveAspectRatio="xMidYMid slice">'
            f'<defs>{shade}</defs>{"".join(shapes)}{arcs}<rect width="{width}" height="{height}" fill="url(#s)"/></svg>')


def pattern_uri(color: str, seed: str) -> str:
    """The pattern as a data: URI for an <img>: the renderer's URL fetcher serves data: URIs only besides project files."""
    return "data:image/svg+xml;base64," + base64.b64encode(pattern_svg(color, seed).encode("utf-8")).decode("ascii")
