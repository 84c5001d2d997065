"""A chart block + its metrics -> an SVG bar or line chart labelled in the edition's language.

Styling is written as SVG attributes, not CSS classes: WeasyPrint draws inline SVG with its own
renderer, which does not apply the page's stylesheet.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from .. import i18n, numbers
from ..schema import Chart

if TYPE_CHECKING:
    from .html import Edition

WIDTH, HEIGHT, PAD_X, PAD_TOP = 480, 250, 12, 26
LABEL_SIZE, VALUE_SIZE, LINE_GAP = 10, 11, 12
FONT = "Noto Sans CJK SC, sans-serif"
FONTS = {"zh-Hant": "Noto Sans CJK TC, sans-serif", "en": "Noto Sans, Noto Sans CJK SC, sans-serif"}  # each edition's face
ACCENT, MUTED, AXIS = "#1b6ec2", "#9db7d5", "#888888"


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


def chart_svg(chart: Chart, edition: Edition) -> Markup:
    values: list[Decimal] = []
    for item in chart.items:
        metric = edition.metrics.get(item.m)
        fig = numbers.parse_figure(metric.value + (metric.unit or "")) if metric else None
        values.append(fig.value if fig is not None and fig.value is not None else Decimal(0))
    labels = [wrap(i18n.pick(item.label, edition.lang, edition.report.manifest.script)[0], (WIDTH - 2 * PAD_X) / len(values) - 8) for item in chart.items]
    label_lines = max(len(lines) for lines in labels)
    baseline = HEIGHT - 10 - label_lines * LINE_GAP
    top = max(values) or Decimal(1)
    slot = (WIDTH - 2 * PAD_X) / len(values)
    bar_w = min(slot * 0.5, 70)
    plot_h = baseline - PAD_TOP
    text_attrs = f'font-family="{FONTS.get(edition.lang, FONT)}" fill="#333333" text-anchor="middle"'
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg">']
    points = []
    for i, value in enumerate(values):
        cx = PAD_X + slot * (i + 0.5)
        h = float(value / top) * plot_h
        y = baseline - h
        if chart.type == "bar":
            fill = MUTED if i % 2 == 0 and len(values) % 2 == 0 else ACCENT
            parts.append(f'<rect x="{cx - bar_w / 2:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{fill}"/>')
        else:
            points.append(f"{cx:.1f},{y:.1f}")
            parts.append(f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="3.5" fill="{ACCENT}"/>')
        shown = escape(edition.metric_plain(chart.items[i].m))
        parts.append(f'<text x="{cx:.1f}" y="{y - 6:.1f}" font-size="{VALUE_SIZE}" font-weight="bold" {text_attrs}>{shown}</text>')
        for n, line in enumerate(labels[i]):
            parts.append(f'<text x="{cx:.1f}" y="{baseline + 16 + n * LINE_GAP:.1f}" font-size="{LABEL_SIZE}" {text_attrs}>{escape(line)}</text>')
    if points:
        parts.insert(1, f'<polyline points="{" ".join(points)}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    parts.append(f'<line x1="{PAD_X}" y1="{baseline:.1f}" x2="{WIDTH - PAD_X}" y2="{baseline:.1f}" stroke="{AXIS}" stroke-width="1"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
