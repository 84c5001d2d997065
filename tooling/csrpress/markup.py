"""Markdown of a content string -> HTML, with `{m:id}` metric references resolved per edition.

Raw HTML in content is disabled (escaped), so a writer's text can never inject markup or script.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import unquote, urlparse

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from markupsafe import escape

METRIC_REF = re.compile(r"\{m:([a-z0-9][a-z0-9_.-]*)(\|bare)?\}")
# Any `![alt](url` in the source, also those markdown-it itself drops (file:, javascript:): a superset on purpose.
IMAGE_REF = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^\s)>]*)")
FIGURE_LINK = re.compile(r"\{=([a-z0-9][a-z0-9_.-]*)\}")  # `677万人次{=metric.id}`: links a typed figure, prints nothing

MetricFormatter = Callable[[str, bool], str]


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
        return f'<span class="image-refused">{escape(token.content)}</span>'
    return str(self.image(tokens, idx, options, env))


def make_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.inline.ruler.before("emphasis", "metric_ref", _metric_rule)
    md.add_render_rule("metric_ref", _render_metric)
    md.add_render_rule("softbreak", _softbreak_zh)
    md.add_render_rule("image", _render_image)
    return md


_MD = make_parser()


def to_html(text: str, lang: str, metric: MetricFormatter | None = None, inline: bool = False) -> str:
    env: dict[str, Any] = {"lang": lang, "metric": metric}
    if inline:
        return _MD.renderInline(text, env)
    return _MD.render(text, env)


def metric_refs(text: str) -> list[tuple[int, str, bool]]:
    """(offset, id, bare) of every `{m:id}` and `{=id}` link in a content string."""
    refs = [(m.start(), m.group(1), bool(m.group(2))) for m in METRIC_REF.finditer(text)]
    refs += [(m.start(), m.group(1), True) for m in FIGURE_LINK.finditer(text) if m.group(1) != "none"]
    return sorted(refs)
