"""Growth against a table row (N223): "同比增长15.0%" recomputed from the row of a table that holds both years.

Reports print a table of several years and write the change in the text without the year before
("2024年降至2.06千瓦时/台，同比下降8.6%", "用水量同比增长15.0%"). The two values are a table row's cells
in the report year's column and the previous year's (or the year the sentence names: 较2022年), read
from the cell as typed (a plain string, with the unit of the row label's brackets) or from the metric
it prints. The row is the one the sentence is about, found in one of two ways, never guessed:
- the change follows a figure in its sentence ("降至2.06千瓦时/台，同比下降8.6%"): the one row named in
  the sentence whose report-year cell states that figure;
- else the one row whose label's words are all written in the sentence before the change, since the
  last figure ("用水量同比增长15.0%").
A change checks/changes.py already reports (N214/N219 from the same figure) is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .. import numbers, schema, units
from ..claims import Claim, zh_claims
from ..claims.extract import anchor, by_sentence, locate, report_years, water_by_volume
from ..claims.relate import AGREE, in_units_of, relation
from ..claims.script import reading
from ..claims.subject import content_words, segment
from ..claims.thesaurus import fold
from ..diagnostics import Diagnostic, Location, Related, Severity
from ..model import Report, all_blocks
from . import changes

YEAR = re.compile(r"(?:19|20)\d\d")
UNIT_NOTE = re.compile(r"[（(]([^）)]{1,12})[）)]")
# 同比 / 较上年 / 较2022年 … 增长|下降 right before the figure: a change against a year, not against a target
GROWTH = re.compile(r"(?:同比|按年|按年度|较上年(?:末|底|同期)?|比上年(?:末|底)?|较去年(?:同期)?|与上年相比|较((?:19|20)\d\d)年(?:末|底)?|与((?:19|20)\d\d)年(?:末|底)?相比\s*[，,]?)[^，。；\d]{0,6}?"
                    r"(?:增长|增加|提高|提升|上升|下降|降低|减少|下滑)了?\s*$")
# "与2023年相比，全年取水量下降7.3%": the year compared with may open the sentence, a comma and the subject before the change
WINDOW = 20
DOWN = re.compile(r"(?:下降|降低|减少|下滑)了?\s*$")
HUNDRED = Decimal(100)
NOT_A_YEAR = re.compile(r"变化|变动|同比|增减|增幅|增长率|占比|比例|比重|目标|change|yoy|share|target", re.IGNORECASE)
GENERIC = frozenset({"合计", "总计", "小计", "共计", "其他", "其中", "总数", "总量"})
# a table's total row: the sum of the rows above it, back to the previous total (checks/tables.py reads it so)
TOTAL_ROW = re.compile(r"^\s*(?:合计|总计|共计|合共|总量)\s*(?:[（(][^）)]*[）)])?\s*$")
SUBTOTAL = re.compile(r"小计|^\s*其中")


@dataclass(frozen=True, slots=True)
class Row:
    label: str  # the row label as written (zh)
    words: frozenset[str]  # what the row counts, without its unit note
    cells: dict[int, numbers.Figure]  # year -> the cell's figure
    where: dict[int, tuple]  # year -> (block origin, row, column) for locating the cell
    # a total row (合计) of parts named in the rows above it: the words its table's caption adds to what the parts
    # name ("温室气体排放" over 范围一排放, 范围二排放); words is then the parts' words (table_rows)
    context: frozenset[str] | None = None


def _cell_text(cell: schema.Cell, report: Report) -> str | None:
    if isinstance(cell, schema.MetricRef):
        decl = report.metrics.get(cell.m)
        return decl.metric.value + (decl.metric.unit or "") if decl else None
    if isinstance(cell, schema.Text):
        return cell.zh
    return cell if isinstance(cell, str) else None


def _label(cell: schema.Cell) -> str:
    if isinstance(cell, schema.Text):
        return reading(cell.zh or "")
    return reading(cell) if isinstance(cell, str) else ""


def table_rows(report: Report) -> list[Row]:
    """Every table row with figures in two or more year columns."""
    found = []
    for _, _, block in all_blocks(report):
        if block.kind != "table" or not block.data.header:
            continue
        header = [_label(h) + " " + (getattr(h, "en", "") or "") for h in block.data.header]
        # a year column states the year's value: not "2024年同比变化", "2024年占比" or "2025年目标"
        years = {i: int(YEAR.search(h).group(0)) for i, h in enumerate(header) if i and YEAR.search(h) and not NOT_A_YEAR.search(h)}
        if len(set(years.values())) < 2 or len(set(years.values())) != len(years):
            continue
        caption = content_words(fold(_label(block.data.caption))) if block.data.caption else frozenset()
        parts: list[frozenset[str]] = []  # the words of the rows since the last total, in one unit
        parts_unit: str | None = None
        for r, row in enumerate(block.data.rows):
            label = _label(row[0]) if row else ""
            note = UNIT_NOTE.search(label)
            unit = note.group(1).strip() if note and units.lookup_unit(note.group(1).strip()) else ""
            words = frozenset(w for w in content_words(fold(YEAR.sub(" ", UNIT_NOTE.sub(" ", label)))) if len(w) >= 2)
            cells, where = {}, {}
            for c, year in years.items():
                text = _cell_text(row[c], report) if c < len(row) else None
                fig = numbers.parse_figure(reading(text.strip() + ("" if re.search(r"[^\d.,\s+-]", text) else unit))) if text else None
                fig = numbers.declared(fig)  # a cell (typed or a metric's) declares its figure: its zeros are digits
                if fig is not None and fig.value is not None and fig.qualifier is None:
                    cells[year], where[year] = water_by_volume(fig, label), (block.origin, r, c)  # as its claims are read
            if words - GENERIC and len(cells) >= 2:  # a 合计 or 其他 row names nothing by its label alone
                found.append(Row(label.strip(), words, cells, where))
                if not SUBTOTAL.search(label):  # 其中 and 小计 rows are counted in a row above already
                    parts = (parts if unit == parts_unit else []) + [words]  # a row in another unit: a new section
                    parts_unit = unit
            elif TOTAL_ROW.search(label) and len(cells) >= 2:
                if len(parts) >= 2 and unit == parts_unit:
                    found.append(Row(label.strip(), frozenset().union(*parts), cells, where, caption | GENERIC))
                parts, parts_unit = [], None
            else:
                parts, parts_unit = [], None  # a row that is no part with two years' values: the parts are not known
    return found


def _named(row: Row, text: str) -> bool:
    """All of the row label's words are written in the text (the segmenter may glue two: 人员培训)."""
    return all(w in text for w in row.words)


def _kind(fig: numbers.Figure) -> str:
    """What a figure measures (percent, a dimension, a count's unit): only figures of one kind are compared,
    so that no conversion between, say, energy and mass is ever asked of pint (loading it costs half a second)."""
    unit = units.UNITS.get(fig.unit or "")
    if fig.kind == "percent":
        return "percent"
    return unit.dimension if unit is not None and unit.quantity else (unit.base if unit else "")


def _states(cell: numbers.Figure, fig: numbers.Figure) -> bool:
    """The table cell states the text's figure: they agree in one kind of unit, or the text writes an intensity's
    numerator unit without the substance the sentence names ("每乘客公里碳排放…降至42.6克", read as 克/客公里, for the
    cell 42.6 克二氧化碳当量/乘客公里): the same denominator, and the value the cell's digit for digit."""
    if _kind(cell) == _kind(fig):
        return relation(cell, fig) == AGREE
    unit, own = units.UNITS.get(cell.unit or ""), units.UNITS.get(fig.unit or "")
    if unit is None or own is None or unit.dimension != "intensity" or own.dimension != "intensity":
        return False
    top, _, per = unit.zh.partition("/")
    own_top, _, own_per = own.zh.partition("/")
    return (bool(own_top) and per == own_per and top.startswith(own_top) and cell.value == fig.value
            and cell.precision == fig.precision)


def _specific(fig: numbers.Figure) -> bool:
    """Three significant digits or more (1,862人, 36.9%, 42.6克): a value that two rows of a report hold by chance
    in one year is rare, where a round 100, 520 or 5 is not."""
    if fig.value is None or fig.precision <= 0:
        return False
    digits = str(int(fig.value.copy_abs() / fig.precision)).rstrip("0")
    return len(digits) >= 3


def _row_of_the_value(figure: Claim, rows: list[Row], year: int) -> list[Row]:
    """"年内团队扩大至1,862人，按年增长5.7%" and the row 员工总数（人） of 1,862 in 2024: the sentence names the row in
    other words (团队) than its label, but the figure the change follows is the row's cell of the year, and no
    other row's: the change is that row's. Only for a specific figure (_specific) held by one row label."""
    if not _specific(figure.figure):
        return []
    found = [r for r in rows if year in r.cells and _states(r.cells[year], figure.figure)]
    return found if len({r.label for r in found}) == 1 else []


def _rows_for(claim: Claim, before: list[Claim], rows: list[Row], year: int, sentence: str) -> list[Row]:
    text = claim.reading or ""
    if before:
        figure = before[-1]
        between = text[figure.figure.end : claim.figure.start]
        # "再生涤纶使用比例提高到31.2%，范围一和范围二温室气体排放同比下降4.7%": a clause that names its own subject
        # states the change of that, not of the figure before it
        own = content_words(YEAR.sub(" ", fold(between[between.rfind("，") + 1 :]))) if "，" in between else frozenset()
        if between.count("，") <= 1 and not own:
            found = [r for r in rows if year in r.cells and _named(r, sentence) and _states(r.cells[year], figure.figure)]
            if found:
                return found
            found = _row_of_the_value(figure, rows, year)
            if found:
                return found
            # "…增长17.3%，研发投入强度较上年提升0.8个百分点": the change is of what its own clause names
    start = max(claim.sentence, before[-1].figure.end if before else 0)
    segment = fold(text[start : claim.figure.start])
    said = content_words(YEAR.sub(" ", segment))
    # the segment names the row and nothing more specific ("营业收入中海外收入同比增长" is of 海外收入)
    found = [r for r in rows if _named(r, segment) and all(any(w in x or x in w for x in r.words) for w in said)]
    return found or _intensity_rows(segment, rows, year) or _total_rows(segment, rows) or _rows_of_the_noun(claim, rows)


def _rows_of_the_noun(claim: Claim, rows: list[Row]) -> list[Row]:
    """"业务的恢复有目共睹，全年访客人次同比增长19.8%", "在客房入住率上升的情况下，用电量仍较2023年下降4.0%": the change's
    own noun (访客, 用电: the noun phrase right before it) is the whole of a row label's words (访客人次（万人次）,
    用电量（兆瓦时）), though the sentence says more around it (what the recovery is, in what circumstances). The caller
    takes the row only when one label is so named."""
    own = claim.near - GENERIC
    return [r for r in rows if own and r.words == own] if own else []


def _total_rows(segment: str, rows: list[Row]) -> list[Row]:
    """"集团范围一和范围二碳排放总量同比下降6.8%" and a table of 范围一排放, 范围二排放 and 合计: a sentence that names
    every part of a total row in the change's own clause states the change of their sum, the 合计 row, whose label
    names nothing by itself. The clause may add only the caption's words (温室气体) and a word for a total (总量)."""
    own = segment[max(segment.rfind(c) for c in "，,、：:；;") + 1 :]
    said = content_words(YEAR.sub(" ", own))
    return [r for r in rows if r.context is not None and _named(r, own)
            and all(any(w in x or x in w for x in r.words | r.context) for w in said)]


PER_UNIT = "单位"  # "单位周转量油耗", "单位产值能耗": the noun per unit of what comes between


def _intensity_rows(segment: str, rows: list[Row], year: int) -> list[Row]:
    """"全年单位周转量油耗同比下降3.4%" and the row "百吨公里油耗（千克）" in 千克/百吨公里: an intensity is named in the
    text by 单位 and its denominator's name, in a table by the denominator's unit (百吨公里, 万元) before the same noun.
    The denominator's two names cannot be matched by their words, so the row must be one whose cells are an
    intensity, whose noun is the last the change's own clause names after 单位, and the words between are the
    denominator's (the caller takes the row only when one label fits)."""
    own = segment[max(segment.rfind(c) for c in "，,、：:；;") + 1 :]
    at = own.find(PER_UNIT)
    if at < 0:
        return []
    after = own[at + len(PER_UNIT) :]
    if PER_UNIT in after:
        return []
    said = [w for w in segment_words(after)]
    found = []
    for row in rows:
        fig = row.cells.get(year)
        unit = units.UNITS.get(fig.unit or "") if fig is not None else None
        if unit is None or unit.dimension != "intensity" or not row.words or len(said) < 2:
            continue
        if frozenset(said[-len(row.words) :]) == row.words and not row.words & frozenset(said[: -len(row.words)]):
            found.append(row)
    return found


def segment_words(text: str) -> list[str]:
    """The content words of `text` in reading order (a year is no word of it)."""
    text = YEAR.sub(" ", text)
    words = content_words(text)
    return [w for w in segment(text) if w in words]


def _growth(old: numbers.Figure, new: numbers.Figure, points: bool) -> tuple[Decimal, Decimal, Decimal] | None:
    """The change old -> new (low, value, high) from the cells' intervals: percent, or points of two percents."""
    converted = in_units_of(new, old)
    if converted is None or old.value is None or converted.value is None or old.low <= 0:
        return None
    if points:
        return converted.low - old.high, converted.value - old.value, converted.high - old.low
    return ((converted.low - old.high) / old.high * HUNDRED, (converted.value - old.value) / old.value * HUNDRED,
            (converted.high - old.low) / old.low * HUNDRED)


def cell_location(report: Report, row: Row, year: int) -> Location:
    origin, r, c = row.where[year]
    return report.locate(origin, "rows", r, c)


def _fmt(value: Decimal, places: str = "0.1", sign: str = "+") -> str:
    """+9.3; a change too large to print to one decimal (a hostile 1 -> 1e40) in E notation."""
    if value.copy_abs() >= Decimal("1e15"):
        return f"{value:{sign}.3E}"
    return f"{value.quantize(Decimal(places)):{sign}}"


def table_growth(report: Report) -> Iterator[Diagnostic]:
    years = report_years(report)
    rows = table_rows(report)
    if not years or not rows:
        return
    claims = zh_claims(report)
    sentences = by_sentence(claims)
    reported = None  # what checks/changes.py says of the same figures, computed only if needed
    for claim in claims:
        fig = claim.figure
        if claim.role != "change" or fig.value is None or claim.scalar is None or claim.reading is None or fig.qualifier is not None:
            continue
        points = fig.unit == "percentage_point"
        if fig.kind != "percent" and not points:
            continue
        said = GROWTH.search(claim.reading[max(claim.sentence, fig.start - WINDOW) : fig.start])
        if not said:
            continue
        year = max(claim.years) if claim.years else max(years)
        named = said.group(1) or said.group(2)  # 较2022年 / 与2022年相比，
        base = int(named) if named else year - 1
        here = sorted(sentences.get((claim.origin, claim.sentence), []), key=lambda c: c.figure.start)
        # the figure a change follows: a value, or for points a share ("占比为36.9%，较上年提升1.2个百分点")
        roles = ("plain", "share") if points else ("plain",)
        before = [c for c in here if c.figure.end <= fig.start and c.role in roles and c.figure.value is not None]
        end = re.compile(r"[。！？；!?;\n]").search(claim.reading, fig.end)
        sentence = fold(claim.reading[claim.sentence : end.start() if end else len(claim.reading)])
        found = [r for r in _rows_for(claim, before, rows, year, sentence) if year in r.cells and base in r.cells]
        if not points and changes.says_amount(claim):
            found = [r for r in found if r.cells[year].kind != "percent"]  # 用量 changed, not the share row of its noun
        labels = {r.label for r in found}
        if len(labels) != 1:
            continue  # no row, or several rows the sentence could mean
        row = found[0]
        if any(r.cells[year].value != row.cells[year].value or r.cells[base].value != row.cells[base].value for r in found):
            continue  # one label, two tables that disagree: the same-fact check reports that
        old, new = row.cells[base], row.cells[year]
        both_percent = old.kind == new.kind == "percent"
        got = _growth(old, new, points or False)
        if got is None or (points and not both_percent):
            continue
        sign = -1 if DOWN.search(claim.reading[: fig.start]) else 1
        low, high = sorted((fig.low * sign, fig.high * sign))
        if got[0] <= high and low <= got[2]:
            continue
        if reported is None:
            reported = {d.anchor for d in changes.prose_growth(report) if d.anchor is not None}
        if anchor(claim) in reported:
            continue  # N214/N219 already says it
        related = (Related(cell_location(report, row, base), f"{row.label}, {base}: {old.printed}"),
                   Related(cell_location(report, row, year), f"{row.label}, {year}: {new.printed}"))
        told = f"{'-' if sign < 0 else '+'}{fig.printed}"
        if not points and both_percent:
            diff = _growth(old, new, True)
            if diff is not None and diff[0] <= high and low <= diff[2]:
                yield Diagnostic("N219", Severity.ERROR,
                                 f"“{fig.printed}” is the difference of two percentages ({row.label}: {old.printed} → {new.printed}: "
                                 f"{_fmt(diff[1])} 个百分点), written as a percent (a relative change of {_fmt(got[1])}%)",
                                 locate(report, claim), hint=f"write {_fmt(abs(diff[1]), '0.01', '')}个百分点, or the relative change",
                                 related=related, anchor=anchor(claim))
                continue
        what = "个百分点" if points else "%"
        yield Diagnostic("N223", Severity.ERROR,
                         f"“{fig.printed}” change of “{row.label}”: {old.printed} ({base}) → {new.printed} ({year}) in the table is "
                         f"{_fmt(got[1])}{what}, the text says {told}",
                         locate(report, claim), hint="correct the change or the table cells it is computed from (growth = (new − old) / old)",
                         related=related, anchor=anchor(claim))
