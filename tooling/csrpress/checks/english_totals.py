"""English sums and averages recomputed within their sentence (issue 14): "3 tonnes and 4 tonnes, 8 tonnes
in total" (N220) and "312 volunteers served 6,240 hours, 25 hours on average" (N221), read the way
shares.py and averages.py read the Chinese. Only the sentence's own figures are used: an English sum or
average whose parts or count are stated elsewhere is left to the Chinese rules, which find them by subject.
A finding the string's Chinese already gives for the same figure is not repeated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from .. import numbers
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from .english import CLAUSE, Context, contexts, convert

TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|in\s+all|altogether|all\s+told|combined)\b", re.IGNORECASE)
TOTAL_BEFORE = re.compile(r"(?:\ba\s+total\s+of|\btotall?(?:ing|ed)|\badd(?:ing|ed)?\s+up\s+to|\bcame\s+to|\bamount(?:ing|ed)\s+to|\bsumm?ing\s+to)\s*$",
                          re.IGNORECASE)
# "of which", "including", "such as": the figures that follow are some parts, not all of them
SOME_PARTS = re.compile(r"\b(?:of\s+which|including|includes|included|such\s+as|among\s+(?:them|which)|mainly|chiefly|e\.g\.)", re.IGNORECASE)
PER_HEAD = re.compile(r"\s*(?:per\s+(?:head|capita|person|employee|participant|volunteer|member|staff)|each|on\s+average|apiece)\b", re.IGNORECASE)
AVERAGE_BEFORE = re.compile(r"(?:\ban\s+average\s+of|\baverag(?:ing|ed)|\baverage\s+(?:of\s+)?)\s*$", re.IGNORECASE)


def _rounding(fig: numbers.Figure) -> Decimal:
    """Half the last printed digit's worth, when the figure may be rounded: decimals, a scale word, or
    zeros closing a translated integer (170,500 t for 17.05万吨); a small plain integer is exact."""
    if fig.qualifier is not None:
        return fig.precision / 2
    token = re.search(r"\d[\d,]*(?:\.\d+)?", fig.printed)
    digits = token.group(0).replace(",", "") if token else ""
    if "." in fig.printed or re.search(r"(?:thousand|million|billion|trillion)", fig.printed, re.IGNORECASE):
        return fig.precision / 2
    zeros = len(digits) - len(digits.rstrip("0"))
    return (fig.precision * Decimal(10) ** zeros) / 2 if zeros and digits.strip("0") else Decimal(0)


def _number(fig: numbers.Figure) -> bool:
    return fig.kind == "number" and fig.value is not None and fig.unit != "percentage_point"


def english_sums(report: Report) -> Iterator[Diagnostic]:
    """N220: "Scope 1 emissions were 3 tonnes and Scope 2 4 tonnes, 8 tonnes in all": the figures of the
    total's unit before it in its sentence add up to it, within their printed rounding."""
    if "en" not in report.manifest.editions:
        return
    for ctx in contexts(report):
        for start, end in ctx.sentences:
            for k, total in enumerate(ctx.figs):
                if not (start <= total.start < end) or not _number(total) or total.unit is None or total.qualifier is not None:
                    continue
                if not (TOTAL_AFTER.match(ctx.text, total.end) or TOTAL_BEFORE.search(ctx.text, max(start, total.start - 20), total.start)):
                    continue
                parts = []
                for part in reversed(ctx.figs[:k]):
                    if part.start < start or part.kind == "date":
                        break
                    if not _number(part) or part.unit is None:
                        continue  # "Scope 1": a label's number, not a part
                    converted = convert(part, total)
                    if converted is None or part.qualifier is not None:
                        break  # another kind of quantity, or an approximate part: not a list of this total's parts
                    parts.append(part)
                parts.reverse()
                if len(parts) < 2 or SOME_PARTS.search(ctx.text, parts[0].start, total.start):
                    continue
                yield from _sum(ctx, total, parts)


def _sum(ctx: Context, total: numbers.Figure, parts: list[numbers.Figure]) -> Iterator[Diagnostic]:
    values = [convert(p, total) for p in parts]
    if any(v is None or v.value is None for v in values) or total.value is None:
        return
    added = sum((v.value for v in values if v is not None and v.value is not None), Decimal(0))
    slack = sum((_rounding(p) * (v.value / p.value if p.value else 1) for p, v in zip(parts, values) if v is not None and v.value is not None),
                Decimal(0)) + _rounding(total)
    if abs(added - total.value) <= slack or ctx.reported_in_chinese(total):
        return
    yield Diagnostic("N220", Severity.ERROR,
                     f"English total “{total.printed}”: {' + '.join(p.printed for p in parts)} = {numbers.format_figure(_as(total, added), 'en')}",
                     ctx.at(total), hint="correct the total or a part; if it has parts not named, say so (including, of which)",
                     related=tuple(Related(ctx.at(p), f"a part, {p.printed}") for p in parts), anchor=ctx.mark(total))


def _as(like: numbers.Figure, value: Decimal) -> numbers.Figure:
    return replace(like, value=value, low=value, high=value, qualifier=None)


def english_averages(report: Report) -> Iterator[Diagnostic]:
    """N221: "312 volunteers served 6,240 hours, 25 hours on average": the average is the sentence's total
    of its unit divided by its one count."""
    if "en" not in report.manifest.editions:
        return
    for ctx in contexts(report):
        for start, end in ctx.sentences:
            here = [f for f in ctx.figs if start <= f.start < end]
            for avg in here:
                if not _number(avg) or avg.unit is None or avg.qualifier is not None or not avg.value:
                    continue
                if not (PER_HEAD.match(ctx.text, avg.end) or AVERAGE_BEFORE.search(ctx.text, max(start, avg.start - 20), avg.start)):
                    continue
                totals = [f for f in here if f is not avg and _number(f) and f.unit is not None and f.value and f.end <= avg.start
                          and convert(f, avg) is not None and not PER_HEAD.match(ctx.text, f.end) and f.qualifier is None]
                counts = [f for f in here if f is not avg and _number(f) and f.unit is None and f.value and f.qualifier is None
                          and f.value == f.value.to_integral_value() and f.end <= avg.start]
                if len(totals) != 1 or len(counts) != 1:
                    continue  # which figures are divided is not plain
                total, count = totals[0], counts[0]
                if CLAUSE.search(ctx.text, min(total.end, count.end), max(total.start, count.start)) and total.start < count.start:
                    continue  # "6,240 hours, 312 …": the count must name who the total is of, before it
                converted = convert(total, avg)
                if converted is None or converted.value is None:
                    continue
                low, high = converted.low / count.value, converted.high / count.value
                got = converted.value / count.value
                half = _rounding(avg) or avg.precision / 2
                if low - half <= avg.value <= high + half or ctx.reported_in_chinese(avg):
                    continue
                yield Diagnostic("N221", Severity.ERROR,
                                 f"English average “{avg.printed}”: {total.printed} / {count.printed} = {format(got.quantize(Decimal('0.01')).normalize(), 'f')}",
                                 ctx.at(avg), hint="correct the average, the total or the count it is computed from",
                                 related=(Related(ctx.at(total), f"the total, {total.printed}"), Related(ctx.at(count), f"the count, {count.printed}")),
                                 anchor=ctx.mark(avg))
