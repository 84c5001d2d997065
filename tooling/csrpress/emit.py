"""Diagnostics -> text (compiler style), JSON or GitHub annotations; and the exit-code policy."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .codes import CODES
from .diagnostics import Diagnostic, Severity


def _name(diag: Diagnostic) -> str:
    code = CODES.get(diag.code)
    return code.name if code else ""


# Messages quote content and paths, which may hold terminal escapes, line breaks or bidi controls: printed
# raw, they could colour, clear or reorder the terminal, or fake a line such as "0 error(s)".
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every control or invisible character shown as its escape (\\x1b, \\u202e)."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def format_text(diags: Sequence[Diagnostic], verbose: bool = False) -> str:
    lines = []
    for d in diags:
        if d.severity is Severity.INFO and not verbose:
            continue
        where = f"{printable(str(d.location))}: " if d.location else ""
        lines.append(f"{where}{d.severity.value}[{d.code}] {printable(d.message)}")
        for rel in d.related:
            lines.append(f"    and {printable(rel.message)} at {printable(str(rel.location))}")
        if d.hint:
            lines.append(f"  hint: {printable(d.hint)} (csrpress check --explain {d.code})")
    hidden = sum(1 for d in diags if d.severity is Severity.INFO) if not verbose else 0
    lines.append(summary(diags) + (" (csrpress check -v shows them)" if hidden else ""))  # else a writer looks for them in vain
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
        msg = _gh_data(printable_lines(d.message))
        where = f" file={_gh_property(d.location.path)},line={d.location.line},col={d.location.column}," if d.location else " "
        lines.append(f"::{kinds[d.severity]}{where}title={d.code} {_name(d)}::{msg}".replace(", title", ",title"))
    return "\n".join(lines)


def printable_lines(text: str) -> str:
    """Like printable(), but line breaks stay (GitHub's escaping below turns them into %0A)."""
    return "\n".join(printable(part) for part in text.split("\n"))


def _gh_data(text: str) -> str:
    # A workflow command's message: a raw line break would start a new (injected) command.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    # A property value also ends at `,` and `:` (a file name may hold both, or a line break).
    return _gh_data(printable_lines(text)).replace(":", "%3A").replace(",", "%2C")


def exit_code(diags: Sequence[Diagnostic], strict: bool = False) -> int:
    """0 clean, 1 errors (or warnings under --strict)."""
    if any(d.severity is Severity.ERROR for d in diags):
        return 1
    if strict and any(d.severity is Severity.WARNING for d in diags):
        return 1
    return 0
