"""Derived changes (N214): a table's 变化 column and a sentence's growth or decline, recomputed.

A change column (变化, 同比, 增减, Change, YoY) is recomputed from the two year columns before it:
a percent is (new - old) / old, 个百分点 / pp the difference of two percentages. A growth or
decline in prose ("较上年末增长31.2%", "同比下降6.1%") is recomputed from the pair of metrics for the
report year and the year before whose subject the sentence names (claims/).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from .. import numbers, schema, units
from ..claims import Claim, zh_claims
from ..claims.extract import TOTALS, anchor, by_sentence, locate, report_years
from ..claims.group import Weights, may_reach, similarity, weights_of
from ..claims.relate import AGREE, SCALE, SWAP, in_units_of, relation
from ..claims.script import reading
from ..claims.subject import ASPECT, content_words
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, all_blocks

CHANGE_HEAD = re.compile(r"变化|变动|同比|增减|增幅|增长率|change|yoy|year[- ]on[- ]year", re.IGNORECASE)
YEAR = re.compile(r"(?:19|20)\d\d")
DOWN = re.compile(r"下降|降低|减少|下滑|回落|降幅|减幅|减少了|下降了|缩短|压缩|缩减|(?:比|较)(?:上年|去年|(?:19|20)\d\d年)(?:末|底|同期)?少了?|decrease|decline|down|fell|lower", re.IGNORECASE)
HUNDRED = Decimal(100)
SUBJECT_NEEDED = 0.5  # how alike the sentence and the metrics' subject must be to recompute a growth


def _text(cell: schema.Cell) -> str:
    """A cell's zh text as read (變化 is 变化, 萬元 is 万元)."""
    if isinstance(cell, schema.Text):
        return reading(cell.zh or "")
    return reading(cell) if isinstance(cell, str) else ""


def _value(cell: schema.Cell, report: Report) -> numbers.Figure | None:
    """A table cell's figure, declared (numbers.declared): its zeros are digits, as a metric's are."""
    if isinstance(cell, schema.MetricRef):
        decl = report.metrics.get(cell.m)
        return numbers.declared(numbers.parse_figure(reading(decl.metric.value + (decl.metric.unit or "")))) if decl else None
    return numbers.declared(numbers.parse_figure(_text(cell))) if _text(cell) else None


def _fmt(value: Decimal) -> str:
    """+9.3 for a change; a change too large to print to one decimal (a hostile 1 → 1e34) in E notation."""
    if value.copy_abs() >= Decimal("1e20"):
        return f"{value:+.3E}"
    return f"{value.quantize(Decimal('0.1')):+}"


def _expected(old: numbers.Figure, new: numbers.Figure, stated: numbers.Figure) -> tuple[Decimal, str] | None:
    """The change the two values give, in the stated figure's terms (percent or percentage points)."""
    if old.value is None or new.value is None or not old.value:
        return None
    if stated.unit == "percentage_point" or (old.kind == new.kind == "percent" and stated.kind != "percent"):
        return new.value - old.value, "个百分点"
    return (new.value - old.value) / old.value * HUNDRED, "%"


def _contains(stated: numbers.Figure, value: Decimal, sign: int = 1) -> bool:
    low, high = stated.low * sign, stated.high * sign
    low, high = min(low, high), max(low, high)
    half = stated.precision / 2
    return low - half * 0 <= value <= high or abs(value - (stated.value or 0) * sign) <= half


def _more_exact(new: Claim, claims: list[Claim], weights: Weights) -> Claim | None:
    """The report's more exact statement of a rounded figure a change is printed beside: "危险废物1.12万吨，同比下降
    6.1%" was computed from the table's 11,235吨, which 1.12万 rounds; recomputed from 1.12万 it reads -6.4%.
    Only a statement of the same subject and year that agrees with the figure and prints more digits."""
    if len(new.years) != 1 or new.figure.qualifier is not None:
        return None
    exact = _base_claim(new, next(iter(new.years)), claims, weights)
    if exact is None or exact.figure.qualifier is not None or exact.figure.precision >= new.figure.precision:
        return None
    return exact if relation(new.figure, exact.figure) == AGREE else None


PERCENT_HEAD = re.compile(r"%|％|百分比|percent", re.IGNORECASE)


def _absolute(old: numbers.Figure, new: numbers.Figure, stated: numbers.Figure, head: str) -> bool:
    """A change printed with no % in a column whose header says no % either is the difference of the two
    values in their own unit ("-0.05" for a PUE of 1.46 → 1.41, "+12" for 340 → 352 people), when it is."""
    if stated.kind == "percent" or stated.unit or PERCENT_HEAD.search(head) or new.value is None or old.value is None:
        return False
    return _contains(stated, new.value - old.value)


def change_columns(report: Report) -> Iterator[Diagnostic]:
    for _, _, block in all_blocks(report):
        if block.kind != "table" or not block.data.header:
            continue
        header = [_text(h) + " " + (getattr(h, "en", "") or "") for h in block.data.header]
        years = [(i, int(YEAR.search(h).group(0))) for i, h in enumerate(header) if YEAR.search(h)]
        for c, head in enumerate(header):
            before = [(i, y) for i, y in years if i < c]
            if not CHANGE_HEAD.search(head) or len(before) < 2:
                continue
            (old_c, old_y), (new_c, new_y) = sorted(before, key=lambda iy: iy[1])[-2:]
            for r, row in enumerate(block.data.rows):
                if c >= len(row) or max(old_c, new_c) >= len(row):
                    continue
                stated = numbers.parse_figure(_text(row[c]).replace("+", "")) if _text(row[c]) else None
                old, new = _value(row[old_c], report), _value(row[new_c], report)
                if stated is None or stated.value is None or old is None or new is None:
                    continue
                got = _expected(old, new, stated)
                if got is not None and not _contains(stated, got[0]) and _absolute(old, new, stated, head):
                    got = new.value - old.value, ""  # "-0.05" beside a PUE of 1.46 → 1.41: the difference, in the row's unit
                if got is None or _contains(stated, got[0]):
                    continue
                if _points_as_percent(old, new, stated, 1):
                    yield _confusion(report.locate(block.origin, "rows", r, c), old, new, stated, None)
                    continue
                yield Diagnostic("N214", Severity.ERROR,
                                 f"change “{_text(row[c]).strip()}” in row “{_text(row[0]).strip()}”: {old.printed} ({old_y}) → {new.printed} ({new_y}) "
                                 f"is {_fmt(got[0])}{got[1]}",
                                 report.locate(block.origin, "rows", r, c), hint="correct the change or the values it is computed from")


def _points_as_percent(old: numbers.Figure, new: numbers.Figure, stated: numbers.Figure, sign: int) -> bool:
    """A change of two percentages written in % that is their difference, not their relative change
    ("不良率由4.37%降至3.92%，下降0.45%"): it should say 个百分点."""
    if not (old.kind == new.kind == stated.kind == "percent") or old.value is None or new.value is None:
        return False
    return _contains(stated, new.value - old.value, sign)


def _confusion(where, old: numbers.Figure, new: numbers.Figure, stated: numbers.Figure, marks) -> Diagnostic:
    points = (new.value - old.value).quantize(Decimal("0.01"))
    relative = ((new.value - old.value) / old.value * HUNDRED).quantize(Decimal("0.1")) if old.value else None
    return Diagnostic("N219", Severity.ERROR,
                      f"“{stated.printed}” is the difference of two percentages ({old.printed} → {new.printed}: {points:+} 个百分点), "
                      f"written as a percent (a relative change of {relative:+}%)",
                      where, hint=f"write {abs(points)}个百分点 (percentage points), or the relative change {relative}%", anchor=marks)


GROWTH = re.compile(r"(?:同比|按年|按年度|较上年(?:末|底|同期)?|比上年(?:末|底)?|较去年(?:同期)?|较(?:19|20)\d\d年(?:末|底)?"
                    r"|(?:与|和|同)(?:上年|去年|(?:19|20)\d\d年)(?:末|底|同期)?相比[，,]?)[^，。；]{0,6}?"
                    r"(?:增长|增加|提高|提升|上升|下降|降低|减少|下滑|缩短|延长|压缩|缩减|(?<![减缩])少|(?<![增])多)了?\s*$")
# 缩短/延长 (shortened, lengthened) and 压缩/缩减 state the change of a duration or a cost as 减少 and 增加 do
# "比上年少了三千多件", "较上年多了120人": 多/少 after a comparison say more or fewer, as 增加/减少 do; "与2023年相比，
# 流失率下降3.2个百分点": 与…相比 names the year compared with as 较 does, its clause closed by a comma


def _series(claims: list[Claim], year: int) -> list[tuple[Claim, Claim]]:
    """Pairs of metrics stating one subject for the report year and the year before."""
    by_words: dict[frozenset[str], dict[int, Claim]] = {}
    for claim in claims:
        if claim.metric_id and claim.role == "plain" and len(claim.years) == 1:
            by_words.setdefault(claim.words, {})[next(iter(claim.years))] = claim
    return [(years[year - 1], years[year]) for years in by_words.values() if year in years and year - 1 in years]


def prose_growth(report: Report) -> Iterator[Diagnostic]:
    """Growth or decline in the text: the figure the change follows in its sentence ("新增授权专利853件，同比增长
    15.8%") against the statement of its subject for the year before (a metric first), else the pair of
    metrics for the report year and the year before whose subject the sentence names."""
    years = report_years(report)
    if not years:
        return
    claims = zh_claims(report)
    series = _series(claims, max(years))
    weights = weights_of(claims)
    sentences = by_sentence(claims)
    previous = _sentence_before(sentences)
    metrics = _Metrics(claims)
    stated = _stated_pairs(claims, sentences, max(years))
    for claim in claims:
        fig = claim.figure
        absolute = fig.kind != "percent" and fig.unit not in (None, "percentage_point")  # "较上年减少3.7万吨"
        points = fig.unit == "percentage_point"
        if claim.role != "change" or not (fig.kind == "percent" or points or absolute) or fig.value is None or claim.scalar is None:
            continue
        masked_before = claim.reading[max(0, fig.start - 16) : fig.start]
        pair = _compared(claim, sentences) or _from_to(claim, sentences)  # "1,862万千瓦时，较2024年的1,950万千瓦时下降6.5%"
        said = GROWTH.search(masked_before)
        if pair is None and not said:
            continue
        if claim.years and max(claim.years) > max(years) and claim.years != {max(years), max(years) + 1}:
            continue  # "2030年前…较2019年减少50%": a target, not this year's change; a school or financial year that
            # starts in the report year ("2024/25学年", two years) is the year's own
        base = max(years) - 1
        named_year = re.search(r"(?:较|与|和|同)((?:19|20)\d\d)年", said.group(0)) if said else None
        if named_year and int(named_year.group(1)) != base:
            base = int(named_year.group(1))  # "较2019年基准减少24.2%": against the base year, which the series may not hold
            pair = pair or _followed(claim, sentences, claims, weights, base + 1)
        else:
            pair = pair or _followed(claim, sentences, claims, weights, max(years)) \
                or _named_series(claim, series if points else _of_amount(claim, _measuring(series, _bare_change_of(claim, sentences))), weights) \
                or (_followed_rate(claim, sentences, claims, weights, max(years)) if points
                    else _said_before(claim, sentences, previous, metrics, max(years), stated))
        if pair is None:
            continue
        old, new = pair
        if points and not old.figure.kind == new.figure.kind == "percent":
            continue  # 个百分点 are the difference of two rates, never of two amounts
        if absolute:
            yield from _absolute_change(report, claim, old, new, masked_before)
            continue
        got = _expected(old.figure, new.figure, fig)
        if got is None or (_not_one_series(old.figure, new.figure) and not _one_declared_series(old, new)):
            continue
        sign = -1 if DOWN.search(masked_before) else 1
        if _contains(fig, got[0], sign):
            continue
        exact = _more_exact(new, claims, weights)
        again = _expected(old.figure, exact.figure, fig) if exact is not None else None
        if again is not None and _contains(fig, again[0], sign):
            continue  # the change of the exact value the rounded figure stands for
        if _points_as_percent(old.figure, new.figure, fig, sign):
            yield _confusion(locate(report, claim), old.figure, new.figure, fig, anchor(claim))
            continue
        told = f"-{fig.printed}" if sign < 0 else f"+{fig.printed}"
        name = f"`{new.metric_id}`" if new.metric_id else f"“{new.clause.strip()}”"
        yield Diagnostic("N214", Severity.ERROR,
                         f"“{fig.printed}” change of {name}: {old.figure.printed} → {new.figure.printed} is {_fmt(got[0])}{got[1]}, the text says {told}",
                         locate(report, claim), hint="correct the percentage or the figures it is computed from (growth = (new − old) / old)",
                         related=(Related(locate(report, old), f"the year before: {old.figure.printed}"),
                                  Related(locate(report, new), f"this year: {new.figure.printed}")),
                         anchor=anchor(claim))


APART = Decimal(20)


def _one_declared_series(old: Claim, new: Claim) -> bool:
    """Two metrics of one series by the writer's ids (donations.2015, donations.2016): compared whatever their values."""
    return bool(old.metric_id and new.metric_id and SERIES_YEAR.sub("", old.metric_id) == SERIES_YEAR.sub("", new.metric_id))


def _not_one_series(old: numbers.Figure, new: numbers.Figure) -> bool:
    """Two values twenty times apart are no year-on-year pair whose change a report prints as a percentage: the
    year before was found in another series (染整用水总量1,124万吨 for 吨面料染整用水量104.7吨)."""
    converted = in_units_of(new, old)
    if converted is None or not old.value or not converted.value:
        return False
    ratio = (converted.value / old.value).copy_abs()
    return ratio > APART or ratio < 1 / APART


def _absolute_change(report: Report, claim: Claim, old: Claim, new: Claim, before: str) -> Iterator[Diagnostic]:
    """N214 for a change written in units: "48.6万吨，较上年减少4.7万吨" against 2024's 52.3万吨 (−3.7万吨)."""
    fig = claim.figure
    a, b = in_units_of(old.figure, fig), in_units_of(new.figure, fig)
    if a is None or b is None or a.value is None or b.value is None or units_base(a) != units_base(fig):
        return
    sign = -1 if DOWN.search(before) else 1
    diff = b.value - a.value
    slack = (a.precision + b.precision) / 2
    low, high = sorted((fig.low * sign, fig.high * sign))
    if low - slack <= diff <= high + slack:
        return  # within the rounding of the three printed figures
    shown = format((diff / _scale(fig)).normalize(), "+,f")
    yield Diagnostic("N214", Severity.ERROR,
                     f"“{fig.printed}” change of “{new.clause.strip()}”: {old.figure.printed} → {new.figure.printed} is {shown}"
                     f"{_unit_zh(fig)}, the text says {'-' if sign < 0 else '+'}{fig.printed}",
                     locate(report, claim), hint="correct the change or the figures it is computed from (new − old)",
                     related=(Related(locate(report, old), f"the year before: {old.figure.printed}"),
                              Related(locate(report, new), f"this year: {new.figure.printed}")),
                     anchor=anchor(claim))


def units_base(fig: numbers.Figure) -> str:
    unit = units.UNITS.get(fig.unit or "")
    return unit.base if unit else (fig.unit or "")


def _scale(fig: numbers.Figure) -> Decimal:
    unit = units.UNITS.get(fig.unit or "")
    return unit.scale if unit else Decimal(1)


def _unit_zh(fig: numbers.Figure) -> str:
    unit = units.UNITS.get(fig.unit or "")
    return unit.zh if unit else ""


COMPARED = re.compile(r"(?:较|比|相较于?|相比于?)\s*(?:(?:19|20)\d\d\s*年(?:末|底|度|同期)?|上年(?:末|底|同期)?|去年(?:同期)?)的\s*$")
CHANGE_VERB = re.compile(r"^\s*(?:同比)?(?:增长|增加|提高|提升|上升|下降|降低|减少|下滑)了?\s*$")


CHANGE_WORD = re.compile(r"^[，,\s]*(?:同比|按年)?(?:增长|增加|提高|提升|上升|下降|降低|减少|下滑|增幅|降幅|减幅)了?(?:为|达)?\s*$")


def _from_to(claim: Claim, sentences: dict) -> tuple[Claim, Claim] | None:
    """"由158.9千瓦时降至152.4千瓦时，减幅5.1%": the change of the from-to values right before it."""
    here = sorted(sentences.get((claim.origin, claim.sentence), []), key=lambda c: c.figure.start)
    earlier = [c for c in here if c.figure.end <= claim.figure.start and c.base]
    if len(earlier) < 2 or claim.reading is None:
        return None
    old, new = earlier[-2], earlier[-1]
    if old.role != "old" or new.role != "plain" or old.base != new.base:
        return None
    return (old, new) if CHANGE_WORD.match(claim.reading[new.figure.end : claim.figure.start]) else None


def _compared(claim: Claim, sentences: dict) -> tuple[Claim, Claim] | None:
    """"B，较2024年的A下降N%": the change compares B with the value written right before it, A."""
    here = sorted(sentences.get((claim.origin, claim.sentence), []), key=lambda c: c.figure.start)
    points = claim.figure.unit == "percentage_point"  # "14.2%，较2023年的16.5%下降3.2个百分点": rates
    earlier = [c for c in here if c.figure.end <= claim.figure.start and (c.figure.kind == "percent") == points and c.base]
    if len(earlier) < 2 or claim.reading is None:
        return None
    old = earlier[-1]
    if not (CHANGE_VERB.match(claim.reading[old.figure.end : claim.figure.start])
            and COMPARED.search(claim.reading[max(0, old.figure.start - 14) : old.figure.start])):
        return None
    news = [c for c in earlier[:-1] if c.base == old.base and c.role == "plain"]
    return (old, news[-1]) if news and claim.reading[news[-1].figure.end : old.figure.start].count("，") <= 1 else None


def _followed_figure(claim: Claim, sentences: dict) -> Claim | None:
    """The figure a change follows in its sentence ("捐赠图书120吨，同比增长25%"): the amount it is the change of."""
    here = sentences.get((claim.origin, claim.sentence), [])
    earlier = [c for c in here if c.figure.end <= claim.figure.start and c.role == "plain" and c.figure.kind != "percent" and c.base]
    if not earlier:
        return None
    new = max(earlier, key=lambda c: c.figure.start)
    if claim.reading[new.figure.end : claim.figure.start].count("，") > 1:
        return None  # the change is said of something further off
    return new


def _followed_rate(claim: Claim, sentences: dict, claims: list[Claim], weights: Weights, year: int) -> tuple[Claim, Claim] | None:
    """"女性管理人员占比28.5%，较上年提升2.8个百分点": 个百分点 right after a rate of the year (a share too) are that
    rate's change, against the statement of its subject for the year before; the rate compared with ("较2023年的6.9%")
    is not the one that changed."""
    here = sentences.get((claim.origin, claim.sentence), [])
    earlier = [c for c in here if c.figure.end <= claim.figure.start and c.role in ("plain", "share") and c.figure.kind == "percent"
               and c.years and max(c.years) == year]
    if not earlier or claim.reading is None:
        return None
    new = max(earlier, key=lambda c: c.figure.start)
    if claim.reading[new.figure.end : claim.figure.start].count("，") > 1:
        return None
    old = _base_claim(new, year - 1, claims, weights)
    return (old, new) if old is not None else None


def _followed(claim: Claim, sentences: dict, claims: list[Claim], weights: Weights, year: int) -> tuple[Claim, Claim] | None:
    """The figure the change follows in its sentence and the statement of its subject for the year before."""
    new = _followed_figure(claim, sentences)
    old = _base_claim(new, year - 1, claims, weights) if new is not None else None
    return (old, new) if old is not None else None


def _sentence_before(sentences: dict) -> dict:
    """Each sentence's key (string, start) -> the key of the sentence with figures just before it in its string, found
    once per run: looking it up among all the report's sentences for every change grew with the square of the report."""
    starts: dict = {}
    for origin, start in sentences:
        starts.setdefault(origin, []).append(start)
    before = {}
    for origin, found in starts.items():
        found.sort()
        before.update({(origin, b): (origin, a) for a, b in zip(found, found[1:])})
    return before


def _stated_pairs(claims: list[Claim], sentences: dict, year: int) -> list[tuple[Claim, Claim]]:
    """(last year's value, this year's) as a sentence of the text states them both ("完成集装箱运量1,286.4万标准箱，较
    2023年的1,172.5万标准箱增长9.7%", "由158.9千瓦时降至152.4千瓦时"): a series written in prose, with no metric."""
    found = []
    for claim in claims:
        if claim.role == "change" and claim.scalar is not None and claim.reading is not None:
            pair = _compared(claim, sentences) or _from_to(claim, sentences)
            if pair is not None and pair[0].years == {year - 1} and pair[1].years == {year}:
                found.append(pair)
    return found


def _said_before(claim: Claim, sentences: dict, previous: dict, metrics: _Metrics, year: int,
                 stated: list[tuple[Claim, Claim]] = ()) -> tuple[Claim, Claim] | None:
    """A change standing alone in its sentence ("乘客量按年上升3.8%") after a sentence stating the year's figure of the
    very subject it names ("全年接载乘客4.21亿人次。"): a writer states the figure, then how it changed, in the next
    sentence. The figure must print a declared metric whose subject is the change's exactly (a part stated before,
    "乡村振兴类捐赠3,126万元", is not the whole the change then names, "捐赠总额较上年增长13.4%"); the change is
    measured against that metric's series for the year before."""
    if not claim.near or claim.reading is None or any(c.figure.end <= claim.figure.start and c.base
                                                        for c in sentences.get((claim.origin, claim.sentence), [])):
        return None
    key = previous.get((claim.origin, claim.sentence))
    if key is None:
        return None
    before = [c for c in sentences[key]
              if c.role == "plain" and c.figure.kind != "percent" and c.base and c.years == {year}]
    if len(before) != 1 or not claim.near <= before[0].near:
        return None  # the sentence before states another subject, or several figures the change may be of
    printed = _metric_it_prints(before[0], metrics)
    if printed is None:
        return _stated_in_prose(before[0], claim, stated)
    if printed.near != claim.near:
        return None
    old = _series_value(printed, year - 1, metrics)
    return (old, before[0]) if old is not None else None


def _stated_in_prose(new: Claim, claim: Claim, stated: list[tuple[Claim, Claim]]) -> tuple[Claim, Claim] | None:
    """A figure that prints no metric, measured against the year before where another sentence states this year's
    value of its very subject beside last year's ("全年完成集装箱运量1,286万标准箱。运量同比增长7.9%" in the letter, "完成集装箱
    运量1,286.4万标准箱，较2023年的1,172.5万标准箱增长9.7%" in the profile): that sentence's old value, when it is the only
    one such sentence gives and its figure agrees with the one the change follows."""
    olds = {(o.figure.value, o.figure.unit): o for o, n in stated
            if n is not new and n.base == new.base and n.near == new.near and claim.near <= n.near
            and relation(n.figure, new.figure) == AGREE}
    if len(olds) != 1:
        return None
    (old,) = olds.values()
    return old, new


def _bare_change_of(claim: Claim, sentences: dict) -> Claim | None:
    """The figure a change follows when the change's own words name nothing ("捐赠图书120吨，同比增长25%"); a change
    that names its subject ("集装箱吞吐量850万标箱，散货量比上年增长4.1%") is said of that subject, not of the figure."""
    new = _followed_figure(claim, sentences)
    if new is None or claim.reading is None or content_words(claim.reading[new.figure.end : claim.figure.start]):
        return None
    return new


def _measuring(series: list[tuple[Claim, Claim]], followed: Claim | None) -> list[tuple[Claim, Claim]]:
    """The series a change can measure: a change right after a figure is the change of that figure, so a series
    counted in another unit is another fact, though the sentence names its subject too ("乡村图书基金捐赠图书
    120吨，同比增长25%" measures tonnes of books, not the fund's grants in 万元). A series whose unit is
    not declared (a table's label names it) may be either. 个百分点 are never the change of an amount: the caller
    does not ask for them."""
    if followed is None:
        return series
    return [(old, new) for old, new in series if not (new.base and followed.base) or new.base == followed.base]


# 用量/产量/总量/排放量…: the words name an amount; 率, 占比, 比例, 比重 name a ratio of amounts (同比, 较/比上年
# compare, they name nothing). 质量 (quality), 考量, 力量, 尽量, 大量, 少量 end in 量 but name no amount of the subject.
AMOUNT_WORD = re.compile(r"(?<![质考力尽大少适])量")
RATIO_WORD = re.compile(r"率|占|佔|比例|比重")


def _of_amount(claim: Claim, series: list[tuple[Claim, Claim]]) -> list[tuple[Claim, Claim]]:
    """A relative change said of an amount ("塑胶包装用量按年减少16.3%") is the change of the amount's series, never of
    the share or rate series of the same noun (塑胶包装占比 36.2% → 32.4%): a table often holds both rows, the amount
    in tonnes and its share in %, and their subjects share every noun but the one word that says which."""
    if not says_amount(claim):
        return series
    return [(old, new) for old, new in series if new.figure.kind != "percent"]


def says_amount(claim: Claim) -> bool:
    """The change's own clause names an amount (用量, 产量) and no ratio (率, 占比) before its figure."""
    if claim.reading is None:
        return False
    said = claim.reading[claim.sentence : claim.figure.start]
    said = said[max((m.end() for m in re.finditer(r"[，,；;。：:\n]", said)), default=0):]
    return bool(AMOUNT_WORD.search(said)) and not RATIO_WORD.search(said)


def _row_named_otherwise(claim: Claim, metric: Claim) -> bool:
    """A table's caption names the table, not each of its rows: under "表6-1 社区投资" the row 义工服务时数 counts
    volunteer hours, and "社区投资同比增长13.0%" is no change of it, though the row takes the caption's words. A row
    whose own label names a subject (its near words) sharing no word with the change's clause is another fact; a
    row whose label names nothing of its own (合计, 范围一) is what its caption names."""
    own = metric.near - ASPECT - TOTALS
    return bool(own) and not own & (claim.words | claim.near)


def _named_series(claim: Claim, series: list[tuple[Claim, Claim]], weights: Weights) -> tuple[Claim, Claim] | None:
    series = [(old, new) for old, new in series if not _row_named_otherwise(claim, new)]
    scored = sorted(((similarity(claim, new, weights), old, new) for old, new in series), key=lambda t: -t[0])
    if not scored or scored[0][0] < SUBJECT_NEEDED or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1], scored[0][2]


INCREASE = re.compile(r"(?:提高|增长|增加|提升|上升|扩大|翻)了?\s*$")
# 是/为/相当于 …的N倍 is a ratio, and so is a value that grew or fell *to* N times another (增至2022年的2.3倍)
RATIO = re.compile(r"(?:是|为|达到?|相当于|(?:增|增加|增长|升|上升|提高|提升|扩大|降|下降|减少|减|缩小)(?:至|到))"
                   r"\s*(?:(?:19|20)\d\d\s*年|上年|去年|同期)?[^，。；]{0,16}?的\s*$")
# the punctuation ending a clause; a comma between digits is a thousands separator ("是当地最低工资1,620元的2倍")
CLAUSE_END = re.compile(r"[，；;。：:]|,(?!\d{3})|(?<!\d),")
BASE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年|(上年|去年|上一年)")


class _Pool:
    """The plain and old claims of one unit base and one year, with where each subject word is used: a growth or
    a multiple scores only the claims sharing a word with its figure (the others are 0 alike), and a report with
    a thousand of them does not read every claim of the year for each."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_near: dict[str, list[int]] = {}
        self.aliased: list[int] = []  # a metric with aliases may be named by any clause

    def add(self, claim: Claim) -> None:
        i = len(self.claims)
        self.claims.append(claim)
        for w in claim.words:
            self.by_word.setdefault(w, []).append(i)
        for w in claim.near:
            self.by_near.setdefault(w, []).append(i)
        if claim.aliases:
            self.aliased.append(i)

    def sharing(self, new: Claim) -> list[Claim]:
        """The claims sharing a word or a near word with `new`, or aliased, in reading order."""
        if new.aliases:
            return self.claims
        found = set(self.aliased)
        for w in new.words:
            found.update(self.by_word.get(w, ()))
        for w in new.near:
            found.update(self.by_near.get(w, ()))
        return [self.claims[i] for i in sorted(found)]


_BY_BASE_YEAR: dict[int, tuple[list[Claim], dict[tuple[str, int], _Pool]]] = {}
_EMPTY = _Pool()


def _of_base_and_year(claims: list[Claim], base: str, year: int) -> _Pool:
    """The plain and old claims of one unit base and one year, indexed once per claim list (a large
    report asked this of every claim for every growth and multiple)."""
    hit = _BY_BASE_YEAR.get(id(claims))
    if hit is None or hit[0] is not claims:
        index: dict[tuple[str, int], _Pool] = {}
        for c in claims:
            if c.role in ("plain", "old") and len(c.years) == 1:
                index.setdefault((c.base, next(iter(c.years))), _Pool()).add(c)
        _BY_BASE_YEAR.clear()
        hit = _BY_BASE_YEAR[id(claims)] = (claims, index)
    return hit[1].get((base, year), _EMPTY)


def _base_claim(new: Claim, year: int, claims: list[Claim], weights: Weights) -> Claim | None:
    """The statement of `new`'s subject for `year` (a metric first), when one value is plainly meant."""
    pool = [c for c in _of_base_and_year(claims, new.base, year).sharing(new) if c is not new]
    # a declared metric is taken before typed text, so the typed figures are scored only when no metric is alike enough
    for kind in ([c for c in pool if c.metric_id], [c for c in pool if not c.metric_id]):
        found = [(1.0 if new.near and new.near == c.near else similarity(new, c, weights), c) for c in kind
                 if new.near and new.near == c.near or may_reach(new, c, weights, SUBJECT_NEEDED)]
        found = [(s, c) for s, c in found if s >= SUBJECT_NEEDED]
        if found:
            return max(found, key=lambda sc: sc[0])[1]
    return None


# A multiple of a share names the share ("占比是2022年的2倍", "渗透率提高1倍"); a clause without such a word
# multiplies the amount itself ("电动巴士数目已增至2022年的2.3倍"), not the table's share of the same subject
NAMES_SHARE = re.compile(r"占|比例|比重|比率|率|份额|%|％")


class _Metrics:
    """The declared metrics among a rule's claims (a metric's own value, scalar None), in reading order, indexed
    once per run of the rule: each multiple asks for them by year, by id and by printed value, and reading all
    the claims for each of them grew with the square of the report (a thousand chapters: a second)."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.all = [c for c in claims if c.metric_id and c.scalar is None]
        self.by_id: dict[str, Claim] = {}
        for c in self.all:
            self.by_id.setdefault(c.metric_id or "", c)  # the first, as a scan in reading order finds it
        self.of_year: dict[frozenset[int], list[Claim]] = {}
        for c in self.all:
            self.of_year.setdefault(c.years, []).append(c)
        self._typed: dict | None = None

    def typed_in(self, origin) -> list[Claim]:
        """The typed figures (not metrics) of one string, in reading order; indexed on first use."""
        if self._typed is None:
            self._typed = {}
            for c in self.claims:
                if c.scalar is not None:
                    self._typed.setdefault(c.origin, []).append(c)
        return self._typed.get(origin, [])


def _named_metric(claim: Claim, metrics: _Metrics, weights: Weights, year: int) -> Claim | None:
    """The one declared metric of `year` whose subject a sentence without figures names ("光伏发电量较2022年提高3.4倍"):
    none when two are as alike, as the sentence then does not say which."""
    before = re.split(r"[，,；;。：:]", claim.reading[: claim.figure.start])[-1] if claim.reading else "%"
    names_share = bool(NAMES_SHARE.search(before))
    scored = sorted(((similarity(claim, c, weights), c) for c in metrics.of_year.get(frozenset({year}), ())
                     if c.role == "plain" and c.words & claim.words and (names_share or c.base != "percent")
                     and may_reach(claim, c, weights, SUBJECT_NEEDED)),
                    key=lambda sc: -sc[0])
    if not scored or scored[0][0] < SUBJECT_NEEDED or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return _counted_in_unit(before, metrics, year)
    return scored[0][1]


# "捐赠份数", "受助人数", "投诉宗数": a classifier and 数 name the number of what that unit counts (份数: how many 份)
COUNT_OF_UNIT = re.compile(r"([\u4e00-\u9fff])数(?![量据字码额值])")


def _counted_in_unit(before: str, metrics: _Metrics, year: int) -> Claim | None:
    """The one declared metric of `year` counted in the unit whose number the multiple's clause names, sharing a word
    with that clause: "捐赠份数已是2022年的1.6倍" is of the table's 捐赠食物（份） row, not its 捐赠食物重量（公斤）, though
    the words alone (捐赠) do not tell the two apart. None when no unit is named, or no metric or several fit."""
    said = COUNT_OF_UNIT.search(before)
    unit = units.lookup_unit(said.group(1)) if said else None
    if unit is None or unit.dimension not in ("count", "people"):
        return None
    named = content_words(re.sub(r"(?:19|20)\d\d\s*年", " ", before))
    found = [c for c in metrics.of_year.get(frozenset({year}), ()) if c.role == "plain" and c.figure.unit == unit.id
             and c.words & named]
    return found[0] if len(found) == 1 else None


IS_YEARS = re.compile(r"[，,]?\s*(?:是|为|相当于|达到)\s*(?:(?:19|20)\d\d\s*年(?:末|底|度)?|上年|去年)\s*(?:的)?\s*$")


# "B，为当地最低工资A的N倍": the base named by its own noun (another group's, a standard's figure), not by a year;
# between 为 and A no figure and no other clause
IS_NAMED = re.compile(r"\s*[，,]\s*(?:是|为|相当于|达到)\s*[^，,。；;：:\d\s]{2,16}\s*")
# "B，较2022年的A提高N倍": the base A after 较/比 and its year, the verb of the increase right after it
COMPARED_YEARS = re.compile(r"[，,]?\s*(?:较|比|与)\s*(?:(?:19|20)\d\d\s*年(?:末|底|度)?|上年|去年)\s*(?:的)?\s*$")
RISEN_BY = re.compile(r"\s*(?:相比)?\s*[，,]?\s*(?:提高|增长|增加|提升|上升|扩大)了?\s*")


def _stated_base(claim: Claim, earlier: list[Claim]) -> tuple[Claim, Claim] | None:
    """(old, new) when the multiple's sentence writes "B，是2022年A的N倍" or "B，为当地最低工资A的N倍" (A right before 的N倍, after a year or the noun naming it) or
    "B，较2022年的A提高N倍" (A after 较 and a year, right before the verb): A is the base; B, the figure before, the
    value it multiplies."""
    if len(earlier) < 2 or claim.reading is None:
        return None
    base, value = earlier[-1], earlier[-2]
    text = claim.reading
    if base.base != value.base:
        return None
    between, before = text[base.figure.end : claim.figure.start], text[value.figure.end : base.figure.start]
    if re.fullmatch(r"\s*的\s*", between):
        return (base, value) if IS_YEARS.search(before) or IS_NAMED.fullmatch(before) else None
    return (base, value) if RISEN_BY.fullmatch(between) and COMPARED_YEARS.search(before) else None


def _metric_it_prints(new: Claim, metrics: _Metrics) -> Claim | None:
    """The one declared metric of the figure's year, unit and printed value: "新能源汽车成为增长的主要动力：全年销量
    61.5万辆，…较2022年增长2.9倍" names its subject before a colon, but 61.5万辆 is what the table's 新能源汽车销量 of
    2024 prints, and no other metric of 2024 does. None when the figure is a metric, or several print it."""
    if new.metric_id or len(new.years) != 1 or new.figure.qualifier is not None or new.figure.value is None:
        return None
    found = [c for c in metrics.of_year.get(new.years, ()) if c.base == new.base
             and c.figure.value == new.figure.value and c.figure.precision == new.figure.precision]
    return found[0] if len(found) == 1 else None


def _metric_it_misprints(new: Claim, metrics: _Metrics) -> Claim | None:
    """The one declared metric of the figure's year and unit whose digits it prints at another scale and whose subject
    shares a word with it ("使用可持续航空燃料1.85万吨" for the table's 1,850吨 of 可持续航空燃料使用量): the same-fact
    check reports the slip; a multiple said of the figure is then of the table's series, as the reader checks it.
    None when a metric prints the figure as it is, or several metrics are such slips."""
    if new.metric_id or len(new.years) != 1 or new.figure.qualifier is not None or new.figure.value is None:
        return None
    if _metric_it_prints(new, metrics) is not None:
        return None
    found = [c for c in metrics.of_year.get(new.years, ()) if c.base == new.base
             and c.words & new.words and relation(new.figure, c.figure) == SCALE]
    return found[0] if len(found) == 1 else None


def _series_value(metric: Claim, year: int, metrics: _Metrics) -> Claim | None:
    """The same series' metric for another year (nev-sales.2024 -> nev-sales.2022), by the writer's ids."""
    if metric.metric_id is None or not SERIES_YEAR.search(metric.metric_id):
        return None
    wanted = SERIES_YEAR.sub(f".{year}", metric.metric_id)
    return metrics.by_id.get(wanted)


VERB_MEASURE = re.compile(r"([\u4e00-\u9fff]{2})(?:量|总量)")  # 使用量, 消耗量, 排放量: the amount of what was done


def _measured_by_verb(before_text: str, earlier: list[Claim]) -> Claim | None:
    """"使用可持续航空燃料1.85万吨，执飞…航班1,126班，使用量是2023年的6.8倍": a multiple of an amount named by its verb
    alone (使用量, the amount used) is of the one earlier figure of the sentence whose clause has that verb, not of the
    figure just before it. None when no figure's clause, or more than one, has the verb."""
    said = VERB_MEASURE.search(before_text)
    if said is None:
        return None
    verb = said.group(1)
    found = [c for c in earlier if verb in reading(c.clause)]
    return found[0] if len(found) == 1 else None


def _base_year(before_text: str) -> re.Match | None:
    """The year a multiple compares with: the last one before it ("2024年沼气发电量是2022年的1.6倍": 2022). The
    year the clause opens with dates the figure multiplied, the year compared with stands right before 的/倍."""
    found = list(BASE_YEAR.finditer(before_text))
    return found[-1] if found else None


# "与2022年相比，公司绿色电力消费量提高3.7倍": a clause of its own opening the sentence names the year compared with
OPENING_BASE = re.compile(r"\s*(?:(?:与|和|同|跟)\s*((?:19|20)\d\d)\s*年度?\s*(?:相比|比较|相较)|(?:相比|相较于?|对比)\s*((?:19|20)\d\d)\s*年度?)"
                          r"\s*[，,]\s*$")


def _opening_base(claim: Claim, clause_start: int) -> re.Match | None:
    """The year of a comparison that opens the multiple's sentence as a clause of its own, right before its clause."""
    found = OPENING_BASE.fullmatch(claim.reading[claim.sentence : clause_start]) if clause_start > claim.sentence else None
    return BASE_YEAR.search((found.group(1) or found.group(2)) + "年") if found else None


def _alias_named(report: Report, metric: Claim, claim: Claim) -> bool:
    """Whether the multiple's clause writes an alias of the metric's series, by which the metric-id check
    (derived.py, N205) already recomputes it: one finding for one multiple."""
    from .derived import SERIES, _series_aliases

    found = SERIES.match(metric.metric_id or "")
    aliases = _series_aliases(report).get(found["stem"], set()) if found else set()
    return any(a in claim.clause for a in aliases)


# a value that rose *to* the figure after it (增至1,386家): the sentence states where it rose from
RISEN_TO = re.compile(r"(?:增|增加|增长|升|上升|提高|提升|扩大)(?:至|到)\s*$")


def _risen_from(claim: Claim, earlier: list[Claim]) -> tuple[Claim, Claim] | None:
    """"计划启动时仅有420家中小企供应商，2024年增至1,386家，增长3.3倍": a multiple in the clause right after one that
    rose to a figure (增至), with no year to compare with, is the rise to that figure from the one earlier figure of
    the sentence counted in the same unit. None when the figure before it did not rise to, or several earlier
    figures of the sentence are counted in its unit (which one it rose from is not plain)."""
    if len(earlier) < 2 or claim.reading is None:
        return None
    new, text = earlier[-1], claim.reading
    between = text[new.figure.end : claim.figure.start].lstrip("，, ")
    if not RISEN_TO.search(text[max(0, new.figure.start - 6) : new.figure.start]) or CLAUSE_END.search(between):
        return None
    olds = [c for c in earlier[:-1] if c.base == new.base and c.figure.unit == new.figure.unit]
    return (olds[0], new) if len(olds) == 1 else None


def _own_words(claim: Claim, found: re.Match, offset: int) -> str:
    """The words of `found` (matched in the claim's reading, from `offset`) as the writer typed them: a message
    quotes the writer's own comparison word (增长, 提升了), in the script they wrote it in (增長)."""
    return claim.scalar[offset + found.start() : offset + found.end()].strip()


TO_THEN = re.compile(r"\s*(?:到|至)\s*(?:(?:19|20)\d\d\s*年(?:末|底|度)?的?)?\s*")


def _reached_after(claim: Claim, here: list[Claim], old: Claim) -> Claim | None:
    """"由2022年的1,350人次提高2倍至2024年的2,700人次": the multiple stands between the old value and 至 (到), and the
    value it reached follows 至 (with its year): the new value of the change, in the old one's unit."""
    end = claim.figure.end
    for c in here:
        if c.figure.start >= end:
            fits = c.role == "plain" and c.base == old.base and TO_THEN.fullmatch(claim.reading[end : c.figure.start])
            return c if fits else None
    return None


def multiples(report: Report) -> Iterator[Diagnostic]:
    """N205 for 倍 recomputed from the claims (no metric ids needed): "由2023年的138万提高到2024年的345万，
    提高2.5倍"; "是2023年的1.6倍"; "较2022年提高3倍". 是…的N倍 is a ratio; 提高N倍 an increase (×(N+1)),
    and when only the ratio reading holds it is a warning, as in derived.py."""
    years = report_years(report)
    claims = zh_claims(report)
    weights = weights_of(claims)
    sentences = by_sentence(claims)
    metrics = _Metrics(claims)
    for claim in claims:
        fig = claim.figure
        if claim.role != "multiple" or fig.value is None or claim.scalar is None:
            continue
        clause_start = max((m.end() for m in CLAUSE_END.finditer(claim.reading[: fig.start])), default=0)
        before_text = claim.reading[max(clause_start, fig.start - 20) : fig.start]
        increase, ratio_reading = INCREASE.search(before_text), RATIO.search(before_text)
        if not (increase or ratio_reading):
            continue
        here = sorted(sentences.get((claim.origin, claim.sentence), []), key=lambda c: c.figure.start)
        earlier = [c for c in here if c.figure.end <= fig.start and c.role in ("plain", "old") and c.figure.kind != "percent"]
        old = new = None
        olds = [c for c in earlier if c.role == "old"]  # "由2023年的138万提高到2024年的345万": the sentence ties them
        earlier = earlier if olds else [c for c in earlier if c.base]  # else a bare number ("99公益日") counts nothing
        stated_base = _stated_base(claim, earlier)
        if stated_base is not None:
            old, new = stated_base  # "回收6.85万吨，是2022年2.74万吨的2.5倍": the sentence names both values
        elif olds:
            old = olds[-1]
            after_old = [c for c in earlier if c.figure.start > old.figure.start and c.role == "plain"]
            # the later value may close the sentence before ("2024年，海铁联运量112.5万标箱。与2019年的37.5万标箱相比…")
            same_string = metrics.typed_in(claim.origin)
            before_old = [c for c in same_string if c.figure.end <= old.figure.start and c.role == "plain" and c.base == old.base]
            # "由A提高到B": B follows; "B，与2019年的A相比": B stands before
            new = after_old[0] if after_old else (before_old[-1] if before_old else None)
            new = new or _reached_after(claim, here, old)  # "由A提高2倍至B": B right after the multiple
            if new is None and years and max(years) not in old.years:
                # "与2022年的718万千瓦时相比，光伏发电量提高了3倍": the later value is not written, the subject is; it is
                # the report year's metric of that subject, as for "较2022年提高3倍" with no figure at all
                new = _named_metric(claim, metrics, weights, max(years))
        elif not earlier and years and (year_named := _base_year(before_text) or _opening_base(claim, clause_start)):
            # "光伏发电量较2022年提高3.4倍" with no figure before it: the report year's metric of the subject it names
            new = _named_metric(claim, metrics, weights, max(years))
            if new is not None and year_named is not BASE_YEAR.search(before_text) and _alias_named(report, new, claim):
                continue  # "2016年捐款金额达到2015年的3倍" naming a metric's alias: derived.py recomputes it by the ids
            year = int(year_named.group(1)) if year_named.group(1) else max(years) - 1
            old = _base_claim(new, year, claims, weights) if new is not None and year != max(years) else None
        elif earlier and years:
            # the subject the multiple's clause names ("捐款金额达到2015年的2.4倍"), else the figure just before
            named = content_words(re.sub(r"(?:19|20)\d\d\s*年", " ", before_text))
            new = _measured_by_verb(before_text, earlier) if not named else None
            new = new or earlier[-1]
            if named:
                alike = [(weights.weight(named & (c.near | c.words)) / weights.weight(named), c) for c in earlier]
                best = max(alike, key=lambda sc: sc[0])
                if best[0] < SUBJECT_NEEDED:
                    continue  # the clause names a subject no figure of the sentence states
                new = best[1]
            year_named = BASE_YEAR.search(before_text)
            if year_named is None:
                risen = _risen_from(claim, earlier)
                if risen is None:
                    continue
                old, new = risen
            else:
                year = int(year_named.group(1)) if year_named.group(1) else max(years) - 1
                misprinted = _metric_it_misprints(new, metrics)
                if misprinted is not None:
                    # the figure is the metric's digits at another scale (N201 says so): the multiple is of the table's series
                    new = misprinted
                    old = _series_value(new, year, metrics) or _base_claim(new, year, claims, weights)
                else:
                    old = _base_claim(new, year, claims, weights)
                if old is None and (printed := _metric_it_prints(new, metrics)) is not None:
                    old = _series_value(printed, year, metrics)  # the series of the one metric the figure prints
        if old is None or new is None or not old.figure.value or new.figure.value is None:
            continue
        converted = in_units_of(new.figure, old.figure)
        if converted is None:
            continue
        ratio = converted.value / old.figure.value
        fits = lambda x: fig.low <= x <= fig.high  # noqa: E731  (the interval its printed precision admits)
        if ratio.copy_abs() >= Decimal("1e20"):
            continue  # no multiple a report prints is this large: the values are not what the 倍 compares
        shown = f"{old.figure.printed} → {new.figure.printed} is ×{ratio.quantize(Decimal('0.01'))}"
        where, related = locate(report, claim), (Related(locate(report, old), f"the earlier value, {old.figure.printed}"),
                                                 Related(locate(report, new), f"the later value, {new.figure.printed}"))
        if ratio_reading and not increase:
            if not fits(ratio):
                yield Diagnostic("N205", Severity.ERROR, f"“{fig.printed}” is a ratio: {shown}", where,
                                 hint="correct the multiple or the figures it is computed from", related=related, anchor=anchor(claim))
        elif fits(ratio - 1):
            continue
        elif fits(ratio):
            verb = _own_words(claim, increase, fig.start - len(before_text))  # 增长, 提高了, 增長 as the writer wrote it
            yield Diagnostic("N205", Severity.WARNING, f"“{verb}{fig.printed}” literally means ×{(fig.value + 1).normalize()}, but {shown}",
                             where, hint=f"write “是…的{fig.printed}” (the ratio), or “{verb}{(ratio - 1).quantize(Decimal('0.1'))}倍” (the increase)",
                             related=related, anchor=anchor(claim))
        else:
            yield Diagnostic("N205", Severity.ERROR, f"“{fig.printed}” as an increase: {shown} (an increase of ×{(ratio - 1).quantize(Decimal('0.01'))})",
                             where, hint="correct the multiple or the figures it is computed from", related=related, anchor=anchor(claim))


SERIES_YEAR = re.compile(r"\.((?:19|20)\d\d)$")  # csrpress ids name a metric's year last: rd.investment.2022


def trend_years(report: Report) -> Iterator[Diagnostic]:
    """N201 for the first value of a trend: "研发投入从2022年的11.05亿元增至2024年的12.76亿元". The later value
    is a metric's (rd.investment.2024), so the sentence speaks of that series, and the earlier value must
    be the series' figure for the year it names: the table gives 9.48亿 for 2022 (11.05亿 is 2023's)."""
    claims = zh_claims(report)
    series: dict[str, dict[int, Claim]] = {}
    for c in claims:
        stem = SERIES_YEAR.sub("", c.metric_id or "")
        if c.scalar is None and c.metric_id and stem != c.metric_id and len(c.years) == 1:
            series.setdefault(stem, {})[next(iter(c.years))] = c
    for here in by_sentence(claims).values():
        here = sorted(here, key=lambda c: c.figure.start)
        for i, old in enumerate(here):
            if old.role != "old" or len(old.years) != 1 or old.figure.value is None or old.figure.qualifier is not None:
                continue
            later = [c for c in here[i + 1:] if c.role == "plain" and c.base == old.base and len(c.years) == 1 and c.years != old.years]
            if not later:
                continue
            new = later[0]
            year_old, year_new = next(iter(old.years)), next(iter(new.years))
            named = old.words | old.near | new.near
            stems = [stem for stem, years in series.items() if year_new in years and year_old in years
                     and relation(new.figure, years[year_new].figure) == AGREE and named & (years[year_new].words | years[year_new].near)]
            if len(stems) != 1:
                continue  # no metric or several give the later value: which series is meant is not plain
            expected = series[stems[0]][year_old]
            if relation(old.figure, expected.figure) == AGREE:
                continue
            other_year = [y for y, m in series[stems[0]].items() if y != year_old and relation(old.figure, m.figure) == AGREE]
            note = f" ({old.figure.printed} is the {other_year[0]} figure)" if other_year else ""
            yield Diagnostic("N201", Severity.ERROR,
                             f"figure disagrees with its metric: “{old.figure.printed}” is given for {year_old} in a trend whose later value "
                             f"is `{series[stems[0]][year_new].metric_id}`, and `{expected.metric_id}` is {expected.figure.printed}{note}",
                             locate(report, old), hint=f"write {year_old}'s figure, or the year the figure belongs to",
                             related=(Related(locate(report, expected), f"`{expected.metric_id}` = {expected.figure.printed}"),
                                      Related(locate(report, new), f"the later value, {new.figure.printed}")),
                             anchor=anchor(old))



ADDED = re.compile(r"新增")  # "2024年新增5G基站2,230个" / "全年新增门店120家"


# How a plant, a line or a shop enters the stock it is added to ("新增投运项目4座" adds to 在运项目, "新增投产生产线" to
# 生产线): 新增 and the verb of commissioning say that it was added, not what it is
COMMISSIONED = frozenset({"新增", "投运", "投产", "建成", "开业", "开通", "上线", "落成", "启用", "并网"})


def _stock_named(claim: Claim) -> Claim:
    """The addition read as the stock it adds to: its noun phrase without 新增 and the verb of commissioning, when
    something is left (a noun that names the stock)."""
    near = claim.near - COMMISSIONED
    if not near or near == claim.near:
        return claim
    return replace(claim, near=near, words=claim.words - COMMISSIONED)


COUNTED = frozenset({"count", "people", "person_times"})


def _rounding(fig: numbers.Figure) -> Decimal:
    """How far a printed year-end figure may be from the value it rounds: half its last digit, but nothing for a
    whole count of things (28座, 9,862人), which is counted, not rounded."""
    unit = units.UNITS.get(fig.unit or "")
    if fig.precision == 1 and unit is not None and unit.scale == 1 and unit.dimension in COUNTED:
        return Decimal(0)
    return fig.precision / 2


def additions(report: Report) -> Iterator[Diagnostic]:
    """N214 for 新增 N (added in the year) against the year's and the year before's declared statements of the stock
    it adds to ("新增5G基站2,230个" with the row 5G基站 11,260 -> 13,580 is 2,320). 新增 may count gross additions
    while some were closed, so a gap is a warning; the same digits in another order are a slip, an error."""
    years = report_years(report)
    if not years:
        return
    year = max(years)
    claims = zh_claims(report)
    weights = weights_of(claims)
    for claim in claims:
        fig = claim.figure
        if claim.role != "plain" or claim.reading is None or claim.years != {year} or fig.qualifier is not None \
                or fig.kind != "number" or fig.value is None or fig.value <= 0:
            continue
        clause_start = max((m.end() for m in re.finditer(r"[，,；;。：:｜|]", claim.reading[: fig.start])), default=0)
        if not ADDED.search(claim.reading, clause_start, fig.start):
            continue
        stock = _stock_named(claim)
        now, before = _base_claim(stock, year, claims, weights), _base_claim(stock, year - 1, claims, weights)
        if now is None or before is None or now.metric_id is None or before.metric_id is None:
            continue  # the stock declared for both years (a table row), not other typed figures
        if ADDED.search(reading(now.clause)) or relation(fig, now.figure) == AGREE:
            continue  # a row of additions itself (新增授权专利（件）): the figure states it, it does not add to it
        a, b = in_units_of(before.figure, fig), in_units_of(now.figure, fig)
        if a is None or b is None or a.value is None or b.value is None or b.value <= a.value:
            continue
        diff = b.value - a.value
        slack = _rounding(a) + _rounding(b)
        if fig.low - slack <= diff <= fig.high + slack:
            continue
        slip = relation(fig, replace(fig, value=diff, low=diff - slack, high=diff + slack)) == SWAP
        shown = format((diff / _scale(fig)).normalize(), ",f")
        yield Diagnostic("N214", Severity.ERROR if slip else Severity.WARNING,
                         f"“{fig.printed}” added in {year}: {before.figure.printed} → {now.figure.printed} is {shown}{_unit_zh(fig)} more"
                         + ("" if slip else "; 新增 may count gross additions: if some were closed or retired, say so"),
                         locate(report, claim), hint="correct the figure added or the year-end figures (this year − the year before)",
                         related=(Related(locate(report, before), f"{year - 1}: {before.figure.printed}"),
                                  Related(locate(report, now), f"{year}: {now.figure.printed}")),
                         anchor=anchor(claim))
