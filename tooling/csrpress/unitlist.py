"""`csrpress units`: the unit registry as a writer reads it (zh form, English, what it measures, scale).

The registry (units.py) is what figures and metrics may be counted in; a metric with another unit is
S104. Physical units name their pint base (quantities.py), so 兆瓦时 and 万千瓦时 compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata

from .units import UNITS


def rows() -> list[dict[str, str]]:
    found = []
    for unit in UNITS.values():
        found.append({"zh": unit.zh, "en": unit.en_plural or "(bare number)", "dimension": unit.dimension,
                      "base": UNITS[unit.base].zh, "scale": format(unit.scale.normalize(), "f"),
                      "also": ", ".join(unit.aliases), "pint": unit.quantity or ""})
    return found


def run(_project: object, args: argparse.Namespace) -> int:
    table = rows()
    if args.format == "json":
        json.dump(table, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    # one section per quantity, in registry order, so a writer finds 万吨 under mass and 港元 under currency
    sections: dict[str, list[dict[str, str]]] = {}
    for row in table:
        sections.setdefault(row["dimension"], []).append(row)
    for dimension, found in sections.items():
        print(f"\n{dimension.replace('_', ' ')}")
        for row in found:
            scale = "" if row["scale"] == "1" else f"= {int(row['scale']):,} {row['base']}"
            print(f"  {_pad(row['zh'], 14)} {row['en']:<40} {_pad(scale, 24)} {row['also']}")
    print(f"\n{len(table)} units. Also understood: a scale word before a unit (万批次, 百万千瓦时, 千吨), an intensity of two "
          "units (吨/万元, 千瓦时/床日, tCO2e/万元) and one per unit of output (千克标准煤/吨钢, 立方米/万元产值).\n"
          "A metric in another unit is S104; write the unit as listed, or leave it out.")
    return 0


def _pad(text: str, width: int) -> str:
    """`text` padded to `width` columns, a Chinese character taking two (the zh column lines up in a terminal)."""
    shown = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(1, width - shown)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("units", help="list the units figures and metrics may be counted in")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(run=run, needs_project=False)
