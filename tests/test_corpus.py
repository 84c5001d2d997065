"""The bad-input corpus: every broken project in tests/corpus/ -> its exact findings, exit code, no traceback.

Each case is a folder laid over tests/corpus/_base (a small valid project) plus the repo's templates.
Its expect.txt holds `run:` (the CLI arguments after --root), `exit:`, optional `setup:` steps for what
cannot be committed (a 30 MiB file, a build/ that is a file, an empty font set, a symlink to a file of
its outside/ folder, copied next to the project), optional `output:`
substrings, and one `CODE path:line:col` line per finding (`CODE -` when it has no location).
`CSRPRESS_REGEN=1` rewrites the finding lines from the current output: review the diff before keeping it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import weasyprint  # noqa: F401  # loaded before any case points FONTCONFIG_FILE at an empty font set

from csrpress.cli import main

CORPUS = Path(__file__).resolve().parent / "corpus"
REPO = CORPUS.parent.parent
FINDING = re.compile(r"^(?:(?P<loc>\S+:\d+:\d+): )?(?P<sev>error|warning)\[(?P<code>[A-Z]\d{3})\]", re.M)
EXPECT_LINE = re.compile(r"^[A-Z]\d{3} (?:-|\S+:\d+:\d+)$")


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    doc: str
    run: tuple[str, ...]
    exit: int
    setup: tuple[str, ...]
    output: tuple[str, ...]
    findings: tuple[str, ...]


def read_case(folder: Path) -> Case:
    doc, run, code, setup, output, findings = "", ("check",), -1, [], [], []
    for line in (folder / "expect.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            doc = line[2:]
        elif line.startswith("run: "):
            run = tuple(line[5:].split())
        elif line.startswith("exit: "):
            code = int(line[6:])
        elif line.startswith("setup: "):
            setup.append(line[7:])
        elif line.startswith("output: "):
            output.append(line[8:])
        elif line.strip():
            assert EXPECT_LINE.match(line), f"{folder.name}/expect.txt: bad line {line!r}"
            findings.append(line)
    return Case(folder.name, doc, run, code, tuple(setup), tuple(output), tuple(findings))


CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_"))


def _large_yaml(mib: int) -> str:
    # Valid YAML that is simply too big: one long block of repeated, well-formed text.
    line = "  - text: {zh: 这是一段很长的文字。, en: This is a long paragraph of text.}\n"
    return "id: big\ntitle: {zh: 大, en: Big}\nblocks:\n" + line * (mib * 1_048_576 // len(line.encode()) + 1)


def prepare(case: Case, folder: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(CORPUS / "_base", root, dirs_exist_ok=True)
    shutil.copytree(folder, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expect.txt", "outside"))
    for step in case.setup:
        verb, _, rest = step.partition(" ")
        if verb == "remove":
            target = root / rest
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        elif verb == "mkdir":
            (root / rest).mkdir(parents=True)
        elif verb == "append":
            path, _, text = rest.partition(" ")
            with (root / path).open("a", encoding="utf-8") as fh:
                fh.write(text + "\n")
        elif verb == "large":
            path, _, mib = rest.partition(" ")
            (root / path).write_text(_large_yaml(int(mib)), encoding="utf-8")
        elif verb == "outside":  # the case's outside/ folder, next to the project (what a symlink may reach)
            shutil.copytree(folder / "outside", root.parent, dirs_exist_ok=True)
        elif verb == "symlink":  # git carries symlinks; a copied folder would carry their targets instead
            link, _, target = rest.partition(" ")
            (root / link).parent.mkdir(parents=True, exist_ok=True)
            (root / link).symlink_to(target)
        elif verb == "fifo":  # a named pipe in place of a file: reading it would block forever
            target = root / rest
            if target.exists():
                target.unlink()
            os.mkfifo(target)
        elif verb == "build-is-file":
            (root / "build").write_text("not a directory\n", encoding="utf-8")
        elif verb == "no-cjk-fonts":
            fonts = root / "empty-fonts"
            fonts.mkdir()
            conf = root / "fonts.conf"
            conf.write_text(
                f'<?xml version="1.0"?>\n<fontconfig><dir>{fonts}</dir><cachedir>{root / "fc-cache"}</cachedir></fontconfig>\n',
                encoding="utf-8",
            )
            monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
        else:
            raise AssertionError(f"{case.name}: unknown setup step {step!r}")


def found(output: str) -> list[str]:
    return [f"{m['code']} {m['loc'] or '-'}" for m in FINDING.finditer(output)]


def test_corpus_is_big_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("folder", CASES, ids=[p.name for p in CASES])
def test_corpus_case(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    case = read_case(folder)
    root = tmp_path / "project"
    root.mkdir()
    prepare(case, folder, root, monkeypatch)
    code = main(["--root", str(root), *case.run])
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Traceback" not in output
    actual = found(output)
    if os.environ.get("CSRPRESS_REGEN"):
        keep = [ln for ln in (folder / "expect.txt").read_text(encoding="utf-8").splitlines() if not EXPECT_LINE.match(ln)]
        (folder / "expect.txt").write_text("\n".join(keep + sorted(actual)) + "\n", encoding="utf-8")
        return
    assert code == case.exit, output
    assert code in (1, 2)
    assert Counter(actual) == Counter(case.findings), output
    for text in case.output:
        assert text in output, output
    # a content problem must say where it is
    if case.run[0] in ("check", "build") and case.exit == 1:
        assert any(" -" not in f for f in actual), "no finding carries a file:line:col"


def test_doctor_passes_on_this_machine(make_project, capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import _has_cjk_font

    if not _has_cjk_font():
        pytest.skip("no CJK font installed: the no-cjk-font case covers that branch")
    project = make_project({})
    assert main(["--root", str(project.root), "doctor"]) == 0
    out = capsys.readouterr().out
    assert out.count("ok  ") == 5 and "FAIL" not in out and "Pango 1." in out and "Noto Serif CJK SC" in out and "Latin fonts" in out
