"""The figures read from the report's strings, kept in build/.cache/ between runs.

Reading figures is most of a check's work, and a writer re-checks after editing one
paragraph: with this cache a check reads only the strings that changed. Entries are keyed by
the exact string and the file is tagged with a hash of the reader's source (numbers.py,
numerals.py, units.py), so a new reader never trusts an old cache. JSON, not pickle: build/
may come from anywhere, and loading it must not run code. Any unreadable cache is ignored.

A cached reading decides whether a figure conflicts, so the file is signed (HMAC-SHA256) with a key
kept outside the project, in the user's cache folder: a build/ copied from another machine or an
edited entry fails the check and is ignored (the strings are read again), never believed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from . import numbers
from . import quantities
from .claims import subject
from .numbers import Figure
from .project import PACKAGE_DIR, Project
from .signing import machine_key, sign as _sign

_FORMAT = 1
_READER_SOURCES = ("numbers.py", "numerals.py", "units.py", "claims/subject.py", "claims/thesaurus.py", "claims/script.py",
                   "assets/traditional-only.txt", "quantities.py",
                   "assets/units.pint")


@contextmanager
def kept(project: Project) -> Iterator[None]:
    """Around a check: figures of unchanged strings come from the last run, new ones are stored."""
    load(project)
    yield
    save(project)


_MAGIC = b"csrpress-figures "
#: The segmentations and conversions the last load found in the file (a run that needs more must write them,
#: even when every figure came from the file: else each later check loads jieba or pint again).
_LOADED: dict[str, frozenset[str]] = {"segments": frozenset(), "factors": frozenset(), "tags": frozenset()}


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


def _decode(row: list, decimals: dict[str, Decimal]) -> Figure:
    printed, start, end, value, low, high, precision, unit, qualifier, kind, date, period = row
    return Figure(printed, start, end, None if value is None else _number(value, decimals), _number(low, decimals),
                  _number(high, decimals), _number(precision, decimals), unit, qualifier, kind,
                  tuple(date) if date else None, tuple(period) if period else None)


def _number(text: str, decimals: dict[str, Decimal]) -> Decimal:
    # A report's ~3,000 figures hold ~900 distinct numbers (precisions, bounds, repeated values): each string
    # is made a Decimal once per load (Decimals are immutable, so figures may share one).
    made = decimals.get(text)
    if made is None:
        made = decimals[text] = Decimal(text)
    return made


def read(project: Project) -> dict | None:
    """The cache file's data if this user's csrpress wrote it on this machine and nobody edited it since."""
    try:
        head, _, body = cache_file(project).read_bytes().partition(b"\n")
        if not (head.startswith(_MAGIC) and hmac.compare_digest(head[len(_MAGIC):], _sign(body, machine_key()))):
            return None
        data = json.loads(body.decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def load(project: Project) -> int:
    """Seed the reader's memo from the cache; returns how many strings it holds (0 if none usable)."""
    memo = numbers.MEMO
    memo.stored.update(memo.used)   # a long-running `serve` starts each run afresh
    memo.parsed_stored.update(memo.parsed_used)
    memo.used.clear()
    memo.parsed_used.clear()
    memo.computed = 0
    subject.STORED.update(subject.USED)
    subject.USED.clear()
    subject.TAGS_STORED.update(subject.TAGS_USED)
    subject.TAGS_USED.clear()
    quantities.STORED.update(quantities.USED)
    quantities.USED.clear()
    _LOADED.update(segments=frozenset(), factors=frozenset(), tags=frozenset())
    try:
        data = read(project)
        if data is None or data.get("reader") != reader_key():
            return 0
        decimals: dict[str, Decimal] = {}
        stored = {text: tuple([_decode(row, decimals) for row in rows]) for text, rows in data["figures"].items()}
        parsed = {text: None if row is None else _decode(row, decimals) for text, row in data["parsed"].items()}
    except (OSError, ValueError, TypeError, KeyError, ArithmeticError, AttributeError):
        return 0
    memo.stored.update(stored)
    memo.parsed_stored.update(parsed)
    segments = {text: tuple(words) for text, words in data.get("segments", {}).items()}
    factors = {key: value for key, value in data.get("factors", {}).items() if value is None or isinstance(value, str)}
    tags = {text: tuple((word, flag) for word, flag in pairs) for text, pairs in data.get("tags", {}).items()}
    subject.STORED.update(segments)
    subject.TAGS_STORED.update(tags)
    quantities.STORED.update(factors)
    _LOADED.update(segments=frozenset(segments), factors=frozenset(factors), tags=frozenset(tags))
    return len(stored) + len(parsed)


def _changed() -> bool:
    """Whether the file would differ from the one loaded: a string read or segmented anew, a conversion
    worked out anew, or an entry this run did not use (a string gone from the report)."""
    memo = numbers.MEMO
    return bool(memo.computed or memo.stored or memo.parsed_stored or subject.STORED or subject.TAGS_STORED
                or subject.USED.keys() - _LOADED["segments"] or subject.TAGS_USED.keys() - _LOADED["tags"]
                or quantities.USED.keys() - _LOADED["factors"])


def save(project: Project) -> bool:
    """Write the strings this run read (dropping those no longer in the report), if anything changed."""
    memo = numbers.MEMO
    if not _changed():
        return False
    path = cache_file(project)
    data = {"reader": reader_key(),
            "figures": {text: [_encode(f) for f in figs] for text, figs in memo.used.items()},
            "parsed": {text: None if f is None else _encode(f) for text, f in memo.parsed_used.items()},
            "segments": {text: list(words) for text, words in subject.USED.items()},
            "tags": {text: [list(pair) for pair in pairs] for text, pairs in subject.TAGS_USED.items()},
            "factors": dict(quantities.USED)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when the file is written: a warm check reads it and stops there

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".figures-", suffix=".tmp")
        try:
            body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + _sign(body, machine_key()) + b"\n" + body)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return False   # a read-only build/ only costs the next run its speed
    memo.stored.clear()
    memo.parsed_stored.clear()
    subject.STORED.clear()
    subject.TAGS_STORED.clear()
    return True
