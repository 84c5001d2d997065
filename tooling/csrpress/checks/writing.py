"""What a writer leaves behind: Markdown that would print as typed (S109)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from .. import markup
from ..diagnostics import Diagnostic, Severity
from ..model import Report
from ..walk import texts

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


def raw_markdown(report: Report) -> Iterator[Diagnostic]:
    """S109: Markdown that would print as typed, found by rendering the string (only strings that may hold some)."""
    for use in texts(report):
        for lang in ("zh", "en"):
            scalar = getattr(use.text, lang)
            if not scalar or not any(s in scalar for s in _SUSPECT):
                continue
            where = use.origin.child(lang)
            shown = html.unescape(_TAGS.sub("", markup.to_html(markup.METRIC_REF.sub("0", scalar), lang)))
            seen: set[str] = set()
            for pattern, what, hint in _RAW:
                for m in pattern.finditer(shown):
                    if m.group() in seen:
                        continue
                    seen.add(m.group())
                    at = scalar.find(m.group())
                    yield Diagnostic("S109", Severity.WARNING, f"`{m.group()}` would print as typed: {what}",
                                     report.locate_in_text(where, max(at, 0), scalar), hint=hint)
            # A note that no call refers to is dropped without a word.
            for m in _DEFINITION.finditer(scalar):
                if f"[^{m.group(1)}]" not in scalar[:m.start()] + scalar[m.end():]:
                    yield Diagnostic("S109", Severity.WARNING, f"footnote `[^{m.group(1)}]` is defined but never called: it would not print",
                                     report.locate_in_text(where, m.start() + len(m.group()) - len(m.group().lstrip()), scalar),
                                     hint=f"put [^{m.group(1)}] in the text where the note belongs, or remove the note")
