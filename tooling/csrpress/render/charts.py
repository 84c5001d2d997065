"""A chart block + its metrics -> an SVG bar or line chart labelled in the edition's language: a value
axis with gridlines and its unit, category labels, a legend when the items form series, the value of
every bar, in the brand's colours.

Styling is written as SVG attributes, not CSS classes: WeasyPrint draws inline SVG with its own
renderer, which does not apply the page's stylesheet.

Items with a `series` are grouped: their labels are the categories along the axis (2015年, 2016年), each
series one colour and one legend entry. The axis is scaled in the edition's own way (亿 and 万 in
Chinese, million and billion in English) with 4-6 round steps; its unit is the metrics' common unit.
The palette is the brand colour (design.colors.primary, else the cover colour: render/design.py) with a
lighter tint and a darker shade of it, so a chart matches the report's headings and table heads.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from .. import numbers, schema, units
from ..schema import Chart
from . import design

if TYPE_CHECKING:
    from .html import Edition

WIDTH, HEIGHT, PAD_RIGHT, PAD_TOP = 480, 260, 8, 30
AXIS_W = 44                      # room for the value axis's labels
LABEL_SIZE, VALUE_SIZE, TICK_SIZE, LINE_GAP = 10, 10, 9, 12
FONT = "Noto Sans CJK SC, sans-serif"
FONTS = {"zh-Hant": "Noto Sans CJK TC, sans-serif", "en": "Noto Sans, Noto Sans CJK SC, sans-serif"}  # each edition's face
TEXT, GRID, AXIS = "#333333", "#e3e7ec", "#8a8f96"
_ZH_SCALES = ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
_EN_SCALES = ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def _width(text: str, size: float) -> float:
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.55 for ch in text)


def wrap(text: str, max_width: float, size: float = LABEL_SIZE) -> list[str]:
    """Break a label into lines that fit `max_width`: between words in English, anywhere in Chinese."""
    lines: list[str] = []
    current = ""
    tokens = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    for token in tokens:
        candidate = f"{current}{joiner}{token}" if current else token
        if current and _width(candidate, size) > max_width:
            lines.append(current)
            current = token
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def palette(brand: str, count: int) -> list[str]:
    """`count` colours for series: the brand colour, then a light tint and a dark shade of it, then steps
    between (hue and saturation kept, so every series reads as the brand's)."""
    light = design.lightness(brand)
    steps = [light, min(0.9, light + (1 - light) * 0.55), light * 0.6, min(0.9, light + (1 - light) * 0.3), light * 0.8]
    return [brand.lower() if i == 0 else design.with_lightness(brand, steps[i % len(steps)]) for i in range(count)]


def nice_step(top: Decimal, steps: int = 5) -> Decimal:
    """A round step (1, 2, 2.5 or 5 times a power of ten) that divides 0..top into about `steps` parts."""
    if top <= 0:
        return Decimal(1)
    rough = top / steps
    power = Decimal(10) ** (rough.adjusted())
    for factor in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        if power * factor >= rough:
            return power * factor
    return power * 10


@dataclass(frozen=True, slots=True)
class Axis:
    scale: Decimal       # values are divided by this for the tick labels
    step: Decimal        # in scaled units
    top: Decimal         # in scaled units
    unit: str            # "单位：亿元" / "RMB million"; "" when the items share no unit
    bottom: Decimal = Decimal(0)   # in scaled units: below 0 when a value is negative


def axis(values: list[Decimal], unit_ids: set[str], lang: str) -> Axis:
    biggest = max([*values, Decimal(0)])
    lowest = min([*values, Decimal(0)])
    scale, word = Decimal(1), ""
    for size, name in (_EN_SCALES if lang == "en" else _ZH_SCALES):
        if max(biggest, -lowest) >= size:
            scale, word = size, name
            break
    step = nice_step((biggest - lowest) / scale)
    top = step * (biggest / scale / step).to_integral_value(rounding=ROUND_CEILING)
    bottom = step * (lowest / scale / step).to_integral_value(rounding=ROUND_FLOOR)
    if top == bottom:
        top = bottom + step
    unit = ""
    if len(unit_ids) == 1:
        base = units.UNITS[next(iter(unit_ids))]
        if lang == "en":
            code = units.CURRENCY_CODES.get(base.id)
            noun = base.en_plural
            unit = " ".join(part for part in ((code or ""), word, ("" if code else noun)) if part)
        else:
            unit = ("单位：" if lang == "zh" else "單位：") + word + base.zh if (word or base.zh) else ""
    elif word:
        unit = word if lang == "en" else ("单位：" if lang == "zh" else "單位：") + word
    return Axis(scale, step, top, unit, bottom)


def value_in(value: Decimal, precision: Decimal, scale: Decimal) -> Decimal:
    """`value` in units of `scale`, rounded to its own printed precision (never finer than it was printed)."""
    step = (precision / scale).normalize()
    return (value / scale).quantize(step) if step.as_tuple().exponent < 0 else (value / scale).quantize(Decimal(1))


def _tick(value: Decimal, lang: str) -> str:
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    return text


def chart_font(fonts: schema.Fonts, lang: str) -> str:
    """The chart's font-family: the edition's sans from report.yaml's design.fonts (sans_hant for zh-Hant,
    latin_sans then sans for en), else the default faces. Names are schema-checked (no quotes or markup)."""
    cjk = fonts.sans_hant if lang == "zh-Hant" else fonts.sans
    default = FONTS.get(lang, FONT)
    if lang == "en":
        return ", ".join((fonts.latin_sans or "Noto Sans", fonts.sans or "Noto Sans CJK SC", "sans-serif"))
    return f"{cjk}, sans-serif" if cjk else default


def chart_svg(chart: Chart, edition: Edition) -> Markup:
    values: list[Decimal] = []
    precisions: list[Decimal] = []
    unit_ids: set[str] = set()
    for item in chart.items:
        metric = edition.metrics.get(item.m)
        fig = numbers.parse_figure(metric.value + (metric.unit or "")) if metric else None
        values.append(fig.value if fig is not None and fig.value is not None else Decimal(0))
        precisions.append(fig.precision if fig is not None and fig.precision else Decimal(1))
        unit = units.lookup_unit(metric.unit) if metric and metric.unit else None
        unit_ids.add(unit.base if unit is not None else (metric.unit or "") if metric else "")
    unit_ids.discard("")
    if any(uid not in units.UNITS for uid in unit_ids):
        unit_ids = {"?", *unit_ids}   # a unit the registry does not know: no unit on the axis
    # Categories along the axis and series (colours); without series every item is its own category.
    grouped = any(item.series is not None for item in chart.items)
    categories: list[str] = []
    series: list[str] = []
    where: list[tuple[int, int]] = []
    for item in chart.items:
        label = edition.plain(item.label)
        name = edition.plain(item.series) if item.series is not None else ""
        if label not in categories:
            categories.append(label)
        if name not in series:
            series.append(name)
        where.append((categories.index(label), series.index(name) if grouped else 0))
    n_series = len(series) if grouped else 1
    colours = palette(design.design(edition.report.manifest).accent, max(n_series, 1))
    scale = axis(values, unit_ids if "?" not in unit_ids else set(), edition.lang)

    font = chart_font(design.design(edition.report.manifest).fonts, edition.lang)
    text_attrs = f'font-family="{font}" fill="{TEXT}"'
    plot_left, plot_right = AXIS_W, WIDTH - PAD_RIGHT
    slot = (plot_right - plot_left) / len(categories)
    labels = [wrap(label, slot - 6) for label in categories]
    label_lines = max(len(lines) for lines in labels)
    legend_h = 18 if grouped and n_series > 1 else 0
    top_y = PAD_TOP + legend_h
    baseline = HEIGHT - 8 - label_lines * LINE_GAP
    plot_h = baseline - top_y
    span = (scale.top - scale.bottom) * scale.scale
    floor = scale.bottom * scale.scale

    def y_of(value: Decimal) -> float:
        return baseline - float((value - floor) / span) * plot_h

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg">']
    # Value axis: gridlines and round steps, the unit above them.
    tick = scale.bottom
    while tick <= scale.top:
        y = y_of(tick * scale.scale)
        if tick != scale.bottom:
            parts.append(f'<line x1="{plot_left}" y1="{y:.1f}" x2="{plot_right}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.8"/>')
        parts.append(f'<text x="{plot_left - 5}" y="{y + 3:.1f}" font-size="{TICK_SIZE}" text-anchor="end" {text_attrs}>{escape(_tick(tick, edition.lang))}</text>')
        tick += scale.step
    if scale.unit:
        parts.append(f'<text x="{plot_left - 5}" y="{top_y - 12:.1f}" font-size="{TICK_SIZE}" text-anchor="start" {text_attrs}>{escape(scale.unit)}</text>')
    parts.append(f'<line x1="{plot_left}" y1="{top_y - 4:.1f}" x2="{plot_left}" y2="{baseline:.1f}" stroke="{AXIS}" stroke-width="0.8"/>')
    # Legend, top right: one swatch per series.
    if legend_h:
        x = float(plot_right)
        entries = []
        for name, colour in zip(reversed(series), reversed(colours[:n_series]), strict=True):
            x -= _width(name, LABEL_SIZE) + 22
            entries.append(f'<rect x="{x:.1f}" y="{PAD_TOP - 12 + 2}" width="10" height="10" fill="{colour}"/>'
                           f'<text x="{x + 14:.1f}" y="{PAD_TOP - 12 + 11}" font-size="{LABEL_SIZE}" {text_attrs}>{escape(name)}</text>')
        parts.extend(reversed(entries))
    # Bars or lines, and each value over its mark.
    group_w = slot * (0.7 if n_series > 1 else 0.5)
    bar_w = min(group_w / n_series, 70)
    points: dict[int, list[str]] = {}
    for i, value in enumerate(values):
        cat, ser = where[i]
        centre = plot_left + slot * (cat + 0.5)
        cx = centre - bar_w * n_series / 2 + bar_w * (ser + 0.5) if chart.type == "bar" else centre
        y, zero = y_of(value), y_of(Decimal(0))
        colour = colours[ser % len(colours)]
        if chart.type == "bar":   # from the zero line, up or (a negative value) down
            parts.append(f'<rect x="{cx - bar_w / 2 + 1:.1f}" y="{min(y, zero):.1f}" width="{bar_w - 2:.1f}" height="{abs(zero - y):.1f}" fill="{colour}"/>')
        else:
            points.setdefault(ser, []).append(f"{cx:.1f},{y:.1f}")
            parts.append(f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
        # In the axis's unit ("1.279" under 单位：亿元, "127.9" under RMB million), to its printed precision.
        shown = escape(_tick(value_in(value, precisions[i], scale.scale), edition.lang))
        label_y = y - 5 if value >= 0 or chart.type != "bar" else y + VALUE_SIZE + 2
        parts.append(f'<text x="{cx:.1f}" y="{label_y:.1f}" font-size="{VALUE_SIZE}" font-weight="bold" text-anchor="middle" {text_attrs}>{shown}</text>')
    for ser, line in points.items():
        parts.insert(1, f'<polyline points="{" ".join(line)}" fill="none" stroke="{colours[ser % len(colours)]}" stroke-width="2"/>')
    # The zero line, and the category labels under the plot.
    zero = y_of(Decimal(0))
    parts.append(f'<line x1="{plot_left}" y1="{zero:.1f}" x2="{plot_right}" y2="{zero:.1f}" stroke="{AXIS}" stroke-width="1"/>')
    for c, lines in enumerate(labels):
        cx = plot_left + slot * (c + 0.5)
        for n, line in enumerate(lines):
            parts.append(f'<text x="{cx:.1f}" y="{baseline + 14 + n * LINE_GAP:.1f}" font-size="{LABEL_SIZE}" text-anchor="middle" {text_attrs}>{escape(line)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
