"""Page references such as the ESG index's "(p. 46)" and the contents' page numbers, filled in after layout.

With `target-counter()` WeasyPrint lays out every page holding a reference at least twice (the
target's page is unknown the first time) and then every page after it whose content moved: on the
sample's English edition that is 40 extra page layouts out of 164, a quarter of its layout time.
Instead the layout sees a three-digit placeholder, and once the pages exist each placeholder's text is
replaced by the target's page number: one layout pass. The placeholder is kept only where that is
safe: a reference's text must end the last line of its block, set flush left (nothing moves and no
justified edge shows when it changes width), and a wider number must still fit the line; otherwise
`resolve()` says so and the caller lays out the normal way. A number after a `leader()` (the table
of contents) keeps its right edge, and the leader gets the dots that WeasyPrint would have set in
the room the narrower number leaves.

Filling in after layout also lets a document laid out in pieces (split.py) point across them: the
pieces' pages are put together first, then every reference is filled in.

The HTML written to build/ keeps `target-counter()` so that it prints right on its own; this only
changes how csrpress lays it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import tinycss2

PLACEHOLDER = "000"   # as wide as any page number below 1000: a real number only ever narrows it
_TARGET = re.compile(r"target-counter\(\s*attr\(\s*href\s*\)\s*,\s*page\s*\)")
_OTHER_FUNCTION = re.compile(r"\b(?:counter|counters|target-counter|target-counters|target-text|leader|attr|content|string|element)\(")
_LEADER = re.compile(r"leader\(\s*(?:\"[^\"]*\"|'[^']*'|dotted|solid|space)\s*\)")
_PAGE_COUNTER = re.compile(r"counter-(?:reset|increment|set)\s*:[^;}]*\bpage\b")
_LINK = re.compile(r"<link\b[^>]*\brel=[\"']?stylesheet[^>]*>", re.I)
_HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.I)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)


@dataclass(frozen=True, slots=True)
class Deferred:
    css: str  # override rules: the same selectors with the placeholder in place of target-counter()
    texts: frozenset[str]  # what a deferred reference's pseudo-element prints before it is resolved
    covered: int = 0  # target-counter() calls the override replaces


def stylesheets(html: str, base: Path, roots: tuple[Path, ...]) -> str:
    """The CSS the document uses: linked stylesheets inside `roots` (the project), then <style> blocks."""
    found = []
    allowed = tuple(root.resolve() for root in roots)
    for link in _LINK.findall(html):
        href = _HREF.search(link)
        if href is None or urlparse(href.group(1)).scheme not in ("", "file"):
            continue
        path = (base / unquote(urlparse(href.group(1)).path)).resolve()
        if not any(path == root or root in path.parents for root in allowed):
            continue   # the layout refuses it too (R502); nothing outside the project is read
        try:
            found.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    return "\n".join(found + _STYLE.findall(html))


def deferred(css: str) -> Deferred | None:
    """The override stylesheet, or None when nothing can be deferred (or page numbers are not page indexes)."""
    if _PAGE_COUNTER.search(css):
        return None   # the printed page number is no longer the page's position in the file
    rules, texts, covered = [], set(), 0
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue   # @media, @page...: left to target-counter()
        for decl in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True):
            if decl.type != "declaration" or decl.lower_name != "content" or decl.important:
                continue
            value = tinycss2.serialize(decl.value)
            parts = [t for t in decl.value if t.type not in ("whitespace", "comment")]
            leader = parts[0] if parts and parts[0].type == "function" and _LEADER.fullmatch(tinycss2.serialize([parts[0]])) else None
            if leader is not None:
                parts = parts[1:]   # the contents' "leader('.') target-counter()": the number after the dots
                value = tinycss2.serialize(parts)
            if not _TARGET.search(value) or _OTHER_FUNCTION.search(_TARGET.sub("", value)):
                continue
            if not all((t.type == "string" and PLACEHOLDER not in t.value)
                       or (t.type == "function" and _TARGET.fullmatch(tinycss2.serialize([t]))) for t in parts):
                continue   # other content, or a string that would be mistaken for the placeholder
            printed = "".join(t.value if t.type == "string" else PLACEHOLDER for t in parts)
            strings = " ".join(tinycss2.serialize([t]) if t.type == "string" else f'"{PLACEHOLDER}"' for t in parts)
            if leader is not None:
                strings = f"{tinycss2.serialize([leader])} {strings}"
            rules.append(f"{tinycss2.serialize(rule.prelude).strip()} {{ content: {strings} !important; }}")
            texts.add(printed)
            covered += sum(1 for t in parts if t.type == "function")
    if not rules:
        return None
    return Deferred("\n".join(rules), frozenset(texts), covered)


def resolve(document: object, texts: frozenset[str]) -> bool:
    """Write each target's page number into the laid-out references; False if one can't be (lay out again)."""
    try:
        return _resolve(document, texts)
    except (AttributeError, TypeError):
        return False   # WeasyPrint's boxes changed shape (another version): the normal layout still works


def _resolve(document: object, texts: frozenset[str]) -> bool:
    from weasyprint.formatting_structure import boxes
    from weasyprint.text.line_break import Layout, line_size

    page_of = {name: index + 1 for index, page in enumerate(document.pages) for name in page.anchors}
    stripped = {text.strip(" ") for text in texts}   # a line that starts with the reference drops its space
    edits = []
    for page in document.pages:
        for line, block in _lines(page._page_box, boxes):
            leaves = _leaves(line, boxes)
            for box, parent in leaves:
                if not (box.element_tag or "").endswith(("::after", "::before")) or box.text.strip(" ") not in stripped:
                    continue
                href = box.element.get("href", "") if box.element is not None else ""
                number = page_of.get(unquote(href[1:])) if href.startswith("#") else None
                leader = _leader_before(box, parent)
                if leader is not None:
                    if number is None or box is not leaves[-1][0] or line.style["direction"] != "ltr":
                        return False
                elif number is None or not _ends_ragged_line(box, [b for b, _ in leaves], line, block):
                    return False   # no such anchor, or a changed width would show (text after it, aligned line)
                edits.append((box, box.text.replace(PLACEHOLDER, str(number)), block.content_box_x() + block.width, leader, line))
    for box, text, right_edge, leader, line in edits:
        layout = Layout(box.style, box.justification_spacing, box.pango_layout.max_width)   # as drawn (ellipsis)
        layout.set_text(text)
        first_line, _ = layout.get_first_line()
        width, _ = line_size(first_line, box.style)
        if leader is not None:
            narrower = box.width - width
            if narrower < -0.01:
                return False
            box.position_x += narrower   # the number keeps its right edge
            _refill_leader(leader, line, narrower)
        elif box.position_x + width > right_edge + 0.01:
            return False
        box.text, box.pango_layout, box.width = text, layout, width
    return True


def _leader_before(box: object, parent: object) -> object | None:
    children = list(getattr(parent, "children", ()))
    index = next((i for i, child in enumerate(children) if child is box), 0)
    before = children[index - 1] if index > 0 else None
    return before if getattr(before, "is_leader", False) else None


def _refill_leader(leader: object, line: object, extra: float) -> None:
    """Widen the leader by `extra` and set its dots as WeasyPrint's handle_leader() places them: one
    pattern width apart, counted back from the line's right edge, none outside the leader box."""
    leader.width += extra
    if not leader.children:
        return   # no room for a single pattern before: nothing to extend
    pattern = leader.children[0]
    dots = []
    position_x = line.position_x + line.width
    for _ in range(int(line.width // pattern.width)):
        position_x -= pattern.width
        if position_x < leader.position_x or position_x + pattern.width > leader.position_x + leader.width:
            continue
        dot = pattern.copy()
        dot.position_x = position_x
        dots.append(dot)
    leader.children = tuple(dots)


def _ends_ragged_line(box: object, leaves: list[object], line: object, block: object) -> bool:
    """The reference is the last text of its block's last line, set flush left: its width can change unseen."""
    style = block.style
    return (box is leaves[-1] and line is block.children[-1] and style["direction"] == "ltr"
            and style["text_align_all"] in ("left", "start", "justify")
            and style["text_align_last"] in ("auto", "left", "start"))


def _lines(root: object, boxes: object) -> list[tuple[object, object]]:
    """Every line box with the block it is laid out in (a line box is only as wide as its text)."""
    return _under(root, boxes.LineBox)


def _leaves(line: object, boxes: object) -> list[tuple[object, object]]:
    """The line's text boxes in order, each with the box that holds it (a leader's dots left out)."""
    return _under(line, boxes.TextBox)


def _under(root: object, kind: type) -> list[tuple[object, object]]:
    """The boxes of `kind` under `root` in document order, each with its parent; not inside them, nor
    inside a leader."""
    found = []
    stack = [(root, None)]
    while stack:
        box, parent = stack.pop()
        if isinstance(box, kind):
            found.append((box, parent))
        elif not getattr(box, "is_leader", False):
            stack.extend((child, box) for child in reversed(getattr(box, "children", ())))
    return found
