"""Stage 3: model.Report + edition language -> HtmlDocument (one HTML string per edition)."""

from __future__ import annotations

from .html import HtmlDocument, render_html

__all__ = ["HtmlDocument", "render_html"]
