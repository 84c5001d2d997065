"""Findings quote the writer's text in the writer's script.

The figure engine reads Traditional through OpenCC t2s at the same offsets (claims/script.py), so a
finding built from what it read quotes “15.2万立方米” where a Hong Kong writer typed 15.2萬立方米.
For a Traditional project (`script: hant`) each Chinese run of a message, hint or related note is
looked up in the report's strings as read, and replaced by the characters the writer typed at the
same place: the reading keeps every offset, so the text there is the writer's own. A run the writer
never typed (the engine's words, such as a folded synonym) is converted with OpenCC s2hk.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .claims.script import reading
from .diagnostics import Diagnostic, Related
from .model import Report
from .walk import texts

# Han characters: what t2s folds. Compiled on first use (re's cache): only Traditional projects need it, and
# its 27,000-character class costs ~1 ms to compile, every check.
_RUN = r"[\u3400-\u9fff\uf900-\ufaff]+"


class _Typed:
    """Every zh string of the report as typed and as read, joined, so a run is found with one search."""

    def __init__(self, report: Report) -> None:
        strings = [use.text.zh for use in texts(report) if use.text.zh]
        strings += [decl.metric.unit or "" for decl in report.metrics.values()]
        self.typed = "\n".join(strings)
        self.read = "\n".join(reading(s) for s in strings)
        self.cache: dict[str, str] = {}

    def restore(self, text: str | None) -> str | None:
        if not text or len(self.typed) != len(self.read):
            return text
        return re.sub(_RUN, lambda m: self._typed(m.group(0)), text)

    def _typed(self, run: str) -> str:
        if run not in self.cache:
            at = self.read.find(run)
            if run in self.typed:
                self.cache[run] = run
            elif at >= 0:
                self.cache[run] = self.typed[at : at + len(run)]
            else:  # the engine's own words ("用电", the folded form of 耗電): in the writer's script too
                self.cache[run] = _to_hant(run)
        return self.cache[run]


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("s2hk")


def _to_hant(run: str) -> str:
    return _converter().convert(run)


def in_writers_script(report: Report, diags: list[Diagnostic]) -> list[Diagnostic]:
    """`diags` with their quotes in the authored script (Traditional projects; others unchanged)."""
    if report.manifest.script != "hant" or not diags:
        return diags
    typed = _Typed(report)
    out = []
    for d in diags:
        related = tuple(Related(r.location, typed.restore(r.message) or "") for r in d.related)
        out.append(replace(d, message=typed.restore(d.message) or d.message, hint=typed.restore(d.hint), related=related))
    return out
