"""Translation staleness (T302): an English string (or a zh-Hant override) whose Chinese changed since it was translated,
and a phrase of content/zh-Hant-overrides.yaml (zh-Hans-overrides.yaml) that the Chinese no longer holds.

The record is content/translations.lock.yaml (csrpress.translate.lock), written by `csrpress
translate import` and `confirm`. No lock, or no entry for a string, is no finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..translate import lock


def outdated_translation(report: Report) -> Iterator[Diagnostic]:
    yield from stale_phrase_overrides(report)
    editions = report.manifest.editions
    if report.root is None or not lock.lock_path(report.root).is_file():
        return
    from ..translate.strings import units  # only with a lock: most checks have none, and it costs ~3 ms to import

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


def stale_phrase_overrides(report: Report) -> Iterator[Diagnostic]:
    """T302 for the phrase overrides file of the converted edition: a phrase that occurs nowhere the
    conversion reaches (the report's Chinese, metric units, the ESG catalogues' titles, the interface
    strings) overrides nothing, most often because its Simplified (or Traditional) source was edited
    since the override was written. The edition then prints OpenCC's conversion again, unannounced."""
    script = report.manifest.script
    edition = "zh-Hant" if script == "hans" else "zh"
    if report.root is None or edition not in report.manifest.editions:
        return  # no converted edition: hant.py (markupsafe, its regexes) is not even imported
    from .. import frameworks, hant, i18n
    from ..yamlsrc import parse_yaml
    from ..walk import texts

    name = hant.OVERRIDES_FILE if script == "hans" else hant.HANS_OVERRIDES_FILE
    path = report.root / "content" / name
    if not path.is_file():
        return
    overrides, problems = hant.load_overrides(report.root / "content", name)  # type: ignore[operator]
    if problems or not overrides.pairs:
        return  # the build reports an unreadable file (L002/L005)
    parsed = parse_yaml(path.read_text(encoding="utf-8").removeprefix("\ufeff"), f"content/{name}")
    reached = [use.text.zh for use in texts(report)] + [decl.metric.unit or "" for decl in report.metrics.values()]
    reached += [table["zh"] for table in i18n.UI.values()]
    for fid in report.manifest.frameworks:
        try:
            reached += [item.title_zh for item in frameworks.load_framework(fid).items]
        except (KeyError, ValueError):
            continue
    everything = "\n".join(reached)
    for phrase, _ in overrides.pairs:
        if phrase in everything:
            continue
        what = "Simplified" if script == "hans" else "Traditional"
        yield Diagnostic("T302", Severity.WARNING,
                         f"the {edition} override of “{phrase}” applies nowhere: no Chinese of the report holds that phrase "
                         f"(was its {what} source edited since the override was written?)",
                         parsed.positions.locate((phrase,), key=True),
                         hint=f"write the phrase as the Chinese reads now, or delete the line from content/{name}")
