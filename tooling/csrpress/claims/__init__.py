"""The figure engine: every figure of a report as a claim (extract), how two figures relate
(relate), and which claims state the same fact (group). Rules on top of it live in checks/claims.py."""

from __future__ import annotations


from ..model import Report
from .extract import Claim, extract

__all__ = ["Claim", "claims_of"]

_CACHE: dict[int, tuple[Report, tuple[Claim, ...]]] = {}


def claims_of(report: Report) -> tuple[Claim, ...]:
    """Claims are extracted once per report and shared by every rule."""
    hit = _CACHE.get(id(report))
    if hit is None or hit[0] is not report:
        _CACHE.clear()
        hit = _CACHE[id(report)] = (report, tuple(extract(report)))
    return hit[1]
