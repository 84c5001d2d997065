"""A writer's first week (issue 16): set-up, errors that name the real mistake, footnotes, imports,
next year's report, frameworks, default templates, zh-Hant and the tutorial."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from csrpress.cli import main
from csrpress.project import Project

from conftest import REPO

VENV_BIN = Path(sys.executable).parent


def _bare_path() -> str:
    """PATH without the virtual environment: a fresh terminal where `csrpress` was never activated."""
    keep = [p for p in os.environ.get("PATH", "").split(os.pathsep)
            if p and Path(p).resolve() != VENV_BIN.resolve() and not (Path(p) / "csrpress").exists()]
    return os.pathsep.join(keep)


# ---- 1. set-up ------------------------------------------------------------------------------------


def test_make_build_ends_by_telling_how_to_run_csrpress():
    dry = subprocess.run(["make", "-n", "build"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert ". .venv/bin/activate" in dry.strip().splitlines()[-1]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ". .venv/bin/activate" in readme and "csrpress init" in readme


def test_init_makefile_finds_the_installed_csrpress_without_a_package_index(tmp_path, capsys):
    if shutil.which("make") is None:
        pytest.skip("no make")
    target = tmp_path / "esg"
    assert main(["init", str(target), "--year", "2024"]) == 0
    makefile = (target / "Makefile").read_text(encoding="utf-8")
    assert "pip install" not in makefile
    env = {**os.environ, "PATH": _bare_path()}
    env.pop("VIRTUAL_ENV", None)
    assert shutil.which("csrpress", path=env["PATH"]) is None
    done = subprocess.run(["make", "-s", "check"], cwd=target, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "0 error(s)" in done.stdout
    # A project made from it for next year gets the same Makefile, not an older one that said `pip install csrpress`.
    (target / "Makefile").write_text("# Build and check this report. Needs csrpress on PATH (pip install csrpress).\n"
                                     "CSR ?= csrpress\n\nbuild:\n\t$(CSR) build\n", encoding="utf-8")
    assert main(["init", str(tmp_path / "next"), "--from", str(target)]) == 0
    assert (tmp_path / "next" / "Makefile").read_text(encoding="utf-8") == makefile
