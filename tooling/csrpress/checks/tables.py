"""Table arithmetic (N207): a total row equals the sum of the rows above it; shares of a whole add up to 100%."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .. import numbers, schema, units
from ..claims.script import reading
from dataclasses import replace

from ..claims.relate import SCALE, SWAP, relation
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, all_blocks

TOTAL = re.compile(r"合计|总计|总数|共计|合共|总量|总额|^\s*total\b|^\s*sum\b", re.IGNORECASE)
# 总量/总额 also name indicators of their own (用水总量, 纳税总额): such a row is taken for the sum of the rows
# above it only when they nearly make it (within 10 %), as parts of a total do
WEAK_TOTAL = re.compile(r"总量|总额")
STRONG_TOTAL = re.compile(r"合计|总计|总数|共计|合共|^\s*total\b|^\s*sum\b", re.IGNORECASE)
# A subtotal (境内小计, Subtotal) or a part already counted in a row above (其中, of which) is never added again.
SUBTOTAL = re.compile(r"小计|subtotal|^\s*(?:其中|of\s+which)", re.IGNORECASE)


def _rounded(fig: numbers.Figure) -> bool:
    """Whether a cell was rounded when printed: decimals, a scale word (4,860万元, or 1.94万 read into a base unit,
    whose last printed digit is worth 100) or 约. Plain integers are exact."""
    unit = units.UNITS.get(fig.unit or "")
    return fig.precision != 1 or fig.qualifier is not None or (unit is not None and unit.scale > 1)


def _slack(figs: list[numbers.Figure]) -> Decimal:
    return sum((f.precision for f in figs if _rounded(f)), Decimal(0)) / 2


def _figure(cell: schema.Cell, report: Report) -> numbers.Figure | None:
    """A table cell's figure, declared (numbers.declared): its zeros are digits, as a metric's are."""
    if isinstance(cell, schema.MetricRef):
        decl = report.metrics.get(cell.m)
        return numbers.declared(numbers.parse_figure(reading(decl.metric.value + (decl.metric.unit or "")))) if decl else None
    text = cell.zh if isinstance(cell, schema.Text) else cell
    return numbers.declared(numbers.parse_figure(reading(text)))


def _label(cell: schema.Cell) -> str:
    """A cell's words as read: zh folded to Simplified (合計 reads as 合计), then the English."""
    if isinstance(cell, schema.Text):
        return reading(cell.zh) + " " + (cell.en or "")
    return cell if isinstance(cell, str) else ""


SHARE_HEAD = re.compile(r"占比|比例|比重|share", re.IGNORECASE)
RATE_HEAD = re.compile(r"率|\brates?\b", re.IGNORECASE)


def _shares_column(label: str) -> bool:
    """A column of percentages whose rows may be shares of one whole. A column named as a rate (利用率, 覆盖率,
    达标率, use rate) gives each row's own rate, of that row's own whole: a column of rates is no breakdown and
    never adds up to 100%, unless its header also names a share (占比, share)."""
    if SHARE_HEAD.search(label):
        return True
    return "%" in label and not RATE_HEAD.search(label)


AVERAGE = re.compile(r"平均|人均|均值|每名|每人|average|mean|per\s|\brate\b|率|强度|intensity", re.IGNORECASE)


def _overall_average(report: Report, block, r: int, c: int, total: numbers.Figure, parts: list[numbers.Figure]) -> Iterator[Diagnostic]:
    """N218: an overall average (or rate) lies between its groups' averages, and is never their sum."""
    values = [p.value for p in parts if p.value is not None]
    if len(values) < 2 or total.value is None:
        return
    slack = _slack(parts + [total]) or max(p.precision for p in parts) / 2
    where = report.locate(block.origin, "rows", r, c)
    if abs(sum(values) - total.value) <= slack and total.value > max(values):
        yield Diagnostic("N218", Severity.ERROR, f"the overall average {total.printed} is the sum of the groups' averages ({', '.join(p.printed for p in parts)})",
                         where, hint="an overall average is the groups' average weighted by their sizes, never their sum")
    elif not min(values) - slack <= total.value <= max(values) + slack:
        yield Diagnostic("N218", Severity.ERROR, f"the overall average {total.printed} lies outside its groups' averages "
                         f"({min(values).normalize():f} to {max(values).normalize():f})", where,
                         hint="an average of groups lies between the lowest and the highest group; correct the overall figure or a group's")


def _wrong_total(report: Report, block, rows: list, r: int, c: int, total: numbers.Figure,
                 parts: list[numbers.Figure | None]) -> Diagnostic:
    """N207 at the total, or at the one row whose digits, transposed or shifted by a scale, would make
    the rows add up ("销售人员 8,390" where 8,930 gives the total): the slip shows which figure is wrong."""
    figs = [p for p in parts if p is not None]
    values = [p.value for p in figs if p.value is not None]
    suspects = []
    for i, part in enumerate(figs):
        needed = total.value - (sum(values) - part.value)
        if needed > 0 and part.value and relation(part, replace(part, value=needed, low=needed, high=needed)) in (SWAP, SCALE):
            suspects.append((i, needed))
    if len(suspects) == 1:
        i, needed = suspects[0]
        row = r - len(parts) + [k for k, p in enumerate(parts) if p is not None][i]
        return Diagnostic("N207", Severity.ERROR, f"the rows do not add up to the total {total.printed} ({_like(sum(values), total)}); "
                          f"with {_like(needed, figs[i])} instead of {figs[i].printed} they do (the same digits in another order or at another scale)",
                          report.locate(block.origin, "rows", row, c), hint="correct this row (or the total, if the row is right)",
                          related=(Related(report.locate(block.origin, "rows", r, c), f"the total {total.printed}"),))
    # each row it adds, so the writer sees the arithmetic and finds the wrong row (the check cannot tell which)
    rows_added = tuple(Related(report.locate(block.origin, "rows", row, c), f"adds {part.printed}")
                       for row, part in zip(range(r - len(parts), r), parts) if part is not None)
    return Diagnostic("N207", Severity.ERROR, f"total {total.printed} is not the sum of the rows above "
                      f"({' + '.join(p.printed for p in figs)} = {_like(sum(values), total)})",
                      report.locate(block.origin, "rows", r, c), hint="correct the total or the row that is wrong",
                      related=rows_added)


def _like(value: Decimal, like: numbers.Figure) -> str:
    """A sum printed in the unit and precision of the total it is compared with (8,370万元, not 83700000)."""
    unit = units.UNITS.get(like.unit or "")
    scale = Decimal(unit.scale) if unit is not None and unit.scale else Decimal(1)
    step = like.precision / scale if like.precision else Decimal(1)
    places = max(0, -step.normalize().as_tuple().exponent)
    return f"{value / scale:,.{places}f}{unit.zh if unit is not None else ''}"


def _breakdowns(values: list[Decimal], total: Decimal, slack: Decimal) -> bool:
    """Whether the rows are several breakdowns of the total one after another (香港 + 内地, 男 + 女, 全职 +
    兼职 under 僱員總數), each adding up to it: the running sum meets the total at every group's end."""
    running, groups = Decimal(0), 0
    for value in values:
        running += value
        if abs(running - total) <= slack:
            running, groups = Decimal(0), groups + 1
    return groups >= 2 and running == 0


def _parts(above: list, c: int, total: numbers.Figure | None, report: Report) -> list[numbers.Figure | None]:
    """The rows a total adds up: those right above it counted in its unit, back to the previous total or
    to a row in another unit. A table of energy, emissions and water rows has its "范围一和范围二合计"
    under the two scope rows; the energy rows above them are another section, not parts of it."""
    parts: list[numbers.Figure | None] = []
    for other in reversed(above):
        if not other or c >= len(other):
            continue
        label = _label(other[0])
        if TOTAL.search(label) and not SUBTOTAL.search(label):
            break
        if SUBTOTAL.search(label):
            continue
        fig = _figure(other[c], report)
        if total is not None and fig is not None and fig.value is not None and (fig.unit or "") != (total.unit or ""):
            break
        parts.append(fig)
    return parts[::-1]


def _totals(report: Report, block) -> Iterator[tuple[int, int, numbers.Figure, list[numbers.Figure | None]]]:
    """Each total cell of a table (row, column, its figure, the rows it adds up), of two rows or more."""
    rows = block.data.rows
    for r, row in enumerate(rows):
        if not row or not TOTAL.search(_label(row[0])) or SUBTOTAL.search(_label(row[0])):
            continue
        for c in range(1, len(row)):
            total = _figure(row[c], report)
            parts = _parts(rows[:r], c, total, report)
            if total is None or total.value is None or not parts or any(p is None or p.value is None for p in parts):
                continue
            if len(parts) < 2:
                # nobody sums one row: a 总数 row under a single row of its unit names an indicator of its own
                # (客房总数 under the number of hotels, both counted in 间), not the total of that row
                continue
            yield r, c, total, parts


def _averaged(block, r: int, c: int) -> bool:
    header = block.data.header
    return bool(c < len(header) and AVERAGE.search(_label(header[c])) or AVERAGE.search(_label(block.data.rows[r][0])))


def _misadded(label: str, total: numbers.Figure, parts: list[numbers.Figure | None]) -> Decimal | None:
    """The sum of the rows when a total (not an average, not a share) is not it, else None."""
    if total.kind == "percent" or total.value is None:
        return None
    values = [p.value for p in parts if p is not None and p.value is not None]
    slack = _slack([p for p in parts if p is not None] + [total])
    if abs(sum(values) - total.value) <= slack or _breakdowns(values, total.value, slack):
        return None
    if WEAK_TOTAL.search(label) and not STRONG_TOTAL.search(label) and abs(sum(values) - total.value) > total.value.copy_abs() / 10:
        return None  # "纳税总额" under 营业收入 and 净利润 names an indicator, not the sum of the rows above
    return sum(values, Decimal(0))


def misadded_totals(report: Report) -> dict[str, Decimal]:
    """Each declared metric printed as a table's total that its rows do not add up to (N207), with the rows' sum:
    a figure the rows make is stated by them, whatever the total row says (checks/claims.py _times_stated)."""
    found: dict[str, Decimal] = {}
    for _, _, block in all_blocks(report):
        if block.kind != "table":
            continue
        for r, c, total, parts in _totals(report, block):
            cell = block.data.rows[r][c]
            if isinstance(cell, schema.MetricRef) and not _averaged(block, r, c):
                added = _misadded(_label(block.data.rows[r][0]), total, parts)
                if added is not None:
                    found[cell.m] = added
    return found


def _is_whole(row) -> bool:
    return bool(row) and bool(TOTAL.search(_label(row[0]))) and not SUBTOTAL.search(_label(row[0]))


def _groups_of_a_stated_whole(report: Report, rows: list, c: int) -> bool:
    """Each row's share (column c) is its own count over the whole the table's one total row states in another
    column, while the counts do not make that whole: the rows are groups of it that overlap or leave some out (女性董事
    and 独立非执行董事 under 董事总数), not a breakdown, and each share is right as printed; their sum is no total."""
    wholes = [row for row in rows if _is_whole(row)]
    if len(wholes) != 1:
        return False
    groups = [row for row in rows if row and not _is_whole(row) and not SUBTOTAL.search(_label(row[0]))]
    for k in range(1, len(wholes[0])):
        whole = _figure(wholes[0][k], report) if k != c else None
        if whole is None or whole.kind == "percent" or not whole.value:
            continue
        counts = [_figure(row[k], report) if k < len(row) else None for row in groups]
        shares = [_figure(row[c], report) if c < len(row) else None for row in groups]
        if any(n is None or n.value is None or (n.unit or "") != (whole.unit or "") for n in counts):
            continue
        if abs(sum(n.value for n in counts) - whole.value) <= _slack(counts + [whole]):
            continue  # the counts make the whole: a breakdown, whose shares add up to 100%
        if all(s is not None and s.value is not None
               and abs(n.value / whole.value * 100 - s.value) <= s.precision / 2 + _slack([n, whole]) / whole.value * 100
               for n, s in zip(counts, shares)):
            return True
    return False


def table_arithmetic(report: Report) -> Iterator[Diagnostic]:
    for _, _, block in all_blocks(report):
        if block.kind != "table":
            continue
        rows = block.data.rows
        for r, c, total, parts in _totals(report, block):
            if _averaged(block, r, c):
                yield from _overall_average(report, block, r, c, total, [p for p in parts if p is not None])
                continue
            if _misadded(_label(rows[r][0]), total, parts) is not None:
                yield _wrong_total(report, block, rows, r, c, total, parts)
        header = block.data.header
        for c, head in enumerate(header):
            if not _shares_column(_label(head)):
                continue
            shares = [_figure(row[c], report) for row in rows
                      if c < len(row) and not TOTAL.search(_label(row[0])) and not SUBTOTAL.search(_label(row[0]))]
            if len(shares) < 2 or any(s is None or s.kind != "percent" or s.value is None for s in shares):
                continue
            if _groups_of_a_stated_whole(report, rows, c):
                continue
            total = sum((s.value for s in shares if s is not None and s.value is not None), Decimal(0))
            slack = sum((s.precision for s in shares if s is not None), Decimal(0)) / 2
            if abs(total - 100) > slack:
                yield Diagnostic("N208", Severity.WARNING, f"shares in column “{_label(head).strip()}” add up to {total.normalize():f}%, not 100%",
                                 report.locate(block.origin, "header", c), hint="correct a share, or add the missing category")
