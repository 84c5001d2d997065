"""Reading a built PDF back: text without whitespace, and the page each bookmark points to."""

from __future__ import annotations

import re

from pypdf import PdfReader


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


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
