"""HTML of a Chinese edition -> the same HTML with CJK typography WeasyPrint does not apply by itself.

Adjustments, all only in text outside links, code, metric figures and finding marks:

* half-width parentheses around or next to Chinese become full-width: `乐固(LEGU)` -> `乐固（LEGU）`,
  a pair at a time, so that both marks of a pair always match.
* a space the writer typed (`在 2016 年`, `麦当劳总监 冯莲`, `Tencent Cloud`) becomes the quarter-em
  space below, and a space next to full-width punctuation is dropped. WeasyPrint justifies a line by
  widening its U+0020 and U+00A0 spaces only (not between characters, as Chinese justification
  would), so a Chinese line's whole slack went into the one or two spaces it held: holes of 1-2 em
  (`2016  年`, `Giving  Day`). U+2005 never widens: such a line ends up to 1 em short instead.

* a quarter-em space (U+2005 FOUR-PER-EM SPACE) between a Han/kana character and an adjacent Latin
  letter or digit, the spacing Typst and Vivliostyle add (CSS `text-autospace`, which WeasyPrint
  ignores), except between a digit and a scale word (677万). A character rather than a styled span, because titles also reach attributes and
  <title>, where markup cannot go; WeasyPrint draws U+2005 at exactly 0.25 em, does not stretch
  it when justifying, and its line-break class (BA) keeps it off the start of a line.
* adjacent full-width punctuation (`。”`, `），`, `（「`) would print two half-em blanks side by
  side; one of the pair is set with the font's `halt` feature (class "halt" in style.css).
  Noto CJK has no `chws` feature that would do this automatically. Markup is needed here, so
  this is applied to Markdown prose only.

* a paragraph's last two characters are tied with U+2060 WORD JOINER, so that its last line never
  holds one character alone (单字成行, preflight's R513). The line breaker (UAX #14) cannot break at a
  word joiner, so the line before gives up one character and the last line holds two; the line
  that gave it is justified a little wider, a fortieth of its width. WeasyPrint has no
  `text-wrap: pretty` that would rebalance the last lines. Applied to the whole document as it goes
  to the layout (`tie_document`), not to the HTML file, whose text stays searchable; never inside a
  link or figure, and not in footnotes, whose text floats away from the paragraph that calls them,
  nor in the head or a chart's labels.

Line-start and line-end prohibitions (kinsoku) are already kept by the line breaker (UAX #14);
the inserted space breaks only after itself, and the halt spans add no break opportunity.
"""

from __future__ import annotations

import re
import unicodedata

QUARTER_EM = "\u2005"
WORD_JOINER = "\u2060"

_CJK = re.compile(
    "[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0003134f]"
)
_LATIN = re.compile("[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff]")
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"'，。；、（）【】「」“”]+|www\.[^\s<>\"'，。；、（）【】「」“”]+")
_VOID = frozenset({"br", "img", "input", "hr", "wbr", "meta", "link", "col", "area", "source"})
_PROTECTED = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "mark"})
#: Scale words are part of a number: "677万" stays tight, like the figures printed from metrics.
_SCALE = frozenset("十百千万亿兆")

#: Full-width punctuation whose blank half is on the right (or, in GB fonts, around the mark).
CLOSING = frozenset("，。、；：？！）」』】》〉〕〗〙”’")
#: Full-width punctuation whose blank half is on the left.
OPENING = frozenset("（「『【《〈〔〖〘“‘")


def _kind(ch: str) -> str:
    if _CJK.match(ch):
        return "cjk"
    if _LATIN.match(ch):
        return "latin"
    return ""


def _is_protected_tag(tag: str, name: str) -> bool:
    # A metric figure is printed as formatted; a draft's finding note is csrpress's own (English) message.
    return name in _PROTECTED or (name == "span" and re.search(r"class=\"[^\"]*\b(?:metric|finding-note)\b", tag) is not None)


def _halt_positions(text: str) -> set[int]:
    """Indices of the marks to set half-width, so that each pair of full-width marks keeps one blank."""
    marks = CLOSING | OPENING
    halt: set[int] = set()
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a not in marks or b not in marks:
            continue
        if a in CLOSING:
            halt.add(i)
        elif b in OPENING:
            halt.add(i + 1)
    return halt


def _space_text(text: str, prev: str) -> tuple[str, str]:
    """Insert U+2005 at CJK/Latin boundaries of one text run; `prev` is the last visible character before it."""
    out: list[str] = []
    pos = 0
    for match in _URL.finditer(text):
        plain, prev = _space_plain(text[pos:match.start()], prev)
        out.append(plain)
        url = match.group(0)
        if _boundary(prev, url[0]):
            out.append(QUARTER_EM)
        out.append(url)  # nothing is ever inserted inside a URL
        prev = url[-1]
        pos = match.end()
    plain, prev = _space_plain(text[pos:], prev)
    out.append(plain)
    return "".join(out), prev


def _boundary(prev: str, ch: str) -> bool:
    if prev.isdigit() and ch in _SCALE:
        return False
    return {_kind(prev), _kind(ch)} == {"cjk", "latin"}


def _space_plain(text: str, prev: str) -> tuple[str, str]:
    out: list[str] = []
    for ch in text:
        if _boundary(prev, ch):
            out.append(QUARTER_EM)
        out.append(ch)
        prev = ch
    return "".join(out), prev


def _halt(text: str) -> str:
    positions = _halt_positions(text)
    if not positions:
        return text
    return "".join(f'<span class="halt">{ch}</span>' if i in positions else ch for i, ch in enumerate(text))


_PAREN_CONTEXT = frozenset(CLOSING | OPENING | set("—…·"))


def _chinese(ch: str) -> bool:
    return bool(ch) and (_CJK.match(ch) is not None or ch in _PAREN_CONTEXT)


def _normalise(html: str) -> str:
    """Full-width parentheses and non-stretching spaces next to Chinese (see the module's docstring)."""
    parts = _TAG.split(html)
    editable: list[bool] = []     # per part: text that may change
    stack: list[tuple[str, bool]] = []
    stream: list[tuple[int, int]] = []   # visible characters: (part, index); (-1, -1) at a block boundary
    for n, part in enumerate(parts):
        if part.startswith("<"):
            editable.append(False)
            match = _TAG_NAME.match(part)
            if match:
                closing, name = match.group(1) == "/", match.group(2).lower()
                if closing:
                    while stack:
                        if stack.pop()[0] == name:
                            break
                elif name not in _VOID and not part.endswith("/>"):
                    stack.append((name, _is_protected_tag(part, name)))
                if name in ("p", "li", "div", "td", "th", "br", "h1", "h2", "h3", "h4", "blockquote", "figcaption"):
                    stream.append((-1, -1))
            continue
        editable.append(not any(p for _, p in stack))
        stream.extend((n, i) for i in range(len(part)))
    chars = [parts[n][i] if n >= 0 else "\n" for n, i in stream]
    changes: dict[tuple[int, int], str] = {}
    # Parentheses, paired in each block.
    opened: list[int] = []
    for k, ch in enumerate(chars):
        if ch == "\n":
            opened.clear()
        elif ch == "(":
            opened.append(k)
        elif ch == ")" and opened:
            start = opened.pop()
            before = chars[start - 1] if start else ""
            after = chars[k + 1] if k + 1 < len(chars) else ""
            inside = chars[start + 1:k]
            if (_chinese(before) or _chinese(after) or any(_CJK.match(c) for c in inside)) \
                    and editable[stream[start][0]] and editable[stream[k][0]]:
                changes[stream[start]] = "（"
                changes[stream[k]] = "）"
    # Spaces: a run of U+0020 becomes one U+2005; none next to full-width punctuation.
    k = 0
    while k < len(chars):
        if chars[k] != " ":
            k += 1
            continue
        end = k
        while end < len(chars) and chars[end] == " ":
            end += 1
        before = chars[k - 1] if k else "\n"
        after = chars[end] if end < len(chars) else "\n"
        if "\n" not in (before, after) and all(editable[stream[j][0]] for j in range(k, end)):
            full_width = CLOSING | OPENING
            if before in full_width or after in full_width or changes.get(stream[k - 1]) or changes.get(stream[end]):
                for j in range(k, end):
                    changes[stream[j]] = ""
            else:
                changes[stream[k]] = QUARTER_EM
                for j in range(k + 1, end):
                    changes[stream[j]] = ""
        k = end
    if not changes:
        return html
    by_part: dict[int, dict[int, str]] = {}
    for (n, i), new in changes.items():
        by_part.setdefault(n, {})[i] = new
    for n, edits in by_part.items():
        parts[n] = "".join(edits.get(i, ch) for i, ch in enumerate(parts[n]))
    return "".join(parts)


#: Elements whose end is the end of a line of prose: the last two characters before it are tied.
_BLOCK_ENDS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "figcaption", "blockquote", "dd", "dt"})
_OUT_OF_FLOW = re.compile(r"class=\"[^\"]*\b(?:footnote|finding-note)\b")
#: Elements whose text is not prose on the page: the document head, and drawings (chart labels).
_NOT_PROSE = frozenset({"head", "title", "style", "script", "svg"})
_ZH_DOCUMENT = re.compile(r'<html[^>]*\blang="zh')


def _countable(ch: str) -> bool:
    """A character preflight counts on a line: not a space, punctuation, symbol or format character."""
    return not ch.isspace() and not unicodedata.category(ch).startswith(("P", "Z", "S", "C"))


def tie_last_characters(html: str) -> str:
    """A word joiner before the last character of each block of prose when it is Chinese (see the module's
    docstring): the block's last line then holds at least two characters."""
    parts = _TAG.split(html)
    stack: list[tuple[str, bool, bool]] = []   # open elements: (name, protected, out of flow)
    last: list[tuple[int, int, bool]] = []     # the block's countable characters so far: (part, index, editable)
    ties: dict[int, set[int]] = {}

    def close_block() -> None:
        if len(last) >= 2:
            n, i, editable = last[-1]
            ch = parts[n][i]
            before = parts[n][i - 1] if i else ""
            if editable and _CJK.match(ch) and before != WORD_JOINER:
                ties.setdefault(n, set()).add(i)
        last.clear()

    for n, part in enumerate(parts):
        if not part:
            continue
        if part.startswith("<"):
            match = _TAG_NAME.match(part)
            if not match:
                continue
            closing, name = match.group(1) == "/", match.group(2).lower()
            if closing:
                while stack:
                    if stack.pop()[0] == name:
                        break
                if name in _BLOCK_ENDS and not any(away for *_, away in stack):
                    close_block()
            elif name not in _VOID and not part.endswith("/>"):
                if name in _BLOCK_ENDS and not any(away for *_, away in stack):
                    last.clear()   # a block opening: what came before it is another block's
                away = name in _NOT_PROSE or _OUT_OF_FLOW.search(part) is not None
                stack.append((name, _is_protected_tag(part, name), away))
            continue
        if any(away for *_, away in stack):
            continue
        editable = not any(protected for _, protected, _ in stack)
        tail: list[tuple[int, int, bool]] = []   # only a block's last two characters matter: read from the end
        for i in range(len(part) - 1, -1, -1):
            if _countable(part[i]):
                tail.append((n, i, editable))
                if len(tail) == 2:
                    break
        last.extend(reversed(tail))
        del last[:-2]
    close_block()   # an inline fragment (a heading's or caption's text) ends its own block
    for n, positions in ties.items():
        parts[n] = "".join(WORD_JOINER + ch if i in positions else ch for i, ch in enumerate(parts[n]))
    return "".join(parts)


_NOTE_OPEN = re.compile(r'<span class="(?:footnote|finding-note)\b')


def tie_document(html: str) -> str:
    """A Chinese edition's whole HTML with each block's last two characters tied, as it goes to the layout
    (pdf.lay_out): the HTML file csrpress writes keeps the text as written, so that it can be searched."""
    return tie_last_characters(html) if _ZH_DOCUMENT.search(html, 0, 4000) else html


def typeset(html: str, *, halt: bool = False) -> str:
    """Apply the Chinese pre-pass to an HTML fragment (escaped text or Markdown output).

    `halt` wraps paired punctuation in spans: only for fragments printed as element content.
    A boundary between text and a protected element (a metric figure, a link) is spaced outside it.
    """
    html = _normalise(html)
    parts = _TAG.split(html)
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: (name, protected)
    prev = ""
    open_at: int | None = None  # where the outermost protected element starts in `out`
    for part in parts:
        if not part:
            continue
        if part.startswith("<"):
            match = _TAG_NAME.match(part)
            if match:
                closing, name = match.group(1) == "/", match.group(2).lower()
                if closing:
                    while stack:
                        if stack.pop()[0] == name:
                            break
                elif name not in _VOID and not part.endswith("/>"):
                    protected = _is_protected_tag(part, name)
                    if protected and not any(p for _, p in stack):
                        open_at = len(out)
                    stack.append((name, protected))
                if name in ("p", "li", "div", "td", "th", "br", "h1", "h2", "h3", "h4", "blockquote") or _NOTE_OPEN.match(part):
                    prev = ""  # no spacing across block boundaries or line breaks, nor at a footnote's start (it floats to the page foot)
            out.append(part)
            continue
        if any(p for _, p in stack):
            # Inside a figure or a link: never change the text, but space it from what precedes.
            first = part.lstrip()[:1]
            if open_at is not None and first and part[:1] == first and _boundary(prev, first):
                out.insert(open_at, QUARTER_EM)
            open_at = None
            prev = part[-1]
            out.append(part)
            continue
        spaced, prev = _space_text(part, prev)
        out.append(_halt(spaced) if halt else spaced)
    return "".join(out)


def untie_bookmarks(document: object) -> None:
    """The word joiners taken out of a laid-out document's bookmark labels, which WeasyPrint reads from the
    headings' text: a reader's outline panel may draw U+2060 as a box. Call before writing the PDF."""
    for page in getattr(document, "pages", ()):
        page.bookmarks[:] = [(level, label.replace(WORD_JOINER, "") if isinstance(label, str) else label, *rest)
                             for level, label, *rest in page.bookmarks]
