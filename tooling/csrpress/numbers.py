"""Report text (zh or en) -> Figure records; Figure -> printed zh/en string. Pure, no I/O."""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from decimal import Context, Decimal, localcontext

from babel.numbers import format_decimal

from .numerals import (DIGIT_CHARS, NONZERO_DIGIT_CHARS, SEVERAL_EN_BY_PLACE, SEVERAL_EN_WORDS,
                       ZH_PLACE_WORDS, digit_by_digit, evaluate, several)
from .units import UNITS, Unit, lookup_unit, printed_forms

__all__ = ["Figure", "find_figures", "format_figure", "format_zh", "parse_figure"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as printed, with what it admits.

    Numbers: value/low/high/precision are in base units of `unit` (677万人次 ->
    6770000 with unit "wan_person_times", whose base is person_times). Percent
    values are the printed number (39.6% -> 39.6). Dates and periods have
    value None and low/high bracketing the stated span as yyyymmdd integers
    (2016年9月 -> [20160901, 20160931)), precision 1/100/10000 for day/month/year.
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


_CTX = Context(prec=60)
_INF = Decimal("Infinity")
_ONE = Decimal(1)
_TENTH = Decimal("0.1")

# 1:1 character mapping so that spans in the normalised text are spans in the input
_FULLWIDTH = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "．": ".", "％": "%", "－": "-", "＋": "+", "＄": "$", "−": "-",
})

_FW_CHARS = re.compile("[" + re.escape("".join(map(chr, _FULLWIDTH))) + "]")


def _fw(m: re.Match[str]) -> str:
    return chr(_FULLWIDTH[ord(m.group())])


_QUALIFIERS: dict[str, str] = {
    **dict.fromkeys(("超过", "超出", "多于", "高于", "大于", "突破", "逾", "超", "过", "more than",
                     "over", "above", "exceeding", "in excess of", "upwards of"), "over"),
    **dict.fromkeys(("不超过", "不高于", "不大于", "不多于", "至多", "最多", "以下", "以内", "up to",
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


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_GUARDED = {  # single characters that are qualifiers only outside common words (通过, 最近, 签约)
    "超": r"(?<![高赶])超(?!过)",
    "过": r"(?<![通经不度越错路难太])过(?=[0-9.,，" + DIGIT_CHARS + r"十]*[万亿千百萬億])",
    "近": r"(?<![最附临亲贴靠])近",
    "约": r"(?<![签预合节公制契条违履邀相隐])约",
}
_ZH_PRE = [w for w in _QUALIFIERS if not w.isascii() and w not in ("以上", "及以上", "以下",
                                                                   "以内", "左右", "上下")]
_PRE_ZH = _alt([w for w in _ZH_PRE if w not in _GUARDED]) + "|" + "|".join(_GUARDED.values())
_EN_PRE = [w for w in _QUALIFIERS if w.isascii() and not w.startswith("or ") and w != "+"]
_PRE_EN = r"(?<![A-Za-z])(?:" + _alt(_EN_PRE) + r")(?![A-Za-z])"
_PRE_FIRST = "".join(sorted({w[0] for w in _ZH_PRE} | {c for w in _EN_PRE
                                                        for c in (w[0].lower(), w[0].upper())}))
_POST = (r"(?:及以上|以上|以下|以内|左右|上下(?![游级班车楼学])"
         r"|\s+or\s+(?:more|above|over|less|fewer|below)(?![A-Za-z])|\+)")
_CUR = r"(?:(?<![A-Za-z])(?:RMB|CNY|USD|HKD|US\$|HK\$)|[¥￥$]|人民币)"
_CURRENCY_CODES = {"yuan": "RMB", "usd": "USD", "hkd": "HKD"}


def _unit_alt() -> str:
    out = []
    for form in (*printed_forms(), "-fold"):
        if form in ("$", "¥", "￥", "US$", "HK$"):
            continue   # currency symbols are prefixes, never trailing units
        pat = re.escape(form).replace(r"\ ", r"\s")
        out.append(pat + r"(?![A-Za-z0-9])" if form[-1].isascii() and form[-1].isalnum() else pat)
    return "|".join(out)


_UNIT = _unit_alt()
_YEAR = r"(?<![0-9A-Za-z_.])(?:19|20)[0-9]{2}(?![0-9])"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![a-z])")
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_AR = r"(?>[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
_SCALE = r"(?:[十拾佰仟万萬亿億]|百(?!分)|千(?![瓦克米焦卡帕伏]))"
_TAIL = (rf"(?:[ \u3000]?{_SCALE}|{_AR}|[{DIGIT_CHARS}]|[多余]|点(?=[{DIGIT_CHARS}]))*"
         r"(?:[ \u3000]?(?:thousand|million|billion|trillion|bn|mn)(?![A-Za-z])"
         r"|m(?![A-Za-z0-9²³]))?")
_START_STRICT = rf"(?:[{NONZERO_DIGIT_CHARS}](?=[十拾百佰千仟万萬亿億])|[十拾]|[千百万亿](?=[多余]))"
_START_LENIENT = rf"(?:[{DIGIT_CHARS}十拾百佰千仟万萬亿億])"
_NUMBER_START = r"(?<![0-9A-Za-z_.])(?<![A-Za-z]-)(?<![0-9]:)"


def _num_pattern(cn_start: str) -> str:
    return (
        # the lookahead guards let a digit skip the long qualifier alternations at once
        rf"(?:(?=[{_PRE_FIRST}])(?:(?P<n_pz>{_PRE_ZH})[ \u3000]?|(?P<n_pe>{_PRE_EN})\s+))?"
        rf"(?:(?=[RCUHrcuh¥￥$人])(?P<n_cur>{_CUR})[ \u3000]?)?"
        r"(?P<n_neg>(?<![0-9A-Za-z_.,)/\-])-(?=[0-9]))?"
        rf"(?(n_cur)|{_NUMBER_START})(?P<n_core>(?:{_AR}|{cn_start}|(?<=[过超逾近破])"
        rf"(?:[千百]?[万亿]|千|百)){_TAIL})"
        rf"(?:[ \u3000]?(?P<n_unit>{_UNIT}))?(?P<n_post>{_POST})?"
    )


_PATTERNS: dict[str, str] = {
    "date_en": (
        r"(?<![A-Za-z0-9])(?P<e_pre>as\s+(?:of|at)\s+)?(?P<e_end>(?:the\s+)?end\s+of\s+"
        r"(?:the\s+year\s+)?|year-end\s+)?(?:"
        rf"(?P<e_m1>{_MONTH})\.?\s+(?P<e_d1>{_DAY})(?:st|nd|rd|th)?,?\s+(?P<e_y1>{_YEAR})"
        rf"|(?P<e_d2>{_DAY})(?:st|nd|rd|th)?\s+(?P<e_m2>{_MONTH})\.?,?\s+(?P<e_y2>{_YEAR})"
        rf"|(?P<e_m3>{_MONTH})\.?,?\s+(?P<e_y3>{_YEAR})|(?(e_end)(?P<e_y4>{_YEAR})|(?!)))"
    ),
    "iso": rf"(?P<i_y>{_YEAR})(?P<i_sep>[-/.])(?P<i_m>1[0-2]|0?[1-9])(?P=i_sep)(?P<i_d>{_DAY})",
    "period": (
        rf"(?:(?P<p_between>between)\s+)?(?P<p_y1>{_YEAR})[ \u3000]?(?:年度?)?[ \u3000]*"
        r"(?P<p_sep>——|[-–—~～/至到]|\s(?:to|through|until|till|and)(?=\s))[ \u3000]*\s*"
        r"(?P<p_y2>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])(?:[ \u3000]?年度?)?"
    ),
    "date_zh": (
        rf"(?:截至|截止(?:到|至)?)?[ \u3000]?(?P<z_y>{_YEAR}|[〇零一二三四五六七八九]{{4}})[ \u3000]?年"
        rf"(?:(?P<z_end>底|末|终)|度|[ \u3000]?(?P<z_m>1[0-2]|0?[1-9])(?![0-9])[ \u3000]?月份?"
        rf"(?:[ \u3000]?(?P<z_d>{_DAY})[ \u3000]?[日号]|(?P<z_mend>底|末))?)?"
    ),
    "md": (rf"(?<![0-9.])(?:(?P<d_m>1[0-2]|0?[1-9])(?![0-9])[ \u3000]?月份?"
           rf"(?:[ \u3000]?(?P<d_md>{_DAY})[ \u3000]?[日号])?|(?P<d_d>{_DAY})[ \u3000]?[日号])"),
    "pct": rf"百分之(?P<c_num>{_AR}|[{DIGIT_CHARS}十百千]+(?:点[{DIGIT_CHARS}]+)?)",
    "several": (
        r"(?P<s_word>(?:(?<![人次户件总基指函分倍系参变])数|几|(?<![以线加马向])上)[十百千万亿]{1,3}"
        r"|十几[万亿]?|(?<![A-Za-z])(?:" + _alt(list(SEVERAL_EN_WORDS)) + r")(?:\s+of)?(?![A-Za-z]))"
        rf"(?:[ \u3000]?(?P<s_unit>{_UNIT}))?"
    ),
}
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class _Alt:
    name: str
    rx: re.Pattern[str]


def _compile(num_start: str) -> tuple[re.Pattern[str], tuple[_Alt, ...]]:
    pats = {**_PATTERNS, "num": _num_pattern(num_start)}
    scan = re.compile("|".join(f"(?P<{k}>{v})" for k, v in pats.items()), _FLAGS)
    return scan, tuple(_Alt(k, re.compile(v, _FLAGS)) for k, v in pats.items())


_STRICT = _compile(_START_STRICT)
_LENIENT = _compile(_START_LENIENT)


_YEAR_CONTEXT = re.compile(r"(?<![A-Za-z])(?:in|since|from|until|till|during|year|FY|fiscal\s+year)"
                           r"\s+$", _FLAGS)
_CONNECTOR = re.compile(r"[ \u3000]*(?:至|到|——|[-–—~～])[ \u3000]*")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


_EN_BEFORE = " \t\n\r([“\"'‘/,;:，、：；（。"


def _prefilter() -> re.Pattern[str]:
    """Every position where a figure may start, as one branch per leading literal.

    That shape lets the regex engine skip all other characters in C, and the full
    scanner runs only at the hits. English keywords are found through the space
    or punctuation before them (hit + 1), so ordinary letters are skipped too.
    """
    places = "十拾百佰千仟万萬亿億"
    rests: dict[str, list[str]] = {}
    for lead, rest in (
        *((d, rf"(?<![0-9A-Za-z_]{d})") for d in "0123456789"),
        *((c, rf"(?=[{places}])") for c in NONZERO_DIGIT_CHARS),
        *((c, rf"(?=[{DIGIT_CHARS}]{{3}}年)") for c in "一二"),
        *((c, "(?=[多余])") for c in "千百万亿"),
        *((c, rf"(?=[{places}])") for c in "数几上"),
        ("十", ""), ("拾", ""), ("-", "(?=[0-9])"), ("$", ""), ("¥", ""), ("￥", ""),
        *((w[0], re.escape(w[1:])) for w in (*_ZH_PRE, "人民币", "百分之", "截至", "截止")),
    ):
        rests.setdefault(lead, []).append(rest)
    words = [*_EN_PRE, "as of", "as at", "the end", "end of", "year-end", "between", "RMB", "CNY",
             "USD", "HKD", "US$", "HK$", *SEVERAL_EN_WORDS]
    ahead = rf"(?=(?i:{_alt(words)})(?![A-Za-z])|{_MONTH})"
    for c in _EN_BEFORE:
        rests.setdefault(c, []).append(ahead)
    branches = [re.escape(c) + ("(?:" + "|".join(r) + ")" if all(r) else "")
                for c, r in rests.items()]
    return re.compile("|".join(branches))


_CANDIDATE = _prefilter()
_FIRST = re.compile(r"(?=.)", re.DOTALL)   # position 0 is a candidate, nothing precedes it


def _clean(d: Decimal) -> Decimal:
    """Canonical form: integral values without exponent or trailing zeros (1.279亿 -> 127900000)."""
    if not d.is_finite():
        return d
    if d == d.to_integral_value() and d.adjusted() < 50:
        return d.quantize(_ONE)
    return d.normalize()


def _interval(value: Decimal, precision: Decimal, qual: str | None,
              step: Decimal | None) -> tuple[Decimal, Decimal]:
    tenth = abs(value) * _TENTH
    if qual in ("over", "at_least"):
        return value, _INF
    if qual == "under":
        return -_INF, value
    if qual == "at_most":
        return -_INF, value + precision / 2
    if qual == "more" and step is not None:
        return value, value + step
    if qual == "nearly":
        return value - tenth, value
    if qual == "about":
        return value - tenth, value + tenth
    half = precision / 2
    return value - half, value + half


def _date_figure(text: str, start: int, end: int, y: int, m: int | None,
                 d: int | None) -> Figure | None:
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and (m is None or not 1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    code = y * 10000
    if m is None:
        low, high, prec = code + 101, code + 1232, 10000
    elif d is None:
        low, high, prec = code + m * 100 + 1, code + m * 100 + calendar.monthrange(y, m)[1] + 1, 100
    else:
        low, high, prec = code + m * 100 + d, code + m * 100 + d + 1, 1
    return Figure(text[start:end], start, end, None, Decimal(low), Decimal(high), Decimal(prec),
                  None, None, "date", date=(y, m, d))


def _end_of(y: int, m: int | None) -> tuple[int, int, int]:
    month = m or 12
    return y, month, calendar.monthrange(y, month)[1]


_Result = Figure | int | None
_Handler = Callable[[re.Match[str], str, str, list[Figure], bool], _Result]


def _h_date_en(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    y = int(m["e_y1"] or m["e_y2"] or m["e_y3"] or m["e_y4"])
    name = m["e_m1"] or m["e_m2"] or m["e_m3"]
    month = _MONTHS.index(name[:3].lower()) + 1 if name else None
    day_text = m["e_d1"] or m["e_d2"]
    day = int(day_text) if day_text else None
    if m["e_end"] and day is None:
        y, month, day = _end_of(y, month)
    return _date_figure(text, m.start(), m.end(), y, month, day)


def _h_iso(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    return _date_figure(text, m.start(), m.end(), int(m["i_y"]), int(m["i_m"]), int(m["i_d"]))


def _h_period(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    y1, y2 = int(m["p_y1"]), int(m["p_y2"])
    if len(m["p_y2"]) == 2:
        y2 += y1 // 100 * 100
    if y2 <= y1 or (m["p_sep"].strip().lower() == "and") != bool(m["p_between"]):
        return None
    return Figure(text[m.start():m.end()], m.start(), m.end(), None, Decimal(y1 * 10000 + 101),
                  Decimal(y2 * 10000 + 1232), Decimal(10000), None, None, "period",
                  period=(y1, y2))


def _h_date_zh(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    y = digit_by_digit(m["z_y"]) if not m["z_y"].isdigit() else int(m["z_y"])
    if y is None or not 1900 <= y <= 2099:
        return None
    month = int(m["z_m"]) if m["z_m"] else None
    day = int(m["z_d"]) if m["z_d"] else None
    if m["z_end"] or m["z_mend"]:
        y, month, day = _end_of(y, month)
    return _date_figure(text, m.start(), m.end(), y, month, day)


def _h_md(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    """9日 in 2016年9月7日至9日 takes year and month from the date before the connector."""
    prev = out[-1] if out else None
    if prev is None or prev.date is None or not _CONNECTOR.fullmatch(norm, prev.end, m.start()):
        return m.end()   # a month or day with no year is not a figure; skip it whole
    y, pm, _ = prev.date
    month = int(m["d_m"]) if m["d_m"] else pm
    day_text = m["d_md"] or m["d_d"]
    return _date_figure(text, m.start(), m.end(), y, month, int(day_text) if day_text else None) \
        or m.end()


def _make(text: str, start: int, end: int, value: Decimal | None, low: Decimal, high: Decimal,
          precision: Decimal, unit: Unit | None, qual: str | None) -> Figure:
    kind = "number"
    if unit is not None and unit.dimension == "percent":
        kind = "percent"
    elif unit is not None and unit.base == "times":
        kind = "multiple"
    return Figure(text[start:end], start, end, None if value is None else _clean(value),
                  _clean(low), _clean(high), _clean(precision), unit.id if unit else None,
                  qual, kind)


@lru_cache(maxsize=1024)
def _fuse(unit_text: str | None, tail: tuple[tuple[str, Decimal], ...]) -> Unit | None:
    """万 + 元 -> 万元: the printed unit includes the scale word the number ended with."""
    unit = lookup_unit(unit_text) if unit_text else None
    if unit is None or unit_text is None:
        return unit
    for word, mult in tail:
        fused = lookup_unit(word + unit_text.strip())
        if fused is not None and fused.scale == mult and fused.base == unit.base:
            return fused
    return unit


def _h_pct(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    core = evaluate(m["c_num"])
    if core is None:
        return None
    low, high = _interval(core.value, core.precision, None, None)
    return _make(text, m.start(), m.end(), core.value, low, high, core.precision,
                 UNITS["percent"], None)


def _h_several(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    got = several(m["s_word"])
    if got is None:
        return None
    low, high, place = got
    word = m["s_word"]
    tail = ((word[-1], Decimal(10) ** (4 if word[-1] == "万" else 8)),) if word[-1] in "万亿" else ()
    return _make(text, m.start(), m.end(), None, low, high, place, _fuse(m["s_unit"], tail),
                 "several")


def _h_num(m: re.Match[str], norm: str, text: str, out: list[Figure], lenient: bool) -> _Result:
    core = evaluate(m["n_core"])
    if core is None:
        return None
    start, core_end = m.start(), m.end("n_core")
    pre = m["n_pz"] or m["n_pe"]
    if pre and any(a.rx.match(norm, m.start("n_core")) for a in _STRICT[1] if a.name in
                   ("iso", "period")):
        return m.start("n_core")   # "over 2015-2016": the qualifier does not bind to a period
    unit = _fuse(m["n_unit"], core.tail)
    if core.lone and not lenient and not (unit is not None and m["n_core"] in "十拾"):
        return None
    nxt = norm[core_end:core_end + 2]
    if m["n_core"][-1].isdigit() and not m["n_unit"] and (
            nxt[:1].isascii() and nxt[:1].isalpha() or nxt[:1] == ":" and nxt[1:].isdigit()):
        return None   # 4G, 3D, QQ2016-style identifiers and 9:30 clock times are not figures
    if m["n_cur"] and (unit is None or unit.dimension != "currency"):
        unit = unit or lookup_unit(m["n_cur"])
    qual = _QUALIFIERS.get(" ".join(pre.lower().split())) if pre else None
    if m["n_pz"] == "近" and unit is not None and unit.dimension in ("time", "duration_years"):
        qual, start = None, m.start("n_cur") if m["n_cur"] else m.start("n_neg") \
            if m["n_neg"] else m.start("n_core")   # 近3年 is "the past 3 years"
    post = m["n_post"]
    if qual is None and post:
        qual = _QUALIFIERS.get(" ".join(post.lower().split()))
    if qual is None and core.step is not None:
        qual = "more"
    value = -core.value if m["n_neg"] else core.value
    if (not lenient and qual is None and unit is None and not m["n_cur"]
            and re.fullmatch(r"(?:19|20)[0-9]{2}", m["n_core"])
            and _YEAR_CONTEXT.search(norm, max(0, start - 20), start)):
        return _date_figure(text, start, m.end(), int(m["n_core"]), None, None)
    low, high = _interval(value, core.precision, qual, core.step)
    return _make(text, start, m.end(), value, low, high, core.precision, unit, qual)


_HANDLERS: dict[str, _Handler] = {
    "date_en": _h_date_en, "iso": _h_iso, "period": _h_period, "date_zh": _h_date_zh,
    "md": _h_md, "pct": _h_pct, "several": _h_several, "num": _h_num,
}


def _scan(text: str, lenient: bool) -> list[Figure]:
    scan, alts = _LENIENT if lenient else _STRICT
    names = [a.name for a in alts]
    norm = _FW_CHARS.sub(_fw, text) if _FW_CHARS.search(text) else text
    out: list[Figure] = []
    pos = 0
    while pos < len(norm):
        if lenient:
            m = scan.search(norm, pos)
        else:
            hit = _CANDIDATE.search(norm, pos) if pos else _FIRST.match(norm)
            if hit is None:
                break
            at = hit.start() + (norm[hit.start()] in _EN_BEFORE)
            m = scan.match(norm, at)
            if m is None:
                pos = hit.start() + 1
                continue
        if m is None:
            break
        start, k = m.start(), names.index(m.lastgroup or "num")
        result = _attempt(m, alts[k].name, norm, text, out, lenient)
        while result is None and k + 1 < len(alts):
            k += 1
            m2 = alts[k].rx.match(norm, start)
            if m2 is not None:
                result = _attempt(m2, alts[k].name, norm, text, out, lenient)
        if isinstance(result, Figure):
            out.append(result)
            pos = max(result.end, start + 1)
        else:
            pos = max(result or 0, start + 1)
    return out


def _attempt(m: re.Match[str], name: str, norm: str, text: str, out: list[Figure],
             lenient: bool) -> _Result:
    try:
        return _HANDLERS[name](m, norm, text, out, lenient)
    except (ArithmeticError, ValueError):
        return None   # absurd inputs (1亿亿亿…, 400-digit numbers) are simply not figures


def find_figures(text: str) -> tuple[Figure, ...]:
    """Every figure in running zh/en prose, left to right, non-overlapping.

    Choices: bare Chinese digits (一, 三) and bare 十 are skipped unless a unit
    follows (十年), so 一起/十分 are not figures; digits glued to Latin letters
    (QQ2016, 4G, H5) and month/day without a year (9月7日) are not figures, except
    a day range after a full date (2016年9月7日至9日) which inherits year/month;
    a bare 19xx/20xx after in/since/from/until/during/FY is a year date;
    section numbers such as 2.5 are returned as plain numbers.
    """
    with localcontext(_CTX):
        return tuple(_scan(text, lenient=False))


def parse_figure(text: str) -> Figure | None:
    """The stripped text as exactly one figure, else None; lone numerals (三, 十) are accepted."""
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    if not stripped:
        return None
    with localcontext(_CTX):
        figs = _scan(stripped, lenient=True)
    if len(figs) != 1 or figs[0].start != 0 or figs[0].end != len(stripped):
        return None
    f = figs[0]
    return Figure(f.printed, f.start + offset, f.end + offset, f.value, f.low, f.high,
                  f.precision, f.unit, f.qualifier, f.kind, f.date, f.period)


def _exponent(d: Decimal) -> int:
    return d.normalize().as_tuple().exponent if d else 0   # type: ignore[return-value]


def _effective(value: Decimal, precision: Decimal) -> Decimal:
    """The printed precision, never coarser than the digits the value actually has."""
    own = Decimal(1).scaleb(_exponent(value)) if value else _ONE
    if not precision.is_finite() or precision <= 0:
        return own
    return min(precision, own)


def _fixed(value: Decimal, step: Decimal) -> str:
    decimals = max(0, -_exponent(step))
    return f"{value:,.{decimals}f}"


_ZH_SCALES = ((Decimal(10) ** 12, "万亿", Decimal(10) ** 8), (Decimal(10) ** 8, "亿", Decimal(10) ** 4),
              (Decimal(10) ** 4, "万", Decimal(100)))


def _zh_parts(value: Decimal, precision: Decimal) -> tuple[str, str, Decimal]:
    """-> (digits, scale word, scale). A scale word is used only where Chinese reports use one:
    at most 4 decimals before 亿/万亿 and 2 before 万, so 38,775 stays 38,775."""
    eff = _effective(value, precision)
    for scale, word, finest in _ZH_SCALES:
        if abs(value) >= scale and eff >= finest:
            return _fixed(value / scale, eff / scale), word, scale
    return _fixed(value, eff), "", _ONE


def format_zh(value: Decimal, precision: Decimal = Decimal(1)) -> str:
    """Plain number as a Chinese report prints it: 6770000/10000 -> 677万, 38775 -> 38,775."""
    with localcontext(_CTX):
        digits, word, _ = _zh_parts(value, precision)
        return digits + word


_ZH_PREFIX = {"over": "超过", "nearly": "近", "about": "约", "under": "不到", "at_most": "不超过"}
_EN_PREFIX = {"over": "more than", "more": "more than", "at_least": "at least", "nearly": "nearly",
              "about": "about", "under": "less than", "at_most": "up to"}


def _format_date(fig: Figure, lang: str) -> str:
    if fig.period is not None:
        return f"{fig.period[0]}-{fig.period[1]}"
    assert fig.date is not None
    y, m, d = fig.date
    if lang == "zh":
        return f"{y}年" + (f"{m}月" if m else "") + (f"{d}日" if m and d else "")
    if m is None:
        return str(y)
    return f"{_MONTH_NAMES[m - 1]} {d}, {y}" if d else f"{_MONTH_NAMES[m - 1]} {y}"


def _several(fig: Figure, unit: Unit | None, lang: str) -> str:
    place, low = fig.precision, fig.low
    if lang == "zh":
        scale = unit.scale if unit is not None else _ONE
        words = ZH_PLACE_WORDS.get(int(place / scale), "") if place >= scale else ""
        if low == place * 11:
            head = "十几" + words
        else:
            head = ("数" if low == place * 2 else "上") + words
        return head + (unit.zh if unit else "")
    base = UNITS[unit.base] if unit is not None else None
    noun = base.en_plural if base is not None else ""
    if low == place * 11:
        head = "more than " + _en_number(place * 10, place * 10)
        return head + (" " + noun if noun else "")
    head = SEVERAL_EN_BY_PLACE.get(int(place), "many")
    return head + (" of " + noun if noun else "")


_EN_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
              (Decimal(10) ** 6, "million"))


def _en_number(value: Decimal, precision: Decimal) -> str:
    eff = _effective(value, precision)
    scale, word = _ONE, ""
    for s, w in _EN_SCALES:
        # "19.87536616 million" helps nobody: keep the word for at most 3 decimals
        if abs(value) >= s and _exponent(eff / s) >= -3:
            scale, word = s, w
            break
    decimals = max(0, -_exponent(eff / scale))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    digits = format_decimal(value / scale, format=pattern, locale="en")
    return f"{digits} {word}" if word else digits


def _zh_body(fig: Figure, value: Decimal, unit: Unit | None) -> str:
    prec = fig.precision
    if unit is not None and unit.scale != 1:
        # 38,775万元 keeps its unit; the scale lives in the unit, not in the digits
        value, prec = value / unit.scale, prec / unit.scale
        digits, word, scale = _fixed(value, _effective(value, prec)), "", _ONE
    elif fig.kind == "number":
        digits, word, scale = _zh_parts(value, prec)
    else:
        digits, word, scale = _fixed(value, _effective(value, prec)), "", _ONE
    if fig.qualifier == "more":
        step = (fig.high - fig.low) / (unit.scale if unit is not None else _ONE)
        # 20多万 means 200000-299999, 20万多 means 200000-209999
        number = digits + "多" + word if word and step > scale else digits + word + "多"
    else:
        number = digits + word
    text = _ZH_PREFIX.get(fig.qualifier or "", "") + number + (unit.zh if unit else "")
    if fig.qualifier == "at_least":
        text += "以上"
    return text


def _en_body(fig: Figure, value: Decimal, unit: Unit | None) -> str:
    number = _en_number(value, fig.precision)
    base = UNITS[unit.base] if unit is not None else None
    if base is None:
        body = number
    elif base.dimension == "currency":
        body = f"{_CURRENCY_CODES.get(base.id, base.en_plural)} {number}"
    elif base.dimension == "percent":
        body = number + "%"
    else:
        name = base.en_singular if value == 1 and number == "1" else base.en_plural
        body = f"{number} {name}" if name else number
    prefix = _EN_PREFIX.get(fig.qualifier or "")
    return f"{prefix} {body}" if prefix else body


def format_figure(fig: Figure, lang: str) -> str:
    """Render `fig` as a zh or en report prints it, from its Decimal fields (never floats)."""
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    with localcontext(_CTX):
        if fig.kind in ("date", "period"):
            return _format_date(fig, lang)
        unit = UNITS.get(fig.unit) if fig.unit else None
        if fig.qualifier == "several" or fig.value is None:
            return _several(fig, unit, lang)
        return (_zh_body if lang == "zh" else _en_body)(fig, fig.value, unit)
