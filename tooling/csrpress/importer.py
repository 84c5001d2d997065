"""A spreadsheet of figures (.xlsx or .csv) -> a metric YAML file with each value's cell as provenance; `csrpress import`.

Columns (first row, any order, case-insensitive): id, value, period (required); label_zh (required for a
new metric), label_en, unit, source (both languages) or source_zh / source_en, scope (both languages) or
scope_zh / scope_en, aliases (separated by ; or 、). Re-importing replaces these fields where the sheet
has them and keeps what only the YAML holds (formula, and scope or aliases left empty in the sheet).

A number cell is read as Excel displays it: its number format's decimals and thousands separator
(15820 as `#,##0` is 15,820; 3.5 as `0.00` is 3.50), and a percent format gives the figure in percent
with unit % (0.28 as `0%` is 28, unit %).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import zipfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from . import numbers, schema, units
from .project import Project
from .safefs import write_atomic
from .scaffold import insert_list_item
from .schemagen import modeline
from .yamlsrc import parse_yaml

COLUMNS = ("id", "label_zh", "label_en", "value", "unit", "period", "source", "source_zh", "source_en",
           "scope", "scope_zh", "scope_en", "aliases")
REQUIRED = ("id", "value", "period")
PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
DEFAULT_OUT = "content/metrics/imported.yaml"


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # metrics.xlsx:Sheet1!D7
    severity: str  # error | warning
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}[D601] {self.message}"


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    where: str
    unit: str | None = None  # the unit its number format shows (`%` for a percent format)


@dataclass(frozen=True, slots=True)
class Shown:
    """A cell's text as Excel displays it, and the unit its format implies."""

    text: str
    unit: str | None = None


def _shown(value: Any, number_format: str | None) -> Shown:
    """A number cell formatted by its number format's first section: decimals, thousands separator,
    percent. Other values (and the General format) as _cell_text reads them."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not number_format or number_format == "General":
        return Shown(_cell_text(value))
    section = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format.split(";")[0])  # no literals, escapes, [colours]
    digits = re.search(r"[#0?,]*[0#?](?:\.[0#?]+)?", section)
    if digits is None or "E" in section.upper():
        return Shown(_cell_text(value))
    pattern = digits.group()
    percent = "%" in section
    number = Decimal(repr(float(value))) * (100 if percent else 1)
    decimals = len(pattern.split(".", 1)[1]) if "." in pattern else 0
    number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)  # Excel rounds half away from 0
    text = f"{number:,.{decimals}f}" if "," in pattern.split(".")[0] else f"{number:.{decimals}f}"
    return Shown(text, "%" if percent else None)


def _cell_text(value: Any) -> str:
    """A cell as the printed string: integral floats lose their `.0`, others keep their shortest form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


#: Populated cells read at most: a sheet of figures holds hundreds; a compressed sheet can claim millions.
MAX_CELLS = 500_000


def _populated(rows: Any, limit: int = MAX_CELLS) -> list[tuple[int, dict[int, Shown]]]:
    """(0-based row, {0-based column: shown}) for each row holding a value, and nothing for the gaps.
    A row is of values (a CSV's strings) or of (value, number format) pairs (a workbook's cells)."""
    grid, cells = [], 0
    for i, row in enumerate(rows):
        shown = (_shown(*item) if isinstance(item, tuple) else Shown(_cell_text(item)) for item in row)
        texts = {j: cell for j, cell in enumerate(shown) if cell.text}
        cells += len(texts)
        if cells > limit:
            raise ValueError(f"more than {limit:,} filled cells: keep only the figures' table in the sheet")
        if texts:
            grid.append((i, texts))
    return grid


def _read_grid(path: Path, sheet: str | None) -> tuple[list[tuple[int, dict[int, Shown]]], str]:
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return _populated(csv.reader(fh)), f"{path.name}:"
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = book[sheet] if sheet else book.worksheets[0]
        # The sheet's declared size pads every row to its widest column and fills every missing row:
        # one value at XFD1048576 would make a 1,048,576 x 16,384 grid. Without it, rows hold what the file has.
        ws.reset_dimensions()
        cells = (((cell.value, getattr(cell, "number_format", None)) for cell in row) for row in ws.iter_rows())
        return _populated(cells), f"{path.name}:{ws.title}!"
    finally:
        book.close()


def read_sheet(path: Path, sheet: str | None = None) -> tuple[list[dict[str, Cell]], list[Problem]]:
    """The data rows of the sheet as column -> Cell, and problems with the header."""
    try:
        grid, prefix = _read_grid(path, sheet)
    except (csv.Error, zipfile.BadZipFile, InvalidFileException, UnicodeDecodeError) as exc:
        raise ValueError(f"{path.name}: cannot be read as a {path.suffix.lstrip('.')} file ({exc})") from None
    except ValueError as exc:
        raise ValueError(f"{path.name}: {exc}") from None
    if not grid:
        return [], [Problem(f"{prefix}A1", "error", "the sheet is empty: the first row must name the columns " + ", ".join(COLUMNS))]
    header_at, header = grid[0]
    columns: dict[str, int] = {}
    problems = []
    for j, cell in sorted(header.items()):
        name = cell.text
        key = name.strip().lower().replace(" ", "_")
        if not key:
            continue
        if key not in COLUMNS:
            problems.append(Problem(f"{prefix}{get_column_letter(j + 1)}{header_at + 1}", "warning",
                                    f"column `{name}` is not read (known: {', '.join(COLUMNS)})"))
        elif key in columns:
            problems.append(Problem(f"{prefix}{get_column_letter(j + 1)}{header_at + 1}", "error", f"column `{key}` appears twice"))
        else:
            columns[key] = j
    for key in REQUIRED:
        if key not in columns:
            problems.append(Problem(f"{prefix}A{header_at + 1}", "error", f"no `{key}` column in the header row"))
    rows = [{key: Cell(row[j].text if j in row else "", f"{prefix}{get_column_letter(j + 1)}{i + 1}", row[j].unit if j in row else None)
             for key, j in columns.items()}
            for i, row in grid[1:]]
    return rows, problems


def _text(zh: Cell | None, en: Cell | None) -> schema.Text | None:
    if zh is None or not zh.text:
        return None
    return schema.Text(zh=zh.text, en=en.text if en is not None and en.text else None)


def to_metrics(rows: list[dict[str, Cell]], existing: dict[str, schema.Metric]) -> tuple[list[schema.Metric], list[Problem]]:
    """Rows -> metrics, merged over `existing` by id; a row with a bad cell yields a problem, not a metric."""
    result: list[schema.Metric] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for row in rows:
        ident, value, period = row["id"], row["value"], row["period"]
        bad = []
        if not re.match(schema.ID_PATTERN, ident.text):
            bad.append(Problem(ident.where, "error", f"id `{ident.text}`: use lowercase letters, digits and . _ - (e.g. giving.donations.2016)"))
        elif ident.text in seen:
            bad.append(Problem(ident.where, "error", f"id `{ident.text}` already used at {seen[ident.text]}"))
        if not value.text:
            bad.append(Problem(value.where, "error", "value is empty (a formula never calculated reads as empty: open and save the file in Excel)"))
        elif numbers.parse_figure(value.text) is None:
            bad.append(Problem(value.where, "error", f"value `{value.text}` is not a printed number (e.g. 677万, 38,775, 99.65)"))
        if not PERIOD.match(period.text):
            bad.append(Problem(period.where, "error", f"period `{period.text}`: write a year 2016, a date 2016-12-31 or a range 2016-09-07/2016-09-09"))
        unit = row.get("unit")
        if value.unit and (unit is None or not unit.text):
            unit = Cell(value.unit, value.where)  # a percent cell: 28 with unit %, as the sheet shows 28%
        elif value.unit and unit is not None and unit.text not in (value.unit, "％"):
            problems.append(Problem(value.where, "warning", f"the cell shows a percent, but the unit column says `{unit.text}`"))
        if unit is not None and unit.text and units.lookup_unit(unit.text) is None:
            problems.append(Problem(unit.where, "warning", f"unit `{unit.text}` is not in the unit registry (csrpress check reports S104)"))
        old = existing.get(ident.text)
        label = _text(row.get("label_zh"), row.get("label_en")) or (old.label if old else None)
        if label is None:
            where = row["label_zh"].where if "label_zh" in row else ident.where
            bad.append(Problem(where, "error", f"metric `{ident.text}` has no label_zh"))
        problems.extend(bad)
        if bad:
            continue
        seen[ident.text] = ident.where
        src = row.get("source")
        source = _text(row.get("source_zh") or src, row.get("source_en") or src) or (old.source if old else None)
        fields = dict(old.model_dump(by_alias=True, exclude_defaults=True)) if old else {}
        fields.update(id=ident.text, label=label, value=value.text, period=period.text, source=source, provenance=value.where)
        scope = _text(row.get("scope_zh") or row.get("scope"), row.get("scope_en") or row.get("scope"))
        if scope is not None:
            fields["scope"] = scope
        aliases = row.get("aliases")
        if aliases is not None and aliases.text:
            fields["aliases"] = [a.strip() for a in re.split(r"[;；、|\n]", aliases.text) if a.strip()]
        if unit is not None:
            fields["unit"] = unit.text or None
        try:
            result.append(schema.Metric.model_validate(fields))
        except ValidationError as exc:
            problems.append(Problem(ident.where, "error", f"metric `{ident.text}`: {exc.errors()[0]['msg']}"))
    return result, problems


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _text_yaml(text: schema.Text) -> str:
    parts = [f"zh: {_q(text.zh)}"] + ([f"en: {_q(text.en)}"] if text.en else [])
    return "{" + ", ".join(parts) + "}"


def dump(metrics: list[schema.Metric], source_name: str, out: Path, root: Path) -> str:
    lines = [modeline("metrics.json", out, root),
             f"# Metrics imported from {source_name} by `csrpress import`: edit the sheet and import again.",
             "# Import replaces label, value, unit, period, source, provenance, and scope and aliases where the sheet has them; formula is kept.",
             "metrics:"]
    for m in metrics:
        lines += [f"  - id: {m.id}", f"    label: {_text_yaml(m.label)}", f"    value: {_q(m.value)}"]
        lines += [f"    unit: {_q(m.unit)}"] if m.unit else []
        lines += [f"    period: {_q(m.period)}"]
        lines += [f"    scope: {_text_yaml(m.scope)}"] if m.scope else []
        lines += [f"    source: {_text_yaml(m.source)}"] if m.source else []
        lines += [f"    aliases: [{', '.join(_q(a) for a in m.aliases)}]"] if m.aliases else []
        lines += [f"    formula: {_q(m.formula)}"] if m.formula else []
        lines += [f"    provenance: {_q(m.provenance)}"] if m.provenance else []
    return "\n".join(lines) + "\n"


def _existing(out: Path) -> dict[str, schema.Metric]:
    if not out.is_file():
        return {}
    parsed = parse_yaml(out.read_text(encoding="utf-8"), out.name)
    if parsed.diagnostics or not isinstance(parsed.value, dict):
        raise ValueError(f"{out} is not a readable metric file: fix it (csrpress check) or remove it")
    return {m.id: m for m in schema.MetricFile.model_validate(parsed.value).metrics}


def changes(old: dict[str, schema.Metric], new: list[schema.Metric]) -> list[str]:
    lines = []
    for m in new:
        before = old.get(m.id)
        if before is None:
            lines.append(f"added   {m.id} = {m.value} {m.unit or ''}".rstrip())
            continue
        diffs = [f"{name} {getattr(before, name)!s} -> {getattr(m, name)!s}"
                 for name in ("value", "unit", "period") if getattr(before, name) != getattr(m, name)]
        if diffs:
            lines.append(f"changed {m.id}: " + "; ".join(diffs))
    return lines


def _wire(project: Project, rel: str) -> bool:
    """List the metric file in the manifest (as a text edit, keeping comments); False if it already is."""
    text = project.manifest.read_text(encoding="utf-8")
    parsed = parse_yaml(text, "content/report.yaml")
    listed = parsed.value.get("metrics") if isinstance(parsed.value, dict) else None
    if isinstance(listed, list) and rel in listed:
        return False
    if isinstance(listed, list) and listed:
        text = insert_list_item(text, parsed.positions.nodes[("metrics", len(listed) - 1)], listed[-1], rel)
    elif listed is None:
        text = text + ("" if text.endswith("\n") else "\n") + f"metrics: [{rel}]\n"
    else:
        raise ValueError(f"add {rel} to `metrics:` in content/report.yaml (the list there is empty or not a list)")
    write_atomic(project.manifest, text, project.root)  # whole or not at all, like the metric file
    return True


def _run(project: Project | None, args: argparse.Namespace) -> int:
    assert project is not None
    src: Path = args.file
    if not src.is_file() or src.suffix.lower() not in (".xlsx", ".xlsm", ".csv"):
        print(f"csrpress: {src}: give an .xlsx or .csv file", file=sys.stderr)
        return 2
    out = (args.out if args.out is not None else project.root / DEFAULT_OUT).resolve()
    if not out.is_relative_to(project.content.resolve()):
        print(f"csrpress: --out {out} must be inside {project.content}", file=sys.stderr)
        return 2
    rel = out.relative_to(project.content.resolve()).as_posix()
    try:
        existing = _existing(out)
        rows, problems = read_sheet(src, args.sheet)
    except (ValueError, KeyError, ValidationError, OSError) as exc:
        print(f"csrpress: {exc}", file=sys.stderr)
        return 2
    # Without an id, value or period column no row can be read: say so once, not a traceback per row.
    header_ok = not any(p.severity == "error" for p in problems)
    metrics, row_problems = to_metrics(rows, existing) if header_ok else ([], [])
    problems += row_problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if any(p.severity == "error" for p in problems):
        print(f"csrpress: nothing written: fix the cells above in {src.name} and import again", file=sys.stderr)
        if not header_ok:
            print(f"  the first row names the columns, in English: {', '.join(REQUIRED)} (required), then any of "
                  f"{', '.join(c for c in COLUMNS if c not in REQUIRED)} (csrpress import --help)", file=sys.stderr)
        return 1
    kept = sum(1 for mid in existing if mid not in {m.id for m in metrics})
    by_id = {m.id: m for m in metrics}
    merged = [by_id.pop(m.id) if m.id in by_id else m for m in existing.values()] + list(by_id.values())
    diff = changes(existing, metrics)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Through a temp file: a full disk must not leave a truncated file (and lose scope, aliases, formula).
    write_atomic(out, dump(merged, src.name, out, project.root), project.root)
    for line in diff:
        print(line)
    print(f"wrote {project.rel(out)}: {len(metrics)} metric(s) from {src.name}, {len(diff)} added or changed"
          + (f", {kept} not in the sheet kept" if kept else ""))
    try:
        if _wire(project, rel):
            print(f"listed {rel} under `metrics:` in {project.rel(project.manifest)}")
    except ValueError as exc:
        print(f"csrpress: {exc}", file=sys.stderr)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="read metrics from a spreadsheet (.xlsx or .csv) into a metric file",
                       description="One row per metric. The first row names the columns (in English, any order): "
                                   "id, value, period (required); label_zh (required for a new metric), label_en, unit, "
                                   "source or source_zh/source_en, scope or scope_zh/scope_en, aliases. "
                                   "Example row: water.2024 | 15,820 | 2024 | 用水量 | Water used | 吨. "
                                   "Number cells are read as Excel shows them (28% -> 28 with unit %).")
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, help=f"the metric file to write or update (default: {DEFAULT_OUT})")
    p.add_argument("--sheet", help="the worksheet to read (default: the first)")
    p.set_defaults(run=_run, needs_project=True)
