"""content/ -> a table of timings and peak memory: check, full build, WeasyPrint alone, rebuilds after edits.

Usage: .venv/bin/python tooling/bench.py [--quick] [--sizes 1,2,4] [--runs 3]
Only public tools: time.perf_counter around subprocesses, /usr/bin/time -f %M for the child's peak RSS.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CSR = str(BIN / "csrpress")
TEXT_LINE = re.compile(r"(- text:\n\s+zh: )(?![|>\"'])([^\n]+)")
DUPLICATE = re.compile(r"^\d\d-(?!esg|feedback|about)")


@dataclass(frozen=True, slots=True)
class Sample:
    seconds: float
    rss_mib: float


def run(cmd: list[str], cwd: Path) -> Sample:
    """Wall time of the whole process, and the peak RSS of it or its largest child (wait4 rusage)."""
    fd, stat_file = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    started = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-o", stat_file, "-f", "%M", *cmd], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rss = Path(stat_file).read_text().strip().splitlines()
    os.unlink(stat_file)
    if proc.returncode not in (0, 1):  # 1: findings, which the sample has on purpose
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return Sample(elapsed, int(rss[-1]) / 1024 if rss and rss[-1].isdigit() else float("nan"))


def median(samples: list[Sample]) -> Sample:
    return Sample(statistics.median(s.seconds for s in samples), max(s.rss_mib for s in samples))


def make_project(root: Path, n: int) -> Path:
    """A copy of the sample with chapters 00-08 repeated n times under new ids (ids stay unique)."""
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "templates", root / "templates")
    manifest = root / "content" / "report.yaml"
    text = manifest.read_text("utf-8")
    chapters = re.findall(r"^  - (chapters/\S+\.yaml)$", text, re.M)
    extra: list[str] = []
    for k in range(2, n + 1):
        for rel in chapters:
            if DUPLICATE.match(Path(rel).name):
                extra.append(_duplicate(root / "content", rel, k))
    if extra:
        last_content = max(i for i, rel in enumerate(chapters) if DUPLICATE.match(Path(rel).name))
        listed = chapters[:last_content + 1] + extra + chapters[last_content + 1:]
        block = "chapters:\n" + "".join(f"  - {rel}\n" for rel in listed)
        text = re.sub(r"^chapters:\n(?:  - \S+\n?)+", block, text, flags=re.M)
        manifest.write_text(text, "utf-8")
    return root


def _duplicate(content: Path, rel: str, k: int) -> str:
    src = content / rel
    files = [src] + [content / inc for inc in re.findall(r"include: (\S+)", src.read_text("utf-8"))]
    ids: set[str] = set()
    for f in files:
        ids |= set(re.findall(r"\bid: ([\w.\-]+)", f.read_text("utf-8")))
    pattern = re.compile(r"(?<![\w.\-])(" + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)) + r")(?![\w\-]|\.[\w])")
    out_rel = ""
    for f in files:
        new_rel = f.relative_to(content).as_posix().replace(".yaml", f"-x{k}.yaml")
        body = pattern.sub(lambda m: f"{m.group(1)}-x{k}", f.read_text("utf-8"))
        body = re.sub(r"include: (\S+)\.yaml", rf"include: \1-x{k}.yaml", body)
        (content / new_rel).write_text(body, "utf-8")
        out_rel = out_rel or new_rel
    return out_rel


def prepare_metric(project: Path) -> tuple[Path, str]:
    """A metric that three chapters reference in their prose (references added where the sample lacks them)."""
    chapters = sorted((project / "content" / "chapters").glob("0[1-8]*.yaml"))
    for decl in chapters:
        found = re.search(r"id: ([\w.\-]+)[,\n](?:[^\n]*\n){0,3}?[^\n]*?value: \"?(\d)", decl.read_text("utf-8"))
        if found:
            break
    else:
        raise SystemExit("bench: no metric with a numeric value declared in chapters 01-08")
    metric = found.group(1)
    users = [c for c in chapters if f"{{m:{metric}}}" in c.read_text("utf-8")]
    for chapter in chapters:
        if len(users) >= 3:
            break
        if chapter in users:
            continue
        text = chapter.read_text("utf-8")
        if TEXT_LINE.search(text):
            chapter.write_text(TEXT_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)}（{{m:{metric}}}）", text, count=1), "utf-8")
            users.append(chapter)
    return decl, metric


def edit_paragraph(project: Path, marker: int) -> None:
    chapter = sorted((project / "content" / "chapters").glob("04-*.yaml"))[0]
    text = chapter.read_text("utf-8")
    chapter.write_text(TEXT_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)}修订{marker}", text, count=1), "utf-8")


def edit_metric(decl: Path, metric: str, marker: int) -> None:
    text = decl.read_text("utf-8")
    line = re.compile(rf"(id: {re.escape(metric)}[,\n](?:[^\n]*\n){{0,3}}?[^\n]*?value: \"?)(\d)")
    decl.write_text(line.sub(lambda m: f"{m.group(1)}{(int(m.group(2)) + marker) % 9 + 1}", text, count=1), "utf-8")


def measure(n: int, runs: int) -> dict[str, Sample | float]:
    root = Path(tempfile.mkdtemp(prefix=f"csrpress-bench-{n}x-"))
    try:
        project = make_project(root, n)
        decl, metric = prepare_metric(project)
        row: dict[str, Sample | float] = {}
        uncached = []
        for _ in range(max(runs, 3)):
            shutil.rmtree(project / "build" / ".cache", ignore_errors=True)   # the figure cache (figcache.py)
            uncached.append(run([CSR, "check"], project))
        row["check_cold"] = median(uncached)
        row["check"] = median([run([CSR, "check"], project) for _ in range(max(runs, 5))])  # the cold runs left the cache warm
        edited = []
        for i in range(max(runs, 3)):
            edit_paragraph(project, 100 + i)
            edited.append(run([CSR, "check"], project))
        row["check_edit"] = median(edited)
        probe = ("import sys,time; from pathlib import Path; from csrpress.build import check; from csrpress.project import Project;"
                 "p = Project(Path(sys.argv[1])); check(p); t = time.perf_counter(); check(p); print(time.perf_counter() - t)")
        row["check_inproc"] = statistics.median(
            float(subprocess.run([sys.executable, "-c", probe, str(project)], capture_output=True, text=True, check=True).stdout)
            for _ in range(3))
        xlf = root / "all.xlf"  # the translation round trip (issue 18): export everything, import it unchanged
        row["translate_export"] = median([run([CSR, "translate", "export", "-o", str(xlf)], project) for _ in range(max(runs, 3))])
        row["translate_import"] = median([run([CSR, "translate", "import", str(xlf)], project) for _ in range(max(runs, 3))])
        builds, base, cold, para, metr = [], [], [], [], []
        for i in range(runs):
            shutil.rmtree(project / "build", ignore_errors=True)
            builds.append(run([CSR, "build"], project))
            html = next((project / "build").glob("*.zh.html"))
            base.append(run([sys.executable, "-c", "import sys; from weasyprint import HTML; HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])",
                             str(html), str(root / "baseline.pdf")], project))
            row["bytes_whole"] = float(next((project / "build").glob("*.zh.pdf")).stat().st_size)
            shutil.rmtree(project / "build", ignore_errors=True)
            cold.append(run([CSR, "build", "--incremental"], project))
            row["bytes_split"] = float(next((project / "build").glob("*.zh.pdf")).stat().st_size)
            edit_paragraph(project, i)
            para.append(run([CSR, "build", "--incremental"], project))
            edit_metric(decl, metric, i)
            metr.append(run([CSR, "build", "--incremental"], project))
        row["build"], row["baseline"], row["cold"], row["rebuild_paragraph"], row["rebuild_metric"] = map(median, (builds, base, cold, para, metr))
        row["pages"] = float(_pages(next((project / "build").glob("*.zh.pdf"))) + _pages(next((project / "build").glob("*.en.pdf"))))
        return row
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 1 and 2, one build run each (~3 min)")
    parser.add_argument("--sizes", default=None, help="report sizes, e.g. 1,2,4 (default 1,2,4)")
    parser.add_argument("--runs", type=int, default=None, help="build runs per size (median; default 3)")
    args = parser.parse_args()
    sizes = [int(s) for s in (args.sizes or ("1,2" if args.quick else "1,2,4")).split(",")]
    runs = args.runs or (1 if args.quick else 3)
    # An installed csrpress has its bytecode compiled (pip does it); a checkout run with PYTHONDONTWRITEBYTECODE set
    # (as CI and some shells do) would compile every module again in every process: ~0.1 s of each check.
    compiled = compileall.compile_dir(str(REPO / "tooling" / "csrpress"), quiet=1)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), "?")
    print(f"machine: {os.cpu_count()} CPU ({cpu}); load average at start {os.getloadavg()[0]:.2f}; runs per size: {runs}; "
          f"bytecode {'compiled' if compiled else 'NOT compiled (each run compiles the sources)'}")
    rows = {}
    for n in sizes:
        rows[n] = measure(n, runs)
        print(f"measured {n}x: " + ", ".join(f"{k}={v}" for k, v in rows[n].items()), file=sys.stderr, flush=True)
    names = [("check", "csrpress check (whole process), unchanged sources (target <= 0.5 s at 1x: the sample)"),
             ("check_edit", "csrpress check after a one-paragraph edit"),
             ("check_cold", "csrpress check, no figure cache (build/.cache removed)"),
             ("translate_export", "`translate export` all strings, XLIFF 2.0 (target <= 1 s at 1x)"),
             ("translate_import", "`translate import` of that file, unchanged (target <= 1 s at 1x)"), ("baseline", "baseline: WeasyPrint alone, zh HTML"),
             ("build", "full build zh + en (`csrpress build`)"), ("cold", "full build zh + en, `--incremental`, empty cache"),
             ("rebuild_paragraph", "`--incremental` rebuild, one paragraph edited"),
             ("rebuild_metric", "`--incremental` rebuild, one metric value (3 chapters)")]
    print(f"\n| measurement | " + " | ".join(f"{n}x: s / peak MiB" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    print("| check in-process (s) | " + " | ".join(f"{rows[n]['check_inproc']:.3f}" for n in sizes) + " |")
    for key, label in names:
        print(f"| {label} | " + " | ".join(f"{rows[n][key].seconds:.2f} / {rows[n][key].rss_mib:.0f}" for n in sizes) + " |")
    print("| pages (zh + en) | " + " | ".join(f"{rows[n]['pages']:.0f}" for n in sizes) + " |")
    print("| **full build / baseline** (target <= 1.2) | " + " | ".join(f"{rows[n]['build'].seconds / rows[n]['baseline'].seconds:.2f}" for n in sizes) + " |")
    print("| `--incremental` cold / baseline | " + " | ".join(f"{rows[n]['cold'].seconds / rows[n]['baseline'].seconds:.2f}" for n in sizes) + " |")
    print("| **paragraph rebuild / full build** (target <= 0.3) | " + " | ".join(f"{rows[n]['rebuild_paragraph'].seconds / rows[n]['build'].seconds:.2f}" for n in sizes) + " |")
    print("| paragraph rebuild / `--incremental` cold build | " + " | ".join(f"{rows[n]['rebuild_paragraph'].seconds / rows[n]['cold'].seconds:.2f}" for n in sizes) + " |")
    print("| metric rebuild / full build | " + " | ".join(f"{rows[n]['rebuild_metric'].seconds / rows[n]['build'].seconds:.2f}" for n in sizes) + " |")
    print("| full build per page (ms) | " + " | ".join(f"{1000 * rows[n]['build'].seconds / rows[n]['pages']:.0f}" for n in sizes) + " |")
    print("| zh PDF size, whole / incremental (MB) | " + " | ".join(f"{rows[n]['bytes_whole'] / 1e6:.1f} / {rows[n]['bytes_split'] / 1e6:.1f}" for n in sizes) + " |")
    print("| check per page (ms) | " + " | ".join(f"{1000 * rows[n]['check'].seconds / rows[n]['pages']:.1f}" for n in sizes) + " |")
    print(f"| reading a 42 KB run of numerals (target <= 1 s) | {numeral_run():.2f} s |")
    if not args.quick:  # two minutes or more today
        cold, warm, chapters = thousand_chapters()
        print(f"| `csrpress check`, {chapters:,} chapters (copies of the sample), no cache / unchanged (target <= 10 s) | "
              f"{cold.seconds:.1f} s / {warm.seconds:.1f} s, peak {max(cold.rss_mib, warm.rss_mib):.0f} MiB |")
    print(f"| validator corpora, recall / false alarms | {corpora()} |")
    return 0


def thousand_chapters(target: int = 1000) -> tuple[Sample, Sample, int]:
    """`csrpress check` on the sample's content chapters copied until the report has `target` chapters (issue 17):
    once without the figure cache, once unchanged. One run each: a run takes tens of seconds."""
    root = Path(tempfile.mkdtemp(prefix="csrpress-bench-chapters-"))
    try:
        listed = re.findall(r"^  - (chapters/\S+\.yaml)$", (REPO / "content" / "report.yaml").read_text("utf-8"), re.M)
        copied = sum(1 for rel in listed if DUPLICATE.match(Path(rel).name))
        project = make_project(root, 1 + -(-(target - len(listed)) // copied))
        chapters = len(re.findall(r"^  - chapters/", (project / "content" / "report.yaml").read_text("utf-8"), re.M))
        cold = run([CSR, "check"], project)
        return cold, run([CSR, "check"], project), chapters
    finally:
        shutil.rmtree(root, ignore_errors=True)


def numeral_run() -> float:
    """Seconds to read 42 KB of "1万2千3百四十五" (a hostile paragraph; issue 17), in a fresh process, after one
    short figure: the first figure of any run builds the number grammar and the unit index (~0.4 s here without
    the regex cache), whatever its text; this row measures how reading time grows with the paragraph."""
    probe = ("import time; from csrpress.numbers import find_figures; t = '1万2千3百四十五' * 4700;"
             "find_figures('共有1万2千人'); s = time.perf_counter(); find_figures(t); print(time.perf_counter() - s)")
    return float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)


def corpora() -> str:
    """The validator's score on every corpus beside the checkout and in tests/validator-corpus/."""
    scorer = REPO.parent / "shared" / "validator-corpus" / "score.py"
    if not scorer.exists():
        return "scorer not found"
    found = []
    for corpus in sorted([*scorer.parent.glob("*/truth.yaml"), *(REPO / "tests" / "validator-corpus").glob("*/truth.yaml")]):
        out = subprocess.run([sys.executable, str(scorer), str(corpus.parent), "--csrpress", str(CSR)],
                             capture_output=True, text=True).stdout
        last = out.strip().splitlines()[-1] if out.strip() else "?"
        found.append(f"{corpus.parent.name}: {last.removeprefix('RESULT ')}")
    return "; ".join(found)


if __name__ == "__main__":
    sys.exit(main())
