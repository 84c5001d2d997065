"""Stage 4: HtmlDocument -> PDF file (written atomically), with WeasyPrint's complaints as diagnostics."""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from .diagnostics import Diagnostic, Severity
from .render import HtmlDocument

_LOG_CODE = "R503"


@dataclass(frozen=True, slots=True)
class PdfResult:
    path: Path
    pages: int
    diagnostics: tuple[Diagnostic, ...]


class _Collect(logging.Handler):
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
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if any(path == root or root in path.parents for root in roots):
                    return super().fetch(url, headers)
            refused.append(url)
            raise ValueError(f"csrpress refuses to fetch {url}: only files inside the project are allowed")

    return ProjectFetcher(allowed_protocols={"file", "data"})


def write_pdf(doc: HtmlDocument, out: Path, allowed_roots: tuple[Path, ...], *, forms: bool = True) -> PdfResult:
    """Lay out `doc` and write it to `out` through a temporary file, so a failure keeps the old PDF."""
    from weasyprint import HTML

    refused: list[str] = []
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        document = HTML(string=doc.html, base_url=doc.base_url.as_uri() + "/", url_fetcher=make_url_fetcher(allowed_roots, refused)).render()
        pages = len(document.pages)
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                document.write_pdf(fh, pdf_forms=forms, uncompressed_pdf=False)
            os.chmod(tmp_name, 0o644)  # mkstemp creates 0600; a report is meant to be shared
            os.replace(tmp_name, out)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    finally:
        logger.removeHandler(handler)
    diags = [Diagnostic("R502", Severity.WARNING, f"refused to fetch {url}", hint="reference only files inside the project") for url in refused]
    diags += [Diagnostic(_LOG_CODE, Severity.WARNING, f"WeasyPrint: {msg}") for msg in handler.messages if "refuses to fetch" not in msg]
    return PdfResult(out, pages, tuple(diags))


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
