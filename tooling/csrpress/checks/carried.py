"""What last year's report left in this one (S110): a figure still TODO, a metric label naming another
year than its period, a heading or caption that names only the year before the report's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..model import Report, all_blocks

_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d\d)(?![0-9])")


def _years(text: str | None) -> set[int]:
    return {int(y) for y in _YEAR.findall(text or "")}


def is_todo(value: str) -> bool:
    return value.strip().upper().startswith("TODO")


def carried_over(report: Report) -> Iterator[Diagnostic]:
    for decl in report.metric_decls:
        metric = decl.metric
        if is_todo(metric.value):
            yield Diagnostic("S110", Severity.ERROR, f"metric `{metric.id}` has no value yet (TODO)", report.locate(decl.origin, "value"),
                             hint="write the figure as printed for its period " + metric.period + "; a release build refuses TODO")
            continue
        span = sorted(_years(metric.period))
        for lang in ("zh", "en"):
            named = _years(getattr(metric.label, lang))
            if span and named and not any(span[0] <= y <= span[-1] for y in named):
                yield Diagnostic("S110", Severity.WARNING, f"label of `{metric.id}` names {', '.join(map(str, sorted(named)))}, "
                                 f"its period is {metric.period}", report.locate(decl.origin, "label", lang),
                                 hint="correct the label's year, or the period")
                break
    start = report.manifest.period.start[:4]
    if not start.isdigit():
        return
    current = set(range(int(start), int(report.manifest.period.end[:4] or start) + 1)) if report.manifest.period.end[:4].isdigit() else {int(start)}
    before = int(start) - 1
    places = []
    for chapter in report.chapters:
        places.append((chapter.title, chapter.origin, ("title",)))
        places += [(sec.title, sec.origin, ("title",)) for sec in chapter.all_sections()]
    for _, _, block in all_blocks(report):
        if block.kind == "heading":
            places.append((block.data, block.origin, ()))
        elif block.kind in ("table", "chart", "case"):
            for key in ("caption", "title"):
                if getattr(block.data, key, None) is not None:
                    places.append((getattr(block.data, key), block.origin, (key,)))
    for text, origin, key in places:
        for lang in ("zh", "en"):
            named = _years(getattr(text, lang, None))
            if before in named and not named & current:
                yield Diagnostic("S110", Severity.WARNING, f"“{getattr(text, lang)}” names {before}, the year before this report's",
                                 report.locate(origin, *key, lang), hint=f"a heading carried over from last year's report? name {', '.join(map(str, sorted(current)))}")
                break
