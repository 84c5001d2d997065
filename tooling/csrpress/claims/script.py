"""Traditional Chinese read as Simplified: one figure engine for both scripts.

A Hong Kong writer types 約400萬元, 超過九億, 下降2個百分點, 萬立方米; the number reader, the word
segmenter and the vocabulary know the Simplified forms. Each string is read through OpenCC's t2s
(Traditional to Simplified) when that keeps its length, so that every offset still points at the
writer's own character; findings quote and locate the text as written. Simplified text passes
through unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


# Characters only Traditional text uses (assets/traditional-only.txt: every CJK character that OpenCC's
# t2s changes and that is no Simplified form, 3,562 of them): a string with none of them is read as it
# is, so a Simplified report never pays for loading OpenCC's dictionaries. `traditional_only()` makes
# the list again from OpenCC (tests/unit/test_script.py checks the file against it).
ASSET = Path(__file__).resolve().parent.parent / "assets" / "traditional-only.txt"


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern[str]:
    return re.compile("[" + re.escape(ASSET.read_text(encoding="utf-8").strip()) + "]")


def traditional_only() -> str:
    """The characters of U+4E00..U+9FFF that t2s changes and that no character converts to."""
    text = "".join(chr(c) for c in range(0x4E00, 0xA000))
    simplified = _converter().convert(text)
    forms = set(simplified)
    return "".join(c for c, s in zip(text, simplified) if s != c and c not in forms)


SIMPLIFIED_ASSET = ASSET.with_name("simplified-only.txt")


@lru_cache(maxsize=1)
def simplified_characters() -> frozenset[str]:
    """Characters no Traditional text uses (assets/simplified-only.txt, from `simplified_only()`)."""
    return frozenset(SIMPLIFIED_ASSET.read_text(encoding="utf-8").strip())


def simplified_only() -> str:
    """The characters that s2t and s2hk both change and that no Traditional form is (not s2t's, s2hk's,
    t2hk's or t2tw's output for any character): 万, 国, 发; not 布, 周, 了 or 床, which Hong Kong text
    uses as they are although OpenCC turns them into 佈, 週, 瞭, 牀 in some words."""
    import opencc

    text = "".join(chr(c) for c in range(0x4E00, 0xA000))
    trad, hk = opencc.OpenCC("s2t").convert(text), opencc.OpenCC("s2hk").convert(text)
    forms = set(trad) | set(hk) | set(opencc.OpenCC("t2hk").convert(trad)) | set(opencc.OpenCC("t2tw").convert(trad))
    return "".join(c for c, t, h in zip(text, trad, hk) if t != c and h != c and c not in forms)


@lru_cache(maxsize=16384)
def reading(text: str) -> str:
    """`text` in Simplified characters, same length (else `text` itself)."""
    if text.isascii() or not _traditional().search(text):
        return text
    folded = _converter().convert(text)
    return folded if len(folded) == len(text) else text
