"""What a `csrpress check` of the sample loads: only what checking needs (the command is run dozens of times a day).

Each check runs in a fresh interpreter on a scratch copy of the sample, the way a writer runs it; the
assertions are about which modules and validators were loaded, never about time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import io, json, sys, contextlib
from csrpress import cli
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = cli.main(["--root", sys.argv[1], "check"])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "out": out.getvalue()}))
"""

# The renderer, the PDF engine, the plugins' libraries: `check` never needs them.
NEVER = ("weasyprint", "jinja2", "pypdf", "openpyxl", "segno", "watchfiles", "translate", "lxml", "rich",
         "csrpress.build", "csrpress.render", "csrpress.pdf", "csrpress.serve", "csrpress.importer", "csrpress.scaffold")
# Loaded only for strings the figure cache (build/.cache) has not seen: a warm check needs neither.
COLD_ONLY = ("jieba", "pint")
# Only for content that fastschema is not sure of (invalid content's findings) and for JSON schemas: every
# content file of the sample is plainly valid, so it is read into records.py's records without pydantic.
INVALID_ONLY = ("pydantic", "pydantic_core", "csrpress.pydschema")
# Only for a converted edition (zh-Hant of a Simplified project, zh of a Traditional one): the sample prints zh and en.
CONVERTED_EDITION_ONLY = ("csrpress.hant", "markupsafe")
# Only for a report large enough to check in two processes (checks/parallel.py): the forked child's lifeline
# (ctypes, ~10 ms with ctypes.util's subprocess and shutil).
SPLIT_ONLY = ("ctypes",)


def _check(root: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "tooling"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_a_check_of_the_sample_loads_no_renderer_and_no_pydantic(tmp_path: Path) -> None:
    for name in ("content", "templates"):
        shutil.copytree(REPO / name, tmp_path / name)
    cold = _check(tmp_path)
    warm = _check(tmp_path)
    assert cold["code"] == warm["code"] == 1  # the sample has error findings on purpose
    assert _loaded(cold["modules"], NEVER) == [] and _loaded(warm["modules"], NEVER) == []
    assert _loaded(cold["modules"], COLD_ONLY)  # the first check did segment and convert ...
    assert _loaded(warm["modules"], COLD_ONLY) == []  # ... and the second found it all in the cache
    assert _loaded(cold["modules"], INVALID_ONLY) == [] and _loaded(warm["modules"], INVALID_ONLY) == []
    assert _loaded(warm["modules"], CONVERTED_EDITION_ONLY) == []
    assert _loaded(cold["modules"], SPLIT_ONLY) == [] and _loaded(warm["modules"], SPLIT_ONLY) == []
    assert "babel" not in {m.split(".")[0] for m in warm["modules"]}  # English digits need no locale data


def test_the_renderer_modules_exist() -> None:
    """The names above are real modules (a renamed one would make the first test pass for nothing)."""
    import importlib.util

    for name in ("weasyprint", "jinja2", "pypdf", "openpyxl", "translate", "jieba", "pint", "csrpress.build", "csrpress.render",
                 "pydantic", "csrpress.pydschema", "csrpress.hant", "markupsafe", "ctypes"):
        assert importlib.util.find_spec(name) is not None, name


def test_an_invalid_file_is_still_judged_by_pydantic(tmp_path: Path) -> None:
    """The other side of the test above: a typo in a key still loads pydantic, whose error is the finding (L003)."""
    for name in ("content", "templates"):
        shutil.copytree(REPO / name, tmp_path / name)
    manifest = tmp_path / "content" / "report.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("\ntitle:", "\ntitel:", 1), encoding="utf-8")
    got = _check(tmp_path)
    assert got["code"] == 1 and "L003" in got["out"] and "unknown key `titel`" in got["out"]
    assert _loaded(got["modules"], ("pydantic", "csrpress.pydschema"))
