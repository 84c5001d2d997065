"""Draft marks in a Chinese edition (issue 19 item 4): the note (the PDF's footnote) gives the code's
Chinese summary in the edition's script before the specific message; the English edition keeps English."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from csrpress.build import check
from csrpress.diagnostics import Diagnostic, Severity
from csrpress.load import load_report
from csrpress.project import Project
from csrpress.render import drafts, render_html

CASE = Path(__file__).parent / "checks" / "cases" / "n201-figure-conflict"


def _notes(html: str) -> list[str]:
    return re.findall(r'<span class="finding-note sev-\w+">(.*?)</span>', html, re.S)


def test_the_notes_of_each_edition_in_its_language(tmp_path: Path) -> None:
    shutil.copytree(CASE / "content", tmp_path / "content")
    shutil.copytree(Path(__file__).parents[1] / "templates", tmp_path / "templates")
    project = Project(tmp_path)
    report, _ = load_report(project)
    findings = check(project)
    zh, hant, en = (_notes(render_html(report, project, lang, findings).html) for lang in ("zh", "zh-Hant", "en"))
    assert len(zh) == len(hant) == len(en) == 1
    assert re.match(r"\s*N201 正文中的数字与它所表述的指标不一致 — figure disagrees", zh[0])
    assert re.match(r"\s*N201 正文中的數字與它所表述的指標不一致 — figure disagrees", hant[0])
    assert re.match(r"\s*N201 figure disagrees", en[0]) and not re.search(r"[\u4e00-\u9fff]{4}", en[0].split("—")[0])


def test_note_text_for_every_script_and_a_code_without_chinese() -> None:
    diag = Diagnostic("L008", Severity.ERROR, "content/chapters/02.yaml is a symlink out of the project")
    assert drafts.note_text(diag) == drafts.note_text(diag, "en") == "L008 content/chapters/02.yaml is a symlink out of the project"
    assert drafts.note_text(diag, "zh").startswith("L008 内容文件或文件夹是符号链接，其实际路径位于项目之外 — content/")
    assert drafts.note_text(diag, "zh-Hant").startswith("L008 內容檔案或資料夾是符號連結，其實際路徑位於項目之外 — content/")
    unknown = Diagnostic("X999", Severity.ERROR, "something")
    assert drafts.note_text(unknown, "zh-Hant") == "X999 something"
