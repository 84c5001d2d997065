"""Number and date words (Arabic, 中文 numerals, 万/亿/million, 多/余, 数十) <-> exact Decimals."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache


CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
PLACES: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIGS: dict[str, int] = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
EN_SCALES: dict[str, int] = {
    "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12,
    "bn": 10 ** 9, "mn": 10 ** 6, "m": 10 ** 6,
}
DIGIT_CHARS = "".join(CN_DIGITS)
NONZERO_DIGIT_CHARS = "".join(c for c, v in CN_DIGITS.items() if v)

# Regex fragments for a number core in running text, shared with numbers.py so that
# what the scanner accepts is exactly what evaluate() tokenises.
AR_PATTERN = r"(?>[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
_SCALE = r"(?:[十拾佰仟万萬亿億]|百(?!分)|千(?![瓦克米焦卡帕伏升]))"   # 千瓦时, 千升, 百分之 are not scales
# At most 24 pieces after the first: no printed figure is longer (一万四千五百八十九亿零三百万 has 13), and an
# unbroken run of numerals (a hostile "1万2千3百四十五" × 1000) is read in bounded pieces, in linear time.
CORE_TAIL = (rf"(?:[ \u3000]?{_SCALE}|{AR_PATTERN}|[{DIGIT_CHARS}]|[多余]|点(?=[{DIGIT_CHARS}])){{0,24}}"
             r"(?:[ \u3000]?(?:thousand|million|billion|trillion|bn|mn)(?![A-Za-z])"
             r"|m(?![A-Za-z0-9²³]))?")
# in prose a Chinese numeral must start with a digit and a place word (一百, 九亿) or with 十;
# a whole-text parse also takes a lone digit (三)
CN_START_STRICT = (rf"(?:[{NONZERO_DIGIT_CHARS}](?=[十拾百佰千仟万萬亿億])|[十拾]"
                   r"|[千百万亿](?=[多余]))")
CN_START_LENIENT = rf"(?:[{DIGIT_CHARS}十拾百佰千仟万萬亿億])"

_TOKEN = re.compile(
    rf"(?P<ar>[0-9][0-9,，]*(?:\.[0-9]+)?)|(?P<pt>点[{DIGIT_CHARS}]+)|(?P<cd>[{DIGIT_CHARS}])"
    r"|(?P<pl>[十拾百佰千仟])|(?P<big>[万萬亿億])|(?P<more>[多余])"
    r"|(?P<en>thousand|million|billion|trillion|bn|mn|m)|(?P<sp>\s+)",
    re.IGNORECASE,
)
_ONE = Decimal(1)
_ZERO = Decimal(0)
_INF = Decimal("Infinity")
_TENTH = Decimal("0.1")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

# 1:1 character mapping, so that spans in the folded text are spans in the input
_FULLWIDTH: dict[int, int] = {
    **{0xFF10 + i: ord(str(i)) for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)}, **{0xFF41 + i: 0x61 + i for i in range(26)},
    **{ord(a): ord(b) for a, b in zip("．％－＋＄−", ".%-+$-")},
}
_FW_CHARS = re.compile("[" + re.escape("".join(map(chr, _FULLWIDTH))) + "]")


def fold_fullwidth(text: str) -> str:
    """３８．５％ -> 38.5%, ＲＭＢ -> RMB; same length. The full-width comma stays, as it is
    also prose punctuation, and the number grammar accepts it as a thousands separator."""
    return _FW_CHARS.sub(lambda c: chr(_FULLWIDTH[ord(c.group())]), text)


@dataclass(frozen=True, slots=True)
class Core:
    """What a number core states, before qualifiers and units.

    precision is the place value of the last printed digit (for Chinese
    numerals, of the last non-zero digit since zeros are not written);
    step is the width of the X多/X余 interval, None without 多/余; tail holds
    the trailing scale words with their product, longest first, so that
    "3亿" + "元" can be fused into the registered unit 亿元; lone marks a
    bare Chinese digit or bare 十 (一, 三, 十), too weak to be a figure in
    running prose ("一起", "十分") though fine when it is the whole text.
    """

    value: Decimal
    precision: Decimal
    step: Decimal | None
    tail: tuple[tuple[str, Decimal], ...]
    lone: bool


def _last_nonzero_place(d: Decimal) -> Decimal:
    """200 -> 100, 2.5 -> 0.1: the step of 200多 and 2.5多."""
    return Decimal(1).scaleb(exponent(d)) if d else _ONE


def _tokens(text: str) -> list[tuple[str, str]] | None:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            return None
        kind = m.lastgroup or ""
        if kind != "sp":
            out.append((kind, m.group()))
        pos = m.end()
    return out


class _Eval:
    """Chinese-style accumulator: 亿 closes everything before it, 万 closes its section."""

    __slots__ = ("yi", "wan", "small", "pend", "pend_prec", "pend_step", "single", "prec", "step",
                 "last_unit", "last_kind", "section_place", "zero_gap", "pend_after", "had_more",
                 "done")

    def __init__(self) -> None:
        self.yi = self.wan = self.small = _ZERO
        self.pend: Decimal | None = None
        self.pend_prec = self.pend_step = self.prec = _ONE
        self.single = False          # pending is one digit, eligible for 三千五 = 3500
        self.step: Decimal | None = None
        self.last_unit = 0           # multiplier of the previous place/scale word
        self.last_kind = ""
        self.section_place = 10 ** 5  # places inside a 万-section must descend
        self.zero_gap = False
        self.pend_after = ""         # kind of token just before the pending digit
        self.had_more = False
        self.done = False            # an English scale word ends the number

    def colloquial(self) -> Decimal:
        """Multiplier for a trailing single digit right after a place word: 三千五 -> 500."""
        if self.single and not self.zero_gap and self.pend_after in ("pl", "big") \
                and self.last_unit >= 10:
            return Decimal(self.last_unit) / 10
        return _ONE

    def digit(self, value: Decimal, prec: Decimal, step: Decimal, single: bool) -> bool:
        if self.pend is not None or self.had_more or self.done:
            return False
        self.pend, self.pend_prec, self.pend_step, self.single = value, prec, step, single
        self.pend_after = self.last_kind
        return True

    def place(self, p: int) -> bool:
        if self.had_more or self.done or p >= self.section_place:
            return False
        if self.pend is None:
            # only 十 may stand without a digit (十五, 二百十 is not accepted)
            if p != 10 or self.small or self.last_kind == "pl":
                return False
            digit, prec = _ONE, _ONE
        else:
            digit, prec = self.pend, self.pend_prec
        self.small += digit * p
        self.prec = prec * p
        self.pend = None
        self.section_place, self.last_unit, self.zero_gap = p, p, False
        return True

    def big(self, b: int) -> bool:
        if self.done or self.last_kind == "big" and b == 10 ** 4:
            return False
        if self.pend is not None:
            mult = self.colloquial() if self.pend_after == "pl" else _ONE
            self.small += self.pend * mult
            self.prec = self.pend_prec * mult
            self.pend = None
        elif self.last_kind != "pl" and not (b == 10 ** 8 and self.last_unit == 10 ** 4):
            return False   # 亿万 and a scale word with nothing before it; 万亿 is fine
        scale = Decimal(b)
        if b == 10 ** 4:
            if self.wan:
                return False
            self.wan = self.small * scale
        else:
            self.yi = (self.yi + self.wan + self.small) * scale
            self.wan = _ZERO
        self.small = _ZERO
        self.prec *= scale
        if self.step is not None:
            self.step *= scale
        self.section_place, self.last_unit, self.zero_gap = 10 ** 5, b, False
        return True

    def more(self) -> bool:
        if self.had_more or self.done or self.last_kind not in ("ar", "pl", "big"):
            return False
        self.step = self.pend_step if self.last_kind == "ar" else self.prec
        self.had_more = True
        return True

    def english(self, m: int) -> bool:
        if self.done:
            return False
        total = self.total()
        self.prec *= m
        if self.step is not None:
            self.step *= m
        self.yi, self.wan, self.small, self.pend = total * m, _ZERO, _ZERO, None
        self.done = True
        return True

    def total(self) -> Decimal:
        if self.pend is None:
            return self.yi + self.wan + self.small
        mult = self.colloquial()
        self.prec = self.pend_prec * mult
        pend, self.pend = self.pend * mult, None
        self.yi += self.wan + self.small + pend
        self.wan = self.small = _ZERO
        return self.yi


_SIMPLE = re.compile(r"([0-9][0-9,，]*)(?:\.([0-9]+))?(?:[ \u3000]?([万萬亿億]))?")


@lru_cache(maxsize=4096)
def evaluate(text: str) -> Core | None:
    """Read one number core, e.g. "677万", "1亿9999万", "二十多万", "6.77 million".

    Returns None when the text is not a well-formed number (二一, 十三五, 五百三千 …).
    """
    simple = _SIMPLE.fullmatch(text)
    if simple:   # the common case, 38,775 or 677万, without the general machinery
        whole, frac, big = simple.groups()
        lit = Decimal(whole.replace(",", "").replace("，", "") + ("." + frac if frac else ""))
        mult = BIGS[big] if big else 1
        prec = Decimal(1).scaleb(-len(frac)) if frac else _ONE
        return Core(lit * mult, prec * mult, None, ((big, Decimal(mult)),) if big else (), False)
    toks = _tokens(text)
    if not toks or toks[0][0] in ("more", "en", "pt"):
        return None
    ev = _Eval()
    if toks[0][0] in ("pl", "big") and toks[0][1] not in ("十", "拾"):
        # 百余, 千多, (过)万, (近)亿: a bare scale word stands for one of it
        ev.digit(_ONE, _ONE, _ONE, True)
        ev.last_kind = "cd"
    for kind, tok in toks:
        ok = True
        if kind == "ar":
            lit = Decimal(tok.replace(",", "").replace("，", ""))
            frac = len(tok.partition(".")[2])
            ok = ev.digit(lit, Decimal(1).scaleb(-frac), _last_nonzero_place(lit),
                          "." not in tok and len(tok) == 1)
        elif kind == "cd":
            v = CN_DIGITS[tok]
            if v == 0 and ev.last_kind:
                ev.zero_gap = True
                kind = ev.last_kind      # 一百零八: 零 only marks a skipped place
            else:
                ok = ev.digit(Decimal(v), _ONE, _ONE, True)
        elif kind == "pt":
            ok = ev.last_kind in ("cd", "pl") and not ev.had_more
            frac = "".join(str(CN_DIGITS[c]) for c in tok[1:])
            whole = ev.pend if ev.pend is not None else _ZERO
            ev.pend, ev.pend_prec, ev.single = whole + Decimal("0." + frac), \
                Decimal(1).scaleb(-len(frac)), False
            ev.pend_step = ev.pend_prec
        elif kind == "pl":
            ok = ev.place(PLACES[tok])
        elif kind == "big":
            ok = ev.big(BIGS[tok])
        elif kind == "more":
            ok = ev.more()
        elif kind == "en":
            ok = ev.english(EN_SCALES[tok.lower()])
        if not ok:
            return None
        if kind != "more":   # 二十多万: 万 applies to 二十 across the 多
            ev.last_kind = kind
    value = ev.total()
    scales = [(k, t) for k, t in toks[-2:] if k in ("pl", "big")]
    tail: list[tuple[str, Decimal]] = []
    if toks[-1][0] in ("pl", "big"):
        if len(scales) == 2:
            a, b = scales[0][1], scales[1][1]
            tail.append((a + b, Decimal(_mult(a) * _mult(b))))
        tail.append((toks[-1][1], Decimal(_mult(toks[-1][1]))))
    has_scale = any(k in ("pl", "big", "en") for k, _ in toks)
    lone = (not has_scale and toks[0][0] == "cd") or (len(toks) == 1 and toks[0][1] in "十拾")
    return Core(value, ev.prec, ev.step, tuple(tail), lone)


def _mult(word: str) -> int:
    return PLACES.get(word) or BIGS.get(word) or 1


def digit_by_digit(text: str) -> int | None:
    """二〇一六 -> 2016: digits read one by one, as years are written in Chinese."""
    if not text or any(c not in CN_DIGITS for c in text):
        return None
    return int("".join(str(CN_DIGITS[c]) for c in text))


_SEVERAL_EN: dict[str, int] = {
    "dozens": 10, "hundreds": 100, "thousands": 10 ** 3, "tens of thousands": 10 ** 4,
    "hundreds of thousands": 10 ** 5, "millions": 10 ** 6, "tens of millions": 10 ** 7,
    "hundreds of millions": 10 ** 8, "billions": 10 ** 9, "tens of billions": 10 ** 10,
    "hundreds of billions": 10 ** 11, "trillions": 10 ** 12,
}
SEVERAL_EN_BY_PLACE: dict[int, str] = {v: k for k, v in _SEVERAL_EN.items()}
SEVERAL_EN_WORDS: tuple[str, ...] = tuple(sorted(_SEVERAL_EN, key=len, reverse=True))


def several(text: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """Vague magnitude -> (low, high, place): 数十 [20,100), 上百 [100,1000), 十几万 [110000,200000).

    数/几 N means 2-9 times N, 上 N means "reaching N" (1-9 times N), 十几 means 11-19;
    English "dozens", "hundreds of thousands" … follow 数.
    """
    words = " ".join(text.lower().split())
    if words.endswith(" of"):
        words = words[:-3]
    if words in _SEVERAL_EN:
        place = Decimal(_SEVERAL_EN[words])
        return place * 2, place * 10, place
    if text.startswith("十几"):
        rest, low, high = text[2:], Decimal(11), Decimal(20)
    elif text[:1] in ("数", "几"):
        rest, low, high = text[1:], Decimal(2), Decimal(10)
    elif text[:1] == "上":
        rest, low, high = text[1:], _ONE, Decimal(10)
    else:
        return None
    place = _ONE
    for ch in rest:
        m = PLACES.get(ch) or BIGS.get(ch)
        if m is None:
            return None
        place *= m
    if text[:1] != "十" and place == 1:
        return None
    return low * place, high * place, place


def several_words(low: Decimal, place: Decimal, lang: str) -> str:
    """Inverse of several(): (20, 10) -> 数十 / "dozens"; (100, 100) -> 上百; (11, 1) -> 十几."""
    if lang == "zh":
        head = "十几" if low == place * 11 else "数" if low == place * 2 else "上"
        return head + ZH_PLACE_WORDS.get(int(place), "")
    if low == place * 11:
        return f"more than {en_number(place * 10, place * 10)}"
    return SEVERAL_EN_BY_PLACE.get(int(place), "many")


def canonical(d: Decimal) -> Decimal:
    """Integral values without exponent or trailing zeros (1.279 x 10^8 -> 127900000)."""
    if not d.is_finite():
        return d
    if d == d.to_integral_value() and d.adjusted() < 50:
        return d.quantize(_ONE)
    return d.normalize()


def interval(value: Decimal, precision: Decimal, qual: str | None,
             step: Decimal | None) -> tuple[Decimal, Decimal]:
    """[low, high) that a printed value admits: half a last place either way, or the
    qualifier's range (超过 X: [X, inf), 近 X: [0.9X, X), 约 X: [0.9X, 1.1X), X多: [X, X+step))."""
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
    return value - precision / 2, value + precision / 2


def date_span(y: int, m: int | None, d: int | None) -> tuple[Decimal, Decimal, Decimal] | None:
    """(2016, 9, None) -> yyyymmdd bounds [20160901, 20160931), precision 100; None if invalid."""
    if m is not None and not 1 <= m <= 12:
        return None
    last = calendar.monthrange(y, m)[1] if m else 31
    if d is not None and (m is None or not 1 <= d <= last):
        return None
    code = y * 10000 + (m or 0) * 100
    low, high, prec = ((code + 101, code + 1232, 10000) if m is None
                       else (code + 1, code + last + 1, 100) if d is None
                       else (code + d, code + d + 1, 1))
    return Decimal(low), Decimal(high), Decimal(prec)


def end_of(y: int, m: int | None) -> tuple[int, int, int]:
    """Last day of the month, or of the year: 2016年底 -> (2016, 12, 31)."""
    return y, m or 12, calendar.monthrange(y, m or 12)[1]


def format_date(date: tuple[int, int | None, int | None] | None, period: tuple[int, int] | None,
                lang: str) -> str:
    """(2015, 9, 7) -> 2015年9月7日 / September 7, 2015; period (2015, 2016) -> 2015-2016."""
    if period is not None:
        return f"{period[0]}-{period[1]}"
    y, m, d = date or (0, None, None)
    if lang == "zh":
        return f"{y}年" + (f"{m}月" if m else "") + (f"{d}日" if m and d else "")
    if m is None:
        return str(y)
    return f"{MONTH_NAMES[m - 1]} {d}, {y}" if d else f"{MONTH_NAMES[m - 1]} {y}"


ZH_PLACE_WORDS: dict[int, str] = {
    1: "", 10: "十", 100: "百", 1000: "千", 10 ** 4: "万", 10 ** 5: "十万", 10 ** 6: "百万",
    10 ** 7: "千万", 10 ** 8: "亿", 10 ** 9: "十亿", 10 ** 10: "百亿", 10 ** 11: "千亿",
    10 ** 12: "万亿",
}


def exponent(d: Decimal) -> int:
    """Exponent of the last significant digit: 6770000 -> 4, 0.50 -> -1, 0 -> 0."""
    return int(d.normalize().as_tuple().exponent) if d else 0


def effective(value: Decimal, precision: Decimal) -> Decimal:
    """The printed precision, never coarser than the digits the value actually has."""
    own = Decimal(1).scaleb(exponent(value)) if value else _ONE
    if not precision.is_finite() or precision <= 0:
        return own
    return min(precision, own)


def fixed(value: Decimal, step: Decimal) -> str:
    """Grouped digits down to the place of `step`: (38775, 1) -> 38,775; (6.7, 0.01) -> 6.70."""
    return f"{value:,.{max(0, -exponent(step))}f}"


_ZH_SCALES = ((Decimal(10) ** 12, "万亿", Decimal(10) ** 8),
              (Decimal(10) ** 8, "亿", Decimal(10) ** 4), (Decimal(10) ** 4, "万", Decimal(100)))


def zh_parts(value: Decimal, precision: Decimal,
             top: Decimal = Decimal(10) ** 12) -> tuple[str, str, Decimal]:
    """-> (digits, scale word, scale), using no scale word above `top`. A scale word is used
    only where Chinese reports use one: at most 4 decimals before 亿/万亿 and 2 before 万,
    so 38,775 stays 38,775."""
    eff = effective(value, precision)
    for scale, word, finest in _ZH_SCALES:
        if scale <= top and abs(value) >= scale and eff >= finest:
            return fixed(value / scale, eff / scale), word, scale
    return fixed(value, eff), "", _ONE


_EN_WORDS = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
             (Decimal(10) ** 6, "million"))


def _en_digits(value: Decimal, decimals: int) -> str:
    """Babel's format_decimal(value, "#,##0.00…", locale="en"), the same Decimal steps in the same context,
    without loading Babel's locale data (a fifth of a warm check's run went into it for a comma and a dot)."""
    if not value.is_finite():
        from babel.numbers import format_decimal

        return format_decimal(value, format="#,##0" + ("." + "0" * decimals if decimals else ""), locale="en")
    value = value.scaleb(0)
    sign = "-" if value.is_signed() else ""
    whole, _, frac = f"{abs(value).normalize().quantize(Decimal(10) ** -decimals):f}".partition(".")
    return f"{sign}{int(whole):,}" + (f".{frac}" if decimals else "")


def en_number(value: Decimal, precision: Decimal) -> str:
    """English digits via Babel: 6770000/10000 -> "6.77 million", 38775 -> "38,775"."""
    eff = effective(value, precision)
    scale, word = _ONE, ""
    for s, w in _EN_WORDS:
        # "19.87536616 million" helps nobody: keep the word for at most 3 decimals
        if abs(value) >= s and exponent(eff / s) >= -3:
            scale, word = s, w
            break
    decimals = max(0, -exponent(eff / scale))
    digits = _en_digits(value / scale, decimals)
    if word and "." in digits:
        # 1000万 is "10 million", not "10.00 million": the zeros only repeat the Chinese scale's precision.
        digits = digits.rstrip("0").rstrip(".")
    return f"{digits} {word}" if word else digits
