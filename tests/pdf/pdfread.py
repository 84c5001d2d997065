"""Reading a built PDF back: text without whitespace, and the page each bookmark points to."""

from __future__ import annotations

import re

from pypdf import PdfReader


_TYPESET = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "*": None})


def norm(text: str) -> str:
    """Whitespace removed; the English typographer's quotes and en dashes as typed, emphasis markers dropped:
    a source string and its printed form compare equal."""
    return re.sub(r"\s+", "", text).translate(_TYPESET)


def outline_pages(pdf: PdfReader) -> dict[str, int]:
    """Bookmark title (whitespace removed) -> 1-based page number; the first of equal titles wins."""
    pages: dict[str, int] = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.setdefault(norm(item.title), pdf.get_destination_page_number(item) + 1)

    walk(pdf.outline)
    return pages
