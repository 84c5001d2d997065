"""What a Chinese figure counts, as its English translation names it.

A Chinese writer names one fact with other words from one chapter to the next (果农 and 农户, 惠及 and 带动, a
programme's name or none), while the translator, writing each sentence the plain way, names what is counted with the
same noun phrase each time: "惠及4.2万户农户" and "光伏扶贫电站惠及4.7万户农户" are "benefit 42,000 farming households"
and "benefiting 47,000 farming households". The noun phrase right after the English figure of the same value in the
same string is kept with the Chinese claim (`Claim.en_counted`); two claims whose phrases of two words or more agree
count one thing (group.py).
"""

from __future__ import annotations

import re

from .. import numbers

# What ends the noun phrase after a number: function words, auxiliaries, relative words and prepositions (of what,
# where, for whom), and what says how the number is stated
END = frozenset(
    """the a an of in on at to for from by with and or as was were is are be been being has have had its their our we it
    this that which who whom whose what where when while than across into onto under over through since after before
    during per each every between among within without about around approximately nearly almost more less up down
    total all both also only so such some""".split()
)
WORD = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")
LONGEST = 3  # a counted noun of up to three words ("self-built data centres"); more is the noun and what it does
ENOUGH = 2  # one word ("customers", "cities") names no one fact, as one short Chinese noun does not


def counted_after(text: str, end: int) -> tuple[str, ...]:
    """The noun phrase right after a figure ending at `end`: "42,000 farming households benefit" -> (farming, household)."""
    words: list[str] = []
    at = end
    while len(words) < LONGEST:
        m = WORD.match(text, at)
        if m is None or m.group(1).lower() in END:
            break
        words.append(_singular(m.group(1).lower()))
        at = m.end()
    return tuple(words)


def _singular(word: str) -> str:
    """"households" and "household", "cities" and "city": the number says how many, not the noun."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def counted_in_english(values: list[numbers.Figure], english: str) -> dict[int, tuple[str, ...]]:
    """For each Chinese figure (by its start) whose value the English prints exactly once, and the Chinese once too,
    the English noun phrase after it; a value printed twice on either side could be either figure."""
    english_figures = [f for f in numbers.find_figures(english) if f.value is not None and f.kind == "number"]
    found: dict[int, tuple[str, ...]] = {}
    for fig in values:
        if fig.value is None or fig.kind != "number" or sum(1 for f in values if f.value == fig.value) != 1:
            continue
        same = [f for f in english_figures if f.value == fig.value]
        if len(same) == 1:
            phrase = counted_after(english, same[0].end)
            if phrase:
                found[fig.start] = phrase
    return found


def same_counted(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both translations name what is counted with one noun phrase of two words or more."""
    return len(a) >= ENOUGH and a == b
