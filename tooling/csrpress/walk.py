"""model.Report -> every bilingual string and every metric reference in it, each with its origin."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import markup, schema
from .model import Origin, Report
from .records import Record


@dataclass(frozen=True, slots=True)
class TextUse:
    text: schema.Text
    origin: Origin  # points at the {zh, en} mapping


@dataclass(frozen=True, slots=True)
class MetricUse:
    metric_id: str
    origin: Origin  # the YAML node holding the reference
    offset: int | None = None  # offset inside a text scalar for `{m:id}` in prose
    scalar: str | None = None  # that scalar's text, to turn the offset into a line and column


def _walk(value: Any, origin: Origin) -> Iterator[tuple[Any, Origin]]:
    yield value, origin
    if isinstance(value, Record) and not isinstance(value, schema.Text):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if child is not None and name not in ("blocks",):
                yield from _walk(child, origin.child(name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, origin.child(i))


def _roots(report: Report) -> Iterator[tuple[Any, Origin]]:
    for chapter in report.chapters:
        for name in ("title", "subtitle", "intro", "quote"):
            yield getattr(chapter, name), chapter.origin.child(name)
        for block in _blocks(chapter.blocks):
            yield block.data, block.origin
        for sec in chapter.all_sections():
            for name in ("title", "toc_title", "label"):
                yield getattr(sec, name), sec.origin.child(name)
            for block in _blocks(sec.blocks):
                yield block.data, block.origin
    for decl in report.metric_decls:
        yield decl.metric, decl.origin
    highlights = report.manifest.highlights
    if highlights.title is not None or highlights.figures:  # the highlights page's own title and figures
        yield highlights, Origin("content/report.yaml", ("highlights",))


def _blocks(blocks: Any) -> Iterator[Any]:
    from .model import walk_blocks

    yield from walk_blocks(blocks)


# report id -> (the report, its strings, its metric references): both from one walk of the report, which a
# large report's check runs before it forks (checks/parallel.py), so neither process walks it again
_WALKED: dict[int, tuple[Report, tuple[TextUse, ...], tuple[MetricUse, ...], tuple[tuple[str, Origin], ...]]] = {}


def _walked(report: Report) -> tuple[Report, tuple[TextUse, ...], tuple[MetricUse, ...], tuple[tuple[str, Origin], ...]]:
    hit = _WALKED.get(id(report))
    if hit is None or hit[0] is not report:
        _WALKED.clear()
        strings: list[TextUse] = []
        uses: list[MetricUse] = []
        cells: list[tuple[str, Origin]] = []  # plain_cells
        for root, origin in _roots(report):
            for value, at in _walk(root, origin):
                if isinstance(value, schema.MetricRef | schema.ChartItem | schema.KeyFigure):
                    uses.append(MetricUse(value.m, at.child("m")))
                elif isinstance(value, schema.Text):
                    strings.append(TextUse(value, at))
                    uses.extend(_references(value, at))
                elif isinstance(value, schema.Table):
                    cells.extend((cell, at.child("header", i)) for i, cell in enumerate(value.header) if isinstance(cell, str))
                    for r, row in enumerate(value.rows):
                        cells.extend((cell, at.child("rows", r, c)) for c, cell in enumerate(row) if isinstance(cell, str))
        hit = _WALKED[id(report)] = (report, tuple(strings), tuple(uses), tuple(cells))
    return hit


def _references(text: schema.Text, at: Origin) -> Iterator[MetricUse]:
    for lang in ("zh", "en"):
        scalar = getattr(text, lang)
        if scalar and "{" in scalar:  # no reference without a brace (most strings)
            for offset, metric_id, _bare in markup.metric_refs(scalar):
                yield MetricUse(metric_id, at.child(lang), offset, scalar)


def texts(report: Report) -> Iterator[TextUse]:
    """Every {zh, en} string of the report with its origin, in reading order; walked once per report
    (a dozen rules read them all)."""
    return iter(_walked(report)[1])


def plain_cells(report: Report) -> Iterator[tuple[str, Origin]]:
    """Every table cell written as a plain string (not {zh, en}, not a metric), with its origin; found by the one
    walk of the report that finds its strings (two rules read them all)."""
    return iter(_walked(report)[3])


def metric_uses(report: Report) -> tuple[MetricUse, ...]:
    """Every metric reference of the report; walked once per report (rules ask for it per metric)."""
    return _walked(report)[2]
