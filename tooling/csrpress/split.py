"""One edition laid out by two processes, then written as one PDF.

With two editions on two cores, the longer edition sets the build's time: the sample's English
edition (125 pages) takes ~1.4 s longer than the Chinese one (98), while the other core waits. So
its last chapters are laid out by the other worker first, before that worker's own edition:

1. `plan()` (main process) cuts the edition's HTML at a chapter: the head keeps the cover and the
   contents, the tail is sized so that both workers finish together.
2. `lay_out_tail()` lays the tail out as its own document (cache.part_html: a ghost page before it
   carries the running strings and the footnote count that the head ends with), and pickles the
   laid-out pages: WeasyPrint's pages are plain Python objects once laid out.
3. `lay_out_head()` lays the head out in the other worker and keeps it there.
4. `finish()`, in that worker again, puts the pages together (WeasyPrint's Document.copy), gives the
   tail's page numbers their real values, fills in every page reference (pagerefs), and writes one
   PDF: one font subset, and links, bookmarks and form fields across the whole edition.

The result must be what a whole layout gives, so the edition is laid out whole instead wherever
that cannot be shown: CSS features that depend on the whole document, page numbers other than a
plain counter(page) margin box, running strings other than the ones the tail
assumed, or a reference that cannot be filled in. On the sample the two ways give the same PDF,
byte for byte (tests/pdf/test_split.py).

Left and right pages: the tail is laid out from a verso (page 2). A chapter that opens on a recto
then starts with a blank verso, which is kept after a head of odd length and dropped after an even
one; a tail that starts on its verso with text fits only after a head of odd length (otherwise: whole).
"""

from __future__ import annotations

import gc
import io
import pickle
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from . import cache, pagerefs, preflight
from .pdf import Findings, PdfResult, PrintOptions, lay_out, source_date, without_cycle_collector, write_document, write_pdf
from .render import HtmlDocument

LAYOUT_SHARE = 0.63   # of an edition's time, the layout; the rest writes the PDF (measured, both sample editions)
_MIN_TAIL = 0.05      # a smaller tail saves less than the work of splitting
_PARITY = re.compile(r":(?:left|right|recto|verso)\b|break-(?:before|after)\s*:\s*(?:left|right|recto|verso)", re.I)
_PAGE_COUNTER = re.compile(r"counter\(\s*page\b")
_PLAIN_FOLIO = re.compile(r"content\s*:\s*counter\(\s*page\s*\)\s*(?:;|})")
_TAIL_START = 2       # the tail is laid out from page 2 (one ghost page before it), then renumbered


@dataclass(frozen=True, slots=True)
class Plan:
    whole: HtmlDocument   # laid out whole if the pieces cannot be put together
    head: HtmlDocument    # the document up to the cut
    opening: str          # the document up to <body>
    tail_part: str        # the chapters after the cut
    closing: str          # </body></html>
    css: str              # every stylesheet of the document
    refs: pagerefs.Deferred
    parity: bool = False  # the stylesheet sets left and right pages apart


@dataclass(frozen=True, slots=True)
class Tail:
    pages: bytes                  # pickled
    assumed: dict[str, str]       # the running strings it was laid out with
    warnings: tuple[str, ...]     # WeasyPrint's, while laying it out
    refused: tuple[str, ...]      # URLs the fetcher refused
    blank_first: bool = False     # its first page is a blank verso (its first chapter opens on a recto)


def plan(doc: HtmlDocument, other: HtmlDocument, roots: tuple[Path, ...]) -> Plan | None:
    """How to split `doc` so that its two pieces and `other` keep two workers equally busy, or None."""
    css = pagerefs.stylesheets(doc.html, doc.base_url, roots)
    refs = pagerefs.deferred(css)
    split = cache.split_html(doc.html)
    if refs is None or split is None or not cache.splittable(doc.html, css):
        return None
    if css.count("target-counter(") != refs.covered:
        return None   # a reference pagerefs cannot fill in would count pages in its own piece only
    if len(_PAGE_COUNTER.findall(css)) != len(_PLAIN_FOLIO.findall(css)):
        return None   # page numbers written some other way than a plain folio: not renumbered here
    head, parts, tail = split
    sizes = [_columns(part) for part in parts]
    # Worker 1: head layout + writing the whole PDF; worker 2: tail layout + the other edition.
    whole, others = _columns(doc.html), _columns(other.html)
    wanted = (whole - others) / (2 * LAYOUT_SHARE)
    if wanted < _MIN_TAIL * whole:
        return None
    cut = min(range(2, len(parts)), key=lambda k: abs(sum(sizes[k:]) - wanted), default=None)
    if cut is None:
        return None
    head_doc = HtmlDocument(doc.lang, head + "".join(parts[:cut]) + tail, doc.base_url)
    return Plan(doc, head_doc, head, "".join(parts[cut:]), tail, css, refs, bool(_PARITY.search(css)))


def _columns(html: str) -> int:
    """How much there is to set, in character widths: a CJK character (3 bytes in UTF-8) counts as two
    Latin ones. On the sample it predicts the editions' layout times within ~5 %; bytes or characters
    alone are 20-35 % off between the Chinese and the English edition."""
    return (len(html.encode()) + len(html)) // 2


def assumed_strings(head_html: str, css: str) -> dict[str, str] | None:
    """The running strings (string-set: NAME content()) in force at the end of the head, read from its
    HTML; None when a string is set any other way. finish() checks them against the head's layout."""
    import cssselect2
    import tinycss2

    rules: list[tuple[object, str]] = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and "string-set" in tinycss2.serialize(rule.content or []):
            return None
        if rule.type != "qualified-rule":
            continue
        for decl in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True):
            if decl.type != "declaration" or decl.lower_name != "string-set":
                continue
            for group in _split_commas(decl.value):
                if len(group) != 2 or group[0].type != "ident" or group[1].type != "function" \
                        or group[1].lower_name != "content" or tinycss2.serialize(group[1].arguments).strip() not in ("", "text"):
                    return None
                rules.append((tinycss2.serialize(rule.prelude), group[0].value))
    if not rules:
        return {}
    matcher = cssselect2.Matcher()
    for index, (selector, name) in enumerate(rules):
        for compiled in cssselect2.compile_selector_list(selector):
            matcher.add_selector(compiled, (index, name))
    tree = cssselect2.ElementWrapper.from_html_root(_parse(head_html))
    found: dict[str, str] = {}
    for element in tree.iter_subtree():
        for _specificity, _order, _pseudo, (_index, name) in matcher.match(element):
            found[name] = " ".join("".join(element.etree_element.itertext()).split())
    return found


_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _TreeBuilder(HTMLParser):
    """csrpress's own HTML (every element closed) as an ElementTree, ~7 x faster than an HTML5 parser;
    a document it reads wrongly only makes finish() lay the edition out whole."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = ElementTree.TreeBuilder()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, {name: value or "" for name, value in attrs})
        if tag in _VOID:
            self.builder.end(tag)
        else:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, {name: value or "" for name, value in attrs})
        self.builder.end(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open:
                closed = self.open.pop()
                self.builder.end(closed)
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        self.builder.data(data)


def _parse(html: str) -> ElementTree.Element:
    parser = _TreeBuilder()
    parser.builder.start("document", {})
    parser.feed(html)
    parser.close()
    while parser.open:
        parser.builder.end(parser.open.pop())
    parser.builder.end("document")
    root = parser.builder.close()
    return root.find("html") if root.find("html") is not None else root


def _split_commas(tokens: list[object]) -> list[list[object]]:
    groups: list[list[object]] = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            groups.append([])
        elif token.type not in ("whitespace", "comment"):
            groups[-1].append(token)
    return groups


# --- in the workers -----------------------------------------------------------------------------

_HELD: dict[str, tuple[object, object, dict[str, str], Findings]] = {}   # document, layout context, strings, findings


def lay_out_head(job: Plan, roots: tuple[Path, ...], printing: PrintOptions) -> int:
    """Lay out the head and keep it in this worker for finish(); its page count."""
    cache._hook_layout()
    findings = Findings()
    with source_date(printing.when), without_cycle_collector(), findings.listening():
        cache._CAPTURED.clear()
        document = lay_out(job.head, roots, findings, bleed=printing.bleed, css=job.refs.css)
        context = cache._CAPTURED[0] if cache._CAPTURED else None
        ends = _end_strings(len(document.pages))
    _HELD[job.head.lang] = (document, context, ends, findings)
    return len(document.pages)


def lay_out_tail(job: Plan, roots: tuple[Path, ...], printing: PrintOptions) -> Tail | None:
    """Lay out the tail as its own document, after a ghost page carrying what the head ends with."""
    assumed = assumed_strings(job.head.html, job.css)
    classes = cache.footnote_classes(job.css)
    if assumed is None or classes is None:
        return None
    notes = cache.count_footnotes(job.head.html, classes)
    html, lead, _ = cache.part_html(job.opening, job.tail_part, job.closing, _TAIL_START, assumed, {}, notes)
    findings = Findings()
    with source_date(printing.when), without_cycle_collector(), findings.listening():
        document = lay_out(HtmlDocument(job.whole.lang, html, job.whole.base_url), roots, findings, bleed=printing.bleed,
                           css=job.refs.css)
        pages = document.pages[lead:]
        blank = bool(pages) and bool(getattr(getattr(pages[0]._page_box, "page_type", None), "blank", False))
        try:
            data = _dump(pages)
        except (pickle.PicklingError, TypeError, AttributeError):
            return None   # something in this WeasyPrint's boxes that does not travel: lay out whole
    return Tail(data, assumed, tuple(findings.log.messages), tuple(findings.refused), blank)


def finish(job: Plan, tail: Tail | None, out: Path, roots: tuple[Path, ...], printing: PrintOptions) -> PdfResult:
    """The head and the tail as one PDF, or the edition laid out whole where they don't make one."""
    held = _HELD.pop(job.head.lang, None)
    with source_date(printing.when), without_cycle_collector(collect=False):   # the head is still in use
        if held is not None and tail is not None:
            result = _write_combined(*held, tail, job, out, printing)
            if result is not None:
                return result
        del held   # not kept through the whole layout
        gc.collect()
        result = write_pdf(job.whole, out, roots, options=printing)
        cache._CAPTURED.clear()   # the hook lay_out_head() installed kept this layout's context
        return result


def _write_combined(document: object, context: object, ends: dict[str, str], findings: Findings, tail: Tail, job: Plan,
                    out: Path, printing: PrintOptions) -> PdfResult | None:
    combined = _combine(document, context, ends, tail, job)
    if combined is None:
        return None
    layout = preflight.inspect(combined, job.whole.lang)
    with findings.listening():
        write_document(combined, out, options=printing)
    findings.log.messages += tail.warnings
    findings.refused += tail.refused
    anchors = frozenset(name for page in combined.pages for name in page.anchors)
    return PdfResult(out, len(combined.pages), findings.diagnostics(anchors) + layout)


def _combine(document: object, context: object, ends: dict[str, str], tail: Tail, job: Plan) -> object | None:
    if {name: ends.get(name, "") for name in tail.assumed} != tail.assumed or set(ends) - set(tail.assumed):
        return None   # the head ends with other running strings than the tail was laid out with
    pages = _load(tail.pages, document, context)
    first = _TAIL_START
    if pages is not None and job.parity and len(document.pages) % 2 == 0:
        # The tail's first page is a verso; after an even head the whole layout's next page is a recto.
        if not tail.blank_first:
            return None
        pages, first = pages[1:], _TAIL_START + 1   # the blank verso the whole layout does not need
    try:
        if pages is None or not _renumber(pages, first, len(document.pages) + 1 - first):
            return None
    except (AttributeError, KeyError, TypeError):
        return None   # WeasyPrint's boxes changed shape (another version): the whole layout still works
    combined = document.copy(document.pages + pages)
    if not pagerefs.resolve(combined, job.refs.texts):
        return None
    return combined


def _end_strings(pages: int) -> dict[str, str]:
    """The running strings in force after the last page, from the layout context (cache._hook_layout)."""
    found: dict[str, str] = {}
    if cache._CAPTURED:
        for name, by_page in getattr(cache._CAPTURED[0], "string_set", {}).items():
            keys = [k for k, v in by_page.items() if v and k <= pages]
            if keys:
                found[name] = by_page[max(keys)][-1]
        cache._CAPTURED.clear()   # a layout context holds the whole document
    return found


def _renumber(pages: list[object], first: int, offset: int) -> bool:
    """Add `offset` to the tail's folios (margin boxes whose content is counter(page); `first` on its first
    page), keeping their alignment."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.text.line_break import Layout, line_size

    for index, page in enumerate(pages):
        for margin in page._page_box.children[1:]:
            if margin.style["content"] != (("counter()", ("page", "decimal")),):
                continue
            texts = [b for b in margin.descendants() if isinstance(b, boxes.TextBox)]
            if len(texts) != 1 or texts[0].text != str(first + index) or margin.style["background_color"].alpha \
                    or any(margin.style[f"border_{side}_width"] for side in ("top", "right", "bottom", "left")):
                return False
            box = texts[0]
            text = str(first + index + offset)
            layout = Layout(box.style, box.justification_spacing)
            layout.set_text(text)
            first_line, _ = layout.get_first_line()
            width, _ = line_size(first_line, box.style)
            align = margin.style["text_align_all"]
            shift = {"center": 0.5, "right": 1.0, "end": 1.0}.get(align, 0.0) * (box.width - width)
            box.position_x += shift
            box.text, box.pango_layout, box.width = text, layout, width
    return True


def _never() -> bool:
    return False


def _set_state(obj: object, state: dict[str, object]) -> None:
    obj.__dict__.update(state)


def _dump(pages: list[object]) -> bytes:
    from weasyprint.layout import LayoutContext
    from weasyprint.layout.absolute import AbsolutePlaceholder
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    class Pickler(pickle.Pickler):
        def persistent_id(self, obj: object) -> str | None:
            if isinstance(obj, FontConfiguration):
                return "fonts"   # the receiving worker's own
            if isinstance(obj, URLFetcher):
                return "fetcher"   # images keep theirs; the head's serves the same project files
            if isinstance(obj, LayoutContext):
                return "context"   # SVG images draw with theirs (fonts, images): the head's has the same
            if callable(obj) and getattr(obj, "__qualname__", "") == "flex_children.<locals>.<lambda>":
                return "never"   # WeasyPrint sets `is_floated = lambda: False` on flex items
            return None

        def reducer_override(self, obj: object) -> object:
            if type(obj) is AbsolutePlaceholder:   # its __getattr__ forwards everything, __setstate__ too
                return (object.__new__, (AbsolutePlaceholder,), dict(obj.__dict__), None, None, _set_state)
            return NotImplemented

    buffer = io.BytesIO()
    Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(pages)
    return buffer.getvalue()


def _load(data: bytes, document: object, context: object) -> list[object] | None:
    class Unpickler(pickle.Unpickler):
        def persistent_load(self, pid: str) -> object:
            if pid == "context" and context is None:
                raise pickle.UnpicklingError("no layout context to give the tail's SVG images")
            return {"fonts": document.font_config, "fetcher": document.url_fetcher, "context": context, "never": _never}[pid]

    try:
        return Unpickler(io.BytesIO(data)).load()
    except (pickle.UnpicklingError, KeyError, AttributeError, TypeError):
        return None
