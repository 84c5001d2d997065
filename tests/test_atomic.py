"""Builds are atomic and reproducible: a failed or killed build keeps the last good PDF; same sources, same bytes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from csrpress.build import BuildOptions, build
from csrpress.cli import main
from csrpress.pdf import write_text_atomic
from csrpress.project import Project

from conftest import MINIMAL_MANIFEST, REPO
from test_load import CHAPTER

ZH = BuildOptions(editions=("zh",), jobs=1)


@dataclass(frozen=True, slots=True)
class Built:
    root: Path
    first: bytes
    second: bytes
    html: bytes


def _project(root: Path) -> Project:
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "content" / "chapters").mkdir(parents=True)
    (root / "content" / "report.yaml").write_text(MINIMAL_MANIFEST, encoding="utf-8")
    (root / "content" / "chapters" / "01.yaml").write_text(CHAPTER, encoding="utf-8")
    return Project(root)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """A small project built twice from scratch, in separate seconds (fonts carry a timestamp unless it is fixed)."""
    project = _project(tmp_path_factory.mktemp("atomic"))
    pdf = project.build_dir / "demo.zh.pdf"
    result = build(project, ZH)
    assert result.outputs == (pdf,), [str(d) for d in result.diagnostics]
    first = pdf.read_bytes()
    shutil.rmtree(project.build_dir / "cache", ignore_errors=True)  # a fresh layout, not cached parts
    time.sleep(1.1)  # and a different second on the clock
    result = build(project, ZH)
    assert result.outputs == (pdf,)
    return Built(project.root, first, pdf.read_bytes(), (project.build_dir / "demo.zh.html").read_bytes())


def _copy(built: Built, dest: Path) -> Project:
    shutil.copytree(built.root, dest)
    return Project(dest)


def _leftovers(build_dir: Path) -> list[str]:
    # files only: build/ may also hold a cache folder
    return sorted(p.name for p in build_dir.iterdir() if p.is_file() and p.name not in ("demo.zh.pdf", "demo.zh.html"))


def test_two_builds_are_byte_identical(built: Built) -> None:
    assert built.first == built.second
    meta = PdfReader(built.root / "build" / "demo.zh.pdf").metadata
    assert meta is not None and meta["/CreationDate"] == "D:20170101000000Z"  # the manifest's date, not the clock


def test_fonttools_subsetting_is_reproducible_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the HarfBuzz-subset library WeasyPrint subsets with fontTools, which stamps fonts with the clock."""
    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = _project(tmp_path / "p")
    # fontTools subsets a CJK font in tens of seconds: print the English edition in a small Latin font
    with (project.templates / "style.css").open("a", encoding="utf-8") as fh:
        fh.write('\n* { font-family: "DejaVu Sans" !important; }\n')
    en = BuildOptions(editions=("en",), jobs=1, cache=False)  # the whole-document path (release builds)
    pdf = project.build_dir / "demo.en.pdf"
    assert build(project, en).outputs == (pdf,)
    first = pdf.read_bytes()
    time.sleep(1.1)  # a different second on the clock: only a fixed date keeps the bytes equal
    assert build(project, en).outputs == (pdf,)
    assert pdf.read_bytes() == first
    assert "SOURCE_DATE_EPOCH" not in os.environ  # set for the write only


def test_failed_build_keeps_the_previous_outputs(built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _copy(built, tmp_path / "p")
    with (project.templates / "blocks.html").open("a", encoding="utf-8") as fh:
        fh.write("{% if %}\n")  # a template syntax error: the render stage fails
    (project.content / "chapters" / "01.yaml").write_text(CHAPTER.replace("第一章", "第一章（修订）"), encoding="utf-8")
    assert main(["--root", str(project.root), "build", "--edition", "zh"]) == 1
    err = capsys.readouterr().err
    assert "R501" in err and "templates/blocks.html" in err and "Traceback" not in err
    assert (project.build_dir / "demo.zh.pdf").read_bytes() == built.second
    assert (project.build_dir / "demo.zh.html").read_bytes() == built.html
    assert _leftovers(project.build_dir) == []


def test_build_killed_during_layout_keeps_the_previous_pdf(built: Built, tmp_path: Path) -> None:
    project = _copy(built, tmp_path / "p")
    # changed content, so a finished build would have written a different PDF
    (project.content / "chapters" / "01.yaml").write_text(CHAPTER.replace("第一章", "第一章（修订）"), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    seen = []
    with subprocess.Popen([sys.executable, "-m", "csrpress", "--root", str(project.root), "build", "--edition", "zh"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line)
            if "laying out" in line:
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=120)
    pdf = (project.build_dir / "demo.zh.pdf").read_bytes()
    if proc.returncode == -signal.SIGKILL:
        assert pdf == built.second, "a build killed mid-way replaced the PDF"
    else:  # the build finished before the signal landed: the new PDF must then be whole
        assert proc.returncode == 0, "".join(seen)
        assert pdf != built.second and len(PdfReader(project.build_dir / "demo.zh.pdf").pages) >= 1
    # a killed writer can leave only its own hidden temp file, never a partial file under a final name
    assert all(name.startswith(".demo.zh.") and name.endswith(".tmp") for name in _leftovers(project.build_dir))
    # and the next build succeeds
    assert main(["--root", str(project.root), "build", "--edition", "zh", "-q"]) == 0
    assert (project.build_dir / "demo.zh.pdf").read_bytes() != built.second


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_next_write_sweeps_what_a_killed_writer_left(tmp_path: Path) -> None:
    dead = _dead_pid()
    (tmp_path / f".demo.zh.html.{dead}.abc123.tmp").write_text("<html>half", encoding="utf-8")
    (tmp_path / f".other.html.{dead}.abc123.tmp").write_text("not ours", encoding="utf-8")
    write_text_atomic(tmp_path / "demo.zh.html", "<html>whole</html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".other.html.{dead}.abc123.tmp", "demo.zh.html"]
    assert (tmp_path / "demo.zh.html").read_text(encoding="utf-8") == "<html>whole</html>"


def test_a_write_never_sweeps_the_temp_files_of_a_run_still_going(tmp_path: Path) -> None:
    """Two builds of one project at once: each must leave the other's temp files alone."""
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as other:
        try:
            theirs = tmp_path / f".demo.zh.pdf.{other.pid}.k3y9.tmp"
            theirs.write_bytes(b"%PDF-1.7 half written")
            unknown = tmp_path / ".demo.zh.pdf.abc123.tmp"  # no pid: whose it is cannot be told, so kept
            unknown.write_bytes(b"x")
            write_text_atomic(tmp_path / "demo.zh.pdf", "whole")
            assert theirs.read_bytes() == b"%PDF-1.7 half written" and unknown.exists()
            mine = [p.name for p in tmp_path.iterdir() if f".{os.getpid()}." in p.name]
            assert mine == []  # this run's own temp file is gone once the file is written
        finally:
            other.kill()


def test_build_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "build").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="is a file, not a folder"):
        write_text_atomic(tmp_path / "build" / "demo.zh.html", "<html></html>")


def _children_of(pid: int) -> list[int]:
    """Every process whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_build_leaves_no_worker_behind(built: Built, tmp_path: Path, sig: signal.Signals) -> None:
    project = _copy(built, tmp_path / "p")
    (project.content / "chapters" / "01.yaml").write_text(CHAPTER.replace("第一章", "第一章（修订）"), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    workers: list[int] = []
    with subprocess.Popen([sys.executable, "-m", "csrpress", "--root", str(project.root), "build", "--jobs", "2"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "laying out" in line:
                workers = _children_of(proc.pid)
                proc.send_signal(sig)
                break
        proc.wait(timeout=120)
    assert len(workers) == 2, "the build started two layout workers"
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = [pid for pid in workers if not _gone(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == [], "layout workers outlived the build"
    assert (project.build_dir / "demo.zh.pdf").read_bytes() == built.second  # the last good PDF is intact


# ---- csrpress import ------------------------------------------------------------------------------------------------

_HR_CSV = "id,value,period,label_zh\nstaff.total,{value},2016-12-31,员工总数\n"


def test_import_on_a_full_disk_keeps_the_metric_file_and_manifest_whole(tmp_path: Path) -> None:
    """A write that fails part-way (here: a file-size limit, as a full disk would) changes nothing on disk."""
    import resource

    project = _project(tmp_path / "p")
    (project.root / "hr.csv").write_text(_HR_CSV.format(value="\"38,775\""), encoding="utf-8")
    out = project.content / "metrics" / "hr.yaml"
    assert main(["--root", str(project.root), "import", str(project.root / "hr.csv"), "--out", str(out)]) == 0
    out.write_text(out.read_text(encoding="utf-8") + '    aliases: ["员工", "职工", "雇员", "工作人员", "全体员工", "在职员工"]\n', encoding="utf-8")
    before, manifest = out.read_bytes(), project.manifest.read_bytes()
    (project.root / "hr.csv").write_text(_HR_CSV.format(value="\"40,001\""), encoding="utf-8")
    limit = len(before) // 2

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = subprocess.run([sys.executable, "-m", "csrpress", "--root", str(project.root), "import", str(project.root / "hr.csv"),
                          "--out", str(out)], capture_output=True, text=True, preexec_fn=small_disk, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and "hr.yaml" in run.stderr
    assert out.read_bytes() == before and project.manifest.read_bytes() == manifest
    assert [p.name for p in out.parent.iterdir()] == ["hr.yaml"]  # no temp file left behind


def test_import_reads_only_the_populated_cells_of_a_sheet(tmp_path: Path) -> None:
    """One value at XFD1048576 must not build a 1,048,576 x 16,384 grid."""
    from openpyxl import Workbook

    from csrpress.importer import read_sheet

    book = Workbook()
    ws = book.active
    ws.append(["id", "value", "period", "label_zh"])
    ws.append(["staff.total", "38,775", "2016-12-31", "员工总数"])
    ws["XFD1048576"] = "far away"
    path = tmp_path / "far.xlsx"
    book.save(path)
    assert path.stat().st_size < 10_000
    started = time.monotonic()
    rows, problems = read_sheet(path)  # the whole grid: minutes and ~130 GB of references
    assert time.monotonic() - started < 5
    assert [r["id"].text for r in rows] == ["staff.total", ""] and problems == []
    assert rows[1]["id"].where == "far.xlsx:Sheet!A1048576"  # the far row is still read, and named where it is


@pytest.mark.parametrize("name, data", [
    ("not-a-zip.xlsx", b"this is not a spreadsheet"),
    ("huge-field.csv", b"id,value,period,label_zh\n" + b"x" * 200_000 + b",1,2016,a\n"),
])
def test_an_unreadable_sheet_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes) -> None:
    project = _project(tmp_path / "p")
    (project.root / name).write_bytes(data)
    assert main(["--root", str(project.root), "import", str(project.root / name)]) == 2
    err = capsys.readouterr().err
    assert name in err and "Traceback" not in err and len(err.strip().splitlines()) <= 2
