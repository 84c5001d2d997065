"""claims/extract.py `_span` reads clause and sentence marks back from a figure in windows: it must give what
the regular expression gives read from the string's start (the definition it replaces)."""

from __future__ import annotations

import random
import re

from csrpress.claims import events
from csrpress.claims.extract import CLAUSE_END, SENTENCE_END, _span

STRINGS = [
    "范围一排放6,842吨，范围二排放78,356吨；合计85,198吨。",
    "会议于9:18开始：议程共3项，用时1:30。英文 1,234, 5,67, and 12:5!",
    "2024年，员工总数为12,345人（其中女性5,678人）｜2023年为11,234人",
    "no mark at all in this one 123 456",
    ",,,:::6,842,",
    "",
    "，" * 3 + "一" * 200 + "。" + "二" * 150 + "6,8421" + "：",
]


def _reference(text: str, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    left = max((m.end() for m in boundary.finditer(text, 0, start)), default=0)
    right = boundary.search(text, end)
    return left, right.start() if right else len(text)


def test_span_is_what_the_pattern_finds_read_from_the_start() -> None:
    rng = random.Random(7)
    alphabet = "一二三，。；：:,6842 !?|（）()｜、\n"
    strings = STRINGS + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 300))) for _ in range(300)]
    for text in strings:
        for boundary in (CLAUSE_END, SENTENCE_END, events.CLAUSE):
            for start in range(len(text) + 1):
                end = min(len(text), start + rng.randrange(0, 4))
                assert _span(text, start, end, boundary) == _reference(text, start, end, boundary), (text, start, end, boundary.pattern)
