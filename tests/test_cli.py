"""The command line in-process: exit codes and output formats."""

from __future__ import annotations

import json

from csrpress.cli import main

from test_load import CHAPTER


def test_version(capsys):
    assert main(["--version"]) == 0
    assert "csrpress" in capsys.readouterr().out


def test_usage_error_exits_2(capsys):
    assert main(["frobnicate"]) == 2


def test_no_project_exits_2(tmp_path, capsys):
    assert main(["--root", str(tmp_path), "check"]) == 2
    assert "content/report.yaml" in capsys.readouterr().err


def test_check_clean_project_exits_0(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER})
    assert main(["--root", str(project.root), "check"]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_check_json_and_strict(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("en: Introduction", "en: \"\"")})
    assert main(["--root", str(project.root), "check", "--format", "json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["code"] == "T301" and record["name"] == "missing-translation"
    assert record["location"] == {"path": "content/chapters/01.yaml", "line": 9, "column": 12}
    assert main(["--root", str(project.root), "check", "--strict"]) == 1


def test_check_text_format_like_a_compiler(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("{m:one.donors}。", "{m:nope}。")})
    assert main(["--root", str(project.root), "check"]) == 1
    out = capsys.readouterr().out
    assert "content/chapters/01.yaml:12:17: error[S101] unknown metric `nope`" in out
    assert "hint:" in out and "1 error(s)" in out


def test_github_annotations(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("{m:one.donors}。", "{m:nope}。")})
    main(["--root", str(project.root), "check", "--format", "github"])
    assert capsys.readouterr().out.startswith("::error file=content/chapters/01.yaml,line=12,col=17,title=S101")


def test_explain(capsys):
    assert main(["check", "--explain", "S101"]) == 0
    out = capsys.readouterr().out
    assert "unknown-metric" in out and "Fix" in out
    assert main(["check", "--explain", "Z999"]) == 2


def test_build_with_a_broken_chapter_writes_nothing_and_exits_1(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": CHAPTER.replace("title: {zh: 引言, en: Introduction}", "title: {zh: 引言")})
    assert main(["--root", str(project.root), "build", "--edition", "zh"]) == 1
    err = capsys.readouterr().err
    assert "content/chapters/01.yaml" in err and "L001" in err and "Traceback" not in err
    assert not (project.root / "build" / "demo.zh.pdf").exists()


def test_check_imports_neither_the_plugin_commands_nor_the_renderer(make_project):
    """`check` runs dozens of times a day: openpyxl, the preview server and WeasyPrint cost it ~0.5 s."""
    import subprocess
    import sys

    project = make_project({"content/chapters/01.yaml": CHAPTER})
    probe = ("import sys; from csrpress.cli import main; code = main(['--root', sys.argv[1], 'check']);"
             "print(sorted(m for m in ('openpyxl', 'csrpress.serve', 'csrpress.importer', 'weasyprint', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe, str(project.root)], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert main(["--root", str(project.root), "init", "--help"]) == 0   # other commands still get the full parser
