"""The zh edition's HTML -> the zh-Hant edition's: OpenCC's Hong Kong conversion plus a report's phrase overrides.

Hong Kong listed companies publish in Traditional Chinese with Hong Kong usage and character
forms, hence OpenCC's `s2hk` (Simplified -> Hong Kong standard, with its phrase tables).
Overrides live in `content/zh-Hant-overrides.yaml`, a mapping from a phrase as written in the
Simplified sources to the Traditional phrase to print; they are applied after conversion, longest
first, so they win over OpenCC's phrase tables. They change text between tags only, escaped: an
override is a phrase, never markup, so it cannot add an element, an attribute, a script or CSS.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape

from .diagnostics import Diagnostic, Location, Severity
from .safefs import inside
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
    if not inside(path, content):
        return Overrides(), (Diagnostic("L008", Severity.ERROR, f"{rel} is a symlink whose real path leaves content/", Location(rel, 1),
                                        hint="replace the symlink with the file itself"),)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Overrides(), (Diagnostic("L005", Severity.ERROR, "file is not UTF-8 text (binary, or saved in another encoding such as GBK)",
                                        Location(rel, raw[: exc.start].count(b"\n") + 1), hint="save the file as UTF-8"),)
    parsed = parse_yaml(text.removeprefix("\ufeff"), rel)
    if parsed.diagnostics:
        return Overrides(), parsed.diagnostics
    value = parsed.value if parsed.value is not None else {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) and k for k, v in value.items()):
        return Overrides(), (Diagnostic("L002", Severity.ERROR, "zh-Hant overrides must be a mapping of phrase: phrase", Location(rel, 1),
                                        hint="write one `简体短语: 繁體短語` pair a line (see docs/content-format.md)"),)
    return Overrides(tuple(value.items())), ()


# Markup that overrides must not touch: comments, script and style elements whole, and every tag.
_MARKUP = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.S | re.I)


def convert_html(html: str, overrides: Overrides = Overrides()) -> str:
    converted = to_hant(html)
    if not overrides.pairs:
        return converted
    # Text nodes hold escaped text: match the phrase escaped, and insert the replacement escaped.
    pairs = [(str(escape(to_hant(simplified))), str(escape(traditional)))
             for simplified, traditional in sorted(overrides.pairs, key=lambda pair: -len(pair[0]))]
    pieces, last = [], 0
    for tag in _MARKUP.finditer(converted):
        pieces += [_replace(converted[last : tag.start()], pairs), tag.group(0)]
        last = tag.end()
    pieces.append(_replace(converted[last:], pairs))
    return "".join(pieces)


def _replace(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text
