"""Stage 4: HtmlDocument -> PDF file (written atomically), with WeasyPrint's complaints as diagnostics."""

from __future__ import annotations

import errno
import gc
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
import tempfile
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlparse

from . import pagerefs, preflight, typography
from .diagnostics import Diagnostic, Severity
from .safefs import sweep, temp_prefix, write_atomic
from .render import HtmlDocument

_LOG_CODE = "R503"


@dataclass(frozen=True, slots=True)
class PdfResult:
    path: Path
    pages: int
    diagnostics: tuple[Diagnostic, ...]


class WarningLog(logging.Handler):
    """WeasyPrint's warnings during one layout, kept to be reported as findings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def make_url_fetcher(allowed_roots: tuple[Path, ...], refused: list[str]) -> object:
    """A WeasyPrint URL fetcher that serves data: URIs and files under the project, and nothing else."""
    from weasyprint.urls import URLFetcher

    roots = tuple(root.resolve() for root in allowed_roots)

    class ProjectFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> object:
            parsed = urlparse(url)
            if parsed.scheme == "data":
                return super().fetch(url, headers)
            # A host (`url("//host/...")` becomes file://host/...) would make urllib resolve it: refused.
            if parsed.scheme == "file" and not parsed.netloc:
                path = Path(unquote(parsed.path)).resolve()
                regular = path.is_file() or not path.exists()  # a named pipe or device would block the layout
                if regular and any(path == root or root in path.parents for root in roots):
                    return super().fetch(url, headers)
            refused.append(url)
            raise ValueError(f"csrpress refuses to fetch {url}: only files inside the project are allowed")

    return ProjectFetcher(allowed_protocols={"file", "data"})


@dataclass(frozen=True, slots=True)
class PrintOptions:
    bleed: bool = False  # 3 mm bleed on every side, with crop marks, for the print shop
    variant: str | None = None  # WeasyPrint's pdf_variant: "pdf/ua-1", "pdf/a-3b", "pdf/x-4" (variants.py)
    attachments: tuple[tuple[str, bytes], ...] = ()  # (file name, content) embedded in the PDF
    when: str = ""  # ISO date of the sources: attachment dates, so two builds are identical
    output_profile: Path | None = None  # pdf/x-4: the CMYK profile of its output intent (variants.cmyk_profile)


BLEED_MM = 3  # what the print shop trims off: full-bleed art runs this far past the trim (templates/style.css)
#: WeasyPrint draws crop marks in the outer half of the CSS bleed: a 10 mm bleed puts them 5-10 mm from the
#: trim, clear of the 3 mm of art, so that no mark prints on the bleed and no art in the marks' slug.
#: The PDF's BleedBox is then set to the real 3 mm (exact_bleed_box); the MediaBox keeps the marks.
BLEED_CSS = "@page { bleed: 10mm; marks: crop; }"


def exact_bleed_box(document: object, pdf: object) -> None:
    """A WeasyPrint finisher: every page's BleedBox BLEED_MM around its TrimBox (WeasyPrint puts it at
    min(CSS bleed, 10 pt), which is neither the art's 3 mm nor the marks' 10 mm)."""
    import pydyf

    pt = BLEED_MM / 25.4 * 72
    for obj in getattr(pdf, "objects"):
        if isinstance(obj, dict) and obj.get("Type") == "/Page" and "TrimBox" in obj:
            left, top, right, bottom = (float(v) for v in obj["TrimBox"])
            obj["BleedBox"] = pydyf.Array([left - pt, top - pt, right + pt, bottom + pt])


class Findings:
    """What WeasyPrint said while laying out and writing one PDF: its warnings and the URLs refused."""

    def __init__(self) -> None:
        self.refused: list[str] = []
        self.log = WarningLog()

    @contextmanager
    def listening(self) -> Iterator[None]:
        logger = logging.getLogger("weasyprint")
        logger.addHandler(self.log)
        try:
            yield
        finally:
            logger.removeHandler(self.log)

    def clear(self) -> None:
        self.refused.clear()
        self.log.messages.clear()

    def diagnostics(self, resolved: frozenset[str] = frozenset()) -> tuple[Diagnostic, ...]:
        """As findings; `resolved`: anchors a piece of a document pointed to that another piece holds."""
        diags = [Diagnostic("R502", Severity.WARNING, f"the renderer refused to fetch {url}: only files inside the project are served",
                            hint="a template or stylesheet names it: reference only files under content/ or templates/")
                 for url in self.refused]
        diags += [Diagnostic(_LOG_CODE, Severity.WARNING, f"WeasyPrint: {msg}") for msg in self.log.messages
                  if "refuses to fetch" not in msg and missing_anchor(msg) not in resolved]
        return tuple(diags)


def missing_anchor(message: str) -> str | None:
    """The anchor a WeasyPrint warning says a link points to in vain (a piece may point to another's)."""
    match = re.fullmatch(r"No anchor #(.+) for internal URI reference", message)
    return match.group(1) if match else None


def lay_out(doc: HtmlDocument, allowed_roots: tuple[Path, ...], findings: Findings, *, forms: bool = True,
            bleed: bool = False, css: str = "", output_profile: Path | None = None) -> object:
    """`doc` laid out by WeasyPrint (a Document), with `css` as a user stylesheet; `output_profile` is
    the CMYK profile of a pdf/x-4 output intent."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from .forms import field_font_css

    fonts = FontConfiguration()
    extra = (field_font_css() if forms else "") + (BLEED_CSS if bleed else "") + css
    sheets = [CSS(string=extra, font_config=fonts)] if extra else []
    # A Chinese edition's paragraphs end on two characters, never one (typography.tie_document).
    html = HTML(string=typography.tie_document(doc.html), base_url=doc.base_url.as_uri() + "/",
                url_fetcher=make_url_fetcher(allowed_roots, findings.refused))
    # pdf_forms must reach render(): it adds the UA form stylesheet that makes inputs fields.
    profiles = None
    if output_profile is not None:
        from weasyprint.css import ColorProfile

        with output_profile.open("rb") as fh:
            # components: the channel names CSS color() would use; their number is the profile stream's /N.
            profiles = {"device-cmyk": ColorProfile(fh, output_profile.as_uri(), "relative-colorimetric",
                                                    (["c"], ["m"], ["y"], ["k"]))}
    return html.render(pdf_forms=forms, stylesheets=sheets, font_config=fonts, color_profiles=profiles)


def write_document(document: object, out: Path, *, forms: bool = True, options: PrintOptions = PrintOptions()) -> None:
    """Write a laid-out document to `out` through a temporary file, so a failure keeps the old PDF."""
    from weasyprint import Attachment

    from . import typography, variants
    from .forms import finish_fields

    typography.untie_bookmarks(document)
    when = datetime.fromisoformat(options.when).replace(tzinfo=timezone.utc) if options.when else None
    files = [Attachment(string=data, name=name, created=when, modified=when, relationship="Data")
             for name, data in options.attachments]
    _ensure_dir(out.parent, out.name)
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(out.name), suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh, source_date(options.when), warnings.catch_warnings():
            # WeasyPrint 70 reads its sRGB profile (PDF/A output intent) without closing the file.
            warnings.simplefilter("ignore", ResourceWarning)
            document.write_pdf(fh, pdf_forms=forms, uncompressed_pdf=False, pdf_variant=options.variant,
                               attachments=files or None,
                               finisher=variants.chain(finish_fields if forms else None, variants.finisher(options.variant),
                                                      exact_bleed_box if options.bleed else None))
        os.chmod(tmp_name, 0o644)  # mkstemp creates 0600; a report is meant to be shared
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_pdf(doc: HtmlDocument, out: Path, allowed_roots: tuple[Path, ...], *, forms: bool = True,
              options: PrintOptions = PrintOptions()) -> PdfResult:
    """Lay out `doc` and write it to `out` through a temporary file, so a failure keeps the old PDF."""
    from .variants import FLAT_FORMS

    findings = Findings()
    forms = forms and options.variant not in FLAT_FORMS   # an archival or print-shop file prints its form as lines
    profile = options.output_profile if options.variant == "pdf/x-4" else None
    with findings.listening():
        refs = pagerefs.deferred(pagerefs.stylesheets(doc.html, doc.base_url, allowed_roots))
        document = lay_out(doc, allowed_roots, findings, forms=forms, bleed=options.bleed, css=refs.css if refs else "",
                           output_profile=profile)
        if refs is not None and not pagerefs.resolve(document, refs.texts):
            findings.clear()
            del document   # not held in memory through the second layout (most of it is cyclic)
            gc.collect()
            # A reference that cannot be filled in: let target-counter() place it.
            document = lay_out(doc, allowed_roots, findings, forms=forms, bleed=options.bleed, output_profile=profile)
        pages = len(document.pages)
        layout = preflight.inspect(document, doc.lang)   # the pages read back, before writing
        write_document(document, out, forms=forms, options=options)
    return PdfResult(out, pages, findings.diagnostics() + layout)


def _ensure_dir(folder: Path, name: str) -> None:
    """Create the output folder, and remove temp files of `name` left by a build that was killed.

    Only those of runs that have ended: a temp file's name holds its run's pid, so two builds of one
    project at once never remove each other's (a sweep by name made the first fail).
    """
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"{folder.name}/ is a file, not a folder: remove it or move it away", str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    sweep(folder, name)


_laid_out = False   # this process has laid out a document before


@contextmanager
def without_cycle_collector(collect: bool = True) -> Iterator[None]:
    """Python's cycle collector paused while WeasyPrint lays out and writes.

    Layout allocates millions of boxes, styles and strings, and the collector kept scanning them (seven
    full passes for the English edition: 5-10 % of its layout time, more in a process holding a loaded
    report). Most of a laid-out document is cyclic, though (~270,000 objects for the English edition),
    so a process that lays out again (one worker, the tail and then an edition; --jobs 1; the chapters
    of --incremental) first frees what the earlier layout left: ~0.2 s instead of ~0.4 GiB at 4x.
    `collect=False` where the earlier layout is still in use.
    """
    global _laid_out
    if collect and _laid_out:
        gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _laid_out = True
        if enabled:
            gc.enable()


@contextmanager
def source_date(when: str) -> Iterator[None]:
    """SOURCE_DATE_EPOCH (the manifest date unless set) while writing.

    Where WeasyPrint subsets or instantiates a font with fontTools (no HarfBuzz-subset library, variable
    or colour fonts), fontTools stamps the font's `head` table with the clock unless this is set.
    """
    try:
        epoch = int(datetime.fromisoformat(when).replace(tzinfo=timezone.utc).timestamp()) if when else None
    except ValueError:
        epoch = None  # not an ISO date: the date check reports it; the build goes on with the clock
    if epoch is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def write_text_atomic(path: Path, text: str) -> None:
    _ensure_dir(path.parent, path.name)
    write_atomic(path, text, mode=0o644)
