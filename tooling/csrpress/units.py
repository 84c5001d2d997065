"""Printed unit word (元, 万人次, kWh, person-times …) -> Unit record from a fixed registry."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Unit:
    """One printed unit.

    `base` is the id of the unit that values are expressed in: a unit whose zh
    form embeds a Chinese scale word (万元, 亿元, 万人次, 百万元 …) has the plain
    unit as base and the scale word as `scale`; every other unit is its own base.
    Chinese classifiers with no natural English noun (个, 家, 项 …) have empty
    English names, so an English rendering prints the bare number.
    """

    id: str
    zh: str
    en_singular: str
    en_plural: str
    base: str
    scale: Decimal
    dimension: str
    aliases: tuple[str, ...] = ()
    quantity: str | None = None  # the base unit in pint's terms (quantities.py converts between bases)


_ONE = Decimal(1)
_WAN = Decimal(10) ** 4
_YI = Decimal(10) ** 8


def _u(uid: str, zh: str, en: tuple[str, str], dimension: str, *aliases: str,
       base: str | None = None, scale: Decimal = _ONE) -> Unit:
    return Unit(uid, zh, en[0], en[1], base or uid, scale, dimension, tuple(aliases), _QUANTITY.get(base or uid))


# Physical bases in pint's names, so that 兆瓦时 and 万千瓦时, or 吉焦 and 千瓦时, compare (quantities.py).
_QUANTITY = {
    "kwh": "kilowatt_hour", "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "gj": "gigajoule", "mj": "megajoule",
    "tonne": "metric_ton", "kt": "kilometric_ton", "kilogram": "kilogram", "gram": "gram", "km": "kilometer", "metre": "meter",
    "square_metre": "meter ** 2", "square_km": "kilometer ** 2", "mu": "mu", "hectare": "hectare", "cubic_metre": "meter ** 3",
    "litre": "liter",
    "hour": "hour", "minute": "minute", "second": "second", "day": "day", "week": "week",
    "kw": "kilowatt", "mw": "megawatt", "watt": "watt", "gw": "gigawatt", "twh": "terawatt_hour", "tj": "terajoule", "pj": "petajoule",
    "kcal": "kilocalorie", "kgce": "kilogram_coal_equivalent", "kgco2e": "kilogram", "ktco2e": "kilometric_ton",
    "mtco2e": "megametric_ton", "milligram": "milligram", "microgram": "microgram", "jin": "jin", "pound": "pound",
    "kwp": "kilowatt_peak", "mwp": "megawatt_peak", "gwp": "gigawatt_peak", "kva": "kilovolt_ampere",
    "mva": "megavolt_ampere", "centimetre": "centimeter", "millimetre": "millimeter", "mile": "mile",
    "nautical_mile": "nautical_mile", "square_foot": "foot ** 2", "acre": "acre", "cubic_foot": "foot ** 3",
    "megalitre": "megaliter", "kilolitre": "kiloliter", "ug_per_m3": "microgram / meter ** 3",
    "msv": "millisievert", "usv": "microsievert", "gb": "gigabyte", "tb": "terabyte", "pb": "petabyte", "tce": "tonne_coal_equivalent", "tco2e": "tonne_co2_equivalent",
    "tonne_per_day": "metric_ton / day", "tonne_per_hour": "metric_ton / hour", "m3_per_day": "meter ** 3 / day",
    "mg_per_m3": "milligram / meter ** 3", "mg_per_litre": "milligram / liter",
}


def _classifier(uid: str, zh: str, *aliases: str) -> Unit:
    return _u(uid, zh, ("", ""), "count", *aliases)


_REGISTRY: tuple[Unit, ...] = (
    # currency
    _u("yuan", "元", ("yuan", "yuan"), "currency", "人民币元", "元人民币", "人民币", "RMB", "CNY", "yuan",
       "renminbi", "¥", "￥"),
    _u("qian_yuan", "千元", ("thousand yuan", "thousand yuan"), "currency", "千元人民币",
       base="yuan", scale=Decimal(1000)),
    _u("wan_yuan", "万元", ("ten thousand yuan", "ten thousand yuan"), "currency", "万人民币",
       "万元人民币", "人民币万元", base="yuan", scale=_WAN),
    _u("baiwan_yuan", "百万元", ("million yuan", "million yuan"), "currency", "百万人民币",
       base="yuan", scale=Decimal(10) ** 6),
    _u("yi_yuan", "亿元", ("hundred million yuan", "hundred million yuan"), "currency",
       "亿人民币", "亿元人民币", "人民币亿元", base="yuan", scale=_YI),
    _u("usd", "美元", ("US dollar", "US dollars"), "currency", "美金", "USD", "US$",
       "US dollar", "US dollars", "dollar", "dollars", "$"),
    _u("wan_usd", "万美元", ("ten thousand US dollars", "ten thousand US dollars"), "currency",
       "万美金", base="usd", scale=_WAN),
    _u("yi_usd", "亿美元", ("hundred million US dollars", "hundred million US dollars"),
       "currency", "亿美金", base="usd", scale=_YI),
    _u("hkd", "港元", ("Hong Kong dollar", "Hong Kong dollars"), "currency", "港币", "HKD",
       "HK$", "Hong Kong dollar", "Hong Kong dollars"),
    _u("wan_hkd", "万港元", ("ten thousand Hong Kong dollars", "ten thousand Hong Kong dollars"),
       "currency", "万港币", base="hkd", scale=_WAN),
    _u("yi_hkd", "亿港元", ("hundred million Hong Kong dollars",
                          "hundred million Hong Kong dollars"),
       "currency", "亿港币", base="hkd", scale=_YI),
    # 百万 before a currency is a scale word of its own (HK and Macau tables head their amounts 百万港元 /
    # 百万澳门元, "HK$ million"): listed, so that 5,126百万港元 is not read as 512,600万港元
    _u("baiwan_hkd", "百万港元", ("million Hong Kong dollars", "million Hong Kong dollars"), "currency",
       "百万港币", base="hkd", scale=Decimal(10) ** 6),
    _u("baiwan_usd", "百万美元", ("million US dollars", "million US dollars"), "currency", "百万美金",
       base="usd", scale=Decimal(10) ** 6),
    # the Macau pataca: a Macau report prints its amounts in 澳门元 / 澳门币 (MOP, MOP$) with 万/百万/亿; it is a
    # currency of its own, never converted into 港元 or 元 (a stated exchange rate is a statement of the text).
    # 澳元 / 澳币 are not listed: on the mainland they name the Australian dollar
    _u("mop", "澳门元", ("pataca", "patacas"), "currency", "澳门币", "葡币", "MOP", "MOP$", "pataca",
       "patacas"),
    _u("wan_mop", "万澳门元", ("ten thousand patacas", "ten thousand patacas"), "currency", "万澳门币",
       base="mop", scale=_WAN),
    _u("baiwan_mop", "百万澳门元", ("million patacas", "million patacas"), "currency", "百万澳门币",
       base="mop", scale=Decimal(10) ** 6),
    _u("yi_mop", "亿澳门元", ("hundred million patacas", "hundred million patacas"), "currency",
       "亿澳门币", base="mop", scale=_YI),
    # other currencies a report of the region prints (a subsidiary's revenue, a bond, a donation abroad): each its own
    # base, never converted into another (no exchange rate is the registry's); Traditional forms (新臺幣, 歐元, 英鎊)
    # are read through their Simplified reading. 澳元 stays out (see above); 澳大利亚元 is unambiguous
    _u("twd", "新台币", ("New Taiwan dollar", "New Taiwan dollars"), "currency", "新台元", "台币", "NT$", "NTD", "TWD",
       "New Taiwan dollars", "New Taiwan dollar"),
    _u("eur", "欧元", ("euro", "euros"), "currency", "EUR", "€", "euro", "euros"),
    _u("gbp", "英镑", ("pound sterling", "pounds sterling"), "currency", "GBP", "£", "pounds sterling", "pound sterling"),
    _u("jpy", "日元", ("yen", "yen"), "currency", "日圆", "JPY", "yen", "Japanese yen"),
    _u("krw", "韩元", ("won", "won"), "currency", "韩圆", "KRW", "Korean won"),
    _u("sgd", "新加坡元", ("Singapore dollar", "Singapore dollars"), "currency", "新加坡币", "新元", "新币", "S$", "SGD",
       "Singapore dollars", "Singapore dollar"),
    _u("myr", "林吉特", ("ringgit", "ringgit"), "currency", "马来西亚林吉特", "令吉", "马币", "MYR", "ringgit"),
    _u("thb", "泰铢", ("baht", "baht"), "currency", "THB", "baht", "Thai baht"),
    _u("vnd", "越南盾", ("Vietnamese dong", "Vietnamese dong"), "currency", "VND", "Vietnamese dong"),
    _u("idr", "印尼盾", ("rupiah", "rupiah"), "currency", "印度尼西亚盾", "印尼卢比", "IDR", "rupiah", "Indonesian rupiah"),
    _u("php", "菲律宾比索", ("Philippine peso", "Philippine pesos"), "currency", "PHP", "Philippine pesos"),
    _u("inr", "印度卢比", ("Indian rupee", "Indian rupees"), "currency", "INR", "Indian rupees"),
    _u("aud", "澳大利亚元", ("Australian dollar", "Australian dollars"), "currency", "AUD", "A$", "Australian dollars"),
    _u("nzd", "新西兰元", ("New Zealand dollar", "New Zealand dollars"), "currency", "纽元", "NZD", "NZ$",
       "New Zealand dollars"),
    _u("cad", "加拿大元", ("Canadian dollar", "Canadian dollars"), "currency", "加元", "CAD", "C$", "Canadian dollars"),
    _u("chf", "瑞士法郎", ("Swiss franc", "Swiss francs"), "currency", "CHF", "Swiss francs"),
    _u("rub", "卢布", ("rouble", "roubles"), "currency", "俄罗斯卢布", "RUB", "roubles", "rubles"),
    # people and visits
    _u("person_times", "人次", ("person-time", "person-times"), "person_times",
       "person-times", "person-time", "person times", "person time"),
    _u("wan_person_times", "万人次", ("ten thousand person-times", "ten thousand person-times"),
       "person_times", base="person_times", scale=_WAN),
    _u("yi_person_times", "亿人次",
       ("hundred million person-times", "hundred million person-times"),
       "person_times", base="person_times", scale=_YI),
    _u("person", "人", ("person", "people"), "people", "people", "persons", "person",
       "individuals", "individual"),
    # training and labour given in person-days (培训1.2万人天, 投入志愿服务3,600人·天, 施工120工日)
    _u("person_day", "人天", ("person-day", "person-days"), "count", "人·天", "人·日", "人日", "工日", "person-days", "person-day",
       "man-days", "man-day"),
    _u("wan_person", "万人", ("ten thousand people", "ten thousand people"), "people", base="person", scale=_WAN),
    # 名 and 位 are classifiers for people, so they share the person base
    _u("ming", "名", ("person", "people"), "people", base="person"),
    _u("wei", "位", ("person", "people"), "people", base="person"),
    _u("household", "户", ("household", "households"), "count", "households", "household"),
    _u("wan_household", "万户", ("ten thousand households", "ten thousand households"), "count",
       base="household", scale=_WAN),
    # classifiers (量词) that carry no English noun of their own
    _classifier("ge", "个"), _classifier("jia", "家"),
    # "times" as an alias belongs to 倍; numbers.py maps large "N times" here
    _u("ci", "次", ("time", "times"), "count", "time"),
    _classifier("xiang", "项"), _classifier("kuan", "款"), _classifier("jian", "件"),
    _classifier("tai", "台"), _classifier("suo", "所"), _classifier("zuo", "座"),
    _classifier("pian", "篇"), _classifier("tiao", "条"), _classifier("bu", "部"),
    _classifier("ben", "本"), _classifier("fen", "份"), _classifier("chang", "场"),
    _classifier("qi", "期"), _classifier("zhang", "张"), _classifier("tao", "套"),
    _classifier("jian_room", "间"), _classifier("pi", "批"), _classifier("jie", "届"),
    _classifier("men", "门"), _classifier("jie_lesson", "节"), _classifier("zhi", "支"),
    _classifier("mei", "枚"), _classifier("bi", "笔"), _classifier("zhong", "种"),
    _classifier("lei", "类"), _classifier("ce", "册"),
    # classifiers of vehicles, animals, plants, buildings and packages (3架全货机, 8,600头奶牛, 2万盒)
    _classifier("jia_craft", "架"), _classifier("tou", "头"), _classifier("sou", "艘"), _classifier("zhi_animal", "只"),
    _classifier("zhu", "株"), _classifier("chu", "处"), _classifier("dong", "栋", "幢"), _classifier("lie", "列"),
    _classifier("wei_fish", "尾"),  # fish counted one by one (增殖放流鱼苗196.5万尾): fry and fingerlings are released by 尾
    # a train's cars (a Hong Kong operator's 1,464卡车厢, the mainland's 节车厢): counted like 辆
    _u("rail_car", "卡", ("car", "cars"), "count"),
    _classifier("he", "盒"), _classifier("ping", "瓶"), _classifier("dai", "袋"), _classifier("kuai", "块"),
    # classifiers of what a plant makes or ships, one by one: wafers, panels and sheets (片), chips, seeds and beads
    # (颗, 粒), sets of equipment (组); the English noun is the generic one, as the thing counted is named by the text
    _u("pian_piece", "片", ("piece", "pieces"), "count"), _u("ke_piece", "颗", ("piece", "pieces"), "count"),
    _u("li_grain", "粒", ("piece", "pieces"), "count"), _u("zu", "组", ("set", "sets"), "count"),
    # counts of runs (like 人次): a vehicle's trips, a test's batches, an aircraft's flights, a ship's voyages
    _u("che_ci", "车次", ("vehicle trip", "vehicle trips"), "count", "vehicle trips"),
    _u("pi_ci", "批次", ("batch", "batches"), "count", "batches"),
    _u("jia_ci", "架次", ("flight", "flights"), "count", "flights"),
    _u("hang_ci", "航次", ("voyage", "voyages"), "count", "voyages"),
    # households served once each time (农业保险服务农户621万户次): a count of runs like 人次, not of households, and
    # the noun after it (…户次农户) is what it counts
    _u("household_times", "户次", ("household served", "households served"), "count", "household-times", "household times"),
    _u("wan_household_times", "万户次", ("ten thousand households served", "ten thousand households served"), "count",
       base="household_times", scale=_WAN),
    _classifier("ban", "班"),  # 航班47班, 班车12班: scheduled runs
    # runs of a vehicle, ship, machine or session, counted like 人次 (a port's 艘次 of ship calls, an airline's 班次,
    # a hospital's 台次 of operations, a training programme's 场次, a vaccine's 剂次 of doses)
    _u("ban_ci", "班次", ("scheduled run", "scheduled runs"), "count"),
    _u("liang_ci", "辆次", ("vehicle trip", "vehicle trips"), "count"),
    _u("sou_ci", "艘次", ("ship call", "ship calls"), "count"),
    _u("tai_ci", "台次", ("run", "runs"), "count"),
    _u("chang_ci", "场次", ("session", "sessions"), "count"),
    _u("ji_ci", "剂次", ("dose", "doses"), "count"),
    # a hotel's sold rooms (间夜, Hong Kong 房晚) and a hospital's occupied beds (床日): nights and days of use
    _u("room_night", "间夜", ("room night", "room nights"), "count", "房晚", "room nights", "room night"),
    _u("bed_day", "床日", ("bed-day", "bed-days"), "count", "bed-days", "bed days"),
    _u("bed", "床", ("bed", "beds"), "count"),
    # a farm's birds (1.2亿羽), a retailer's or a courier's orders (3,600万单), goods by the case, listed shares
    _u("yu", "羽", ("bird", "birds"), "count"),
    _u("dan", "单", ("order", "orders"), "count"),
    _classifier("xiang_box", "箱"), _classifier("tai_tao", "台套"),
    _u("gu", "股", ("share", "shares"), "count"),
    # training hours in class hours (人均培训32学时): a count of its own, never a duration in 小时
    _u("class_hour", "学时", ("class hour", "class hours"), "count", "课时", "class hours"),
    # work done: one person working one hour ("连续320万工时无损失工时事故", "每百万工时"); a count of its own, never
    # compared with a duration in 小时
    _u("work_hour", "工时", ("work-hour", "work-hours"), "count", "人工时", "人时", "人·时", "人小时", "man-hours",
       "person-hours", "work-hours", "manhours"),
    # transport work: a passenger or a tonne carried one kilometre (亿客公里 and 亿吨公里 are these scaled)
    _u("passenger_km", "客公里", ("passenger-kilometre", "passenger-kilometres"), "count", "人公里", "人千米", "乘客公里", "乘客千米", "旅客公里", "passenger-km", "passenger km", "pkm",
       "passenger-kilometres"),
    _u("tonne_km", "吨公里", ("tonne-kilometre", "tonne-kilometres"), "count", "吨千米", "tonne-km", "tonne-kilometres"),
    # an airline's capacity and traffic: seats or tonnes offered or sold one kilometre (ASK, RPK, ATK, RTK)
    _u("seat_km", "座公里", ("seat-kilometre", "seat-kilometres"), "count", "可用座公里", "座位公里", "可用座位公里",
       "ASK", "ASKs", "available seat kilometres", "available seat-kilometres"),
    _u("rpk", "收入客公里", ("revenue passenger-kilometre", "revenue passenger-kilometres"), "count", "RPK", "RPKs",
       "revenue passenger kilometres", "revenue passenger-kilometres"),
    _u("atk", "可用吨公里", ("available tonne-kilometre", "available tonne-kilometres"), "count", "ATK", "ATKs",
       "available tonne kilometres", "available tonne-kilometres"),
    _u("rtk", "收入吨公里", ("revenue tonne-kilometre", "revenue tonne-kilometres"), "count", "RTK", "RTKs",
       "revenue tonne kilometres", "revenue tonne-kilometres"),
    # a rail or bus operator's service run: a car or a vehicle driven one kilometre (耗电2.48千瓦时/车公里), a train one
    # kilometre (列车公里); each a count of its own, as 客公里 is
    _u("vehicle_km", "车公里", ("vehicle-kilometre", "vehicle-kilometres"), "count", "车千米", "车辆公里", "车厢公里",
       "car-km", "car-kilometres", "vehicle-km", "vehicle-kilometres"),
    _u("train_km", "列车公里", ("train-kilometre", "train-kilometres"), "count", "列车千米", "train-km", "train-kilometres"),
    # a score (满意度89.6分, 满分100分, ESG评级得分): its own quantity, compared only with scores
    _u("score", "分", ("point", "points"), "score"),
    _u("li", "例", ("case", "cases"), "count", "cases"),
    # container throughput: twenty-foot equivalent units
    _u("teu", "标箱", ("TEU", "TEU"), "count", "标准箱", "TEU", "TEUs"),
    _u("wan_teu", "万标箱", ("ten thousand TEU", "ten thousand TEU"), "count", "万标准箱", "万TEU", base="teu", scale=_WAN),
    # 起 and 宗 count incidents (3起事故, 2宗案件)
    _u("qi_case", "起", ("case", "cases"), "count", "incidents"),
    _u("zong", "宗", ("case", "cases"), "count"),
    _u("liang", "辆", ("vehicle", "vehicles"), "count", "vehicles"),
    _u("ke", "棵", ("tree", "trees"), "count", "trees"),
    # mass, energy, power
    _u("tonne", "吨", ("tonne", "tonnes"), "mass", "公吨", "tonnes", "tonne", "tons", "ton"),
    _u("wan_tonne", "万吨", ("ten thousand tonnes", "ten thousand tonnes"), "mass",
       base="tonne", scale=_WAN),
    # kt, the kilotonne of English tables: its own base (an English unit word carries no scale), converted
    # to tonnes by pint; 千吨 stays 千 + 吨
    _u("kt", "kt", ("kt", "kt"), "mass", "kilotonnes", "kilotonne"),
    _u("kilogram", "千克", ("kilogram", "kilograms"), "mass", "公斤", "kg", "kgs", "kilograms",
       "kilogram"),
    _u("gram", "克", ("gram", "grams"), "mass", "grams", "gram"),
    _u("milligram", "毫克", ("milligram", "milligrams"), "mass", "mg", "milligrams", "milligram"),
    _u("microgram", "微克", ("microgram", "micrograms"), "mass", "μg", "µg", "micrograms"),
    # 斤 (half a kilogram) is how farms and food banks count produce bought or given (帮助销售农产品12万斤)
    _u("jin", "斤", ("jin", "jin"), "mass", "市斤"),
    _u("pound", "磅", ("pound", "pounds"), "mass", "lb", "lbs", "pounds"),
    # 度 is the everyday word for a kilowatt-hour of electricity in Chinese reports
    _u("kwh", "千瓦时", ("kWh", "kWh"), "energy", "度", "kWh", "kilowatt-hours",
       "kilowatt-hour", "kilowatt hours", "kilowatt hour"),
    _u("wan_kwh", "万千瓦时", ("ten thousand kWh", "ten thousand kWh"), "energy", "万度",
       base="kwh", scale=_WAN),
    _u("yi_kwh", "亿千瓦时", ("hundred million kWh", "hundred million kWh"), "energy", "亿度",
       base="kwh", scale=_YI),
    _u("mwh", "兆瓦时", ("MWh", "MWh"), "energy", "MWh", "megawatt-hours", "megawatt hours"),
    _u("gwh", "吉瓦时", ("GWh", "GWh"), "energy", "GWh", "gigawatt-hours", "gigawatt hours"),
    _u("gj", "吉焦", ("GJ", "GJ"), "energy", "吉焦耳", "GJ", "gigajoules", "gigajoule"),
    _u("mj", "兆焦", ("MJ", "MJ"), "energy", "兆焦耳", "MJ", "megajoules", "megajoule"),
    _u("twh", "太瓦时", ("TWh", "TWh"), "energy", "TWh", "terawatt-hours", "terawatt hours"),
    _u("tj", "太焦", ("TJ", "TJ"), "energy", "太焦耳", "TJ", "terajoules", "terajoule"),
    _u("pj", "拍焦", ("PJ", "PJ"), "energy", "拍焦耳", "PJ", "petajoules", "petajoule"),
    # food energy (食堂, 营养餐) is given in kilocalories, 大卡 in everyday writing
    _u("kcal", "千卡", ("kcal", "kcal"), "energy", "大卡", "kcal", "kilocalories"),
    # coal equivalent is its own quantity: a tonne of standard coal is energy, not mass
    _u("tce", "吨标准煤", ("tonne of standard coal equivalent", "tonnes of standard coal equivalent"), "coal_equivalent",
       "吨标煤", "吨标准煤当量", "tce", "tonnes of standard coal", "tonnes of coal equivalent"),
    # per-unit energy use is given in kilograms of standard coal (千克标准煤/吨钢, kgce/m²): a thousandth of a tce
    _u("kgce", "千克标准煤", ("kilogram of standard coal equivalent", "kilograms of standard coal equivalent"),
       "coal_equivalent", "公斤标准煤", "千克标煤", "公斤标煤", "千克标准煤当量", "kgce"),
    _u("wan_tce", "万吨标准煤", ("ten thousand tonnes of standard coal equivalent",
                             "ten thousand tonnes of standard coal equivalent"), "coal_equivalent", "万吨标煤",
       base="tce", scale=_WAN),
    # oil and gas: output and reserves in barrels and tonnes of oil equivalent; each its own base (the heat of a
    # barrel or of a tonne of oil varies with the field, so nothing converts)
    _u("barrel", "桶", ("barrel", "barrels"), "oil", "barrels", "bbl"),
    _u("boe", "桶油当量", ("barrel of oil equivalent", "barrels of oil equivalent"), "oil_equivalent", "boe",
       "barrels of oil equivalent"),
    _u("toe", "吨油当量", ("tonne of oil equivalent", "tonnes of oil equivalent"), "oil_equivalent", "吨标准油", "toe",
       "tonnes of oil equivalent"),
    # a tonne of CO2e is compared with tonnes: reports give one emission figure in either
    # 公吨 is how Hong Kong and Taiwan write 吨 (公噸二氧化碳當量), as for the tonne itself
    _u("tco2e", "吨二氧化碳当量", ("tonne of CO2e", "tonnes of CO2e"), "mass", "吨CO2e", "吨二氧化碳",
       "公吨二氧化碳当量", "公吨CO2e", "公吨二氧化碳", "tCO2e", "tonnes of CO2e", "tonnes of CO2 equivalent", "tonnes CO2e",
       # subscript ₂, an "eq" or "-e" suffix, the gas without "e": the ways a tonne of CO2e is printed
       "吨CO₂e", "公吨CO₂e", "吨CO2当量", "吨CO₂当量", "吨CO2", "吨CO₂", "tCO₂e", "tCO2eq", "tCO2-eq", "tCO2-e", "tCO2",
       "tCO₂", "t CO2e", "t CO₂e", "tonnes of CO₂e", "tonnes CO₂e", "tonnes of CO2", "tonnes of carbon dioxide equivalent",
       "metric tons of CO2e", "metric tons CO2e"),
    # English tables' kilograms, kilotonnes and million tonnes of CO2e, converted to tonnes by pint. The Chinese
    # 千克二氧化碳当量 is not listed: after a figure in a sentence, 千克 stays the unit and 二氧化碳当量 words of its
    # subject (see OF_CO2E), so a metric in it is S104 (declare it in 千克, its subject naming the gas)
    _u("kgco2e", "kgCO2e", ("kg CO2e", "kg CO2e"), "mass", "kgCO₂e", "kg CO2e", "kg CO₂e", "kilograms of CO2e"),
    _u("ktco2e", "ktCO2e", ("kt CO2e", "kt CO2e"), "mass", "ktCO₂e", "kt CO2e"),
    _u("mtco2e", "MtCO2e", ("Mt CO2e", "Mt CO2e"), "mass", "MtCO₂e", "Mt CO2e", "million tCO2e", "million tonnes of CO2e"),
    _u("wan_tco2e", "万吨二氧化碳当量", ("ten thousand tonnes of CO2e", "ten thousand tonnes of CO2e"), "mass",
       "万吨CO2e", "万吨CO₂e", "万吨二氧化碳", "万吨CO2", "万吨CO2当量", base="tco2e", scale=_WAN),
    # intensities: one figure per unit of output or revenue, compared only with the same intensity
    _u("kwh_per_unit", "千瓦时/台", ("kWh per unit", "kWh per unit"), "intensity", "kWh/unit"),
    _u("tonne_per_wan_yuan", "吨/万元", ("tonnes per RMB 10,000", "tonnes per RMB 10,000"), "intensity"),
    _u("tce_per_wan_yuan", "吨标准煤/万元", ("tce per RMB 10,000", "tce per RMB 10,000"), "intensity"),
    _u("m3_per_wan_yuan", "立方米/万元", ("cubic metres per RMB 10,000", "cubic metres per RMB 10,000"), "intensity"),
    # rates per day: the capacity of a plant (日处理能力, 设计规模) is printed per day, "4.26万吨/日", "1,500 tonnes a day";
    # a per-day figure is never the year's tonnes or cubic metres, and pint converts 吨/日 and t/d alike
    _u("tonne_per_day", "吨/日", ("tonne per day", "tonnes per day"), "mass_rate", "吨/天", "吨每日", "吨每天",
       "t/d", "tpd", "tonnes per day", "tonne per day", "tonnes a day", "tonne a day", "tonnes/day", "tons per day",
       "tons a day", "tons/day"),
    # a boiler's or a line's rate per hour (蒸发量20吨/小时, 40 t/h)
    _u("tonne_per_hour", "吨/小时", ("tonne per hour", "tonnes per hour"), "mass_rate", "吨/时", "t/h", "tph",
       "tonnes per hour", "tonne per hour", "tonnes an hour"),
    _u("wan_tonne_per_day", "万吨/日", ("ten thousand tonnes per day", "ten thousand tonnes per day"), "mass_rate",
       "万吨/天", "万吨每日", "万吨每天", base="tonne_per_day", scale=_WAN),
    _u("m3_per_day", "立方米/日", ("cubic metre per day", "cubic metres per day"), "volume_rate", "立方米/天", "m³/日",
       "m³/天", "m³/d", "m3/d", "m³/day", "m3/day", "cubic metres per day", "cubic meters per day",
       "cubic metres a day", "cubic meters a day"),
    _u("wan_m3_per_day", "万立方米/日", ("ten thousand cubic metres per day", "ten thousand cubic metres per day"),
       "volume_rate", "万立方米/天", "万m³/日", "万m³/天", "万m³/d", "万m3/d", base="m3_per_day", scale=_WAN),
    # concentrations: flue gas at standard conditions (Nm³, 标态; the limits of GB 18485 and GB 13223 are so given),
    # ambient air and water (mg/m³, mg/L). A standard cubic metre is a reference state, not a volume pint could
    # convert, so the Nm³ units compare only with themselves; dioxins are given in toxic equivalents (TEQ)
    _u("mg_per_nm3", "毫克/标准立方米", ("mg/Nm³", "mg/Nm³"), "concentration", "毫克/标立方米", "毫克/立方米（标态）",
       "mg/Nm³", "mg/Nm3", "mg/N·m³"),
    _u("ng_teq_per_nm3", "纳克毒性当量/标准立方米", ("ng TEQ/Nm³", "ng TEQ/Nm³"), "concentration", "纳克TEQ/标准立方米",
       "ngTEQ/Nm³", "ngTEQ/Nm3", "ng-TEQ/Nm³", "ng-TEQ/Nm3", "ng TEQ/Nm³", "ng TEQ/Nm3", "ng I-TEQ/Nm³",
       "ngI-TEQ/Nm³"),
    _u("mg_per_m3", "毫克/立方米", ("mg/m³", "mg/m³"), "concentration", "mg/m³", "mg/m3"),
    _u("mg_per_litre", "毫克/升", ("mg/L", "mg/L"), "concentration", "毫克/公升", "mg/L", "mg/l"),
    # fine particles in ambient air (PM2.5 in μg/m³), trace gases by volume (ppm, ppb)
    _u("ug_per_m3", "微克/立方米", ("μg/m³", "μg/m³"), "concentration", "μg/m³", "μg/m3", "µg/m³", "µg/m3", "ug/m3",
       "ug/m³"),
    _u("ppm", "ppm", ("ppm", "ppm"), "ppm"),
    _u("ppb", "ppb", ("ppb", "ppb"), "ppb"),
    # noise at a site's boundary (GB 12348), in A-weighted decibels; a logarithm, so only compared with itself
    _u("dba", "分贝", ("dB(A)", "dB(A)"), "sound_level", "分贝(A)", "分贝（A）", "dB(A)", "dB（A）", "dBA", "dB", "decibels"),
    _u("celsius", "摄氏度", ("°C", "°C"), "temperature", "℃", "°C", "degrees Celsius"),
    # a dose of radiation (a nuclear plant's staff and neighbours): sieverts
    _u("msv", "毫希沃特", ("mSv", "mSv"), "radiation_dose", "毫希", "mSv", "millisieverts"),
    _u("usv", "微希沃特", ("μSv", "μSv"), "radiation_dose", "微希", "μSv", "µSv", "microsieverts"),
    # data carried or stored (a telecom's traffic, a data centre's storage)
    _u("gb", "GB", ("GB", "GB"), "data", "gigabytes"),
    _u("tb", "太字节", ("TB", "TB"), "data", "terabytes"),  # not "TB": 3,000 TB patients
    _u("pb", "PB", ("PB", "PB"), "data", "petabytes"),
    # a solar module's or a product's output in watts (耗电0.52千瓦时/瓦 per watt of modules made); 瓦斯 is gas
    _u("watt", "瓦", ("W", "W"), "power", "瓦特", "watts", "watt"),
    _u("kw", "千瓦", ("kW", "kW"), "power", "kW", "kilowatts", "kilowatt"),
    _u("mw", "兆瓦", ("MW", "MW"), "power", "MW", "megawatts", "megawatt"),
    _u("gw", "吉瓦", ("GW", "GW"), "power", "GW", "gigawatts", "gigawatt", "千兆瓦"),
    # a solar plant's capacity in peak watts (DC, at standard test conditions) is no AC power: its own quantity
    _u("kwp", "千瓦峰值", ("kWp", "kWp"), "peak_power", "kWp"),
    _u("mwp", "兆瓦峰值", ("MWp", "MWp"), "peak_power", "MWp"),
    _u("gwp", "吉瓦峰值", ("GWp", "GWp"), "peak_power", "GWp"),
    # a transformer's or a substation's capacity in volt-amperes (apparent power, not compared with watts)
    _u("kva", "千伏安", ("kVA", "kVA"), "apparent_power", "kVA"),
    _u("mva", "兆伏安", ("MVA", "MVA"), "apparent_power", "MVA"),
    # a boiler's capacity in tonnes of steam an hour (淘汰35蒸吨以下燃煤锅炉): its own unit
    _u("steam_tonne", "蒸吨", ("steam tonne per hour", "steam tonnes per hour"), "boiler_capacity", "蒸吨/小时"),
    # length, area, volume
    _u("km", "公里", ("kilometre", "kilometres"), "length", "千米", "km", "kilometres",
       "kilometers", "kilometre", "kilometer"),
    _u("metre", "米", ("metre", "metres"), "length", "公尺", "metres", "meters", "metre", "meter"),
    _u("centimetre", "厘米", ("centimetre", "centimetres"), "length", "cm", "centimetres", "centimeters"),
    _u("millimetre", "毫米", ("millimetre", "millimetres"), "length", "mm", "millimetres", "millimeters"),
    _u("mile", "英里", ("mile", "miles"), "length", "miles"),
    _u("nautical_mile", "海里", ("nautical mile", "nautical miles"), "length", "nautical miles"),
    _u("square_metre", "平方米", ("square metre", "square metres"), "area", "平米", "平方公尺", "㎡",
       "m²", "m2", "sq m", "sqm", "square metres", "square meters", "square metre",
       "square meter"),
    _u("wan_square_metre", "万平方米", ("ten thousand square metres",
                                      "ten thousand square metres"),
       "area", "万平米", base="square_metre", scale=_WAN),
    _u("square_km", "平方公里", ("square kilometre", "square kilometres"), "area", "平方千米",
       "km²", "km2", "square kilometres", "square kilometers"),
    _u("mu", "亩", ("mu", "mu"), "area", "mu"),
    # land (复垦, 绿化, 用地) is given in hectares as often as in mu or square metres
    _u("hectare", "公顷", ("hectare", "hectares"), "area", "hectares", "hectare", "ha"),
    # Hong Kong floor areas are given in square feet (平方呎, sq ft), land abroad in acres
    _u("square_foot", "平方英尺", ("square foot", "square feet"), "area", "平方呎", "sq ft", "sq. ft.", "sq.ft.",
       "sqft", "ft²", "square feet", "square foot"),
    _u("acre", "英亩", ("acre", "acres"), "area", "acres"),
    _u("wan_cubic_metre", "万立方米", ("ten thousand cubic metres", "ten thousand cubic metres"), "volume", "万m³",
       base="cubic_metre", scale=_WAN),
    _u("yi_cubic_metre", "亿立方米", ("hundred million cubic metres", "hundred million cubic metres"), "volume",
       base="cubic_metre", scale=_YI),
    _u("cubic_metre", "立方米", ("cubic metre", "cubic metres"), "volume", "m³", "m3",
       "cubic metres", "cubic meters", "cubic metre", "cubic meter"),
    # gas at standard conditions (标准立方米, 标方, Nm³): a reference state, so compared only with itself
    _u("normal_cubic_metre", "标准立方米", ("normal cubic metre", "normal cubic metres"), "standard_volume", "标立方米",
       "标方", "Nm³", "Nm3", "normal cubic metres"),
    _u("cubic_foot", "立方英尺", ("cubic foot", "cubic feet"), "volume", "cubic feet"),
    # Hong Kong water in megalitres (百万公升 is 百万 of 公升), a brewery's or a dairy's in kilolitres
    _u("megalitre", "兆升", ("megalitre", "megalitres"), "volume", "megalitres", "megaliters"),
    _u("kilolitre", "kL", ("kilolitre", "kilolitres"), "volume", "kilolitres", "kiloliters"),  # 千升 is 千 of 升
    # fuel is measured in litres (柴油消耗量6,380万升, 每公里0.589升): a thousandth of a cubic metre
    _u("litre", "升", ("litre", "litres"), "volume", "公升", "litres", "liters", "litre", "liter"),
    _u("wan_litre", "万升", ("ten thousand litres", "ten thousand litres"), "volume", "万公升",
       base="litre", scale=_WAN),
    # time
    _u("hour", "小时", ("hour", "hours"), "time", "个小时", "hours", "hour", "hrs"),
    _u("wan_hour", "万小时", ("ten thousand hours", "ten thousand hours"), "time", base="hour", scale=_WAN),
    _u("minute", "分钟", ("minute", "minutes"), "time", "minutes", "minute", "mins"),
    _u("second", "秒", ("second", "seconds"), "time", "秒钟", "seconds", "second", "secs"),
    # "损失24.6个工作日": working days are counted in days (lost days, a time limit of 5个工作日)
    _u("day", "天", ("day", "days"), "time", "个工作日", "days", "day"),
    _u("week", "周", ("week", "weeks"), "time", "个星期", "星期", "weeks", "week"),
    # bare 月 after a number is a calendar month (9月 = September), not a duration
    _u("month", "个月", ("month", "months"), "time", "months", "month"),
    _u("year", "年", ("year", "years"), "duration_years", "years", "year"),
    # registered so that 20周年 is not read as 20 weeks
    _u("anniversary", "周年", ("year", "years"), "duration_years"),
    _u("age", "岁", ("year old", "years old"), "age", "years old", "year old"),
    # ratios
    _u("percent", "%", ("percent", "percent"), "percent", "％", "percent", "per cent", "pct"),
    # per mille: a staff turnover, a herd's mortality, a loan book's ratios (3.2‰); its own unit, never a percent
    _u("permille", "‰", ("per mille", "per mille"), "permille", "per mille"),
    _u("percentage_point", "个百分点", ("percentage point", "percentage points"),
       "percentage_point", "百分点", "percentage points", "percentage point"),
    # a multiple reads "times" even for 1, and "1 time" would read back as an occurrence
    _u("times", "倍", ("times", "times"), "ratio", "times", "fold"),
)

_SCALES = (("百万", Decimal(10) ** 6, "million"), ("千万", Decimal(10) ** 7, "ten million"),
           ("十万", Decimal(10) ** 5, "hundred thousand"), ("万", _WAN, "ten thousand"), ("亿", _YI, "hundred million"),
           ("千", Decimal(1000), "thousand"), ("百", Decimal(100), "hundred"))
# What an intensity's denominator may add to its unit: 吨/吨产品, 立方米/万元产值, 千瓦时/万元营业收入
PER_WHAT = {"产品": "product", "产值": "output value", "营业收入": "revenue", "营收": "revenue", "收入": "revenue",
            "产量": "output", "营业额": "turnover", "销售收入": "sales revenue", "主营业务收入": "core business revenue",
            "增加值": "value added", "工业增加值": "industrial value added", "建筑面积": "floor area",
            "营业面积": "sales floor area",
            # what an industry makes: 千克标准煤/吨钢 (steel), 千瓦时/吨熟料 (cement clinker), 立方米/吨原煤, 千瓦时/千升啤酒
            "钢": "steel", "粗钢": "crude steel", "熟料": "clinker", "水泥": "cement", "原煤": "raw coal", "原油": "crude oil",
            "油气": "oil and gas", "矿石": "ore", "精矿": "concentrate", "铝": "aluminium", "铜": "copper", "纸": "paper",
            "浆": "pulp", "原奶": "raw milk", "奶": "milk", "乳品": "dairy products", "啤酒": "beer", "酒": "liquor",
            "饲料": "feed",
            # what a utility, a port or a plant handles: 克/千瓦时发电量, 千瓦时/吨吞吐量, 千瓦时/立方米处理量
            "发电量": "electricity generated", "上网电量": "electricity sold", "供电量": "electricity supplied",
            "售电量": "electricity sold", "吞吐量": "throughput", "周转量": "transport work", "处理量": "volume treated",
            "供水量": "water supplied"}
# Transport work that an intensity is given per (耗电2.48千瓦时/车公里, 每乘客公里排放42.6克): like a physical quantity
# or money, and unlike a count of items or people, 每 before one of them names the denominator of the figure after it
# (extract._per_money). Not 间夜 or 床日: hotels and hospitals declare such a metric in its numerator's unit under a
# label of 每间夜…, which a figure read per room night would no longer meet
PER_WORK = frozenset({"passenger_km", "vehicle_km", "train_km", "tonne_km", "seat_km", "rpk", "atk", "rtk"})
# What an intensity may be divided by that no figure is counted in: a hotel gives its energy per guest room, a retailer
# per store (千瓦时/门店), a telecom per base station or rack, a school per student, a company per employee; stores
# are counted as 家, so these nouns are no units of the registry, only denominators
PER_THING = {"客房": "guest room", "门店": "store", "学生": "student", "基站": "base station", "机架": "rack",
             "网点": "branch", "员工": "employee", "车": "vehicle"}
# Characters that may not follow a unit word for it to be one: the word goes on into another (5单位 is no order, 3股东
# no share, 羽毛 no bird, 箱体 no case); such words are read as a unit only where they end
NOT_BEFORE = {"单": "位元价独项据证品体人一双日月年次号", "股": "东份权票价本息利市民", "羽": "毛绒球", "箱": "体子式包",
              "床": "单上头垫", "桶": "装", "斤": "两", "磅": "礴", "新元": "素年宇旦纪", "新币": "种", "台套": "装",
              # and two older ones: 所有, 所得 and 所属 are words, as 期间, 期限 and 期末 are
              "所": "有得属在以谓需",
              # 分 is a score, but 分钟, 分之, 分别, 分析, 分公司 … are words; 瓦斯 is gas, 卡片 and 卡通 no cars
              "分": "钟之别析公行布享担摊支部子类级配散期批红会局店区队组成值数项厂中包解流为出送发装拣", "瓦": "斯片房解",
              "卡": "片通号路尔套位", "期": "间限末初内货望待满",
              # 片区, 片刻, 片面; 颗粒, 粒径; 组织, 组成, 组件, 组合, 组长: words, not counts
              "片": "区刻面状材段", "颗": "粒", "粒": "径子度", "组": "织成件合长别建员装团队",
              # 年度 is "annual": "近8,700万年度活跃买家" counts annual active buyers, not years
              "年": "度"}
DERIVED = "~"  # the id of a unit derived from its printed form (万批次, 吨/吨产品) starts so, and is that form


# An intensity's numerator may name what its mass is of: 千克二氧化碳当量/头 (kilograms of CO2e per head),
# 克二氧化碳当量/千瓦时. Only inside an intensity: a bare 千克 before 二氧化碳当量 in a sentence stays a mass whose
# subject words name the gas, as figures of one emission are compared by them.
OF_CO2E = ("二氧化碳当量", "二氧化碳當量", "CO2e", "CO₂e")


def _of_co2e(top: str) -> Unit | None:
    """The mass unit of an intensity's numerator that names CO2e after it (千克二氧化碳当量 -> 千克 of CO2e)."""
    for tail in OF_CO2E:
        mass = _BY_FORM.get(top.removesuffix(tail)) if top.endswith(tail) and top != tail else None
        if mass is not None and mass.dimension == "mass":
            name = f"{mass.en_plural} of CO2e"
            # a mass all the same: 千克二氧化碳当量/头 and 吨二氧化碳当量/头 convert (per_unit_factor)
            return Unit(DERIVED + top, top, name, name, DERIVED + top, Decimal(1), "mass", (), mass.quantity)
    return None


def _chinese(form: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in form)


# Metric prefixes as Chinese writes them before a base unit: 毫升 (a bottle's 640毫升), 微升, 纳克. 千 is a
# scale word already (千升 = 千 of 升); 兆 and 吉 stay listed forms only (兆瓦, 吉焦), as 兆 is also 10^12 in Taiwan
_PREFIXES = (("毫", Decimal("0.001"), "milli"), ("微", Decimal("0.000001"), "micro"), ("纳", Decimal("1E-9"), "nano"))
# the base units a prefix is printed before, by their zh form (毫克 and 微克 are listed whole); not 米 or 秒: 纳米 and
# 微米 name a technology (纳米材料) as often as a length
PREFIXED_BASES = ("升", "克")


# The English a prefixed unit is translated as (a 640 ml bottle). The symbols are read as typed only: "ML" is how
# some write the megalitre
PREFIXED_EN = {"ml": "毫升", "mL": "毫升", "millilitres": "毫升", "milliliters": "毫升", "millilitre": "毫升",
               "milliliter": "毫升", "μL": "微升", "µL": "微升", "microlitres": "微升", "microliters": "微升",
               "nanograms": "纳克", "nanogram": "纳克"}
CASE_SENSITIVE = frozenset(("ml", "mL", "μL", "µL"))


def prefixed_forms() -> tuple[str, ...]:
    """The unit words a prefix makes of a base unit that are not listed (毫升, 千升 …) and their English: read after a
    number as the listed forms are (numbers.py), their unit derived from the parts (a kilolitre's 千升 is 千 of 升)."""
    made = [p + b for p, _, _ in (("千", None, None), *_PREFIXES) for b in PREFIXED_BASES if b == "升" or p != "千"]
    return tuple(f for f in (*made, *PREFIXED_EN) if f not in _BY_FORM)


def _prefixed(form: str) -> Unit | None:
    """毫升 -> a thousandth of a litre, counted in litres (as 万升 is ten thousand of them)."""
    for word, scale, english in _PREFIXES:
        unit = _listed(form[len(word):]) if form.startswith(word) and form[len(word):] in PREFIXED_BASES else None
        if unit is not None:
            plural, singular = english + unit.en_plural, english + unit.en_singular
            return Unit(DERIVED + form, form, singular, plural, unit.base, scale, unit.dimension, (), unit.quantity)
    return None


_EN_SCALES = {Decimal(10) ** n: word for n, word in (
    (3, "thousand"), (4, "ten thousand"), (5, "hundred thousand"), (6, "million"), (7, "ten million"),
    (8, "hundred million"), (9, "billion"), (10, "ten billion"), (11, "hundred billion"), (12, "trillion"))}


def _derived(form: str) -> Unit | None:
    """A unit the registry does not list but its parts do: a metric prefix before a base unit (毫升), a scale word
    before a unit (万批次 = 10^4 批次, counted as 批次), also before a unit that is scaled or derived itself (万千升 =
    10^4 of 千升 = 10^7 升, 亿千瓦时's like), or an intensity of two units ("吨/吨产品": tonnes per tonne of product),
    which is compared only with the same intensity. None when a part is unknown."""
    prefixed = _prefixed(form)
    if prefixed is not None:
        return prefixed
    for word, scale, english in _SCALES:
        if form.startswith(word) and len(form) > len(word):
            rest = form[len(word):]
            # a unit printed with a scale word of its own (千升, 万千瓦时): the two scales multiply
            unit = _listed(rest) or (_derived(rest) if "/" not in rest else None)
            if unit is not None and unit.dimension not in ("percent", "percentage_point", "ratio"):
                # 万千升 in English: ten million litres, not ten thousand thousand litres
                if unit.scale != 1 and scale * unit.scale in _EN_SCALES and unit.base in _BY_ID:
                    english, unit_name = _EN_SCALES[scale * unit.scale], _BY_ID[unit.base].en_plural
                else:
                    unit_name = unit.en_plural
                plural = f"{english} {unit_name}" if unit_name else ""
                return Unit(DERIVED + form, form, plural, plural, unit.base, scale * unit.scale, unit.dimension, (),
                            unit.quantity)
    top, slash, bottom = form.partition("/")
    if slash and top and bottom:
        a = _listed(top) or _of_co2e(top)
        tail = next((t for t in sorted(PER_WHAT, key=len, reverse=True) if bottom.endswith(t) and bottom != t), "")
        base = bottom.removesuffix(tail)
        # 百吨公里: a scaled base. An English denominator (kWh/m², 万千瓦时/GWh) is not one: the reader takes such a
        # figure for its numerator (as writers declare its metric), so its unit must not be known as a whole either
        b = (_listed(base) or _derived(base)) if base and "/" not in base and _chinese(base) else None
        thing = PER_THING.get(bottom) if b is None else None
        if a is not None and (b is not None or thing) and a.dimension not in ("percent", "percentage_point", "ratio"):
            # a classifier with no English noun of its own (千瓦时/块) is "per unit" in English, as kWh/unit is
            per = thing or ((b.en_singular or ("unit" if b.dimension == "count" else b.zh))
                            + (f" of {PER_WHAT[tail]}" if tail else ""))
            name = f"{a.en_plural or a.zh} per {per}"
            if b is not None and not b.id.startswith(DERIVED) and b.scale == 1:
                # one denominator however it is printed: 克/乘客公里 and 克/人公里 are 克/客公里, 元/度 is 元/千瓦时
                form = f"{top}/{b.zh}{tail}"
            return Unit(DERIVED + form, form, name, name, DERIVED + form, Decimal(1), "intensity")
    return None


def intensity_parts(unit: Unit) -> tuple[Unit, str] | None:
    """An intensity's numerator unit and its denominator as printed (千克二氧化碳当量/头 -> 千克 of CO2e, "头"), when
    the numerator is a physical quantity; None for anything else."""
    if unit.dimension != "intensity":
        return None
    top, slash, bottom = unit.zh.partition("/")
    top_unit = (_BY_FORM.get(top) or _of_co2e(top)) if slash else None
    if top_unit is None or not top_unit.quantity or not bottom:
        return None
    return top_unit, bottom


def intensity_base(unit: Unit) -> str | None:
    """What an intensity counts in, whatever the scale of its numerator: "[mass]/头" for 千克二氧化碳当量/头 and
    吨二氧化碳当量/头 alike, so that the two are compared once converted (relate.in_units_of)."""
    parts = intensity_parts(unit)
    return f"[{parts[0].dimension}]/{parts[1]}" if parts else None


class _Units(Mapping[str, Unit]):
    """The registry by id; an id of a derived unit (DERIVED + its form) is made from its form on demand,
    so a figure read in an earlier run (build/.cache) finds its unit again."""

    def __init__(self, listed: dict[str, Unit]) -> None:
        self._listed = listed
        self._derived: dict[str, Unit | None] = {}  # made once per id: rules ask for a figure's unit per pairing

    def __getitem__(self, uid: str) -> Unit:
        unit = self.get(uid)
        if unit is None:
            raise KeyError(uid)
        return unit

    def get(self, uid: str, default: Unit | None = None) -> Unit | None:  # type: ignore[override]
        """Mapping.get without raising and catching KeyError for every figure with no unit (a hot path)."""
        unit = self._listed.get(uid)
        if unit is None and uid.startswith(DERIVED):
            unit = self._derived.get(uid)
            if unit is None and uid not in self._derived:
                unit = self._derived[uid] = _derived(uid[len(DERIVED):])
        return default if unit is None else unit

    def __contains__(self, uid: object) -> bool:
        return isinstance(uid, str) and self.get(uid) is not None

    def __iter__(self):
        return iter(self._listed)

    def __len__(self) -> int:
        return len(self._listed)


UNITS: Mapping[str, Unit] = _Units({u.id: u for u in _REGISTRY})
CURRENCY_CODES: Mapping[str, str] = MappingProxyType({"yuan": "RMB", "usd": "USD", "hkd": "HKD", "mop": "MOP", **{
    u.id: u.id.upper() for u in _REGISTRY if u.dimension == "currency" and u.base == u.id and len(u.id) == 3}})
# Forms that precede a number (HK$5亿, EUR 3 million, €12, NT$1,200): a code or a sign, never after it; the
# sign-only ones are left out of the forms that follow a number (5$ is no amount)
PREFIX_CURRENCY = ("RMB", "CNY", "USD", "HKD", "US$", "HK$", "MOP$", "MOP", "NT$", "S$", "A$", "C$", "NZ$", "EUR", "GBP",
                   "JPY", "SGD", "TWD", "NTD", "AUD", "CAD", "CHF", "THB", "MYR", "IDR", "VND", "KRW", "INR", "€", "£")
# a currency's Chinese name before the amount (港幣3,200萬元, 新台币1.5亿元): the amount's 元 is that currency's
PREFIX_CURRENCY_ZH = ("人民币", "港币", "港元", "澳门币", "澳门元", "新台币")
PREFIX_ONLY = frozenset(("$", "¥", "￥", "US$", "HK$", "MOP$", "NT$", "S$", "A$", "C$", "NZ$", "£"))


def _index() -> dict[str, Unit]:
    index: dict[str, Unit] = {}
    for unit in _REGISTRY:
        for form in (unit.zh, *unit.aliases):
            # Latin letters are matched case-insensitively and with any spacing (kg CO2e, KG  CO₂E)
            index.setdefault(_key(form), unit)
    return index


def _key(form: str) -> str:
    return " ".join(form.lower().split())


def _listed(form: str) -> Unit | None:
    return _BY_FORM.get(form) or _BY_FORM.get(_key(form))


_BY_FORM: dict[str, Unit] = _index()
_BY_ID: dict[str, Unit] = {u.id: u for u in _REGISTRY}


# Units a metric's unit column or a table's heading may name that are not read after a number in a sentence: 日 is
# the Hong Kong and Taiwan word for a day counted (培训日数（日）), but 12日 in a sentence is a date (numbers.py reads a
# day count in 日 only where it cannot be one)
_COLUMN_ONLY = {"日": UNITS["day"]}


def lookup_unit(printed: str) -> Unit | None:
    """Return the unit printed as `printed` (zh form or alias), or None.

    Surrounding whitespace is ignored; ASCII forms are case-insensitive, so
    "KWH" and "Person-Times" resolve too.
    """
    form = printed.strip().replace("／", "/")  # 吨／万元: a full-width slash in Chinese typesetting
    if not form:
        return None
    found = _listed(form) or _COLUMN_ONLY.get(form)
    if found is None and (not form.isascii() or "/" in form):
        found = _derived(form)
    if found is None:   # the English of a prefixed unit (ml, millilitres); its symbols as typed only
        zh = PREFIXED_EN.get(form) or (PREFIXED_EN.get(_key(form)) if _key(form) not in CASE_SENSITIVE else None)
        found = _derived(zh) if zh else None
    return found


def unit_ids() -> tuple[str, ...]:
    """All unit ids, in registry order."""
    return tuple(UNITS)


def printed_forms() -> tuple[str, ...]:
    """Every zh form and alias, longest first, so a regex alternation takes 万人次 before 人次."""
    forms = {form for unit in _REGISTRY for form in (unit.zh, *unit.aliases)}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def suffix_forms() -> tuple[str, ...]:
    """Forms that may follow a number, longest first: all but the currency symbols, which
    only precede one ($5, ¥5), plus the hyphenated -fold of 2.4-fold."""
    return tuple(sorted({*(f for f in printed_forms() if f not in PREFIX_ONLY), *prefixed_forms(), "-fold"},
                        key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1024)
def fuse(printed: str | None, scale_words: tuple[tuple[str, Decimal], ...]) -> Unit | None:
    """The unit printed after a number, joined with the scale word the number ended with
    when the registry has the joint form: ("元", (("亿", 10^8),)) -> 亿元; else the plain unit.

    scale_words are candidates, longest first (("百万", 10^6), ("万", 10^4)) for 5百万元.
    """
    form = printed.strip().lstrip("-") if printed else None   # 2.4-fold
    unit = lookup_unit(form) if form else None
    if unit is None or form is None:
        return unit
    for word, mult in scale_words:
        joint = _BY_FORM.get(word + form)  # listed joint forms only: 70万家 stays 70万 of 家
        if joint is not None and joint.scale == mult and joint.base == unit.base:
            return joint
    if unit.scale != 1 and unit.dimension != "intensity":
        # a unit with a scale of its own after a scale word (1,050万千升): the two scales make one unit, 万千升
        for word, _ in scale_words:
            joint = _derived(word + form)
            if joint is not None and joint.base == unit.base:
                return joint
    return unit


def en_name(unit: Unit, plural: bool) -> str:
    """English noun for `unit` ("person-times", "tonne"); "" for bare classifiers such as 个."""
    return unit.en_plural if plural else unit.en_singular
