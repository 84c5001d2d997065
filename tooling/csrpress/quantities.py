"""Conversions between the physical units of the registry (units.py), with pint.

The registry names each physical base in pint's terms (`Unit.quantity`); this module answers how
many of one base make one of another (1 兆瓦时 = 1,000 千瓦时; 1 吉焦 = 277.8 千瓦时), or None when
they measure different things. pint is imported only when two figures of one fact are printed in
different bases, so a check of a report that keeps to one unit per quantity never loads it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

DEFINITIONS = Path(__file__).with_name("assets") / "units.pint"


@lru_cache(maxsize=1)
def _registry():
    import pint

    registry = pint.UnitRegistry()
    registry.load_definitions(str(DEFINITIONS))
    return registry


# Factors of this run and of the last one (build/.cache via figcache.py): loading pint's registry
# takes a good part of a second, so a check that needs no new conversion never loads it.
STORED: dict[str, str | None] = {}
USED: dict[str, str | None] = {}


def factor(source: str, target: str, context: str | None = None) -> Decimal | None:
    """How many `target` one `source` is (both pint expressions), or None if they cannot convert; a
    `context` of units.pint (coal_heat) adds the conversions it defines."""
    key = f"{source} -> {target}" + (f" @{context}" if context else "")
    if key not in USED:
        USED[key] = STORED[key] if key in STORED else _factor(source, target, context)
    found = USED[key]
    return None if found is None else Decimal(found)


def _factor(source: str, target: str, context: str | None = None) -> str | None:
    import pint

    registry = _registry()
    try:
        quantity = registry.Quantity(1, source)
        value = (quantity.to(target, context) if context else quantity.to(target)).magnitude
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError):
        return None
    # 12 significant digits: pint's floats carry noise (1 ML = 1000.0000000000002 m³) that no printed figure has
    return format(Decimal(f"{value:.12g}").normalize(), "f")
