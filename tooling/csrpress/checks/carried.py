"""What last year's report left in this one (S110): a figure still TODO, a metric label naming another
year than its period, a heading or caption that names only the year before the report's, a sentence that
states this year's figure but names only last year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..model import Report, all_blocks
from ..markup import FIGURE_LINK as _FIGURE_LINK, METRIC_REF as _METRIC_REF, metric_refs
from ..walk import metric_uses, texts

_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d\d)(?![0-9])")


def _years(text: str | None) -> set[int]:
    return {int(y) for y in _YEAR.findall(text or "")}


def is_todo(value: str) -> bool:
    return value.strip().upper().startswith("TODO")


# A year named as what the figure is compared with: 较2023年, 比2023年, 与2023年相比, 从2023年的…; than 2023,
# from 2023, compared with 2023, since 2023. Such a sentence names last year on purpose.
_COMPARED_ZH = re.compile(r"(?:较|比|相比|对比|相较|同比|与|和|从|由|自|上年|去年)\s*$")
_COMPARED_EN = re.compile(r"\b(?:than|from|over|compared\s+(?:with|to)|versus|vs\.?|since|against|on)\s+(?:in\s+|the\s+)?$", re.I)
# Where a sentence ends: 。！？； or a line break in Chinese; . ! ? ; before a space in English (not 1.5).
_SENTENCE_ZH = re.compile(r"[。！？；\n]")
_SENTENCE_EN = re.compile(r"[.!?;](?=\s|$)|\n")


def _sentence(text: str, offset: int, english: bool) -> tuple[int, int]:
    """The start and end of the sentence of `text` around `offset`."""
    ends = [m.end() for m in (_SENTENCE_EN if english else _SENTENCE_ZH).finditer(text)]
    start = max((e for e in ends if e <= offset), default=0)
    end = min((e for e in ends if e > offset), default=len(text))
    return start, end


def old_year_in_prose(report: Report, current: set[int]) -> Iterator[Diagnostic]:
    """A sentence around `{m:x.2025}` that names 2024 and not 2025: after init --from moved the reference on
    a year, the words around it still speak of last year. A year named as a comparison (较2024年, than
    2024) or beside this year's (2024年的X降至2025年的Y), or one a metric of the sentence is for, is meant."""
    metrics = {decl.metric.id: decl.metric for decl in report.metric_decls}
    seen: set[tuple[str, tuple[str | int, ...], int]] = set()
    for use in metric_uses(report):
        metric = metrics.get(use.metric_id)
        if use.offset is None or use.scalar is None or metric is None:
            continue
        span = _years(metric.period)
        if not span or not span & current:
            continue   # a figure of another year than the report's: its sentence may name what it likes
        english = use.origin.path[-1:] == ("en",)
        start, end = _sentence(use.scalar, use.offset, english)
        if (use.origin.file, use.origin.path, start) in seen:
            continue
        sentence = use.scalar[start:end]
        # Years a figure of this sentence is for are meant, whichever figure it is.
        meant = set().union(*(_years(getattr(metrics.get(ref), "period", "")) for ref in _refs_in(sentence)))
        old = min(span) - 1
        # the years in the words, not in the ids of {m:x.2025} (blanked at the same offsets)
        words = _FIGURE_LINK.sub(_blank, _METRIC_REF.sub(_blank, sentence))
        named = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(words)]
        if old in meant or any(year in span for _, year in named):
            continue
        before = _COMPARED_EN if english else _COMPARED_ZH
        stale = [at for at, year in named if year == old and not before.search(sentence[:at])]
        if stale:
            seen.add((use.origin.file, use.origin.path, start))
            year = str(min(span)) if len(span) == 1 else f"{min(span)}–{max(span)}"
            yield Diagnostic("S110", Severity.WARNING,
                             f"this sentence names {old} but states `{metric.id}`, the figure for {year}: words carried over from last year's report?",
                             report.locate_in_text(use.origin, start + stale[0], use.scalar),
                             hint=(f"write {year} if the sentence is about this year's figure; if it compares with {old}, say so "
                                   + (f"(compared with {old})" if english else f"(较{old}年)")))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _day(lang: str, month: int, day: int) -> str:
    """A pattern for the day of a period with the year as group `y` where it is written beside it:
    2024年1月1日 / 2024 年 1 月 1 日, 1 January 2024 / January 1, 2024 (the year may be left to the other date)."""
    if lang == "zh":
        return rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?<![0-9]){month}\s*月\s*{day}\s*日"
    name = _MONTHS[month - 1]
    return rf"\b(?:{day}\s+{name}|{name}\s+{day}\b)(?:,?\s+(?P<y>\d{{4}}))?"


def last_years_period(report: Report, current: set[int]) -> Iterator[Diagnostic]:
    """A text giving last year's reporting period (本报告介绍公司2024年1月1日至12月31日…, from 1 January to
    31 December 2024) in this year's report: init --from moves the manifest's period on, not the prose
    that repeats it. The period's first and last day, each with its year or taking the other's."""
    dates = [re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", d) for d in (report.manifest.period.start, report.manifest.period.end)]
    if not all(dates):
        return
    (sy, sm, sd), (ey, em, ed) = ((int(g) for g in m.groups()) for m in dates)
    was = (sy - 1, ey - 1)
    spans = {lang: re.compile(_day(lang, sm, sd) + r"[^。.;；]{0,12}?" + _day(lang, em, ed).replace("P<y>", "P<z>"))
             for lang in ("zh", "en")}
    clean: set[str] = set()  # the strings that give last year's period nowhere: one written again is not read again
    for use in texts(report):
        for lang in ("zh", "en"):
            scalar = getattr(use.text, lang)
            if not scalar or str(was[1]) not in scalar or scalar in clean:
                continue
            if not spans[lang].search(scalar):
                clean.add(scalar)
                continue
            for m in spans[lang].finditer(scalar):
                first, last = m.group("y"), m.group("z")
                if (int(first or last or 0), int(last or first or 0)) != was:
                    continue
                yield Diagnostic("S110", Severity.WARNING, f"“{m.group()}” is last year's reporting period: carried over from last year's report?",
                                 report.locate_in_text(use.origin.child(lang), m.start(), scalar),
                                 hint=f"write this report's period ({report.manifest.period.label})")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _refs_in(sentence: str) -> list[str]:
    return [ref for _offset, ref, _bare in metric_refs(sentence)]


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
    yield from old_year_in_prose(report, current)
    yield from last_years_period(report, current)
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
