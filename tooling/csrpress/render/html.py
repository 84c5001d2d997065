"""model.Report + edition -> HtmlDocument: the report as one HTML page set for print by templates/."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from .. import __version__, i18n, markup, schema
from ..diagnostics import Diagnostic, Location, Severity
from ..model import Report
from ..project import Project
from . import charts, esg, qr
from .figures import metric_html, metric_text


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    lang: str
    html: str
    base_url: Path  # build/: the HTML is written there, and the stylesheet link is relative to it


class RenderError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def make_env(templates: Path) -> SandboxedEnvironment:
    # Sandboxed: templates are part of a report project, so they are treated as untrusted too.
    return SandboxedEnvironment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class Edition:
    """What the templates call to print content in one language. Content is data, never a template."""

    def __init__(self, report: Report, lang: str) -> None:
        self.report = report
        self.lang = lang
        self.metrics = {mid: decl.metric for mid, decl in report.metrics.items()}

    def t(self, text: schema.Text | None) -> Markup:
        value, stand_in = i18n.pick(text, self.lang)
        if stand_in:
            return Markup('<span class="untranslated" lang="zh-Hans">{}</span>').format(value)
        return Markup.escape(value)

    def md(self, text: schema.Text | None, inline: bool = False) -> Markup:
        value, stand_in = i18n.pick(text, self.lang)
        html = markup.to_html(value, self.lang, self._metric, inline=inline)
        if stand_in:
            return Markup('<div class="untranslated" lang="zh-Hans">{}</div>').format(Markup(html))
        return Markup(html)

    def _metric(self, metric_id: str, bare: bool) -> str:
        return str(metric_html(self.metrics.get(metric_id), metric_id, self.lang, bare))

    def cell(self, cell: schema.Cell) -> Markup:
        if isinstance(cell, schema.MetricRef):
            return metric_html(self.metrics.get(cell.m), cell.m, self.lang, cell.bare)
        if isinstance(cell, schema.Text):
            return self.md(cell, inline=True)
        return Markup.escape(cell)

    def metric(self, metric_id: str, bare: bool = False) -> Markup:
        return metric_html(self.metrics.get(metric_id), metric_id, self.lang, bare)

    def metric_plain(self, metric_id: str) -> str:
        metric = self.metrics.get(metric_id)
        return metric_text(metric, self.lang) if metric else metric_id

    def ui(self, key: str, **kw: object) -> str:
        return i18n.ui(key, self.lang, **kw)

    def chart(self, chart: schema.Chart) -> Markup:
        return charts.chart_svg(chart, self)

    def qr(self, block: schema.Qr) -> Markup:
        return qr.qr_svg(block.url) if block.url else Markup("")

    def esg_rows(self, index: schema.EsgIndex) -> list[esg.Row]:
        return esg.rows(index, self.report, self.lang)


def render_html(report: Report, project: Project, lang: str) -> HtmlDocument:
    """Render one edition; template problems raise RenderError carrying an R501 diagnostic."""
    env = make_env(project.templates)
    edition = Edition(report, lang)
    context: dict[str, Any] = {
        "report": report,
        "m": report.manifest,
        "chapters": report.chapters,
        "lang": lang,
        "html_lang": i18n.HTML_LANG[lang],
        "e": edition,
        "version": __version__,
        "stylesheet": Path(os.path.relpath(project.templates / "style.css", project.build_dir)).as_posix(),
    }
    try:
        html = env.get_template("report.html").render(context)
    except TemplateError as exc:
        name = getattr(exc, "filename", None) or getattr(exc, "name", None) or "report.html"
        line = getattr(exc, "lineno", None) or 1
        rel = project.rel(Path(name)) if "/" in str(name) else f"templates/{name}"
        raise RenderError(
            Diagnostic("R501", Severity.ERROR, f"template error: {exc.message or exc}", Location(rel, line),
                       hint="fix the template; content is never evaluated as a template")
        ) from exc
    return HtmlDocument(lang, html, project.build_dir)
