"""The DRAFT stamp's date: SOURCE_DATE_EPOCH when set (reproducible builds), today otherwise (issue 15 item 3)."""

from __future__ import annotations

import datetime
import os

from conftest import ONE_CHAPTER

from csrpress.build import BuildOptions, build, draft_date

EPOCH_2020_02_02 = "1580601600"  # 2020-02-02T00:00:00Z


def test_source_date_epoch_sets_the_stamp_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2020_02_02)
    assert draft_date() == "2020-02-02"


def test_without_source_date_epoch_the_stamp_is_today(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert draft_date() == datetime.date.today().isoformat()


def test_a_malformed_source_date_epoch_falls_back_to_today(monkeypatch):
    for bad in ("yesterday", "-5", "1e9", "99999999999999999999"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", bad)
        assert draft_date() == datetime.date.today().isoformat(), bad


def test_a_draft_build_prints_the_source_date_not_the_manifest_date(make_project, monkeypatch):
    # The build sets SOURCE_DATE_EPOCH to the manifest's date (2017-01-01) for font timestamps: the stamp
    # must still carry the caller's date, and the caller's variable must survive the build unchanged.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_2020_02_02)
    project = make_project({"content/chapters/01.yaml": ONE_CHAPTER})
    result = build(project, BuildOptions(editions=("en",), jobs=1))
    assert result.outputs, [str(d) for d in result.diagnostics]
    html = (project.build_dir / "demo.en.html").read_text(encoding="utf-8")
    assert 'content: "DRAFT 2020-02-02"' in html
    assert os.environ["SOURCE_DATE_EPOCH"] == EPOCH_2020_02_02
