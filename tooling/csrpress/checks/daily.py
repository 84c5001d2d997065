"""Daily averages of a year (N221): "全年日均载客约125万人次" against the year's total over its days.

A daily average of the whole year (全年日均, 2024年日均, 平均每日) is the year's total divided by the days of
the year, 366 in a leap year (calendar.isleap), 365 otherwise. The total is the report year's one statement
of the same count: the same unit base (人次, 吨, 千瓦时 …), the average's noun in its subject and no other
noun of its own (乘客人次 for 日均载客; not 长者优惠乘客人次), declared metrics first; statements that
disagree leave the rule silent (the same-fact check reports them).

A daily average over part of the year (春运期间日均, 工作日日均, 高峰日, 上半年) or over the days of operation
is no such quotient, so the tolerance is one-sided:
- an average below the total over the year's days cannot come from fewer days: an error;
- an average above it may be over fewer days (days of operation): a warning that says how many days the
  text's average implies, unless they are a five-day week's working days (240-262: then nothing).
An average half or twice the quotient or further is of something else (a balance, a unit's own): nothing.
约 allows the rounding of the figure's last digit, nothing more.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from decimal import Decimal

from .. import units
from ..claims import Claim, zh_claims
from ..claims.extract import anchor, locate, report_years
from ..claims.relate import AGREE, in_units_of, loose_step, relation
from ..claims.subject import ASPECT
from ..diagnostics import Diagnostic, Location, Related, Severity
from ..model import Report
from ..numbers import Figure
from .growth import Row, cell_location, table_rows

# 日均 / 平均每日 / 每日平均 and at most a verb or noun of four characters before the figure ("日均载客约")
DAILY = re.compile(r"(?:日均|平均每[日天]|每[日天]平均)([\u4e00-\u9fff]{0,4}?)(?:约|近|逾|超过|达到?|为)?\s*$")
# the year as a whole before the average in its clause: 全年, 年内 or the report year's 2024年
WHOLE_YEAR = re.compile(r"全年|年内|(?:19|20)\d\d\s*年(?!\s*\d)")
# a part of the year, or days that are not all the year's: the average is over them
PART_OF_YEAR = re.compile(r"期间|高峰|峰值|工作日|营业日|周末|节假日|假期|旺季|淡季|暑期|寒假|春运|黄金周|上半年|下半年|"
                          r"季度|[一二三四五六七八九十\d]+\s*月|单日|最高|最多|运营日|开放日")
CLAUSE = re.compile(r"[，,；;。！？!?\n]")
DAILY_WORDS = frozenset({"日均", "平均", "每日", "每天", "全年", "年内"})
# an average this far from the year's total over its days is of something else: a balance (日均存款 of a year-end
# total), a unit's own (每条线路日均), not a slip in the same quotient
FAR = (Decimal("0.5"), Decimal(2))
# a five-day week's working days less public holidays (about 240-262): an average over them is no slip
WORKING_DAYS = (240, 262)


def _daily(claim: Claim) -> re.Match[str] | None:
    text = claim.reading or ""
    fig = claim.figure
    start = max((m.end() for m in CLAUSE.finditer(text, claim.sentence, fig.start)), default=claim.sentence)
    return DAILY.search(text, start, fig.start)


def _the_year(claim: Claim, said: re.Match[str]) -> int | None:
    """The year the average is over, when its sentence says the whole year and no part of it."""
    text = claim.reading or ""
    end = CLAUSE.search(text, claim.figure.end)
    sentence = text[claim.sentence : end.start() if end else len(text)]
    before = text[claim.sentence : said.start()]
    if PART_OF_YEAR.search(sentence) or not WHOLE_YEAR.search(before) or len(claim.years) != 1:
        return None
    return next(iter(claim.years))


def _total(avg: Claim, noun: frozenset[str], year: int, claims: list[Claim]) -> Claim | None:
    """The year's one statement of the count the average is of (declared metrics first)."""
    found = [c for c in claims if c is not avg and c.base == avg.base and c.years == frozenset({year})
             and c.role == "plain" and c.figure.value is not None and c.figure.qualifier is None
             and c.figure.kind == avg.figure.kind and not (c.near | c.words) & ASPECT
             and noun <= c.near and not (c.near - noun - DAILY_WORDS) - (avg.words | avg.near)
             and (c.scalar is None or not DAILY.search(c.reading or "", 0, c.figure.start))]
    declared = [c for c in found if c.metric_id]
    chosen = declared or found
    if not chosen or any(relation(chosen[0].figure, c.figure) != AGREE for c in chosen[1:]):
        return None
    return min(chosen, key=lambda c: c.figure.precision)


def _base(fig: Figure) -> str | None:
    unit = units.UNITS.get(fig.unit or "")
    return unit.base if unit else None


def _total_row(report: Report, avg: Claim, noun: frozenset[str], year: int, rows: list[Row]) -> tuple[Figure, Location] | None:
    """The year's cell of the one table row (typed cells, no metric) that counts the average's noun and nothing more."""
    found = [r for r in rows if year in r.cells and noun <= r.words and not (r.words - noun) - (avg.words | avg.near)
             and r.cells[year].kind == avg.figure.kind and _base(r.cells[year]) is not None
             and _base(r.cells[year]) == _base(avg.figure)]
    if not found or any(relation(found[0].cells[year], r.cells[year]) != AGREE for r in found[1:]):
        return None
    return found[0].cells[year], cell_location(report, found[0], year)


def daily_averages(report: Report) -> Iterator[Diagnostic]:
    if not report_years(report):
        return
    claims = zh_claims(report)
    rows: list[Row] | None = None  # table rows, read when an average needs them
    for avg in claims:
        fig = avg.figure
        # a bound (逾, 近, 以上) says less than a value: only a value or 约 is recomputed
        if (avg.scalar is None or avg.reading is None or avg.role != "plain" or fig.value is None or fig.value <= 0
                or fig.kind == "percent" or not avg.base or fig.qualifier not in (None, "about")):
            continue
        said = _daily(avg)
        if said is None:
            continue
        year = _the_year(avg, said)
        noun = frozenset(avg.near - DAILY_WORDS - ASPECT)
        if year is None or not noun:
            continue
        total = _total(avg, noun, year, claims)
        if total is not None:
            stated, where = total.figure, locate(report, total)
        else:
            if rows is None:
                rows = table_rows(report)
            cell = _total_row(report, avg, noun, year, rows)
            if cell is None:
                continue
            stated, where = cell
        whole = in_units_of(stated, fig)
        if whole is None or whole.value is None or whole.value <= 0:
            continue
        days = 366 if calendar.isleap(year) else 365
        low, high = whole.low / days, whole.high / days
        step = loose_step(fig) if fig.qualifier is not None else fig.precision / 2
        if fig.value + step < low:
            severity, why = Severity.ERROR, "below the year's total over its days, which fewer days could not give"
        elif fig.value - step > high:
            implied = int((whole.value / fig.value).to_integral_value())
            if WORKING_DAYS[0] <= implied <= WORKING_DAYS[1]:
                continue  # the working days of a five-day week: the average may well be over them
            severity = Severity.WARNING
            why = (f"above it: over {implied} days, not the year's {days}; if the average is over days of operation "
                   "or part of the year, say so")
        else:
            continue
        got = whole.value / days
        unit = units.UNITS.get(fig.unit or "")
        if not FAR[0] <= fig.value / got <= FAR[1]:
            continue  # twice off or more: a balance's daily average, a unit's own (每条线路日均), not this quotient
        scale, shown = (unit.scale, unit.zh) if unit else (Decimal(1), "")
        yield Diagnostic("N221", severity,
                         f"daily average “{fig.printed}”: {stated.printed} in {year} over its {days} days is "
                         f"{(got / scale).quantize(Decimal('0.1'))}{shown} a day; the text's figure is {why}",
                         locate(report, avg), hint="correct the average or the total; name the days it is taken over",
                         related=(Related(where, f"the year's total, {stated.printed}"),),
                         anchor=anchor(avg))

