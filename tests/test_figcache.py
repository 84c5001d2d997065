"""The figure cache (build/.cache/figures.json): a check with it finds exactly what a check without it finds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from csrpress import figcache, numbers
from csrpress.checks import check_project
from csrpress.project import Project

REPO = Path(__file__).resolve().parent.parent

CASE = REPO / "tests" / "checks" / "cases" / "n201-figure-conflict"   # 677万 typed, 670万 declared
CONFLICT = "2016年，共有677万人次参与捐款。"


def _case(tmp_path: Path) -> Project:
    shutil.copytree(CASE, tmp_path / "case", ignore=shutil.ignore_patterns("build"))
    shutil.copytree(REPO / "templates", tmp_path / "case" / "templates")
    return Project(tmp_path / "case")


def _findings(project: Project) -> list[tuple[str, str, str]]:
    """Each finding with its place, message, hint and related places (Diagnostic equality)."""
    return [(d.code, str(d.location), repr(d)) for d in check_project(project)]


def _sample(tmp_path: Path) -> Project:
    for name in ("content", "templates"):
        shutil.copytree(REPO / name, tmp_path / name)
    return Project(tmp_path)


def test_sample_findings_are_the_same_with_an_empty_a_warm_and_no_cache(tmp_path: Path) -> None:
    project = _sample(tmp_path)
    cold = _findings(project)
    assert figcache.cache_file(project).is_file()
    warm = _findings(project)
    assert numbers.MEMO.computed == 0   # the warm run read no string again
    figcache.cache_file(project).unlink()
    numbers.MEMO.stored.clear()
    numbers.MEMO.used.clear()
    numbers.MEMO.parsed_stored.clear()
    numbers.MEMO.parsed_used.clear()
    uncached = _findings(project)
    assert cold == warm == uncached
    assert any(code == "N201" for code, *_ in cold)


def test_an_edited_string_is_read_again(tmp_path: Path) -> None:
    project = _case(tmp_path)
    assert [f for f in _findings(project) if f[0] == "N201"]
    path = project.content / "chapters" / "01.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(CONFLICT, "2016年，共有670.0万人次参与捐款。"), encoding="utf-8")
    assert not [f for f in _findings(project) if f[0] == "N201"]
    assert numbers.MEMO.computed == 1   # only the edited string was read again
    stored = figcache.read(project)["figures"]
    assert CONFLICT not in stored   # strings gone from the report are dropped
    assert "2016年，共有670.0万人次参与捐款。" in stored


def test_a_cache_from_another_reader_or_a_broken_file_is_ignored(tmp_path: Path) -> None:
    project = _case(tmp_path)
    expected = _findings(project)
    path = figcache.cache_file(project)
    data = figcache.read(project)
    # A lying cache entry under another reader's key must not be believed.
    poisoned = {text: [] for text in data["figures"]}
    path.write_text(json.dumps({"reader": "another reader", "figures": poisoned, "parsed": {}}), encoding="utf-8")
    numbers.MEMO.stored.clear()
    numbers.MEMO.used.clear()
    assert _findings(project) == expected
    for broken in ("{not json", '{"reader": 1}', "[]", json.dumps({"reader": figcache.reader_key(), "figures": {"x": [[1]]}})):
        path.write_text(broken, encoding="utf-8")
        numbers.MEMO.stored.clear()
        numbers.MEMO.used.clear()
        assert _findings(project) == expected


def test_a_read_only_build_folder_costs_only_speed(tmp_path: Path) -> None:
    project = _case(tmp_path)
    project.build_dir.mkdir()
    (project.build_dir / ".cache").write_text("a file where the cache folder would go", encoding="utf-8")
    found = _findings(project)
    assert any(code == "N201" for code, *_ in found)   # the check ran in full
    assert not figcache.cache_file(project).exists()
    assert _findings(project) == found


def test_the_form_field_font_is_the_same_cut_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    from csrpress import forms

    found = forms._font_file(forms.SOURCE_PATTERN)
    if found is None:
        import pytest

        pytest.skip("no Noto Sans CJK SC (tooling/ensure-system-deps.sh installs it)")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = forms.field_font(*found)
    (cached,) = (tmp_path / "csrpress").glob("field-font-*.otf")
    assert fresh is not None and cached.read_bytes() == fresh
    assert forms.field_font(*found) == fresh
    cached.write_bytes(b"not a font")   # a damaged cache entry is cut again, not embedded
    assert forms.field_font(*found) == fresh
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("a file where the cache folder would go", encoding="utf-8")
    assert forms.field_font(*found) == fresh



def test_a_cache_missing_segmentations_is_completed(tmp_path: Path) -> None:
    """Every figure from the cache but a segmentation missing (a build wrote it, or an older csrpress): the run
    writes what it segmented, else every later check would load jieba again. Fresh processes, as a writer runs
    checks (in one process the memo of the last run would hide the missing entries)."""
    project = _sample(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "tooling"), os.environ.get("PYTHONPATH", "")])}
    check = [sys.executable, "-m", "csrpress", "--root", str(project.root), "check"]
    subprocess.run(check, capture_output=True, env=env)
    path = figcache.cache_file(project)
    data = figcache.read(project)
    assert data["segments"]
    data["segments"] = {}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(figcache._MAGIC + figcache._sign(body, figcache.machine_key()) + b"\n" + body)
    assert not figcache.read(project)["segments"]
    subprocess.run(check, capture_output=True, env=env)
    assert figcache.read(project)["segments"]   # every figure came from the file, and yet it was written again


def test_an_unchanged_report_is_checked_again_without_loading_jieba(tmp_path: Path) -> None:
    """The segmenter's dictionaries (jieba's ~1.7 s and posseg's tags ~1.4 s) load only for text the last check did
    not see: segmentations and part-of-speech tags both come back from build/.cache, so a re-check of the sample stays
    well under half a second. Fresh processes, as a writer runs checks."""
    project = _sample(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "tooling"), os.environ.get("PYTHONPATH", "")])}
    probe = ("import runpy, sys\n"
             "sys.argv = ['csrpress', '--root', sys.argv[1], 'check']\n"
             "try:\n    runpy.run_module('csrpress', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print('JIEBA', 'jieba' in sys.modules, 'jieba.posseg' in sys.modules, file=sys.stderr)\n")
    first = subprocess.run([sys.executable, "-c", probe, str(project.root)], capture_output=True, text=True, env=env)
    assert "JIEBA True True" in first.stderr   # the sample has bare counts and wholes to tag: posseg was needed
    assert figcache.read(project)["tags"]
    again = subprocess.run([sys.executable, "-c", probe, str(project.root)], capture_output=True, text=True, env=env)
    assert "JIEBA False False" in again.stderr, again.stderr[-2000:]
