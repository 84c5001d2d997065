"""Preflight: the laid-out pages (a WeasyPrint Document, before it is written) read back for what a
print reviewer marks on a proof, as findings with page numbers.

One walk over each page's boxes, no second layout. What is reported (codes in codes.py):

* R510 near-empty page: less than a quarter of the text area used, on a page that neither ends a
  chapter (an <article>: the next page starts one, or is the blank verso before one) nor ends the
  document.
* R511 heading at the page foot: a heading (or a table or chart caption) followed on its page by
  fewer than two lines, while the text goes on overleaf.
* R512 box broken with too few lines: a case box split over pages with fewer than three lines (its
  title not counted) on its first page, or fewer than two on a later one.
* R515 table overflow: a table wider than the text column runs into the margin.
* R514 Markdown printed as it is: emphasis or code markers (`**`, `*`, `__`, a backtick) in the text
  of a page, which the writer meant as formatting.
* R513 one character on the last line: a Chinese paragraph or heading whose last line holds a single
  character (punctuation not counted), in the zh editions.

Pages are numbered as printed (1 = the cover).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import pictures
from .diagnostics import Diagnostic, Severity
from .markup import LEFTOVER

CODES = frozenset({"R510", "R511", "R512", "R513", "R514", "R515", "R507"})
NEAR_EMPTY = 0.25          # share of the text area's height below which a page reads as near-empty
LINES_AFTER_HEADING = 2
CASE_FIRST_LINES = 3
CASE_LATER_LINES = 2

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_CLASSES = frozenset({"subheading", "case-title", "table-caption", "chart-title", "section-label"})
_SKIP_PAGES = frozenset({"cover", "opener", "back-cover", "highlights"})   # designed pages, full or empty by design


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    heading: object | None      # the heading element the line belongs to, if any
    paragraph: object | None    # the innermost p / heading element
    case: object | None         # the case box element around it, if any
    case_title: bool


@dataclass(slots=True)
class _Page:
    number: int
    name: str
    blank: bool
    fill: float
    lines: list[_Line] = field(default_factory=list)
    # Bottom edge of each line, picture or decorated block, in document order, and the index in it of each line.
    edges: list[float] = field(default_factory=list)
    line_at: list[int] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)    # ids of elements whose first box is on this page
    chapters: list[object] = field(default_factory=list)   # chapter elements starting here
    section: str = ""


def _classes(element: object) -> frozenset[str]:
    return frozenset((element.get("class") or "").split()) if element is not None else frozenset()


def _tag(element: object) -> str:
    return str(element.tag).rpartition("}")[2]


def _is_heading(element: object) -> bool:
    return _tag(element) in _HEADING_TAGS or bool(_classes(element) & _HEADING_CLASSES)


def _decorated(box: object) -> bool:
    style = box.style
    if style["background_color"].alpha or any(image for image in style["background_image"] if image[0] != "none"):
        return True
    return any(style[f"border_{side}_width"] for side in ("top", "right", "bottom", "left"))


def _read_page(number: int, page: object, seen: set[int]) -> _Page:
    from weasyprint.formatting_structure import boxes

    page_box = page._page_box
    page_type = page_box.page_type
    top, height = page_box.content_box_y(), page_box.height
    info = _Page(number, page_type.name or "", page_type.blank, 0.0)
    bottom = top
    root = page_box.children[0] if page_box.children else None

    def walk(box: object, heading: object | None, para: object | None, case: object | None, title: bool) -> Iterator[None]:
        nonlocal bottom
        element = getattr(box, "element", None)
        if element is not None:
            key = id(element)
            if key not in seen:
                seen.add(key)
                info.starts.add(key)
                classes = _classes(element)
                if _tag(element) == "article":
                    info.chapters.append(element)
                if element.get("data-section") and not info.section:
                    info.section = element.get("data-section")
            classes = _classes(element)
            if _tag(element) == "p" or _is_heading(element):
                para = element
            if _is_heading(element):
                heading = element
            if "case" in classes and _tag(element) == "aside":
                case = element
            if "case-title" in classes:
                title = True
        if getattr(box, "style", None) is not None and box.style["position"] in ("absolute", "fixed"):
            return
        if isinstance(box, boxes.LineBox):
            text = "".join(t.text for t in box.descendants() if isinstance(t, boxes.TextBox))
            info.lines.append(_Line(text, box.position_y, box.position_y + box.height, heading, para, case, title))
            bottom = max(bottom, box.position_y + box.height)
            info.line_at.append(len(info.edges))
            info.edges.append(box.position_y + box.height)
            return
        if isinstance(box, boxes.ReplacedBox) or (isinstance(box, boxes.BlockBox) and box is not root and _decorated(box)):
            bottom = max(bottom, box.position_y + box.margin_height() - box.margin_bottom)
            info.edges.append(box.position_y + box.margin_height() - box.margin_bottom)
        for child in getattr(box, "children", ()):
            if isinstance(child, boxes.FootnoteAreaBox):
                continue
            yield from walk(child, heading, para, case, title)

    if root is not None:
        for _ in walk(root, None, None, None, False):
            pass
    info.fill = (bottom - top) / height if height else 1.0
    return info


def _han_count(text: str) -> tuple[int, bool]:
    """Characters that are not punctuation or space, and whether any is CJK."""
    kept = [ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith(("P", "Z", "S", "C"))]
    return len(kept), any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in kept)


def inspect(document: object, lang: str) -> tuple[Diagnostic, ...]:
    """Layout findings of a laid-out document (its pages are only read)."""
    seen: set[int] = set()
    pages = [_read_page(i + 1, page, seen) for i, page in enumerate(document.pages)]
    found: list[Diagnostic] = []

    def add(code: str, page: _Page, message: str, hint: str) -> None:
        where = f" ({page.section})" if page.section else ""
        severity = Severity.INFO if code == "R513" else Severity.WARNING   # copy-fitting, the writer's call
        found.append(Diagnostic(code, severity, f"{lang} p. {page.number}{where}: {message}", hint=hint))

    def chapter_end(index: int) -> bool:
        """Page `index` is the last of a chapter: the next (after a blank verso) starts one, or none follows."""
        for after in pages[index + 1:]:
            if after.blank:
                continue
            return bool(after.chapters) or after.name in _SKIP_PAGES
        return True

    # The last page each paragraph / case box has lines on, and how many lines each has in all.
    last_page: dict[int, int] = {}
    total_lines: dict[int, int] = {}
    for page in pages:
        for line in page.lines:
            for element in (line.paragraph, line.case):
                if element is not None:
                    last_page[id(element)] = page.number
            if line.paragraph is not None:
                total_lines[id(line.paragraph)] = total_lines.get(id(line.paragraph), 0) + 1

    case_pages: dict[int, list[tuple[_Page, int]]] = {}
    case_title: dict[int, str] = {}
    for index, page in enumerate(pages):
        if page.blank or page.name in _SKIP_PAGES:
            continue
        end = chapter_end(index)
        if page.fill < NEAR_EMPTY and not end:
            add("R510", page, f"near-empty page: {page.fill:.0%} of the text area used, and the chapter goes on overleaf",
                "keep-together rules or a forced break leave the rest of the page empty: see the elements around the break")
        # Headings with too few lines after them on this page.
        lines = page.lines
        for i, line in enumerate(lines):
            if line.heading is None or (i + 1 < len(lines) and lines[i + 1].heading is line.heading):
                continue
            after = [other for other in lines[i + 1:] if other.heading is None]
            # Fewer lines are fine when they make a whole paragraph (a one-line paragraph, then the break),
            # or when a picture or table below takes the room of two lines.
            whole = bool(after) and all(last_page.get(id(other.paragraph)) == page.number for other in after)
            below = max(page.edges[page.line_at[i] + 1:], default=line.bottom)   # content after the heading only
            room = below - line.bottom >= LINES_AFTER_HEADING * 0.9 * (line.bottom - line.top)
            if len(after) < LINES_AFTER_HEADING and not whole and not room and not end:
                text = "".join(other.text for other in lines if other.heading is line.heading).strip()
                add("R511", page, f"heading “{text[:40]}” at the page foot with {len(after)} line(s) after it",
                    "give the heading break-after: avoid and the text after it orphans: 2")
        for line in lines:
            leftover = LEFTOVER.search(line.text)
            if leftover:
                at = leftover.start()
                add("R514", page, f"Markdown printed as it is: “{line.text[max(0, at - 12):at + 16].strip()}”",
                    "emphasis needs its markers at word edges: write **text** with no space inside the markers")
        # Case boxes: lines per page.
        counts: dict[int, int] = {}
        for line in lines:
            if line.case is not None:
                counts.setdefault(id(line.case), 0)
                if not line.case_title:
                    counts[id(line.case)] += 1
                else:
                    case_title.setdefault(id(line.case), line.text.strip())
        for key, count in counts.items():
            case_pages.setdefault(key, []).append((page, count))
        # One character on the last line of a Chinese paragraph.
        if lang.startswith("zh"):
            for i, line in enumerate(lines):
                para = line.paragraph
                if para is None or last_page.get(id(para)) != page.number or total_lines.get(id(para), 0) < 2:
                    continue
                if i + 1 < len(lines) and lines[i + 1].paragraph is para:
                    continue
                count, han = _han_count(line.text)
                if count == 1 and han:
                    add("R513", page, f"the last line of “{(lines[i - 1].text if i else '').strip()[-12:]}…” holds one character: “{line.text.strip()}”",
                        "rewrite a few characters of the paragraph, or let the line breaker pull one back")
    for key, fragments in case_pages.items():
        if len(fragments) < 2:
            continue
        for n, (page, count) in enumerate(fragments):
            need = CASE_FIRST_LINES if n == 0 else CASE_LATER_LINES
            if count < need:
                add("R512", page, f"case box “{case_title.get(key, '')[:30]}” broken with {count} line(s) on this page",
                    "the box may break only between paragraphs, with its title and three lines together")
    found.extend(pictures.resolution_findings(document, lang))   # R507: pictures printed below 300 dpi
    found.extend(table_overflows(document, lang))
    return tuple(found)


MM_PER_PX = 25.4 / 96  # WeasyPrint lays out in CSS pixels
OVERFLOW_MM = 1.0  # less is rounding, not a table a reader sees cut by the margin


def table_overflows(document: object, lang: str) -> Iterator[Diagnostic]:
    """R515: a table wider than the text column (a long unbreakable cell: a URL, a number with no spaces)
    runs into the margin or off the trimmed page; once per table and page."""
    from weasyprint.formatting_structure import boxes

    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box
        right = page_box.content_box_x() + page_box.width
        for box in page_box.descendants():
            if not isinstance(box, boxes.TableBox):
                continue
            over = (box.position_x + box.margin_width() - right) * MM_PER_PX
            if over > OVERFLOW_MM:
                caption = ""
                wrapper = getattr(box, "element", None)
                if wrapper is not None:
                    caption = " ".join(wrapper.itertext()).strip()[:30]
                yield Diagnostic("R515", Severity.WARNING,
                                 f"{lang} p. {number}: a table (“{caption}”) runs {over:.0f} mm past the text column",
                                 hint="a cell holds text that cannot wrap (a long URL or code): shorten it, allow a break, or narrow the table's columns")


def page_fill(document: object) -> list[tuple[int, str, bool, float]]:
    """(page, page name, blank, share of the text area used) of every page: for measuring."""
    seen: set[int] = set()
    return [(p.number, p.name, p.blank, p.fill) for p in (_read_page(i + 1, page, seen) for i, page in enumerate(document.pages))]
