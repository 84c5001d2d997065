"""Compiled patterns kept per machine (rxcache.py): a pattern from the file matches exactly as re's own."""

from __future__ import annotations

import base64
import json
import re
from array import array
from pathlib import Path

import pytest
from re import _compiler

from csrpress import rxcache
from csrpress.signing import machine_key, sign

PATTERNS = [(r"(?P<year>(?:19|20)\d\d)\s*年(?:末|底)?", 0), (r"[\u4e00-\u9fff]{2,6}率", 0), (r"\b(rose|fell)\s+(\d+(?:\.\d+)?)%", re.I),
            (r"^\s*[-*]\s+\S", re.M), (r"[\ud800-\udfff]", 0)]
TEXTS = ["截至2023年末，员工流失率为3.2%", "Revenue rose 12.5% and costs FELL 3%", "text\n - item\n* two", "a\ud800b", ""]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """rxcache installed over an empty cache folder; re's own compile and caches restored afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_compiler, "compile", rxcache._original)
    monkeypatch.setattr(rxcache, "_stored", {})
    monkeypatch.setattr(rxcache, "_used", {})
    monkeypatch.setattr(rxcache, "_fresh", 0)
    re.purge()
    yield
    re.purge()


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()   # else re's in-process cache answers and the stored code is never used
    return [re.compile(p, f) for p, f in PATTERNS]


def _behaviour(patterns: list[re.Pattern[str]]) -> list:
    return [(p.pattern, p.flags, p.groups, p.groupindex, [(m.span(), m.groups()) for t in TEXTS for m in p.finditer(t)])
            for p in patterns]


def test_a_pattern_from_the_file_behaves_as_one_compiled_by_re(fresh) -> None:
    expected = _behaviour([rxcache._original(p, f) for p, f in PATTERNS])
    rxcache.install()
    assert _behaviour(_compile_all()) == expected
    assert rxcache.save() and rxcache.cache_file().is_file()
    rxcache._stored.clear()
    rxcache._used.clear()
    rxcache._fresh = 0
    rxcache._stored.update(rxcache._read())
    assert len(rxcache._stored) >= len(PATTERNS)
    assert _behaviour(_compile_all()) == expected
    assert rxcache._fresh == 0   # every pattern came from the file ...
    assert not rxcache.save()    # ... so nothing is written again


def test_an_edited_or_foreign_file_is_ignored(fresh) -> None:
    rxcache.install()
    _compile_all()
    rxcache.save()
    path = rxcache.cache_file()
    head, _, body = path.read_bytes().partition(b"\n")
    data = json.loads(body)
    path.write_bytes(head + b"\n" + body.replace(b"rose", b"rise"))   # the signature no longer fits
    assert rxcache._read() == {}
    data["python"] = "another Python"
    other = json.dumps(data).encode()
    path.write_bytes(rxcache._MAGIC + sign(other, machine_key()) + b"\n" + other)
    assert rxcache._read() == {}


def test_code_the_engine_refuses_is_compiled_again(fresh) -> None:
    rxcache.install()
    key = f"0:{PATTERNS[0][0]}"
    bad = base64.b64encode(array(rxcache._WORD, [17, 4, 0, 1, 1, 1000, 97, 1]).tobytes()).decode()
    rxcache._stored[key] = [32, bad, 0, {}, [None]]   # _sre: "invalid SRE code"
    pattern = _compile_all()[0]
    assert pattern.search("2023年末").group("year") == "2023"
    assert key not in rxcache._stored and rxcache._fresh == len(PATTERNS)


def test_earlier_runs_patterns_are_kept_up_to_as_much_again_as_this_runs(fresh) -> None:
    """Two versions used in turn keep each other's patterns, but old ones drop off instead of growing the file."""
    rxcache.install()
    _compile_all()
    own = sum(len(row[1]) for row in rxcache._used.values())
    old = base64.b64encode(array(rxcache._WORD, [1] * 64).tobytes()).decode()
    earlier = {f"0:earlier{i}": [32, old, 0, {}, [None]] for i in range(200)}   # far more than this run's own code
    rxcache._stored.update(earlier)
    assert rxcache.save()
    kept = rxcache._read()
    assert all(key in kept for key in rxcache._used)              # this run's patterns, all of them
    ones = [key for key in kept if key.startswith("0:earlier")]
    assert ones == list(earlier)[:len(ones)]                      # the most recent earlier ones, in order
    assert 0 < sum(len(kept[k][1]) for k in ones) <= own + len(old)
