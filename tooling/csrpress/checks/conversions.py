"""N224: a figure restated in another unit right beside it is the same quantity.

Writers print a conversion in parentheses or apposition: "新增复垦土地281公顷（约4,215亩）",
"综合能源消耗量104.6万吨标准煤（约3,066万吉焦）", "节电1,250万千瓦时，折合1,250万度", "281 hectares (about
4,215 mu)". The two figures are converted through the units library (quantities.py, assets/units.pint)
and must agree within the rounding each printed: the digits after the last one written (约4,200亩 is
rounded to hundreds) and nothing more, since a conversion is arithmetic, not an estimate. When no factor
is known (money in two currencies, water in cubic metres and tonnes, electricity and standard coal,
tonnes of coal and tonnes of CO2 "相当于"), nothing is said: a factor is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .. import numbers, quantities, units
from ..claims.script import reading
from ..diagnostics import Diagnostic, Severity
from ..facts import MASK
from ..model import Report
from ..walk import plain_cells, texts

# What may stand between a figure and the parenthesis restating it: 即 (that is), (约)合, 折合, 相当于 and their
# English forms; 约/about belong to the second figure itself (numbers.py reads them as its qualifier).
_LINK = r"(?:即|约合|折合|合|相当于|or|i\.e\.,?|that\s+is,?|equivalent\s+to|equal\s+to)"
IN_PARENS = re.compile(r"\s*[（(]\s*")
LINK = re.compile(rf"{_LINK}\s*", re.IGNORECASE)
ABOUT = re.compile(r"(?:约|大约|about|approximately)\s*", re.IGNORECASE)  # 折合约: numbers.py leaves 约 to 合
PARENS_END = re.compile(r"\s*[）)]")
# "，折合1.25亿度" / ", or 4,215 mu": after a comma only an explicit word of conversion (合 alone would be 合计)
APPOSED = re.compile(r"\s*[，,]\s*(?:即|约合|折合|相当于|or|i\.e\.,?|equivalent\s+to|equal\s+to)\s*", re.IGNORECASE)
APPOSED_END = re.compile(r"\s*(?:[。，,；;：:！？!?）)]|$)")
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Coal and heat: the coal_heat context of units.pint, for heat units only (joules); kWh of electricity has
# two coal equivalents in use, so it is never converted to standard coal.
COAL = "coal_equivalent"
OLDER_CALORIE = Decimal("29.27") / Decimal("29.3076")  # 29.27 GJ/tce over the standard's 29.3076
CALENDAR = frozenset({"day", "week", "month"})


def conversions(report: Report) -> Iterator[Diagnostic]:
    """N224: every figure with a unit followed by one figure in another unit of the same quantity, in
    parentheses or after 折合/相当于/即, that the conversion does not give; amounts in two currencies only at an
    exchange rate the report states."""
    rates = stated_rates(report)
    # A string's findings depend on its text alone (and the report's rates): one that gave none is not read again
    # where it is written again (most strings of a report state no conversion; a table's cells repeat).
    clean: set[str] = set()

    def read(at, lang: str | None, scalar: str) -> list[Diagnostic]:
        if scalar in clean:
            return []
        found = list(_scalar(report, at.child(lang) if lang else at, scalar, rates))
        if not found:
            clean.add(scalar)
        return found

    for use in texts(report):
        chinese = read(use.origin, "zh", use.text.zh or "")
        yield from chinese
        for lang, scalar in (("zh-Hant", use.text.zh_hant), ("zh-Hans", use.text.zh_hans), ("en", use.text.en)):
            if scalar and not (lang == "en" and chinese):  # the English of a wrong Chinese conversion is its translation: said once
                yield from read(use.origin, lang, scalar)
    for cell, origin in plain_cells(report):
        yield from read(origin, None, cell)


# "1港元兑1.03澳门元", "HK$1 = MOP 1.03", "1美元兑换7.12元": one unit of a currency stated as so much of another
RATE_LINK = re.compile(r"\s*(?:兑换|兑|=|＝|折合|约合|合|to|:|：)\s*", re.IGNORECASE)
Rates = dict[tuple[str, str], tuple[Decimal, Decimal]]  # (from base, to base) -> (rate, half its last printed digit)


def stated_rates(report: Report) -> Rates:
    """The exchange rates the report states (1 of one currency = N of another), both ways. A currency converts into
    another only at the rate the writer gives (the registry never converts money); a pair stated at two rates (two
    years' rates) gives none, as which one a conversion used cannot be told."""
    found: dict[tuple[str, str], set[tuple[Decimal, Decimal]]] = {}
    read: set[str] = set()  # a string written again states the rates it stated (a set: nothing to add)
    for use in texts(report):
        for scalar in (use.text.zh, use.text.en):
            if not scalar or scalar in read or not re.search(r"[1１]", scalar):
                continue
            read.add(scalar)
            text = reading(MASK.sub(lambda m: " " * len(m.group(0)), scalar))
            figs = [f for f in numbers.find_figures(text) if f.kind == "number" and f.value is not None]
            for one, other in zip(figs, figs[1:]):
                a, b = units.UNITS.get(one.unit or ""), units.UNITS.get(other.unit or "")
                if (a is None or b is None or a.dimension != "currency" or b.dimension != "currency" or a.base == b.base
                        or one.value != a.scale or one.qualifier or not RATE_LINK.fullmatch(text, one.end, other.start)):
                    continue
                assert other.value is not None
                found.setdefault((a.base, b.base), set()).add((other.value / one.value, _half_step(other) / one.value))
    rates: Rates = {}
    for (a, b), values in found.items():
        if len(values) == 1:
            rate, half = next(iter(values))
            rates[(a, b)] = (rate, half)
            rates.setdefault((b, a), (1 / rate, half / rate / rate))
    return rates


def _scalar(report: Report, origin, scalar: str, rates: Rates | None = None) -> Iterator[Diagnostic]:
    if not re.search(r"\d", scalar) or not re.search(r"[（(，,]", scalar):
        return
    text = reading(MASK.sub(lambda m: " " * len(m.group(0)), scalar))  # Traditional read as Simplified, same offsets
    figs = [f for f in numbers.find_figures(text) if f.kind == "number" and f.value is not None]
    for first, second in zip(figs, figs[1:]):
        per = _per_more(text, first, second)
        if not per and not _restated(text, first, second):
            continue
        found = _disagreement(first, second, rates or {}) if not per else _per_disagreement(first, second, per)
        if found is None:
            continue
        converted, shown = found
        message = f"{scalar[first.start:first.end]} is {shown}, the text says {scalar[second.start:second.end]}"
        severity = Severity.ERROR
        if other_calorie(first, second):
            severity = Severity.WARNING
            message += " (at GB/T 2589's 29.3076 GJ/tce; it agrees at 29.27, an older value of 7,000 kcal)"
        yield Diagnostic("N224", severity, message, report.locate_in_text(origin, second.start, scalar),
                         hint="correct the conversion or the figure it converts; if they state two things, say so in words",
                         anchor=(origin.file, origin.path, second.start, second.end))


def _restated(text: str, first: numbers.Figure, second: numbers.Figure) -> bool:
    """`second` stands alone in a parenthesis right after `first`, or after a comma and a word of conversion."""
    if first.qualifier not in (None, "about") or second.qualifier not in (None, "about"):
        return False  # 超过/近/余: a bound, not a value to convert
    lead = IN_PARENS.match(text, first.end)
    if lead:
        starts = {lead.end()}
        link = LINK.match(text, lead.end())  # 约合 is a link here and the qualifier of the figure there: either reads
        if link:
            about = ABOUT.match(text, link.end())
            starts |= {link.end(), about.end() if about else -1}
        if second.start in starts:
            return bool(PARENS_END.match(text, second.end))
    lead = APPOSED.match(text, first.end)
    if not lead:
        return False
    about = ABOUT.match(text, lead.end())
    return second.start in (lead.end(), about.end() if about else -1) and bool(APPOSED_END.match(text, second.end))


# "每公里耗油0.589升，即每百公里58.9升": a rate restated per ten, hundred, thousand or ten thousand of its
# denominator (每百公里, 每千人, 每万元) is the same rate times that many; the denominator must be a unit
PER = re.compile(r"每\s*(十|百|千|万)?\s*([^\s\d，。；、,;:：（）()]{1,4})")
PER_SCALE = {None: Decimal(1), "十": Decimal(10), "百": Decimal(100), "千": Decimal(1000), "万": Decimal(10000)}
CLAUSE_START = re.compile(r"[，,。；;：:\n]")


def _per(text: str) -> tuple[Decimal, str] | None:
    """(how many, the denominator's unit id) of the last 每 in `text`, when a unit follows it."""
    found = list(PER.finditer(text))
    if not found:
        return None
    scale, rest = found[-1].group(1), found[-1].group(2)
    unit = next((u for n in range(len(rest), 0, -1) if (u := units.lookup_unit(rest[:n])) is not None), None)
    return (PER_SCALE[scale], unit.id) if unit is not None else None


def _per_more(text: str, first: numbers.Figure, second: numbers.Figure) -> Decimal | None:
    """How many times larger `second`'s denominator is than `first`'s when `second` restates `first` per more of
    the same unit after a word of conversion ("每公里…0.589升，即每百公里耗油5.89升": 100); None otherwise."""
    if first.qualifier not in (None, "about") or second.qualifier not in (None, "about") or first.unit != second.unit:
        return None
    lead = APPOSED.match(text, first.end)
    if not lead or not APPOSED_END.match(text, second.end) or re.search(r"[\d，,。；;]", text[lead.end():second.start]):
        return None
    clause = text[max((m.end() for m in CLAUSE_START.finditer(text, 0, first.start)), default=0):first.start]
    a, b = _per(clause), _per(text[lead.end():second.start])
    if a is None or b is None or a[1] != b[1] or a[0] == b[0]:
        return None
    return b[0] / a[0]


def _per_disagreement(first: numbers.Figure, second: numbers.Figure, k: Decimal) -> tuple[Decimal, str] | None:
    if first.value is None or second.value is None or _agrees(first, second, k):
        return None
    converted = first.value * k
    return converted, _as_printed(converted, second)


def _factor(a: units.Unit, b: units.Unit) -> Decimal | None:
    """How many base units of `b` one base unit of `a` is, or None when no factor is known."""
    if not (a.quantity and b.quantity):
        return None  # money, people and counts: 人 and 名, 元 and 美元 restate no physical quantity
    if (a.base == "tco2e") != (b.base == "tco2e"):
        return None  # "节约标准煤1.2万吨，相当于3.1万吨二氧化碳": tonnes of one thing are not tonnes of CO2e
    if a.base == b.base:
        return Decimal(1)
    if {a.base, b.base} & CALENDAR:
        return None  # "培训36小时（4.5天）": a day of work is 8 hours, a week 5 or 7 days; only h, min and s convert
    if COAL in (a.dimension, b.dimension):
        other = b if a.dimension == COAL else a
        if other.dimension == COAL or "joule" not in other.quantity:
            return None
        return quantities.factor(a.quantity, b.quantity, "coal_heat")
    return quantities.factor(a.quantity, b.quantity)


def _half_step(fig: numbers.Figure) -> Decimal:
    """Half the last printed digit's worth, zeros closing an integer included: 约4,200亩 is rounded to hundreds."""
    token = DIGITS.search(fig.printed)
    digits = token.group(0).replace(",", "") if token else ""
    step = fig.precision
    if "." not in digits and digits.strip("0"):
        step *= Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
    return step / 2


def _disagreement(first: numbers.Figure, second: numbers.Figure, rates: Rates | None = None) -> tuple[Decimal, str] | None:
    a, b = units.UNITS.get(first.unit or ""), units.UNITS.get(second.unit or "")
    if a is None or b is None or a.id == b.id:
        return None  # no unit, or the same one: no conversion is printed
    if rates and (a.base, b.base) in rates:
        return _at_rate(first, second, rates[(a.base, b.base)])
    k = _factor(a, b)
    if k is None or not k or first.value is None or second.value is None:
        return None
    if _agrees(first, second, k):
        return None
    converted = first.value * k
    return converted, _as_printed(converted, second)


def _at_rate(first: numbers.Figure, second: numbers.Figure, rate: tuple[Decimal, Decimal]) -> tuple[Decimal, str] | None:
    """An amount restated in another currency at the report's stated rate ("7,640万澳门元（约合7,417万港元）" at 1港元兑
    1.03澳门元), within the rounding of both amounts and of the rate as printed (1.03 may be 1.025 to 1.035)."""
    if first.value is None or second.value is None:
        return None
    k, half = rate
    if any(_agrees(first, second, x) for x in (k, k - half, k + half)) or k - half <= second.value / first.value <= k + half:
        return None
    converted = first.value * k
    return converted, _as_printed(converted, second) + " at the exchange rate the report states"


def _agrees(first: numbers.Figure, second: numbers.Figure, k: Decimal) -> bool:
    assert first.value is not None and second.value is not None
    slack = _half_step(first) * abs(k) + _half_step(second)
    return abs(first.value * k - second.value) <= slack * (1 + Decimal("1e-9"))


def other_calorie(first: numbers.Figure, second: numbers.Figure) -> bool:
    """The coal conversion agrees at 29.27 GJ/tce (7,000 kcal of another calorie, in older statistics) though
    not at GB/T 2589's 29.3076: a convention, not a slip."""
    a, b = units.UNITS.get(first.unit or ""), units.UNITS.get(second.unit or "")
    if a is None or b is None or COAL not in (a.dimension, b.dimension):
        return False
    k = _factor(a, b)
    return k is not None and _agrees(first, second, k * OLDER_CALORIE)


def _as_printed(value: Decimal, like: numbers.Figure) -> str:
    """`value` written the way `like` is (its scale word and unit), one digit finer: 3,065.6万吉焦."""
    token = DIGITS.search(like.printed)
    if token is None or like.value is None or not like.value:
        return numbers.format_figure(like, "zh")
    printed = Decimal(token.group(0).replace(",", ""))
    scale = like.value / printed if printed else Decimal(1)
    places = max(0, -printed.as_tuple().exponent) + 1
    number = (value / scale).quantize(Decimal(1).scaleb(-places)).normalize()
    body = format(number, ",f")
    return body + like.printed[token.end():]
