"""Diagnostics -> text (compiler style), JSON or GitHub annotations; and the exit-code policy."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .codes import CODES
from .diagnostics import Diagnostic, Severity


def _name(diag: Diagnostic) -> str:
    code = CODES.get(diag.code)
    return code.name if code else ""


def format_text(diags: Sequence[Diagnostic], verbose: bool = False) -> str:
    lines = []
    for d in diags:
        if d.severity is Severity.INFO and not verbose:
            continue
        where = f"{d.location}: " if d.location else ""
        lines.append(f"{where}{d.severity.value}[{d.code}] {d.message}")
        for rel in d.related:
            lines.append(f"    and {rel.message} at {rel.location}")
        if d.hint:
            lines.append(f"  hint: {d.hint} (csrpress check --explain {d.code})")
    lines.append(summary(diags))
    return "\n".join(lines)


def summary(diags: Sequence[Diagnostic]) -> str:
    counts = {sev: sum(1 for d in diags if d.severity is sev) for sev in Severity}
    return f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} info"


def format_json(diags: Sequence[Diagnostic]) -> str:
    records = []
    for d in diags:
        loc = d.location
        records.append({
            "code": d.code,
            "name": _name(d),
            "severity": d.severity.value,
            "message": d.message,
            "hint": d.hint,
            "location": {"path": loc.path, "line": loc.line, "column": loc.column} if loc else None,
            "related": [
                {"message": r.message, "location": {"path": r.location.path, "line": r.location.line, "column": r.location.column}}
                for r in d.related
            ],
        })
    return json.dumps(records, ensure_ascii=False, indent=2)


def format_github(diags: Sequence[Diagnostic]) -> str:
    kinds = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for d in diags:
        msg = d.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        where = f" file={d.location.path},line={d.location.line},col={d.location.column}," if d.location else " "
        lines.append(f"::{kinds[d.severity]}{where}title={d.code} {_name(d)}::{msg}".replace(", title", ",title"))
    return "\n".join(lines)


def exit_code(diags: Sequence[Diagnostic], strict: bool = False) -> int:
    """0 clean, 1 errors (or warnings under --strict)."""
    if any(d.severity is Severity.ERROR for d in diags):
        return 1
    if strict and any(d.severity is Severity.WARNING for d in diags):
        return 1
    return 0
