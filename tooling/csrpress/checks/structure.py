"""Structure checks (S1xx): unknown metric ids, duplicate ids, unreadable metric values, QR urls."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

from .. import numbers, units
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, all_blocks
from ..walk import metric_uses


def unknown_metric(report: Report) -> Iterator[Diagnostic]:
    known = report.metrics
    for use in metric_uses(report):
        if use.metric_id in known:
            continue
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


def metric_values(report: Report) -> Iterator[Diagnostic]:
    for decl in report.metric_decls:
        metric = decl.metric
        if metric.unit and units.lookup_unit(metric.unit) is None:
            yield Diagnostic("S104", Severity.WARNING, f"unit `{metric.unit}` of metric `{metric.id}` is not in the unit registry",
                             report.locate(decl.origin, "unit"), hint="use a registry unit (docs/content-format.md) or leave it out")
        if numbers.parse_figure(metric.value) is None:
            yield Diagnostic("S105", Severity.ERROR, f"value {metric.value!r} of metric `{metric.id}` is not a printed number",
                             report.locate(decl.origin, "value"), hint='write the figure as printed, e.g. "677万", "38,775", "99.65"')


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
