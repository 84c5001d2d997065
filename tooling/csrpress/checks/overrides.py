"""T305: a per-string override for the script the writer types, which no edition prints.

With `script: hans` the writer types Simplified in `zh:` and `zh-Hant:` replaces the converted
Traditional of one string; with `script: hant` it is the other way round (`zh-Hans:`). A Hong Kong
writer who types Traditional into `zh-Hant:` of a Traditional project (or a Mainland writer who
adds `zh-Hans:`) would otherwise see the text silently not printed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..walk import texts


def override_for_the_authored_script(report: Report) -> Iterator[Diagnostic]:
    script = report.manifest.script
    key, other = ("zh-Hant", "zh-Hans") if script == "hant" else ("zh-Hans", "zh-Hant")
    seen: set[tuple[str, tuple[str | int, ...]]] = set()
    for use in texts(report):
        value = use.text.zh_hant if key == "zh-Hant" else use.text.zh_hans
        if value is None or (use.origin.file, use.origin.path) in seen:
            continue
        seen.add((use.origin.file, use.origin.path))
        if script == "hant":
            message = "`zh-Hant:` is never printed in a report written in Traditional (script: hant): the zh-Hant edition prints `zh:` as typed"
            hint = "put this Traditional text in `zh:`; for the Simplified edition's own wording of the string, write `zh-Hans:`"
        else:
            message = "`zh-Hans:` is read only in a report written in Traditional (script: hant): the zh edition prints `zh:`"
            hint = f"put the Simplified text in `zh:` (a `{other}:` key overrides the converted Traditional), or set `script: hant` in content/report.yaml"
        yield Diagnostic("T305", Severity.WARNING, message, report.locate(use.origin.child(key)), hint=hint)
