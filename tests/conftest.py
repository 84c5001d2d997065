"""Shared fixtures: throwaway report projects, and the sample report built once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from csrpress.build import BuildOptions, BuildResult, build
from csrpress.project import Project

REPO = Path(__file__).resolve().parent.parent

# One small valid chapter: a metric referenced in prose (tests break it in one place at a time).
ONE_CHAPTER = """\
id: one
number: "01"
title: {zh: 第一章, en: Chapter One}
metrics:
  - {id: one.donors, label: {zh: 捐款人次, en: donations}, value: 677万, unit: 人次, period: "2016"}
sections:
  - id: intro
    number: "1.1"
    title: {zh: 引言, en: Introduction}
    blocks:
      - text:
          zh: 共有{m:one.donors}。
          en: "{m:one.donors} in all."
"""

MINIMAL_MANIFEST = """\
id: demo
company: {zh: 示例公司, en: Example Co}
title: {zh: 示例报告, en: Example Report}
period: {start: "2016-01-01", end: "2016-12-31", label: "2016"}
date: "2017-01-01"
editions: [zh, en]
chapters: [chapters/01.yaml]
"""


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Project]:
    """make_project({"content/chapters/01.yaml": "...", ...}) -> a project with the default templates."""

    def make(files: dict[str, str], manifest: str | None = MINIMAL_MANIFEST) -> Project:
        shutil.copytree(REPO / "templates", tmp_path / "templates", dirs_exist_ok=True)
        if manifest is not None:
            (tmp_path / "content").mkdir(exist_ok=True)
            (tmp_path / "content" / "report.yaml").write_text(manifest, encoding="utf-8")
        for rel, text in files.items():
            path = tmp_path / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return Project(tmp_path)

    return make


def _has_cjk_font() -> bool:
    try:
        out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return False
    return bool(out.strip())


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, BuildResult]:
    """The sample report (content/ of this repo) built once into a temporary copy."""
    if not _has_cjk_font():
        if os.environ.get("CI") == "true":
            pytest.fail("no CJK font: CI must install fonts-noto-cjk (make test does)")
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "templates", root / "templates")
    project = Project(root)
    result = build(project, BuildOptions())
    return project, result
