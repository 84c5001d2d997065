"""A project and an edition -> a live HTML preview on 127.0.0.1 that rebuilds on save; `csrpress serve`.

Each save in content/ or templates/ re-renders the edition's HTML (never the PDF) into build/. The
served page gets a panel of findings, marks on the figures they concern, and a script that reloads
on the next rebuild (server-sent events); none of this is in the file written to build/. A save that
breaks a file shows the error over the last good preview, which stays until the next good save.
"""

from __future__ import annotations

import argparse
import hmac
import json
import re
import secrets
import sys
import threading
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from mimetypes import guess_type
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import parse_qs, quote

from watchfiles import watch

from . import figcache
from .checks import run_checks
from .diagnostics import Diagnostic, Severity, has_errors
from .load import load_report
from .model import Report
from .pdf import write_text_atomic
from .project import Project
from .render import render_html
from .render.html import RenderError

ASSETS = Path(__file__).parent / "assets"  # serve-preview.js and .css: package data
PAGE = "/build/preview.html"  # in build/, so the page's relative links (../templates/style.css) resolve
SERVED_DIRS = ("build", "templates", "content", "images")  # images/: pictures a figure names there (pictures.py)
PDF_PATH = "/_csrpress/pdf"
MAX_FORM_BYTES = 4096  # the PDF form holds a token and a chapter id


@dataclass(frozen=True, slots=True)
class _State:
    version: int = 0
    html: str | None = None  # the last good render
    error: tuple[str, ...] = ()  # the current breakage, empty when the last save was good
    findings: tuple[dict[str, Any], ...] = ()


def _where(diag: Diagnostic) -> str:
    return str(diag.location) if diag.location else ""


def _section_at(report: Report, diag: Diagnostic) -> str | None:
    """The innermost chapter or section whose source starts last before the finding's line in the same file."""
    if diag.location is None:
        return None
    best: tuple[int, str] | None = None
    nodes = [(ch.id, ch.origin) for ch in report.chapters] + [(sec.id, sec.origin) for _, sec in report.sections()]
    for ident, origin in nodes:
        if origin.file != diag.location.path:
            continue
        line = report.locate(origin).line
        if line <= diag.location.line and (best is None or line >= best[0]):
            best = (line, ident)
    return best[1] if best else None


def finding_record(report: Report, diag: Diagnostic) -> dict[str, Any]:
    """What the page needs to list a finding and mark it: metric ids in `backticks`, printed figures in “quotes”."""
    return {
        "code": diag.code,
        "severity": diag.severity.value,
        "message": diag.message,
        "where": _where(diag),
        "metrics": sorted(set(re.findall(r"`([a-z0-9][a-z0-9_.-]*)`", diag.message))),
        "figures": re.findall(r"“([^”]{1,40})”", diag.message),
        "section": _section_at(report, diag),
    }


class Preview:
    """The rebuild loop's state, shared by the watcher thread and the HTTP handlers."""

    def __init__(self, project: Project, lang: str | None) -> None:
        self.project = project
        self.lang = lang
        self.state = _State()
        self.changed = threading.Condition()
        # Building a PDF writes build/ and takes both cores for seconds: only the page this server handed
        # out may ask for it. The token is in that page alone; another site cannot read the page (the
        # Host check stops DNS rebinding), so it cannot send the token, whatever it posts.
        self.token = secrets.token_urlsafe(32)

    def rebuild(self) -> None:
        """Re-render after a save. Never raises: it runs on the watcher thread, whose death would leave the
        page stale for good; an unexpected error is shown as the banner, and the next save tries again."""
        try:
            self._rebuild()
        except Exception as exc:  # noqa: BLE001 - anything at all: the banner says what
            first = str(exc).splitlines()[0] if str(exc) else ""
            with self.changed:
                self.state = replace(self.state, version=self.state.version + 1,
                                     error=(f"internal error while rebuilding: {type(exc).__name__}: {first}",))
                self.changed.notify_all()

    def _rebuild(self) -> None:
        report, load_diags = load_report(self.project)
        error: list[str] = []
        html = None
        findings: list[dict[str, Any]] = []
        if report is None or has_errors(load_diags):
            error = [f"{_where(d)}: {d.severity.value}[{d.code}] {d.message}" + (f"\n  hint: {d.hint}" if d.hint else "")
                     for d in load_diags if d.severity is Severity.ERROR]
        else:
            lang = self.lang or report.manifest.editions[0]
            with figcache.kept(self.project):
                diags = tuple(load_diags) + run_checks(report)
            findings = [finding_record(report, d) for d in diags if d.severity is not Severity.INFO]
            try:
                doc = render_html(report, self.project, lang)
                html = doc.html
                write_text_atomic(self.project.build_dir / f"{report.manifest.id}.{lang}.html", html)
            except RenderError as exc:
                error = [f"{_where(exc.diagnostic)}: error[{exc.diagnostic.code}] {exc.diagnostic.message}"]
        with self.changed:
            good = {"html": html, "findings": tuple(findings)} if html is not None else {}
            self.state = replace(self.state, version=self.state.version + 1, error=tuple(error), **good)
            self.changed.notify_all()

    def page(self) -> str:
        with self.changed:
            state = self.state
            data = {"version": state.version, "error": list(state.error), "findings": list(state.findings),
                    "token": self.token}
            html = state.html or "<!doctype html><html><head><meta charset=\"utf-8\"><title>csrpress</title></head><body></body></html>"
        # No `<` at all inside the script element: neither `</script>` nor `<!--<script>` (which makes the
        # HTML parser skip the real end tag) can be written by content; JSON reads \u003c as `<`.
        payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
        inject = (f'<link rel="stylesheet" href="/_csrpress/preview.css">'
                  f'<script id="csrpress-state" type="application/json">{payload}</script>'
                  f'<script src="/_csrpress/preview.js"></script>')
        return html.replace("</body>", inject + "</body>", 1) if "</body>" in html else html + inject

    def wait_past(self, version: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.state.version != version, timeout=timeout)
            return self.state.version


class _Handler(BaseHTTPRequestHandler):
    preview: Preview
    stopping: threading.Event
    pdf_lock: threading.Lock

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's signature
        pass  # a request log would drown the rebuild messages

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _own_host(self) -> bool:
        """The Host header names this server (DNS rebinding: another site's name pointed at 127.0.0.1)."""
        port = self.server.server_address[1]
        return self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")

    def _same_site(self) -> bool:
        """A request the preview page itself made (or typed in the address bar), not one from another site."""
        origin = self.headers.get("Origin")
        if origin is not None and origin not in (f"http://{self.headers.get('Host', '')}",):
            return False
        return self.headers.get("Sec-Fetch-Site", "same-origin") in ("same-origin", "none")

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        if not self._own_host():
            self._send(HTTPStatus.MISDIRECTED_REQUEST, b"this server answers only to 127.0.0.1 and localhost", "text/plain")
            return
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == "/":
            self._send(HTTPStatus.FOUND, b"", "text/plain", {"Location": PAGE})
        elif path == PAGE:
            self._send(HTTPStatus.OK, self.preview.page().encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/_csrpress/events":
            self._events()
        elif path == PDF_PATH:
            # A GET must not build: a link, an <img> or a prefetch on any page could start one.
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"the PDF is built on a POST from the preview page", "text/plain",
                       {"Allow": "POST"})
        elif path in ("/_csrpress/preview.js", "/_csrpress/preview.css"):
            asset = ASSETS / ("serve-" + path.rsplit("/", 1)[1])
            self._send(HTTPStatus.OK, asset.read_bytes(), (guess_type(asset.name)[0] or "text/plain") + "; charset=utf-8")
        else:
            self._file(path)

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        """Only the preview page's PDF form: same host, same site, and the token the page was given."""
        if not self._own_host():
            self._send(HTTPStatus.MISDIRECTED_REQUEST, b"this server answers only to 127.0.0.1 and localhost", "text/plain")
            return
        if self.path.split("?", 1)[0].split("#", 1)[0] != PDF_PATH:
            self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
            return
        form = self._form()
        if form is None:
            return
        token = form.get("token", [""])[0]
        # compare_digest: the time taken says nothing about how much of a guess was right
        if not self._same_site() or not hmac.compare_digest(token.encode("utf-8"), self.preview.token.encode("utf-8")):
            self._send(HTTPStatus.FORBIDDEN, b"the PDF is built only for the preview page itself", "text/plain")
            return
        with self.pdf_lock:  # one build at a time: parallel builds of one project compete for build/
            self._pdf(form.get("chapter", [""])[0])

    def _form(self) -> dict[str, list[str]] | None:
        """The posted form (application/x-www-form-urlencoded), or None once an error has been answered."""
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send(HTTPStatus.LENGTH_REQUIRED, b"a Content-Length is required", "text/plain")
            return None
        if not 0 <= length <= MAX_FORM_BYTES:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"the form is too large", "text/plain")
            return None
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        try:
            return parse_qs(body, max_num_fields=8)
        except ValueError:  # more fields than the form has
            self._send(HTTPStatus.BAD_REQUEST, b"not the preview's PDF form", "text/plain")
            return None

    def _pdf(self, chapter: str) -> None:
        """Build the edition's PDF, then open it at the chapter being viewed (a named destination)."""
        from .build import BuildOptions, build

        project = self.preview.project
        report, _ = load_report(project)
        lang = self.preview.lang or (report.manifest.editions[0] if report else "zh")
        result = build(project, BuildOptions(editions=(lang,)))
        if not result.outputs:
            errors = "\n".join(f"{_where(d)}: {d.severity.value}[{d.code}] {d.message}" for d in result.diagnostics
                               if d.severity is Severity.ERROR)
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, f"the PDF could not be built:\n{errors}".encode(), "text/plain; charset=utf-8")
            return
        target = "/" + project.rel(result.outputs[0]) + (f"#{quote(chapter)}" if chapter else "")
        self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", {"Location": target})  # 303: the browser GETs the PDF

    def _file(self, path: str) -> None:
        root = self.preview.project.root.resolve()
        if "\0" in path:
            self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
            return
        target = (root / path.lstrip("/")).resolve()
        parts = PurePosixPath(path).parts
        if len(parts) >= 3 and parts[-2] == "templates" and not target.is_file():
            # The default design's stylesheet (a project without its own templates/style.css links to it)
            target = self.preview.project.template(parts[-1]).resolve()
            root = target.parent.parent
        inside = target.is_relative_to(root) and target.relative_to(root).parts[:1] in ((d,) for d in SERVED_DIRS)
        if not inside or not target.is_file():
            self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
            return
        self._send(HTTPStatus.OK, target.read_bytes(), guess_type(target.name)[0] or "application/octet-stream")

    def _events(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        version = -1
        try:
            self.wfile.write(b"retry: 500\n\n")
            while not self.stopping.is_set():
                latest = self.preview.wait_past(version, timeout=1.0)
                if latest != version:
                    version = latest
                    self.wfile.write(f"data: {version}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page reloaded or closed


class PreviewServer:
    """The HTTP server and the watcher, started together and stopped together."""

    def __init__(self, project: Project, lang: str | None = None, port: int = 8000) -> None:
        self.preview = Preview(project, lang)
        self.stopping = threading.Event()
        handler = type("Handler", (_Handler,), {"preview": self.preview, "stopping": self.stopping, "pdf_lock": threading.Lock()})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{PAGE}"

    def _watch(self) -> None:
        dirs = [d for d in (self.preview.project.content, self.preview.project.templates) if d.is_dir()]
        for changes in watch(*dirs, stop_event=self.stopping, yield_on_timeout=False):
            if any(not Path(p).name.startswith(".") for _, p in changes):  # editors' swap and temp files
                self.preview.rebuild()

    def start(self) -> None:
        self.preview.rebuild()
        self.threads = [threading.Thread(target=self.httpd.serve_forever, name="csrpress-http", daemon=True),
                        threading.Thread(target=self._watch, name="csrpress-watch", daemon=True)]
        for thread in self.threads:
            thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        for thread in self.threads:
            thread.join(timeout=10)


def _run(project: Project | None, args: argparse.Namespace) -> int:
    assert project is not None
    if not 0 <= args.port <= 65535:
        print(f"csrpress: --port {args.port} is not a port number (0-65535)\n  hint: pass --port 8000, or 0 for any free port", file=sys.stderr)
        return 2
    try:
        server = PreviewServer(project, args.edition, args.port)
    except OSError as exc:
        print(f"csrpress: cannot listen on 127.0.0.1:{args.port}: {exc.strerror}\n  hint: pass --port N", file=sys.stderr)
        return 2
    server.start()
    print(f"csrpress: previewing {server.url}  (rebuilds on save in content/ and templates/; Ctrl-C stops)", file=sys.stderr)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="preview an edition's HTML on 127.0.0.1, rebuilt on every save")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--edition", choices=["zh", "en", "zh-Hant"], help="default: the manifest's first edition")
    p.set_defaults(run=_run, needs_project=True)
