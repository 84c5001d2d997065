"""What a writer leaves behind: Markdown that would print as typed (S109)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import cache

from .. import markup
from ..diagnostics import Diagnostic, Location, Severity
from ..model import Report
from ..walk import plain_cells, texts
from ..yamlsrc import quote

# Markdown (or HTML) that the content parser leaves as text: a footnote call without its note, a note's
# definition, strikethrough (not part of the format), an HTML tag (raw HTML is escaped, so it prints).
_RAW = (
    (re.compile(r"\[\^[^\]\s]+\]:?"), "a footnote without its note (`[^1]` needs a line `[^1]: the note`)",
     "add the note as its own paragraph of the same text: [^1]: ..."),
    (re.compile(r"~~(?=\S)"), "strikethrough `~~` is not part of the format", "remove the ~~ (delete the words instead)"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), "an HTML tag prints as typed (HTML is not read in content)",
     "use Markdown: **bold**, *italic*, a blank line for a paragraph"),
)
_TAGS = re.compile(r"<[^>]*>")
_SUSPECT = ("[^", "~~", "<")
_DEFINITION = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:", re.M)


_HEADINGS = ("title", "toc_title")
_NOTE_IN_HEADING = re.compile(r"\^\[|\[\^[^\]\s]+\]")


@cache
def _md():
    return markup.make_parser()


def _as_block(path: tuple[str | int, ...]) -> bool:
    """Whether the templates print this string as paragraphs (e.md: text blocks, quotes, a chapter's intro,
    an ESG answer, a form's intro); every other string (titles, captions, cells, labels) is printed inline
    (e.inline), where a note's `[^1]: ...` line cannot be read."""
    key = path[-1] if path else None
    parent = path[-2] if len(path) > 1 else None
    return ((key == "text" and (parent == "quote" or len(path) > 2 and path[-3] == "blocks"))
            or key in ("answer", "reason", "return_to") or (key == "intro" and (len(path) == 1 or parent == "feedback_form")))


def _is_heading(path: tuple[str | int, ...]) -> bool:
    """A chapter's or a section's title: printed again in the contents, the bookmarks and the running head."""
    return bool(path) and path[-1] in _HEADINGS and (len(path) == 1 or len(path) > 2 and path[-3] == "sections")


def raw_markdown(report: Report) -> Iterator[Diagnostic]:
    """S109: Markdown that would print as typed, found by rendering the string the way it is printed
    (only strings that may hold some); and Markdown in a cell written as a plain string, which is not read."""
    for use in texts(report):
        block = _as_block(use.origin.path)
        heading = _is_heading(use.origin.path)
        for lang in ("zh", "en"):
            scalar = getattr(use.text, lang)
            if not scalar or not any(s in scalar for s in _SUSPECT + ("^[",)):
                continue
            where = use.origin.child(lang)
            if heading and (note := _NOTE_IN_HEADING.search(scalar)):
                yield Diagnostic("S109", Severity.WARNING, f"`{note.group()}` in a title: a note there would print again in the "
                                 "contents, and its number in the bookmark and the running head",
                                 report.locate_in_text(where, note.start(), scalar),
                                 hint="put the note in the first text under the title")
                continue
            shown = html.unescape(_TAGS.sub("", markup.to_html(markup.METRIC_REF.sub("0", scalar), lang, inline=not block)))
            seen: set[str] = set()
            for pattern, what, hint in _RAW:
                for m in pattern.finditer(shown):
                    if m.group().rstrip(":") in seen:
                        continue
                    seen.add(m.group().rstrip(":"))
                    if pattern is _RAW[0][0] and not block:   # a one-line string has no room for a note's own line
                        what, hint = ("a title, caption or cell has no room for the note's own `[^1]: ...` line",
                                      "write the note where it is called: ^[the note]")
                    at = scalar.find(m.group())
                    yield Diagnostic("S109", Severity.WARNING, f"`{m.group().rstrip(':')}` would print as typed: {what}",
                                     report.locate_in_text(where, max(at, 0), scalar), hint=hint)
            # A note that no call refers to is dropped without a word.
            for m in _DEFINITION.finditer(scalar) if block else ():
                if f"[^{m.group(1)}]" not in scalar[:m.start()] + scalar[m.end():]:
                    yield Diagnostic("S109", Severity.WARNING, f"footnote `[^{m.group(1)}]` is defined but never called: it would not print",
                                     report.locate_in_text(where, m.start() + len(m.group()) - len(m.group().lstrip()), scalar),
                                     hint=f"put [^{m.group(1)}] in the text where the note belongs, or remove the note")
    for cell, origin in plain_cells(report):
        read = [t.type for t in (_md().parseInline(cell, {"lang": "zh", "metric": None})[0].children or [])
                if t.type not in ("text", "softbreak")] if markup.MAY_BE_MARKDOWN.search(cell) else []
        raw = next(((m.group(), what, hint) for pattern, what, hint in _RAW for m in pattern.finditer(cell)), None)
        if raw:
            yield Diagnostic("S109", Severity.WARNING, f"`{raw[0]}` would print as typed: {raw[1]}", report.locate(origin), hint=raw[2])
        elif read:
            shown = cell if len(cell) <= 30 else cell[:29] + "…"
            yield Diagnostic("S109", Severity.WARNING, f"`{shown}` would print as typed: a table cell written as a plain string "
                             "is not read as Markdown", report.locate(origin),
                             hint=f'write the cell as {{zh: "{cell}", en: "..."}} to have it read, or remove the marks')


# ` #` inside a plain YAML value starts a comment: `en: We ranked #1 in the index` prints "We ranked". A
# writer's own comment is usually set off by two spaces or `# `; one space and no blank after # is text.
_CUT = re.compile(r" #\S")


def cut_by_comment(report: Report) -> Iterator[Diagnostic]:
    """S112: text after ` #` in an unquoted value, which YAML drops as a comment (found in the source line)."""
    sources: dict[str, list[str]] = {}
    for use in texts(report):
        tree = report.positions.get(use.origin.file)
        if tree is None or report.root is None:
            continue
        if use.origin.file not in sources:
            try:
                text = (report.root / use.origin.file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
            # a file without ` #` anywhere has no value cut by one: its strings are not looked up line by line
            sources[use.origin.file] = text.split("\n") if _CUT.search(text) else []
        lines = sources[use.origin.file]
        if not lines:
            continue
        for lang in ("zh", "en"):
            value = getattr(use.text, lang)
            pos = tree.nodes.get(use.origin.path + (lang,))
            if not value or pos is None:
                continue
            line = lines[pos.line] if pos.line < len(lines) else ""
            rest = line[pos.column:]
            if rest[:1] in ("'", '"', "|", ">") or not rest.startswith(value) or not _CUT.match(rest[len(value):]):
                continue
            comment = rest[len(value) + 1:].split(",")[0].rstrip("}").rstrip()
            yield Diagnostic("S112", Severity.WARNING, f"`{comment}` does not print: in an unquoted value, ` #` starts a YAML comment",
                             Location(use.origin.file, pos.line + 1, pos.column + len(value) + 2),
                             hint=f"quote the whole value: {lang}: {quote(value + ' ' + comment)}")
