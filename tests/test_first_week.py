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
    # --no-print-directory: under `make test` the nested make would end with "Leaving directory"
    dry = subprocess.run(["make", "--no-print-directory", "-n", "build"], cwd=REPO, capture_output=True, text=True, check=True).stdout
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


def test_init_makefile_prefers_path_and_says_when_csrpress_is_gone(tmp_path, capsys):
    if shutil.which("make") is None:
        pytest.skip("no make")
    target = tmp_path / "esg"
    assert main(["init", str(target), "--year", "2024"]) == 0
    makefile = (target / "Makefile").read_text(encoding="utf-8")
    assert f"CSRPRESS_PYTHON := {sys.executable}\n" in makefile   # python -m csrpress: no entry script with a stale #! line
    env = {**os.environ, "PATH": _bare_path()}
    env.pop("VIRTUAL_ENV", None)
    # A csrpress on PATH comes first.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "csrpress").write_text('#!/bin/sh\necho "csrpress on PATH: $*"\n', encoding="utf-8")
    (bin_dir / "csrpress").chmod(0o755)
    done = subprocess.run(["make", "-s", "check"], cwd=target, env={**env, "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}"},
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "csrpress on PATH: check\n")
    # The environment that created the project has moved: make says what is missing and what to do.
    (target / "Makefile").write_text(makefile.replace(f"CSRPRESS_PYTHON := {sys.executable}", "CSRPRESS_PYTHON := /moved/away/.venv/bin/python"),
                                     encoding="utf-8")
    done = subprocess.run(["make", "-s", "check"], cwd=target, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "csrpress not found: it is not on PATH, and /moved/away/.venv/bin/python" in done.stderr
    assert ". CSRPRESS-FOLDER/.venv/bin/activate" in done.stderr and "make CSR=/path/to/csrpress build" in done.stderr
    assert subprocess.run(["make", "-s", "clean"], cwd=target, env=env, capture_output=True, timeout=60).returncode == 0


# ---- 2. errors that name the real mistake ------------------------------------------------------------

from csrpress.build import BuildOptions, build, check  # noqa: E402
from conftest import MINIMAL_MANIFEST, ONE_CHAPTER, _has_cjk_font  # noqa: E402

ONE = ONE_CHAPTER

TWO = """\
id: two
number: "02"
title: {zh: 第二章, en: Chapter Two}
blocks:
  - text:
      zh: 第一章所说的{m:one.donors}。
      en: "The {m:one.donors} of chapter one."
  - table:
      header: ["", "2016"]
      rows: [[{zh: 捐款, en: Donations}, {m: one.donors}]]
  - esg_index:
      framework: hkex-esg-2015
      items:
        - {id: A1, status: answered, refs: [intro]}
"""

TWO_CHAPTERS = MINIMAL_MANIFEST.replace("chapters: [chapters/01.yaml]", "chapters: [chapters/01.yaml, chapters/02.yaml]\nchecks: {K401: off}")


def test_a_comma_in_a_flow_mapping_is_named_with_the_quoted_form(make_project):
    chapter = ONE.replace("title: {zh: 引言, en: Introduction}", "title: {zh: 广西百色风电场, en: Baise Wind Farm, Guangxi}")
    chapter = chapter.replace("label: {zh: 捐款人次, en: donations}", "label: {zh: 共1,286名, en: donations}")
    diags = check(make_project({"content/chapters/01.yaml": chapter}))
    by_key = {d.message.split("`")[1]: d for d in diags if d.code == "L003"}
    assert set(by_key) == {"Guangxi", "286名"}, [str(d.message) for d in diags]
    guangxi = by_key["Guangxi"]
    assert "comma" in guangxi.message and "`en`" in guangxi.message and "check the spelling" not in guangxi.hint
    assert guangxi.hint == 'quote the whole value: en: "Baise Wind Farm, Guangxi"'
    assert str(guangxi.location) == "content/chapters/01.yaml:9:47"
    assert by_key["286名"].hint == 'quote the whole value: zh: "共1,286名"'
    # A misspelt key still gets the spelling hint.
    (typo,) = check(make_project({"content/chapters/01.yaml": ONE.replace("    number:", "    numbr:")}))
    assert "check the spelling" in typo.hint


def test_a_colon_in_a_flow_mapping_shows_the_quoted_form(make_project):
    chapter = ONE.replace("title: {zh: 引言, en: Introduction}", "title: {zh: 引言, en: Note: an introduction}")
    (diag,) = check(make_project({"content/chapters/01.yaml": chapter}))
    assert diag.code == "L001" and "ends the value" in diag.message
    assert diag.hint == 'quote the whole value: en: "Note: an introduction"'


@pytest.mark.parametrize("written, why, quoted", [
    ("title: {zh: 引言, en: *Key* facts}", "starts with `*`, which YAML reads as an alias", 'en: "*Key* facts"'),
    ("title: {zh: 引言, en: Introduction}\n    toc_title: {zh: 引言, en: \"Green\" is our word}", "starts with a quotation mark",
     'en: "\\"Green\\" is our word"'),
    ("title: {zh: 引言, en: Introduction}\n    label:\n      zh: 引言\n      en: [Draft] introduction", "starts with `[`, which YAML reads as a list",
     'en: "[Draft] introduction"'),
    ("title: {zh: 引言^[附注], en: Introduction}", "holds `[`, which ends an unquoted value", 'zh: "引言^[附注]"'),
])
def test_a_value_yaml_reads_as_its_own_syntax_is_named_with_the_quoted_form(make_project, written, why, quoted):
    """Markdown emphasis, a quotation or a bracket at the start of a value (or a bracket inside {...}) is YAML
    syntax: the message names the value and shows it quoted, instead of "expected <block end>"."""
    (diag,) = check(make_project({"content/chapters/01.yaml": ONE.replace("title: {zh: 引言, en: Introduction}", written)}))
    assert diag.code == "L001" and why in diag.message, diag.message
    assert diag.hint == f"quote the whole value: {quoted}"


@pytest.mark.parametrize("written, where, says, hint", [
    # a full-width comma before the next key of {...}: the fix is the comma, not quoting the value
    ("title: {zh: 引言，en: Introduction}", "9:19", "a full-width comma `，` before `en`", "write `, en:` with a half-width comma"),
    # a key with a full-width colon: a syntax error on this line or a later one
    ("title：{zh: 引言, en: Introduction}", "9:10", "the key `title` is followed by a full-width colon", "write title: with a half-width colon"),
    ("title:\n      zh：引言\n      en: Introduction", "10:9", "the key `zh` is followed by a full-width colon", "write zh: with a half-width colon"),
    # ... or a file that parses into the wrong shape
    ("title: {zh：引言, en: Introduction}", "9:13", "`zh` is followed by a full-width colon `：`, so YAML read it all as one key",
     "write zh: 引言 with a half-width colon and a space"),
    ("title:\n      zh：引言", "10:7", "title:", "`zh` is followed by a full-width colon `：`: write zh: 引言"),
    ("title: {zh: 引言, en: Introduction}\n\u3000   blocks: []", "10:1", "a full-width space (U+3000) in the indentation", "indent with ordinary spaces"),
])
def test_a_chinese_input_method_slip_is_named(make_project, written, where, says, hint):
    """：，and U+3000 typed in place of YAML's : , and spaces: named as such, once, at the slip."""
    (diag,) = check(make_project({"content/chapters/01.yaml": ONE.replace("title: {zh: 引言, en: Introduction}", written)}))
    assert str(diag.location) == f"content/chapters/01.yaml:{where}" and says in diag.message and hint in diag.hint, diag


@pytest.mark.parametrize("breakage", [
    ("title: {zh: 第一章", "titel: {zh: 第一章"),          # a misspelt key: the file fails validation
    ("  - id: intro\n", "  - id: intro\n   bad: [\n"),   # a syntax error: the file does not parse
    ("id: one\n", "id: one\n\udcff\n"),                  # not UTF-8 (written as bytes below)
])
def test_one_load_error_does_not_cascade_into_other_chapters(make_project, breakage):
    broken = ONE.replace(*breakage)
    project = make_project({"content/chapters/01.yaml": ONE, "content/chapters/02.yaml": TWO}, manifest=TWO_CHAPTERS)
    assert check(project) == ()
    (project.root / "content/chapters/01.yaml").write_bytes(broken.encode("utf-8", "surrogateescape"))
    diags = check(project)
    assert diags and {d.location.path for d in diags} == {"content/chapters/01.yaml"}, [f"{d.location}: {d.code} {d.message}" for d in diags]
    # An id no file names is still reported.
    (project.root / "content/chapters/02.yaml").write_text(TWO.replace("{m: one.donors}", "{m: one.donor}").replace("[intro]", "[intra]"), encoding="utf-8")
    assert {d.code for d in check(project) if d.location.path.endswith("02.yaml")} == {"S101", "S103"}


def test_check_says_how_to_see_the_info_findings_it_counts(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": ONE.replace('period: "2016"}', 'period: "2015"}')})   # N210: info
    assert main(["--root", str(project.root), "check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 error(s), 0 warning(s), 1 info (csrpress check -v shows them)"
    assert main(["--root", str(project.root), "check", "-v"]) == 0
    out = capsys.readouterr().out
    assert "info[N210]" in out and out.splitlines()[-1] == "0 error(s), 0 warning(s), 1 info"


def test_a_not_disclosed_item_names_the_referenced_figure_as_printed(make_project):
    """K405 quoted a figure written as a reference as “{m:env.water}”: the writer sees its value instead."""
    chapter = ONE.replace("metrics:\n", "metrics:\n  - {id: env.water, label: {zh: 用水量, en: water}, value: \"14,900\", unit: 吨, period: \"2016\"}\n")
    chapter = chapter.replace("zh: 共有{m:one.donors}。", "zh: 2016年总用水量{m:env.water}。").replace('"{m:one.donors} in all."', '"Water used: {m:env.water}."')
    chapter += """\
  - id: index
    title: {zh: 索引, en: Index}
    blocks:
      - esg_index:
          framework: hkex-esg-2025
          items:
            - {id: A2.2, status: not_disclosed, reason: {zh: 未统计, en: Not counted}}
"""
    (diag,) = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "K405"]
    assert "states “14,900吨”" in diag.message and "{m:" not in diag.message


def test_check_piped_into_head_stops_without_a_message(make_project):
    """`csrpress check | head` said "csrpress: Broken pipe, hint: check the file and its folder"."""
    texts = "".join(f"      - text: {{zh: 第{i}段文字}}\n" for i in range(1500))   # T301 each: far more than a pipe holds
    project = make_project({"content/chapters/01.yaml": ONE + texts})
    reader = subprocess.Popen([sys.executable, "-m", "csrpress", "--root", str(project.root), "check"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout.readline().strip()
    reader.stdout.close()   # what head does after its lines
    _, err = reader.communicate(timeout=120)
    assert err.decode() == "" and reader.returncode == 2


def test_text_cut_short_by_a_yaml_comment_is_named(make_project):
    chapter = ONE.replace("title: {zh: 引言, en: Introduction}", "title:\n      zh: 引言\n      en: Introduction #1 priority")
    chapter = chapter.replace("title: {zh: 第一章, en: Chapter One}", "title: {zh: 第一章, en: Chapter One}  # a comment of the writer's own")
    (diag,) = check(make_project({"content/chapters/01.yaml": chapter}))
    assert (diag.code, str(diag.location)) == ("S112", "content/chapters/01.yaml:11:24")
    assert diag.message.startswith("`#1 priority` does not print") and diag.hint == 'quote the whole value: en: "Introduction #1 priority"'


IMAGE = ONE.replace("          zh: 共有{m:one.donors}。", "          zh: |\n            共有{m:one.donors}。\n\n            ![工厂](images/plant.png)")


def test_check_reports_a_missing_image_where_it_is_named(make_project):
    project = make_project({"content/chapters/01.yaml": IMAGE})
    (diag,) = check(project)
    assert (diag.code, str(diag.location)) == ("R504", "content/chapters/01.yaml:15:13")
    (project.root / "content/images").mkdir()
    (project.root / "content/images/plant.png").write_bytes(b"\x89PNG")
    assert check(project) == ()


@pytest.mark.pdf
def test_build_prints_its_own_findings_with_file_and_line(make_project):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed")
    project = make_project({"content/chapters/01.yaml": IMAGE})
    (project.root / "content/images").mkdir()
    (project.root / "content/images/plant.png").write_bytes(b"not a picture")
    done = subprocess.run([sys.executable, "-m", "csrpress", "--root", str(project.root), "build", "--edition", "zh"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "content/chapters/01.yaml:15:13: warning[R503] image content/images/plant.png could not be loaded" in done.stderr
    assert "1 finding(s) of the build" in done.stdout
    html = (project.root / "build/demo.zh.html").read_text(encoding="utf-8")
    assert 'src="../content/images/plant.png"' in html


# ---- 3. footnotes, and Markdown that would print raw --------------------------------------------

from csrpress import markup  # noqa: E402

NOTES = ONE.replace('''          zh: 共有{m:one.donors}。
          en: "{m:one.donors} in all."''', '''          zh: |
            共有{m:one.donors}[^1]，另据统计^[内联附注文字]。

            [^1]: 数据来源：捐款平台后台统计。
          en: |
            {m:one.donors} in all[^1], by another count^[Inline note text].

            [^1]: Source: the platform's records.''')


def test_footnotes_become_notes_at_their_call_in_both_editions():
    for lang, text, note in (("zh", "共有[^1]。\n\n[^1]: 数据来源：统计。\n", "数据来源：统计。"),
                             ("en", "In all[^a].\n\n[^a]: Source: records.\n\n    Second paragraph.\n", "Source: records.<br />Second paragraph.")):
        html = markup.to_html(text, lang)
        assert f'<span class="footnote">{note}</span>' in html
        assert "[^" not in html and "fn1" not in html and "footnotes" not in html  # no list, no link targets


def test_a_footnote_after_latin_text_starts_without_a_space():
    """Han/Latin spacing took `GWh` + the note's first Han character as neighbours: the note printed at the
    page foot began with a quarter-em space."""
    from csrpress import typography

    html = typography.typeset(markup.to_html("发电量1,286GWh[^1]，排放^[按范围一计算]。\n\n[^1]: 数据来源：统计。", "zh"), halt=True)
    assert '<span class="footnote">数据来源' in html and '<span class="footnote">按范围一' in html


def test_markdown_that_would_print_raw_is_a_finding(make_project):
    assert check(make_project({"content/chapters/01.yaml": NOTES})) == ()
    broken = NOTES.replace("            [^1]: 数据来源：捐款平台后台统计。", "            [^2]: 数据来源：捐款平台后台统计。")
    broken = broken.replace("by another count", "by ~~another~~ a <br> count")
    diags = check(make_project({"content/chapters/01.yaml": broken}))
    assert {(d.code, d.message.split("`")[1]) for d in diags} == {("S109", "[^1]"), ("S109", "[^2]"), ("S109", "~~"), ("S109", "<br>")}
    assert {str(d.location) for d in diags if "[^1]" in d.message} == {"content/chapters/01.yaml:13:29"}


TITLED = ONE + """\
      - table:
          caption: {zh: 捐款表, en: Donations}
          header: ["", "2016"]
          rows: [[{zh: 捐款, en: Donations}, {m: one.donors}]]
"""


def _s109(make_project, chapter: str) -> set[tuple[str, str]]:
    return {(str(d.location), d.message.split("`")[1]) for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "S109"}


def test_raw_markdown_in_a_chapter_or_section_title_is_a_finding(make_project):
    assert _s109(make_project, TITLED) == set()
    chapter = TITLED.replace("title: {zh: 第一章, en: Chapter One}", "title: {zh: 第一章~~草稿~~, en: Chapter <b>One</b>}")
    assert _s109(make_project, chapter) == {("content/chapters/01.yaml:3:16", "~~"), ("content/chapters/01.yaml:3:36", "<b>"),
                                            ("content/chapters/01.yaml:3:42", "</b>")}
    # A note in a heading would print again from the contents: named even when written correctly inline.
    noted = TITLED.replace("title: {zh: 引言, en: Introduction}", 'title: {zh: "引言^[附注]", en: Introduction}')
    (diag,) = [d for d in check(make_project({"content/chapters/01.yaml": noted})) if d.code == "S109"]
    assert "in a title" in diag.message and "contents" in diag.message and str(diag.location) == "content/chapters/01.yaml:9:20"


def test_raw_markdown_in_a_caption_is_a_finding(make_project):
    # A caption is printed inline: a note's own line cannot be read there, though a paragraph would read it.
    chapter = TITLED.replace("caption: {zh: 捐款表, en: Donations}", 'caption: {zh: "捐款表[^1]\\n\\n[^1]: 来源", en: "Donations ~~all~~"}')
    diags = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "S109"]
    assert {(str(d.location), d.message.split("`")[1]) for d in diags} == {("content/chapters/01.yaml:15:29", "[^1]"),
                                                                         ("content/chapters/01.yaml:15:63", "~~")}
    assert next(d for d in diags if "[^1]" in d.message).hint == "write the note where it is called: ^[the note]"
    # An inline note reads in a caption.
    assert _s109(make_project, TITLED.replace("caption: {zh: 捐款表, en: Donations}", 'caption: {zh: "捐款表^[来源]", en: "Donations^[Source]"}')) == set()


def test_raw_markdown_in_a_table_cell_is_a_finding(make_project):
    chapter = TITLED.replace('header: ["", "2016"]', 'header: ["", "**2016**", "<br>", "注*"]')
    chapter = chapter.replace("rows: [[{zh: 捐款, en: Donations}, {m: one.donors}]]",
                              'rows: [[{zh: "捐款~~额~~", en: Donations}, {m: one.donors}, "a", "b"]]')
    diags = [d for d in check(make_project({"content/chapters/01.yaml": chapter})) if d.code == "S109"]
    assert {(str(d.location), d.message.split("`")[1]) for d in diags} == {
        ("content/chapters/01.yaml:16:24", "**2016**"), ("content/chapters/01.yaml:16:36", "<br>"), ("content/chapters/01.yaml:17:27", "~~")}
    bold = next(d for d in diags if "**2016**" in d.message)
    assert "plain string" in bold.message and bold.hint.startswith('write the cell as {zh: "**2016**", en: "..."}')


@pytest.mark.pdf
def test_footnotes_print_at_the_page_foot_in_both_editions(make_project):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed")
    from pypdf import PdfReader

    project = make_project({"content/chapters/01.yaml": NOTES})
    result = build(project, BuildOptions())
    assert result.outputs, result.diagnostics
    for lang, note, inline in (("zh", "数据来源", "内联附注"), ("en", "Source: the platform", "Inline note text")):
        text = "".join(page.extract_text() for page in PdfReader(project.root / f"build/demo.{lang}.pdf").pages)
        assert note in text.replace("\u2005", "").replace(" ", "" if lang == "zh" else " ") and inline in text.replace("\u2005", "")
        assert "[^" not in text and "^[" not in text


def _noted_chapter(n: int) -> str:
    """Chapter n: two notes in its text, a long English text (so that a two-worker build splits the English edition)."""
    long_en = " ".join(f"Sentence {i} of chapter {n}, which runs over a page or two." for i in range(90))
    return f"""\
id: ch{n}
number: "0{n}"
title: {{zh: 第{n}章, en: Chapter {n}}}
sections:
  - id: s{n}
    number: "{n}.1"
    title: {{zh: 小节{n}, en: Section {n}}}
    blocks:
      - text:
          zh: |
            第{n}章正文[^a]，另见^[第{n}章第二条附注]。

            [^a]: 第{n}章第一条附注。
          en: |
            Text of chapter {n}[^a], see also^[Chapter {n} second note].

            {long_en}

            [^a]: Chapter {n} first note.
"""


NOTED = MINIMAL_MANIFEST.replace("chapters: [chapters/01.yaml]", "chapters: [chapters/01.yaml, chapters/02.yaml, chapters/03.yaml]")


def test_footnotes_are_numbered_per_chapter_in_the_html(make_project):
    project = make_project({f"content/chapters/0{n}.yaml": _noted_chapter(n) for n in (1, 2, 3)}, manifest=NOTED)
    report, diags = load_report(project)
    assert not diags
    for lang in ("zh", "en", "zh-Hant"):
        html = render_html(report, project, lang).html
        numbers = [re.findall(r'<span class="footnote" data-fn="(\d+)">', part) for part in html.split("<article")[1:]]
        assert numbers == [["1", "2"]] * 3, lang


@pytest.mark.pdf
def test_footnotes_restart_per_chapter_and_a_split_build_is_the_one_worker_build(make_project, monkeypatch):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed")
    from pypdf import PdfReader

    from csrpress import split

    project = make_project({f"content/chapters/0{n}.yaml": _noted_chapter(n) for n in (1, 2, 3)}, manifest=NOTED)
    single = build(project, BuildOptions(jobs=1))
    assert single.outputs, single.diagnostics
    whole = {path.name: path.read_bytes() for path in single.outputs}
    for lang, first, second in (("zh", "1.第2章第一条附注", "2.第2章第二条附注"), ("en", "1.Chapter 2 first note", "2.Chapter 2 second note")):
        pages = [page.extract_text() for page in PdfReader(project.root / f"build/demo.{lang}.pdf").pages]
        squeezed = [re.sub(r"[\s\u2002\u2005]", "", text) for text in pages]
        (page,) = [text for text in squeezed if "第2章第一条附注" in text or "Chapter2firstnote" in text]
        assert first.replace(" ", "") in page and second.replace(" ", "") in page, page
    # The two-worker build lays the English edition out in two pieces and writes the same bytes.
    planned = []
    real_plan = split.plan
    monkeypatch.setattr(split, "plan", lambda *args: planned.append(real_plan(*args)) or planned[-1])
    double = build(project, BuildOptions(jobs=2))
    assert len(planned) == 1 and planned[0] is not None and 'data-fn="1"' in planned[0].tail_part
    assert {path.name: path.read_bytes() for path in double.outputs} == whole


# ---- 4. import: number formats, aliases, scope, unit ------------------------------------------------

from openpyxl import Workbook  # noqa: E402

from csrpress.importer import _shown  # noqa: E402
from csrpress.load import load_report  # noqa: E402


@pytest.mark.parametrize("value, fmt, shown", [
    (0.28, "0%", ("28", "%")), (0.2834, "0.0%", ("28.3", "%")), (0.0565, "0.00%", ("5.65", "%")),
    (15820, "#,##0", ("15,820", None)), (15820.456, "#,##0.00", ("15,820.46", None)), (3.5, "0.00", ("3.50", None)),
    (1234567.5, '#,##0.0" 吨"', ("1,234,567.5", None)), (2.675, "0.00", ("2.68", None)), (98765.5, "General", ("98765.5", None)),
    (12, "@", ("12", None)),
])
def test_a_number_cell_is_read_as_excel_shows_it(value, fmt, shown):
    got = _shown(value, fmt)
    assert (got.text, got.unit) == shown


def test_import_of_a_sheet_with_its_own_column_names_says_which_columns_it_needs(make_project, capsys):
    """A writer's own sheet (指标 | 数值 | 单位 | 年份) was an internal error (KeyError: 'id')."""
    project = make_project({"content/chapters/01.yaml": ONE})
    book = Workbook()
    book.active.append(["指标", "数值", "单位", "年份"])
    book.active.append(["用水量", 15820, "吨", 2024])
    book.save(project.root / "mine.xlsx")
    assert main(["--root", str(project.root), "import", str(project.root / "mine.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    assert "mine.xlsx:Sheet!A1: error[D601] no `id` column in the header row" in err
    assert "column `指标` is not read" in err and "the first row names the columns, in English: id, value, period (required)" in err
    assert not (project.content / "metrics").exists()


def test_import_keeps_formats_and_reads_aliases_scope_and_unit(make_project, capsys):
    project = make_project({"content/chapters/01.yaml": ONE})
    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(["id", "label_zh", "label_en", "value", "unit", "period", "scope_zh", "scope_en", "aliases"])
    sheet.append(["hr.women", "女性员工占比", "Share of women", 0.28, None, "2024", "集团", "the Group", "女性占比；女性员工"])
    sheet.append(["hr.staff", "员工总数", "Employees", 15820, "人", "2024-12-31", None, None, None])
    sheet.append(["env.ghg", "温室气体排放", "GHG emissions", 3.5, "吨", "2024", None, None, "排放量 | emissions"])
    sheet["D2"].number_format = "0%"
    sheet["D3"].number_format = "#,##0"
    sheet["D4"].number_format = "0.00"
    book.save(project.root / "figures.xlsx")
    assert main(["--root", str(project.root), "import", str(project.root / "figures.xlsx")]) == 0
    report, diags = load_report(project)
    assert diags == ()
    m = {mid: d.metric for mid, d in report.metrics.items()}
    assert (m["hr.women"].value, m["hr.women"].unit) == ("28", "%")
    assert m["hr.women"].scope.zh == "集团" and m["hr.women"].scope.en == "the Group"
    assert m["hr.women"].aliases == ["女性占比", "女性员工"] and m["env.ghg"].aliases == ["排放量", "emissions"]
    assert m["hr.staff"].value == "15,820" and m["env.ghg"].value == "3.50"
    assert m["hr.women"].provenance == "figures.xlsx:Data!D2"
    # Importing again keeps the scope and aliases the sheet leaves empty.
    sheet["G2"] = None
    sheet["I2"] = None
    book.save(project.root / "figures.xlsx")
    assert main(["--root", str(project.root), "import", str(project.root / "figures.xlsx")]) == 0
    report, _ = load_report(project)
    again = report.metrics["hr.women"].metric
    assert again.scope.zh == "集团" and again.aliases == ["女性占比", "女性员工"]


# ---- 5. next year's report ---------------------------------------------------------------------------

LAST_YEAR_EXTRA = """\
  - {id: overview.staff.2023, label: {zh: 2023年员工, en: Staff 2023}, value: "900", unit: 人, period: "2023"}
  - {id: overview.staff.2024, label: {zh: 2024年员工, en: Staff 2024}, value: "1,000", unit: 人, period: "2024"}
  - id: overview.ratio
    label: {zh: 女性占比, en: Share of women}
    value: "28"
    unit: "%"
    period: "2024"
sections:
  - id: highlights
    number: "1.1"
    title: {zh: 2024年亮点, en: Highlights of 2024}
    blocks:
      - table:
          caption: {zh: 员工人数, en: Staff}
          header: [{zh: 项目, en: Item}, "2023", "2024年"]
          rows:
            - [{zh: 员工, en: Staff}, {m: overview.staff.2023}, {m: overview.staff.2024}]
            - ["2024", {m: overview.staff.2024}, "—"]
      - chart:
          type: bar
          title: {zh: 员工人数, en: Staff}
          items:
            - {label: {zh: 2023年, en: "2023"}, m: overview.staff.2023}
            - {label: {zh: 2024年, en: "2024"}, m: overview.staff.2024}
      - text: {zh: "女性占比{m:overview.ratio}，员工{m:overview.staff.2024}。", en: "Women: {m:overview.ratio}."}
"""


def test_a_headcount_typed_against_the_example_metric_of_init_is_an_error(tmp_path):
    """The example metric of `csrpress init` (1,000人) is a declared figure: a writer who types the year-end headcount
    again in prose as 1,200人 is told at once. Its label carries no placeholder words, which had diluted its subject so
    much that the typed figure stood alone."""
    project = tmp_path / "esg"
    assert main(["init", str(project), "--year", "2025"]) == 0
    chapter = project / "content/chapters/01-overview.yaml"
    text = chapter.read_text(encoding="utf-8")
    text = text.replace("公司共有员工{m:overview.employees.2025}。", "公司共有员工{m:overview.employees.2025}。年末员工总数1,200人。")
    text = text.replace("the Company had {m:overview.employees.2025}.", "the Company had {m:overview.employees.2025}. The year-end headcount was 1,200.")
    chapter.write_text(text, encoding="utf-8")
    found = [d for d in check(Project(project)) if d.code == "N201"]
    assert len(found) == 1 and "“1,200人”" in found[0].message and "1,000人" in found[0].message


def test_next_years_report_rolls_ids_labels_headers_and_comparatives(tmp_path, capsys):
    old = tmp_path / "esg-2024"
    assert main(["init", str(old), "--year", "2024"]) == 0
    chapter = old / "content/chapters/01-overview.yaml"
    text = chapter.read_text(encoding="utf-8").replace("sections:\n  - id: scope\n    number: \"1.1\"", LAST_YEAR_EXTRA + "  - id: scope\n    number: \"1.2\"")
    chapter.write_text(text, encoding="utf-8")
    assert load_report(Project(old))[0].manifest.id == "esg-2024"  # not esg-2024-2024
    assert [d for d in check(Project(old)) if d.severity.value != "info"] == []
    new = tmp_path / "esg-2025"
    assert main(["init", str(new), "--from", str(old)]) == 0
    report, diags = load_report(Project(new))
    assert diags == ()
    metrics = {d.metric.id: d.metric for d in report.metric_decls}
    assert (metrics["overview.staff.2024"].value, metrics["overview.staff.2024"].period) == ("1,000", "2024")  # comparative kept
    assert (metrics["overview.staff.2025"].value, metrics["overview.staff.2025"].period) == ("TODO", "2025")
    assert metrics["overview.staff.2025"].label.zh == "2025年员工" and metrics["overview.staff.2025"].label.en == "Staff 2025"
    assert (metrics["overview.staff.2023"].value, metrics["overview.ratio"].value, metrics["overview.ratio"].period) == ("900", "TODO", "2025")
    (table,) = [b.data for _, _, b in __import__("csrpress.model", fromlist=["all_blocks"]).all_blocks(report) if b.kind == "table"]
    assert table.header[1:] == ["2024", "2025年"]
    assert [c.m for c in table.rows[0][1:]] == ["overview.staff.2024", "overview.staff.2025"]
    assert table.rows[1][0] == "2025" and table.rows[1][1].m == "overview.staff.2025"
    (chart,) = [b.data for _, _, b in __import__("csrpress.model", fromlist=["all_blocks"]).all_blocks(report) if b.kind == "chart"]
    assert [(i.label.zh, i.m) for i in chart.items] == [("2024年", "overview.staff.2024"), ("2025年", "overview.staff.2025")]
    found = [d for d in check(Project(new)) if d.code == "S110"]
    todo = sorted(d.message for d in found if d.severity.value == "error")
    assert todo == ["metric `overview.employees.2025` has no value yet (TODO)", "metric `overview.ratio` has no value yet (TODO)",
                    "metric `overview.staff.2025` has no value yet (TODO)"]
    headings = [d.message for d in found if d.severity.value == "warning" and not d.message.startswith("this sentence")
                and "reporting period" not in d.message]
    assert headings == ["“2024年亮点” names 2024, the year before this report's"]   # sentences: the tests below
    # Release refuses while TODO remains.
    result = build(Project(new), BuildOptions(release=True))
    assert result.refused and not result.outputs


LAST_YEAR_PROSE = {
    # (zh, en) written in the 2024 report; True: still naming 2024 once init --from has moved the reference to 2025
    "stale": ("2024年，公司员工人数为{m:overview.staff.2024}。", "In 2024 the Company had {m:overview.staff.2024}.", True),
    "compared": ("员工人数为{m:overview.staff.2024}，较2023年增长11%。", "Staff: {m:overview.staff.2024}, up 11% on 2023.", False),
    "both_years": ("员工从2023年的{m:overview.staff.2023}增至2024年的{m:overview.staff.2024}。",
                   "Staff rose from {m:overview.staff.2023} in 2023 to {m:overview.staff.2024} in 2024.", False),
}


def test_next_years_report_flags_a_sentence_still_naming_last_year(tmp_path, capsys):
    old = tmp_path / "esg-2024"
    assert main(["init", str(old), "--year", "2024"]) == 0
    chapter = old / "content/chapters/01-overview.yaml"
    text = chapter.read_text(encoding="utf-8").replace("sections:\n  - id: scope\n    number: \"1.1\"", LAST_YEAR_EXTRA + "  - id: scope\n    number: \"1.2\"")
    prose = "".join(f'      - text: {{zh: "{zh}", en: "{en}"}}\n' for zh, en, _ in LAST_YEAR_PROSE.values())
    # A sentence of the 2024 report that compares 2023 with 2024, then the three kinds above.
    prose += '      - text: {zh: "2023年的员工人数为900人，2024年增至1,000人。", en: "Staff rose from 900 in 2023 to 1,000 in 2024."}\n'
    chapter.write_text(text.replace('          en: "Women: {m:overview.ratio}."}\n', '          en: "Women: {m:overview.ratio}."}\n' + prose, 1)
                       .replace('"Women: {m:overview.ratio}."}\n', '"Women: {m:overview.ratio}."}\n' + prose, 1), encoding="utf-8")
    assert not [d for d in check(Project(old)) if d.code == "S110"]   # in its own year nothing is carried over
    new = tmp_path / "esg-2025"
    assert main(["init", str(new), "--from", str(old)]) == 0
    found = [d for d in check(Project(new)) if d.code == "S110" and d.message.startswith("this sentence")]
    lines = (new / "content/chapters/01-overview.yaml").read_text(encoding="utf-8").splitlines()
    flagged = {lines[d.location.line - 1][d.location.column - 1:].split("{m:")[0] for d in found}
    # the init's own "截至2024年底…" sentence, and the stale sentence of each language; not the comparisons
    assert flagged == {"2024年底，公司共有员工", "2024 the Company had ", "2024年，公司员工人数为", "2024, the Company had "}, flagged
    stale = next(d for d in found if lines[d.location.line - 1][d.location.column - 1:].startswith("2024年，公司"))
    assert stale.severity.value == "warning" and "names 2024" in stale.message and "`overview.staff.2025`, the figure for 2025" in stale.message
    assert stale.hint == "write 2025 if the sentence is about this year's figure; if it compares with 2024, say so (较2024年)"
    assert "{m:overview.staff.2025}" in lines[stale.location.line - 1]


def test_the_issues_comparisons_with_last_year_are_no_findings(make_project):
    """The sentences the issue names as legitimate (较2023年, 2023年的X 降至 2024年的Y) in a 2024 report; the same
    figure beside 2023 alone is one."""
    manifest = MINIMAL_MANIFEST.replace('period: {start: "2016-01-01", end: "2016-12-31", label: "2016"}',
                                        'period: {start: "2024-01-01", end: "2024-12-31", label: "2024"}').replace('date: "2017-01-01"', 'date: "2025-03-31"')
    chapter = ONE.replace('value: 677万, unit: 人次, period: "2016"', 'value: 677万, unit: 人次, period: "2024"')
    sentences = {"较2023年": ("捐款{m:one.donors}，较2023年增长5%。", "Donations: {m:one.donors}, up 5% on 2023."),
                 "2023年的X降至2024年的Y": ("捐款由2023年的700万人次降至2024年的{m:one.donors}。",
                                          "Donations fell from 7 million in 2023 to {m:one.donors} in 2024."),
                 "stale": ("2023年，共有{m:one.donors}。", "In 2023 there were {m:one.donors}.")}
    for name, (zh, en) in sentences.items():
        text = chapter.replace("zh: 共有{m:one.donors}。", f"zh: {zh}").replace('en: "{m:one.donors} in all."', f'en: "{en}"')
        found = [d for d in check(make_project({"content/chapters/01.yaml": text}, manifest=manifest)) if d.code == "S110"]
        assert len(found) == (2 if name == "stale" else 0), (name, [d.message for d in found])


def test_next_years_report_flags_last_years_reporting_period_in_the_text(tmp_path, capsys):
    """init writes 本报告介绍公司2024年1月1日至12月31日… / from 1 January to 31 December 2024; init --from moves the
    manifest's period on, not these words."""
    old = tmp_path / "esg-2024"
    assert main(["init", str(old), "--year", "2024"]) == 0
    assert not [d for d in check(Project(old)) if "reporting period" in d.message]
    new = tmp_path / "esg-2025"
    assert main(["init", str(new), "--from", str(old)]) == 0
    found = sorted((str(d.location), d.message, d.hint) for d in check(Project(new)) if "reporting period" in d.message)
    assert [(at, message) for at, message, _ in found] == [
        ("content/chapters/01-overview.yaml:29:20", "“2024年1月1日至12月31日” is last year's reporting period: carried over from last year's report?"),
        ("content/chapters/01-overview.yaml:31:102", "“1 January to 31 December 2024” is last year's reporting period: carried over from last year's report?")]
    assert found[0][2] == "write this report's period (2025)"
    # A two-year period, written with spaces and both years, as the sample report writes it.
    manifest = new / "content/report.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('start: "2025-01-01"', 'start: "2024-01-01"'), encoding="utf-8")
    chapter = new / "content/chapters/01-overview.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("2024年1月1日至12月31日", "2023 年 1 月 1 日至 2024 年 12 月 31 日"), encoding="utf-8")
    (diag,) = [d for d in check(Project(new)) if "reporting period" in d.message]
    assert diag.message.startswith("“2023 年 1 月 1 日至 2024 年 12 月 31 日”") and str(diag.location) == "content/chapters/01-overview.yaml:29:20"


# ---- 7. a project without templates/ builds with the packaged default design ---------------------------

from csrpress.project import default_templates  # noqa: E402
from csrpress.render import render_html  # noqa: E402


def test_templates_fall_back_to_the_default_design_file_by_file(make_project):
    project = make_project({"content/chapters/01.yaml": ONE})
    shutil.rmtree(project.templates)
    report, _ = load_report(project)
    html = render_html(report, project, "zh").html
    assert "第一章" in html
    sheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
    assert (project.build_dir / sheet).resolve() == (default_templates() / "style.css").resolve()
    # An override of one file: the project's own report.html, the default blocks and style.
    project.templates.mkdir()
    (project.templates / "report.html").write_text(
        '<html><head><link rel="stylesheet" href="{{ stylesheet }}"></head><body>OWN {{ m.id }}'
        '{% for ch in chapters %}{% include "blocks.html" ignore missing %}{% endfor %}</body></html>', encoding="utf-8")
    html = render_html(report, project, "en").html
    assert html.startswith("<html><head>") and "OWN demo" in html
    stylesheet = (project.build_dir / html.split('href="')[1].split('"')[0]).resolve()
    assert stylesheet == (default_templates() / "style.css").resolve()
    (project.templates / "style.css").write_text("body { color: red }", encoding="utf-8")
    html = render_html(report, project, "en").html
    assert (project.build_dir / html.split('href="')[1].split('"')[0]).resolve() == (project.templates / "style.css").resolve()


def test_a_template_symlinked_out_of_templates_is_still_refused(make_project, tmp_path_factory):
    from csrpress.render.html import RenderError

    project = make_project({"content/chapters/01.yaml": ONE})
    secret = tmp_path_factory.mktemp("outside") / "secret.html"
    secret.write_text("SECRET", encoding="utf-8")
    (project.templates / "report.html").unlink()
    (project.templates / "report.html").symlink_to(secret)
    report, _ = load_report(project)
    with pytest.raises(RenderError) as info:
        render_html(report, project, "zh")
    assert info.value.diagnostic.code == "R501"


@pytest.mark.pdf
def test_a_project_without_templates_builds(make_project):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed")
    project = make_project({"content/chapters/01.yaml": ONE})
    shutil.rmtree(project.templates)
    result = build(project, BuildOptions(editions=("en",)))
    assert result.outputs and not [d for d in result.diagnostics if d.code.startswith("R5") and d.severity.value != "info"], result.diagnostics


# ---- 8. zh-Hant for Hong Kong --------------------------------------------------------------------------

from csrpress import hant  # noqa: E402
from csrpress.hant import Overrides  # noqa: E402


def test_hant_fixes_common_mis_conversions_and_uses_hong_kong_quotes():
    html = "<p>总发电量达1亿千瓦时，腾讯云与公有云服务；信息安全。他说：“要做‘连接器’。” Tencent’s ‘cloud’</p>"
    out = hant.convert_html(html)
    assert "總發電量" in out and "騰訊雲" in out and "公有雲" in out and "資訊安全" in out
    assert "「要做『連接器』。」" in out and "Tencent’s" in out
    assert "<p>" in out and "髮" not in out and "云" not in out
    # A report's own override still wins over the tool's fixes.
    assert "信息安全" in hant.convert_html("<p>信息安全</p>", Overrides((("信息安全", "信息安全"),)))
    # Markup is never touched: attribute quotes and tags stay.
    assert hant.convert_html('<a title="x" href="#a">“头发”</a>') == '<a title="x" href="#a">「頭髮」</a>'


def test_the_sample_zh_hant_edition_reads_as_hong_kong_prints_it():
    project = Project(REPO)
    report, _ = load_report(project)
    text = re.sub(r"<[^>]+>", "", render_html(report, project, "zh-Hant").html)
    assert "騰訊雲" in text and "牽頭發起" in text and "不斷發揚" in text and "長髮飄飄" in text  # hair stays hair
    assert "云" not in text and "信息" not in text and "資訊" in text
    assert not re.search("[“”]", text) and text.count("「") > 100 and text.count("」") > 100  # (the source has one “ fewer than ”)


# ---- 9. the tutorial runs as written --------------------------------------------------------------------

_BLOCK = re.compile(r"(?:<!-- (write|edit): (\S+) -->\n)?```(\w+)\n(.*?)```", re.S)


def tutorial_steps(text: str) -> list[tuple[str, str, str]]:
    """(kind, argument, body): ("sh", "", commands), ("output", "", expected lines), ("write"|"edit", path, yaml).
    A text block is the expected output of the commands right before it (nothing but blank lines between)."""
    steps: list[tuple[str, str, str]] = []
    last_end, last_kind = 0, ""
    for m in _BLOCK.finditer(text):
        action, path, lang, body = m.groups()
        between = text[last_end:m.start()]
        if action:
            steps.append((action, path, body))
        elif lang == "sh":
            steps.append(("sh", "", body))
        elif lang == "text" and last_kind == "sh" and not between.strip():
            steps.append(("output", "", body))
        last_end, last_kind = m.end(), lang if not action else action
    return steps


def test_the_tutorial_runs_as_written(tmp_path):
    if not _has_cjk_font():
        pytest.skip("no CJK font installed (the tutorial builds the PDFs)")
    steps = tutorial_steps((REPO / "docs" / "tutorial.md").read_text(encoding="utf-8"))
    assert [kind for kind, _, _ in steps].count("sh") >= 5 and any(kind == "write" for kind, _, _ in steps)
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    cwd, output = tmp_path, ""
    for kind, arg, body in steps:
        if kind == "sh":
            # One shell per block; a `cd` carries over to the next block, as in the writer's terminal.
            script = body + '\necho "__CWD__=$PWD"\n'
            done = subprocess.run(["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, f"{body}\n{done.stdout}\n{done.stderr}"
            stdout, _, where = done.stdout.rpartition("__CWD__=")
            output, cwd = stdout + done.stderr, Path(where.strip())
        elif kind == "output":
            for line in body.strip().splitlines():
                assert line.strip() in output, f"expected {line!r} in the output of the block before:\n{output}"
        elif kind == "write":
            (cwd / arg).write_text(body, encoding="utf-8")
        elif kind == "edit":
            path = cwd / arg
            text = path.read_text(encoding="utf-8")
            for line in body.strip().splitlines():
                key = line.split(":", 1)[0] + ":"
                assert re.search(rf"^{re.escape(key)}", text, re.M), f"{arg} has no line starting {key}"
                text = re.sub(rf"^{re.escape(key)}.*$", lambda _m, new=line: new, text, count=1, flags=re.M)
            path.write_text(text, encoding="utf-8")
    # Written from what `init` writes: the file tree it shows is the one init makes.
    for name in ("content/report.yaml", "content/chapters/01-overview.yaml", "content/chapters/90-esg-index.yaml", "Makefile"):
        assert (cwd / name).is_file()
    assert (cwd / "build" / "esg-2024.en.pdf").is_file()
