"""Report text (zh or en) -> Figure records; Figure -> printed zh/en string. Pure, no I/O."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Context, Decimal, localcontext
from functools import cached_property, lru_cache

from .numerals import (AR_PATTERN, CN_START_LENIENT, CN_START_STRICT, CORE_TAIL, DIGIT_CHARS,
                       MONTH_NAMES, NONZERO_DIGIT_CHARS, SEVERAL_EN_WORDS, canonical, date_span,
                       digit_by_digit, en_number, end_of, evaluate, fold_fullwidth,
                       format_date, interval, several, several_words, zh_parts)
from .units import (CASE_SENSITIVE, CURRENCY_CODES, NOT_BEFORE, OF_CO2E, PER_THING, PER_WHAT, PREFIX_CURRENCY,
                    PREFIX_CURRENCY_ZH, UNITS, Unit, fuse, lookup_unit, suffix_forms)

__all__ = ["Figure", "declared", "find_figures", "format_figure", "format_zh", "parse_figure"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as printed, with the interval of values its wording admits.

    Numbers: value/low/high/precision are in base units of `unit`, and `unit` is
    the printed unit, scale included (677万人次 -> 6770000, unit "wan_person_times"
    whose base is "person_times"). Percents keep the printed number (39.6% -> 39.6).
    Dates and periods have value None and low/high bracketing the stated span as
    yyyymmdd integers (2016年9月 -> [20160901, 20160931)), precision 1/100/10000.
    """

    printed: str
    start: int
    end: int
    value: Decimal | None
    low: Decimal
    high: Decimal
    precision: Decimal
    unit: str | None
    qualifier: str | None
    kind: str
    date: tuple[int, int | None, int | None] | None = None
    period: tuple[int, int] | None = None
    # Declared, not written in running text: a metric's value or a table cell typed as a figure. "1,000" declared
    # is the figure itself (999.5-1,000.5); in prose "1,000人" may be 1,200 rounded to the thousand (facts.loose_interval).
    exact: bool = False


def declared(fig: Figure | None) -> Figure | None:
    """`fig` as a declared figure (a metric's value, a table cell): its trailing zeros are significant."""
    return fig if fig is None or fig.exact else replace(fig, exact=True)


_CTX = Context(prec=60)
_ONE = Decimal(1)

_QUALIFIERS: dict[str, str] = {
    **dict.fromkeys(("超过", "超出", "多于", "高于", "大于", "突破", "逾", "超", "过", "破",
                     "more than", "over", "above", "exceeding", "in excess of", "upwards of"),
                    "over"),
    **dict.fromkeys(("不超过", "不高于", "不大于", "不多于", "至多", "最多", "以下", "及以下", "以内", "up to",
                     "at most", "no more than", "not more than", "a maximum of", "or less",
                     "or fewer", "or below"), "at_most"),
    **dict.fromkeys(("至少", "不少于", "不低于", "不下于", "最少", "起码", "以上", "及以上",
                     "at least", "no less than", "not less than", "no fewer than",
                     "a minimum of", "or more", "or above", "or over", "+"), "at_least"),
    **dict.fromkeys(("不到", "不足", "少于", "低于", "未满", "未达", "小于", "less than",
                     "fewer than", "under", "below"), "under"),
    **dict.fromkeys(("接近", "将近", "近", "nearly", "almost", "close to", "just under"),
                    "nearly"),
    **dict.fromkeys(("大约", "约为", "约合", "大概", "约", "左右", "上下", "about", "approximately",
                     "approx.", "around", "roughly", "some", "an estimated"), "about"),
}
_POST_WORDS = ("以上", "及以上", "以下", "及以下", "以内", "左右", "上下")


def _alt(words: list[str] | tuple[str, ...]) -> str:
    longest_first = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)


_GUARDED = {  # single characters that are qualifiers only outside common words (通过, 最近, 签约)
    "超": r"(?<![高赶])超(?!过)",
    "过": rf"(?<![通经不度越错路难太])过(?=[0-9.,，{DIGIT_CHARS}十]*[万亿千百萬億])",
    "破": r"(?<!突)破(?=[万亿千百])",
    "近": r"(?<![最附临亲贴靠])近",
    "约": r"(?<![签预合节公制契条违履邀相隐])约",
}
_ZH_PRE = [w for w in _QUALIFIERS if not w.isascii() and w not in _POST_WORDS]
_EN_PRE = [w for w in _QUALIFIERS if w.isascii() and not w.startswith("or ") and w != "+"]
_PRE_ZH = _alt([w for w in _ZH_PRE if w not in _GUARDED]) + "|" + "|".join(_GUARDED.values())
_PRE_EN = rf"(?<![A-Za-z])(?:{_alt(_EN_PRE)})(?![A-Za-z])"
_PRE_FIRST = "".join(sorted({w[0] for w in _ZH_PRE}
                            | {c for w in _EN_PRE for c in w[0] + w[0].upper()}))
_POST = (r"(?:及以上|以上|及以下|以下|以内|左右|上下(?![游级班车楼学])"
         r"|\s+or\s+(?:more|above|over|less|fewer|below)(?![A-Za-z])|\+(?![0-9]))")
# MOP$ before $: the pataca's sign is no US dollar (units.PREFIX_CURRENCY: the codes and signs that precede a number)
_CUR = rf"(?:(?<![A-Za-z])(?:{_alt(PREFIX_CURRENCY)})|[¥￥$]|{_alt(PREFIX_CURRENCY_ZH)}(?=[ \u3000]?[0-9]))"
_CUR_FIRST = "".join(sorted({c for w in (*PREFIX_CURRENCY, *PREFIX_CURRENCY_ZH, "¥", "￥", "$") for c in w[0] + w[0].lower()}))
# 升 is the litre and the verb "to rise": "由5升至8", "2万升到3万" rise, "6,380万升" is a volume
_RISE = "(?![至到为级幅高温值格学职])"


def _form(f: str) -> str:
    """One printed form as a regex: an English one ends at a word's end, and a Chinese one is not read where the
    word goes on into another (units.NOT_BEFORE: 5单位 is no order, 3股东 no share)."""
    guard = ("(?![A-Za-z0-9])" if f[-1].isascii() and f[-1].isalnum() else _RISE if f.endswith("升")
             else f"(?![{NOT_BEFORE[f]}])" if f in NOT_BEFORE else "")
    form = re.escape(f).replace(r"\ ", r"\s")
    return (f"(?-i:{form})" if f in CASE_SENSITIVE else form) + guard


_LISTED = [f for f in suffix_forms() if "/" not in f]
_LISTED_PER = [f for f in suffix_forms() if "/" in f]   # mg/Nm³, 吨/万元, 毫克/立方米（标态）
_UNIT = "|".join(_form(f) for f in _LISTED)   # longest first, so 万人次 wins over 人次 and kilowatt-hours over kilowatt
# An intensity of two Chinese units the registry does not list as one ("2.48吨/吨产品", "0.35千瓦时/万元产值"):
# read whole, so that it is never taken for its numerator (units.py derives it, compared only with itself)
# with an English numerator too ("0.12tCO2e/万元", "545kgce/吨"): a numerator is any unit but a ratio or a sign
_RATIOS = ("%", "％", "个百分点", "百分点", "倍", "‰", "times", "fold", "percent", "per cent", "pct", "per mille",
           "percentage points", "percentage point")
_TOPS = "|".join(_form(f) for f in _LISTED if f not in _RATIOS)
# the denominator stays Chinese (units._derived): "2,531万千瓦时/GWh" is read as 万千瓦时, as a writer declares its metric
_BOTTOMS = "|".join(_form(f) for f in _LISTED if f not in _RATIOS and re.search("[\u4e00-\u9fff]", f))
# "3.11吨标准煤/床": or divided by a thing no figure is counted in (units.PER_THING), tried first (门店 before 门), unless
# a unit goes on from it (车公里 is a unit, 车 only its first word)
# "305千克二氧化碳当量/头": a mass numerator may name CO2e after its unit (units.OF_CO2E)
# A listed intensity or concentration is tried first, unless a word goes on after it (毫克/立方米（标态） is listed
# whole; 吨/万元产值 is 吨/万元 of output value)
_UNIT = ("|".join(_form(f) + r"(?![\u4e00-\u9fff])" for f in _LISTED_PER) + "|"
         + rf"(?:{_TOPS})(?:{_alt(OF_CO2E)})?[/／](?:(?:{_alt(tuple(PER_THING))})(?!{_BOTTOMS})|(?:{_BOTTOMS}|(?:百万|千|百|万|亿)(?:{_BOTTOMS}))(?:{_alt(tuple(PER_WHAT))})?)|"
         + _UNIT)  # 千克/百吨公里; a listed denominator first, so that 克/千瓦时 is not 克 per thousand 瓦
_YEAR = r"(?<![0-9A-Za-z_.])(?:19|20)[0-9]{2}(?![0-9])"
_MONTH = rf"(?:{_alt((*MONTH_NAMES, 'Sept', *(m[:3] for m in MONTH_NAMES)))})(?![a-z])"
_MONTH_ABBR = tuple(n[:3].lower() for n in MONTH_NAMES)
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_ORD = r"(?:st|nd|rd|th)?"
_SP = r"[ \u3000]"
_NUMBER_START = r"(?<![0-9A-Za-z_.])(?<![A-Za-z]-)(?<![0-9]:)"


def _num_pattern(cn_start: str) -> str:
    return (
        # the lookahead guards let a digit skip the long qualifier alternations at once
        rf"(?:(?=[{_PRE_FIRST}])(?:(?P<n_pz>{_PRE_ZH})(?:(?<=[约概])有)?{_SP}?|(?P<n_pe>{_PRE_EN})\s+))?"
        rf"(?:(?=[{_CUR_FIRST}])(?P<n_cur>{_CUR}){_SP}?)?"
        r"(?P<n_neg>(?<![0-9A-Za-z_.,)/\-])-(?=[0-9]))?"
        rf"(?(n_cur)|{_NUMBER_START})(?P<n_core>(?:{AR_PATTERN}|{cn_start}"
        rf"|(?<=[过超逾近破])(?:[千百]?[万亿]|千|百)){CORE_TAIL})"
        rf"(?:{_SP}?(?P<n_unit>{_UNIT}))?(?P<n_post>{_POST})?"
    )


_PATTERNS: dict[str, str] = {
    "date_en": (
        r"(?<![A-Za-z0-9])(?:as\s+(?:of|at)\s+)?(?P<e_end>(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?"
        rf"|year-end\s+)?(?:(?P<e_m1>{_MONTH})\.?\s+(?P<e_d1>{_DAY}){_ORD},?\s+(?P<e_y1>{_YEAR})"
        rf"|(?P<e_d2>{_DAY}){_ORD}\s+(?P<e_m2>{_MONTH})\.?,?\s+(?P<e_y2>{_YEAR})"
        rf"|(?P<e_m3>{_MONTH})\.?,?\s+(?P<e_y3>{_YEAR})|(?(e_end)(?P<e_y4>{_YEAR})|(?!)))"
    ),
    "iso": rf"(?P<i_y>{_YEAR})(?P<i_sep>[-/.])(?P<i_m>1[0-2]|0?[1-9])(?P=i_sep)(?P<i_d>{_DAY})",
    "period": (
        rf"(?:(?P<p_between>between)\s+)?(?P<p_y1>{_YEAR}){_SP}?(?:年度?)?{_SP}*"
        rf"(?P<p_sep>——|[-–—~～/至到]|\s(?P<p_word>to|through|until|till|and)(?=\s)){_SP}*\s*"
        # 28,473 after "2023 to" is a count (a digit group follows), and so is a number followed by its own year
        # ("from 31,205 in 2023 to 2010 in 2024")
        rf"(?P<p_y2>(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?!\.?[0-9]|,[0-9]{{3}}(?![0-9])|\s+in\s+(?:19|20)[0-9]{{2}})"
        rf"(?:{_SP}?年度?)?"
    ),
    "date_zh": (
        rf"(?:截至|截止(?:到|至)?)?{_SP}?(?P<z_y>{_YEAR}|[〇零一二三四五六七八九]{{4}}){_SP}?年"
        rf"(?:(?P<z_end>底|末|终)|度|{_SP}?(?P<z_m>1[0-2]|0?[1-9])(?![0-9]){_SP}?月份?"
        rf"(?:{_SP}?(?P<z_d>{_DAY}){_SP}?[日号]|(?P<z_mend>底|末))?)?"
    ),
    # month/day without a year: skipped, or dated from a preceding full date
    "md": (rf"(?<![0-9.])(?:(?P<d_m>1[0-2]|0?[1-9])(?![0-9]){_SP}?月份?"
           rf"(?:{_SP}?(?P<d_md>{_DAY}){_SP}?[日号])?|(?P<d_d>{_DAY}){_SP}?[日号](?![元圆]))"),  # 12日元 is yen
    "md_en": (rf"(?<![A-Za-z0-9])(?:{_DAY}{_ORD}\s+{_MONTH}|{_MONTH}\.?\s+{_DAY}{_ORD})"
              r"(?![A-Za-z0-9])"),
    "pct": rf"百分之(?P<c_num>{AR_PATTERN}|[{DIGIT_CHARS}十百千]+(?:点[{DIGIT_CHARS}]+)?)",
    "several": (
        r"(?P<s_word>(?:(?<![人次户件总基指函分倍系参变])数|几|(?<![以线加马向])上)[十百千万亿]{1,3}"
        rf"|十几[万亿]?|(?<![A-Za-z])(?:{_alt(SEVERAL_EN_WORDS)})(?:\s+of)?(?![A-Za-z]))"
        rf"(?:{_SP}?(?P<s_unit>{_UNIT}))?"
    ),
}


class _Grammar:
    """The figure grammar, compiled on first use: a check whose figures all come from the
    figure cache (facts.py) never pays the ~0.15 s of compiling it."""

    def __init__(self, cn_start: str) -> None:
        self.names: tuple[str, ...] = (*_PATTERNS, "num")
        self._cn_start = cn_start
        self._alts: dict[str, re.Pattern[str]] = {}

    @cached_property
    def sources(self) -> dict[str, str]:
        return {**_PATTERNS, "num": _num_pattern(self._cn_start)}

    @cached_property
    def scan(self) -> re.Pattern[str]:
        """All alternatives, leftmost first."""
        return re.compile("|".join(f"(?P<{k}>{v})" for k, v in self.sources.items()), re.IGNORECASE)

    def alt(self, name: str) -> re.Pattern[str]:
        """One alternative alone, to fall back to the next at the same place."""
        rx = self._alts.get(name)
        if rx is None:
            rx = self._alts[name] = re.compile(self.sources[name], re.IGNORECASE)
        return rx


_STRICT = _Grammar(CN_START_STRICT)
_LENIENT = _Grammar(CN_START_LENIENT)
_EN_BEFORE = " \t\n\r([“\"'‘/,;:，、：；（。"


@lru_cache(maxsize=None)   # compiled on first use, like the grammar
def _prefilter() -> re.Pattern[str]:
    """Every position where a figure may start, as one branch per leading literal.

    That shape lets the regex engine skip all other characters in C, and the full
    grammar runs only at the hits. English keywords are found through the space
    or punctuation before them (hit + 1), so ordinary letters are skipped too.
    """
    places = "十拾百佰千仟万萬亿億"
    rests: dict[str, list[str]] = {}
    for lead, rest in (
        *((d, rf"(?<![0-9A-Za-z_]{d})") for d in "0123456789"),
        *((c, rf"(?=[{places}])") for c in NONZERO_DIGIT_CHARS),
        *((c, rf"(?=[{DIGIT_CHARS}]{{3}}年)") for c in "一二"),
        *((c, "(?=[多余])") for c in "千百万亿"), *((c, rf"(?=[{places}])") for c in "数几上"),
        ("十", ""), ("拾", ""), ("-", "(?=[0-9])"), ("$", ""), ("¥", ""), ("￥", ""), ("€", ""), ("£", ""),
        # HK$5亿 straight after a Chinese word: its letters start the figure, not the $ (no US dollar)
        *((w[0], rf"(?<![A-Za-z]{re.escape(w[0])}){re.escape(w[1:])}(?=[ \u3000]?[0-9])") for w in PREFIX_CURRENCY
          if w[0].isalpha()),
        *((w[0], re.escape(w[1:])) for w in (*_ZH_PRE, *PREFIX_CURRENCY_ZH, "百分之", "截至", "截止")),
    ):
        rests.setdefault(lead, []).append(rest)
    words = (*_EN_PRE, "as of", "as at", "the end", "end of", "year-end", "between", *PREFIX_CURRENCY, *SEVERAL_EN_WORDS)
    for c in _EN_BEFORE:
        rests.setdefault(c, []).append(rf"(?=(?i:{_alt(words)})(?![A-Za-z])|{_MONTH})")
    return re.compile("|".join(re.escape(c) + (f"(?:{'|'.join(r)})" if all(r) else "")
                               for c, r in rests.items()))


_AT_START = re.compile("")   # nothing precedes position 0, so it is always a candidate
_YEAR_CONTEXT = re.compile(r"(?<![A-Za-z])(?:in|since|from|until|till|during|year|FY|fiscal\s+year)"
                           r"\s+$", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_CONNECTOR = re.compile(r"[ \u3000]*(?:至|到|——|[-–—~～])[ \u3000]*")
_PAST = ("year", "month", "week", "day")   # 近3年 is "the past 3 years", not "nearly 3 years"


@dataclass(slots=True)
class _Scan:
    norm: str          # text with full-width digits and signs folded, same length
    text: str
    out: list[Figure]
    lenient: bool      # whole-text parse: lone numerals such as 三 are figures


_Result = Figure | int | None   # a figure, a position to resume at, or "try the next alternative"


def _date(s: _Scan, start: int, end: int, y: int, m: int | None, d: int | None) -> Figure | None:
    span = date_span(y, m, d)
    if span is None:
        return None
    return Figure(s.text[start:end], start, end, None, *span, None, None, "date", date=(y, m, d))


def _h_date_en(m: re.Match[str], s: _Scan) -> _Result:
    y = int(m["e_y1"] or m["e_y2"] or m["e_y3"] or m["e_y4"])
    name = m["e_m1"] or m["e_m2"] or m["e_m3"]
    month = _MONTH_ABBR.index(name[:3].lower()) + 1 if name else None
    day = int(m["e_d1"] or m["e_d2"] or 0) or None
    if m["e_end"] and day is None:
        y, month, day = end_of(y, month)
    return _date(s, m.start(), m.end(), y, month, day)


def _h_iso(m: re.Match[str], s: _Scan) -> _Result:
    return _date(s, m.start(), m.end(), int(m["i_y"]), int(m["i_m"]), int(m["i_d"]))


def _h_period(m: re.Match[str], s: _Scan) -> _Result:
    y1, y2 = int(m["p_y1"]), int(m["p_y2"])
    if len(m["p_y2"]) == 2:
        if m["p_word"]:
            return None   # "2015-16" shortens the end year, "2015 to 16" does not: "from 35 in 2023 to 28 in 2024"
        y2 += y1 // 100 * 100   # 2015-16
    if y2 <= y1 or (m["p_sep"].strip().lower() == "and") != bool(m["p_between"]):
        return None
    return Figure(s.text[m.start():m.end()], m.start(), m.end(), None, Decimal(y1 * 10000 + 101),
                  Decimal(y2 * 10000 + 1232), Decimal(10000), None, None, "period",
                  period=(y1, y2))


def _h_date_zh(m: re.Match[str], s: _Scan) -> _Result:
    y = int(m["z_y"]) if m["z_y"].isdigit() else digit_by_digit(m["z_y"])
    if y is None or not 1900 <= y <= 2099:
        return None
    month, day = int(m["z_m"] or 0) or None, int(m["z_d"] or 0) or None
    if m["z_end"] or m["z_mend"]:
        y, month, day = end_of(y, month)
    return _date(s, m.start(), m.end(), y, month, day)


def _h_md(m: re.Match[str], s: _Scan) -> _Result:
    """9日 in 2016年9月7日至9日 takes year and month from the date before the connector."""
    prev = s.out[-1] if s.out else None
    if prev is None or prev.date is None or not _CONNECTOR.fullmatch(s.norm, prev.end, m.start()):
        return m.end()   # a month or day with no year is not a figure; skip it whole
    y, month, _ = prev.date
    day = int(m["d_md"] or m["d_d"] or 0) or None
    return _date(s, m.start(), m.end(), y, int(m["d_m"] or 0) or month, day) or m.end()


def _make(s: _Scan, start: int, end: int, value: Decimal | None, low: Decimal, high: Decimal,
          precision: Decimal, unit: Unit | None, qual: str | None) -> Figure:
    kind = ("number" if unit is None else "percent" if unit.dimension == "percent"
            else "multiple" if unit.base == "times" else "number")
    return Figure(s.text[start:end], start, end, None if value is None else canonical(value),
                  canonical(low), canonical(high), canonical(precision), unit.id if unit else None,
                  qual, kind)


def _h_pct(m: re.Match[str], s: _Scan) -> _Result:
    core = evaluate(m["c_num"])
    if core is None:
        return None
    low, high = interval(core.value, core.precision, None, None)
    return _make(s, m.start(), m.end(), core.value, low, high, core.precision, UNITS["percent"],
                 None)


def _h_several(m: re.Match[str], s: _Scan) -> _Result:
    got = several(m["s_word"])
    if got is None:
        return None
    last = m["s_word"][-1]
    tail = ((last, Decimal(10) ** (4 if last == "万" else 8)),) if last in "万亿" else ()
    return _make(s, m.start(), m.end(), None, *got, fuse(m["s_unit"], tail), "several")


# "约为2022年的1.5倍", "近2019年的两倍", "约占2023年的": a year followed by 的 names the period of the figure after
# it, which a comparison is made with; the qualifier before the year qualifies that figure, not a count of years
_REFERENCE_YEAR = re.compile(rf"(?:19|20)[0-9]{{2}}{_SP}?年(?:度|末|底)?{_SP}?的")


def _year_of_reference(norm: str, at: int) -> bool:
    return _REFERENCE_YEAR.match(norm, at) is not None


def _h_num(m: re.Match[str], s: _Scan) -> _Result:
    core, text = evaluate(m["n_core"]), m["n_core"]
    if core is None:
        return None
    start, core_start, core_end = m.start(), m.start("n_core"), m.end("n_core")
    if (m["n_pz"] or m["n_pe"]) and any(_STRICT.alt(name).match(s.norm, core_start)
                                        for name in ("iso", "period", "md_en")):
        return core_start   # "over 2015-2016", "around 9 September": no qualifier on dates
    if m["n_pz"] and _year_of_reference(s.norm, core_start):
        return core_start   # "约为2022年的1.5倍": the qualifier is the multiple's, the year only says of what
    unit = fuse(m["n_unit"], core.tail)
    # the scale of the printed unit that the digits' own scale word does not give (12人民币万元, a metric's unit
    # column; 1,860千升; 640毫升; 1,050万千升 is 万 of the digits and 千 of the unit): the value is still counted in
    # the base unit
    k = _unit_scale(unit, core.tail)
    if k != 1:
        core = replace(core, value=core.value * k, precision=core.precision * k, step=core.step * k if core.step else None)
    # 十分 is "very" (十分重视), never ten points
    if core.lone and not s.lenient and not (unit is not None and text in "十拾" and unit.id != "score"):
        return None
    nxt = s.norm[core_end:core_end + 2]
    if text[-1].isdigit() and not m["n_unit"] and (
            nxt[:1].isascii() and nxt[:1].isalpha() or nxt[:1] == ":" and nxt[1:].isdigit()):
        return None   # 4G, 3D, 2nd and 9:30 are not figures
    if unit is not None and unit.id == "times" and m["n_unit"].isascii() and core.value >= 1000:
        unit = UNITS["ci"]   # "74.85 million times" counts occurrences, it is no multiple
    if m["n_cur"]:
        unit = _in_currency(unit, lookup_unit(m["n_cur"]))
    end = m.end()
    if unit is None and not m["n_post"] and _counts_days(core.value, text, s.norm[end : end + 2], s.lenient):
        unit, end = UNITS["day"], end + 1
    pre = m["n_pz"] or m["n_pe"]
    qual = _QUALIFIERS.get(" ".join(pre.lower().split())) if pre else None
    if m["n_pz"] == "近" and unit is not None and unit.base in _PAST and not s.lenient:
        qual = None
        start = min(i for i in (m.start("n_cur"), m.start("n_neg"), core_start) if i >= 0)
    if qual is None and m["n_post"]:
        qual = _QUALIFIERS.get(" ".join(m["n_post"].lower().split()))
    if qual is None and core.step is not None:
        qual = "more"
    if (not s.lenient and qual is None and unit is None and _BARE_YEAR.fullmatch(text)
            and _YEAR_CONTEXT.search(s.norm, max(0, start - 20), start)):
        return _date(s, start, m.end(), int(text), None, None)   # "in 2016"
    value = -core.value if m["n_neg"] else core.value
    low, high = interval(value, core.precision, qual, core.step)
    return _make(s, start, end, value, low, high, core.precision, unit, qual)


def _unit_scale(unit: Unit | None, tail: tuple[tuple[str, Decimal], ...]) -> Decimal:
    """What the value read from the digits is still to be multiplied by for the printed unit's scale: the unit's
    scale, less the scale word after the digits that the unit was fused with (1.2亿 + 千瓦时 = 亿千瓦时: none)."""
    if unit is None or unit.scale == 1 or unit.dimension == "intensity":
        return _ONE
    fused = next((mult for word, mult in tail if unit.zh.startswith(word)), _ONE) if tail else _ONE
    return unit.scale / fused


def _in_currency(unit: Unit | None, currency: Unit | None) -> Unit | None:
    """The unit of an amount whose currency is printed before it: HK$50万元 and 港幣3,200萬元 are Hong Kong dollars,
    the 元 after the number only says "amount" (its scale word stays: 万元 -> 万港元)."""
    if currency is None or (unit is not None and (unit.base != "yuan" or currency.base == "yuan")):
        return unit or currency
    if unit is None:
        return currency
    return lookup_unit(unit.zh.removesuffix("元") + currency.zh) or currency


def _counts_days(value: Decimal, text: str, after: str, whole: bool = False) -> bool:
    """"損失工作日數為1,962日": Hong Kong and Taiwan writers count days in 日 where the mainland writes 天. A number
    before 日 that cannot be a day of the month (over 31, with a decimal or a thousands comma) is a number of days;
    9日 is a date (the md grammar reads it), 日元 / 日圆 is yen. A figure read whole (a metric's value and its unit
    日, parse_figure) is a number of days whatever its size: no date is declared so."""
    if not after.startswith("日") or after[1:2] in ("元", "圆", "币", "幣"):
        return False
    return value > 31 or value != value.to_integral_value() or "," in text or "，" in text or whole and after == "日"


_HANDLERS: dict[str, Callable[[re.Match[str], _Scan], _Result]] = {
    "date_en": _h_date_en, "iso": _h_iso, "period": _h_period, "date_zh": _h_date_zh,
    "md": _h_md, "pct": _h_pct, "several": _h_several, "num": _h_num,
    "md_en": lambda m, s: m.end(),   # "9 September" with no year: no figure, nor "around 9"
}


def _resolve(grammar: _Grammar, m: re.Match[str], s: _Scan) -> _Result:
    """Handle the alternative that matched; if it declines, try the later ones at the same place."""
    start, k = m.start(), grammar.names.index(m.lastgroup or "num")
    match: re.Match[str] | None = m
    while True:
        if match is not None:
            try:
                result = _HANDLERS[grammar.names[k]](match, s)
            except (ArithmeticError, ValueError):
                result = None   # absurd inputs (1亿亿亿…, 400-digit numbers) are not figures
            if result is not None:
                return result
        k += 1
        if k == len(grammar.names):
            return None
        match = grammar.alt(grammar.names[k]).match(s.norm, start)


def _scan(text: str) -> list[Figure]:
    s = _Scan(fold_fullwidth(text), text, [], lenient=False)
    pos = 0
    while pos < len(text):
        hit = _prefilter().search(s.norm, pos) if pos else _AT_START.match(s.norm)
        if hit is None:
            break
        at = hit.start() + (s.norm[hit.start()] in _EN_BEFORE)
        m = _STRICT.scan.match(s.norm, at)
        result = _resolve(_STRICT, m, s) if m else None
        if isinstance(result, Figure):
            s.out.append(result)
        pos = max(result.end if isinstance(result, Figure) else result or 0, hit.start() + 1)
    return s.out


# "ISO 50001", "GB/T 24001-2016", "ISO/IEC 27001:2013", "OHSAS 18001", "IEC 61215", "GRI 305-1": the number of a
# standard or a framework's disclosure is part of its name, never a quantity; a designation's prefix (the issuing
# body, with /T, /Z or a second body after a slash) and its number, parts and :year are one identifier
_DESIGNATION = re.compile(
    r"(?<![A-Za-z])(?:ISO|IEC|IECQ|IATF|OHSAS|SA|EN|BS|AA|ASTM|PAS|UL|IEEE|ANSI|JIS|DIN|GB|HJ|NB|DL|JB|YY|QC|TL|GRI|SDG)"
    r"(?:/[A-Z]{1,4})*(?:[ \u00a0](?:EN|QC|ISO|IEC))?[ \u00a0]?[A-Z]?\d+(?:\.\d+)*(?:[-‐–]\d+)*"
    r"(?:[:：—–-](?:19|20)\d\d)?(?!\d|[.,]\d)")


def _designations(text: str, found: list[Figure]) -> list[Figure]:
    spans = [m.span() for m in _DESIGNATION.finditer(text)]
    return [f for f in found if not any(a <= f.start < b for a, b in spans)]


# "范围1温室气体排放", "范围2排放": the GHG Protocol's scopes are numbered, and a report writes 范围1 as often as 范围一;
# the digit is the scope's name (as 一 is in 范围一, which is no figure either), never a quantity; so are the digits
# of "范围1、2" and "范围1和2"
_SCOPE_NAME = re.compile(r"范围\s?[123](?:\s?(?:、|和|及|与|/|\+|＋)\s?[123])*(?![\d.,，%])")


def _scope_names(text: str, found: list[Figure]) -> list[Figure]:
    spans = [m.span() for m in _SCOPE_NAME.finditer(text)]
    return [f for f in found if not (f.end == f.start + 1 and any(a <= f.start < b for a, b in spans))]


def find_figures(text: str) -> tuple[Figure, ...]:
    """Every figure in running zh/en prose, left to right, non-overlapping.

    Choices: a single Chinese digit is no figure (一起, 之一, 三个方面: such words are
    far too common), bare 十 only with a unit (十年, not 十分); digits glued to Latin letters
    (QQ2016, 4G, H5) and month/day without a year (9月7日, 9 September) are not
    figures, except a day after a full date and a connector (2016年9月7日至9日),
    which takes its year and month; a bare 19xx/20xx after in/since/from/until/
    during/FY is a year date; 近 before years/months/days means "the past";
    English "times" after a number of 1000 or more counts occurrences (次);
    section numbers such as 2.5 are returned as plain numbers.
    """
    hit = MEMO.used.get(text)
    if hit is None:
        hit = MEMO.stored.pop(text, None)
        if hit is None:
            with localcontext(_CTX):
                hit = _scan(text)
                if hit and any(c in text for c in "IGSEBAPUDJHNQTY"):
                    hit = _designations(text, hit)
                if hit and "范围" in text:
                    hit = _scope_names(text, hit)
                if "成" in text:
                    hit = sorted(hit + _tenths(text, hit), key=lambda f: f.start)
                if "倍" in text:
                    hit = sorted(hit + _times(text, hit), key=lambda f: f.start)
                hit = tuple(hit)
            MEMO.computed += 1
        MEMO.used[text] = hit
    return hit


_TENTH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "近九成的同事", "超过七成", "八成五": tenths, as Chinese writers round a share; 一成 only after a qualifier (一成不变)
_TENTHS = re.compile(r"(接近|将近|近|约|大约|超过|逾|不到|不足)?\s*([一二两三四五六七八九])成([一二三四五六七八九](?![十百千万亿]))?"
                     r"(?!不变|为|立|功|长|员(?!工)|本|果|熟|型|交|品|年|都|市|就|绩|效)(以上|左右|以下)?")


def _tenths(text: str, found: list[Figure]) -> list[Figure]:
    """Percent figures written in tenths (九成 = 90%, 八成五 = 85%), with the interval of their rounding: 九成 is
    85-95%, 八成五 84.5-85.5%; a qualifier bounds them as it bounds 90% (近九成: 81-90%)."""
    out = []
    for m in _TENTHS.finditer(text):
        qualifier, tens, ones = m.group(1) or "", _TENTH_DIGITS[m.group(2)], m.group(3)
        if tens == 1 and not qualifier or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        value = tens * 10 + (_TENTH_DIGITS[ones] if ones else 0)
        fig = _parse_figure(f"{qualifier}{value}%{m.group(4) or ''}")
        if fig is None:
            continue
        if fig.qualifier is None:  # rounded to the tenth (or to the percent after 八成五), not to the percent
            half = Decimal("0.5") if ones else Decimal(5)
            fig = replace(fig, low=Decimal(value) - half, high=Decimal(value) + half, precision=half * 2)
        out.append(replace(fig, printed=m.group(0), start=m.start(), end=m.end()))
    return out


# "为2023年的两倍", "约为2014年的三倍", "增长三倍": a multiple in a Chinese digit, as writers round a ratio to a whole
# number. Only after what compares (的, 为, 是, 达, a verb of change) and before nothing that makes 倍 a word of its own
# (倍增, 倍数); 一倍 is left alone (提高一倍, 成倍: doubling said as an idiom)
_TIMES = re.compile(r"(?<=[的为是达至到长加高升])(约|近|逾|超过)?\s*([二两三四五六七八九十])倍(?![增数率])(以上|左右)?")


def _times(text: str, found: list[Figure]) -> list[Figure]:
    """Multiples written with a Chinese digit (两倍 = 2倍), read as the digits would be."""
    out = []
    for m in _TIMES.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        value = 10 if m.group(2) == "十" else _TENTH_DIGITS[m.group(2)]
        fig = _parse_figure(f"{m.group(1) or ''}{value}倍{m.group(3) or ''}")
        if fig is not None:
            out.append(replace(fig, printed=m.group(0), start=m.start(), end=m.end()))
    return out


# "集体合同覆盖全部员工": what covers all of a group states its coverage, 100% (a coverage rate, as 覆盖率100% says)
_ALL_COVERED = re.compile(r"(?<=覆盖)(?:了)?(全部|所有|全体)(?=[\u4e00-\u9fff])")


def covered_all(text: str) -> tuple[Figure, ...]:
    """"覆盖全部员工" as the figure 100%, printed 全部: the coverage an index item asks for as a percentage (K405). Not
    a figure of find_figures: the text prints no digit, and the same-fact rules compare what is printed."""
    if "覆盖" not in text:
        return ()
    fig = _parse_figure("100%")
    if fig is None:
        return ()
    return tuple(replace(fig, printed=m.group(1), start=m.start(1), end=m.end(1)) for m in _ALL_COVERED.finditer(text))


@dataclass(slots=True)
class _Memo:
    """find_figures results: `stored` from an earlier run (figcache.py), `used` in this one.

    A pure function of the text, so memoising is safe; the checks ask for the same paragraph
    several times (its figures, then its dates for each figure).
    """

    stored: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    used: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    parsed_stored: dict[str, Figure | None] = field(default_factory=dict)   # parse_figure, likewise
    parsed_used: dict[str, Figure | None] = field(default_factory=dict)
    computed: int = 0


MEMO = _Memo()


def parse_figure(text: str) -> Figure | None:
    """The stripped text as exactly one figure, else None; lone numerals (三, 十) are accepted."""
    if text in MEMO.parsed_used:
        return MEMO.parsed_used[text]
    if text in MEMO.parsed_stored:
        fig = MEMO.parsed_stored.pop(text)
    else:
        fig = _parse_figure(text)
        MEMO.computed += 1
    MEMO.parsed_used[text] = fig
    return fig


_WORD_NOT_COUNT = re.compile(r"^[一二两三四五六七八九十]起$")  # 一起 "together", 两起 only in context


def _parse_figure(text: str) -> Figure | None:
    stripped = text.strip()
    if _WORD_NOT_COUNT.match(stripped):
        return None
    offset = len(text) - len(text.lstrip())
    s = _Scan(fold_fullwidth(stripped), stripped, [], lenient=True)
    with localcontext(_CTX):
        m = _LENIENT.scan.match(s.norm)
        f = _resolve(_LENIENT, m, s) if m else None
    if not isinstance(f, Figure) or f.end != len(stripped):
        return None
    return Figure(f.printed, f.start + offset, f.end + offset, f.value, f.low, f.high,
                  f.precision, f.unit, f.qualifier, f.kind, f.date, f.period)


def format_zh(value: Decimal, precision: Decimal = Decimal(1)) -> str:
    """Plain number as a Chinese report prints it: 6770000/10000 -> 677万, 38775 -> 38,775.

    Never drops a digit the value has, whatever the precision says.
    """
    with localcontext(_CTX):
        digits, word, _ = zh_parts(value, precision)
        return digits + word


_ZH_TOP = {_ONE: Decimal(10) ** 12, Decimal(10) ** 8: Decimal(10) ** 4}
_ZH_PREFIX = {"over": "超过", "nearly": "近", "about": "约", "under": "不到", "at_most": "不超过"}
_EN_PREFIX = {"over": "more than", "more": "more than", "at_least": "at least", "nearly": "nearly",
              "about": "about", "under": "less than", "at_most": "up to"}


def _several(fig: Figure, unit: Unit | None, lang: str) -> str:
    if lang == "zh":
        scale = unit.scale if unit is not None else _ONE
        words = several_words(fig.low / scale, fig.precision / scale, "zh")
        return words + (unit.zh if unit else "")
    base = UNITS[unit.base] if unit is not None else None
    noun = base.en_plural if base is not None else ""
    words = several_words(fig.low, fig.precision, "en")
    return f"{words} {noun}" if noun and words.startswith("more") else \
        f"{words} of {noun}" if noun else words


def _zh_body(fig: Figure, value: Decimal, unit: Unit | None) -> str:
    scale = unit.scale if unit is not None else _ONE
    # 38,775万元 keeps its unit, whose own scale word leaves room only for 万 before 亿 (2.4万亿元)
    top = _ONE if fig.kind != "number" else _ZH_TOP.get(scale, _ONE)
    digits, word, wscale = zh_parts(value / scale, fig.precision / scale, top)
    number = digits + word
    if fig.qualifier == "more":
        # 20多万 is 200000-299999 while 20万多 is 200000-209999
        step = (fig.high - fig.low) / scale
        number = digits + "多" + word if word and step > wscale else number + "多"
    text = _ZH_PREFIX.get(fig.qualifier or "", "") + number + (unit.zh if unit else "")
    return text + ("以上" if fig.qualifier == "at_least" else "")


def _en_body(fig: Figure, value: Decimal, unit: Unit | None) -> str:
    number = en_number(value, fig.precision)
    base = UNITS[unit.base] if unit is not None else None
    if base is None:
        body = number
    elif base.dimension == "currency":
        body = f"{CURRENCY_CODES.get(base.id, base.en_plural)} {number}"
    elif base.dimension == "percent":
        body = number + "%"
    else:
        name = base.en_singular if number == "1" else base.en_plural
        body = f"{number} {name}" if name else number
    prefix = _EN_PREFIX.get(fig.qualifier or "")
    return f"{prefix} {body}" if prefix else body


def format_figure(fig: Figure, lang: str) -> str:
    """Render `fig` as a zh or en report prints it, from its Decimal fields (never floats)."""
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    with localcontext(_CTX):
        if fig.kind in ("date", "period"):
            return format_date(fig.date, fig.period, lang)
        unit = UNITS.get(fig.unit) if fig.unit else None
        if fig.qualifier == "several" or fig.value is None:
            return _several(fig, unit, lang)
        return (_zh_body if lang == "zh" else _en_body)(fig, fig.value, unit)
