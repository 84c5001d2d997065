"""model.Report + edition -> HtmlDocument: the report as one HTML page set for print by templates/."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from .. import __version__, footnotes, hant, i18n, markup, pictures, schema, typography
from ..diagnostics import Diagnostic, Location, Severity
from ..model import Report, walk_blocks
from ..project import Project, default_templates
from ..walk import metric_uses, texts
from . import charts, design, drafts, esg, qr, tables
from .figures import key_figure_html, metric_html, metric_text
from .loader import ProjectLoader, TemplateNotAFile, TemplateOutside
from .sandbox import LimitedSandbox


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    lang: str
    html: str
    base_url: Path  # build/: the HTML is written there, and the stylesheet link is relative to it


class RenderError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def _template_line(exc: BaseException) -> tuple[str, int]:
    """The template file and line where a runtime error happened (Jinja puts template lines into the traceback)."""
    where = ("report.html", 1)
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".html", ".htm", ".j2", ".jinja")) and Path(name).is_absolute():
            where = (name, tb.tb_lineno)
        tb = tb.tb_next
    return where


def make_env(templates: Path, root: Path | None = None) -> SandboxedEnvironment:
    # Sandboxed: templates are part of a report project, so they are treated as untrusted too.
    try:
        default: Path | None = default_templates()  # what the project's templates/ does not override
    except FileNotFoundError:
        default = None
    return LimitedSandbox(
        loader=ProjectLoader(templates, templates.parent if root is None else root, default),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class Edition:
    """What the templates call to print content in one language. Content is data, never a template."""

    def __init__(self, report: Report, lang: str, marks: drafts.Marks | None = None, findings: list[Diagnostic] | None = None) -> None:
        self.report = report
        self.lang = lang
        self.metrics = {mid: decl.metric for mid, decl in report.metrics.items()}
        self.chinese = lang in ("zh", "zh-Hant")
        self.script = report.manifest.script  # the Chinese of every `zh:` (hans, or hant for a Hong Kong report)
        self.authored = i18n.HTML_LANG[i18n.AUTHORED[self.script]]  # its lang tag, for zh standing in for a missing en
        self.marks = marks or {}
        self.findings = findings or []
        # Templates hand over Text objects; draft marks are keyed by where the string was written.
        self.origins = {id(use.text): use.origin for use in texts(report)} if self.marks else {}

    def t(self, text: schema.Text | None) -> Markup:
        value, stand_in = i18n.pick(text, self.lang, self.script)
        if stand_in:
            return Markup('<span class="untranslated" lang="{}">{}</span>').format(self.authored, value)
        if self.chinese:
            # No halt spans: titles also reach attributes and <title>, where markup cannot go.
            return Markup(typography.typeset(str(Markup.escape(value))))
        return Markup.escape(value)

    def md(self, text: schema.Text | None, inline: bool = False) -> Markup:
        value, stand_in = i18n.pick(text, self.lang, self.script)
        origin = self.origins.get(id(text))
        anchored = self.marks.get((origin.file, origin.path)) if origin else None
        spans = None
        if anchored and text is not None:
            # every edition marks every finding: on its own figure, or on the one that translates it (drafts.py)
            shown = ("en" if self.lang == "en" and not stand_in
                     else "zh-Hans" if self.script == "hant" and self.lang == "zh" and text.zh_hans
                     else "zh-Hant" if self.script == "hans" and self.lang == "zh-Hant" and text.zh_hant else "zh")  # the string `value` is
            spans = drafts.spans_for(anchored, shown, value, {"zh": text.zh, "en": text.en or "", "zh-Hant": text.zh_hant or "",
                                                              "zh-Hans": text.zh_hans or ""})
        if spans:
            value = drafts.insert(value, spans)
        html = markup.to_html(value, self.lang, self._metric, inline=inline)
        if spans:
            html = drafts.finish(html, self.findings, self.lang)  # before typesetting, which must not see the sentinels
        if stand_in:
            wrapper = '<span class="untranslated" lang="{}">{}</span>' if inline else '<div class="untranslated" lang="{}">{}</div>'
            return Markup(wrapper).format(self.authored, Markup(html))
        if self.chinese:
            html = typography.typeset(html, halt=True)
        return Markup(html)

    def inline(self, text: schema.Text | None) -> Markup:
        """A title, caption or label as element content: inline Markdown (emphasis, metrics), typeset as prose."""
        return self.md(text, inline=True)

    def years(self, label: str) -> str:
        """A period label as printed: 2015–2016 with an en dash in English."""
        return markup.en_dash_ranges(label) if self.lang == "en" else label

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

    def key_figure(self, metric_id: str) -> Markup:
        return key_figure_html(self.metrics.get(metric_id), metric_id, self.lang)

    def highlights(self) -> list[tuple[str, schema.Text | None, str | None]]:
        """The highlights page's figures (report.yaml `highlights:`): (metric id, label, the id of the chapter
        or section that shows it, for a page reference). Only figures the content declares: those listed, else every
        `keyfigures` block's figures in reading order, each metric once, at most 12; [] when the page is off."""
        settings = self.report.manifest.highlights
        if not settings.page:
            return []
        where: dict[str, str] = {}  # metric id -> the chapter or section whose key figures show it first
        found: list[schema.KeyFigure] = []
        for chapter in self.report.chapters:
            parts = [(chapter.id, chapter.blocks)] + [(sec.id, sec.blocks) for sec in chapter.all_sections()]
            for anchor, blocks in parts:
                for node in walk_blocks(blocks):
                    if node.kind == "keyfigures":
                        for kf in node.data:
                            if kf.m not in where:
                                where[kf.m] = anchor
                                found.append(kf)
        chosen = settings.figures or found[:12]
        if any(kf.m not in where for kf in chosen):
            where = {**self._first_mentions({kf.m for kf in chosen} - where.keys()), **where}
        out = []
        for kf in chosen:
            metric = self.metrics.get(kf.m)
            label = kf.label or (metric.label if metric is not None else None)
            out.append((kf.m, label, where.get(kf.m)))
        return out

    def _first_mentions(self, wanted: set[str]) -> dict[str, str]:
        """For a listed figure no keyfigures block shows: the chapter or section whose text, table or chart
        first names it (the innermost whose YAML holds the reference), in reading order."""
        places = [(ch.origin, ch.id) for ch in self.report.chapters]
        places += [(sec.origin, sec.id) for _, sec in self.report.sections()]
        out: dict[str, str] = {}
        for use in metric_uses(self.report):
            if use.metric_id not in wanted or use.metric_id in out:
                continue
            holders = [(len(origin.path), anchor) for origin, anchor in places
                       if origin.file == use.origin.file and use.origin.path[:len(origin.path)] == origin.path]
            if holders:
                out[use.metric_id] = max(holders)[1]
        return out

    def metric_plain(self, metric_id: str) -> str:
        metric = self.metrics.get(metric_id)
        return metric_text(metric, self.lang) if metric else metric_id

    def ui(self, key: str, **kw: object) -> str:
        return i18n.ui(key, self.lang, **kw)

    def chart(self, chart: schema.Chart) -> Markup:
        svg = str(charts.chart_svg(chart, self))
        # The chart's alternate text (PDF/UA takes an SVG's <title>): its title and every value drawn.
        head, sep, rest = svg.partition(">")
        return Markup(f'{head} role="img"{sep}<title>{escape(self.chart_alt(chart))}</title>{rest}')

    def chart_alt(self, chart: schema.Chart) -> str:
        sep, colon = ("；", "：") if self.lang != "en" else ("; ", ": ")
        values = sep.join(f"{self.plain(item.label)}{' ' + self.plain(item.series) if item.series else ''} {self.metric_plain(item.m)}"
                          for item in chart.items)
        return f"{self.plain(chart.title)}{colon}{values}"

    def table(self, table: schema.Table) -> tables.Layout:
        """How a table prints: column widths, figure columns, decimal padding, unit line (tables.py)."""
        return tables.layout(table, self)

    def source(self, source: schema.Text | None) -> Markup:
        """A table's or chart's source line; empty without one."""
        return tables.source_line(source, self)

    def plain(self, text: schema.Text | None) -> str:
        """The text a reader sees (Markdown markers removed, metrics printed): attributes, alternate text."""
        value = i18n.pick(text, self.lang, self.script)[0]
        return markup.to_plain(value, self.lang, lambda mid, _bare: self.metric_plain(mid)) if value else value

    def qr(self, block: schema.Qr) -> Markup:
        if not block.url:
            return Markup("")
        caption = self.plain(block.caption)
        prefix = {"en": "QR code: ", "zh-Hant": "二維碼："}.get(self.lang, "二维码：")
        return qr.qr_svg(block.url, f"{prefix}{caption} ({block.url})")

    def esg_rows(self, index: schema.EsgIndex) -> list[esg.Row]:
        return esg.rows(index, self.report, self.lang)

    # ---- pictures and the cover (issue 15: render/design.py, pictures.py) ----

    def picture(self, src: str | schema.Text | None) -> str:
        """A picture of the project as the HTML links to it, or "" (the template prints a placeholder)."""
        if isinstance(src, schema.Text):
            src = i18n.pick(src, self.lang, self.script)[0]
        if not src or self.report.root is None:
            return ""
        return pictures.url(self.report.root, src) or ""

    def cover_art(self) -> str:
        """The cover's key visual: cover.image, or a pattern generated from the cover's colour."""
        cover = self.report.manifest.cover
        return self.picture(cover.image) or design.pattern_uri(design.design(self.report.manifest).cover, self.report.manifest.id)


def render_html(report: Report, project: Project, lang: str, findings: tuple[Diagnostic, ...] = (), draft: str | None = None) -> HtmlDocument:
    """Render one edition; `findings` with an anchor are marked (draft builds), and `draft` (the build date)
    prints a DRAFT mark at the foot of every page. Template problems raise RenderError (R501)."""
    sheet = project.template("style.css")
    if sheet.exists() and not sheet.is_file():  # WeasyPrint would block reading a named pipe
        raise RenderError(Diagnostic("R501", Severity.ERROR, f"{project.rel(sheet)} is not a regular file (a named pipe, device or folder)",
                                     Location(project.rel(sheet), 1), hint="replace it with a regular file"))
    env = make_env(project.templates, project.root)
    marks, anchored = drafts.collect(findings)
    edition = Edition(report, lang, marks, anchored)
    context: dict[str, Any] = {
        "report": report,
        "m": report.manifest,
        "chapters": report.chapters,
        "lang": lang,
        "html_lang": i18n.HTML_LANG[lang],
        "e": edition,
        "version": __version__,
        "design": design.design(report.manifest),
        "stylesheet": Path(os.path.relpath(project.template("style.css"), project.build_dir)).as_posix(),
    }
    try:
        html = env.get_template("report.html").render(context)
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, AttributeError, RecursionError, MemoryError) as exc:
        if isinstance(exc, TemplateError) and not isinstance(exc, SecurityError):
            name = getattr(exc, "filename", None) or getattr(exc, "name", None) or "report.html"
            line = getattr(exc, "lineno", None) or 1
        else:  # a runtime error in an expression ({{ 1/0 }}, e.ui("no-such-key")): where the template was
            name, line = _template_line(exc)
        message = getattr(exc, "message", None) or (f"{type(exc).__name__}: {exc}" if not isinstance(exc, TemplateError) else str(exc))
        # A file name from the loader is a path; a bare template name (maybe with a folder) is under templates/.
        rel = project.rel(Path(name)) if Path(name).is_absolute() else f"templates/{name}"
        raise RenderError(
            Diagnostic("R501", Severity.ERROR, f"template error: {message}", Location(rel, line),
                       hint=("restore the file in templates/ (csrpress init writes the default set)" if isinstance(exc, TemplateNotFound)
                             else "replace it with a regular file" if isinstance(exc, TemplateNotAFile)
                             else "replace the symlink with a real file inside templates/" if isinstance(exc, TemplateOutside)
                             else "fix the template; content is never evaluated as a template"))
        ) from exc
    html = footnotes.number_per_chapter(html)  # notes numbered per chapter, in the HTML (footnotes.py says why)
    if draft is not None:
        html = _stamped(html, lang, draft)
    html = _script(html, lang, report.manifest.script, project)
    return HtmlDocument(lang, html, project.build_dir)


def _script(html: str, lang: str, script: str, project: Project) -> str:
    """The edition in its Chinese. The authored script's edition prints `zh:` as typed (a Traditional one
    with Hong Kong quotation marks); the other is converted at once after rendering, every zh string,
    interface text and chart label: Simplified -> zh-Hant with OpenCC s2hk, Traditional -> zh with hk2s."""
    if lang == "zh-Hant" and script == "hans":
        overrides, problems = hant.load_overrides(project.content)
        if problems:
            raise RenderError(problems[0])
        return hant.convert_html(html, overrides)
    if lang == "zh" and script == "hant":
        overrides, problems = hant.load_overrides(project.content, hant.HANS_OVERRIDES_FILE)
        if problems:
            raise RenderError(problems[0])
        return hant.to_simplified_html(html, overrides)
    if lang == "zh-Hant":
        return hant.quotes_html(html)
    return html


_STAMP = re.compile(r"[0-9A-Za-z: .-]+")


def _stamped(html: str, lang: str, when: str) -> str:
    """A draft's pages carry "DRAFT" and the build date at the foot (a page margin box, so it is on every page
    of every piece a layout is cut into: the style is in the head); a release has none."""
    if not _STAMP.fullmatch(when):
        raise ValueError(f"not a date: {when!r}")
    text = f"DRAFT {when}" if lang == "en" else f"草稿 DRAFT {when}"
    style = ('<style class="draft-stamp">@page { @bottom-center { content: "' + text + '"; '
             'font: bold 7pt "Noto Sans", sans-serif; font-family: "Noto Sans", var(--cjk-sans), sans-serif; '
             'color: #c0392b; letter-spacing: 0.08em; vertical-align: top; padding-top: 6mm; } }</style>')
    head_end = html.find("</head>")
    return html[:head_end] + style + html[head_end:] if head_end >= 0 else style + html


def metrics_json(report: Report) -> bytes:
    """Every metric the report states, as printed and as each edition prints it: the PDF/A attachment."""
    items = []
    for mid, decl in sorted(report.metrics.items()):
        data = decl.metric.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)
        data["id"] = mid
        data["printed"] = {lang: metric_text(decl.metric, lang) for lang in ("zh", "en")}
        items.append(data)
    doc = {"report": report.manifest.id, "period": report.manifest.period.label, "metrics": items}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
