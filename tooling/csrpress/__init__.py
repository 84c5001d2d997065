"""csrpress: compile a bilingual CSR / ESG report from content/ into checked, print-ready PDFs."""

from __future__ import annotations

__version__ = "0.1.0"
