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

Marks = dict[tuple[str, tuple[str | int, ...]], list[tuple[int, int, int]]]  # key -> (start, end, finding index)


def collect(diags: Iterable[Diagnostic]) -> tuple[Marks, list[Diagnostic]]:
    """Index the anchored findings by the string they concern."""
    marks: Marks = {}
    findings: list[Diagnostic] = []
    for diag in diags:
        if diag.anchor is None:
            continue
        file, path, start, end = diag.anchor
        marks.setdefault((file, tuple(path)), []).append((start, end, len(findings)))
        findings.append(diag)
    return marks, findings


def insert(text: str, spans: list[tuple[int, int, int]]) -> str:
    """Wrap each span of `text` in sentinels; later spans first so earlier offsets stay valid."""
    for start, end, index in sorted(spans, reverse=True):
        if 0 <= start < end <= len(text):
            text = f"{text[:start]}{OPEN}{index}{MID}{text[start:end]}{CLOSE}{text[end:]}"
    return text


def finish(html: str, findings: list[Diagnostic]) -> str:
    """Sentinels -> <mark> on the figure and a note (a footnote in the PDF) with the code and message."""
    notes: list[str] = []

    def opening(match: re.Match[str]) -> str:
        diag = findings[int(match.group(1))]
        notes.append(f'<span class="finding-note sev-{diag.severity.value}">{diag.code} {escape(diag.message)}</span>')
        return f'<mark class="finding sev-{diag.severity.value}" data-code="{diag.code}">'

    html = _MARK.sub(opening, html)
    parts = html.split(CLOSE)
    return "".join(part + (f"</mark>{notes[i]}" if i < len(notes) else "") for i, part in enumerate(parts))


