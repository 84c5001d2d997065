"""The figures read from the report's strings, kept in build/.cache/ between runs.

Reading figures is most of a check's work, and a writer re-checks after editing one
paragraph: with this cache a check reads only the strings that changed. Entries are keyed by
the exact string and the file is tagged with a hash of the reader's source (numbers.py,
numerals.py, units.py), so a new reader never trusts an old cache. JSON, not pickle: build/
may come from anywhere, and loading it must not run code. Any unreadable cache is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from . import numbers
from .numbers import Figure
from .project import PACKAGE_DIR, Project

_FORMAT = 1
_READER_SOURCES = ("numbers.py", "numerals.py", "units.py")


@contextmanager
def kept(project: Project) -> Iterator[None]:
    """Around a check: figures of unchanged strings come from the last run, new ones are stored."""
    load(project)
    yield
    save(project)


def cache_file(project: Project) -> Path:
    return project.build_dir / ".cache" / "figures.json"


def reader_key() -> str:
    digest = hashlib.sha256(str(_FORMAT).encode())
    for name in _READER_SOURCES:
        digest.update((PACKAGE_DIR / name).read_bytes())
    return digest.hexdigest()


def _encode(fig: Figure) -> list[object]:
    return [fig.printed, fig.start, fig.end, None if fig.value is None else str(fig.value), str(fig.low),
            str(fig.high), str(fig.precision), fig.unit, fig.qualifier, fig.kind, fig.date, fig.period]


def _decode(row: list) -> Figure:
    printed, start, end, value, low, high, precision, unit, qualifier, kind, date, period = row
    return Figure(printed, start, end, None if value is None else Decimal(value), Decimal(low), Decimal(high),
                  Decimal(precision), unit, qualifier, kind, tuple(date) if date else None,
                  tuple(period) if period else None)


def load(project: Project) -> int:
    """Seed the reader's memo from the cache; returns how many strings it holds (0 if none usable)."""
    memo = numbers.MEMO
    memo.stored.update(memo.used)   # a long-running `serve` starts each run afresh
    memo.parsed_stored.update(memo.parsed_used)
    memo.used.clear()
    memo.parsed_used.clear()
    memo.computed = 0
    try:
        data = json.loads(cache_file(project).read_text(encoding="utf-8"))
        if data.get("reader") != reader_key():
            return 0
        stored = {text: tuple(_decode(row) for row in rows) for text, rows in data["figures"].items()}
        parsed = {text: None if row is None else _decode(row) for text, row in data["parsed"].items()}
    except (OSError, ValueError, TypeError, KeyError, ArithmeticError, AttributeError):
        return 0
    memo.stored.update(stored)
    memo.parsed_stored.update(parsed)
    return len(stored) + len(parsed)


def save(project: Project) -> bool:
    """Write the strings this run read (dropping those no longer in the report), if anything changed."""
    memo = numbers.MEMO
    if not memo.computed and not memo.stored and not memo.parsed_stored:
        return False
    path = cache_file(project)
    data = {"reader": reader_key(),
            "figures": {text: [_encode(f) for f in figs] for text, figs in memo.used.items()},
            "parsed": {text: None if f is None else _encode(f) for text, f in memo.parsed_used.items()}}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".figures-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return False   # a read-only build/ only costs the next run its speed
    memo.stored.clear()
    memo.parsed_stored.clear()
    return True
