"""Units outside the old hand-written list are read, and physical bases convert through pint."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from csrpress.claims.relate import AGREE, SCALE, relation
from csrpress.numbers import parse_figure
from csrpress.quantities import factor


@pytest.mark.parametrize("printed, unit", [("5.82万兆瓦时", "mwh"), ("4.426万吨标准煤", "wan_tce"), ("52,360万立方米", "wan_cubic_metre"),
                                           ("284.6万吨二氧化碳当量", "wan_tco2e"), ("39起", "qi_case"), ("2.06千瓦时/台", "kwh_per_unit"),
                                           ("1.5万人", "wan_person"), ("16.5万小时", "wan_hour"), ("3,100吉焦", "gj")])
def test_report_units_are_read(printed: str, unit: str) -> None:
    fig = parse_figure(printed)
    assert fig is not None and fig.unit == unit


def test_pint_converts_between_bases_and_refuses_other_quantities() -> None:
    assert factor("megawatt_hour", "kilowatt_hour") == Decimal(1000)
    assert factor("tonne_co2_equivalent", "metric_ton") == Decimal(1)
    assert factor("tonne_coal_equivalent", "metric_ton") is None  # coal equivalent is energy, not mass
    assert factor("mu", "meter ** 2") == pytest.approx(Decimal("666.6666666666666"))


def test_figures_in_two_bases_compare_after_conversion() -> None:
    assert relation(parse_figure("1,860兆瓦时"), parse_figure("186万千瓦时")) == AGREE
    assert relation(parse_figure("1,860兆瓦时"), parse_figure("1,860万千瓦时")) == SCALE


def test_units_command_lists_the_registry_as_json() -> None:
    out = subprocess.run([str(Path(sys.executable).with_name("csrpress")), "units", "--format", "json"],
                         capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL).stdout
    rows = {row["zh"]: row for row in json.loads(out)}
    assert rows["兆瓦时"]["pint"] == "megawatt_hour" and rows["万立方米"]["scale"] == "10000" and rows["起"]["dimension"] == "count"


@pytest.mark.parametrize("printed, unit", [("4.26万吨/日", "wan_tonne_per_day"), ("1,200吨/日", "tonne_per_day"),
                                           ("1,500 tonnes a day", "tonne_per_day"), ("800 t/d", "tonne_per_day"),
                                           ("15万立方米/日", "wan_m3_per_day"), ("2.18 million cubic metres a day", "m3_per_day"),
                                           ("142mg/Nm³", "mg_per_nm3"), ("0.021 ngTEQ/Nm³", "ng_teq_per_nm3"),
                                           ("20毫克/升", "mg_per_litre"), ("42 mg/L", "mg_per_litre"), ("0.5 mg/m³", "mg_per_m3")])
def test_rates_per_day_and_concentrations_are_read(printed: str, unit: str) -> None:
    """A plant's capacity is printed per day and an emission as a concentration; both are units of their own."""
    fig = parse_figure(printed)
    assert fig is not None and fig.unit == unit


def test_a_rate_per_day_converts_between_its_forms_and_never_to_tonnes() -> None:
    assert relation(parse_figure("4.26万吨/日"), parse_figure("42,600 tonnes a day")) == AGREE
    assert relation(parse_figure("4.26万吨/日"), parse_figure("4.26万吨")) != AGREE
    assert relation(parse_figure("20毫克/升"), parse_figure("20,000 mg/m³")) == AGREE
    assert relation(parse_figure("20mg/Nm³"), parse_figure("20 mg/m³")) != AGREE  # standard conditions: no conversion
