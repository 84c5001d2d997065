"""`csrpress translate export | import | confirm`: the round trip with a translation agency's CAT tool.

export.py writes XLIFF (2.0 or 1.2) and TMX, importer.py reads the translated XLIFF back into the
YAML (yamledit.py), lock.py records which Chinese each English translates (T302 when it changed),
inline.py turns metric references, figure links and Markdown into codes a translator cannot break.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path
from typing import Any

from ..project import Project


def register(sub: Any) -> None:
    t = sub.add_parser("translate", help="XLIFF round trip with a translation agency (export, import, confirm)")
    tsub = t.add_subparsers(dest="translate_command", required=True)
    e = tsub.add_parser("export", help="write the strings to translate as XLIFF (and the pairs as TMX)")
    e.add_argument("--to", choices=["en", "zh-Hant"], default="en",
                   help="en (default), or zh-Hant: each string's Traditional as the edition prints it, for a Hong Kong reviewer "
                        "(corrections come back as per-string zh-Hant overrides)")
    e.add_argument("--only", default="all", help="missing, stale, all, or a comma list such as missing,stale (default: all)")
    e.add_argument("-o", "--output", type=Path, help="the XLIFF file to write (default: build/translate.<to>.xlf)")
    e.add_argument("--format", choices=["xliff2", "xliff12"], default="xliff2", help="XLIFF 2.0 (default) or 1.2 for older CAT tools")
    e.add_argument("--tmx", type=Path, help="also write every translated pair as a TMX translation memory")
    e.set_defaults(run=_export, needs_project=True)
    i = tsub.add_parser("import", help="write the translations of an XLIFF file into the YAML")
    i.add_argument("file", type=Path)
    i.add_argument("--accept-figures", action="store_true", help="write units whose figures differ from the Chinese (check lists them as N209)")
    i.add_argument("--dry-run", action="store_true", help="check and list the changes, write nothing")
    i.set_defaults(run=_import, needs_project=True)
    c = tsub.add_parser("confirm", help="record the current English (and zh-Hant overrides) as translating the current Chinese (silences T302)")
    c.add_argument("paths", nargs="*", help="content/FILE.yaml:LINE as T302 reports it, a FILE.yaml#yaml.path key, or a whole FILE.yaml")
    c.add_argument("--all", action="store_true", help="every translated string of the report")
    c.set_defaults(run=_confirm, needs_project=True)


def _fail(message: str, code: int = 2) -> int:
    print(f"csrpress: {message}", file=sys.stderr)
    return code


def _report(project: Project) -> Any:
    from ..emit import format_text
    from ..load import load_report

    report, diags = load_report(project)
    if report is None:
        print(format_text([d for d in diags if d.severity.value == "error"]), file=sys.stderr)
    return report


def _export(project: Project | None, args: argparse.Namespace) -> int:
    from . import export, lock

    assert project is not None
    only = {w.strip() for w in args.only.split(",") if w.strip()}
    if not only or only - {"missing", "stale", "all"}:
        return _fail(f"--only {args.only}: give missing, stale, all, or a comma list of them (e.g. missing,stale)")
    started = time.perf_counter()
    report = _report(project)
    if report is None:
        return _fail("nothing exported: fix the errors above (csrpress check)", 1)
    try:
        entries = lock.read(project.root)
    except ValueError as exc:
        return _fail(str(exc), 1)
    convert = None
    hant_project = report.manifest.script == "hant"
    if args.to == "zh-Hant" and hant_project:
        return _fail("--to zh-Hant: this report is written in Traditional (script: hant), so zh-Hant is its own text; "
                     "export --to en, or write a string's Simplified as `zh-Hans:`")
    if args.to == "zh-Hant":
        from .. import hant

        overrides, problems = hant.load_overrides(project.content)
        if problems:
            return _fail(f"{problems[0].location}: {problems[0].message}; {problems[0].hint}", 1)
        convert = functools.partial(hant.convert_texts, overrides=overrides)
    selected = export.select(report, entries, only, args.to, convert)
    version = "2.0" if args.format == "xliff2" else "1.2"
    out = args.output or project.build_dir / f"translate.{args.to}.xlf"
    out.parent.mkdir(parents=True, exist_ok=True)
    from ..safefs import write_atomic

    source_lang = "zh-HK" if hant_project else export.SOURCE_LANG  # the Chinese the writer typed
    write_atomic(out, export.xliff_bytes(selected, version, entries, args.to, source_lang))
    counts = {why: sum(1 for s in selected if s.why == why) for why in ("missing", "stale", "translated")}
    names = ("missing", "stale", "translated") if args.to == "en" else ("converted, for review", "stale overrides", "overrides")
    print(f"wrote {project.rel(out)}: {len(selected)} string(s) as XLIFF {version} "
          f"({counts['missing']} {names[0]}, {counts['stale']} {names[1]}, {counts['translated']} {names[2]}) in {time.perf_counter() - started:.2f} s")
    if args.tmx:
        args.tmx.parent.mkdir(parents=True, exist_ok=True)
        data = export.tmx_bytes(report, args.to, source_lang)
        write_atomic(args.tmx, data)
        print(f"wrote {project.rel(args.tmx)}: the zh/en pairs as a TMX translation memory")
    return 0


def _import(project: Project | None, args: argparse.Namespace) -> int:
    from . import importer, yamledit

    assert project is not None
    if not args.file.is_file():
        return _fail(f"{args.file}: no such file; give the .xlf file the translator sent back")
    started = time.perf_counter()
    try:
        plan = importer.plan(project, args.file, allow_figures=args.accept_figures)
    except importer.NotXliff as exc:
        return _fail(str(exc))
    except ValueError as exc:
        return _fail(str(exc), 1)
    for finding in plan.findings:
        print(finding, file=sys.stderr)
    if plan.findings:
        return _fail(f"nothing written: {len(plan.findings)} unit(s) above need fixing in {args.file.name} (or in the content) before import", 1)
    for line in plan.changed:
        print(line)
    if not args.dry_run:
        try:
            importer.apply(project, plan)
        except yamledit.EditRefused as exc:
            return _fail(f"nothing written: {exc}; write that English by hand", 1)
        except ValueError as exc:  # an unreadable lock: its message names the fix
            return _fail(f"nothing written: {exc}", 1)
    print(f"{'would write' if args.dry_run else 'imported'} {len(plan.changed)} translation(s); {plan.unchanged} unchanged, "
          f"{plan.untranslated} without a target, in {time.perf_counter() - started:.2f} s")
    return 0


def _confirm(project: Project | None, args: argparse.Namespace) -> int:
    from . import lock
    from .strings import units

    assert project is not None
    if not args.paths and not args.all:
        return _fail("name what to confirm: content/FILE.yaml:LINE (as T302 shows it), FILE.yaml#yaml.path, a FILE.yaml, or --all")
    report = _report(project)
    if report is None:
        return _fail("nothing confirmed: fix the errors above (csrpress check)", 1)
    try:
        entries = lock.read(project.root)
    except ValueError as exc:
        return _fail(str(exc), 1)
    wanted = [p.removeprefix("./").removeprefix("content/") for p in args.paths]
    matched: set[str] = set()
    count = 0
    for unit in units(report):
        for lang in lock.TARGETS:  # the English, and a zh-Hant override (T302 names the line of its `zh-Hant:`)
            written = unit.target(lang)
            if not (written or "").strip():
                continue
            rel = unit.file.removeprefix("content/")
            line = report.locate(unit.origin if lang == "en" else unit.origin.child(lang)).line
            name = unit.target_key(lang)
            hits = [w for w in wanted if w in (name, rel, f"{rel}:{line}") or w.startswith(f"{rel}:{line}:")]
            if not (args.all or hits):
                continue
            matched.update(hits)
            entries[name] = lock.Entry(lock.digest(unit.zh), lock.digest(written or ""), unit.zh.strip(), lang)
            count += 1
    unknown = [w for w in wanted if w not in matched]
    if unknown:
        return _fail(f"{unknown[0]}: no translated string there; use the place T302 names (content/FILE.yaml:LINE) or a FILE.yaml#yaml.path key", 2)
    lock.write(project.root, entries)
    print(f"confirmed {count} translation(s) in content/{lock.LOCK_NAME}")
    return 0

