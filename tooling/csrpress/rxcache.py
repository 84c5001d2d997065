"""Regular expressions compiled once per machine instead of once per run.

Importing the checks compiles ~340 regular expressions, and Python's `re` does that in Python: it
parses each pattern and generates the matcher's code, ~60 ms of a 0.5 s `csrpress check` (issue 14),
in every run although the patterns never change. The generated code depends only on the pattern, its
flags and the Python that generated it, so a check or build keeps it in the user's cache folder and the
next run hands it straight to `_sre.compile` (~2 µs a pattern instead of ~200 µs).

Safety: the file lives in the user's cache folder, never in build/ (which travels between machines);
it is JSON, never pickle; it is signed with this user's key (signing.py) and tagged with the exact Python
build, so another Python's or an edited file is ignored; and `_sre.compile` validates the code it is given
("invalid SRE code"), so even a bad entry cannot make the engine read outside its program. Any surprise
(no cache folder, a Python whose `re` internals differ) just means `re` compiles as it always does.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import sys
from array import array

import _sre
import re
from re import _compiler, _parser

from .signing import cache_folder, machine_key, sign

_MAGIC = b"csrpress-regex "
#: Which Python generated the code: its version string (with build date and compiler) and the engine's magic.
_FORMAT = 2  # in the file's name: csrpress versions with another format (run side by side) keep their own file
_PYTHON = f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
_CAP = 1000  # patterns kept: a run's own plus those of earlier runs (other reports', other versions') up to this
#: ... and earlier runs' code up to as much again as this run's own: two csrpress versions used in turn (a
#: developer's checkouts) each keep the other's patterns, without the file growing to its cap of near-duplicate
#: grammars (9 MB, 30 ms of every start to read, where one version's patterns are 1.7 MB).
_EARLIER = 1.0
#: The code is stored as the bytes of an array of code words, base64: a few patterns (case-blind ones with large
#: character classes) generate ~40,000 words, which as JSON numbers took longer to parse than to generate.
_WORD = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "")

_original = _compiler.compile
_stored: dict[str, list] = {}   # "flags:pattern" -> [flags, code, groups, groupindex, indexgroup], from the file
_used: dict[str, list] = {}     # the same for the patterns this run compiled
_fresh = 0                      # patterns this run had to compile itself


def cache_file():
    return cache_folder() / f"regex-{sys.implementation.cache_tag}-{_FORMAT}.json"


def _compile(pattern, flags=0):
    """re._compiler.compile for a pattern string: the stored code if any, else compiled and remembered."""
    global _fresh
    if type(pattern) is not str or flags & re.DEBUG:  # bytes, a str subclass, a parsed pattern (re.Scanner)
        return _original(pattern, flags)
    key = f"{flags}:{pattern}"
    row = _used.get(key) or _stored.get(key)
    if row is not None:
        try:
            compiled = _sre.compile(pattern, row[0], _code(row[1]), row[2], row[3], tuple(row[4]))
            _used[key] = row
            return compiled
        except Exception:  # noqa: BLE001 - whatever a bad entry raises (_sre: "invalid SRE code"), re compiles it as always
            _stored.pop(key, None)
    row, code = _generate(pattern, flags)
    _used[key] = row
    _fresh += 1
    return _sre.compile(pattern, row[0], code, row[2], row[3], tuple(row[4]))


def _code(stored: str) -> list[int]:
    words = array(_WORD)
    words.frombytes(base64.b64decode(stored, validate=True))
    return words.tolist()


def _generate(pattern: str, flags: int) -> tuple[list, list[int]]:
    """What re._compiler.compile hands to _sre.compile (the same steps, Python 3.11-3.13): the row to store
    (the code as base64) and the code."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    stored = base64.b64encode(array(_WORD, code).tobytes()).decode("ascii")
    return [flags | parsed.state.flags, stored, parsed.state.groups - 1, groupindex, indexgroup], code


def install() -> None:
    """Compile `re` patterns from the cache from now on (a short run: check, build)."""
    if _compiler.compile is _compile or not callable(getattr(_compiler, "_code", None)) or not _WORD:
        return
    _stored.update(_read())
    _compiler.compile = _compile


def _read() -> dict[str, list]:
    try:
        head, _, body = cache_file().read_bytes().partition(b"\n")
        if not (head.startswith(_MAGIC) and hmac.compare_digest(head[len(_MAGIC):], sign(body, machine_key()))):
            return {}
        data = json.loads(body.decode("utf-8"))
        if data.get("python") != _PYTHON or not isinstance(data.get("patterns"), dict):
            return {}
        return data["patterns"]
    except (OSError, ValueError, AttributeError, RuntimeError):
        return {}


def save() -> bool:
    """Write the file if this run compiled a pattern the file did not hold."""
    if not _fresh:
        return False
    kept = dict(_used)
    room = _EARLIER * sum(len(row[1]) for row in _used.values())
    for key, row in _stored.items():   # the file's order: the last run's patterns first, so the oldest go
        if len(kept) >= _CAP or room <= 0:
            break
        if key not in kept:
            kept[key] = row
            room -= len(row[1])
    # ASCII escapes: a pattern may hold a lone surrogate (yamlsrc's [\ud800-\udfff]), which UTF-8 cannot encode
    body = json.dumps({"python": _PYTHON, "patterns": kept}, separators=(",", ":")).encode("ascii")
    path = cache_file()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            out.write(_MAGIC + sign(body, machine_key()) + b"\n" + body)
        os.replace(tmp, path)   # atomic: a concurrent run reads the old file or the new one
    except OSError:
        return False   # a read-only home only costs the next run its speed
    finally:
        if tmp.exists():
            tmp.unlink()
    return True
