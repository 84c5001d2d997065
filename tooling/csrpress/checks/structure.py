"""Structure checks (S1xx): unknown metric ids, duplicate ids, unreadable metric values, QR urls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from .. import numbers, units
from ..claims.script import reading
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, SectionNode, all_blocks
from ..walk import metric_uses


def unknown_metric(report: Report) -> Iterator[Diagnostic]:
    known = report.metrics
    for use in metric_uses(report):
        if use.metric_id in known or report.maybe_declared_in_unloaded(use.metric_id):
            continue  # declared, or maybe declared in a file whose load error is reported
        if use.offset is not None and use.scalar is not None:
            where = report.locate_in_text(use.origin, use.offset, use.scalar)
        else:
            where = report.locate(use.origin)
        close = sorted(mid for mid in known if mid.split(".")[0] == use.metric_id.split(".")[0])[:3]
        hint = f"declared ids nearby: {', '.join(close)}" if close else "declare it under `metrics:` (docs/content-format.md)"
        yield Diagnostic("S101", Severity.ERROR, f"unknown metric `{use.metric_id}`", where, hint=hint)


def duplicate_ids(report: Report) -> Iterator[Diagnostic]:
    seen: dict[str, object] = {}
    places = [(ch.id, ch.origin, "chapter") for ch in report.chapters]
    places += [(sec.id, sec.origin, "section") for _, sec in report.sections()]
    for ident, origin, what in places:
        where = report.locate(origin, "id")
        if ident in seen:
            first = seen[ident]
            yield Diagnostic("S102", Severity.ERROR, f"{what} id `{ident}` is already used", where,
                             hint="ids must be unique across the report", related=(Related(first, "first used here"),))  # type: ignore[arg-type]
        else:
            seen[ident] = where
    yield from _duplicate_form_ids(report)


def _duplicate_form_ids(report: Report) -> Iterator[Diagnostic]:
    """A PDF names a form field by its id, across the whole document: two questions or fields with one id
    would become one field (answering one answers both)."""
    seen: dict[str, object] = {}
    for _, _, block in all_blocks(report):
        if block.kind != "feedback_form":
            continue
        items = [("questions", i, q.id) for i, q in enumerate(block.data.questions)]
        items += [("fields", i, f.id) for i, f in enumerate(block.data.fields)]
        for group, i, ident in items:
            where = report.locate(block.origin, group, i, "id")
            if ident in seen:
                yield Diagnostic("S102", Severity.ERROR, f"form field id `{ident}` is already used", where,
                                 hint="give each question and field of the feedback forms its own id",
                                 related=(Related(seen[ident], "first used here"),))  # type: ignore[arg-type]
            else:
                seen[ident] = where


def metric_values(report: Report) -> Iterator[Diagnostic]:
    for decl in report.metric_decls:
        metric = decl.metric
        if metric.unit and units.lookup_unit(reading(metric.unit)) is None:  # 萬噸 is 万吨
            yield Diagnostic("S104", Severity.WARNING, f"unit `{metric.unit}` of metric `{metric.id}` is not in the unit registry",
                             report.locate(decl.origin, "unit"), hint="use a unit `csrpress units` lists (its checks and its English need one), or leave it out")
        if numbers.parse_figure(metric.value) is None and not metric.value.strip().upper().startswith("TODO"):  # TODO: S110
            yield Diagnostic("S105", Severity.ERROR, f"value {metric.value!r} of metric `{metric.id}` is not a printed number",
                             report.locate(decl.origin, "value"), hint='write the figure as printed, e.g. "677万", "38,775", "99.65"')
        elif not _printable_in_english(metric):
            yield Diagnostic("S105", Severity.ERROR, f"value of metric `{metric.id}` has too many digits to print in English",
                             report.locate(decl.origin, "value"), hint="round the figure to the digits that are known (at most 28 significant digits)")


def _printable_in_english(metric: Any) -> bool:
    """Whether Babel can print the value in English (render/figures.py; check imports no renderer)."""
    try:
        for printed in (metric.value + (metric.unit or ""), metric.value):
            fig = numbers.parse_figure(printed)
            if fig is not None:
                numbers.format_figure(fig, "en")
    except ArithmeticError:
        return False
    return True


def qr_fits(url: str) -> bool:
    """Whether any QR code holds the url (about 2,330 bytes at error level M), as render/qr.py makes it."""
    import segno
    from segno.encoder import DataOverflowError

    try:
        segno.make(url, error="m", micro=False)
    except (DataOverflowError, ValueError, UnicodeError):
        return False
    return True


def qr_urls(report: Report) -> Iterator[Diagnostic]:
    for _, _, block in all_blocks(report):
        if block.kind != "qr":
            continue
        url = block.data.url
        if not url:
            yield Diagnostic("S106", Severity.WARNING, "QR block has no url: a placeholder box will print",
                             report.locate(block.origin), hint="add `url: https://...` once the target is known")
            continue
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in url:
            yield Diagnostic("S107", Severity.ERROR, f"QR url {url!r} is not a well-formed http(s) URL",
                             report.locate(block.origin, "url"), hint="write the full address, e.g. https://gongyi.qq.com")
        elif not qr_fits(url):
            yield Diagnostic("S107", Severity.ERROR, f"QR url of {len(url.encode('utf-8', 'replace')):,} bytes is too long for any QR code",
                             report.locate(block.origin, "url"), hint="use a shorter address (a short link); a QR code holds about 2,300 characters at most")


def _parts(number: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(p) for p in number.split("."))
    except ValueError:
        return None


def section_numbering(report: Report) -> Iterator[Diagnostic]:
    """S108: numbered sections follow their chapter's number and count up by one (2.1, 2.2, 2.2.1 ...)."""

    def walk(prefix: tuple[int, ...], sections: tuple[SectionNode, ...]) -> Iterator[Diagnostic]:
        expected = 1
        for sec in sections:
            if sec.number is None:
                continue
            parts = _parts(sec.number)
            wanted = ".".join(str(p) for p in (*prefix, expected))
            if parts != (*prefix, expected):
                yield Diagnostic("S108", Severity.WARNING, f"section number {sec.number} is out of order: {wanted} expected here",
                                 report.locate(sec.origin, "number"), hint="renumber the sections in reading order")
            if parts is not None:
                expected = parts[-1] + 1
                yield from walk(parts, sec.sections)

    for chapter in report.chapters:
        number = _parts(chapter.number) if chapter.number else None
        if number is not None:
            yield from walk(number, chapter.sections)


def period_in_range(report: Report) -> Iterator[Diagnostic]:
    """N210 (info): a metric whose period lies outside the report's time range (often a historical figure)."""
    start, end = report.manifest.period.start[:4], report.manifest.period.end[:4]
    if not (start.isdigit() and end.isdigit()):
        return
    for decl in report.metric_decls:
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", decl.metric.period)]
        if years and (max(years) < int(start) or min(years) > int(end)):
            yield Diagnostic("N210", Severity.INFO, f"metric `{decl.metric.id}` is about {decl.metric.period}, outside the report's period {report.manifest.period.label}",
                             report.locate(decl.origin, "period"), hint="fine for a historical or forward-looking figure; check the period otherwise")
