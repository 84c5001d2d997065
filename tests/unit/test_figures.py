"""Metric values printed per edition: zh exactly as typed, en in English conventions with the printed precision."""

from __future__ import annotations

import pytest

from csrpress.render.figures import metric_text
from csrpress.schema import Metric, Text


def metric(value: str, unit: str | None) -> Metric:
    return Metric(id="x", label=Text(zh="x"), value=value, unit=unit, period="2016")


@pytest.mark.parametrize(
    ("value", "unit", "zh", "en"),
    [
        ("677万", "人次", "677万人次", "6.77 million person-times"),
        ("1.279亿", "元", "1.279亿元", "RMB 127.9 million"),
        ("38,775", "人", "38,775人", "38,775 people"),
        ("99.65", "%", "99.65%", "99.65%"),
        ("9亿", None, "9亿", "900 million"),
    ],
)
def test_metric_text_per_edition(value, unit, zh, en):
    assert metric_text(metric(value, unit), "zh") == zh
    assert metric_text(metric(value, unit), "en") == en


def test_bare_keeps_the_scale_but_drops_the_unit():
    assert metric_text(metric("677万", "人次"), "zh", bare=True) == "677万"
    assert metric_text(metric("677万", "人次"), "en", bare=True) == "6.77 million"
