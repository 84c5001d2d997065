"""Where an ESG index answer says its figure is reported: the chapters and sections its item refers to (`refs`).

An index answer ("员工总数12,468人", refs: [employment]) is a pointer: the reader turns to the section it names to
find the figure. When the answer's figure disagrees with its fact, the statements of that section are the ones
to name beside it, before those of other chapters (a letter, the highlights) that state the fact too.
"""

from __future__ import annotations

from ..model import Origin, Report, all_blocks
from ..walk import metric_uses


def _inside(origin: Origin, container: Origin) -> bool:
    return origin.file == container.file and origin.path[: len(container.path)] == container.path


def _index_item(report: Report, origin: Origin):
    """The ESG index item whose answer holds `origin`, or None."""
    for _, _, block in all_blocks(report):
        if block.kind == "esg_index" and _inside(origin, block.origin):
            rest = origin.path[len(block.origin.path) :]
            if len(rest) >= 2 and rest[0] == "items" and isinstance(rest[1], int) and rest[1] < len(block.data.items):
                return block.data.items[rest[1]]
    return None


def referenced(report: Report, claim) -> tuple[Origin, ...]:
    """The chapters and sections the index item of `claim` refers to; () for a claim outside an index or an item
    without refs."""
    if claim.block != "esg_index" or claim.scalar is None:
        return ()
    item = _index_item(report, claim.origin)
    if item is None or not item.refs:
        return ()
    wanted = set(item.refs)
    places = [ch.origin for ch in report.chapters if ch.id in wanted]
    places += [sec.origin for _, sec in report.sections() if sec.id in wanted]
    return tuple(places)


_PLACES: dict[int, tuple[Report, dict[str, tuple[Origin, ...]]]] = {}


def _places_of(report: Report) -> dict[str, tuple[Origin, ...]]:
    """Every place a metric stands: its declaration and each reference that prints it. Built once per report."""
    hit = _PLACES.get(id(report))
    if hit is None or hit[0] is not report:
        places: dict[str, list[Origin]] = {}
        for mid, decl in report.metrics.items():
            places.setdefault(mid, []).append(decl.origin)
        for use in metric_uses(report):
            places.setdefault(use.metric_id, []).append(use.origin)
        _PLACES.clear()
        hit = _PLACES[id(report)] = (report, {k: tuple(v) for k, v in places.items()})
    return hit[1]


def stated_in(report: Report, claim, where: tuple[Origin, ...]) -> bool:
    """Whether `claim` stands in one of the chapters or sections `where` (a metric: where it is declared or printed)."""
    if not where:
        return False
    origins = _places_of(report).get(claim.metric_id, ()) if claim.metric_id else (claim.origin,)
    return any(_inside(o, w) for o in origins for w in where)
