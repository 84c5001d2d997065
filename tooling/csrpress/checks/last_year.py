"""N201: last year's value of a series printed as this year's ("全集团共有5,326名学生获得奖助学金" in a 2024 report
whose table gives 受惠学生人数 5,326 for 2023 and 5,912 for 2024).

A sentence carried over from last year's report keeps last year's figure. Its subject may be written more loosely
than the table's label, so the same-fact check, which weighs the words alone, may not call the two one fact; the
digits say more: the figure is, digit for digit, the year before's value of the series its subject names, while
the report year's value differs. Only figures of three significant digits or more (a coincidence of 12 and 12 says
nothing), dated the report year, whose counted noun the series names (claims/group.py count_other_things).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..claims import Claim, zh_claims
from ..claims.extract import anchor, locate, report_years, shown
from ..claims.group import count_other_things, similarity, weights_of
from ..claims.relate import AGREE, _digits, relation
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from .changes import _series
from .claims import FLOOR, conflicts

DIGITS = 3  # significant digits a figure needs before its equality with last year's value is evidence


def _exactly(a: Claim, b: Claim) -> bool:
    """The same value printed to the same precision (5,326 and 5,326; not 5,300 for 5,326)."""
    return relation(a.figure, b.figure) == AGREE and a.figure.value == b.figure.value and a.figure.precision == b.figure.precision


def last_years_value(report: Report) -> Iterator[Diagnostic]:
    years = report_years(report)
    if not years:
        return
    year = max(years)
    claims = zh_claims(report)
    series = _series(claims, year)
    if not series:
        return
    weights = weights_of(claims)
    flagged = {id(c) for pair in conflicts(report) for c in pair[:2]}  # the same-fact check has said it already
    for claim in claims:
        fig = claim.figure
        if claim.scalar is None or claim.role != "plain" or fig.qualifier is not None or fig.value is None \
                or claim.years != {year} or id(claim) in flagged:
            continue
        da, _ = _digits(fig.value, fig.value)
        if len(da.rstrip("0")) < DIGITS:  # 5,300 repeated is a round number, 5,326 a figure
            continue
        found = [(old, new) for old, new in series if old.base == claim.base and _exactly(claim, old)
                 and relation(claim.figure, new.figure) != AGREE and claim.words & new.words
                 and not count_other_things(claim, new) and similarity(claim, new, weights) >= FLOOR]
        if len(found) != 1:
            continue  # none, or several series whose last year's value it is: no telling which
        old, new = found[0]
        if any(_exactly(claim, c) for c in claims if c is not claim and c is not old and c.years == {year} and c.metric_id):
            continue  # a metric of the year states it too: the figure may be that one's
        yield Diagnostic("N201", Severity.ERROR,
                         f"figure disagrees with its metric: “{shown(claim)}” states `{new.metric_id}`, which is {shown(new)}; "
                         f"{shown(claim)} is `{old.metric_id}`, the year before's value (carried over from last year's report?)",
                         locate(report, claim), hint=f"write this year's figure ({shown(new)}), or name the year the figure is for",
                         related=(Related(locate(report, new), f"`{new.metric_id}` states it as {shown(new)}"),
                                  Related(locate(report, old), f"`{old.metric_id}`, the year before, is {shown(old)}")),
                         anchor=anchor(claim))
