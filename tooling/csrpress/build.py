"""The pipeline: Project -> load -> check -> render -> PDF, returning outputs and every finding."""

from __future__ import annotations

import datetime
import logging
import os
import re
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlparse

import yaml

from . import figcache, gate, markup, pictures, split, variants
from .lifeline import die_with_parent
from .cache import environment_key, write_pdf_parts
from .checks import check_project, run_checks
from .diagnostics import Diagnostic, Location, Severity, has_errors
from .load import load_report
from .model import Report
from .pdf import PdfResult, PrintOptions, source_date, without_cycle_collector, write_pdf, write_text_atomic
from .project import PACKAGE_DIR, Project
from .render import HtmlDocument, render_html
from .render.html import RenderError, metrics_json

progress = logging.getLogger("csrpress.progress")


@dataclass(frozen=True, slots=True)
class BuildOptions:
    editions: tuple[str, ...] | None = None  # None: every edition the manifest lists
    release: bool = False
    jobs: int = 0  # worker processes for PDF layout; 0 = one per edition, up to the CPU count
    bleed: bool = False  # 3 mm bleed and crop marks for the print shop
    pdf_variant: str | None = None  # "pdf/ua-1" (tagged), "pdf/a-3b" (archival, metrics JSON attached), "pdf/x-4" (print shop)
    cache: bool = False  # lay out chapter by chapter, reusing unchanged chapters from build/cache/ (drafts only)
    allow_placeholders: bool = False  # a release proof: picture/QR placeholders and "待填写"/TODO text let through (R520)


@dataclass(frozen=True, slots=True)
class BuildResult:
    outputs: tuple[Path, ...]
    pages: dict[str, int]
    diagnostics: tuple[Diagnostic, ...]
    refused: bool = False  # a release build that found errors writes nothing
    # The findings of the build's own stages (render, layout, preflight): `csrpress check` cannot see these.
    rendered: tuple[Diagnostic, ...] = ()


def check(project: Project) -> tuple[Diagnostic, ...]:
    return check_project(project)


def _layout(doc: HtmlDocument, out: Path, roots: tuple[Path, ...], printing: PrintOptions = PrintOptions(),
            parts: tuple[Path, str, str] | None = None) -> PdfResult:
    # The sources' date for every font timestamp: the worker may have started before it was known.
    with source_date(printing.when), without_cycle_collector():
        if parts is not None:  # (cache folder, environment key, stylesheet text)
            split = write_pdf_parts(doc, out, roots, parts[0], parts[1], parts[2], bleed=printing.bleed)
            if split is not None:
                return split[0]
        return write_pdf(doc, out, roots, options=printing)


def _warm(merging: bool = False) -> None:
    """In a worker, while the parent loads, checks and renders HTML: import WeasyPrint, initialise
    fontconfig and cut the form-field font (together ~0.8 s that would otherwise delay the layout);
    for --incremental also pypdf, which merges the chapters (0.15 s to import)."""
    from weasyprint import HTML  # noqa: F401
    from weasyprint.text.fonts import FontConfiguration

    from .forms import field_font_css

    if merging:
        import pypdf  # noqa: F401
    FontConfiguration()
    field_font_css()


def _listed_editions(project: Project) -> int:
    """How many editions the manifest lists, read without loading the report (0 if it can't be read)."""
    try:
        data = yaml.load(project.manifest.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return 0
    editions = data.get("editions") if isinstance(data, dict) else None
    return len(editions) if isinstance(editions, list) else 0


def build(project: Project, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Gather and check everything first; render only when the report can be rendered."""
    listed = len(options.editions) if options.editions else _listed_editions(project)
    jobs = min(options.jobs or os.cpu_count() or 1, listed)
    with ExitStack() as stack:
        workers: list[ProcessPoolExecutor] = []
        if jobs > 1:
            # One single-process pool per worker, so that this process decides what runs where (split.py).
            # Started first, they get ready (~0.8 s) while this process loads, checks and renders HTML.
            # Each dies with this process (lifeline.py): a killed build leaves no worker writing behind it.
            workers = [stack.enter_context(ProcessPoolExecutor(max_workers=1, initializer=die_with_parent, initargs=(os.getpid(),)))
                       for _ in range(jobs)]
            for worker in workers:
                worker.submit(_warm, options.cache)
        progress.info("loading %s", project.rel(project.manifest))
        report, load_diags = load_report(project)
        if report is None or has_errors(load_diags):
            # A file that cannot be read would silently be missing from the PDF: keep the last good one instead.
            return BuildResult((), {}, tuple(load_diags))
        editions = options.editions or tuple(report.manifest.editions)
        if len(editions) < 2:
            workers = []
        stamp = draft_date()  # read before source_date() below sets SOURCE_DATE_EPOCH to the manifest's date
        # The sources' date for every font timestamp (the workers set it for themselves).
        with source_date(report.manifest.date):
            return _build(project, options, report, load_diags, editions, workers, stamp)


def draft_date() -> str:
    """The date a draft's DRAFT stamp prints: SOURCE_DATE_EPOCH when the caller set it (a reproducible build
    gives the same pages on any day), else today. A value that is not a whole number of seconds is ignored."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):  # past year 9999: not a date a stamp can print
            pass
    return datetime.date.today().isoformat()


def _build(project: Project, options: BuildOptions, report: Report, load_diags: tuple[Diagnostic, ...],
           editions: tuple[str, ...], workers: list[ProcessPoolExecutor], stamp: str) -> BuildResult:
    with figcache.kept(project):
        diags = tuple(load_diags) + run_checks(report)
    if options.release and not options.allow_placeholders:
        diags += tuple(gate.placeholders(report))  # R520: a release prints no placeholder
    if options.release and has_errors(diags):
        return BuildResult((), {}, diags, refused=True)
    docs = []
    for lang in editions:
        progress.info("rendering %s HTML", lang)
        try:
            # A draft marks each figure with a finding; a release build (which has none left) marks nothing.
            docs.append(render_html(report, project, lang, () if options.release else diags,
                                    draft=None if options.release else stamp))
        except RenderError as exc:
            return BuildResult((), {}, diags + (exc.diagnostic,), rendered=(exc.diagnostic,))
    # images/ beside content/: pictures named `src: images/...` may live there (pictures.py)
    roots = (project.content, project.templates, project.build_dir, PACKAGE_DIR, project.template("style.css").parent) + pictures.fetch_roots(project.root)
    stem = report.manifest.id
    outs = [project.build_dir / f"{stem}.{doc.lang}.pdf" for doc in docs]
    for doc in docs:
        write_text_atomic(project.build_dir / f"{stem}.{doc.lang}.html", doc.html)
    attach = ((f"{stem}.metrics.json", metrics_json(report)),) if options.pdf_variant == "pdf/a-3b" else ()
    profile = None
    if options.pdf_variant == "pdf/x-4":
        try:
            profile = variants.cmyk_profile(project.templates)
        except variants.NoOutputProfile as exc:
            return BuildResult((), {}, diags + (Diagnostic("R508", Severity.ERROR, str(exc), hint=variants.PROFILE_HINT),), refused=True)
    printing = PrintOptions(options.bleed, options.pdf_variant, attach, report.manifest.date, profile)
    parts = None
    # Release, tagged and archival PDFs are laid out whole: one font subset each, structure intact.
    if options.cache and not options.release and printing.variant is None and not printing.attachments:
        sheet = project.template("style.css")
        parts = (project.build_dir / "cache" / "parts", environment_key(), sheet.read_text("utf-8") if sheet.is_file() else "")
    progress.info("laying out %s with %d worker(s)", ", ".join(editions), max(len(workers), 1))
    if workers:
        results = _lay_out_in(workers, docs, outs, roots, printing, parts)
    else:
        results = [_layout(doc, out, roots, printing, parts) for doc, out in zip(docs, outs, strict=True)]
    rendered = _located(report, project, diags, [d for result in results for d in result.diagnostics])
    pages = {doc.lang: result.pages for doc, result in zip(docs, results, strict=True)}
    return BuildResult(tuple(r.path for r in results), pages, diags + rendered, rendered=rendered)


_FAILED_IMAGE = re.compile(r"Failed to load image at '([^']+)'")


def _located(report: Report, project: Project, checked: tuple[Diagnostic, ...], found: list[Diagnostic]) -> tuple[Diagnostic, ...]:
    """The layout's findings with the file:line of the text they come from where it can be known: an image
    that failed to load is reported at the Markdown that names it (and once: check's R504 already says it)."""
    result: list[Diagnostic] = []
    places: list[tuple[str, Location]] | None = None
    for diag in found:
        if diag.code == "R507" and diag.location is None:   # a picture below 300 dpi: at the line naming it
            places = _picture_places(report) if places is None else places
            result.append(pictures.locate(diag, places))
            continue
        match = _FAILED_IMAGE.search(diag.message) if diag.location is None else None
        if match is None:
            result.append(diag)
            continue
        path = Path(unquote(urlparse(match.group(1)).path))
        rel = project.rel(path)
        if any(d.code == "R504" and f"{rel} does not exist" in d.message for d in checked):
            continue  # check located it already
        where = _image_use(report, project, path)
        reason = diag.message[match.end():].strip(" :\n") or "not a picture the renderer can read"
        result.append(replace(diag, location=where, message=f"image {rel} could not be loaded: {reason.splitlines()[0]}",
                              hint="save it as PNG, JPEG or SVG under content/") if where else diag)
    return tuple(result)


def _picture_places(report: Report) -> list[tuple[str, Location]]:
    """(project-relative file, where the content names it) of every picture that resolves."""
    from .checks.pictures import picture_uses

    if report.root is None:
        return []
    places = []
    for src, where in picture_uses(report):
        path = pictures.resolve(report.root, src).path
        if path is not None:
            places.append((Path(os.path.relpath(path, os.path.realpath(report.root))).as_posix(), where))
    return places


def _image_use(report: Report, project: Project, path: Path) -> Location | None:
    from .walk import texts

    for use in texts(report):
        for lang in ("zh", "en", "zh_hant"):
            scalar = getattr(use.text, lang) or ""
            for m in markup.IMAGE_REF.finditer(scalar):
                if (project.content / unquote(m.group(1))).resolve() == path.resolve():
                    return report.locate_in_text(use.origin.child("zh-Hant" if lang == "zh_hant" else lang), m.start(), scalar)
    return None


def _lay_out_in(workers: list[ProcessPoolExecutor], docs: list[HtmlDocument], outs: list[Path], roots: tuple[Path, ...],
                printing: PrintOptions, parts: tuple[Path, str, str] | None) -> list[PdfResult]:
    """Each edition in a worker, the longest first; with two editions on two workers, the longer one's
    last chapters go to the other worker first (split.py), so that both finish together."""
    order = sorted(range(len(docs)), key=lambda i: -len(docs[i].html))
    job = None
    if len(docs) == 2 == len(workers) and parts is None and printing.variant is None and not printing.attachments:
        job = split.plan(docs[order[0]], docs[order[1]], roots)
    if job is None:
        load = [0] * len(workers)
        futures = {}
        for i in order:   # each to the worker with the least work so far
            w = load.index(min(load))
            load[w] += len(docs[i].html)
            futures[i] = workers[w].submit(_layout, docs[i], outs[i], roots, printing, parts)
        return [futures[i].result() for i in range(len(docs))]
    longer, shorter = order
    workers[0].submit(split.lay_out_head, job, roots, printing)
    tail = workers[1].submit(split.lay_out_tail, job, roots, printing)
    other = workers[1].submit(_layout, docs[shorter], outs[shorter], roots, printing, None)
    try:
        pieces = tail.result()
    except Exception:   # noqa: BLE001 - whatever stopped the tail, finish() lays the edition out whole
        pieces = None
    whole = workers[0].submit(split.finish, job, pieces, outs[longer], roots, printing)
    done = {longer: whole.result(), shorter: other.result()}
    return [done[i] for i in range(len(docs))]
