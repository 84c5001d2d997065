"""How two figures of one fact relate: they agree, one is a rounding of the other, or one is a slip.

Intervals come from the printed precision and qualifiers (numbers.py): 5.85万吨 is 58,450-58,550 t
and contains 58,490 t; 近10万户 is below 100,000; 8,400余名 is 8,400-8,499.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from dataclasses import replace

from .. import quantities, units
from ..facts import loose_interval
from ..numbers import Figure
from .pairmemo import PairMemo

AGREE, TRUNCATED, SCALE, SWAP, DIFFERENT = "agree", "truncated", "scale", "swap", "different"
# A declared round figure (a metric of 5,000万元) and a more exact one that rounds to it at two significant digits
# (5,012万元): the declaration may itself be a rounding, so the two neither agree nor surely disagree.
ROUNDED_DECLARED = "rounded-declared"
DROPPED = "dropped"  # 38 for 386: a digit left out (or typed twice), so the values are ten times apart
FAR_APART = "far-apart"
QUALIFIER = "qualifier"  # a bound (超过, 近, 余, 以上) that just misses the other figure: a wrong approximation of it
CLOSE = Decimal("0.1")  # "超过4.2万" for 41,236 (1.8 % off), "近3,000" for 3,286 (9 %): a bound this close rounds the figure
BOUNDS = frozenset({"over", "nearly", "at_least", "at_most", "under", "more"})
FAR = Decimal(3)  # values this far apart, with no slip that explains it, are two facts that share words


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _rounds_into(value: Decimal, step: Decimal, low: Decimal, high: Decimal, mode: str) -> bool:
    try:
        rounded = (value / step).quantize(Decimal(1), rounding=mode) * step
    except InvalidOperation:
        return False  # more digits than any printed figure rounds (a 1e36 typed by mistake or on purpose)
    return low <= rounded < high


_TEN = Decimal(10)


def _digits(a: Decimal, b: Decimal) -> tuple[str, str]:
    """Both values' digits at one common number of decimals: 16,250 and 16,205 -> '16250', '16205'."""
    places = max(0, -min(a.normalize().as_tuple().exponent, b.normalize().as_tuple().exponent))
    def text(v: Decimal) -> str:
        return format(abs(v), f".{places}f").replace(".", "").lstrip("0")
    return text(a), text(b)


def in_units_of(fig: Figure, like: Figure) -> Figure | None:
    """`fig` expressed in the base unit of `like` (1,860兆瓦时 as 1,860,000 kWh), or None if it cannot be."""
    a, b = units.UNITS.get(fig.unit or ""), units.UNITS.get(like.unit or "")
    if a is None or b is None or a.base == b.base:
        return fig
    if not (a.quantity and b.quantity):
        k = _per_unit_factor(a, b)
        if k is None or fig.value is None:
            return None
        return replace(fig, value=fig.value * k, low=fig.low * k, high=fig.high * k, precision=fig.precision * k, unit=like.unit)
    k = quantities.factor(a.quantity, b.quantity)
    if k is None or fig.value is None:
        return None
    return replace(fig, value=fig.value * k, low=fig.low * k, high=fig.high * k, precision=fig.precision * k, unit=like.unit)


def _per_unit_factor(a: units.Unit, b: units.Unit) -> Decimal | None:
    """How many `b` one `a` is, for two intensities over one denominator whose numerators convert: 1 千克二氧化碳当量/头
    is 0.001 吨二氧化碳当量/头. An intensity's value is printed in its numerator's scale (no scale word folded in)."""
    pa, pb = units.intensity_parts(a), units.intensity_parts(b)
    if pa is None or pb is None or pa[1] != pb[1]:
        return None
    (ta, _), (tb, _) = pa, pb
    k = Decimal(1) if ta.quantity == tb.quantity else quantities.factor(ta.quantity, tb.quantity)
    return None if k is None else k * ta.scale / tb.scale


def _cut_off(x: Figure, y: Figure) -> bool:
    """`x` is the more exact `y` cut off, though their intervals touch: "61万辆" for the table's 61.5万辆. A writer
    rounds the figure printed, not the unknown value behind it, and 61 is 61.5 with its last digit dropped. Halves
    go up (四舍五入), as a report's reader rounds: "23.8万吨" for the table's 23.85万吨 is cut off too, though
    rounding half to the even digit (GB/T 8170's rule for measured data) would give it; half_to_even() tells the
    writer so, and the finding is a warning (N202/N213)."""
    if x.qualifier is not None or y.qualifier is not None or x.precision <= y.precision or not y.value or y.value < 0:
        return False
    if _rounds_into(y.value, x.precision, x.low, x.high, ROUND_HALF_UP):
        return False
    return _rounds_into(y.value, x.precision, x.low, x.high, ROUND_DOWN)


def _cut_at_zero(x: Figure, y: Figure) -> bool:
    """`x` ends in a zero that running text reads as rounding (loose_interval), and `y`, every digit of it
    significant, is cut off at that zero instead of rounded: 2,130亿 for 2,135亿, which rounds to 2,140亿. Read
    loosely the two only touch at the half; a writer who rounds x from y's digits gets the next step up."""
    if x.qualifier is not None or y.qualifier is not None or not y.value or y.value < 0 or x.value is None:
        return False
    low, high = loose_interval(x)
    step = high - low
    if (low, high) == (x.low, x.high) or step <= y.precision or loose_interval(y) != (y.low, y.high):
        return False
    return (not _rounds_into(y.value, step, low, high, ROUND_HALF_UP)
            and (y.value / step).quantize(Decimal(1), rounding=ROUND_DOWN) * step == x.value)


def half_to_even(x: Figure, y: Figure) -> bool:
    """One of the two is the other rounded half to the even digit (23.85 -> 23.8), where halves going up give
    another last digit (23.9): what GB/T 8170 allows, and a reader of a report does not expect."""
    for a, b in ((x, y), (y, x)):
        if a.precision > b.precision and b.value and b.value > 0 \
                and _rounds_into(b.value, a.precision, a.low, a.high, ROUND_HALF_EVEN) \
                and not _rounds_into(b.value, a.precision, a.low, a.high, ROUND_HALF_UP):
            return True
    return False


def _past_at_most(bound: Figure, y: Figure) -> bool:
    """"1.1以下" holds what rounds to 1.1 or less at its digit (1.14), not a finer figure that rounds above it: 1.15 is
    1.2 to the tenth, though its own half-digit interval (1.145-1.155) reaches under the bound's."""
    return bound.qualifier == "at_most" and y.qualifier is None and y.value is not None and bound.value is not None \
        and y.precision < bound.precision and y.value >= bound.high


def _relation(a: Figure, b: Figure) -> str:
    if a.value is None or b.value is None:
        return DIFFERENT
    converted = in_units_of(b, a)
    if converted is None:
        return DIFFERENT
    printed_b = b
    b = converted
    # 吨 and 吨二氧化碳当量 convert at a factor of one: the printed digits are compared as typed, as in one unit
    as_typed = printed_b is b or (b.value == printed_b.value and b.precision == printed_b.precision)
    if as_typed and (_cut_off(a, b) or _cut_off(b, a)):
        return TRUNCATED  # 61万 for 61.5万: the intervals touch, but 61.5万 rounds to 62万
    if as_typed and not _overlap((a.low, a.high), (b.low, b.high)) and _overlap(loose_interval(a), loose_interval(b)) \
            and (_cut_at_zero(a, b) or _cut_at_zero(b, a)):
        return TRUNCATED  # 2,130亿 for 2,135亿: read as rounded to tens, but 2,135 rounds to 2,140
    if not (_past_at_most(a, b) or _past_at_most(b, a)) \
            and (_overlap((a.low, a.high), (b.low, b.high)) or _overlap(loose_interval(a), loose_interval(b))):
        return AGREE
    if _declared_round(a, b) or _declared_round(b, a):
        return ROUNDED_DECLARED
    for x, y in ((a, b), (b, a)):
        if x.qualifier is None and _rounds_into(y.value, x.precision, x.low, x.high, ROUND_HALF_UP):
            return AGREE  # 2.46万人 for 24,637
    for x, y in ((a, b), (b, a)):
        if x.qualifier is None and y.qualifier is None and x.precision > y.precision \
                and _rounds_into(y.value, x.precision, x.low, x.high, ROUND_DOWN):
            return TRUNCATED  # 1,218亿 for 1,218.9亿
    if _rounded_from_swapped(a, b) or _rounded_from_swapped(b, a):
        return SWAP  # 两千六百余 for 2,460 (2,640 written out), 约一千六百八十 for 1,860
    for x, y in ((a, b), (b, a)):
        if x.qualifier in BOUNDS and y.qualifier is None and x.value and (abs(y.value - x.value) <= CLOSE * abs(x.value)
                                                                         or _cut_then_bounded(x, y) or _nearly_misses(x, y)):
            return QUALIFIER
    if a.qualifier in (None, "about") and b.qualifier in (None, "about") and a.value and b.value:
        # "约2,950千瓦时" for 2,950兆瓦时: the same digits under 约 are a slip of scale too
        # 2.79万亩 for 1.86万公顷 (27.9万亩 at 15 亩 a hectare): three digits of the converted figure printed again at
        # another scale are a slip of scale in the converted unit, which no conversion does by chance
        shown = min(_printed_significant(a), _printed_significant(printed_b))
        slip = min(_printed_significant(a), _printed_significant(b)) >= 2 and (
            printed_b is b or _same_digits(a, printed_b) or shown >= CONVERTED_DIGITS and _same_digits(a, b))
        for n in range(-12, 13) if slip else ():
            exact = a.qualifier is None and b.qualifier is None
            if n and (_overlap((a.low * _TEN ** n, a.high * _TEN ** n), (b.low, b.high)) if exact else a.value * _TEN ** n == b.value):
                return SCALE  # 5,589亿 for 5,589万; 58.49万吨 for 5.85万吨
    if a.qualifier is None and b.qualifier is None and a.value and b.value:
        da, db = _digits(a.value, b.value)
        if len(da) >= 2 and da != db and sorted(da) == sorted(db) and _magnitude(a.value) == _magnitude(b.value):
            return SWAP  # 16,250 for 16,205
    if a.qualifier is None and b.qualifier is None and a.value and b.value and (
            _zero_moved(a.value, b.value) or printed_b is not b and _zero_moved(_value_in(a, printed_b), printed_b.value)):
        return SWAP  # 0.035吨 for 0.305吨 (305千克)
    if a.qualifier is None and b.qualifier is None and _dropped_digit(a.value, b.value):
        return DROPPED
    if a.value and b.value and max(abs(a.value / b.value), abs(b.value / a.value)) > FAR:
        return FAR_APART
    return DIFFERENT


# by the pair of figures: the rules compare the same pairs again and again (pairmemo.py says why by identity)
relation = PairMemo(_relation)


def _declared_round(x: Figure, y: Figure) -> bool:
    """`x` is declared (Figure.exact) with zeros that running text would read as rounding, and `y`, more exact,
    rounds to it at x's first two significant digits, halves up or to the even digit (GB/T 8170): a metric of
    5,000万元 beside 5,012万元 in the text. 1,200人 beside a declared 1,000人 does not round to it (1,200 is 1.2千,
    not 1.0千): that declaration is not a rounding of 1,200, and the two disagree."""
    if not x.exact or x.qualifier is not None or y.qualifier is not None or not x.value or y.value is None:
        return False
    if loose_interval(replace(x, exact=False)) == (x.low, x.high):
        return False  # no zero of x would be read as rounding in running text either
    step = _TEN ** (x.value.copy_abs().adjusted() - 1)
    if step <= x.precision:
        return False  # x has fewer than two places to its precision: its zeros are all
    return any(_rounds_into(y.value, step, x.low, x.high, mode) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN))


ROUNDED_FROM = frozenset({"more", "about"})  # X余 / X多 and 约X: the figure's own leading digits, rounded


def _rounded_from_swapped(x: Figure, y: Figure) -> bool:
    """`x` rounds a figure whose digits are `y`'s with two neighbours swapped: "两千六百余车次" for 2,460 (2,640),
    "一万六千多人次" for 18,650 (16,850), "约一千六百八十兆瓦时" for 1,860. A figure written out in words (or rounded
    into X余, X多, 约X) is copied digit by digit, and digits are transposed in it as in any typed figure; the
    approximation then misses the exact figure by one of its digits, which no rounding explains. `x` keeps two
    significant digits at least and `y` three, so that the swap, not the leading digit alone, is the evidence."""
    if x.qualifier not in ROUNDED_FROM or y.qualifier is not None or not x.value or not y.value \
            or x.value < 0 or y.value <= 0 or y.value != y.value.to_integral_value():
        return False
    if _significant(x) < 2 or _significant(y) < 3:
        return False
    digits = str(int(y.value))
    step = loose_step(x)
    for i in range(len(digits) - 1):
        if digits[i] == digits[i + 1] or i == 0 and digits[1] == "0":
            continue
        swapped = Decimal(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
        if x.qualifier == "more" and x.low <= swapped < x.high:
            return True
        if x.qualifier == "about" and _rounds_into(swapped, step, x.value, x.value + step / 2, ROUND_HALF_UP):
            return True
    return False


def _zero_moved(a: Decimal, b: Decimal) -> bool:
    """Two values below one whose printed digits, the zeros after the decimal point included, differ by two
    neighbours swapped: 0.035 and 0.305. A zero typed on the wrong side of a digit moves the decimal point, so the
    slip reads as a value ten times off, which no other transposition does (16,250 and 16,205 are one magnitude)."""
    if not (0 < abs(a) < 1 and 0 < abs(b) < 1) or (a > 0) != (b > 0):
        return False
    places = max(0, -min(a.normalize().as_tuple().exponent, b.normalize().as_tuple().exponent))
    x, y = (format(abs(v), f".{places}f").partition(".")[2] for v in (a, b))
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]] \
        and "0" in (x[diff[0]], x[diff[1]])


def _value_in(fig: Figure, like: Figure) -> Decimal:
    """`fig`'s value in the unit of `like` (0 when it cannot be converted)."""
    converted = in_units_of(fig, like)
    return converted.value if converted is not None and converted.value is not None else Decimal(0)


UPPER = frozenset({"nearly", "under", "at_most"})  # bounds the value is below: 近, 不到, 不超过


def _cut_then_bounded(bound: Figure, y: Figure) -> bool:
    """An upper bound that prints the figure's own leading digits: "近4万批次" for 45,960, the figure cut off at the
    bound's last digit (4万) and then called nearly, where 超过4.5万 or 近5万 was meant. The digits say the two are
    one value, the qualifier is on the wrong side of it. Only this way round: a lower bound rounded up from a figure
    ("二十多起" and 12起) shares no digit with it and may count another year or group."""
    step = bound.precision
    if bound.qualifier not in UPPER or not step or y.value is None or bound.value is None or y.value < bound.value:
        return False
    try:
        return (y.value / step).quantize(Decimal(1), rounding=ROUND_DOWN) * step == bound.value
    except InvalidOperation:
        return False


NEARLY_REACH = Decimal("1.25")  # how far from its bound a value of "近N" is still that bound's figure written wrong


def _nearly_misses(bound: Figure, y: Figure) -> bool:
    """"近N" says the value is just under N, within N's last printed digit: "近1.2万" is 1.1万-1.2万, "近6,000" 5,000-
    6,000. A value of the same thing above N (6,742 for "近6,000") or below that digit (9,862 for "近1.2万", which a
    writer calls 近1万 or 超过9,800) is the figure approximated the wrong way, not a rounding; within a quarter of the
    bound, as a figure rounded into a bound is (values further apart are two facts that share words)."""
    if bound.qualifier != "nearly" or y.qualifier is not None or not bound.value or not y.value \
            or bound.value < 0 or y.value < 0:
        return False
    if max(bound.value / y.value, y.value / bound.value) > NEARLY_REACH:
        return False
    return y.value >= bound.value or y.value < bound.value - loose_step(bound)


def _dropped_digit(a: Decimal, b: Decimal) -> bool:
    """Two whole numbers, one the other with one digit left out: 38 and 386, 1,26 and 1,126 (not 380 and 38, the
    same digits at another scale, nor a dropped 0, which is a slip of scale). The shorter has two digits at
    least: of 3 and 36 nothing can be said."""
    if a != a.to_integral_value() or b != b.to_integral_value() or a <= 0 or b <= 0:
        return False
    x, y = sorted((str(int(a)), str(int(b))), key=len)
    if len(x) < 2 or len(y) != len(x) + 1:
        return False
    return any(y[:i] + y[i + 1:] == x and y[i] != "0" for i in range(len(y)))


def loose_step(fig: Figure) -> Decimal:
    """The step an approximation is rounded to: its printed precision, trailing zeros not counting
    ("约400万" is rounded to the million, "约0.97万" to the hundred)."""
    step, value = fig.precision, fig.value
    while step < abs(value) and (value / (step * 10)) == (value / (step * 10)).to_integral_value():
        step *= 10
    return step


def ratio(a: Figure, b: Figure) -> Decimal | None:
    """How far apart two values are, the larger over the smaller (1.06 for 2.3亿 and 2.17亿), in one unit."""
    b = in_units_of(b, a) if a.value is not None and b.value is not None else None
    if b is None or not a.value or not b.value or (a.value > 0) != (b.value > 0):
        return None
    return max(a.value / b.value, b.value / a.value)


def _digit_string(fig: Figure) -> str:
    return format(fig.value.copy_abs().normalize(), "f").replace(".", "").strip("0") if fig.value else ""


CONVERTED_DIGITS = 3  # printed digits both figures must have for a converted one's digits to show a slip


def _same_digits(a: Figure, b: Figure) -> bool:
    """The printed digits agree, the longer rounded to the shorter: 5,589 and 5,589; 58.49 and 5.85.
    A slip of scale keeps the digits; 2.5小时 and 10天 agree only after a conversion, which is no slip."""
    x, y = sorted((_digit_string(a), _digit_string(b)), key=len)
    if not x:
        return False
    head = y[: len(x)]
    rounded_up = str(int(head) + 1) if len(y) > len(x) and y[len(x)] >= "5" else head
    return x in (head, rounded_up)


def _significant(fig: Figure) -> int:
    """How many digits the figure's value has before its trailing zeros: 3个 and 200万 have 1, 5,589万 has 4.

    Two figures are one slipped by a scale only if that much of them agrees: 200万 and 20万 share a 2."""
    if not fig.value:
        return 0
    digits = format(fig.value.copy_abs().normalize(), "f").replace(".", "").strip("0")
    return len(digits)


def _printed_significant(fig: Figure) -> int:
    """_significant, counting the zeros printed after a decimal point: "3.0万吨" gives two digits (3 and 0) where
    "3万吨" gives one, so that 3.0万吨 written for 3,003.9吨 (0.30万吨) is a slip of scale as 3.1万 for 3,105 is. A
    whole number's trailing zeros (200万) may be rounding and are not counted."""
    shown = _PRINTED_NUMBER.search(fig.printed) if fig.value else None
    if shown is None or "." not in shown.group():
        return _significant(fig)
    return max(_significant(fig), len(shown.group().replace(",", "").replace(".", "").lstrip("0")))


_PRINTED_NUMBER = re.compile(r"\d[\d,]*\.\d+")


def _magnitude(value: Decimal) -> int:
    return value.copy_abs().adjusted()


def describe(kind: str) -> str:
    return {
        SCALE: "the same digits at another scale (a slip of 万/亿 or of a unit)",
        SWAP: "the same digits in another order (transposed digits)",
        TRUNCATED: "one is the other cut off instead of rounded",
        DIFFERENT: "different values",
        QUALIFIER: "the approximation excludes the other figure, which it is close to",
        FAR_APART: "values far apart",
        ROUNDED_DECLARED: "the declared figure is round and the other rounds to it: unsure whether the declaration is itself a rounding",
        DROPPED: "one is the other with a digit left out",
    }[kind]
