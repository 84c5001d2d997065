"""Markdown footnotes (`text[^1]` + `[^1]: note`, or inline `text^[note]`) -> print footnotes.

mdit-py-plugins parses them; instead of its list of notes at the end of the string (a link target per
string: every paragraph would have its own `#fn1`, which collide in a whole report), each note is set
where it is called, as `<span class="footnote">`: the stylesheet floats it to the foot of the page
(`float: footnote`), in either edition.

Notes are numbered per chapter: `number_per_chapter()` writes each note's number into the rendered
report as `data-fn`, and the stylesheet prints it (`content: attr(data-fn)` on ::footnote-call and
::footnote-marker). A CSS counter reset per chapter would do the same in one layout, but the chapter
by chapter (cache.py) and two-worker (split.py) layouts lay chapters out as separate documents and
refuse any counter-reset; a number written into the HTML is the same in every way of laying it out.
WeasyPrint 70 cannot reset the footnote counter per page (formatting_structure/build.py: "TODO:
define the note counters where it can be updated by page").
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
_CHAPTER = re.compile(r"(?=<article\b)")   # the report template's chapters (the unit cache.py and split.py lay out)
_NOTE = re.compile(r'<span class="footnote">')


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


def number_per_chapter(html: str) -> str:
    """The rendered report with each footnote's number within its chapter as `data-fn` (1, 2, ... from
    each <article>); content is escaped, so the only `<span class="footnote">` are the notes."""
    pieces = _CHAPTER.split(html)
    for index, piece in enumerate(pieces):
        numbers = iter(range(1, piece.count('<span class="footnote">') + 1))
        pieces[index] = _NOTE.sub(lambda _m: f'<span class="footnote" data-fn="{next(numbers)}">', piece)
    return "".join(pieces)
