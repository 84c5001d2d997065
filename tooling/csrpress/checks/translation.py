"""Translation staleness (T302): an English string (or a zh-Hant override) whose Chinese changed since it was translated.

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
    editions = report.manifest.editions
    if report.root is None or not lock.lock_path(report.root).is_file():
        return
    try:
        entries = lock.read(report.root)
    except ValueError:
        return  # an unreadable lock is reported by `csrpress translate` itself; check stays on the content
    for unit in units(report):
        for lang in ("en", "zh-Hant"):
            if lang not in editions:
                continue
            name, written = unit.target_key(lang), unit.target(lang)
            if not lock.is_stale(entries, name, unit.zh, written):  # the rule `translate export --only stale` sends by
                continue
            entry = entries[name]
            what, key = ("English", "en") if lang == "en" else ("zh-Hant override", "zh-Hant")
            where = report.locate(unit.origin if lang == "en" else unit.origin.child(key))
            to = "" if lang == "en" else " --to zh-Hant"
            also = "" if lang == "en" else ", or delete it to print the automatic conversion"
            yield Diagnostic("T302", Severity.WARNING,
                             f"the Chinese changed since this {what} was translated: {lock.short_diff(entry.source, unit.zh)}", where,
                             hint=f"update `{key}:` (or send it: csrpress translate export{to} --only stale){also}; if the {what} still fits, "
                                  f"csrpress translate confirm {where.path}:{where.line}")
