"""N224 (checks/conversions.py): which neighbouring figures are a conversion, and how far they may differ."""

from __future__ import annotations

from decimal import Decimal

import pytest

from csrpress.checks.conversions import _disagreement, _half_step, _restated, other_calorie
from csrpress.numbers import find_figures, parse_figure
from csrpress.quantities import factor


def _pair(text: str):
    figs = [f for f in find_figures(text) if f.kind == "number"]
    assert len(figs) == 2, figs
    return figs


def test_standard_coal_converts_to_heat_only_in_its_context() -> None:
    assert factor("tonne_coal_equivalent", "gigajoule") is None  # grouping never mixes the two
    assert factor("tonne_coal_equivalent", "gigajoule", "coal_heat") == Decimal("29.3076")  # GB/T 2589


@pytest.mark.parametrize("text", ["281公顷（约4,215亩）", "281公顷（约4,200亩）", "104.6万吨标准煤（约3,066万吉焦）",
                                  "1.25亿千瓦时，折合1.25亿度", "281 hectares (about 4,215 mu)", "1.2 million tonnes (1,200 kt)",
                                  "2.5平方公里（约3,750亩）", "1.5小时（90分钟）"])
def test_a_right_conversion_agrees(text: str) -> None:
    a, b = _pair(text)
    assert _restated(text, a, b)
    assert _disagreement(a, b) is None


@pytest.mark.parametrize("text, shown", [("281公顷（约4,125亩）", "4,215亩"), ("281公顷（约4,300亩）", "4,215亩"),
                                         ("104.6万吨标准煤（约3,166万吉焦）", "3,065.6万吉焦"), ("1,250万千瓦时（即1.25亿度）", "0.125亿度"),
                                         ("281 hectares (about 4,125 mu)", "4,215 mu"),
                                         ("281公顷（折合约4,125亩）", "4,215亩"), ("281 hectares (or about 4,125 mu)", "4,215 mu"),
                                         ("1,250万千瓦时，折合约1.25亿度。", "0.125亿度"), ("2.5万吨标准煤（约合83.3万吉焦）", "73.27万吉焦")])
def test_a_wrong_conversion_is_shown_with_its_arithmetic(text: str, shown: str) -> None:
    a, b = _pair(text)
    assert _restated(text, a, b)
    found = _disagreement(a, b)
    assert found is not None and found[1] == shown


@pytest.mark.parametrize("text", ["用水量86.2万立方米（900,000吨）", "节电1,000万千瓦时（约3,000吨标准煤）", "节约标准煤1.2万吨，相当于3.1万吨二氧化碳",
                                  "投入1.2亿元（约1,700万美元）", "培训36小时（4.5天）", "员工1,200人（约300名）"])
def test_no_known_factor_no_finding(text: str) -> None:
    a, b = _pair(text)
    assert _disagreement(a, b) is None


@pytest.mark.parametrize("text", ["危险废物1,250吨（2023年：1,180吨）", "用水12.5万吨（含循环水3.2万吨）", "节电1,200万千瓦时，即每天3.3万千瓦时"])
def test_a_parenthesis_with_more_than_a_figure_is_no_conversion(text: str) -> None:
    figs = [f for f in find_figures(text) if f.kind == "number"]
    assert not any(_restated(text, a, b) for a, b in zip(figs, figs[1:]))


def test_zeros_closing_an_integer_are_its_rounding() -> None:
    assert _half_step(parse_figure("约4,200亩")) == 50
    assert _half_step(parse_figure("4,215亩")) == Decimal("0.5")
    assert _half_step(parse_figure("1.25亿度")) == Decimal("500000")


def test_coal_at_the_older_calorie_is_told_apart() -> None:
    older = _pair("12.53万吨标准煤（约366.75万吉焦）")  # 29.27 GJ/tce; GB/T 2589 gives 367.22万
    assert _disagreement(*older) is not None and other_calorie(*older)
    wrong = _pair("104.6万吨标准煤（约3,166万吉焦）")
    assert _disagreement(*wrong) is not None and not other_calorie(*wrong)


def test_the_converted_figures_digits_at_another_scale_are_a_slip() -> None:
    # 1.86万公顷 is 27.9万亩 (15 亩 a hectare): 2.79万亩 prints its three digits a tenth too small (claims/relate.py)
    from csrpress.claims.relate import SCALE, relation

    def one(text):
        return [f for f in find_figures(text) if f.unit][0]

    hectares = one("新造林1.86万公顷")
    assert relation(one("新造林2.79万亩"), hectares) == SCALE
    assert relation(one("新造林2.8万亩"), hectares) != SCALE  # two digits alike may be chance
    assert relation(one("新造林2.75万亩"), hectares) != SCALE  # other digits: another figure
