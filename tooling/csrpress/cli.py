"""Command line -> stage calls and exit codes: 0 ok, 1 findings that fail the command, 2 usage or internal error."""

from __future__ import annotations

import argparse
import errno
import os
import sys
import time
from pathlib import Path

import importlib

from . import __version__
from .checks import check_with_coverage
from .codes import CODES
from .console import core_command
from .diagnostics import Diagnostic, Severity
from .emit import exit_code, format_github, format_json, format_text, printable
from .project import Project, ProjectNotFound, discover
from .safefs import OutsideProject


#: Modules that add a subcommand: each has `register(subparsers)`, which sets `run=` (args -> exit code)
#: and `needs_project=` on its parser with set_defaults.
PLUGIN_COMMANDS: tuple[str, ...] = ("csrpress.schemagen", "csrpress.scaffold", "csrpress.importer", "csrpress.doctor", "csrpress.serve",
                                     "csrpress.translate", "csrpress.unitlist")


def _parser(plugins: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="csrpress", description="Compile and check a bilingual CSR / ESG report.")
    parser.add_argument("--version", action="version", version=f"csrpress {__version__}")
    parser.add_argument("--root", type=Path, help="project directory (default: the nearest with content/report.yaml)")
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the PDF (and HTML) of each edition into build/")
    b.add_argument("--edition", choices=["zh", "en", "zh-Hant", "all"], default="all")
    b.add_argument("--release", action="store_true", help="refuse to build while error findings or placeholders remain")
    b.add_argument("--allow-placeholders", action="store_true",
                   help="with --release: build a proof although picture/QR placeholders or 待填写/TODO text remain (R520)")
    b.add_argument("--jobs", type=int, default=0, help="worker processes for PDF layout (default: one per edition)")
    b.add_argument("--incremental", action="store_true",
                   help="lay out chapter by chapter, reusing unchanged chapters from build/cache/ (fast rebuilds, larger PDF)")
    b.add_argument("--bleed", action="store_true", help="add 3 mm bleed and crop marks for the print shop")
    b.add_argument("--pdf-variant", choices=["pdf/ua-1", "pdf/a-3b", "pdf/x-4"],
                   help="tagged PDF/UA-1, archival PDF/A-3b with the metrics attached as JSON, or PDF/X-4 for the print shop (CMYK output intent)")
    b.add_argument("-q", "--quiet", action="store_true")

    c = sub.add_parser("check", help="check the report's content and figures")
    c.add_argument("--format", choices=["text", "json", "github"], default="text")
    c.add_argument("--strict", action="store_true", help="fail on warnings too")
    c.add_argument("--explain", metavar="CODE", help="explain a finding code")
    c.add_argument("--lang", choices=["en", "zh", "zh-Hans", "zh-Hant"], default="en",
                   help="--explain and hints in Chinese too: zh is the project's own script (Traditional with script: hant)")
    c.add_argument("-v", "--verbose", action="store_true", help="show info findings")
    c.add_argument("--fix", action="store_true", help="apply safe fixes (typed figures equal to their metric become {m:id})")
    c.add_argument("--diff", action="store_true", help="show the safe fixes as a diff, change nothing")
    c.add_argument("--coverage", action="store_true", help="list the figures that joined no group (the check's blind spots)")
    if plugins:
        for name in PLUGIN_COMMANDS:
            importlib.import_module(name).register(sub)
    return parser


def _project(root: Path | None) -> Project:
    if root is not None:
        if not (root / "content" / "report.yaml").is_file():
            raise ProjectNotFound(f"{root} has no content/report.yaml")
        return Project(root.resolve())
    return discover()


def main(argv: list[str] | None = None) -> int:
    parser = _parser(plugins=not core_command(sys.argv[1:] if argv is None else argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    try:
        if args.command == "check" and args.explain:
            code = CODES.get(args.explain.upper())
            if code is None:
                print(f"csrpress: unknown code {args.explain}; known: {', '.join(CODES)}", file=sys.stderr)
                return 2
            if args.lang == "en":
                print(code.explain())
            else:
                from . import explain_zh

                print(explain_zh.explain(code, explain_zh.resolve(args.lang, args.root)))
            return 0
        if getattr(args, "run", None) is not None:
            project_arg = _project(args.root) if getattr(args, "needs_project", True) else None
            return int(args.run(project_arg, args))
        project = _project(args.root)
        if args.command == "check":
            return _check(project, args)
        return _build(project, args)
    except ProjectNotFound as exc:
        print(f"csrpress: {exc}\n  hint: run inside a report project, or pass --root DIR", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `csrpress check | head`: the reader stopped reading; no file is at fault, so say nothing (as any
        # command in a pipe), and keep the interpreter's last flush of stdout from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 2
    except OSError as exc:
        print(os_error_message(exc), file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug in csrpress is exit 2 (1 means findings), in one line
        detail = printable(str(exc).splitlines()[0] if str(exc) else "")
        print(f"csrpress: internal error: {type(exc).__name__}: {detail} (please report it with the command that caused it)",
              file=sys.stderr)
        return 2


def os_error_message(exc: OSError) -> str:
    """One line naming the file and the real cause, and a hint that fits that cause."""
    if isinstance(exc, OutsideProject):
        return f"csrpress: {exc.strerror}"
    where = f": {exc.filename}" if exc.filename else ""
    hints = {errno.ENOSPC: "the disk is full: free some space and run again",
             errno.EACCES: "you may not write or read there: check the file's and its folder's permissions",
             errno.EPERM: "you may not write or read there: check the file's and its folder's permissions",
             errno.EROFS: "that file system is read-only",
             errno.EFBIG: "the file is larger than this system lets a process write (ulimit -f)",
             errno.EDQUOT: "your disk quota is used up: free some space and run again",
             errno.ENOTDIR: "a file stands where a folder is needed: move it away",
             errno.EISDIR: "a folder stands where a file is needed: move it away",
             errno.ENOENT: "check the path"}
    hint = hints.get(exc.errno or 0, "check the file and its folder")
    return f"csrpress: {exc.strerror or exc}{where}\n  hint: {hint}"


def _check(project: Project, args: argparse.Namespace) -> int:
    if args.fix or args.diff:
        from . import fix

        edits = fix.plan(project)
        diff = fix.apply(project, edits, write=args.fix)
        if diff:
            print(diff, end="")
        print(f"{len(edits)} safe fix(es) {'applied' if args.fix else 'available (run with --fix)'}", file=sys.stderr)
        if args.diff:
            return 0
    diags, seen = check_with_coverage(project)
    if args.lang != "en":
        diags = _chinese_hints(diags, args.lang, project.root)
    if args.format == "json":
        print(format_json(diags))
    elif args.format == "github":
        out = format_github(diags)
        if out:
            print(out)
    else:
        text = format_text(diags, verbose=args.verbose)
        unread = any(d.code.startswith("L") and d.severity is Severity.ERROR for d in diags)
        if seen is not None and not unread:  # counts of a report with an unreadable file would mislead; the closing line stays last
            findings, _, closing = text.rpartition("\n")
            extra = [format_coverage(project, seen)] if args.coverage else []
            extra.append(f"{seen.read} figure(s) read, {seen.grouped} compared with another statement of their fact "
                         f"({seen.compared} pair(s)); {len(seen.alone)} stood alone (csrpress check --coverage lists them)")
            text = "\n".join(([findings] if findings else []) + extra + [closing])
        print(text)
    return exit_code(diags, strict=args.strict)


def _chinese_hints(diags: tuple[Diagnostic, ...], lang: str, root: Path) -> tuple[Diagnostic, ...]:
    """Each finding's hint with its code's Chinese fix first (explain_zh.py), then the specific English hint (one line)."""
    from dataclasses import replace

    from . import explain_zh

    lang = explain_zh.resolve(lang, root)
    out = []
    for d in diags:
        chinese = explain_zh.hint(d.code, lang)
        out.append(replace(d, hint=f"{chinese} — {d.hint}" if d.hint else chinese) if chinese else d)
    return tuple(out)


def format_coverage(project: Project, seen) -> str:
    """The figures no other statement of the report could be compared with: the check's blind spots."""
    from .claims.extract import locate
    from .load import load_report

    report, _ = load_report(project)
    lines = ["figures that joined no group (stated once, or in words no other statement shares):"]
    for claim in seen.alone:
        where = locate(report, claim) if report is not None else ""
        lines.append(f"  {printable(str(where))}: “{printable(claim.figure.printed)}” in “{printable(claim.clause.strip()[:40])}”")
    return "\n".join(lines)


def _build(project: Project, args: argparse.Namespace) -> int:
    from .build import BuildOptions, build  # the renderer and WeasyPrint load only for a build
    from .progress import stages
    editions = None if args.edition == "all" else (args.edition,)
    started = time.perf_counter()
    with stages(args.quiet):  # a live display on a terminal, plain `csrpress: ...` lines in CI
        result = build(project, BuildOptions(editions=editions, release=args.release, jobs=args.jobs, cache=args.incremental,
                                            bleed=args.bleed, pdf_variant=args.pdf_variant,
                                            allow_placeholders=args.allow_placeholders))
    shown = [d for d in result.diagnostics if d.severity.value == "error"] if not args.release else list(result.diagnostics)
    if shown or result.refused or not result.outputs:
        print(format_text(shown if shown else result.diagnostics), file=sys.stderr)
    if result.refused:
        placeholders = sum(1 for d in result.diagnostics if d.code == "R520")
        others = any(d.severity.value == "error" and d.code != "R520" for d in result.diagnostics)
        reasons = (["fix the errors above (csrpress check)"] if others or not placeholders else []) + (
            [f"{placeholders} placeholder(s) (R520): fill them in, or build a proof with --allow-placeholders"] if placeholders else [])
        print("csrpress: release build refused: " + "; ".join(reasons), file=sys.stderr)
        return 1
    if not result.outputs:
        return 1
    for path in result.outputs:
        lang = path.suffixes[-2].lstrip(".") if len(path.suffixes) >= 2 else ""
        print(f"wrote {project.rel(path)} ({result.pages.get(lang, '?')} pages)")
    # The findings of the build's own stages (render warnings, the preflight's layout findings with page
    # numbers): `check` cannot see them, so the build shows every one, with its file:line where known.
    rendered = set(result.rendered)
    own = [d for d in result.rendered if d.severity.value != "info" and (args.release or d.severity.value != "error")]
    if own and not args.release:
        print(format_text(own), file=sys.stderr)
    from .preflight import CODES as PREFLIGHT_CODES
    layout = [d for d in result.rendered if d.code in PREFLIGHT_CODES]
    notes = sum(1 for d in layout if d.severity.value == "info")
    checked = sum(1 for d in result.diagnostics if d.severity.value != "info" and d not in rendered)
    print(f"built in {time.perf_counter() - started:.1f} s; {checked} finding(s) of csrpress check (it lists them); "
          f"{len(own)} finding(s) of the build (above), {sum(1 for d in own if d.code in PREFLIGHT_CODES)} of them layout"
          + (f"; {notes} note(s) (R513: a one-character last line)" if notes else ""))
    return 0

