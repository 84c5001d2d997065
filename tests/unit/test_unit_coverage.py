"""The unit registry covers the units CSR/ESG reports print, industry by industry, as they print them: each printed
unit is known (csrpress units lists it) and a figure read with it after a number has the right quantity and value;
words that merely begin with a unit word stay words; an unknown unit is still S104."""
from __future__ import annotations

from decimal import Decimal

import pytest

from csrpress import quantities
from csrpress.claims.script import reading
from csrpress.numbers import find_figures, parse_figure
from csrpress.units import PREFIX_ONLY, UNITS, lookup_unit, printed_forms

# printed unit -> (what it measures, the base it counts in, how many of the base one of it is)
PRINTED = [
    # currencies of the region, Simplified and Traditional, with scale words
    ("人民币元", "currency", "yuan", 1), ("元人民币", "currency", "yuan", 1), ("千元", "currency", "yuan", 10**3),
    ("人民币万元", "currency", "yuan", 10**4), ("百万元", "currency", "yuan", 10**6), ("亿元", "currency", "yuan", 10**8),
    ("港元", "currency", "hkd", 1), ("港幣", "currency", "hkd", 1), ("百萬港元", "currency", "hkd", 10**6),
    ("千港元", "currency", "hkd", 10**3), ("澳門元", "currency", "mop", 1), ("萬澳門幣", "currency", "mop", 10**4),
    ("美元", "currency", "usd", 1), ("亿美元", "currency", "usd", 10**8), ("新台币", "currency", "twd", 1),
    ("新臺幣", "currency", "twd", 1), ("亿新台币", "currency", "twd", 10**8), ("欧元", "currency", "eur", 1),
    ("歐元", "currency", "eur", 1), ("万欧元", "currency", "eur", 10**4), ("日元", "currency", "jpy", 1),
    ("亿日元", "currency", "jpy", 10**8), ("新加坡元", "currency", "sgd", 1), ("越南盾", "currency", "vnd", 1),
    ("印尼盾", "currency", "idr", 1), ("泰铢", "currency", "thb", 1), ("泰銖", "currency", "thb", 1),
    ("英镑", "currency", "gbp", 1), ("林吉特", "currency", "myr", 1), ("韩元", "currency", "krw", 1),
    ("澳大利亚元", "currency", "aud", 1), ("EUR", "currency", "eur", 1), ("SGD", "currency", "sgd", 1),
    ("euros", "currency", "eur", 1),
    # energy
    ("千瓦时", "energy", "kwh", 1), ("度", "energy", "kwh", 1), ("万千瓦时", "energy", "kwh", 10**4),
    ("亿千瓦时", "energy", "kwh", 10**8), ("萬千瓦時", "energy", "kwh", 10**4), ("兆瓦时", "energy", "mwh", 1),
    ("吉瓦时", "energy", "gwh", 1), ("太瓦时", "energy", "twh", 1), ("kWh", "energy", "kwh", 1),
    ("MWh", "energy", "mwh", 1), ("GWh", "energy", "gwh", 1), ("TWh", "energy", "twh", 1), ("吉焦", "energy", "gj", 1),
    ("GJ", "energy", "gj", 1), ("TJ", "energy", "tj", 1), ("太焦", "energy", "tj", 1), ("千卡", "energy", "kcal", 1),
    ("吨标准煤", "coal_equivalent", "tce", 1), ("吨标煤", "coal_equivalent", "tce", 1),
    ("万吨标准煤", "coal_equivalent", "tce", 10**4), ("万吨标煤", "coal_equivalent", "tce", 10**4),
    ("tce", "coal_equivalent", "tce", 1), ("千克标准煤", "coal_equivalent", "kgce", 1),
    ("公斤标准煤", "coal_equivalent", "kgce", 1), ("kgce", "coal_equivalent", "kgce", 1),
    ("桶油当量", "oil_equivalent", "boe", 1), ("吨油当量", "oil_equivalent", "toe", 1),
    # power and capacity
    ("千瓦", "power", "kw", 1), ("万千瓦", "power", "kw", 10**4), ("兆瓦", "power", "mw", 1), ("吉瓦", "power", "gw", 1),
    ("GW", "power", "gw", 1), ("MWp", "peak_power", "mwp", 1), ("kWp", "peak_power", "kwp", 1),
    ("GWp", "peak_power", "gwp", 1), ("千伏安", "apparent_power", "kva", 1), ("kVA", "apparent_power", "kva", 1),
    ("MVA", "apparent_power", "mva", 1), ("蒸吨", "boiler_capacity", "steam_tonne", 1),
    # volumes
    ("立方米", "volume", "cubic_metre", 1), ("万立方米", "volume", "cubic_metre", 10**4), ("m³", "volume", "cubic_metre", 1),
    ("升", "volume", "litre", 1), ("公升", "volume", "litre", 1), ("百万公升", "volume", "litre", 10**6),
    ("百萬公升", "volume", "litre", 10**6), ("千升", "volume", "litre", 10**3), ("megalitres", "volume", "megalitre", 1),
    ("标准立方米", "standard_volume", "normal_cubic_metre", 1), ("万标方", "standard_volume", "normal_cubic_metre", 10**4),
    ("Nm³", "standard_volume", "normal_cubic_metre", 1), ("桶", "oil", "barrel", 1),
    # mass and greenhouse gas
    ("吨", "mass", "tonne", 1), ("公吨", "mass", "tonne", 1), ("公噸", "mass", "tonne", 1), ("万吨", "mass", "tonne", 10**4),
    ("萬噸", "mass", "tonne", 10**4), ("千克", "mass", "kilogram", 1), ("公斤", "mass", "kilogram", 1),
    ("克", "mass", "gram", 1), ("毫克", "mass", "milligram", 1), ("磅", "mass", "pound", 1), ("斤", "mass", "jin", 1),
    ("tonnes", "mass", "tonne", 1), ("kg", "mass", "kilogram", 1),
    ("吨二氧化碳当量", "mass", "tco2e", 1), ("tCO2e", "mass", "tco2e", 1), ("tCO₂e", "mass", "tco2e", 1),
    ("公噸二氧化碳當量", "mass", "tco2e", 1), ("吨CO₂e", "mass", "tco2e", 1), ("吨CO2", "mass", "tco2e", 1),
    ("万吨CO2e", "mass", "tco2e", 10**4), ("万吨二氧化碳当量", "mass", "tco2e", 10**4), ("kgCO2e", "mass", "kgco2e", 1),
    ("MtCO2e", "mass", "mtco2e", 1),
    # lengths and areas
    ("公里", "length", "km", 1), ("千米", "length", "km", 1), ("km", "length", "km", 1), ("万公里", "length", "km", 10**4),
    ("米", "length", "metre", 1), ("公尺", "length", "metre", 1), ("毫米", "length", "millimetre", 1),
    ("海里", "length", "nautical_mile", 1), ("平方米", "area", "square_metre", 1), ("平方公尺", "area", "square_metre", 1),
    ("万平方米", "area", "square_metre", 10**4), ("公顷", "area", "hectare", 1), ("公頃", "area", "hectare", 1),
    ("亩", "area", "mu", 1), ("万亩", "area", "mu", 10**4), ("平方公里", "area", "square_km", 1),
    ("平方呎", "area", "square_foot", 1), ("sq ft", "area", "square_foot", 1),
    # time
    ("小时", "time", "hour", 1), ("小時", "time", "hour", 1), ("天", "time", "day", 1), ("个工作日", "time", "day", 1),
    ("个月", "time", "month", 1), ("年", "duration_years", "year", 1), ("工时", "count", "work_hour", 1),
    ("人工时", "count", "work_hour", 1), ("百万工时", "count", "work_hour", 10**6), ("人天", "count", "person_day", 1),
    ("工日", "count", "person_day", 1), ("学时", "count", "class_hour", 1),
    # counts
    ("人", "people", "person", 1), ("名", "people", "person", 1), ("位", "people", "person", 1),
    ("万人", "people", "person", 10**4), ("人次", "person_times", "person_times", 1),
    ("万人次", "person_times", "person_times", 10**4), ("次", "count", "ci", 1), ("件", "count", "jian", 1),
    ("宗", "count", "zong", 1), ("起", "count", "qi_case", 1), ("家", "count", "jia", 1), ("所", "count", "suo", 1),
    ("座", "count", "zuo", 1), ("台", "count", "tai", 1), ("辆", "count", "liang", 1), ("艘", "count", "sou", 1),
    ("架", "count", "jia_craft", 1), ("个", "count", "ge", 1), ("项", "count", "xiang", 1), ("批", "count", "pi", 1),
    ("场", "count", "chang", 1), ("期", "count", "qi", 1), ("套", "count", "tao", 1), ("间", "count", "jian_room", 1),
    ("张", "count", "zhang", 1), ("床", "count", "bed", 1), ("头", "count", "tou", 1), ("只", "count", "zhi_animal", 1),
    ("羽", "count", "yu", 1), ("亿羽", "count", "yu", 10**8), ("株", "count", "zhu", 1), ("棵", "count", "ke", 1),
    ("户", "count", "household", 1), ("班次", "count", "ban_ci", 1), ("车次", "count", "che_ci", 1),
    ("架次", "count", "jia_ci", 1), ("艘次", "count", "sou_ci", 1), ("场次", "count", "chang_ci", 1),
    ("剂次", "count", "ji_ci", 1), ("间夜", "count", "room_night", 1), ("房晚", "count", "room_night", 1),
    ("床日", "count", "bed_day", 1), ("万单", "count", "dan", 10**4), ("股", "count", "gu", 1),
    # classifiers of things made and shipped one by one (wafers, chips, pills, sets), with scale words
    ("片", "count", "pian_piece", 1), ("万片", "count", "pian_piece", 10**4), ("萬片", "count", "pian_piece", 10**4),
    ("颗", "count", "ke_piece", 1), ("亿颗", "count", "ke_piece", 10**8), ("粒", "count", "li_grain", 1),
    ("组", "count", "zu", 1), ("块", "count", "kuai", 1), ("枚", "count", "mei", 1), ("支", "count", "zhi", 1),
    ("节", "count", "jie_lesson", 1), ("列", "count", "lie", 1), ("万套", "count", "tao", 10**4),
    ("标箱", "count", "teu", 1), ("万TEU", "count", "teu", 10**4), ("亿吨公里", "count", "tonne_km", 10**8),
    ("亿客公里", "count", "passenger_km", 10**8), ("可用座公里", "count", "seat_km", 1), ("收入客公里", "count", "rpk", 1),
    # a rail or bus operator's: passenger- and car-kilometres, its cars (卡 in Hong Kong), scores of surveys, watts
    ("乘客公里", "count", "passenger_km", 1), ("人公里", "count", "passenger_km", 1), ("車公里", "count", "vehicle_km", 1),
    ("列车公里", "count", "train_km", 1), ("万车公里", "count", "vehicle_km", 10**4), ("卡", "count", "rail_car", 1),
    ("节", "count", "jie_lesson", 1), ("列", "count", "lie", 1), ("架次", "count", "jia_ci", 1), ("班", "count", "ban", 1),
    ("分", "score", "score", 1), ("人时", "count", "work_hour", 1), ("人日", "count", "person_day", 1),
    ("瓦", "power", "watt", 1),
    # rates, concentrations, levels
    ("%", "percent", "percent", 1), ("‰", "permille", "permille", 1), ("个百分点", "percentage_point", "percentage_point", 1),
    ("倍", "ratio", "times", 1), ("mg/L", "concentration", "mg_per_litre", 1), ("毫克/升", "concentration", "mg_per_litre", 1),
    ("mg/m³", "concentration", "mg_per_m3", 1), ("mg/Nm³", "concentration", "mg_per_nm3", 1),
    ("毫克/标准立方米", "concentration", "mg_per_nm3", 1), ("μg/m³", "concentration", "ug_per_m3", 1),
    ("微克/立方米", "concentration", "ug_per_m3", 1), ("ppm", "ppm", "ppm", 1), ("dB(A)", "sound_level", "dba", 1),
    ("分贝", "sound_level", "dba", 1), ("dB（A）", "sound_level", "dba", 1), ("℃", "temperature", "celsius", 1),
    ("毫希沃特", "radiation_dose", "msv", 1), ("吨/日", "mass_rate", "tonne_per_day", 1),
    ("万吨/日", "mass_rate", "tonne_per_day", 10**4), ("吨/小时", "mass_rate", "tonne_per_hour", 1),
    ("万立方米/日", "volume_rate", "m3_per_day", 10**4),
    # a scale word before a unit with a scale or a prefix of its own: the scales multiply (a brewery's 万千升)
    ("万千升", "volume", "litre", 10**7), ("萬千升", "volume", "litre", 10**7), ("亿千升", "volume", "litre", 10**11),
    ("千万千瓦时", "energy", "kwh", 10**7), ("百万千瓦", "power", "kw", 10**6), ("亿吨标准煤", "coal_equivalent", "tce", 10**8),
    ("百亿元", "currency", "yuan", 10**10),
    # metric prefixes before a base unit (a bottle's 毫升)
    ("毫升", "volume", "litre", Decimal("0.001")), ("微升", "volume", "litre", Decimal("0.000001")),
    ("纳克", "mass", "gram", Decimal("1E-9")),
]


@pytest.mark.parametrize(("printed", "dimension", "base", "scale"), PRINTED)
def test_a_printed_unit_is_known_and_read_after_a_figure(printed: str, dimension: str, base: str, scale: int) -> None:
    unit = lookup_unit(reading(printed))  # a metric's unit column (Traditional read as Simplified)
    assert unit is not None, printed
    assert (unit.dimension, unit.base, unit.scale) == (dimension, base, scale)
    text = reading(f"2024年，该项指标为12.5{printed}，同比有所变化。")
    (fig,) = [f for f in find_figures(text) if f.kind != "date"]
    assert fig.printed == reading(f"12.5{printed}"), "the unit is read whole"
    read = UNITS[fig.unit]
    assert (read.dimension, read.base) == (dimension, base)
    assert fig.value == Decimal("12.5") * scale  # in the base unit, whatever the scale word


# intensities: per unit of revenue, output, product, floor area, bed-day, head, student, work-hour
INTENSITIES = [
    "吨/万元", "吨标准煤/万元", "立方米/万元产值", "千瓦时/万元营业收入", "吨二氧化碳当量/百万元营业收入",
    "吨二氧化碳当量/百万元", "千克标准煤/吨钢", "千克标准煤/吨熟料", "千瓦时/吨水泥", "立方米/吨原煤", "千瓦时/千升啤酒",
    "千瓦时/平方米", "千克标准煤/平方米建筑面积", "千瓦时/床日", "吨标准煤/床", "千克/间夜", "千瓦时/学生",
    "千克二氧化碳当量/头", "千瓦时/基站", "起/百万工时", "次/百万工时", "人/百万工时", "升/百公里", "千克/百吨公里",
    "克/千瓦时", "tCO2e/万元", "kgce/吨", "tCO₂e/百万元", "吨／万元", "升/人·天", "元/股",
    "千瓦时/车公里", "克二氧化碳当量/乘客公里", "千克二氧化碳当量/人公里", "千瓦时/列车公里", "千瓦时/瓦", "千瓦时/间夜",
    # per thing counted by a classifier (a wafer, a panel, a chip, a vehicle)
    "千瓦时/片", "吨/片", "立方米/片", "千克/片", "千瓦时/块", "千瓦时/颗", "千瓦时/辆", "吨二氧化碳当量/片",
]


@pytest.mark.parametrize("printed", INTENSITIES)
def test_an_intensity_is_read_whole(printed: str) -> None:
    unit = lookup_unit(printed)
    assert unit is not None and unit.dimension == "intensity", printed
    (fig,) = [f for f in find_figures(f"单位指标为0.35{printed}，同比下降") if f.kind != "percent"]
    assert fig.printed == f"0.35{printed}" and UNITS[fig.unit].dimension == "intensity"


def test_every_listed_form_reads_back_after_a_number() -> None:
    """What lookup_unit knows, the figure reader reads: a metric's value and unit are parsed together (value + unit),
    so a unit known to the registry but not to the reader would switch the metric's checks off silently."""
    for form in printed_forms():
        if form in PREFIX_ONLY:
            continue
        unit = lookup_unit(form)
        fig = parse_figure(reading("12" + form))
        assert fig is not None and fig.unit is not None, form
        got = UNITS[fig.unit]
        if got.base == unit.base:
            assert fig.value == 12 * unit.scale, form
        else:  # 12千升 is read as 12 thousand litres, 12万吨CO2e as tonnes: the same quantity through pint
            k = quantities.factor(UNITS[unit.base].quantity, UNITS[got.base].quantity)
            assert k is not None and abs(fig.value - 12 * unit.scale * k) <= Decimal("1e-6") * fig.value, form


@pytest.mark.parametrize(("text", "expected"), [
    ("收入HK$5亿", [("HK$5亿", "hkd")]),  # a Hong Kong dollar straight after a Chinese word, never US$ 5亿
    ("捐款MOP$1,200万", [("MOP$1,200万", "mop")]),
    ("營收新台幣3,200萬元", [("新台币3,200万元", "~万新台币")]),
    ("港幣3,200萬元", [("港币3,200万元", "wan_hkd")]),
    ("HK$50万元", [("HK$50万元", "wan_hkd")]),
    ("Revenue was EUR 3.2 million", [("EUR 3.2 million", "eur")]),
    ("NT$1.2 billion and S$30 million", [("NT$1.2 billion", "twd"), ("S$30 million", "sgd")]),
    ("€12 million and £5 million", [("€12 million", "eur"), ("£5 million", "gbp")]),
    ("1港元兑1.03澳门元", [("1港元", "hkd"), ("1.03澳门元", "mop")]),
    ("营收12亿日元", [("12亿日元", "jpy")]),
])
def test_currencies_before_and_after_the_amount(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.printed, f.unit) for f in find_figures(reading(text))] == expected


def test_a_denominator_is_one_unit_however_printed() -> None:
    """克/乘客公里 and 克/人公里 are one intensity (客公里), 元/度 is 元/千瓦时: compared as one."""
    assert lookup_unit("克/乘客公里").id == lookup_unit("克/人公里").id == lookup_unit("克/客公里").id
    assert lookup_unit("元/度").id == lookup_unit("元/千瓦时").id


def test_a_day_counted_in_ri_is_known_as_a_metric_unit_but_no_date_becomes_one() -> None:
    """培训日数（日）: Hong Kong counts days in 日; a metric in it is no S104, while 12日 in a sentence stays a date."""
    assert lookup_unit("日") is not None and lookup_unit("日").base == "day"
    assert [(f.unit, f.value) for f in find_figures("全年提供培训142,300日，人均7.9日")] == [
        ("day", Decimal("142300")), ("day", Decimal("7.9"))]
    assert [f.unit for f in find_figures("会议于12日召开") if f.kind != "date"] in ([], [None])
    assert parse_figure("142300日").unit == "day"


@pytest.mark.parametrize(("text", "expected"), [
    ("业主满意度89.6分（满分100分）", [("89.6分", "score"), ("100分", "score")]),
    ("我们十分重视安全，三分之一的员工", []),   # 十分 is "very", 三分之一 a fraction
    ("0.52千瓦时/瓦，另有瓦斯3立方米", [("0.52千瓦时/瓦", "~千瓦时/瓦"), ("3立方米", "cubic_metre")]),
    ("每车公里耗电2.48千瓦时/车公里", [("2.48千瓦时/车公里", "~千瓦时/车公里")]),  # 车公里, not 车 (units.PER_THING)
    ("排放3克/千瓦时", [("3克/千瓦时", "~克/千瓦时")]),  # not 克 per thousand 瓦
    ("重铁车队共有1,464卡车厢", [("1,464卡", "rail_car")]),
])
def test_new_units_after_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.printed, f.unit) for f in find_figures(text) if f.kind != "percent"] == expected


@pytest.mark.parametrize("text", [
    "员工5单位时间内完成", "3股东大会", "新建3羽毛球场", "12箱体设备", "更换3床单", "捐赠大米2,000斤两",
    "3新元素", "选出2平台", "划分5片区", "直径3颗粒", "成立12组织", "形成3组合", "培育3龙头企业", "占全年的5所有", "第3期间", "12所得税", "实现8市场", "较9同期", "覆盖10国家", "聘请11专家",
])
def test_a_word_that_begins_with_a_unit_word_is_no_unit(text: str) -> None:
    assert [f.unit for f in find_figures(text)] == [None]


@pytest.mark.parametrize(("text", "unit"), [
    ("It saves 3,600 MWh a year", "mwh"), ("12 GWp of modules", "gwp"), ("1,200 sq ft of offices", "square_foot"),
    ("2 ppm", "ppm"), ("36 dB(A) at night", "dba"), ("3 mSv a year", "msv"), ("40 t/h boilers", "tonne_per_hour"),
    ("12 MVA", "mva"), ("4.5 tCO₂e", "tco2e"), ("120 kgCO2e", "kgco2e"), ("2.1 kgce", "kgce"), ("56 TJ", "tj"),
    ("3,000 TB patients", None),  # TB is no terabyte after a count of people
    ("a 640 ml bottle", "~毫升"), ("a 640 mL bottle", "~毫升"), ("330 millilitres", "~毫升"),
    ("5 ML of water", None),  # ML as some write the megalitre: never read as millilitres
])
def test_english_unit_words_and_symbols_after_a_figure(text: str, unit: str | None) -> None:
    assert find_figures(text)[0].unit == unit


def test_a_scale_word_before_a_scaled_unit_multiplies_its_scale() -> None:
    """1,050万千升 is 万 of the digits and 千 of the unit: 1.05 × 10^10 litres, printed back as it was typed."""
    (fig,) = find_figures("设计产能1,050万千升，")
    assert (fig.printed, fig.value, UNITS[fig.unit].zh) == ("1,050万千升", Decimal("1.05E10"), "万千升")
    (fig,) = find_figures("单只640毫升啤酒瓶")
    assert (fig.value, fig.precision) == (Decimal("0.64"), Decimal("0.001"))


@pytest.mark.parametrize("printed", ["万某某", "吨/某", "widgets", "千克二氧化碳当量", "kWh/m²", "万千瓦时/GWh"])
def test_unknown_units_stay_unknown(printed: str) -> None:
    """Not a silent switch-off: a unit the reader cannot read after a figure is not known (S104 says so).
    千克二氧化碳当量 is read as 千克 in a sentence (二氧化碳当量 stays a subject word), and an English denominator
    is not read (万千瓦时/GWh reads as 万千瓦时, as writers declare such a metric)."""
    assert lookup_unit(printed) is None


_CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: One}
metrics:
  - {id: one.water, label: {zh: 取水量, en: Water withdrawn}, value: "120", unit: "百萬公升", period: "2024"}
  - {id: one.coal, label: {zh: 吨钢综合能耗, en: Energy per tonne of steel}, value: "545", unit: "千克标准煤/吨钢", period: "2024"}
  - {id: one.widgets, label: {zh: 小部件, en: Widgets}, value: "3", unit: "万某某", period: "2024"}
blocks:
  - text: {zh: "2024年，取水量120百万公升，吨钢综合能耗545千克标准煤/吨钢。", en: x}
"""


def test_an_unknown_unit_is_still_s104_and_known_ones_are_not(make_project) -> None:
    from csrpress.build import check

    found = [d for d in check(make_project({"content/chapters/01.yaml": _CHAPTER})) if d.code == "S104"]
    assert [d.message for d in found] == ["unit `万某某` of metric `one.widgets` is not in the unit registry"]
    assert found[0].hint and "csrpress units" in found[0].hint
