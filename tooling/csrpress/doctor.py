"""The machine a report is built on -> one ok/FAIL line per requirement, each failure with the command that fixes it."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from .project import Project, ProjectNotFound, discover

MIN_PYTHON = (3, 11)
MIN_WEASYPRINT = 70
MIN_PANGO = (1, 44)  # WeasyPrint's own minimum
#: The families templates/style.css names; Debian's fonts-noto-cjk provides both.
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC")
APT_FONTS = "sudo apt-get install -y fonts-noto-cjk"


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""  # the exact command (or action) that makes the check pass
    skipped: bool = False


def check_python() -> Check:
    have = ".".join(map(str, sys.version_info[:3]))
    want = ".".join(map(str, MIN_PYTHON))
    if sys.version_info[:2] >= MIN_PYTHON:
        return Check("python", True, f"Python {have} (needs >= {want})")
    return Check("python", False, f"Python {have} is too old (needs >= {want})",
                 f"python{want} -m venv .venv && .venv/bin/pip install -e '.[test]'")


def check_weasyprint() -> Check:
    try:
        with warnings.catch_warnings():
            # Without fonts WeasyPrint warns at import; check_fonts reports that with its fix.
            warnings.simplefilter("ignore", UserWarning)
            import weasyprint
            from weasyprint.text.ffi import pango
    except ImportError as exc:
        return Check("weasyprint", False, f"WeasyPrint is not installed ({exc})", ".venv/bin/pip install -e '.[test]'")
    except OSError as exc:  # WeasyPrint imports fine but cannot load libpango
        return Check("weasyprint", False, f"WeasyPrint cannot load Pango: {exc}",
                     "sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0")
    raw = int(pango.pango_version())
    major, minor, micro = raw // 10000, raw // 100 % 100, raw % 100
    version = str(weasyprint.__version__)
    detail = f"WeasyPrint {version}, Pango {major}.{minor}.{micro}"
    if int(version.split(".")[0]) < MIN_WEASYPRINT:
        return Check("weasyprint", False, f"{detail}: needs WeasyPrint >= {MIN_WEASYPRINT}", ".venv/bin/pip install -e '.[test]'")
    if (major, minor) < MIN_PANGO:
        return Check("weasyprint", False, f"{detail}: needs Pango >= {'.'.join(map(str, MIN_PANGO))}",
                     "upgrade the system (Debian 12 or later ships a recent Pango): sudo apt-get install -y libpango-1.0-0")
    return Check("weasyprint", True, detail)


def check_fonts() -> Check:
    if shutil.which("fc-list") is None:
        return Check("fonts", False, "fc-list not found: fontconfig is missing", f"sudo apt-get install -y fontconfig && {APT_FONTS}")
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False, timeout=60).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return Check("fonts", False, f"fc-list failed: {exc}", f"sudo apt-get install -y fontconfig && {APT_FONTS}")
    families = {name.strip() for line in out.splitlines() for name in line.split(",") if name.strip()}
    if not families:
        return Check("fonts", False, "no CJK font: fc-list :lang=zh finds none, Chinese text would print as empty boxes", APT_FONTS)
    missing = [f for f in CJK_FAMILIES if f not in families]
    if missing:
        return Check("fonts", False, f"CJK fonts found, but not {', '.join(missing)} (the stylesheet's fonts)", APT_FONTS)
    return Check("fonts", True, f"CJK fonts: {', '.join(CJK_FAMILIES)}")


#: The English edition's Latin families (templates/style.css), with their italics: Debian's fonts-noto-core.
LATIN_FAMILIES = ("Noto Serif", "Noto Sans")
APT_LATIN = "sudo apt-get install -y fonts-noto-core"


def check_latin_fonts() -> Check:
    """Noto Serif / Noto Sans with an italic each: without them English falls back to the CJK fonts' Latin
    glyphs, whose italics print upright."""
    if shutil.which("fc-list") is None:
        return Check("latin fonts", False, "fc-list not found: fontconfig is missing", f"sudo apt-get install -y fontconfig && {APT_LATIN}")
    try:
        out = subprocess.run(["fc-list", ":", "family", "style"], capture_output=True, text=True, check=False, timeout=60).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return Check("latin fonts", False, f"fc-list failed: {exc}", APT_LATIN)
    italic = {line.split(":")[0].split(",")[0].strip() for line in out.splitlines() if "Italic" in line.partition(":")[2]}
    missing = [f for f in LATIN_FAMILIES if f not in italic]
    if missing:
        return Check("latin fonts", False, f"{', '.join(missing)} (with italics) not installed: English would print in the CJK fonts' Latin glyphs", APT_LATIN)
    return Check("latin fonts", True, f"Latin fonts: {', '.join(LATIN_FAMILIES)}")


def check_build_dir(project: Project | None) -> Check:
    if project is None:
        return Check("build", True, "build/: no report project here (run inside one, or pass --root DIR)", skipped=True)
    build = project.build_dir
    shown = project.rel(build) + "/"
    if build.exists() and not build.is_dir():
        return Check("build", False, f"{shown} is a file, not a folder", f"rm {build} && mkdir {build}")
    where = build if build.is_dir() else project.root
    try:
        with tempfile.TemporaryFile(dir=where):
            pass
    except OSError as exc:
        return Check("build", False, f"cannot write in {where}: {exc.strerror or exc}", f"sudo chown -R $(id -u) {where}")
    return Check("build", True, f"{shown} is writable ({build})")


def check_configured_fonts(project: Project | None) -> Check:
    """The families report.yaml's design.fonts names, each installed (S111 in check says the same at its line)."""
    from . import fontcheck
    from .load import load_report

    if project is None or not project.manifest.is_file():
        return Check("report fonts", True, "report fonts: no report project here", skipped=True)
    report, _ = load_report(project)
    if report is None:
        return Check("report fonts", True, "report fonts: the report does not load (csrpress check says why)", skipped=True)
    fonts = report.manifest.design.fonts
    named = [getattr(fonts, role) for role in fontcheck.ROLES if getattr(fonts, role)]
    if not named:
        return Check("report fonts", True, "report fonts: the default design's (design.fonts sets none)", skipped=True)
    absent = [family for _role, family in fontcheck.missing(fonts)]
    if absent:
        return Check("report fonts", False, f"report.yaml names fonts that are not installed: {', '.join(absent)}",
                     "install them (fc-list : family lists what is installed), or remove them from design.fonts in content/report.yaml")
    return Check("report fonts", True, f"report fonts installed: {', '.join(named)}")


def diagnose(project: Project | None) -> list[Check]:
    return [check_python(), check_weasyprint(), check_fonts(), check_latin_fonts(), check_configured_fonts(project), check_build_dir(project)]


def _project(args: argparse.Namespace) -> Project | None:
    root: Path | None = getattr(args, "root", None)
    if root is not None:
        return Project(root.resolve())
    try:
        return discover()
    except ProjectNotFound:
        return None


def run(project: Project | None, args: argparse.Namespace) -> int:
    checks = diagnose(project or _project(args))
    for c in checks:
        status = "--  " if c.skipped else "ok  " if c.ok else "FAIL"
        print(f"{status}  {c.detail}")
        if not c.ok:
            print(f"      fix: {c.fix}")
    failed = [c for c in checks if not c.ok]
    print("all checks passed" if not failed else f"{len(failed)} check(s) failed: run the fix commands above, then csrpress doctor again")
    return 1 if failed else 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("doctor", help="check Python, WeasyPrint, Pango, the CJK fonts and build/ and say how to fix each")
    parser.set_defaults(run=run, needs_project=False)
