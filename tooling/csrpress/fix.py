"""Report + its files -> safe edits (`csrpress check --fix`): typed figures equal to their metric become `{m:id}`,
and metric units written another way (kWh, tonnes, 人民币元) get the registry's form (千瓦时, 吨, 元).

A fix is applied only when it cannot change what is printed or what is meant:
- the figure is typed exactly as the metric prints it in Chinese (value and unit, character for character);
- it was linked explicitly or matched with the confidence required of a metric declared elsewhere;
- the characters at the figure's line and column in the file are exactly the figure (so an escaped
  or folded YAML scalar is left alone).
Every other byte of each file is kept: comments, order, quoting and line endings.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from . import facts as factmod
from . import units
from .load import load_report
from .project import Project
from .safefs import check_inside, write_atomic


@dataclass(frozen=True, slots=True)
class Edit:
    path: str  # relative to the project root
    line: int  # 1-based
    column: int  # 1-based
    old: str
    new: str


def _printed(metric_value: str, unit: str | None) -> str:
    return metric_value + (unit or "")


def plan(project: Project) -> list[Edit]:
    """The safe edits for the project as it is on disk (nothing is written)."""
    report, _ = load_report(project)
    if report is None:
        return []
    facts = factmod.extract(report)
    edits: list[Edit] = []
    lines_of: dict[str, list[str]] = {}
    for match in facts.matches:
        occ = match.occurrence
        decl = report.metrics.get(match.metric.id)
        if decl is None or occ.in_table or occ.lang != "zh":
            continue
        if not (match.explicit or match.score >= factmod.THRESHOLD_ELSEWHERE):
            continue
        if occ.figure.printed != _printed(decl.metric.value, decl.metric.unit):
            continue
        where = factmod.locate(report, occ)
        if where.path not in lines_of:
            lines_of[where.path] = _read(project, where.path).splitlines(keepends=True)
        lines = lines_of[where.path]
        if not 0 < where.line <= len(lines):
            continue
        start = where.column - 1
        line = lines[where.line - 1]
        if line[start : start + len(occ.figure.printed)] != occ.figure.printed:
            continue  # the scalar is quoted with escapes or folded: its text is not byte-for-byte in the file
        link = factmod.LINK.match(line, start + len(occ.figure.printed))
        old = occ.figure.printed + (link.group(0) if link else "")
        edits.append(Edit(where.path, where.line, where.column, old, "{m:" + match.metric.id + "}"))
    edits += _unit_edits(project, report, lines_of)
    return sorted(edits, key=lambda e: (e.path, e.line, -e.column))


def _unit_edits(project: Project, report: object, lines_of: dict[str, list[str]]) -> list[Edit]:
    """A metric unit written as an alias becomes the registry's canonical form (same unit, so same meaning)."""
    found = []
    for decl in report.metric_decls:  # type: ignore[attr-defined]
        unit = decl.metric.unit
        known = units.lookup_unit(unit) if unit else None
        if known is None or unit == known.zh or known.scale != units.lookup_unit(known.zh).scale:  # type: ignore[union-attr]
            continue
        where = report.locate(decl.origin, "unit")  # type: ignore[attr-defined]
        if where.path not in lines_of:
            lines_of[where.path] = _read(project, where.path).splitlines(keepends=True)
        line = lines_of[where.path][where.line - 1]
        start = where.column - 1
        quoted = line[start : start + 1] in ("'", '"')
        old = line[start : start + len(unit) + (2 if quoted else 0)]
        if old.strip("'\"") != unit:
            continue
        found.append(Edit(where.path, where.line, where.column, old, known.zh))
    return found


def apply(project: Project, edits: list[Edit], write: bool) -> str:
    """Apply `edits` (right to left within a line) and return a unified diff; write files only if asked."""
    by_file: dict[str, list[Edit]] = {}
    for edit in edits:
        by_file.setdefault(edit.path, []).append(edit)
    diff: list[str] = []
    for rel, file_edits in sorted(by_file.items()):
        path = project.root / rel
        before = _read(project, rel)
        lines = before.splitlines(keepends=True)
        for edit in file_edits:  # sorted right to left, so earlier columns stay valid
            line = lines[edit.line - 1] if 0 < edit.line <= len(lines) else ""
            start = edit.column - 1
            if line[start : start + len(edit.old)] != edit.old:
                continue  # the file changed since the plan: leave this place alone
            lines[edit.line - 1] = line[:start] + edit.new + line[start + len(edit.old) :]
        after = "".join(lines)
        diff += difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{rel}", f"b/{rel}")
        if write and after != before:
            write_atomic(path, after, project.root)
    return "".join(diff)


def _read(project: Project, rel: str) -> str:
    """A content file as it is on disk (CRLF kept), refused if its real path leaves the project."""
    path = project.root / rel
    check_inside(path, project.root)
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()
