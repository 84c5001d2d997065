"""Markdown footnotes (`text[^1]` + `[^1]: note`, or inline `text^[note]`) -> print footnotes.

mdit-py-plugins parses them; instead of its list of notes at the end of the string (a link target per
string: every paragraph would have its own `#fn1`, which collide in a whole report), each note is set
where it is called, as `<span class="footnote">`: the stylesheet floats it to the foot of the page
(`float: footnote`, numbered by the `footnote` counter), in either edition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.footnote import footnote_plugin

_NOTES = "csrpress_footnotes"


def use_footnotes(md: MarkdownIt) -> None:
    """Register the footnote syntax on a content parser."""
    md.use(footnote_plugin)
    md.core.ruler.at("footnote_tail", _collect)  # the notes are kept for their calls, not listed at the end
    md.add_render_rule("footnote_ref", _render_call)


def _collect(state: StateCore) -> None:
    """Take the `[^label]: ...` definitions out of the stream and keep each note's tokens by its id."""
    data = state.env.get("footnotes")
    if not data:
        return
    kept: list[Token] = []
    by_label: dict[str, list[Token]] = {}
    current: list[Token] | None = None
    for tok in state.tokens:
        if tok.type == "footnote_reference_open":
            current = by_label.setdefault(tok.meta["label"], [])
        elif tok.type == "footnote_reference_close":
            current = None
        elif current is not None:
            current.append(tok)
        else:
            kept.append(tok)
    state.tokens = kept
    notes: dict[int, list[Token]] = {}
    for ident, note in data.get("list", {}).items():
        if "tokens" in note:  # an inline note ^[...]
            inline = Token("inline", "", 0)
            inline.children, inline.content = note["tokens"], note["content"]
            notes[ident] = [inline]
        else:
            notes[ident] = by_label.get(note.get("label", ""), [])
    state.env[_NOTES] = notes


def _render_call(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    body = env.get(_NOTES, {}).get(tokens[idx].meta["id"], [])
    html = self.render(body, options, env).strip()
    # A note is one run of text at the foot of the page: its paragraphs are joined by line breaks.
    html = re.sub(r"</p>\s*<p>", "<br />", html)
    html = re.sub(r"^<p>|</p>$", "", html)
    return f'<span class="footnote">{html}</span>'
