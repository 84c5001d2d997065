"""HtmlDocument -> PDF laid out part by part (cover+TOC, each chapter), each part cached under build/cache/."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

from . import __version__
from .diagnostics import Diagnostic, Severity
from .pdf import PdfResult, WarningLog, make_url_fetcher, missing_anchor, without_cycle_collector
from .render import HtmlDocument

# Bump when the part HTML scheme or the metadata layout changes: old entries then simply miss.
CACHE_SCHEMA = "parts-1"
_PART_START = re.compile(r"(?=<article\b)")
_BODY_OPEN = re.compile(r"<body\b[^>]*>")
# Layout features whose result depends on the whole document (a total page count, counters that run
# across chapters, running elements moved between pages): split rendering would get them wrong.
_NOT_SPLITTABLE = re.compile(r"counter-(?:reset|increment|set)|\bpages\s*\)|running\(|element\(", re.I)
# Footnotes are numbered across the whole document: each part's ghost page resets the counter to the
# number of footnote elements before it, which needs footnotes to be found by class name.
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_FLOAT_FOOTNOTE = re.compile(r"float\s*:\s*footnote", re.I)
_GHOST = "csrpress-ghost"
_CONTROL = re.compile(r"<(?:input|textarea|select|button)\b", re.I)


@dataclass(frozen=True, slots=True)
class PartResult:
    pdf: bytes  # with the ghost pages: they hold the anchors that links in this part point to
    lead: int
    pages: int
    anchors: dict[str, int]  # anchor id -> page index within the part
    end_strings: dict[str, str]  # named strings (string-set) in force after the part's last page
    fetched: dict[str, str]  # file the layout read -> sha256 of its bytes
    warnings: tuple[str, ...]


@dataclass(slots=True)
class CacheStats:
    hits: int = 0
    misses: int = 0


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name == "href" and value and value.startswith("#") and len(value) > 1:
                self.hrefs.add(unquote(value[1:]))


def split_html(html: str) -> tuple[str, list[str], str] | None:
    """(head up to <body>, [front, chapter, ...], tail) or None when the document can't be split safely."""
    match = _BODY_OPEN.search(html)
    close = html.rfind("</body>")
    if match is None or close < match.end():
        return None
    body = html[match.end():close]
    parts = [p for p in _PART_START.split(body)]
    if len(parts) < 2 or not parts[0].strip():
        return None
    return html[:match.end()], parts, html[close:]


def document_css(html: str, stylesheet: str) -> str:
    return stylesheet + " ".join(re.findall(r"<style\b[^>]*>(.*?)</style>", html, re.S | re.I))


def splittable(html: str, stylesheet: str) -> bool:
    css = document_css(html, stylesheet)
    if _NOT_SPLITTABLE.search(css):
        return False
    return footnote_classes(css) is not None


def footnote_classes(css: str) -> tuple[str, ...] | None:
    """Class names of elements floated as footnotes, or None when a footnote rule is not a plain class."""
    found: list[str] = []
    for selector, body in _RULE.findall(css):
        if not _FLOAT_FOOTNOTE.search(body):
            continue
        for one in selector.split(","):
            match = re.fullmatch(r"\s*\.([\w-]+)\s*", one.split("}")[-1])
            if match is None:
                return None
            found.append(match.group(1))
    return tuple(found)


def count_footnotes(part: str, classes: tuple[str, ...]) -> int:
    pattern = "|".join(re.escape(c) for c in classes)
    return len(re.findall(rf'class="(?:[^"]*\s)?(?:{pattern})(?:\s[^"]*)?"', part)) if classes else 0


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3c ") + '"'


def part_html(head: str, part: str, tail: str, start: int, strings: dict[str, str], external: dict[str, int],
              footnotes: int = 0) -> tuple[str, int, int]:
    """The part as its own document: ghost pages before it carry the page number and the running strings,
    ghost pages after it hold the anchors other parts own, on their real page numbers. Returns
    (html, ghost pages before, ghost pages after); ghost pages are dropped from the output."""
    css: list[str] = []
    before = ""
    lead = 0
    if start > 1:
        # One ghost keeps an even start on a left page, two keep an odd start on a right page.
        lead = 1 if start % 2 == 0 else 2
        sets = ", ".join(f"{name} {_css_string(value)}" for name, value in sorted(strings.items()))
        css.append(f"@page {_GHOST} {{ counter-reset: page {start - 1}; }}")
        carry = f"string-set: {sets};" if sets else ""
        if footnotes:
            carry += f" counter-reset: footnote {footnotes};"
        css.append(f".{_GHOST}-lead {{ page: {_GHOST}; break-after: page; {carry} }}")
        # Ghosts hold no text: a glyph there would drag a font (whole, if nothing else uses it) into the part.
        before = f'<div class="{_GHOST}-lead" style="height: 1px"></div>' * lead
    by_page: dict[int, list[str]] = {}
    for anchor, page in sorted(external.items()):
        by_page.setdefault(page, []).append(anchor)
    after = []
    for page, anchors in sorted(by_page.items()):
        css.append(f"@page {_GHOST}-{page} {{ counter-reset: page {page}; }}")
        ids = "".join(f'<div id="{escape(a)}" style="height: 1px"></div>' for a in anchors)
        after.append(f'<div style="page: {_GHOST}-{page}; break-before: page">{ids}</div>')
    style = f"<style>{' '.join(css)}</style>" if css else ""
    head = head.replace("</head>", style + "</head>", 1) if style else head
    return head + before + part + "".join(after) + tail, lead, len(by_page)


_CAPTURED: list[object] = []


def _hook_layout() -> None:
    """Keep the last layout context so a part can report its running strings (WeasyPrint keeps them there)."""
    import weasyprint.document as wdoc

    if getattr(wdoc.layout_document, "_csrpress", False):
        return
    original = wdoc.layout_document

    def layout_document(html: object, root_box: object, context: object, *args: object, **kwargs: object) -> object:
        _CAPTURED[:] = [context]
        return original(html, root_box, context, *args, **kwargs)

    layout_document._csrpress = True  # type: ignore[attr-defined]
    wdoc.layout_document = layout_document


_FONT_CONFIG: list[object] = []


def _font_config() -> object:
    # One FontConfiguration per process: building it walks fontconfig's list every time.
    if not _FONT_CONFIG:
        from weasyprint.text.fonts import FontConfiguration

        _FONT_CONFIG.append(FontConfiguration())
    return _FONT_CONFIG[0]


def render_part(html: str, base_url: Path, roots: tuple[Path, ...], lead: int, trail: int, forms: bool = True,
                extra_css: str = "") -> PartResult:
    """Lay out one part document and write it (ghost pages included) as PDF bytes."""
    from weasyprint import CSS, HTML

    from . import typography
    from .forms import finish_fields

    _hook_layout()
    refused: list[str] = []
    fetched: dict[str, str] = {}
    fetcher = make_url_fetcher(roots, refused)
    inner = fetcher.fetch

    def fetch(url: str, headers: object = None) -> object:
        result = inner(url, headers)
        parsed = urlparse(url)
        if parsed.scheme == "file":
            path = Path(unquote(parsed.path))
            fetched[str(path)] = _file_hash(path)
        return result

    fetcher.fetch = fetch  # type: ignore[attr-defined]
    collect = WarningLog()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    try:
        _CAPTURED.clear()
        fonts = _font_config()
        sheets = [CSS(string=extra_css, font_config=fonts)] if extra_css else []
        document = HTML(string=typography.tie_document(html), base_url=base_url.as_uri() + "/", url_fetcher=fetcher).render(
            pdf_forms=forms, stylesheets=sheets, font_config=fonts)
        pages = document.pages[lead:len(document.pages) - trail]
        anchors = {name: i for i, page in enumerate(pages) for name in page.anchors}
        out = io.BytesIO()
        typography.untie_bookmarks(document)
        document.write_pdf(out, pdf_forms=forms, uncompressed_pdf=False, finisher=finish_fields if forms else None)
    finally:
        logger.removeHandler(collect)
    end_strings: dict[str, str] = {}
    if _CAPTURED:
        real_last = len(document.pages) - trail  # WeasyPrint numbers pages from 1 in string_set
        for name, by_page in getattr(_CAPTURED[0], "string_set", {}).items():
            keys = [k for k, v in by_page.items() if v and k <= real_last]
            if keys:
                end_strings[name] = by_page[max(keys)][-1]
        _CAPTURED.clear()   # a layout context holds the whole document: not kept past this part
    warnings = tuple(f"refused to fetch {url}" for url in refused) + tuple(m for m in collect.messages if "refuses to fetch" not in m)
    return PartResult(out.getvalue(), lead, len(pages), anchors, end_strings, fetched, warnings)


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def environment_key() -> str:
    """What every output depends on besides its HTML: csrpress, WeasyPrint, pypdf and the installed fonts."""
    from importlib.metadata import version  # not the modules: importing WeasyPrint in the parent costs ~0.7 s

    fonts = []
    for folder in ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"), str(Path.home() / ".local/share/fonts")):
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                st = os.stat(os.path.join(dirpath, name))
                fonts.append(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}")
    blob = "\n".join([CACHE_SCHEMA, __version__, version("weasyprint"), version("pypdf"), *sorted(fonts)])
    return hashlib.sha256(blob.encode()).hexdigest()


class PartCache:
    """build/cache/parts/<key>.pdf + .json. A hit also re-checks every file the layout read."""

    def __init__(self, folder: Path | None, env_key: str) -> None:
        self.folder = folder
        self.env_key = env_key
        self.stats = CacheStats()

    def key(self, html: str, lead: int, trail: int, forms: bool, extra_css: str) -> str:
        text = f"{self.env_key}\n{lead}\n{trail}\n{forms}\n{extra_css}\n{html}"
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> PartResult | None:
        if self.folder is None:
            return None
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            pdf = (self.folder / f"{key}.pdf").read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(pdf).hexdigest() != meta.get("sha256"):
            return None
        if any(_file_hash(Path(p)) != h for p, h in meta["fetched"].items()):
            return None
        return PartResult(pdf, meta["lead"], meta["pages"], meta["anchors"], meta["end_strings"], meta["fetched"], tuple(meta["warnings"]))

    def put(self, key: str, result: PartResult) -> None:
        if self.folder is None:
            return
        meta = {"lead": result.lead, "pages": result.pages, "anchors": result.anchors, "end_strings": result.end_strings,
                "fetched": result.fetched, "warnings": list(result.warnings), "sha256": hashlib.sha256(result.pdf).hexdigest()}
        _write_atomic(self.folder / f"{key}.pdf", result.pdf)
        _write_atomic(self.folder / f"{key}.json", json.dumps(meta, sort_keys=True).encode())


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _lay_out(cache: PartCache, html: str, base_url: Path, roots: tuple[Path, ...], lead: int, trail: int, forms: bool,
            extra_css: str) -> PartResult:
    key = cache.key(html, lead, trail, forms, extra_css)
    hit = cache.get(key)
    if hit is not None:
        cache.stats.hits += 1
        return hit
    cache.stats.misses += 1
    with without_cycle_collector():   # and first free what the part before left (most of a layout is cyclic)
        result = render_part(html, base_url, roots, lead, trail, forms, extra_css)
    cache.put(key, result)
    return result


def write_pdf_parts(doc: HtmlDocument, out: Path, roots: tuple[Path, ...], cache_dir: Path | None, env_key: str,
                    stylesheet: str, forms: bool = True, bleed: bool = False) -> tuple[PdfResult, CacheStats] | None:
    """Lay out `doc` chapter by chapter (reusing cached parts) and merge; None when it can't be split."""
    from .forms import field_font_css
    from .pdf import BLEED_CSS

    split = split_html(doc.html)
    if split is None or not splittable(doc.html, stylesheet):
        return None
    head, parts, tail = split
    classes = footnote_classes(document_css(doc.html, stylesheet)) or ()
    bleed_css = BLEED_CSS if bleed else ""
    cache = PartCache(cache_dir, env_key)
    wanted: list[set[str]] = []
    for part in parts:
        refs = _Refs()
        refs.feed(part)
        wanted.append(refs.hrefs - refs.ids)
    anchor_pages = _previous_anchors(cache_dir, out)
    results: list[PartResult] = []
    # Page numbers flow forwards; references (TOC, ESG index) may point anywhere. Repeat with the numbers
    # learnt until nothing moves: a stable layout is reached in one extra pass over cached parts.
    for _ in range(4):
        results, start, strings, seen, notes = [], 1, {}, {}, 0
        used: list[dict[str, int]] = []
        for i, part in enumerate(parts):
            external = {a: seen.get(a, anchor_pages.get(a)) for a in sorted(wanted[i])}
            external = {a: p for a, p in external.items() if p is not None}
            used.append(external)
            html, lead, trail = part_html(head, part, tail, start, strings if i else {}, external, notes)
            # Form mode only where there are controls: with it WeasyPrint embeds whole fonts for fields.
            fields = forms and _CONTROL.search(part) is not None
            extra_css = (field_font_css() if fields else "") + bleed_css
            result = _lay_out(cache, html, doc.base_url, roots, lead, trail, fields, extra_css)
            results.append(result)
            seen.update({a: start + idx for a, idx in result.anchors.items()})
            strings = {**strings, **result.end_strings}
            start += result.pages
            notes += count_footnotes(part, classes)
        stable = all(used[i] == {a: seen[a] for a in wanted[i] if a in seen} for i in range(len(parts)))
        anchor_pages = seen
        if stable:
            break
    else:
        return None  # references that keep moving pages: the whole-document layout settles them
    _write_atomic(out, merge_pdfs([(r.pdf, r.lead, r.pages) for r in results]))
    if cache_dir is not None:
        _write_atomic(cache_dir / f"{out.name}.anchors.json", json.dumps(anchor_pages, sort_keys=True).encode())
    diags = tuple(Diagnostic("R502", Severity.WARNING, f"the renderer {w}: only files inside the project are served")
                  if w.startswith("refused to fetch ") else Diagnostic("R503", Severity.WARNING, f"WeasyPrint: {w}")
                  for r in results for w in r.warnings if not _resolved_elsewhere(w, seen))
    return PdfResult(out, sum(r.pages for r in results), diags), cache.stats


def _resolved_elsewhere(warning: str, anchors: dict[str, int]) -> bool:
    return missing_anchor(warning) in anchors   # a part links to anchors other parts own: the merged PDF has them


def _previous_anchors(cache_dir: Path | None, out: Path) -> dict[str, int]:
    if cache_dir is None:
        return {}
    try:
        return {str(k): int(v) for k, v in json.loads((cache_dir / f"{out.name}.anchors.json").read_text("utf-8")).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def merge_pdfs(pdfs: list[tuple[bytes, int, int]]) -> bytes:
    """Concatenate the real pages of part PDFs keeping outlines, named destinations, links and form fields."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    writer = PdfWriter()
    first = None
    for data, lead, count in pdfs:
        reader = PdfReader(io.BytesIO(data))
        first = first or reader
        base = len(writer.pages)
        writer.append(reader, pages=(lead, lead + count), import_outline=True)
        # pypdf drops links to named destinations; they resolve across parts once /Dests are merged.
        for index, page in enumerate(reader.pages[lead:lead + count]):
            target = writer.pages[base + index]
            if "/Annots" in target:  # what pypdf kept, minus links, is re-added below in the source order
                kept = [a for a in target["/Annots"] if a.get_object().get("/Subtype") != "/Link"]
                target[NameObject("/Annots")] = ArrayObject(kept)
            for ref in page.get("/Annots") or ():
                annot = ref.get_object()
                if annot.get("/Subtype") == "/Link" and isinstance(annot.get("/Dest") or annot.get("/A"), (str, dict)):
                    writer.add_annotation(base + index, annot.clone(writer))
    if first is not None and first.metadata:
        writer.add_metadata({k: v for k, v in first.metadata.items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
