"""Translation staleness (T302): an English string whose Chinese changed since it was translated.

The record is content/translations.lock.yaml (csrpress.translate.lock), written by `csrpress
translate import` and `confirm`. No lock, or no entry for a string, is no finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..translate import lock
from ..translate.strings import units


def outdated_translation(report: Report) -> Iterator[Diagnostic]:
    if report.root is None or "en" not in report.manifest.editions or not lock.lock_path(report.root).is_file():
        return
    try:
        entries = lock.read(report.root)
    except ValueError:
        return  # an unreadable lock is reported by `csrpress translate` itself; check stays on the content
    for unit in units(report):
        if not lock.is_stale(entries, unit.key, unit.zh, unit.en):  # the rule `translate export --only stale` sends by
            continue
        entry = entries[unit.key]
        where = report.locate(unit.origin)
        yield Diagnostic("T302", Severity.WARNING,
                         f"the Chinese changed since this English was translated: {lock.short_diff(entry.source, unit.zh)}", where,
                         hint=f"update `en:` (or send it: csrpress translate export --only stale); if the English still fits, "
                              f"csrpress translate confirm {where.path}:{where.line}")

