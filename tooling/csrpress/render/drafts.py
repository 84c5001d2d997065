"""Findings with an anchor -> marks in a draft build: the figure highlighted, a note with the code beside it.

Marks are placed in the content string before Markdown runs, as private-use characters that Markdown
leaves alone, and turned into HTML afterwards; so a mark lands exactly on the figure it concerns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import escape

from ..diagnostics import Diagnostic

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(f"{OPEN}(\\d+){MID}")

#: the string (file, YAML path of its {zh, en} mapping) -> (language of the anchor, start, end, finding index)
Marks = dict[tuple[str, tuple[str | int, ...]], list[tuple[str, int, int, int]]]

_REFERENCE = re.compile(r"\{m:[^}]*\}")


def collect(diags: Iterable[Diagnostic]) -> tuple[Marks, list[Diagnostic]]:
    """Index the anchored findings by the string they concern (either language of it)."""
    marks: Marks = {}
    findings: list[Diagnostic] = []
    for diag in diags:
        if diag.anchor is None:
            continue
        file, path, start, end = diag.anchor
        path = tuple(path)
        lang = str(path[-1]) if path and path[-1] in ("zh", "en", "zh-Hant") else "zh"
        key = path[:-1] if path and path[-1] in ("zh", "en", "zh-Hant") else path
        marks.setdefault((file, key), []).append((lang, start, end, len(findings)))
        findings.append(diag)
    return marks, findings


def spans_for(anchored: list[tuple[str, int, int, int]], lang: str, text: str, source: dict[str, str]) -> list[tuple[int, int, int]]:
    """Where each finding on a string is marked in the `lang` text of it: the figure itself where the finding
    is on this language; in the other language, the figure that translates it (the same value, else the nearest
    in size), or, when the text has none, a note at the string's end. So every edition carries every mark."""
    spans = []
    for at, start, end, index in anchored:
        if at == lang:
            spans.append((start, end, index))
            continue
        found = _counterpart(source.get(at, "")[start:end], text)
        spans.append(found + (index,) if found else (len(text), len(text), index))
    return spans


def _counterpart(printed: str, text: str) -> tuple[int, int] | None:
    from .. import numbers

    wanted = numbers.find_figures(printed) if printed else ()
    if not wanted:
        return None
    fig = wanted[0]
    inside = [m.span() for m in _REFERENCE.finditer(text)]  # a {m:id} is no figure as typed
    figures = [f for f in numbers.find_figures(text) if f.kind == fig.kind and not any(a <= f.start < b for a, b in inside)]
    if not figures:
        return None
    same = [f for f in figures if f.low < fig.high and fig.low < f.high]
    if same:
        return same[0].start, same[0].end
    if fig.value is not None and fig.value != 0:
        sized = [f for f in figures if f.value is not None and f.value != 0]
        if sized:
            best = min(sized, key=lambda f: abs(f.value.copy_abs().adjusted() - fig.value.copy_abs().adjusted()))
            return best.start, best.end
    return figures[0].start, figures[0].end


def insert(text: str, spans: list[tuple[int, int, int]]) -> str:
    """Wrap each span of `text` in sentinels; later spans first so earlier offsets stay valid. An empty span
    at the end (a finding whose figure this language does not show) carries the note alone."""
    for start, end, index in sorted(spans, reverse=True):
        if 0 <= start < end <= len(text) or start == end == len(text):
            text = f"{text[:start]}{OPEN}{index}{MID}{text[start:end]}{CLOSE}{text[end:]}"
    return text


def note_text(diag: Diagnostic, lang: str = "en") -> str:
    """A mark's note: the code and message; in a Chinese edition (zh, zh-Hant) the code's Chinese summary
    first, in that edition's script (explain_zh.py), then the specific message, which is English."""
    if lang not in ("zh", "zh-Hant"):
        return f"{diag.code} {diag.message}"
    from ..explain_zh import summary

    chinese = summary(diag.code, "zh-Hant" if lang == "zh-Hant" else "zh-Hans")
    return f"{diag.code} {chinese} — {diag.message}" if chinese else f"{diag.code} {diag.message}"


def finish(html: str, findings: list[Diagnostic], lang: str = "en") -> str:
    """Sentinels -> <mark> on the figure and a note (a footnote in the PDF) with the code and message
    (note_text: with the code's Chinese summary in a Chinese edition)."""
    notes: list[str] = []

    def opening(match: re.Match[str]) -> str:
        diag = findings[int(match.group(1))]
        notes.append(f'<span class="finding-note sev-{diag.severity.value}">{escape(note_text(diag, lang))}</span>')
        return f'<mark class="finding sev-{diag.severity.value}" data-code="{diag.code}">'

    html = _MARK.sub(opening, html)
    parts = html.split(CLOSE)
    return "".join(part + (f"</mark>{notes[i]}" if i < len(notes) else "") for i, part in enumerate(parts))


