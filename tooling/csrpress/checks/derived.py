"""Derived-figure checks: ratio and growth claims in prose (N205) and metric formulas (N206)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext

from .. import units
from ..claims.script import reading
from ..diagnostics import Diagnostic, Severity
from ..facts import Occurrence, anchor, locate
from ..model import Report
from .facts import facts_of

RATIO_OF = re.compile(r"((?:19|20)\d\d)\s*年?的\s*$")  # "达到2015年的2.4倍"
GROWTH = re.compile(r"(同比|较上年|比上年)?\s*(提高|增长|增加|提升|上涨|上升)了?\s*$")
YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
SERIES = re.compile(r"^(?P<stem>.+)\.(?P<year>(?:19|20)\d\d)$")


def _series(report: Report) -> dict[str, dict[int, Decimal]]:
    """Metrics whose ids end in a year, grouped by the rest of the id: a series to compute ratios from."""
    facts = facts_of(report)
    series: dict[str, dict[int, Decimal]] = {}
    for mid, metric in facts.metrics.items():
        found = SERIES.match(mid)
        if found and metric.figure is not None and metric.figure.value:
            series.setdefault(found["stem"], {})[int(found["year"])] = metric.figure.value
    return series


_ALIASES: dict[int, tuple[Report, dict[str, set[str]]]] = {}


def _series_aliases(report: Report) -> dict[str, set[str]]:
    """stem -> the zh aliases of its metrics, made once per report (it was made for every claim and stem)."""
    hit = _ALIASES.get(id(report))
    if hit is None or hit[0] is not report:
        by_stem: dict[str, set[str]] = {}
        for mid, m in facts_of(report).metrics.items():
            parts = mid.split(".")
            for k in range(1, len(parts)):
                by_stem.setdefault(".".join(parts[:k]), set()).update(m.aliases_zh)
        _ALIASES.clear()
        hit = _ALIASES[id(report)] = (report, by_stem)
    return hit[1]


def _subject(occ: Occurrence, report: Report, series: dict[str, dict[int, Decimal]]) -> str | None:
    """The series the claim is about: the one whose keywords the clause uses most."""
    by_stem = _series_aliases(report)
    best, hits = None, 0
    for stem in series:
        aliases = by_stem.get(stem, set())
        count = sum(1 for a in aliases if a in occ.clause)
        if count > hits:
            best, hits = stem, count
    return best


def _fmt(value: Decimal) -> str:
    try:
        return f"{value.quantize(Decimal('0.01'))}"
    except InvalidOperation:  # more than 28 digits before the point: print it in scientific notation
        return f"{value:.6E}"


def derived_claims(report: Report) -> Iterator[Diagnostic]:
    """N205: "达到2015年的2.4倍", "同比提高3.3倍", "同比增长51%" recomputed from the metrics they compare."""
    series = _series(report)
    if not series:
        return
    for occ in facts_of(report).occurrences:
        fig = occ.figure
        if occ.lang != "zh" or fig.kind not in ("multiple", "percent") or fig.value is None:
            continue
        clause_end = occ.clause.find(fig.printed)
        before = occ.clause[:clause_end] if clause_end >= 0 else ""
        ratio_of, growth = RATIO_OF.search(before), GROWTH.search(before)
        if not (ratio_of or growth) or (fig.kind == "percent" and not growth):
            continue
        stem = _subject(occ, report, series)
        if stem is None:
            continue
        years = [int(y) for y in YEAR.findall(occ.context)]
        if ratio_of:
            base = int(ratio_of.group(1))
            subject = next((y for y in years if y != base), base + 1)
        else:
            subject = years[0] if years else next(iter(occ.years), 0)  # the year the sentence is about
            base = subject - 1
        values = series[stem]
        if subject not in values or base not in values:
            continue
        ratio = values[subject] / values[base]
        where = locate(report, occ)
        claim = f"“{fig.printed}” compares `{stem}` {subject} with {base}: the metrics give ×{_fmt(ratio)}"
        if fig.kind == "percent":
            growth_pct = (ratio - 1) * 100
            if not fig.low <= growth_pct < fig.high:
                yield Diagnostic("N205", Severity.ERROR, f"{claim} (growth {_fmt(growth_pct)}%)", where,
                                 hint="correct the percentage or the figures it is computed from", anchor=anchor(occ))
            continue
        if ratio_of:
            if not fig.low <= ratio < fig.high:
                yield Diagnostic("N205", Severity.ERROR, claim, where, hint="correct the multiple or the figures it is computed from", anchor=anchor(occ))
        elif fig.low <= ratio - 1 < fig.high:
            continue
        elif fig.low <= ratio < fig.high:
            verb = before[growth.start(2):].strip()  # the writer's own word: 增长 is not 提高 (增长了, 提升 alike)
            yield Diagnostic("N205", Severity.WARNING, f"{claim}: “{verb}{fig.printed}” literally means ×{_fmt(fig.value + 1)}", where,
                             hint=f"write “是{base}年的{fig.printed}” (the ratio), or “{verb}{_fmt(ratio - 1)}倍” (the increase)", anchor=anchor(occ))
        else:
            yield Diagnostic("N205", Severity.ERROR, f"{claim} (increase ×{_fmt(ratio - 1)})", where,
                             hint="correct the multiple or the figures it is computed from", anchor=anchor(occ))


_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.Name, ast.Constant, ast.Load)
_TOKEN = re.compile(r"\s*([()+*/-]|[a-z0-9][a-z0-9_.-]*[a-z0-9_]|\d+(?:\.\d+)?)")
MAX_FORMULA_TOKENS = 400  # about 200 terms: a longer formula is a sum to compute in a spreadsheet, and nesting costs recursion


def evaluate_formula(formula: str, values: dict[str, Decimal]) -> Decimal | str:
    """A formula of metric ids, numbers and + - * / ( ) -> its Decimal value, or a message saying what is wrong."""
    names: dict[str, Decimal] = {}
    parts: list[str] = []
    pos = 0
    while pos < len(formula.rstrip()):
        token = _TOKEN.match(formula, pos)
        if token is None:
            return f"cannot read the formula at “{formula[pos:].strip()}”"
        text = token.group(1)
        pos = token.end()
        if len(parts) >= MAX_FORMULA_TOKENS:
            return f"the formula is longer than {MAX_FORMULA_TOKENS // 2} terms"
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            names[f"n{len(names)}"] = Decimal(text)
            parts.append(f"n{len(names) - 1}")
        elif text in "()+-*/":
            parts.append(text)
        elif text in values:
            names[f"n{len(names)}"] = values[text]
            parts.append(f"n{len(names) - 1}")
        else:
            return f"unknown metric `{text}` in the formula"
    try:
        tree = ast.parse(" ".join(parts), mode="eval")
    except SyntaxError:
        return "the formula is not a well-formed expression"
    if not all(isinstance(node, _ALLOWED) for node in ast.walk(tree)):
        return "only + - * / and parentheses are allowed"

    def run(node: ast.AST) -> Decimal:
        if isinstance(node, ast.Expression):
            return run(node.body)
        if isinstance(node, ast.Name):
            return names[node.id]
        if isinstance(node, ast.UnaryOp):
            return -run(node.operand)
        assert isinstance(node, ast.BinOp)
        left, right = run(node.left), run(node.right)
        ops = {ast.Add: left + right, ast.Sub: left - right, ast.Mult: left * right}
        return ops[type(node.op)] if type(node.op) in ops else left / right

    try:
        with localcontext(Context(prec=60, Emax=10**6, Emin=-10**6)):  # exact enough for any printed figure
            return +run(tree)
    except (DivisionByZero, ZeroDivisionError):
        return "the formula divides by zero"
    except Overflow:
        return "the formula's result is too large to compute"
    except (InvalidOperation, RecursionError):
        return "the formula cannot be computed (a division 0/0, or nested too deep)"


def formulas(report: Report) -> Iterator[Diagnostic]:
    """N206: a metric that declares a formula must equal it, within the metric's printed precision."""
    facts = facts_of(report)
    values = {mid: m.figure.value for mid, m in facts.metrics.items() if m.figure is not None and m.figure.value is not None}
    for decl in report.metric_decls:
        metric = decl.metric
        if not metric.formula:
            continue
        where = report.locate(decl.origin, "formula")
        result = evaluate_formula(metric.formula, values)
        own = facts.metrics[metric.id].figure
        if isinstance(result, str):
            yield Diagnostic("N206", Severity.ERROR, f"formula of `{metric.id}`: {result}", where,
                             hint="write metric ids and numbers separated by + - * / ( ), e.g. a.2016 / a.2015")
        elif own is not None and not own.low <= result < own.high:
            yield Diagnostic("N206", Severity.ERROR, f"`{metric.id}` is {metric.value} but its formula gives {_fmt(result)}", where,
                             hint="correct the value or the figures in the formula")


SHARE = re.compile(r"占\S{0,12}?的?\s*$")


def _base(fig) -> str:
    unit = units.UNITS.get(fig.unit or "")
    return unit.base if unit is not None else ""


def share_claims(report: Report) -> Iterator[Diagnostic]:
    """N205 too: "A占B的N%" recomputed from the two metrics the sentence states (part / whole)."""
    facts = facts_of(report)
    by_sentence: dict[tuple[str, tuple[str | int, ...], str], list[Decimal]] = {}
    for match in facts.matches:
        occ = match.occurrence
        # a part and a whole are counted in one unit, never percentages: the share's own figure (可再生能源电力占比22.4%,
        # matched to its metric) is neither
        figure = match.metric.figure
        if match.agrees and figure is not None and figure.value and figure.kind != "percent":
            by_sentence.setdefault((occ.origin.file, occ.origin.path, occ.context), []).append((figure.value, _base(figure)))
    for occ in facts.occurrences:
        fig = occ.figure
        if occ.lang != "zh" or fig.kind != "percent" or fig.value is None:
            continue
        before = occ.context[: max(0, occ.context.find(fig.printed))]
        found = set(by_sentence.get((occ.origin.file, occ.origin.path, occ.context), []))
        if not SHARE.search(reading(before)) or len(found) != 2 or len({base for _, base in found}) != 1:
            continue
        values = sorted(value for value, _ in found)
        share = values[0] / values[1] * 100
        if not fig.low <= share < fig.high:
            yield Diagnostic("N205", Severity.ERROR, f"“{fig.printed}” is the share of {values[0].normalize():f} in {values[1].normalize():f}, "
                             f"which is {_fmt(share)}%", locate(report, occ), hint="correct the share or the figures", anchor=anchor(occ))
