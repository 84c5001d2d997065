"""Figure checks (N2xx): every figure agrees with the metric it states, wherever and however it is printed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from .. import facts as factmod
from ..diagnostics import Diagnostic, Location, Related, Severity
from ..facts import Facts, Match
from ..model import Report
from ..walk import metric_uses

_CACHE: dict[int, tuple[Report, Facts]] = {}


def facts_of(report: Report) -> Facts:
    """Facts are extracted once per report and shared by every rule."""
    hit = _CACHE.get(id(report))
    if hit is None or hit[0] is not report:
        _CACHE.clear()
        hit = (report, factmod.extract(report, wanted=factmod.for_checks))
        _CACHE[id(report)] = hit
    return hit[1]


def _where_metric(report: Report, match: Match) -> tuple[Related, ...]:
    """The metric's declaration and the places that print it by reference (table cells, charts...)."""
    metric = match.metric
    related = [Related(report.locate(metric.origin, "value"), f"`{metric.id}` = {metric.figure.printed if metric.figure else '?'} declared")]
    for use in metric_uses(report):
        if use.metric_id == metric.id and use.offset is None:
            related.append(Related(report.locate(use.origin), "printed by reference"))
    return tuple(related[:4])


def _rounds_into(value: Decimal, step: Decimal, fig_low: Decimal, fig_high: Decimal) -> bool:
    for mode in (ROUND_HALF_UP, ROUND_DOWN):
        rounded = (value / step).quantize(Decimal(1), rounding=mode) * step
        if fig_low <= rounded < fig_high:
            return True
    return False


def _variant(match: Match) -> bool:
    """The two agree once one is rounded or truncated to the other's printed precision."""
    fig, metric = match.occurrence.figure, match.metric.figure
    if fig.value is None or metric is None or metric.value is None:
        return False
    low, high = factmod.loose_interval(fig)
    if low < metric.high and metric.low < high:
        return True
    if _rounds_into(metric.value, fig.precision, fig.low, fig.high):
        return True
    return _rounds_into(fig.value, metric.precision, metric.low, metric.high)


def _describe(match: Match) -> str:
    fig, metric = match.occurrence.figure, match.metric
    how = "linked explicitly" if match.explicit else f"matched by unit, period and keywords, score {match.score:.1f}"
    return f"“{fig.printed}” states `{metric.id}` ({how}), which is {metric.figure.printed if metric.figure else '?'}"


def figure_conflict(report: Report) -> Iterator[Diagnostic]:
    """N201 (error), N202 (rounding variant, warning), N203 (approximation excludes the value, warning)."""
    for match in facts_of(report).matches:
        if match.agrees or match.metric.figure is None or not match.explicit:
            continue  # an unlinked figure is compared with every statement of its fact by N212 (checks/claims.py)
        occ = match.occurrence
        where = factmod.locate(report, occ)
        related = _where_metric(report, match)
        unlink = f"if it states another fact, write {{=none}} right after “{occ.figure.printed}”"
        if occ.figure.qualifier is not None:
            yield Diagnostic("N203", Severity.WARNING, f"approximate figure excludes the value: {_describe(match)}", where,
                             hint=f"correct the approximation or the metric; {unlink}", related=related, anchor=factmod.anchor(occ))
        elif _variant(match):
            yield Diagnostic("N202", Severity.WARNING, f"figure agrees only after rounding: {_describe(match)}", where,
                             hint=f"print the metric's precision, or reference it with {{m:{match.metric.id}}}", related=related, anchor=factmod.anchor(occ))
        else:
            yield Diagnostic("N201", Severity.ERROR, f"figure disagrees with its metric: {_describe(match)}", where,
                             hint=f"correct one of them; {unlink}", related=related, anchor=factmod.anchor(occ))


def metric_redeclared(report: Report) -> Iterator[Diagnostic]:
    """N204: the same metric id declared twice with values that disagree."""
    first: dict[str, tuple[str, str | None, Location]] = {}
    for decl in report.metric_decls:
        m = decl.metric
        where = report.locate(decl.origin, "value")
        if m.id not in first:
            first[m.id] = (m.value, m.unit, where)
            continue
        value, unit, at = first[m.id]
        if (value, unit) != (m.value, m.unit):
            yield Diagnostic("N204", Severity.ERROR, f"metric `{m.id}` is declared again as {m.value}{m.unit or ''}, first as {value}{unit or ''}",
                             where, hint="keep one declaration, or give the other figure its own id",
                             related=(Related(at, "first declared here"),))


def _day(text: str) -> tuple[int, int, int] | None:
    parts = text.strip().split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return int(parts[0]), int(parts[1]), int(parts[2])
    return None


def date_conflict(report: Report) -> Iterator[Diagnostic]:
    """N211: a figure's sentence dates it to days outside the metric's period (the same event, two dates)."""
    for match in facts_of(report).matches:
        bounds = [_day(p) for p in match.metric_period.split("/")] if match.metric_period else []
        if not bounds or any(b is None for b in bounds):
            continue
        start, end = bounds[0], bounds[-1]
        occ = match.occurrence
        days = [f.date for f in factmod.dated(occ.context) if f.kind == "date" and f.date and None not in f.date]
        if not days or any(start <= d <= end for d in days):  # type: ignore[operator]
            continue
        shown = ", ".join(f"{y}-{m:02d}-{d:02d}" for y, m, d in days)  # type: ignore[misc]
        yield Diagnostic("N211", Severity.WARNING,
                         f"“{occ.figure.printed}” is dated {shown} in its sentence, but `{match.metric.id}` is for {match.metric_period}",
                         factmod.locate(report, occ), hint="correct the date or the metric's period",
                         related=_where_metric(report, match), anchor=factmod.anchor(occ))
