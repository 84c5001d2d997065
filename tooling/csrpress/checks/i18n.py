"""Translation checks (T3xx): every user-facing string has its English form."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..walk import texts


def missing_translation(report: Report) -> Iterator[Diagnostic]:
    if "en" not in report.manifest.editions:
        return
    for use in texts(report):
        if not (use.text.en or "").strip():
            preview = use.text.zh.strip().splitlines()[0][:24] if use.text.zh.strip() else ""
            yield Diagnostic("T301", Severity.WARNING, f"no English text for “{preview}”", report.locate(use.origin),
                             hint="add `en:` beside `zh:`; until then the en edition prints the Chinese, marked")
