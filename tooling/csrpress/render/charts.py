"""A chart block + its metrics -> an SVG bar or line chart labelled in the edition's language."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from .. import i18n, numbers
from ..schema import Chart

if TYPE_CHECKING:
    from .html import Edition

WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 480, 220, 16, 40, 28


def chart_svg(chart: Chart, edition: Edition) -> Markup:
    values: list[Decimal] = []
    for item in chart.items:
        metric = edition.metrics.get(item.m)
        fig = numbers.parse_figure(metric.value + (metric.unit or "")) if metric else None
        values.append(fig.value if fig is not None and fig.value is not None else Decimal(0))
    top = max(values) or Decimal(1)
    n = len(values)
    slot = (WIDTH - 2 * PAD_LEFT) / n
    bar_w = min(slot * 0.56, 90)
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg" role="img">']
    parts.append(f'<line x1="{PAD_LEFT}" y1="{HEIGHT - PAD_BOTTOM}" x2="{WIDTH - PAD_LEFT}" y2="{HEIGHT - PAD_BOTTOM}" class="axis"/>')
    points = []
    for i, (item, value) in enumerate(zip(chart.items, values, strict=True)):
        cx = PAD_LEFT + slot * (i + 0.5)
        h = float(value / top) * plot_h
        y = HEIGHT - PAD_BOTTOM - h
        label = escape(i18n.pick(item.label, edition.lang)[0])
        shown = escape(edition.metric_plain(item.m))
        if chart.type == "bar":
            parts.append(f'<rect x="{cx - bar_w / 2:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" class="bar bar-{i}"/>')
        else:
            points.append(f"{cx:.1f},{y:.1f}")
            parts.append(f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="4" class="dot"/>')
        parts.append(f'<text x="{cx:.1f}" y="{y - 8:.1f}" class="value" text-anchor="middle">{shown}</text>')
        parts.append(f'<text x="{cx:.1f}" y="{HEIGHT - PAD_BOTTOM + 20}" class="label" text-anchor="middle">{label}</text>')
    if points:
        parts.insert(2, f'<polyline points="{" ".join(points)}" class="line"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
