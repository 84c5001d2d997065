"""Unit registry: printed forms -> Unit, scales of 万/亿 units, English names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from csrpress.units import UNITS, Unit, en_name, lookup_unit, printed_forms, unit_ids

REQUIRED_ZH = (
    "元 万元 亿元 人民币元 人次 万人次 名 人 个 家 次 项 款 件 台 位 所 座 篇 条 部 本 份 场 期 张 套 "
    "吨 千克 公斤 千瓦时 度 平方米 立方米 小时 分钟 秒 天 年 个月 % 倍 个百分点 户 美元 亿美元"
).split()


@pytest.mark.parametrize("form", REQUIRED_ZH)
def test_required_chinese_forms_resolve(form: str) -> None:
    assert lookup_unit(form) is not None


@pytest.mark.parametrize(
    ("printed", "uid"),
    [
        ("元", "yuan"), ("人民币元", "yuan"), ("RMB", "yuan"), ("rmb", "yuan"), ("yuan", "yuan"),
        ("万元", "wan_yuan"), ("亿元", "yi_yuan"), ("亿人民币", "yi_yuan"),
        ("人次", "person_times"), ("person-times", "person_times"), ("Person-Times", "person_times"),
        ("万人次", "wan_person_times"), ("名", "ming"), ("people", "person"),
        ("千瓦时", "kwh"), ("度", "kwh"), ("kWh", "kwh"), ("KWH", "kwh"), ("kilowatt-hours", "kwh"),
        ("公斤", "kilogram"), ("tonnes", "tonne"), ("吨", "tonne"),
        ("%", "percent"), ("％", "percent"), ("per cent", "percent"),
        ("个百分点", "percentage_point"), ("percentage points", "percentage_point"),
        ("倍", "times"), ("times", "times"), ("亿美元", "yi_usd"), ("US$", "usd"),
        ("  平方米 ", "square_metre"), ("square  metres", "square_metre"), ("个月", "month"),
        ("澳门元", "mop"), ("澳门币", "mop"), ("MOP", "mop"), ("MOP$", "mop"), ("patacas", "mop"),
        ("万澳门元", "wan_mop"), ("百万澳门元", "baiwan_mop"), ("亿澳门元", "yi_mop"), ("百万港元", "baiwan_hkd"),
    ],
)
def test_lookup_by_zh_form_or_alias(printed: str, uid: str) -> None:
    unit = lookup_unit(printed)
    assert unit is not None and unit.id == uid


@pytest.mark.parametrize("printed", ["", "  ", "月", "万", "widgets", "QQ", "亿"])
def test_unknown_forms(printed: str) -> None:
    assert lookup_unit(printed) is None


@pytest.mark.parametrize(
    ("uid", "base", "scale"),
    [
        ("wan_yuan", "yuan", Decimal(10) ** 4), ("yi_yuan", "yuan", Decimal(10) ** 8),
        ("wan_person_times", "person_times", Decimal(10) ** 4),
        ("yi_usd", "usd", Decimal(10) ** 8), ("yuan", "yuan", Decimal(1)),
        ("ming", "person", Decimal(1)),
        ("baiwan_mop", "mop", Decimal(10) ** 6), ("yi_mop", "mop", Decimal(10) ** 8),
    ],
)
def test_scaled_units_point_at_the_plain_unit(uid: str, base: str, scale: Decimal) -> None:
    assert UNITS[uid].base == base
    assert UNITS[uid].scale == scale


def test_registry_is_consistent() -> None:
    ids = unit_ids()
    assert len(ids) == len(set(ids)) == len(UNITS)
    for unit in UNITS.values():
        assert isinstance(unit, Unit)
        assert unit.base in UNITS, unit.id
        assert UNITS[unit.base].base == unit.base, "a base unit is its own base"
        assert UNITS[unit.base].dimension == unit.dimension
        assert isinstance(unit.scale, Decimal) and unit.scale > 0
        assert lookup_unit(unit.zh) is unit, f"{unit.zh} is shadowed"


def test_no_printed_form_names_two_units() -> None:
    seen: dict[str, str] = {}
    for unit in UNITS.values():
        for form in (unit.zh, *unit.aliases):
            key = form.lower() if form.isascii() else form
            assert seen.setdefault(key, unit.id) == unit.id, f"{form!r}: {seen[key]} and {unit.id}"
            assert lookup_unit(form) is unit


def test_printed_forms_are_longest_first() -> None:
    forms = printed_forms()
    assert forms.index("万人次") < forms.index("人次") < forms.index("人")
    assert forms.index("千瓦时") < forms.index("千瓦")
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)


def test_english_names() -> None:
    assert en_name(UNITS["person_times"], plural=True) == "person-times"
    assert en_name(UNITS["person"], plural=False) == "person"
    assert en_name(UNITS["person"], plural=True) == "people"
    assert en_name(UNITS["tonne"], plural=True) == "tonnes"
    assert en_name(UNITS["jia"], plural=True) == ""   # a bare classifier has no English noun


def test_units_are_frozen() -> None:
    with pytest.raises(AttributeError):
        UNITS["yuan"].zh = "块"  # type: ignore[misc]
    with pytest.raises(TypeError):
        UNITS["nope"] = UNITS["yuan"]  # type: ignore[index]


def test_a_scale_word_before_a_listed_unit_is_that_unit_scaled():
    from decimal import Decimal

    from csrpress.units import UNITS, lookup_unit

    batches = lookup_unit("万批次")
    assert batches is not None and batches.base == "pi_ci" and batches.scale == Decimal(10) ** 4
    assert UNITS[batches.id] == batches  # found again by id (a figure read from build/.cache)
    assert lookup_unit("万某某") is None  # an unknown unit stays unknown (S104)


def test_an_intensity_of_two_listed_units_is_its_own_unit():
    from csrpress.numbers import find_figures
    from csrpress.units import lookup_unit

    water = lookup_unit("立方米/吨产品")
    assert water is not None and water.dimension == "intensity" and water.base == water.id
    assert water.en_plural == "cubic metres per tonne of product"
    (fig,) = [f for f in find_figures("单位产品耗水2.48立方米/吨产品，同比下降6.1%") if f.kind != "percent"]
    assert fig.unit == water.id  # never read as 2.48 cubic metres
    assert lookup_unit("吨/万元").id == "tonne_per_wan_yuan"  # a listed intensity keeps its entry


def test_an_intensity_per_bed_room_night_or_store_is_its_own_unit():
    from csrpress.numbers import find_figures
    from csrpress.units import lookup_unit

    per_bed = lookup_unit("吨标准煤/床")
    assert per_bed is not None and per_bed.dimension == "intensity" and per_bed.en_plural.endswith("per bed")
    assert lookup_unit("千克/间夜").en_plural == "kilograms per room night"
    assert lookup_unit("吨/某") is None  # a denominator nobody divides by stays unknown (S104)
    (fig,) = find_figures("每床位综合能耗3.11吨标准煤/床")
    assert fig.unit == per_bed.id  # never read as 3.11 tonnes of standard coal
    (store,) = find_figures("单店用电5.6万千瓦时/门店")
    assert store.unit == "~千瓦时/门店"  # not 千瓦时 per 门 (门 counts doors and courses)


def test_classifiers_of_vehicles_animals_and_runs():
    from csrpress.numbers import find_figures

    units = [f.unit for f in find_figures("全货机25架，存栏奶牛8,600头，出动车辆2,460车次，检测58.6万批次")]
    assert units == ["jia_craft", "tou", "che_ci", "pi_ci"]


def test_transport_work_and_scaled_bases_of_intensities():
    from csrpress.numbers import find_figures

    (work,) = find_figures("旅客周转量703亿客公里")
    assert work.unit == "passenger_km" and work.value == 70300000000
    (fuel,) = find_figures("百吨公里油耗28.2千克/百吨公里")
    assert fuel.unit == "~千克/百吨公里"  # never read as 28.2 kilograms
    assert [f.unit for f in find_figures("执行医疗急救航班37班")] == ["ban"]


def test_a_decimal_is_never_spelt_out_in_english(make_project):
    from csrpress.build import check

    chapter = """\
id: people
number: "01"
title: {zh: 员工, en: People}
sections:
  - id: hours
    number: "1.1"
    title: {zh: 工时, en: Hours}
    blocks:
      - text: {zh: "2016年员工平均每周加班时长为7.2小时，共3个班组。", en: "In 2016 average weekly overtime was 7.8 hours, in three teams."}
"""
    found = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "N209"]
    assert len(found) == 1 and "7.2小时" in found[0].message  # "3个" may be "three"


def test_gigawatts_convert_to_megawatts():
    from csrpress.claims.relate import AGREE, SCALE, relation
    from csrpress.numbers import parse_figure

    assert relation(parse_figure("0.386吉瓦"), parse_figure("386兆瓦")) == AGREE
    assert relation(parse_figure("3.86吉瓦"), parse_figure("386兆瓦")) == SCALE  # a slip of GW for 百MW


def test_currencies_never_convert_into_each_other() -> None:
    """A pataca is no Hong Kong dollar nor yuan: an exchange rate is a statement of the text, not of the registry,
    so no currency has a pint quantity to convert through."""
    for uid in ("mop", "hkd", "yuan", "usd"):
        assert UNITS[uid].quantity is None and UNITS[uid].base == uid


def test_unit_ids_are_unique():
    """A unit declared under an id another already has replaces it in UNITS without a word: 尾 (fish) declared as
    "wei" hid 位 (people), and every count of 位 lost its unit."""
    from collections import Counter

    from csrpress import units

    ids = Counter(u.id for u in units._REGISTRY)
    assert [i for i, n in ids.items() if n > 1] == []
