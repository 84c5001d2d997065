"""A table block -> how it prints: column widths from its content, figure columns right-aligned on the
decimal point, and the unit line.

Widths. WeasyPrint's automatic table layout (CSS 2.1, 17.5.2.2) may wrap a Chinese label after any
character when a row is crowded: labels of a few characters broke into 3-5 lines beside short figures.
Here each column's natural width (its longest cell on one line) and its minimum width (a short cell
whole: a label or a figure never wraps; else the longest word) are estimated from the text (a Han
character 1 em, another ~0.55 em), and the columns get fixed widths between those bounds: natural widths
when they fit (the spare room shared in proportion); else the short columns keep theirs and the text
columns share the rest in proportion to their natural widths, so that they wrap to about as many lines
(rows of even height), none below its minimum. The table is then laid out with
`table-layout: fixed`, which also spares WeasyPrint measuring every cell twice.

Figures. A column whose body cells are mostly figures (metrics, or text that reads as one number) is
right-aligned, header included, with tabular digits. Within such a column, figures printed with the
same words after them ("million", "亿", none) are padded after with figure spaces to the most decimals
among them, so that their decimal points line up; figures of different units are only right-aligned.

Unit line. A table whose figures are all printed bare with one unit (`{m: id, bare: true}`) says
that unit once, above the table ("单位：元", "Unit: RMB"); a table's own `unit:` is printed instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from markupsafe import Markup

from .. import i18n, numbers, schema, units
from . import design
from .figures import metric_text

if TYPE_CHECKING:
    from .html import Edition

#: The text column in table ems (8.5 pt type in a 172 mm column, A4 less the margins) and a cell's side padding.
TABLE_EM = 57.0
CELL_PAD_EM = 1.35
SHORT_EM = 9.0          # a cell this wide or less never wraps
CJK_MIN_EM = 6.0        # the narrowest a long Chinese cell is set
NARROW_MIN = 0.45       # a label-and-figure table is never narrower than this share of the column
NARROW_GAP_EM = 3.0     # the air between its labels and figures
HEADER_BOLD = 1.1       # bold header text runs wider
FIGURE_SPACE, PUNCTUATION_SPACE = "\u2007", "\u2008"
_NUMBER = re.compile(r"^(.*?)(\d[\d,]*)(?:\.(\d+))?([^\d]*)$")


_NARROW, _SEMI, _WIDE = frozenset("iljt.,:;'!|()[]/-\u2005"), frozenset("frI "), frozenset("mwMW%")


def text_em(text: str) -> float:
    """Estimated width of one line of `text` in ems of its own size (Noto's proportions: a Han character
    1 em, narrow Latin letters and punctuation ~0.3, most lower-case letters and digits ~0.52)."""
    def em(ch: str) -> float:
        if unicodedata.east_asian_width(ch) in "WF":
            return 1.0
        if ch in _NARROW:
            return 0.3
        if ch in _SEMI:
            return 0.36
        if ch in _WIDE:
            return 0.85
        return 0.65 if ch.isupper() else 0.53
    return sum(em(ch) for ch in text)


def min_em(text: str) -> float:
    """The narrowest a cell of `text` should be set: whole when short, else its longest word."""
    width = text_em(text)
    if width <= SHORT_EM:
        return width
    words = text.split()
    longest = max((text_em(word) for word in words), default=0.0)
    if any(unicodedata.east_asian_width(ch) in "WF" for ch in text):
        return max(min(longest, SHORT_EM), CJK_MIN_EM)
    return min(longest, SHORT_EM * 1.5)


def widths(natural: list[float], minimum: list[float], total: float = TABLE_EM) -> list[float]:
    """Column widths in percent of the table from each column's natural and minimum widths (ems, padding
    included), shared out like CSS's automatic table layout."""
    if not natural:
        return []
    minimum = [min(lo, hi) for lo, hi in zip(minimum, natural, strict=True)]
    if sum(natural) <= total:
        spare = total - sum(natural)
        chosen = [w + spare * w / sum(natural) for w in natural]
    elif sum(minimum) >= total:
        chosen = [w * total / sum(minimum) for w in minimum]
    else:
        # Short columns (minimum = natural) keep their width; the text columns share the rest in proportion
        # to their natural widths, so that their cells wrap to about as many lines (rows of even height),
        # none below its minimum.
        pinned = {j: hi for j, (lo, hi) in enumerate(zip(minimum, natural, strict=True)) if lo >= hi}
        while True:   # a text column whose share falls below its minimum is pinned there, the others share again
            room = total - sum(pinned.values())
            free = [j for j in range(len(natural)) if j not in pinned]
            flexible = sum(natural[j] for j in free)
            short = [j for j in free if room * natural[j] / flexible < minimum[j]]
            if not short:
                break
            pinned.update((j, minimum[j]) for j in short)
        chosen = [pinned[j] if j in pinned else room * natural[j] / flexible for j in range(len(natural))]
    scale = 100 / sum(chosen)
    return [round(w * scale, 2) for w in chosen]


@dataclass(frozen=True, slots=True)
class Cell:
    html: Markup
    classes: str


@dataclass(frozen=True, slots=True)
class Layout:
    widths: tuple[float, ...]     # percent of the table, one per column
    numeric: tuple[bool, ...]     # per column: right-aligned figures
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    unit: str                     # the unit line ("" for none)
    width: float = 100.0          # percent of the text column: less for a table of labels and one figure column


def _plain(cell: schema.Cell, edition: Edition) -> str:
    if isinstance(cell, schema.MetricRef):
        metric = edition.metrics.get(cell.m)
        return metric_text(metric, edition.lang, cell.bare) if metric else cell.m
    if isinstance(cell, schema.Text):
        return edition.plain(cell)
    return str(cell)


def _is_figure(cell: schema.Cell, text: str) -> bool:
    if isinstance(cell, schema.MetricRef):
        return True
    return bool(text.strip()) and numbers.parse_figure(text.strip()) is not None


def _padding(texts: list[str]) -> list[str]:
    """Per figure text, the spaces after it that line its decimal point up with the others of its unit."""
    parsed = [_NUMBER.match(t.strip()) for t in texts]
    most: dict[str, int] = {}
    for m in parsed:
        if m:
            suffix = m.group(4).strip()
            most[suffix] = max(most.get(suffix, 0), len(m.group(3) or ""))
    pads = []
    for m in parsed:
        if not m or not most.get(m.group(4).strip()):
            pads.append("")
            continue
        want, have = most[m.group(4).strip()], len(m.group(3) or "")
        pads.append(FIGURE_SPACE * (want - have) if have else PUNCTUATION_SPACE + FIGURE_SPACE * want)
    return pads


def unit_line(table: schema.Table, edition: Edition) -> str:
    """The table's unit line: its own `unit`, else the one unit of all its bare figures, else ""."""
    label = i18n.ui("unit", edition.lang)
    if table.unit is not None:
        return label + edition.plain(table.unit)
    refs = [c for row in table.rows for c in row if isinstance(c, schema.MetricRef)]
    if not refs or not all(c.bare for c in refs):
        return ""
    found = {(edition.metrics[c.m].unit or "") if c.m in edition.metrics else "?" for c in refs}
    if len(found) != 1 or not next(iter(found)) or "?" in found:
        return ""
    unit = units.lookup_unit(next(iter(found)))
    if unit is None:
        return ""
    base = units.UNITS[unit.base]
    if edition.lang == "en":
        name = units.CURRENCY_CODES.get(base.id, base.en_plural)
        return label + name if name else ""
    return label + base.zh


def layout(table: schema.Table, edition: Edition) -> Layout:
    columns = max([len(table.header)] + [len(row) for row in table.rows])
    body_texts = [[_plain(c, edition) for c in row] for row in table.rows]
    head_texts = [_plain(c, edition) for c in table.header]
    numeric = []
    for j in range(columns):
        cells = [(row[j], body_texts[i][j]) for i, row in enumerate(table.rows) if j < len(row) and body_texts[i][j].strip()]
        figures = sum(_is_figure(cell, text) for cell, text in cells)
        numeric.append(j > 0 and bool(cells) and figures * 2 >= len(cells))   # the first column labels the rows
    natural, minimum = [], []
    for j in range(columns):
        texts = [row[j] for row in body_texts if j < len(row)]
        head = [head_texts[j]] if j < len(head_texts) else []
        body = HEADER_BOLD if j == 0 else 1.0   # the first column's cells are row headers, set bold
        natural.append(max([text_em(t) * body for t in texts] + [text_em(t) * HEADER_BOLD for t in head] + [1.0]) + CELL_PAD_EM)
        minimum.append(max([min_em(t) * body for t in texts] + [min_em(t) * HEADER_BOLD for t in head] + [1.0]) + CELL_PAD_EM)
    pads: dict[tuple[int, int], str] = {}
    for j in range(columns):
        if not numeric[j]:
            continue
        where = [(i, body_texts[i][j]) for i, row in enumerate(table.rows) if j < len(row) and _is_figure(row[j], body_texts[i][j])]
        for (i, _), pad in zip(where, _padding([t for _, t in where]), strict=True):
            pads[(i, j)] = pad

    def cell(c: schema.Cell, j: int, pad: str = "", figure: bool = False) -> Cell:
        html = edition.cell(c)
        if pad:
            html = Markup('{}<span class="decimal-pad">{}</span>').format(html, pad)
        classes = " ".join(name for name, on in (("num", numeric[j]), ("figure", figure)) if on)
        return Cell(html, classes)

    header = tuple(cell(c, j) for j, c in enumerate(table.header))
    rows = tuple(tuple(cell(c, j, pads.get((i, j), ""), numeric[j] and _is_figure(c, body_texts[i][j]))
                       for j, c in enumerate(row)) for i, row in enumerate(table.rows))
    column = design.design(edition.report.manifest).text_width_mm   # 172 mm on A4, less on 16开
    total = TABLE_EM * column / 172
    share = narrow_share(natural, numeric, total)
    if share < 100.0:
        # Labels and one figure column: as wide as its content (plus a gap), so each figure sits near its label.
        natural = [natural[0] + NARROW_GAP_EM, natural[1]]
        return Layout(tuple(widths(natural, natural, sum(natural))), tuple(numeric), header, rows, unit_line(table, edition), share)
    return Layout(tuple(widths(natural, minimum, total)), tuple(numeric), header, rows, unit_line(table, edition))


def narrow_share(natural: list[float], numeric: list[bool], total: float) -> float:
    """The width of a table of a label column and one figure column, in percent of the text column: its
    content's natural width with a gap, at least NARROW_MIN; 100 for any other table, or one whose labels
    would have to wrap anyway."""
    if len(natural) != 2 or not numeric[1]:
        return 100.0
    need = sum(natural) + NARROW_GAP_EM
    if need >= total * 0.9:
        return 100.0
    return round(max(need / total, NARROW_MIN) * 100, 1)


def source_line(source: schema.Text | None, edition: Edition) -> Markup:
    """"资料来源：…" / "Source: …" under a table or chart; empty without a source."""
    if source is None:
        return Markup("")
    return Markup('<div class="source">{}{}</div>').format(i18n.ui("source", edition.lang), edition.inline(source))
