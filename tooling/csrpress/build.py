"""The pipeline: Project -> load -> check -> render -> PDF, returning outputs and every finding."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .checks import run_checks
from .diagnostics import Diagnostic, has_errors
from .load import load_report
from .pdf import PdfResult, write_pdf, write_text_atomic
from .project import PACKAGE_DIR, Project
from .render import HtmlDocument, render_html
from .render.html import RenderError

progress = logging.getLogger("csrpress.progress")


@dataclass(frozen=True, slots=True)
class BuildOptions:
    editions: tuple[str, ...] | None = None  # None: every edition the manifest lists
    release: bool = False
    jobs: int = 0  # worker processes for PDF layout; 0 = one per edition, up to the CPU count


@dataclass(frozen=True, slots=True)
class BuildResult:
    outputs: tuple[Path, ...]
    pages: dict[str, int]
    diagnostics: tuple[Diagnostic, ...]
    refused: bool = False  # a release build that found errors writes nothing


def check(project: Project) -> tuple[Diagnostic, ...]:
    report, diags = load_report(project)
    if report is None:
        return diags
    return tuple(diags) + run_checks(report)


def _layout(doc: HtmlDocument, out: Path, roots: tuple[Path, ...]) -> PdfResult:
    return write_pdf(doc, out, roots)


def build(project: Project, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Gather and check everything first; render only when the report can be rendered."""
    progress.info("loading %s", project.rel(project.manifest))
    report, load_diags = load_report(project)
    if report is None:
        return BuildResult((), {}, load_diags)
    diags = tuple(load_diags) + run_checks(report)
    if options.release and has_errors(diags):
        return BuildResult((), {}, diags, refused=True)
    editions = options.editions or tuple(report.manifest.editions)
    docs = []
    for lang in editions:
        progress.info("rendering %s HTML", lang)
        try:
            docs.append(render_html(report, project, lang))
        except RenderError as exc:
            return BuildResult((), {}, diags + (exc.diagnostic,))
    roots = (project.content, project.templates, project.build_dir, PACKAGE_DIR)
    stem = report.manifest.id
    outs = [project.build_dir / f"{stem}.{doc.lang}.pdf" for doc in docs]
    for doc in docs:
        write_text_atomic(project.build_dir / f"{stem}.{doc.lang}.html", doc.html)
    jobs = options.jobs or min(len(docs), os.cpu_count() or 1)
    progress.info("laying out %s with %d worker(s)", ", ".join(editions), jobs)
    if jobs > 1 and len(docs) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_layout, docs, outs, [roots] * len(docs)))
    else:
        results = [_layout(doc, out, roots) for doc, out in zip(docs, outs, strict=True)]
    for result in results:
        diags += result.diagnostics
    pages = {doc.lang: result.pages for doc, result in zip(docs, results, strict=True)}
    return BuildResult(tuple(r.path for r in results), pages, diags)
