"""Same-fact checks (N212, N213): every statement of a fact agrees with every other, metric or not.

Each figure of the Chinese text and each metric is a claim (claims/). A claim that disagrees with
the claims most like it, while none of them agrees with it, is reported against the closest one;
the message names both places, and the writer decides which is right.
"""

from __future__ import annotations

import re

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from dataclasses import dataclass, replace
from collections.abc import Iterator

from ..claims import Claim, claims_of, zh_claims
from ..claims.extract import anchor, locate, printed_unit, shown
from ..claims.group import COMMON_CLAIMS, CONTAINED, unit_swapped, Weights, as_total, comparable, total_to_date, count_other_things, counted_noun, enough_in_common, overlap, pairs, similarity, weights_of
from .. import units
from ..claims.relate import half_to_even, _digits, AGREE, BOUNDS, CLOSE, DIFFERENT, DROPPED, FAR, FAR_APART, QUALIFIER, ROUNDED_DECLARED, SCALE, SWAP, TRUNCATED, describe, in_units_of, loose_step, ratio, relation
from ..claims.places import placed_part
from ..claims.script import reading
from ..claims.subject import ASPECT, content_words, predicate_at
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from ..numbers import Figure
from .index_refs import referenced, stated_in
from .tables import misadded_totals

FLOOR = 0.2  # below this two subjects are taken to name different things, whatever their values
MARGIN = 0.15  # partners this close to the best one are as plausible as it
# How alike two subjects must be before a disagreement is reported, by how the values differ:
# a slip of scale or transposed digits is itself evidence that the two mean one fact.
# A dropped digit (38 for 386) is ten times off, which two facts sharing words mostly are: evidence only when the
# subjects are as alike as a plain disagreement needs, and they share enough words (not a slip of SLIPS)
NEEDED = {SCALE: 0.2, SWAP: 0.2, TRUNCATED: 0.35, DIFFERENT: 0.6, DROPPED: 0.6}
# Two statements of one fact that differ are mostly close (a figure mistyped or left from a draft:
# 2.3亿 for 2.17亿, 3,120万 for 3,150万); figures twice apart that share words are mostly two facts
# ("全国15个城市" and "全国30余个城市"). How alike the subjects must be grows with the distance.
DIFFERENT_BY_RATIO = ((Decimal("1.1"), 0.45), (Decimal("1.5"), 0.6), (FAR, 0.85))


SMALL = Decimal(20)  # counts this small are told apart by how many, not by their ratio: 2起 and 1起 are one apart


def _needed(kind: str, a: Claim, b: Claim) -> float:
    if kind == ROUNDED_DECLARED:
        # a declared round figure and a value that rounds to it may be one fact, one of them rounded: only worth a
        # warning when the two subjects read as alike as two different values must ("驾驶员安全培训覆盖率" 100% and
        # "培训覆盖率98.7%", 48 % alike, are two programmes)
        return NEEDED[DIFFERENT]
    if kind != DIFFERENT:
        return NEEDED[kind]
    x, y = a.figure.value, b.figure.value
    if x is not None and y is not None and 0 < x <= SMALL and 0 < y <= SMALL and x == x.to_integral_value() \
            and y == y.to_integral_value() and abs(x - y) <= 2 and (a.words <= b.words or b.words <= a.words):
        # a miscount of one or two, as close as values within 10 %, when one subject holds the other (召回产品 in
        # 主动召回产品): 员工因工死亡 and 承包商因工死亡 each name a group the other does not, two facts
        return DIFFERENT_BY_RATIO[0][1]
    r = ratio(a.figure, b.figure)
    for limit, needed in DIFFERENT_BY_RATIO:
        if r is not None and r <= limit:
            return needed
    return DIFFERENT_BY_RATIO[-1][1]
SLIPS = (SCALE, SWAP, TRUNCATED)
# 23.85 printed as 23.8: rounded half to the even digit (GB/T 8170, for measured data), which a reader of a report,
# who rounds halves up (四舍五入), takes for the figure cut off: a warning that says so
HALF_EVEN_NOTE = " (rounded half to the even digit, as GB/T 8170 allows for measured data; halves rounded up, as readers expect, give the other last digit)"  # the digits themselves say the two are one figure: one shared word is enough
# Below this likeness a slip rests on the words the subjects share (enough_in_common) and on what each counts: a shared
# modifier (职业院校) with two different counted nouns (新生, 毕业生) is two facts whose digits happen to look alike
SLIP_ALIKE = 0.35


def _name(claim: Claim) -> str:
    if claim.metric_id:
        return f"`{claim.metric_id}` ({shown(claim)})"
    return f"“{claim.clause.strip()}”"


def _confirms(other: Claim, claim: Claim) -> bool:
    """An agreeing statement confirms a figure only if it is at least as exact: "约670万" or "2亿"
    agree with 677万 and 1.99亿 but do not tell whether they were typed right."""
    a, b = other.figure, claim.figure
    return (a.qualifier is None or b.qualifier is not None) and a.precision <= b.precision


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the same-fact check could see: how many figures it read, how many joined another
    statement of their fact, how many pairs it compared, and the figures that stood alone."""

    read: int
    grouped: int
    compared: int
    alone: tuple[Claim, ...]


_PARTNERS: dict[int, tuple[Report, dict[int, list[tuple[float, Claim]]], dict[int, Claim]]] = {}


def _partners(report: Report) -> tuple[dict[int, list[tuple[float, Claim]]], dict[int, Claim]]:
    """Each zh claim's partners (likeness, claim), computed once per report."""
    hit = _PARTNERS.get(id(report))
    if hit is None or hit[0] is not report:
        zh = zh_claims(report)
        weights = weights_of(zh)
        partners: dict[int, list[tuple[float, Claim]]] = defaultdict(list)
        for pair in pairs(zh, weights, FLOOR):
            partners[id(pair.a)].append((pair.similarity, pair.b))
            partners[id(pair.b)].append((pair.similarity, pair.a))
        _PARTNERS.clear()
        hit = _PARTNERS[id(report)] = (report, partners, {id(c): c for c in zh})
    return hit[1], hit[2]


def coverage(report: Report) -> Coverage:
    partners, by_id = _partners(report)
    # a {m:id} in the text prints its metric, so it cannot disagree with it: only typed figures and metrics count
    plain = [c for c in by_id.values() if (c.role == "plain" or c.role == "share" and c.figure.kind == "percent")
             and c.figure.value is not None and not (c.metric_id and c.scalar is not None)]  # shares are compared too
    alone = tuple(c for c in plain if id(c) not in partners)
    compared = sum(len(v) for v in partners.values()) // 2
    return Coverage(len(plain), len(plain) - len(alone), compared, alone)


_CONFLICTS: dict[int, tuple[Report, tuple[tuple[Claim, Claim, str, float, list[Claim]], ...]]] = {}


def conflicts(report: Report) -> tuple[tuple[Claim, Claim, str, float, list[Claim]], ...]:
    """(odd claim, closest disagreeing claim, relation, similarity, claims agreeing with the latter), worked out
    once per report: N201/N212 and the bounds of approximation_misses (_slips_of_metrics) both read them, and
    weighing every pair's relation was ~4 % of a check of the sample each time."""
    hit = _CONFLICTS.get(id(report))
    if hit is None or hit[0] is not report:
        _CONFLICTS.clear()
        hit = _CONFLICTS[id(report)] = (report, tuple(_conflicts(report)))
    return hit[1]


def _conflicts(report: Report) -> list[tuple[Claim, Claim, str, float, list[Claim]]]:
    partners, by_id = _partners(report)
    order = {id(c): i for i, c in enumerate(claims_of(report))}
    added = misadded_totals(report)
    found = []
    for key in sorted(partners, key=lambda k: order[k]):
        near = partners[key]
        claim = by_id[key]
        if _running(claim):
            continue  # "连续19年" states a start year, which the date check compares (N216): one finding, not two
        # an agreeing statement looser than the figure ("约62小时" for 65.1小时) neither confirms it (_confirms) nor
        # disputes it: it does not set how alike the plausible partners must be, or the metric it stands beside
        # (61.5小时, a little less alike) would never be weighed against the figure
        settling = [(s, o) for s, o in near if relation(claim.figure, o.figure) != AGREE or _confirms(o, claim)]
        if not settling:
            continue
        best = max(s for s, _ in settling)
        # a declared metric first (the anchor of its fact: what a reader checks against), then the closest
        # in reading order among equals: partners come from sets of words, whose order varies from run to run
        plausible = [(s, o) for s, o in near if s >= best - MARGIN]
        stated = _times_stated(plausible, added)
        plausible.sort(key=lambda so: (-stated[id(so[1])], so[1].metric_id is None, -so[0], order[id(so[1])]))
        rel = {id(o): relation(claim.figure, o.figure) for _, o in plausible}
        if any(rel[id(o)] == AGREE and _confirms(o, claim) and not _slipped_copy(claim, o, plausible) for _, o in plausible):
            continue
        # approximation_misses() weighs a bound against plain figures only: against a share ("近四成" and a share of
        # 45.8%) the bound is weighed here, unless a plain figure it misses is there to report it by (one finding)
        bounded = claim.role == "plain" and any(rel[id(o)] == QUALIFIER and o.role == "plain" for _, o in plausible)
        for sim, other in plausible:
            kind = rel[id(other)]
            if kind == QUALIFIER and "share" in (claim.role, other.role) and not bounded:
                kind = DIFFERENT
            if kind in (AGREE, FAR_APART, QUALIFIER):
                continue  # a bound that just misses: approximation_misses()
            if kind == DIFFERENT and "累计" in claim.words & other.words and not _one_running_total(claim, other, sim):
                continue  # a cumulative figure counts from a start its clause seldom names: two of them may differ
            if kind == DIFFERENT and _stated_beside(claim, other, sim, partners):
                continue  # its own sentence states the other's fact already, in words more like it: this is another
            if sim >= _needed(kind, claim, other) and (kind in SLIPS or enough_in_common(claim, other)) \
                    and (kind not in SLIPS or sim >= SLIP_ALIKE or enough_in_common(claim, other) or kind == SCALE and unit_swapped(claim, other)
                         or _long_swap_of_one_count(kind, claim, other) or _long_scale_of_one_count(kind, claim, other)) \
                    and (not _two_digit_swap(kind, claim, other) or enough_in_common(claim, other)) \
                    and not (kind in SLIPS and sim < SLIP_ALIKE and count_other_things(claim, other)):
                # what else states the other figure: only as exactly (_confirms); "约5.2万吨" agrees loosely with 4.83万吨
                # but does not say it, and may itself be wrong (approximations_rounded_wrong)
                support = [o for s, o in partners[id(other)] if o is not claim and relation(other.figure, o.figure) == AGREE
                           and _confirms(o, other)]
                found.append((claim, other, kind, sim, support))
                break
    return found + _written_out_swaps(report, found, order)


WRITTEN_OUT = re.compile(r"[一二三四五六七八九两兩〇零]")  # a numeral in characters: no Arabic digit in it
WRITTEN_DIGITS = 3  # significant digits a written-out figure must have: fewer in another order meet by chance


def _written_out(claim: Claim) -> bool:
    printed = claim.figure.printed
    return (claim.scalar is not None and claim.role == "plain" and claim.base != "" and claim.figure.value is not None
            and WRITTEN_OUT.search(printed) is not None and not re.search(r"[0-9]", printed)
            and _significant_digits(claim) >= WRITTEN_DIGITS)


def _written_out_swaps(report: Report, found: list, order: dict[int, int]) -> list[tuple[Claim, Claim, str, float, list[Claim]]]:
    """A figure written out in Chinese numerals ("一千三百四十二萬居民", "两万八千四百多个孩子") is a fact the report states
    in digits elsewhere, retold in a quote, a letter or a story in words of its own: its subject seldom shares a word
    with the table's or the text's. It is exact but for 多/余/约, so three digits or more of it in another order than a
    figure of the same kind of count, period and unit, where nothing of that kind states its own value, is a slip made
    while writing the number out. Only when every figure it transposes states one value (one fact), none agrees with it
    (an open bound, 超过8,500人, agrees with anything and says nothing), and the rules above have not paired it already."""
    zh = zh_claims(report)
    written = [c for c in zh if _written_out(c)]
    if not written:
        return []  # most reports write no figure out
    done = {id(c) for item in found for c in item[:2]}
    bases = {c.base for c in written}
    by_base: dict[str, list[Claim]] = defaultdict(list)  # each written-out figure is weighed against its unit's claims only
    for c in zh:
        if c.base in bases and c.figure.value is not None:
            by_base[c.base].append(c)
    weights = weights_of(zh)
    added = []
    for claim in written:
        if id(claim) in done:
            continue
        same = [o for o in by_base[claim.base] if o is not claim and comparable(claim, o)]
        kinds = [(relation(claim.figure, o.figure), o) for o in same]
        if any(kind == AGREE and o.figure.high is not None and o.figure.high.is_finite() and o.figure.low > 0 for kind, o in kinds):
            continue  # the figure is stated as written somewhere: a swap elsewhere is another fact
        swapped = [o for kind, o in kinds if kind == SWAP and not _two_digit_swap(kind, claim, o)]
        if not swapped or any(relation(swapped[0].figure, o.figure) != AGREE for o in swapped[1:]):
            continue
        other = min(swapped, key=lambda o: (o.metric_id is None, order[id(o)]))
        support = [o for o in swapped if o is not other and _confirms(o, other)]
        added.append((claim, other, SWAP, similarity(claim, other, weights, slip=True), support))
    return added


def _slipped_copy(claim: Claim, other: Claim, plausible: list[tuple[float, Claim]]) -> bool:
    """An approximation ("四万八千六百余人") agreeing with a typed figure (48,630人) that is itself a slip of the declared
    metric beside them (48,360人) is not confirmed by it: both were rounded or copied from the slipped figure, and the
    approximation excludes the declared one (as _slips_of_metrics says for the bounds of approximation_misses)."""
    if claim.figure.qualifier is None or other.metric_id:
        return False
    return any(m.metric_id and relation(other.figure, m.figure) in SLIPS and relation(claim.figure, m.figure) in SLIPS
               for _, m in plausible)


def _stated_beside(claim: Claim, other: Claim, sim: float, partners: dict[int, list[tuple[float, Claim]]]) -> bool:
    """"出厂水水质综合合格率99.98%，管网水水质综合合格率99.91%": a sentence that gives two figures in parallel clauses
    states two facts (group.comparable), each named by what its own clause says that the other's does not (出厂水, 管网水).
    A figure whose sentence holds another figure agreeing with `other` and more like it names the other's fact
    already; the figure is then the sibling fact, not a second statement of `other` that disagrees."""
    return any(o is not claim and o.scalar is not None and o.origin == claim.origin and o.sentence == claim.sentence
               and s > sim and relation(other.figure, o.figure) == AGREE for s, o in partners[id(other)])


def _times_stated(plausible: list[tuple[float, Claim]], added: dict[str, Decimal]) -> dict[int, int]:
    """How many of a figure's plausible partners state each partner's value (itself included). A figure is
    checked against the value its fact is stated with most often: where the index says 6,125万元, the text and
    the highlights 6,215万元 and the table's total 6,251万元, the table is itself the odd one out (a sum slip
    that N207 reports), and the reader is to be pointed to 6,215. Among values stated equally often the
    metric stays the anchor. A table's total that its rows do not add up to (`added`: metric -> the rows' sum)
    has its rows state their sum: where the text says 17,935人 and the total row 17,953人 over rows that make
    17,935, an index's 17,395 is pointed to the text's figure, which the rows confirm."""
    sums = [(p, added[p.metric_id]) for _, p in plausible if p.metric_id in added]
    return {id(o): sum(1 for _, p in plausible if p is o or relation(o.figure, p.figure) == AGREE)
            + sum(1 for p, total in sums if p is not o and relation(o.figure, _valued(p.figure, total)) == AGREE) for _, o in plausible}


def _valued(fig: Figure, value: Decimal) -> Figure:
    """`fig` with an exact value in its own unit's base (the sum of a table's rows)."""
    return replace(fig, value=value, low=value, high=value, qualifier=None)


def _long_swap_of_one_count(kind: str, a: Claim, b: Claim) -> bool:
    """Two figures of three significant digits or more, one the other transposed, where what one counts is named by
    the other ("对外捐赠款物合计二千六百八十万元" and 公益捐赠 2,860万元; "陪伴了一万六千多人次长者" and "服务长者
    18,650人次"): the clauses may share little else, as a quote or a case retells a fact in its own words, but three
    digits in another order seldom meet by chance in one unit, year and counted thing."""
    if kind != SWAP or min(_significant_digits(a), _significant_digits(b)) < 3 and not _bounded(a, b):
        return False
    x, y = counted_noun(a), counted_noun(b)
    return x is not None and _names_word(x, b) or y is not None and _names_word(y, a)


def _long_scale_of_one_count(kind: str, a: Claim, b: Claim) -> bool:
    """Three significant digits or more printed at two scales of one unit, each figure counting the noun the other
    counts ("支撑全年2.36万件产品的生产" and "全年售出产品2.36亿件"): 万 typed for 亿. Two counts of one thing seldom
    share three digits by chance, whatever else their clauses say; the counted nouns must be one (two counts of
    产品 and 订单 with the same digits stay two facts)."""
    if kind != SCALE or a.figure.unit != b.figure.unit or min(_significant_digits(a), _significant_digits(b)) < 3:
        return False
    x, y = counted_noun(a), counted_noun(b)
    return x is not None and x == y


def _bounded(a: Claim, b: Claim) -> bool:
    """One of the two is an approximation (X余, 约X), whose swap the other figure's three digits carry."""
    return (a.figure.qualifier is None) != (b.figure.qualifier is None) and max(_significant_digits(a), _significant_digits(b)) >= 3


def _significant_digits(claim: Claim) -> int:
    value = claim.figure.value
    return len(format(value.copy_abs().normalize(), "f").replace(".", "").strip("0")) if value else 0


def _names_word(noun: str, claim: Claim) -> bool:
    return noun in claim.words or noun in claim.near


def _two_digit_swap(kind: str, a: Claim, b: Claim) -> bool:
    """Two figures of two digits each other's reverse (12 and 21): of the ninety two-digit counts a report prints,
    many have their reverse somewhere, so the swap is no evidence that the two are one figure, as 16,250 and 16,205
    are; the subjects must then share as much as any other disagreement needs ("从31项议题中识别出" and
    "审议议题13项" share one short word)."""
    if kind != SWAP or a.figure.value is None or b.figure.value is None:
        return False
    da, db = _digits(a.figure.value, b.figure.value)
    return len(da) <= 2 and len(db) <= 2


SAME_TOTAL = 0.8  # how alike two running totals' subjects must be to be one total
START = re.compile(r"自\s*(?:19|20)\d\d|以来|成立|至今|迄今|历年|(?:19|20)\d\d\s*年?\s*(?:起|开始|[至到\-—–~～])")  # 自2015年, 2019-2024年


def _one_running_total(a: Claim, b: Claim, sim: float) -> bool:
    """Two cumulative figures (累计) of nearly one subject, of one period, neither naming a start: one running total
    to the same day ("智能驾驶累计里程4亿6千万公里" and "用户累计智能驾驶里程达到4.26亿公里"), which cannot have two
    values. Within half again of each other: a chapter's highlight that kept an older total (约150万尾 where the
    text counts 196.5万尾 released to date) is a third off. Totals from different starts (自2015年以来累计…) or
    further apart stay two facts."""
    if sim < SAME_TOTAL or a.years != b.years or not a.years:
        return False
    r = ratio(a.figure, b.figure)
    if r is None or r > DIFFERENT_BY_RATIO[1][0]:
        return False
    for c in (a, b):
        if c.reading is None or START.search(c.reading[c.sentence : c.figure.start]):
            return False
    return True


def _running(claim: Claim) -> bool:
    fig = claim.figure
    return claim.reading is not None and fig.unit == "year" and bool(re.search(r"连续\s*$", claim.reading[max(0, fig.start - 4) : fig.start]))


def _where_the_index_points(report: Report, claim: Claim, other: Claim, support: list[Claim]) -> list[Claim]:
    """For a figure of an ESG index answer, the statements of the other value in the sections its item refers to
    (index_refs.py): where the index sends the reader is what its figure is to be checked against, and what the
    writer corrects it from. Any statement there of the other value counts, as likeness to the answer is settled by
    `other`; a table's total row ("合计") names its fact through its caption. Elsewhere, or with none there, the support."""
    where = referenced(report, claim)
    if not where:
        return support
    partners, _ = _partners(report)
    seen = {id(claim), id(other)}
    found = []
    for o in [*support, *(c for _, c in partners[id(claim)]), *(c for _, c in partners[id(other)])]:
        if id(o) in seen:
            continue
        seen.add(id(o))
        if relation(other.figure, o.figure) == AGREE and _confirms(o, other) and stated_in(report, o, where):
            found.append(o)
    return found or support


def _reported_at(a: Claim, b: Claim, kind: str, order: dict[int, int]) -> Claim:
    """Where a pair that confirms neither side is reported: the cut-off figure of a truncation,
    else the typed figure against a metric, else the later statement (it contradicts the first)."""
    if kind == TRUNCATED:
        return a if a.figure.precision > b.figure.precision else b
    if (a.metric_id is None) != (b.metric_id is None):
        return a if a.metric_id is None else b
    return a if order[id(a)] > order[id(b)] else b


def same_fact_conflict(report: Report) -> Iterator[Diagnostic]:
    """N212 (error: two statements of one fact disagree), N213 (warning: one is a truncation of the other)."""
    done: set[frozenset[int]] = set()
    order = {id(c): i for i, c in enumerate(claims_of(report))}
    found = conflicts(report)
    flagged = {id(claim) for claim, *_ in found}
    against = {id(claim): other for claim, other, *_ in found}
    for claim, other, kind, sim, support in found:
        pair = frozenset((id(claim), id(other)))
        if pair in done:
            continue
        table = against.get(id(other))
        if table is not None and table is not claim and table.metric_id and claim.metric_id is None \
                and claim.figure.qualifier is not None and relation(claim.figure, table.figure) == AGREE:
            # "合計約0.30萬噸" agrees with the table's 3,003.9吨, which "3.0萬噸" is reported against already: the
            # table says which of the two is wrong, and the approximation is not reported against the wrong one (an
            # exact figure agreeing with the table is, at the later place, as any pair is: findings point there)
            continue
        if id(other) in flagged and _reported_at(other, claim, kind, order) is other:
            continue  # the pair is reported once, at the other figure
        done.add(pair)
        support = _where_the_index_points(report, claim, other, support)
        related = (Related(locate(report, other), f"{_name(other)} states it as {shown(other)}"),) + tuple(
            Related(locate(report, o), f"so does {_name(o)}") for o in sorted(support, key=lambda o: order[id(o)])[:3])
        metric = claim.metric_id or other.metric_id
        if kind == ROUNDED_DECLARED:
            # a declared figure's zeros are digits (Figure.exact), but a writer may have declared the figure rounded
            round_one, exact_one = (claim, other) if claim.figure.exact else (other, claim)
            named = _name(round_one) if round_one.metric_id else f"the table's “{shown(round_one)}”"
            yield Diagnostic("N202" if metric else "N213", Severity.WARNING,
                             f"“{shown(exact_one)}” and {named} state the same fact ({sim:.0%} alike), and {shown(exact_one)} "
                             f"rounds to {shown(round_one)}: unsure, as a declared figure's zeros are read as digits, but "
                             f"{shown(round_one)} may itself be the figure rounded", locate(report, claim),
                             hint=f"if {shown(exact_one)} is right, {'declare the metric' if round_one.metric_id else 'type the cell'} "
                             f"as {shown(exact_one)}; if {shown(round_one)} is, correct the text", related=related, anchor=anchor(claim))
            continue
        if kind == TRUNCATED:
            yield Diagnostic("N202" if metric else "N213", Severity.WARNING,
                             f"“{shown(claim)}” and “{shown(other)}” state the same fact ({sim:.0%} alike); {describe(kind)}"
                             + (HALF_EVEN_NOTE if half_to_even(claim.figure, other.figure) else ""),
                             locate(report, claim), hint="print the rounded value or the full one in both places", related=related,
                             anchor=anchor(claim))
            continue
        shared = (claim.words & other.words) or (claim.near & other.near)
        why = f"({sim:.0%} alike: {', '.join(sorted(shared))}): {describe(kind)}"
        if not shared and (_written_out(claim) or _written_out(other)):
            why = f"(written out in characters, a count of the same kind and period that no statement gives as written): {describe(kind)}"
        if metric:
            text, decl = (other, claim) if claim.metric_id else (claim, other)
            message = f"figure disagrees with its metric: “{shown(text)}” states `{decl.metric_id}`, which is {shown(decl)} {why}"
        else:
            message = f"“{shown(claim)}” disagrees with “{shown(other)}” for what reads as the same fact {why}"
        yield Diagnostic("N201" if metric else "N212", Severity.ERROR, message,
                         locate(report, claim), hint="correct the wrong one; if they are different facts, name each one distinctly",
                         related=related, anchor=anchor(claim))


COUNTED = 0.35  # how alike the noun phrases at two figures must be to count one thing ("员工" and "员工")


def _weights(report: Report) -> Weights:
    return weights_of(zh_claims(report))


def _rates(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if len(w) >= 2 and w[-1] == "率")


def _other_rates(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two figures each named as a rate, by different rates: "综合回收率超过98%" and "综合利用率97.3%" share their
    modifier (综合) but measure different things; a rate's name is what it counts (回收率 is not 利用率)."""
    ra, rb = _rates(a), _rates(b)
    return bool(ra) and bool(rb) and not ra & rb


def _slips_of_metrics(report: Report) -> set[int]:
    """The typed figures that are a slip (transposed digits, a slip of scale) of their fact's declared metric, as N201
    reports them: "员工总数48,630人" where the table has 48,360. A bound rounded from such a copy ("四万八千六百余人")
    is not confirmed by it: it agrees with the wrong figure, and excludes the declared one."""
    found = set()
    for claim, other, kind, _, _ in conflicts(report):
        if kind in SLIPS and (claim.metric_id is None) != (other.metric_id is None):
            found.add(id(claim) if claim.metric_id is None else id(other))
    return found


# Verbs of taking part: "逾3,300名雇员参与义工服务" counts the employees who took part, not all of them, where "1.9万名员工
# 来自全国各地" says where all of them come from (subject.PREDICATE): what they take part in says which are counted
TAKING_PART = ("参与", "参加", "投身", "加入")
CLAUSE_REST = re.compile(r"[，,；;。：:！？!?（(]")


def _taking_part(claim: Claim) -> frozenset[str]:
    """The content words of what the counted people take part in, written after them ("参与义工服务": 参与, 志愿)."""
    if claim.reading is None or claim.base not in ("person", "person_times"):
        return frozenset()
    after = CLAUSE_REST.split(claim.reading[claim.figure.end :])[0]
    cut = predicate_at(after)
    if cut is None or not after[cut:].lstrip().startswith(TAKING_PART):
        return frozenset()
    return content_words(after[cut:])


def _doers_activity(claim: Claim) -> frozenset[str]:
    """Hours counted of those who do something ("志愿者累计服务4.18万小时") are hours of what they do (志愿: "员工志愿服务
    近4万小时"): a doer's noun X者 names the activity X, found by the bound written with the activity."""
    if claim.base != "[time]":
        return frozenset()
    return frozenset(w[:-1] for w in claim.near or claim.words if len(w) >= 3 and w.endswith("者")) - (claim.near or claim.words)


def approximation_misses(report: Report) -> Iterator[Diagnostic]:
    """A bound that just misses a figure of the same thing: "超过4.2万名员工" where the report counts
    41,236 employees, "近3,000名志愿者" where it registers 3,286. A writer rounds a figure into a bound
    and rounds the wrong way; the closeness of the values (relate.CLOSE) and the counted noun right at
    both figures are the evidence, so the rest of the clauses may differ. Error when the clauses agree
    as well (a same-fact conflict); otherwise a warning (N203), as the two could count different groups."""
    partners, by_id = _partners(report)
    zh = list(by_id.values())
    weights = _weights(report)
    exact: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in zh:
        if c.role == "plain" and c.base and c.figure.qualifier is None and c.figure.value is not None:
            # a figure in a list after its subject ("志愿服务共计3,420人次、18,600小时") has no noun of its own at it:
            # what the list is of, its clause's subject, is what it counts
            for word in c.near or c.words:
                exact[(c.base, word)].append(c)
            for word in _doers_activity(c):
                exact[(c.base, word)].append(c)
    slipped = _slips_of_metrics(report)
    for claim in zh:
        if claim.role != "plain" or claim.figure.qualifier not in BOUNDS or not claim.near or not claim.base:
            continue
        if any(relation(claim.figure, o.figure) == AGREE and (ratio(claim.figure, o.figure) or FAR) <= 1 + CLOSE
               and o.figure.qualifier is None and id(o) not in slipped and not placed_part(o, claim)
               for _, o in partners.get(id(claim), ())):  # "四万余名" confirms no bound, nor a part by place
            continue  # another statement close to the bound agrees with it ("超过10万户" says nothing of 3,150万户)
        seen: set[int] = set()
        candidates = []
        counting = claim.near | _taking_part(claim)
        for word in claim.near:
            posting = exact[(claim.base, word)]
            if len(posting) > COMMON_CLAIMS and len(claim.near) > 1:
                continue  # a word of very many counts ("员工") finds no partners by itself; the rarer ones do
            for other in posting:
                if id(other) in seen or other is claim or not comparable(claim, other):
                    continue
                seen.add(id(other))
                if relation(claim.figure, other.figure) != QUALIFIER:
                    continue
                to_date = total_to_date(claim, other)  # "近300所" without a year and "累计资助312所": one running total
                if (claim.words ^ other.words) & ASPECT and not to_date:
                    continue
                if _other_rates(claim.near, other.near):
                    continue
                sim = similarity(as_total(claim), as_total(other), weights) if to_date else similarity(claim, other, weights)
                counted = max(overlap(counting, other.near, weights), sim)
                if claim.near <= other.near and any(len(w) >= 3 for w in claim.near):
                    counted = max(counted, CONTAINED)  # "近2,000名志愿者" of the "注册志愿者2,146名"
                elif counted < COUNTED and (noun := counted_noun(claim)) is not None and noun == counted_noun(other):
                    # "近2,900名师生义工" and "注册义工2,936名": one head noun at both figures (义工), its modifiers
                    # differing; a group and its subgroup may be meant, so at most a warning (N203) unless the clauses agree
                    counted = COUNTED
                if counted >= COUNTED:
                    candidates.append((other.metric_id is None, -counted, sim, other))
        if not candidates:
            continue
        # a figure stated for what reads as the same fact settles it, though a metric's label (diluted by its table's
        # caption) reads less alike: "超过7,600名雇员" against "集团共有雇员7,568人" is an error, whatever the table says
        alike = [c for c in candidates if c[2] >= NEEDED[DIFFERENT]]
        _, counted, sim, other = min(alike or candidates, key=lambda c: c[:2])
        metric = other.metric_id
        stated = f"`{metric}` ({shown(other)})" if metric else f"“{shown(other)}” ({other.clause.strip()})"
        related = (Related(locate(report, other), f"{_name(other)} states it as {shown(other)}"),)
        if sim >= NEEDED[DIFFERENT]:
            yield Diagnostic("N201" if metric else "N212", Severity.ERROR,
                             f"“{shown(claim)}” excludes {stated}, stated for what reads as the same fact ({sim:.0%} alike): "
                             f"{describe(QUALIFIER)}", locate(report, claim),
                             hint="correct the approximation (近…, 超过… on the right side of the figure) or the figure",
                             related=related, anchor=anchor(claim))
        else:
            yield Diagnostic("N203", Severity.WARNING,
                             f"approximate figure excludes the value: “{shown(claim)}” counts what {stated} counts "
                             f"({', '.join(sorted(claim.near & (other.near | _doers_activity(other))))}), {describe(QUALIFIER)}; "
                             "unsure, as the rest of the two sentences differs", locate(report, claim),
                             hint="correct the approximation, or name the two groups distinctly if they differ",
                             related=related, anchor=anchor(claim))


def approximations_rounded_wrong(report: Report) -> Iterator[Diagnostic]:
    """N202/N213 (warning): "约0.97万吨" where the report states 9,615吨, which rounds to 0.96万: an
    approximation agrees loosely with the exact figure but its digits are not that figure rounded."""
    partners, by_id = _partners(report)
    for key, near in partners.items():
        claim = by_id[key]
        fig = claim.figure
        if claim.role != "plain" or fig.qualifier != "about" or not fig.value:
            continue
        exact = [(s, o) for s, o in near if o.figure.qualifier is None and o.figure.value is not None
                 and s >= NEEDED[TRUNCATED] and enough_in_common(claim, o) and relation(fig, o.figure) == AGREE]
        if not exact:
            continue
        step = loose_step(fig)
        wrong = []
        # most alike first, metrics before typed figures, then by place: the partners come in the order of a set's
        # walk, and the first metric left decides what the finding names (a scope 1+2 total, not scope 2 alone)
        exact.sort(key=lambda pair: (-pair[0], pair[1].metric_id is None, pair[1].metric_id or "", str(locate(report, pair[1]))))
        for _, other in exact:
            converted = in_units_of(other.figure, claim.figure)
            if converted is None or converted.value is None:
                break
            try:
                rounded = (converted.value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
            except InvalidOperation:
                break  # a figure of more digits than any rounding prints
            if rounded == fig.value:
                break  # one exact statement it rounds: the approximation is right
            wrong.append((other, rounded))
        else:
            other, rounded = min(wrong, key=lambda w: w[0].metric_id is None)
            unit = units.UNITS.get(printed_unit(fig) or "")
            expected = f"{format((rounded / unit.scale).normalize(), ',f')}{unit.zh}" if unit else format(rounded.normalize(), ",f")
            word = next((w for w, n in (("亿", 10**8), ("万", 10**4)) if w in reading(fig.printed) and unit and unit.scale == 1), None)
            if word:  # "约127万" for a count of people: 126万, as the writer prints it
                expected = f"{format((rounded / (10**8 if word == '亿' else 10**4)).normalize(), 'f')}{word}{unit.zh}"
            if abs(rounded - fig.value) > step:
                # "约25.8万人次" for 24.8万人次: off by ten of its own last digits, a different figure, not a rounding
                yield Diagnostic("N201" if other.metric_id else "N212", Severity.ERROR,
                                 f"“{shown(claim)}” disagrees with {_name(other)}: about that figure is {expected}, "
                                 f"more than one step of its last digit away", locate(report, claim),
                                 hint="correct the approximation or the exact figure",
                                 related=(Related(locate(report, other), f"{_name(other)} states {shown(other)}"),), anchor=anchor(claim))
                continue
            yield Diagnostic("N202" if other.metric_id else "N213", Severity.WARNING,
                             f"“{shown(claim)}” is not {shown(other)} rounded: {shown(other)} rounds to {expected}",
                             locate(report, claim), hint="print the exact figure rounded: its last digit as the rounding gives it",
                             related=(Related(locate(report, other), f"{_name(other)} states {shown(other)}"),), anchor=anchor(claim))
