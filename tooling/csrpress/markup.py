"""Markdown of a content string -> HTML, with `{m:id}` metric references resolved per edition.

Raw HTML in content is disabled (escaped), so a writer's text can never inject markup or script.

Emphasis next to Chinese: CommonMark's flanking rules let `**` close only when the character outside
it is a space or punctuation if the one inside is punctuation, so `**腾讯 FM：**其实` printed its
asterisks. `_cjk_emphasis` replaces markdown-it's emphasis scanner with the CJK-friendly rules
(the markdown-it-cjk-friendly specification, tats-u): a delimiter next to a CJK character or CJK
punctuation counts as flanking on that side. A dozen lines of our own rather than a dependency: the
Python port of the plugin is young, and English text is parsed exactly as before (the rule changes
nothing unless a CJK character is adjacent).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

# markdown-it is imported when a string is first parsed, not with this module: its ids and patterns are
# read by every check, its parser only for strings that may hold Markdown (a sixth of a check's imports).
if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

METRIC_REF = re.compile(r"\{m:([a-z0-9][a-z0-9_.-]*)(\|bare)?\}")
# Any `![alt](url` in the source, also those markdown-it itself drops (file:, javascript:): a superset on purpose.
IMAGE_REF = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^\s)>]*)")
FIGURE_LINK = re.compile(r"\{=([a-z0-9][a-z0-9_.-]*)\}")  # `677万人次{=metric.id}`: links a typed figure, prints nothing

MetricFormatter = Callable[[str, bool], str]
IMAGE_BASE = "../content/"  # an image `![alt](images/a.png)` is content/images/a.png, seen from build/


def _metric_rule(state: StateInline, silent: bool) -> bool:
    if state.src[state.pos] != "{":
        return False
    link = FIGURE_LINK.match(state.src, state.pos)
    if link:
        state.pos = link.end()  # a validator hint, not text: it prints nothing
        return True
    match = METRIC_REF.match(state.src, state.pos)
    if not match:
        return False
    if not silent:
        token = state.push("metric_ref", "", 0)
        token.meta = {"id": match.group(1), "bare": bool(match.group(2))}
        token.content = match.group(0)
    state.pos = match.end()
    return True


_CJK_RANGES = (
    (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x2FF0, 0x303F), (0x3040, 0x31FF), (0x3200, 0x9FFF),
    (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
)


def is_cjk(ch: str) -> bool:
    """Han, kana, Hangul, CJK symbols and punctuation, full-width forms."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def _scan_delims(state: StateInline, start: int, can_split_word: bool) -> tuple[bool, bool, int]:
    """markdown-it's StateInline.scanDelims with CJK-friendly flanking: (can_open, can_close, length)."""
    from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

    pos, maximum, marker = start, state.posMax, state.src[start]
    last = state.src[start - 1] if start > 0 else " "
    while pos < maximum and state.src[pos] == marker:
        pos += 1
    nxt = state.src[pos] if pos < maximum else " "
    last_punct = isMdAsciiPunct(ord(last)) or isPunctChar(last)
    next_punct = isMdAsciiPunct(ord(nxt)) or isPunctChar(nxt)
    last_space, next_space = isWhiteSpace(ord(last)), isWhiteSpace(ord(nxt))
    cjk = is_cjk(last) or is_cjk(nxt)
    left = not next_space and (not next_punct or last_space or last_punct or cjk)
    right = not last_space and (not last_punct or next_space or next_punct or cjk)
    can_open = left and (can_split_word or not right or last_punct)
    can_close = right and (can_split_word or not left or next_punct)
    return can_open, can_close, pos - start


def _cjk_emphasis(state: StateInline, silent: bool) -> bool:
    """markdown-it's emphasis tokenizer (each marker a text token and a delimiter), with _scan_delims."""
    from markdown_it.rules_inline.state_inline import Delimiter

    marker = state.src[state.pos]
    if silent or marker not in ("_", "*"):
        return False
    can_open, can_close, length = _scan_delims(state, state.pos, marker == "*")
    for _ in range(length):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(Delimiter(marker=ord(marker), length=length, token=len(state.tokens) - 1, end=-1,
                                          open=can_open, close=can_close))
    state.pos += length
    return True


def _render_metric(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    meta = tokens[idx].meta
    fmt: MetricFormatter | None = env.get("metric")
    return fmt(meta["id"], meta["bare"]) if fmt else tokens[idx].content


def _softbreak_zh(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    # A line break inside a Chinese paragraph must not become a space between characters.
    return "" if env.get("lang", "zh").startswith("zh") else "\n"


def image_refusal(url: str) -> str | None:
    """Why an image URL in content may not be fetched, or None for a relative path inside the project."""
    parsed = urlparse(url)
    if parsed.scheme == "data" and url[5:].lower().startswith("image/"):
        return None  # inline data: nothing is fetched
    if parsed.scheme:
        return f"a {parsed.scheme}: URL" + (" (the build makes no network connection)" if parsed.scheme in ("http", "https", "ftp") else "")
    if parsed.netloc or url.startswith(("/", "\\")):
        return "an absolute path or host"
    if ".." in re.split(r"[/\\]", unquote(parsed.path)):
        return "a path that climbs out with ../"
    return None


def image_refs(text: str) -> list[tuple[int, str, str]]:
    """(offset, url, reason) of every Markdown image in `text` that the renderer refuses to fetch."""
    found = []
    for m in IMAGE_REF.finditer(text):
        url = html.unescape(m.group(1))  # as markdown-it decodes it: &#104;ttp: is http:
        reason = image_refusal(url)
        if reason is not None:
            found.append((m.start(), url, reason))
    return found


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    if image_refusal(src) is not None:
        # Never hand a refused URL to the renderer: print the alt text instead (check reports R502).
        from markupsafe import escape

        return f'<span class="image-refused">{escape(token.content)}</span>'
    if not src.lower().startswith("data:"):
        # A relative path is from content/ (where the writer keeps images); the HTML is written to build/.
        token.attrSet("src", IMAGE_BASE + src)
    return str(self.image(tokens, idx, options, env))


YEAR_RANGE = re.compile(r"(?<![\d.\-/])((?:1[89]|20)\d\d)-((?:1[89]|20)?\d\d)(?![\d\-/])")


def en_dash_ranges(text: str) -> str:
    """2015-2016 -> 2015–2016: a range of years takes an en dash in English."""
    def dash(m: re.Match[str]) -> str:
        start, end = m.group(1), m.group(2)
        later = int(end) > int(start) if len(end) == 4 else int(end) > int(start[2:])   # 2016-03 is a month
        return f"{start}\u2013{end}" if later else m.group(0)

    return YEAR_RANGE.sub(dash, text)


def _year_ranges(state: Any) -> None:
    """Core rule of the English parser: en dashes in year ranges, outside links and code."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        depth = 0
        for token in block.children:
            if token.type == "link_open":
                depth += 1
            elif token.type == "link_close":
                depth -= 1
            elif token.type == "text" and not depth:
                token.content = en_dash_ranges(token.content)


LIVE_LINK = re.compile(r"(?i)(?:https?://[^/\\]|mailto:)")


def _dead_links(state: Any) -> None:
    """Core rule: only http(s) and mailto links are live. A relative or //host link would become a file:// URI
    with the build machine's path in the PDF, an smb: link reaches a share: their text prints as text."""
    for block in state.tokens:
        if block.type == "inline" and block.children:
            block.children = _without_dead_links(block.children)
    for note in (state.env.get("footnotes") or {}).get("list", {}).values():
        if note.get("tokens"):  # an inline note ^[...]
            note["tokens"] = _without_dead_links(note["tokens"])


def _without_dead_links(tokens: list[Token]) -> list[Token]:
    kept, dead = [], []  # dead: for each open link, whether it was dropped
    for token in tokens:
        if token.type == "link_open":
            dead.append(not LIVE_LINK.match(str(token.attrGet("href") or "")))
            if dead[-1]:
                continue
        elif token.type == "link_close" and dead and dead.pop():
            continue
        kept.append(token)
    return kept


def make_parser(english: bool = False) -> MarkdownIt:
    """The parser of content strings; `english`: with markdown-it's typographer for curly quotes (only
    smartquotes: its `replacements` would turn an enumeration's (c) into ©) and en dashes in year ranges."""
    from markdown_it import MarkdownIt

    from .footnotes import use_footnotes

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": english})
    md.enable("table")
    md.inline.ruler.at("emphasis", _cjk_emphasis)
    md.inline.ruler.before("emphasis", "metric_ref", _metric_rule)
    md.add_render_rule("metric_ref", _render_metric)
    md.add_render_rule("softbreak", _softbreak_zh)
    md.add_render_rule("image", _render_image)
    use_footnotes(md)  # text[^1] + [^1]: note -> a footnote at the foot of the page (footnotes.py)
    md.core.ruler.before("footnote_tail", "dead_links", _dead_links)  # notes still in the stream
    md.disable("replacements")
    if english:
        md.enable("smartquotes")
        md.core.ruler.after("smartquotes", "year_ranges", _year_ranges)
    else:
        md.disable("smartquotes")
    return md


@cache
def parser(english: bool = False) -> MarkdownIt:
    """The content parser of a language, made once (make_parser makes a new one)."""
    return make_parser(english)


# The characters at which markdown-it's inline parser stops its text rule to try the others (its terminators,
# with a line break as the normalize rule writes it): a string with none of them parses as one text token.
MAY_BE_MARKDOWN = re.compile(r"[\n\r\0!#$%&*+\-:<=>@\[\\\]^_`{}~]")


def to_html(text: str, lang: str, metric: MetricFormatter | None = None, inline: bool = False) -> str:
    env: dict[str, Any] = {"lang": lang, "metric": metric}
    md = parser(lang == "en")
    if inline:
        return md.renderInline(text, env)
    return md.render(text, env)


_TAGS = re.compile(r"<[^>]*>")
# What a reader would see of Markdown that did not parse: a run of * or _ at a word's edge, a backtick.
LEFTOVER = re.compile(r"(?<![*_A-Za-z0-9])(?:\*{1,3}|_{2,3})(?=[^\s*_])|(?<=[^\s*_])(?:\*{1,3}|_{2,3})(?![*_A-Za-z0-9])|`")


def to_plain(text: str, lang: str, metric: MetricFormatter | None = None) -> str:
    """The text a reader sees of an inline Markdown string: for attributes and alternate text."""
    return html.unescape(_TAGS.sub("", to_html(text, lang, metric, inline=True)))


def literal_markers(text: str, lang: str = "zh") -> list[tuple[int, str]]:
    """(offset in the rendered text, marker) of Markdown emphasis or code markers that would print as
    they are: the writer meant emphasis the parser could not see."""
    rendered = html.unescape(_TAGS.sub("", to_html(METRIC_REF.sub("0", text), lang, inline=True)))
    return [(m.start(), m.group(0)) for m in LEFTOVER.finditer(rendered)]


def metric_refs(text: str) -> list[tuple[int, str, bool]]:
    """(offset, id, bare) of every `{m:id}` and `{=id}` link in a content string."""
    refs = [(m.start(), m.group(1), bool(m.group(2))) for m in METRIC_REF.finditer(text)]
    refs += [(m.start(), m.group(1), True) for m in FIGURE_LINK.finditer(text) if m.group(1) != "none"]
    return sorted(refs)
