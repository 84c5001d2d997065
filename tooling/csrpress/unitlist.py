"""`csrpress units`: the unit registry as a writer reads it (zh form, English, what it measures, scale).

The registry (units.py) is what figures and metrics may be counted in; a metric with another unit is
S104. Physical units name their pint base (quantities.py), so 兆瓦时 and 万千瓦时 compare.
"""

from __future__ import annotations

import argparse
import json
import sys

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
    print(f"{'zh':<12} {'English':<44} {'measures':<16} {'scale':>10}  also written")
    for row in table:
        scale = "" if row["scale"] == "1" else f"×{row['scale']} {row['base']}"
        print(f"{row['zh']:<12} {row['en']:<44} {row['dimension']:<16} {scale:>10}  {row['also']}")
    print(f"\n{len(table)} units. A metric in another unit is S104; write the unit as listed, or leave it out.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("units", help="list the units figures and metrics may be counted in")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(run=run, needs_project=False)
