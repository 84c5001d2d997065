"""A figure as a share of its limit (N217): "颗粒物排放均值3.2mg/Nm³，仅为国家标准限值的8%" recomputed from the limit
the report's table gives for the same pollutant.

Reports of emissions print a measured value and, in words, how far below its limit it is ("仅为国家标准限值的8%",
"为排放限值的16%"); the limit itself stands in a table column headed by the same words (国家标准限值) on the row of
that pollutant, its unit in the row label's brackets ("颗粒物（mg/Nm³）"). The share is the value over that limit.
Only a limit found one way: one column whose header names every word the share gives the limit, one row whose
label names the value's subject, in the value's unit; otherwise nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .. import numbers, schema, units
from ..claims import Claim, zh_claims
from ..claims.extract import UNIT_NOTE, anchor, by_sentence, locate, shown
from ..claims.script import reading
from ..claims.subject import content_words
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, all_blocks

# "仅为国家标准限值的8%", "约为排放限值的16%", "相当于标准限值的1/5" (only a percentage here): the words naming the limit
# end in one of its nouns, right before 的 and the share
OF_LIMIT = re.compile(r"(?:仅为|约为|只占|相当于|只有|不到|低于|为|是|约|仅|占)\s*([^，。；、：:%\d]{0,10}?(?:限值|限额|标准值|上限))\s*的\s*$")
HUNDRED = Decimal(100)


def _limits(report: Report) -> list[tuple[frozenset[str], frozenset[str], numbers.Figure, object, tuple]]:
    """(header words, row words, limit figure, block, (row, column)) of every plain cell of a table whose column
    header names a limit and whose row label gives the cell's unit in brackets (颗粒物（mg/Nm³） | 20)."""
    found = []
    for _, _, block in all_blocks(report):
        if block.kind != "table":
            continue
        header = block.data.header
        for c, head in enumerate(header):
            label = reading(head.zh or "") if isinstance(head, schema.Text) else reading(head) if isinstance(head, str) else ""
            if not re.search(r"限值|限额|标准值|上限", label):
                continue
            for r, row in enumerate(block.data.rows):
                if c >= len(row) or not row or not isinstance(row[c], str) or not isinstance(row[0], schema.Text):
                    continue
                name = reading(row[0].zh or "")
                note = UNIT_NOTE.search(name)
                unit = units.lookup_unit(note.group(1).strip()) if note else None
                fig = numbers.parse_figure(reading(row[c]).strip() + note.group(1).strip()) if unit else None
                if fig is None or fig.value is None or not fig.value or fig.qualifier is not None:
                    continue
                found.append((content_words(label), content_words(UNIT_NOTE.sub(" ", name)), fig, block, (r, c)))
    return found


def share_of_limit(report: Report) -> Iterator[Diagnostic]:
    """N217: a value's share of its limit (…，仅为国家标准限值的8%) against the limit its table gives."""
    limits = None
    for here in by_sentence(zh_claims(report)).values():
        here = sorted(here, key=lambda c: c.figure.start)
        for k, share in enumerate(here):
            fig = share.figure
            if k < 1 or fig.kind != "percent" or fig.value is None or not fig.value or share.reading is None:
                continue
            named = OF_LIMIT.search(share.reading, max(share.sentence, fig.start - 24), fig.start)
            if named is None:
                continue
            value = here[k - 1]  # the measured value the share is of: the figure right before it
            if value.role != "plain" or value.figure.value is None or value.figure.qualifier is not None or not value.figure.unit:
                continue
            if re.search(r"[。；;]", share.reading[value.figure.end : fig.start]):
                continue
            if limits is None:
                limits = _limits(report)
            wanted = content_words(named.group(1))
            fits = [(f, block, at) for head, row, f, block, at in limits
                    if wanted and wanted <= head and row and row <= value.words and f.unit == value.figure.unit]
            if len(fits) != 1:
                continue  # no limit, or several rows or columns it could be: which one the writer meant is unknown
            limit, block, (r, c) = fits[0]
            ratio = value.figure.value / limit.value * HUNDRED
            if fig.low <= ratio <= fig.high or abs(ratio - fig.value) <= fig.precision / 2:
                continue
            where = report.locate(block.origin, "rows", r, c)
            yield Diagnostic("N217", Severity.ERROR,
                             f"share “{fig.printed}” of {named.group(1).strip()}: {shown(value)} / {limit.printed} = "
                             f"{ratio.quantize(Decimal('0.1'))}%, the limit as the table gives it",
                             locate(report, share), hint="correct the share, the value or the limit in the table",
                             related=(Related(locate(report, value), f"the value, {shown(value)}"),
                                      Related(where, f"the limit, {limit.printed}")),
                             anchor=anchor(share))
