"""Metric declarations -> the text an edition prints for them (zh as printed, en in English conventions)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from .. import numbers, units
from ..schema import Metric


def figure_of(metric: Metric) -> numbers.Figure | None:
    """The metric's value read with its unit, or None when the value is not a printed number."""
    return numbers.parse_figure(metric.value + (metric.unit or ""))


def metric_text(metric: Metric, lang: str, bare: bool = False) -> str:
    """Plain text of a metric in one edition; `bare` leaves out the unit."""
    try:
        return metric_text_strict(metric, lang, bare)
    except ArithmeticError:  # more digits than Decimal formats (check reports it, S105): print it as typed
        return metric.value if bare or not metric.unit else f"{metric.value} {metric.unit}"


def metric_text_strict(metric: Metric, lang: str, bare: bool = False) -> str:
    """metric_text, raising ArithmeticError for a value Decimal cannot format (what check reports)."""
    if lang != "en":
        # zh keeps the printed form byte for byte: the validator compares exactly this text.
        return metric.value if bare or not metric.unit else metric.value + metric.unit
    fig = numbers.parse_figure(metric.value if bare else metric.value + (metric.unit or ""))
    if fig is None:
        return metric.value
    if bare and metric.unit:
        unit = units.lookup_unit(metric.unit)
        if unit is not None and unit.scale != 1:
            # "3.05" with unit 亿元 printed bare: keep the scale in the number ("305 million").
            fig = numbers.parse_figure(metric.value + unit.zh.removesuffix(units.UNITS[unit.base].zh)) or fig
    return numbers.format_figure(fig, "en")


#: A printed figure's number (with its scale word: 1700亿, 6.77 million) and what follows it (名, 人次, person-times).
_KEY_ZH = re.compile(r"^([-+]?[\d,.]+(?:[万亿千百]+)?)(.*)$", re.S)
_KEY_EN = re.compile(r"^((?:RMB |HK\$|US\$|\$)?[-+]?[\d,.]+(?:%| (?:thousand|million|billion|trillion)\b)?)(.*)$", re.S)


def split_unit(text: str, lang: str) -> tuple[str, str]:
    """A printed figure as (number, unit) for a key figure, whose unit prints smaller; ("", text) if no number leads."""
    match = (_KEY_EN if lang == "en" else _KEY_ZH).match(text.strip())
    return (match.group(1), match.group(2).strip()) if match else ("", text)


def key_figure_html(metric: Metric | None, metric_id: str, lang: str) -> Markup:
    """A metric as a key figure: the number large, its unit smaller after it."""
    if metric is None:
        return metric_html(None, metric_id, lang)
    number, unit = split_unit(metric_text(metric, lang), lang)
    if not number:
        return metric_html(metric, metric_id, lang)
    # English keeps the space a reader (and text extraction) expects; Chinese sets the unit close, as printed.
    gap = " " if lang == "en" else ""
    return Markup('<span class="metric" data-metric="{}"><span class="kf-num">{}</span>{}</span>').format(
        metric_id, number, Markup('<span class="kf-unit">{}{}</span>').format(gap, unit) if unit else "")


def metric_html(metric: Metric | None, metric_id: str, lang: str, bare: bool = False) -> Markup:
    if metric is None:
        # An unknown id is reported by the loader checks (S101); print it visibly, never silently.
        return Markup('<span class="missing-metric">{}</span>').format(f"⟨{metric_id}⟩")
    return Markup('<span class="metric" data-metric="{}">{}</span>').format(metric_id, escape(metric_text(metric, lang, bare)))
