"""Edition checks (N209): the English text states the same figures as the Chinese it translates."""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from ..diagnostics import Diagnostic, Related, Severity
from ..facts import Occurrence, anchor, locate, loose_interval
from ..model import Report
from ..numbers import Figure
from ..claims.pairmemo import PairMemo
from ..claims.relate import in_units_of
from ..claims.script import reading
from ..walk import texts
from .facts import facts_of

MIN_VALUE = 10  # small counts are usually spelt out in English ("three days"), not printed as figures


SPELT_OUT = {"age", "anniversary", "year"}  # 十八岁, 18周年, 十年: English writes these in words


def _counts(occ: Occurrence, small: bool = False) -> bool:
    """Whether the figure is one a translation must print as a figure too (`small`: or state in words)."""
    fig = occ.figure
    if fig.value is None or fig.qualifier == "several" or (not small and fig.value < MIN_VALUE and fig.kind == "number"
                                                             and fig.value == fig.value.to_integral_value()):
        # a small whole count may be spelt out ("three days"); a decimal (7.2小时) never is
        return False
    if occ.lang == "zh":
        text = reading(occ.scalar)  # Traditional folded, same offsets: 90後 is a generation as 90后 is
        after = text[fig.end : fig.end + 3].lstrip()
        if not any(ch.isdigit() for ch in fig.printed) or any("a" <= ch.lower() <= "z" for ch in fig.printed):
            return False  # 十八年 is "eighteen years"; 0.2m is a measure written the Latin way
        if after.startswith("后") or after[:1] == "点" or text[max(0, fig.start - 1) : fig.start] == "点":
            return False  # 90后 is a generation, 21点54分 a time of day
        if _day_name(occ.scalar, fig.start, fig.end):
            return False  # “3·15” is the name of a day, translated as "15 March" or "World Consumer Rights Day"
        if fig.unit in SPELT_OUT or (fig.kind == "multiple" and fig.value <= 10 and fig.value == fig.value.to_integral_value()):
            return False  # 增长3倍 is "tripled"
    return True


# "3·15", "9·9公益日", "5·12地震": a month and a day joined by a middle dot name a day (an event or a campaign), not
# two quantities; English writes the day its own way ("15 March", "Consumer Rights Day"), so neither part is a figure
DAY_NAME = re.compile(r"(?<![\d.·・•])(1[0-2]|0?[1-9])\s*[·・•]\s*(3[01]|[12]\d|0?[1-9])(?![\d.·・•])")


def _day_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the month or the day of a month·day name of a day."""
    return any(m.start() <= start and end <= m.end() for m in DAY_NAME.finditer(text, max(0, start - 4), end + 4))


# The words English may state a small count with instead of its digit: the cardinal, the ordinal (第3 "third"),
# the multiplicative (2次 "twice") and a few collective words
SMALL_WORDS = {
    2: ("two", "second", "twice", "both", "double", "dual", "pair", "couple", "twin"),
    3: ("three", "third", "thrice", "triple", "trio"),
    4: ("four", "fourth", "quadruple", "quarter"),
    5: ("five", "fifth"), 6: ("six", "sixth", "half a dozen"), 7: ("seven", "seventh"),
    8: ("eight", "eighth"), 9: ("nine", "ninth"),
}


def _small_count(occ: Occurrence) -> bool:
    """A whole count from 2 to 9 typed in digits (独立非执行董事4名): English may spell it out, not drop it."""
    fig = occ.figure
    after = occ.scalar[fig.end : fig.end + 1]
    if after in ("成", "×", "*", "x", "X"):
        return False  # 6成 is 60% ("six in ten"), 7×24小时 "round the clock": no count of their own
    if occ.scalar[max(0, fig.start - 2) : fig.start] == "[^":
        return False  # a footnote's label ([^2]) is markup, not a count
    return (occ.lang == "zh" and fig.kind == "number" and fig.qualifier is None and fig.value is not None
            and fig.value == fig.value.to_integral_value() and 2 <= fig.value < MIN_VALUE and _counts(occ, small=True))


def _count_lost(occ: Occurrence, english_text: str) -> bool:
    """The English states the small count neither in digits nor in any word for it ("three of them" for 4名)."""
    n = int(occ.figure.value)
    typed = occ.figure.printed.strip()
    if re.search(rf"(?<![\d.,]){n}(?![\d])", english_text) or typed.startswith("0") and re.search(
            rf"(?<![\d.,]){re.escape(typed)}(?![\d])", english_text):
        return False  # "02" of a date the reader could not take as one (2017-02-30) is in the English as typed
    if re.search(r"\b(?:" + "|".join(SMALL_WORDS[n]) + r")", english_text, re.IGNORECASE):
        return False
    return not _others_named(occ, n, english_text)


# "鹭江、东岸等6个城市": the names listed before 等 are counted in the figure after it (6 cities, two of them named);
# English says "Lujiang, Dongan and four other cities", the count of the ones not named
LISTED_BEFORE = re.compile(r"([^，,。；;：:（）()\s]+(?:、[^，,。；;：:（）()、\s]+)*)等\s*$")


def _others_named(occ: Occurrence, n: int, english_text: str) -> bool:
    """The English gives a count of names listed before 等 less those names: "A, B and four other X" for A、B等6个X."""
    listed = LISTED_BEFORE.search(reading(occ.scalar)[max(0, occ.figure.start - 60) : occ.figure.start])
    others = n - (listed.group(1).count("、") + 1) if listed else 0
    if others < 1:
        return False
    words = (str(others),) + ((english_words(others),) if others < 20 else ())
    return bool(re.search(r"\b(?:" + "|".join(words) + r")\s+(?:other|more)\b", english_text, re.IGNORECASE))


COUNT_WORD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE)


def _count_words(report: Report, use) -> tuple[Related, ...]:
    """The English's own small count words, where the mistranslated count most likely stands ("three of them")."""
    origin = use.origin.child("en")
    return tuple(Related(report.locate_in_text(origin, m.start(), use.text.en), f"the English has “{m.group(0)}” here")
                 for m in list(COUNT_WORD.finditer(use.text.en))[:4])


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def english_words(n: int) -> str:
    """1..99 in words ("twenty-one"), the way English style spells small numbers out."""
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


# "合格率100%" is "all … passed", "覆盖率100%" "every site", "检查率100%" "covering everyone who needed one", "0起"
# "no incidents": English says these in words, of things (every, all) or of people (everyone, everybody, nobody)
WHOLE = re.compile(r"\b(?:all|every(?:one|body|thing|where)?|each|fully|full|whole|entire(?:ly)?|complete(?:ly)?"
                   r"|without exception|in full|none (?:missed|missing|left out|excepted))\b", re.IGNORECASE)
NONE = re.compile(r"\b(?:no|none|zero|nil|not a single|not one|nobody|no one|nothing|never)\b", re.IGNORECASE)


# 24小时 and 365天 are the whole of a day and of a year: "24小时预警 / 全年365天值守" say "at every hour", and English
# says that with an idiom (round-the-clock, 24/7, year-round), not with the count of hours or days
WHOLE_PERIOD = {
    ("hour", 24): re.compile(r"\b(?:a)?round[- ]the[- ]clock\b|\b24/7\b|\bday and night\b|\bnight and day\b|\btwenty-four", re.IGNORECASE),
    ("day", 365): re.compile(r"\ball[- ]year(?:[- ]round)?\b|\byear[- ]round\b|\bthroughout the year\b|\bevery day\b", re.IGNORECASE),
}


def _whole_period(zh: Occurrence, english_text: str) -> bool:
    """24小时 rendered "round-the-clock", 365天 "year-round": the period as a whole, the same fact without its count."""
    fig = zh.figure
    idiom = WHOLE_PERIOD.get((fig.unit, fig.value)) if fig.kind == "number" and fig.qualifier is None else None
    return bool(idiom and idiom.search(english_text))


def _spelt_out(zh: Occurrence, english_text: str) -> bool:
    value = zh.figure.value
    if _whole_period(zh, english_text):
        return True
    if value is not None and zh.figure.kind == "percent" and zh.figure.qualifier is None:
        if value == 100 and WHOLE.search(english_text) or value == 0 and NONE.search(english_text):
            return True
    if value is None or zh.figure.kind != "number":
        return False
    lower = english_text.lower()
    for scale, word in ((1, ""), (1000, " thousand"), (10**6, " million"), (10**9, " billion")):
        n = value / scale
        if 0 < n < 100 and n == n.to_integral_value() and english_words(int(n)) + word in lower:
            return True
    return False


# English ordinals: "the 3 millionth vehicle", "its 300,000th customer". 第300万辆 is translated this way, and the
# number grammar reads "3 millionth" as a bare 3 (and "300,000th" as no figure), so the ordinal's value is read here
EN_ORDINAL = re.compile(r"(?<![\w.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)"
                        r"(?:(?:st|nd|rd|th)|[ \u00a0-]?(thousandth|millionth|billionth|trillionth))\b", re.IGNORECASE)
ORDINAL_SCALES = {"thousandth": 10 ** 3, "millionth": 10 ** 6, "billionth": 10 ** 9, "trillionth": 10 ** 12}


def english_ordinals(text: str) -> set[Decimal]:
    """The values of the English text's ordinals ("3 millionth" -> 3000000, "300,000th" -> 300000)."""
    values = set()
    for m in EN_ORDINAL.finditer(text):
        scale = ORDINAL_SCALES.get((m.group(2) or "").lower(), 1)
        values.add(Decimal(m.group(1).replace(",", "")) * scale)
    return values


def _ordinal_translated(zh: Occurrence, english_text: str) -> bool:
    """第300万辆 is "the 3 millionth (vehicle)": an ordinal of the Chinese, the same number as an English ordinal."""
    value = zh.figure.value
    return value is not None and zh.figure.kind == "number" and value in english_ordinals(english_text)


def _translated_interval(fig: Figure, other: Figure) -> tuple[Decimal, Decimal]:
    """The values `fig` may stand for as the translation of `other`. A translator keeps a qualified figure's
    number and renders its qualifier (逾3.6萬 is "more than 36,000", 近1,700 "nearly 1,700"), so two
    qualified figures translate each other only when their numbers agree: read as bounds, "more than 63,000"
    would hold 逾3.6萬. Against a plain figure an open bound reaches no further than twice its number (below:
    half): 12,486 may be rendered "more than 12,000", 3.26億 is never "more than 200"."""
    if fig.qualifier is None or fig.value is None or other.value is None:
        return loose_interval(fig)
    if other.qualifier is not None:
        return loose_interval(replace(fig, qualifier=None, low=fig.value - fig.precision / 2, high=fig.value + fig.precision / 2))
    low, high = fig.low, fig.high
    if high.is_infinite():
        high = max(low, fig.value) * 2 if fig.value > 0 else high
    if low.is_infinite():
        low = min(high, fig.value) / 2 if fig.value > 0 else low
    return low, high


def _figures_overlap(a: Figure, b: Figure) -> bool:
    """Whether one figure may be the translation of the other (their intervals meet, in one unit if need be)."""
    if (a.kind == "percent") != (b.kind == "percent"):
        return False
    alow, ahigh = _translated_interval(a, b)
    blow, bhigh = _translated_interval(b, a)
    if alow < bhigh and blow < ahigh:
        return True
    converted = _converted(b, a)
    if converted is None:
        return False
    blow, bhigh = loose_interval(converted)
    return alow < bhigh and blow < ahigh


# both N209 rules ask for the same pairs of figures, each several times (pairmemo.py)
_overlap_figures = PairMemo(_figures_overlap)


def _overlap(a: Occurrence, b: Occurrence) -> bool:
    return _overlap_figures(a.figure, b.figure)


def _converted(fig: Figure, like: Figure) -> Figure | None:
    """`fig` in the unit of `like` when the two are units of one physical quantity at different scales: a
    translator may restate 158,260兆瓦时 as "158.3 GWh" or 18,600公斤 as "18.6 tonnes", the same fact in the
    unit an English reader expects. None when the units are the same or do not convert (currencies, counts)."""
    if not fig.unit or not like.unit or fig.unit == like.unit:
        return None
    converted = in_units_of(fig, like)
    return None if converted is None or converted is fig else converted


def edition_figures(report: Report) -> Iterator[Diagnostic]:
    if "en" not in report.manifest.editions:
        return
    by_string: dict[tuple[str, tuple[str | int, ...]], dict[str, list[Occurrence]]] = {}
    for occ in facts_of(report).occurrences:
        key = (occ.origin.file, occ.origin.path[:-1])
        by_string.setdefault(key, {}).setdefault(occ.lang, []).append(occ)
    # A string's findings depend on its two texts alone (the figures each prints): a pair that gave none is not
    # read again where it is written again
    # (a metric's label has no occurrences: it is keyed apart from the same words in the text)
    clean: set[tuple[str | None, str, bool]] = set()
    for use in texts(report):
        if not use.text.en:
            continue  # an untranslated string is T301's business
        key = (use.text.zh, use.text.en, "metrics" in use.origin.path)
        if key in clean:
            continue
        found = list(_edition_figures(report, use, by_string.get((use.origin.file, use.origin.path), {})))
        if not found:
            clean.add(key)
        yield from found


# "五大品牌", "三大生产基地", "两大板块": a numeral from two to nine before 大 and a noun counts the noun (five brands,
# three bases), as 个 would; the number grammar reads no figure there (大 is no measure word), so the count is read
# here. Not an ordinal's (第三大股东: the third largest) or a longer number's end (党的二十大: the 20th congress)
BIG_COUNT = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿第\d.])([二两三四五六七八九]|[2-9])大(?=[\u4e00-\u9fff])")
NUMERAL_VALUE = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


LIST_EDGE = re.compile(r"[，,。；;：:！？!?（）()\n]")
JOINED = re.compile(r"、|和|及|与|以及")


def _listed(text: str, start: int, end: int, n: int) -> bool:
    """"化学药、生物药和医疗器械三大板块", "三大板块：A、B和C": the N things are named in a list of N beside the count,
    and English names them ("chemical drugs, biologics and devices") without counting them again."""
    before = LIST_EDGE.split(text[:start])[-1]
    named = LISTED_AFTER.match(text, end)
    after = LIST_EDGE.split(text[named.end() :])[0] if named else ""
    return len(JOINED.findall(before)) + 1 == n or bool(after) and len(JOINED.findall(after)) + 1 == n


LISTED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:[：:]|[，,]?\s*(?:包括|分别为|分别是|即|涵盖|有))")


def _big_counts_lost(report: Report, use) -> Iterator[Diagnostic]:
    """N209 for an N大 count ("五大品牌") that the English states neither in digits nor in words, where it spells out
    another small count ("six brands"): English states N大 counts in words, and the count it has is the wrong one."""
    if not COUNT_WORD.search(use.text.en):
        return  # an English that spells out no small count left the clause out, or rephrased it: no count translated wrong
    text = reading(use.text.zh)
    origin = use.origin.child("zh")
    for m in BIG_COUNT.finditer(text):
        n = NUMERAL_VALUE.get(m.group(1)) or int(m.group(1))
        if _listed(text, m.start(), m.end(), n):
            continue
        if re.search(rf"(?<![\d.,]){n}(?![\d])", use.text.en) \
                or re.search(r"\b(?:" + "|".join(SMALL_WORDS[n]) + r")", use.text.en, re.IGNORECASE):
            continue
        typed = use.text.zh[m.start() : m.end()]
        yield Diagnostic("N209", Severity.ERROR, f"“{typed}” counts {n} and is stated in the English neither as {n} nor in "
                         f"words ({SMALL_WORDS[n][0]})", report.locate_in_text(origin, m.start(), use.text.zh),
                         hint="translate the count with the same value, in digits or in words",
                         anchor=(origin.file, origin.path, m.start(), m.end()), related=_count_words(report, use))


def _edition_figures(report: Report, use, langs: dict[str, list[Occurrence]]) -> Iterator[Diagnostic]:
    """edition_figures for one string and its translation."""
    if use.text.zh and "大" in use.text.zh:
        yield from _big_counts_lost(report, use)
    english = [en for en in langs.get("en", []) if en.figure.value is not None]
    for zh in langs.get("zh", []):
        if _small_count(zh) and _count_lost(zh, use.text.en):
            yield Diagnostic("N209", Severity.ERROR, f"“{zh.figure.printed}” is stated in the English neither as {int(zh.figure.value)} "
                             f"nor in words ({SMALL_WORDS[int(zh.figure.value)][0]})", locate(report, zh),
                             hint="translate the count with the same value, in digits or in words", anchor=anchor(zh),
                             related=_count_words(report, use))
            continue
        if (not _counts(zh) or any(_overlap(zh, en) for en in english) or _spelt_out(zh, use.text.en)
                or _ordinal_translated(zh, use.text.en)):
            continue
        size = (zh.figure.value or 1).copy_abs().adjusted()
        # the English figures nearest in size first: the one it was translated as is most likely among them
        nearest = sorted(english, key=lambda en: abs(en.figure.value.copy_abs().adjusted() - size))
        # figures a thousandfold apart are other facts of the sentence, not what 152亿 became (1.52 billion is)
        nearest = [en for en in nearest if abs(en.figure.value.copy_abs().adjusted() - size) <= 3] or nearest
        printed = ", ".join(f"“{en.figure.printed}”" for en in nearest[:4]) or "no figures"
        # the English figure that translates no Chinese one, of the nearest size: most likely this one mistranslated
        chinese = langs.get("zh", [])
        stray = [en for en in english if (en.figure.kind == "percent") == (zh.figure.kind == "percent")
                 and not any(_overlap(other, en) for other in chinese)]
        closest = min(stray, key=lambda en: abs(en.figure.value.copy_abs().adjusted() - size), default=None)
        related = (Related(locate(report, closest), f"the English has “{closest.figure.printed}” here"),) if closest else ()
        yield Diagnostic("N209", Severity.ERROR, f"“{zh.figure.printed}” has no matching figure in the English text (it has {printed})",
                         locate(report, zh), hint="translate the figure with the same value and precision, e.g. 677万 → 6.77 million",
                         related=related, anchor=anchor(zh))


def _scaled(occ: Occurrence) -> bool:
    """An English figure written with a scale word (RMB 12.76 billion, 2.415 million): where a translator
    converts 万 and 亿, and where the costly slips happen (12.76亿 is 1.276 billion, not 12.76)."""
    fig = occ.figure
    return fig.value is not None and fig.kind == "number" and any(w in fig.printed.lower() for w in ("million", "billion", "trillion"))


PER = re.compile(r"(?:\bper|\bfor\s+every|\bevery)\s*$", re.IGNORECASE)


def _denominator(occ: Occurrence) -> bool:
    """"7.31 tonnes per HK$1 million of revenue": the base of an intensity, which Chinese writes with no digit
    (每百万港元收入); it states no figure of its own."""
    return bool(PER.search(occ.scalar[max(0, occ.figure.start - 12) : occ.figure.start]))


# 万 and 亿 also stand alone as units, with no digit before them: a table's "（亿千瓦时）" or "单位：万元" says in what
# the figures are counted, and English writes that unit as a number ("(100 million kWh)", "RMB 10,000"). The English
# figure then translates the scale word of the Chinese, not a figure of it.
BARE_SCALES = ((10 ** 12, "万亿"), (10 ** 8, "亿"), (10 ** 7, "千万"), (10 ** 6, "百万"), (10 ** 4, "万"))
NUMERAL_BEFORE = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿.,，、-–~～"


def _bare_scale(en: Occurrence, chinese_text: str) -> bool:
    """"(100 million kWh)" for 亿千瓦时, "RMB 10,000" for 万元: the English figure is the value of a scale word the
    Chinese writes as a unit, with no number before it."""
    fig = en.figure
    if fig.value is None or fig.kind != "number" or fig.qualifier is not None:
        return False
    text = reading(chinese_text)
    for value, word in BARE_SCALES:
        if fig.value != value:
            continue
        for m in re.finditer(word, text):
            before = text[max(0, m.start() - 1) : m.start()]
            if not before or before not in NUMERAL_BEFORE:
                return True
    return False


def english_only_figures(report: Report) -> Iterator[Diagnostic]:
    """N209 the other way: a figure of the English text that no figure of its Chinese states
    ("RMB 12.76 billion" for 12.76亿元, which is RMB 1.276 billion)."""
    if "en" not in report.manifest.editions:
        return
    by_string: dict[tuple[str, tuple[str | int, ...]], dict[str, list[Occurrence]]] = {}
    for occ in facts_of(report).occurrences:
        by_string.setdefault((occ.origin.file, occ.origin.path[:-1]), {}).setdefault(occ.lang, []).append(occ)
    clean: set[tuple[str | None, str | None]] = set()  # as in edition_figures: the pairs of texts that gave nothing
    for langs in by_string.values():
        texts_of = tuple(langs[lang][0].scalar if langs.get(lang) else None for lang in ("zh", "en"))
        if texts_of in clean:
            continue
        found = list(_english_only(report, langs))
        if not found:
            clean.add(texts_of)
        yield from found


def _english_only(report: Report, langs: dict[str, list[Occurrence]]) -> Iterator[Diagnostic]:
    """english_only_figures for one string and its translation."""
    chinese = [zh for zh in langs.get("zh", []) if zh.figure.value is not None]
    english = [en for en in langs.get("en", []) if en.figure.value is not None]
    if chinese and "{m:" in chinese[0].scalar:
        return  # a figure printed by a reference is not in the Chinese text as typed
    if not chinese or any(_counts(zh) and not any(_overlap(zh, en) for en in english) for zh in chinese):
        return  # a Chinese figure missing from the English is reported already (edition_figures): one finding a string
    for en in english:
        if (not _scaled(en) or any(_overlap(zh, en) for zh in chinese) or _denominator(en)
                or _bare_scale(en, chinese[0].scalar)):
            continue
        printed = ", ".join(f"“{zh.figure.printed}”" for zh in chinese[:4])
        # the Chinese figure of the nearest size: the one the translator most likely converted
        closest = min(chinese, key=lambda zh: abs((zh.figure.value or 1).copy_abs().adjusted() - en.figure.value.copy_abs().adjusted()))
        yield Diagnostic("N209", Severity.ERROR, f"“{en.figure.printed}” in the English text is no figure of the Chinese it translates ({printed})",
                         locate(report, en), hint="check the scale: 亿 is a hundred million (12.76亿 = 1.276 billion), 万 ten thousand",
                         related=(Related(locate(report, closest), f"the Chinese has “{closest.figure.printed}”"),), anchor=anchor(en))
