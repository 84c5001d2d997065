"""The figure engine: every figure of a report as a claim (extract), how two figures relate
(relate), and which claims state the same fact (group). Rules on top of it live in checks/claims.py."""

from __future__ import annotations


from ..model import Report
from .extract import Claim, extract

__all__ = ["Claim", "claims_of", "zh_claims"]

_CACHE: dict[int, tuple[Report, tuple[Claim, ...]]] = {}
_ZH: dict[int, tuple[Report, list[Claim]]] = {}


def claims_of(report: Report) -> tuple[Claim, ...]:
    """Claims are extracted once per report and shared by every rule."""
    hit = _CACHE.get(id(report))
    if hit is None or hit[0] is not report:
        _CACHE.clear()
        hit = _CACHE[id(report)] = (report, tuple(extract(report)))
    return hit[1]


def zh_claims(report: Report) -> list[Claim]:
    """The Chinese claims of the report in reading order: one list per report, shared by every rule that reads them
    (never changed by one), so that what rules index once per claim list (extract.by_sentence, group.weights_of,
    the pools of checks/changes.py and checks/shares.py) is built once per run, not once per rule: each of them
    cost a quarter of a second on a 1,000-chapter report, a dozen times over."""
    hit = _ZH.get(id(report))
    if hit is None or hit[0] is not report:
        _ZH.clear()
        hit = _ZH[id(report)] = (report, [c for c in claims_of(report) if c.lang == "zh"])
    return hit[1]
