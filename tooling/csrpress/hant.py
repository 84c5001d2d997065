"""The zh edition's HTML -> the zh-Hant edition's: OpenCC's Hong Kong conversion plus a report's phrase overrides.

Hong Kong listed companies publish in Traditional Chinese with Hong Kong usage and character
forms, hence OpenCC's `s2hk` (Simplified -> Hong Kong standard, with its phrase tables).
Overrides live in `content/zh-Hant-overrides.yaml`, a mapping from a phrase as written in the
Simplified sources to the Traditional phrase to print; they are applied after conversion, longest
first, so they win over OpenCC's phrase tables. Then the tool's own fixes of OpenCC's common
mis-conversions (assets/zh-Hant-defaults.yaml: 總髮電量 -> 總發電量, 騰訊云 -> 騰訊雲, 信息 -> 資訊),
and Hong Kong quotation marks: “” -> 「」 and ‘’ -> 『』. They change text between tags only, escaped: an
override is a phrase, never markup, so it cannot add an element, an attribute, a script or CSS.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape

from .diagnostics import Diagnostic, Location, Severity
from .safefs import TooLarge, inside, read_bounded
from .yamlsrc import parse_yaml

OVERRIDES_FILE = "zh-Hant-overrides.yaml"
# A Traditional-authored project (`script: hant`) converts the other way for a Simplified edition:
# OpenCC `hk2s` (Hong Kong Traditional -> Simplified), then this file's phrases (Traditional as written -> Simplified).
HANS_OVERRIDES_FILE = "zh-Hans-overrides.yaml"
DEFAULTS = Path(__file__).parent / "assets" / "zh-Hant-defaults.yaml"


@dataclass(frozen=True, slots=True)
class Overrides:
    pairs: tuple[tuple[str, str], ...] = ()  # (Simplified phrase, Traditional phrase)


@functools.lru_cache(maxsize=3)
def _converter(config: str = "s2hk") -> object:
    import opencc

    return opencc.OpenCC(config)


def to_hant(text: str) -> str:
    """Simplified -> Hong Kong Traditional; ASCII (tags, attributes, URLs, ids) passes through unchanged."""
    return str(_converter().convert(text))  # type: ignore[attr-defined]


def to_hans(text: str) -> str:
    """Hong Kong Traditional -> Simplified (`hk2s`: it knows Hong Kong's character forms, 綫 and 裏 as well as 線 and 裡)."""
    return str(_converter("hk2s").convert(text))  # type: ignore[attr-defined]


def load_overrides(content: Path, name: str = OVERRIDES_FILE) -> tuple[Overrides, tuple[Diagnostic, ...]]:
    path = content / name
    if not path.is_file():
        return Overrides(), ()
    rel = f"content/{name}"
    if not inside(path, content):
        return Overrides(), (Diagnostic("L008", Severity.ERROR, f"{rel} is a symlink whose real path leaves content/", Location(rel, 1),
                                        hint="replace the symlink with the file itself"),)
    from .load import MAX_FILE_BYTES  # the limit of every content file (load imports nothing of this module)

    try:
        raw = read_bounded(path, MAX_FILE_BYTES)  # refused by its size, before it is read into memory
    except TooLarge as big:
        return Overrides(), (Diagnostic("L001", Severity.ERROR, f"file is {big.size / 1_048_576:,.1f} MiB; content files must stay under 20 MiB",
                                        Location(rel, 1), hint="keep one pair a line for the phrases OpenCC gets wrong, nothing more"),)
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


@functools.lru_cache(maxsize=1)
def default_fixes() -> tuple[tuple[str, str], ...]:
    """The shipped fixes of OpenCC's output (Traditional as printed -> as Hong Kong prints it), longest first."""
    import yaml

    data = yaml.load(DEFAULTS.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return tuple(sorted(((str(k), str(v)) for k, v in data.items()), key=lambda pair: -len(pair[0])))


def to_simplified_html(html: str, overrides: Overrides = Overrides()) -> str:
    """The Simplified edition of a Traditional-authored report: `hk2s`, the report's zh-Hans overrides
    (phrases as written in Traditional, longest first), and the Mainland quotation marks 「」 -> “”."""
    converted = to_hans(html)
    pairs = [(str(escape(to_hans(traditional))), str(escape(simplified)))
             for traditional, simplified in sorted(overrides.pairs, key=lambda pair: -len(pair[0]))]
    return _text_nodes(converted, lambda text: mainland_quotes(_protected(text, pairs, [])))


def quotes_html(html: str) -> str:
    """A Traditional-authored edition is printed as written: its quotation marks become Hong Kong's, and
    only a character that is Simplified and nothing else (both `s2t` and `s2hk` change it) is converted:
    a scale word the tool printed (万 on a chart axis) or one the writer slipped (check reports it,
    T306). A Traditional or Hong Kong form the writer typed (戶 and 户, 台, 裡 and 裏) is left as typed."""
    return _text_nodes(html, lambda text: hk_quotes(simplified_only_to_hant(text)))


def simplified_only_to_hant(text: str) -> str:
    if text.isascii():
        return text
    trad, hk = str(_converter("s2t").convert(text)), to_hant(text)  # type: ignore[attr-defined]
    if not len(trad) == len(hk) == len(text):
        return text
    return "".join(c if c == t or c == h else h for c, t, h in zip(text, trad, hk))


def _text_nodes(html: str, change: object) -> str:
    pieces, last = [], 0
    for tag in _MARKUP.finditer(html):
        pieces += [change(html[last : tag.start()]), tag.group(0)]  # type: ignore[operator]
        last = tag.end()
    pieces.append(change(html[last:]))  # type: ignore[operator]
    return "".join(pieces)


def convert_html(html: str, overrides: Overrides = Overrides()) -> str:
    converted = to_hant(html)
    # Text nodes hold escaped text: match the phrase escaped, and insert the replacement escaped.
    pairs = [(str(escape(to_hant(simplified))), str(escape(traditional)))
             for simplified, traditional in sorted(overrides.pairs, key=lambda pair: -len(pair[0]))]
    fixes = [(str(escape(old)), str(escape(new))) for old, new in default_fixes()]
    pieces, last = [], 0
    for tag in _MARKUP.finditer(converted):
        pieces += [_text(converted[last : tag.start()], pairs, fixes), tag.group(0)]
        last = tag.end()
    pieces.append(_text(converted[last:], pairs, fixes))
    return "".join(pieces)


def convert_text(text: str, overrides: Overrides = Overrides()) -> str:
    """One Simplified string (Markdown, not HTML) as the zh-Hant edition prints it: the conversion, the
    report's overrides, the tool's fixes and the quotes, as `convert_html` does to each text node.
    What `csrpress translate export --to zh-Hant` offers as the target a reviewer corrects."""
    return convert_texts([text], overrides)[0]


_RS = "\x1e"  # ASCII record separator: OpenCC passes it through, no phrase or override holds it


def convert_texts(texts: list[str], overrides: Overrides = Overrides()) -> list[str]:
    """convert_text of many strings in one OpenCC call and one pass of the fixes (814 strings of the
    sample: 0.57 s one by one, most of it per-call overhead). Strings holding the separator go alone."""
    pairs = [(to_hant(simplified), traditional) for simplified, traditional in sorted(overrides.pairs, key=lambda pair: -len(pair[0]))]
    fixes = list(default_fixes())
    if any(_RS in t for t in texts):
        return [_text(to_hant(t), pairs, fixes) for t in texts]
    out = _text(to_hant(_RS.join(texts)), pairs, fixes).split(_RS)
    return out if len(out) == len(texts) else [_text(to_hant(t), pairs, fixes) for t in texts]


def _text(text: str, pairs: list[tuple[str, str]], fixes: list[tuple[str, str]]) -> str:
    """One text node: the report's overrides, then the tool's fixes (a phrase an override printed is kept
    as it chose), then Hong Kong quotation marks."""
    return hk_quotes(_protected(text, pairs, fixes))


def _protected(text: str, pairs: list[tuple[str, str]], fixes: list[tuple[str, str]]) -> str:
    if pairs:
        protected: list[str] = []
        for old, new in pairs:
            if old in text:
                protected.append(new)
                text = text.replace(old, f"\x00{len(protected) - 1}\x00")
        text = _replace(text, fixes)
        return re.sub("\x00(\\d+)\x00", lambda m: protected[int(m.group(1))], text)
    return _replace(text, fixes)


# ’ between two Latin letters or digits is an apostrophe (Tencent’s), never a closing quote.
_QUOTES = re.compile(r"[“”]|(?<![A-Za-z0-9])‘|‘(?![A-Za-z0-9])|(?<![A-Za-z0-9])’|’(?![A-Za-z0-9])")
_HK = {"“": "「", "”": "」", "‘": "『", "’": "』"}


def hk_quotes(text: str) -> str:
    """“” -> 「」 and ‘’ -> 『』: the quotation marks of Traditional Chinese in Hong Kong."""
    return _QUOTES.sub(lambda m: _HK[m.group(0)], text)


_MAINLAND = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def mainland_quotes(text: str) -> str:
    """「」 -> “” and 『』 -> ‘’: a Simplified edition made from Hong Kong text quotes as the Mainland does."""
    return re.sub("[「」『』]", lambda m: _MAINLAND[m.group(0)], text)


def _replace(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text
