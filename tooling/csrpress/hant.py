"""The zh edition's HTML -> the zh-Hant edition's: OpenCC's Hong Kong conversion plus a report's phrase overrides.

Hong Kong listed companies publish in Traditional Chinese with Hong Kong usage and character
forms, hence OpenCC's `s2hk` (Simplified -> Hong Kong standard, with its phrase tables).
Overrides live in `content/zh-Hant-overrides.yaml`, a mapping from a phrase as written in the
Simplified sources to the Traditional phrase to print; they are applied after conversion, longest
first, so they win over OpenCC's phrase tables.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, Location, Severity
from .yamlsrc import parse_yaml

OVERRIDES_FILE = "zh-Hant-overrides.yaml"


@dataclass(frozen=True, slots=True)
class Overrides:
    pairs: tuple[tuple[str, str], ...] = ()  # (Simplified phrase, Traditional phrase)


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("s2hk")


def to_hant(text: str) -> str:
    """Simplified -> Hong Kong Traditional; ASCII (tags, attributes, URLs, ids) passes through unchanged."""
    return str(_converter().convert(text))  # type: ignore[attr-defined]


def load_overrides(content: Path) -> tuple[Overrides, tuple[Diagnostic, ...]]:
    path = content / OVERRIDES_FILE
    if not path.is_file():
        return Overrides(), ()
    rel = f"content/{OVERRIDES_FILE}"
    parsed = parse_yaml(path.read_text(encoding="utf-8"), rel)
    if parsed.diagnostics:
        return Overrides(), parsed.diagnostics
    value = parsed.value if parsed.value is not None else {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) and k for k, v in value.items()):
        return Overrides(), (Diagnostic("L002", Severity.ERROR, "zh-Hant overrides must be a mapping of phrase: phrase", Location(rel, 1),
                                        hint="write one `简体短语: 繁體短語` pair a line (see docs/content-format.md)"),)
    return Overrides(tuple(value.items())), ()


def convert_html(html: str, overrides: Overrides = Overrides()) -> str:
    converted = to_hant(html)
    for simplified, traditional in sorted(overrides.pairs, key=lambda pair: -len(pair[0])):
        converted = converted.replace(to_hant(simplified), traditional)
    return converted
