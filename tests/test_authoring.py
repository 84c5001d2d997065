"""Authoring tools: editor schemas, new projects and chapters, a new year, spreadsheet import, build progress."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from openpyxl import Workbook

from csrpress import frameworks, schemagen
from csrpress.build import check
from csrpress.cli import main
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.scaffold import shift_years

from conftest import REPO, _has_cjk_font
from test_load import CHAPTER


class _Yaml12Loader(yaml.SafeLoader):
    """Reads like an editor's YAML 1.2 language server: dates stay strings."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _editor_view(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass


def _validator(name: str, schema_dir: Path = REPO / "schemas") -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads((schema_dir / name).read_text(encoding="utf-8")))


def _modeline_target(path: Path) -> Path:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{path} does not start with the yaml-language-server schema comment"
    return (path.parent / match.group(1)).resolve()


# ---- csrpress schema ------------------------------------------------------------------------------


def test_committed_schemas_are_up_to_date():
    for name, text in schemagen.render_all().items():
        committed = REPO / "schemas" / name
        assert committed.is_file() and committed.read_text(encoding="utf-8") == text, (
            f"schemas/{name} is stale: run `csrpress schema` and commit the result")
    assert sorted(p.name for p in (REPO / "schemas").glob("*.json")) == sorted(schemagen.FILE_TYPES)


def test_schema_command_writes_valid_draft7_schemas(tmp_path, capsys):
    assert main(["schema", "--out", str(tmp_path / "s")]) == 0
    assert capsys.readouterr().out.count("wrote ") == 4
    for name in schemagen.FILE_TYPES:
        schema = json.loads((tmp_path / "s" / name).read_text(encoding="utf-8"))
        jsonschema.Draft7Validator.check_schema(schema)
        assert "$defs" not in json.dumps(schema)  # draft-07 editors resolve #/definitions only


def test_every_sample_file_points_at_its_schema_and_satisfies_it():
    content = REPO / "content"
    files = {content / "report.yaml": "report.json"}
    files |= {p: "chapter.json" for p in (content / "chapters").glob("*.yaml")}
    files |= {p: "section.json" for p in (content / "chapters").glob("*/*.yaml")}
    assert len(files) > 10
    for path, name in files.items():
        assert _modeline_target(path) == (REPO / "schemas" / name).resolve()
        errors = list(_validator(name).iter_errors(_editor_view(path)))
        assert errors == [], f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}"


@pytest.mark.parametrize(
    ("snippet", "complaint"),
    [
        ("titel: {zh: 标题}", "Additional properties"),  # a misspelt key
        ("blocks:\n  - txt: {zh: 文字}", "is not valid under any of the given schemas"),  # an unknown block type
        ("blocks:\n  - figure: {caption: {zh: 图}, kind: video}", "is not valid under any of the given schemas"),
        ("kind: appendix", "is not one of"),
    ],
)
def test_chapter_schema_flags_what_the_loader_rejects(snippet, complaint):
    doc = yaml.load("id: one\ntitle: {zh: 第一章, en: One}\n" + snippet, Loader=_Yaml12Loader)  # noqa: S506
    messages = [e.message for e in _validator("chapter.json").iter_errors(doc)]
    assert any(complaint in m for m in messages), messages


def test_unquoted_numbers_are_strings_to_csrpress_and_to_the_schema():
    doc = yaml.load("metrics:\n  - {id: a.b, label: {zh: 人数}, value: 38775, period: 2016}", Loader=_Yaml12Loader)  # noqa: S506
    assert list(_validator("metrics.json").iter_errors(doc)) == []


# ---- csrpress init / new chapter ----------------------------------------------------------------


@pytest.mark.parametrize("framework", frameworks.available())
def test_init_project_checks_clean_with_the_whole_framework_index(tmp_path, framework, capsys):
    target = tmp_path / "esg"
    assert main(["init", str(target), "--framework", framework, "--year", "2024"]) == 0
    assert check(Project(target)) == ()
    index = _editor_view(target / "content" / "chapters" / "90-esg-index.yaml")["blocks"][0]["esg_index"]
    assert index["framework"] == framework
    assert [item["id"] for item in index["items"]] == [item.id for item in frameworks.load_framework(framework).disclosures()]
    # Every item to be completed, but the example: the number of employees, stated in the first chapter.
    answered = [item["id"] for item in index["items"] if item["status"] == "answered"]
    assert answered == [i for i in ("B1.1", "2-7") if i in frameworks.load_framework(framework)]
    assert {item["status"] for item in index["items"] if item["id"] not in answered} == {"not_disclosed"}
    for path in (target / "content").rglob("*.yaml"):
        assert _modeline_target(path).is_file()
    assert (target / "templates" / "report.html").is_file() and (target / "Makefile").is_file()


def test_init_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    (tmp_path / "x.txt").write_text("keep me", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err


@pytest.mark.pdf
def test_init_project_builds_on_the_first_try(tmp_path):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    target = tmp_path / "first"
    assert _csrpress("init", str(target), "--framework", "hkex-esg-2025", "--year", "2024")[0] == 0
    code, out = _csrpress("--root", str(target), "check")
    assert code == 0 and out.endswith("0 error(s), 0 warning(s), 0 info\n")
    assert re.match(r"\d+ figure\(s\) read, \d+ compared with another statement of their fact", out)  # nothing else before
    code, out = _csrpress("--root", str(target), "build", "--edition", "zh")
    assert code == 0, out
    pdf = target / "build" / "first-2024.zh.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")


def test_new_chapter_goes_before_the_back_matter_and_keeps_manifest_comments(tmp_path, capsys):
    target = tmp_path / "r"
    assert main(["init", str(target), "--year", "2024"]) == 0
    manifest = target / "content" / "report.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("chapters:\n", "chapters:   # reading order\n"), encoding="utf-8")
    assert main(["--root", str(target), "new", "chapter", "community", "--title-zh", "社区", "--title-en", "Community: Giving"]) == 0
    text = manifest.read_text(encoding="utf-8")
    assert "chapters:   # reading order\n  - chapters/01-overview.yaml\n  - chapters/02-community.yaml\n  - chapters/90-esg-index.yaml\n" in text
    report, diags = load_report(Project(target))
    assert diags == () and [c.id for c in report.chapters] == ["overview", "community", "esg-index"]
    assert report.chapters[1].number == "02" and report.chapters[1].title.en == "Community: Giving"
    assert main(["--root", str(target), "new", "chapter", "community"]) == 2  # the file exists now


def test_new_chapter_in_a_flow_style_list(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    assert main(["--root", str(project.root), "new", "chapter", "two"]) == 0
    assert "chapters: [chapters/01.yaml, chapters/02-two.yaml]\n" in project.manifest.read_text(encoding="utf-8")
    assert check(project) == ()


def test_init_from_last_year_moves_the_period_and_marks_values(tmp_path, capsys):
    old = tmp_path / "old"
    assert main(["init", str(old), "--year", "2024"]) == 0
    new = tmp_path / "new"
    assert main(["init", str(new), "--from", str(old)]) == 0
    assert "1 figure(s) to fill in, value TODO" in capsys.readouterr().out
    report, diags = load_report(Project(new))
    assert diags == ()
    man = report.manifest
    assert (man.id, man.period.start, man.period.end, man.period.label, man.date) == (
        "old-2025", "2025-01-01", "2025-12-31", "2025", "2026-03-31")
    assert "2025" in man.title.en
    # Last year's figure stays (this year's comparative); this year's is a new metric, value TODO.
    last, this = report.metric_decls
    assert (last.metric.id, last.metric.period, last.metric.value) == ("overview.employees.2024", "2024-12-31", "1,000")
    assert (this.metric.id, this.metric.period, this.metric.value) == ("overview.employees.2025", "2025-12-31", "TODO")
    chapter = (new / "content" / "chapters" / "01-overview.yaml").read_text(encoding="utf-8")
    assert "  # TODO: the 2025 figure (overview.employees.2024 above keeps last year's: 1,000)\n  - id: overview.employees.2025\n" in chapter
    # the TODO value; init's own sentences "本报告介绍公司2024年1月1日至12月31日…" and "截至2024年底…{m:overview.employees.2025}"
    # in both languages (issue 16)
    assert [(d.code, d.severity.value) for d in check(Project(new)) if d.severity.value != "info"] == [("S110", "error")] + [("S110", "warning")] * 4


def test_shift_years_keeps_dates_valid():
    assert shift_years("2015-01-01/2016-12-31") == "2016-01-01/2017-12-31"
    assert shift_years("2016-02-29") == "2017-02-28"
    assert shift_years("2019-02-28") == "2020-02-28"
    assert shift_years("12016 and 2016") == "12016 and 2017"


# ---- csrpress import ------------------------------------------------------------------------------

HEADER = ["id", "label_zh", "label_en", "value", "unit", "period", "source"]


def _xlsx(path: Path, rows: list[list[object]], title: str = "Data") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def test_import_xlsx_records_cells_and_reimport_reports_changes(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    sheet = _xlsx(project.root / "figures.xlsx", [
        ["env.water", "用水量", "Water used", "12,345", "立方米", "2016", "设施部"],
        ["env.power", "用电量", "Electricity used", 98765.5, "千瓦时", 2016, "设施部"],
    ])
    assert main(["--root", str(project.root), "import", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "added   env.water = 12,345 立方米" in out and "listed metrics/imported.yaml" in out
    report, diags = load_report(project)
    assert diags == ()
    water, power = report.metrics["env.water"].metric, report.metrics["env.power"].metric
    assert (water.value, water.unit, water.period, water.provenance) == ("12,345", "立方米", "2016", "figures.xlsx:Data!D2")
    assert (power.value, power.period, power.provenance) == ("98765.5", "2016", "figures.xlsx:Data!D3")
    assert check(project) == ()

    _xlsx(sheet, [["env.water", "用水量", "Water used", "13,000", "立方米", "2016", "设施部"],
                  ["env.power", "用电量", "Electricity used", 98765.5, "千瓦时", 2016, "设施部"]])
    assert main(["--root", str(project.root), "import", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "changed env.water: value 12,345 -> 13,000" in out and "env.power" not in out
    assert load_report(project)[0].metrics["env.water"].metric.value == "13,000"
    assert project.manifest.read_text(encoding="utf-8").count("metrics/imported.yaml") == 1


def test_import_bad_cells_name_sheet_and_cell_and_write_nothing(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    sheet = _xlsx(project.root / "figures.xlsx", [
        ["env.water", "用水量", "Water used", "12,345", "立方米", "2016", "设施部"],
        ["Bad Id", "用电量", "Power", "many", "千瓦时", "16", "设施部"],
    ], title="2016")
    assert main(["--root", str(project.root), "import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "figures.xlsx:2016!A3: error[D601] id `Bad Id`" in err
    assert "figures.xlsx:2016!D3: error[D601] value `many` is not a printed number" in err
    assert "figures.xlsx:2016!F3: error[D601] period `16`" in err
    assert not (project.content / "metrics" / "imported.yaml").exists()
    assert "imported" not in project.manifest.read_text(encoding="utf-8")


def test_import_csv_keeps_yaml_only_fields_on_reimport(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    path = project.root / "figures.csv"

    def write(value: str) -> None:
        buf = io.StringIO()
        csv.writer(buf).writerows([["ID", "Value", "Period", "Label_zh", "source_zh", "source_en"],
                                   ["staff.total", value, "2016-12-31", "员工总数", "人力资源部", "HR"]])
        path.write_text(buf.getvalue(), encoding="utf-8")

    write("38,775")
    assert main(["--root", str(project.root), "import", str(path), "--out", str(project.content / "metrics" / "hr.yaml")]) == 0
    hr = project.content / "metrics" / "hr.yaml"
    hr.write_text(hr.read_text(encoding="utf-8") + '    aliases: ["员工"]\n', encoding="utf-8")
    write("40,001")
    assert main(["--root", str(project.root), "import", str(path), "--out", str(hr)]) == 0
    assert "changed staff.total: value 38,775 -> 40,001" in capsys.readouterr().out
    metric = load_report(project)[0].metrics["staff.total"].metric
    assert (metric.value, metric.aliases, metric.provenance) == ("40,001", ["员工"], "figures.csv:B2")
    assert metric.source.en == "HR"


# ---- progress ----------------------------------------------------------------------------------------


def _csrpress(*args: str, tty: bool = False) -> tuple[int, str]:
    """Run the CLI in its own process (WeasyPrint's file handles stay out of the test process), optionally on a pty."""
    if not tty:
        proc = subprocess.run([sys.executable, "-m", "csrpress", *args], capture_output=True, text=True, check=False)
        return proc.returncode, proc.stdout + proc.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "csrpress", *args], stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child has exited and closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.wait(), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.pdf
def test_build_shows_stages_live_on_a_terminal_and_plain_lines_in_a_pipe(make_project):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    code, shown = _csrpress("--root", str(project.root), "build", "--edition", "zh", tty=True)
    assert code == 0, shown
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)  # without the terminal's colour and cursor codes
    assert "✓ loading content/report.yaml" in shown and "✓ rendering zh HTML" in shown and "wrote build/demo.zh.pdf" in shown
    code, piped = _csrpress("--root", str(project.root), "build", "--edition", "zh")
    assert code == 0
    assert "csrpress: rendering zh HTML" in piped and "\x1b[" not in piped and "✓" not in piped
