"""Averages and intensities (N221): 人均/每名员工 N and N 吨/万元 recomputed from the total and the count.

A per-head figure ("人均培训时长33.6小时", "人均排放2.37吨") is a total of the same thing divided by a
headcount; an intensity ("单位营业收入碳排放1.84吨/万元", "…8.27吨二氧化碳当量/万吨") is one quantity divided
by another, both named by its clause and counted in the two halves of its unit. Where the report
states the total and the count for the same period, the average is recomputed with interval
arithmetic on their printed precision, converting units with pint (relate.in_units_of).

Which figures are the total and the count, read the way reports write them:
- the total's subject is the average's without 人均/单位/强度, and every word of it is written in the
  average's own sentence ("员工培训总时长138.7万小时" for "人均培训时长"; 营业收入 is not 人均收入's total);
  one in the average's sentence is taken first, then the section's, then the chapter's;
- 人均 divides by the headcount of the group the clause names before 人均 (员工 when it names none):
  the statement of that group alone for the period (员工总数, not 女性员工, 员工家属 or 其中…), or a
  headcount stated before the average in its sentence ("全员参训9,777人，…人均…");
- 平均 is per head only after the group it is taken over ("志愿者平均服务时长"); alone (平均停时) it may
  be per day or per case and is left alone; a group counted only with more words (注册志愿者) makes a
  disagreement a warning;
- an intensity's total and base are the figures in its unit's two halves (吨/万元, or 每万元…吨) whose
  subjects its sentence names, one each, and together they name every word of it (燃气发电…强度 is
  not the whole's emissions over the whole's generation).
When several figures could be the total or the count and none gives the average, nothing is said
(the rule cannot tell which the writer divided). A recomputed value within 5% of the printed one
is a warning: an average is often taken over the year's mean headcount rather than the year-end's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .. import units
from ..claims import Claim, claims_of, zh_claims
from ..claims.extract import BY_VOLUME, anchor, by_sentence, counts_water, locate, shown
from ..claims.group import INVENTORY, SCOPES
from ..claims.relate import AGREE, in_units_of, loose_step, relation
from ..claims.script import reading
from ..claims.subject import ASPECT, _is_content, content_words, segment
from ..claims.thesaurus import fold
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report

PER_HEAD = "人均"  # 每名员工, 每位员工, 平均每名员工 fold to it (claims/thesaurus.py)
AVERAGE = "平均"  # per head only after the group it averages over ("志愿者平均服务时长"); alone it may be per day, per case
WORKFORCE = frozenset({"员工"})  # 人均 with no group named is per employee (GRI 404-1, HKEX B3.2)
# Words that only say a figure is an average, an intensity or a whole: not part of what is counted.
MARKERS = frozenset({"人均", "单位", "强度", "合计", "总计", "共计"})
# Words that make a figure a part, a cumulative or another average: never the total or the count.
NOT_A_WHOLE = ASPECT - {"合计", "总计"}
SLASH = re.compile(r"\s*[/／]\s*(?:每)?\s*([^\s，。；、,;:：（）()]{1,8})")
WHOLE = MARKERS | {"人数", "总数", "总人数", "全体", "全部", "在职", "正式", "在岗"}  # words that count a group whole
PER_UNIT = re.compile(r"每\s*([^\s，。；、,;:：（）()\d]{1,6})")
CLAUSE_MARK = re.compile(r"[，,；;。：:\n]")
NEAR = Decimal("0.05")  # within this, the average may be over another count (mean headcount): a warning
# An intensity is the report's own total over its own base (revenue, output): no mean headcount to excuse a gap,
# only a base stated another way (revenue with or without a segment), which a gap this small may be
NEAR_INTENSITY = Decimal("0.01")
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Ratio:
    """What an average divides: the base of its total and its count, and the scale of each half
    of its unit (吨/万元: 1 tonne per 10,000 yuan)."""

    top: str  # Claim.base of the total ("[mass]")
    top_unit: str  # a unit id the total is converted into (tonne)
    bottom: str  # Claim.base of the count ("person", "yuan")
    bottom_unit: str
    per_head: bool
    marker: str = ""  # the word that makes it per head: 人均, or 平均 after a group ("员工平均培训时长")
    top_printed: str = ""  # the total's unit as the intensity prints it, when read in another (吨 of water: 立方米)


def _base(unit: units.Unit) -> str:
    """Claim.base for a unit: its dimension for a physical quantity (converted by pint), else its base."""
    return f"[{unit.dimension}]" if unit.quantity else unit.base


def _longest_unit(text: str) -> units.Unit | None:
    for n in range(len(text), 0, -1):
        found = units.lookup_unit(text[:n])
        if found is not None:
            return found
    return None


_RATIOS: dict[int, tuple[Claim, "Ratio | None"]] = {}


def _ratio(claim: Claim) -> Ratio | None:
    """`_ratio_of`, once per claim: every candidate total and count asks it (1.5M times at 1,000 chapters)."""
    hit = _RATIOS.get(id(claim))
    if hit is None or hit[0] is not claim:
        if len(_RATIOS) > 500_000:
            _RATIOS.clear()
        hit = _RATIOS[id(claim)] = (claim, _ratio_of(claim))
    return hit[1]


def _ratio_of(claim: Claim) -> Ratio | None:
    """The total and count an average or an intensity divides, from its unit and its words."""
    fig = claim.figure
    unit = units.UNITS.get(fig.unit or "")
    if fig.kind != "number" or fig.value is None or not fig.value or unit is None:
        return None
    halves: tuple[units.Unit | None, units.Unit | None] | None = None
    if "/" in unit.zh:  # a registered intensity: 吨/万元, 千瓦时/台
        top, bottom = unit.zh.split("/", 1)
        halves = (units.lookup_unit(top), units.lookup_unit(bottom))
    elif claim.reading is not None:
        after = SLASH.match(claim.reading, fig.end)  # "8.27吨二氧化碳当量/万吨", "5.2小时/人"
        clause = claim.reading[max((m.end() for m in CLAUSE_MARK.finditer(claim.reading, 0, fig.start)), default=0) : fig.start]
        per = PER_UNIT.search(clause)  # "每万元营业收入用水1.5吨": the base is counted in 万元
        if after:
            halves = (unit, _longest_unit(after.group(1)))
        elif per:
            base = _longest_unit(per.group(1))
            if base is not None and base.base != "person":  # 每名员工 is 人均 (thesaurus.py folds it)
                halves = (unit, base)
    if halves is not None:
        top_u, bottom_u = halves
        if top_u is None or bottom_u is None:
            return None
        printed = ""
        if top_u.id in BY_VOLUME and counts_water(claim):  # 吨/万元 of water divides a total read in cubic metres
            printed, top_u = top_u.zh, units.UNITS[BY_VOLUME[top_u.id]]
        return Ratio(_base(top_u), top_u.id, _base(bottom_u), bottom_u.id, bottom_u.base == "person", top_printed=printed)
    for marker in (PER_HEAD, AVERAGE):
        if marker in claim.near and (claim.reading is None or marker in _clause_before(claim)):
            # "1,420名员工人均提供培训48小时": 人均 after a headcount makes the next figure the average, not it
            return Ratio(claim.base, unit.id, "person", "person", True, marker)
    return None


def _clause_before(claim: Claim) -> str:
    """The folded text of a typed figure's clause before it (人均 of 人均培训时长 folded from 每名员工)."""
    text = claim.reading[: claim.figure.start]
    return fold(text[max((m.end() for m in CLAUSE_MARK.finditer(text)), default=0):])


# "平均每名学生获赠学生奶约45盒": 平均 then 每 and a classifier of people or households, then the group averaged over
PER_EACH = re.compile(r"平均\s*每\s*(?:名|位|个|户|家)\s*([^\s，,；;、：:\d]+)")
EACH_WORDS = frozenset({"每名", "每位", "每个", "每户", "每家", "每人"})


def _per_each(before: str) -> frozenset[str]:
    """The group of "平均每名X": the first content word after the classifier (学生 of 学生获赠学生奶)."""
    found = PER_EACH.search(before)
    if found is None:
        return frozenset()
    words = [w for w in segment(found.group(1)) if _is_content(w) and w not in EACH_WORDS]
    return frozenset(words[:1])


def _sentence(claim: Claim) -> str:
    if claim.reading is None:  # a metric: its label is its sentence
        return fold(reading(claim.clause))
    end = re.compile(r"[。！？；!?;\n｜|]").search(claim.reading, claim.figure.end)
    return fold(claim.reading[claim.sentence : end.start() if end else len(claim.reading)])


# A unit that names what it counts: a tonne of CO2e is a greenhouse-gas emission whether or not the sentence says
# 温室气体 ("排放强度为每万元营业收入0.124吨二氧化碳当量" divides the GHG total, "人均运营排放0.75吨二氧化碳当量"
# the operational GHG total over the headcount), where 吨 alone could be any mass
NAMED_BY_UNIT = {"tco2e": fold("温室气体排放")}


def _named_by_unit(ratio: Ratio) -> str:
    unit = units.UNITS.get(ratio.top_unit)
    return "" if unit is None else NAMED_BY_UNIT.get(unit.base, "")


def _words_with_unit(claim: Claim) -> frozenset[str]:
    """A claim's subject words and those its unit names: "范围一和范围二合计776.5万吨二氧化碳当量" states a greenhouse-gas
    emission (温室气体排放) in its unit, not its words, and is the total an intensity of 碳排放 (吨/万元) divides."""
    unit = units.UNITS.get(claim.figure.unit or "")
    named = NAMED_BY_UNIT.get(unit.base, "") if unit is not None else ""
    return claim.words | content_words(named) if named else claim.words


def _has(words: frozenset[str], word: str) -> bool:
    """`word` is one of `words` or inside one: the segmenter may glue it to a neighbour (人员培训)."""
    return any(word in w for w in words)


class _Having:
    """The claims of one list by their subject words: which have a word that `_has` finds, looked up
    through the list's distinct words instead of asked of every claim (a total or a count must have
    its average's words, so only those claims are read; the rules below still ask each of them)."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.postings: dict[str, list[int]] = {}
        for i, claim in enumerate(claims):
            for word in claim.words:
                self.postings.setdefault(word, []).append(i)
        self._having: dict[str, frozenset[int]] = {}
        self._chosen: dict[tuple[bool, frozenset[str]], list[Claim]] = {}

    def _of(self, word: str) -> frozenset[int]:
        hit = self._having.get(word)
        if hit is None:
            hit = self._having[word] = frozenset(i for w, found in self.postings.items() if word in w for i in found)
        return hit

    def any_of(self, words: frozenset[str]) -> list[Claim]:
        """The claims with a word that has one of `words`, in the list's order."""
        return self._pick(False, words)

    def all_of(self, words: frozenset[str]) -> list[Claim]:
        """The claims with, for each of `words`, a word that has it, in the list's order."""
        return self._pick(True, words)

    def _pick(self, every: bool, words: frozenset[str]) -> list[Claim]:
        hit = self._chosen.get((every, words))
        if hit is None:
            sets = [self._of(w) for w in words]
            if not sets:
                found = set(range(len(self.claims))) if every else set()
            else:
                found = set(sets[0]).intersection(*sets[1:]) if every else set().union(*sets)
            hit = self._chosen[(every, words)] = [self.claims[i] for i in sorted(found)]
        return hit


def _named(words: frozenset[str], sentence: str, known: frozenset[str] = frozenset()) -> bool:
    """Every word of a subject is written in the sentence, or made of words already matched (人员培训
    of 人员 and 培训); 总时长 counts as 时长 (总 only says "in all")."""
    for word in words:
        for part in sorted(known, key=len, reverse=True):
            word = word.replace(part, "")
        word = word.lstrip("总")
        if word and word not in sentence:
            return False
    return True


def _whole(claim: Claim, base: str, years: frozenset[int]) -> bool:
    return _whole_of_some_year(claim, base) and bool(claim.years & years)


def _whole_of_some_year(claim: Claim, base: str) -> bool:
    """_whole but for the period (the same for every average; the period differs)."""
    return (claim.lang == "zh" and claim.role == "plain" and claim.base == base and claim.figure.value is not None
            and claim.figure.value > 0 and claim.figure.qualifier is None
            and not _aspects(claim) and _ratio(claim) is None)


def _aspects(claim: Claim) -> frozenset[str]:
    """The words that make a figure a part, a cumulative or an average; 人均 after a headcount in its clause
    ("1,420名员工人均提供培训48小时") makes the next figure the average, and the headcount stays a count."""
    found = claim.words & NOT_A_WHOLE
    if claim.reading is not None and found & {PER_HEAD, AVERAGE}:
        before = _clause_before(claim)
        found = frozenset(w for w in found if w not in (PER_HEAD, AVERAGE) or w in before)
    return found


def _file(claim: Claim) -> str:
    """The chapter a claim is printed in: a metric's is where its table cell is, not its declaration's file."""
    return claim.where.path if claim.where is not None else claim.origin.file


def _scope(claim: Claim, other: Claim) -> int:
    """0: the average's sentence; 1: its section; 2: its chapter file (a table there too); 3: elsewhere."""
    if claim.scalar is not None and other.origin == claim.origin and other.sentence == claim.sentence:
        return 0 if other.figure.end <= claim.figure.start else 3
    if other.origin.file != claim.origin.file:
        return 2 if _file(other) == _file(claim) else 3
    return 1 if other.origin.path[:2] == claim.origin.path[:2] else 2


def _inventory(subject: frozenset[str], sentence: str) -> frozenset[str]:
    """"温室气体排放总量（范围一及范围二）": a greenhouse-gas total that names scopes 1 and 2 is the report's whole
    inventory (group.INVENTORY), which an intensity naming no scope ("每万元营业收入温室气体排放0.33吨") divides;
    the scopes only say what the whole holds. One scope alone (范围一排放) is a part, and stays one: the sentence
    must name it. An intensity that names a scope is left to its words."""
    if subject & SCOPES == INVENTORY and not any(scope in sentence for scope in SCOPES):
        return subject - INVENTORY
    return subject


def _totals(avg: Claim, ratio: Ratio, core: frozenset[str], group: frozenset[str], claims: list[Claim], sentence: str,
            phrase: str = "") -> list[Claim]:
    """The statements of the total the average divides, from the nearest place that states one."""
    found: dict[int, list[Claim]] = {}
    named: dict[int, int] = {}  # how many of the core's words each total names
    for other in claims:
        if ratio.per_head and _file(other) != _file(avg):
            continue  # scope 3, which a per-head average never takes (below): not worth reading
        if other is avg or not _whole(other, ratio.top, avg.years):
            continue
        subject = _inventory((other.near if other.metric_id else other.words) - MARKERS, sentence)  # a table row: its label, not its caption
        if phrase:
            if phrase in fold(reading(other.clause)).replace("总", "") and all(_has(subject, w) for w in group):
                found.setdefault(_scope(avg, other), []).append(other)
            continue
        shared = frozenset(w for w in core if _has(subject, w))
        if shared != core and not (shared and not ratio.per_head):
            continue
        if _named(subject, sentence, shared | (group if ratio.per_head else frozenset())):
            found.setdefault(_scope(avg, other), []).append(other)
            named[id(other)] = len(shared)
    for scope in sorted(found):
        if scope < 3 or not ratio.per_head:
            if ratio.per_head:
                return found[scope]
            # "吨钢二氧化硫排放0.28千克，吨钢颗粒物排放0.48千克": each intensity of a sentence listing several divides
            # the total naming the most of its words (颗粒物排放), not another the sentence names (二氧化硫排放)
            most = max(named[id(o)] for o in found[scope])
            return [o for o in found[scope] if named[id(o)] == most]
    return []


def _counts(avg: Claim, ratio: Ratio, group: frozenset[str], core: frozenset[str], claims: list[Claim], sentence: str,
            total: list[Claim]) -> tuple[list[Claim], bool]:
    """The count the average divides by: a headcount of its group for the period, or the base its
    intensity names."""
    # _whole before `not in total`: the list test compares whole dataclasses (field by field) and was 88% of
    # check at 1,000 chapters. A claim equal to a total has the total's figure at the same offset, so the
    # list is asked only of a claim whose (offset, printed figure) is a total's: the same result, cheaply.
    at = {(t.figure.start, t.figure.printed) for t in total}
    found = [c for c in claims if c is not avg and _whole(c, ratio.bottom, avg.years)
             and ((c.figure.start, c.figure.printed) not in at or c not in total) and not _added(c)]
    if ratio.per_head:
        heads = [c for c in found if all(_has(c.words, w) for w in group)]
        # the whole group is counted by a noun phrase of the group alone ("员工总数", "在职员工人数"); "女性员工",
        # "员工家属" or "参训员工" count another set of people, smaller or larger
        whole = [c for c in heads if all(any(g in w for g in group) or w in WHOLE for w in (c.near or c.words))]
        sure = bool(whole)
        whole = whole or heads  # "注册志愿者312人": likely the group, but said with more words; a finding is a warning
        if not whole:
            return [], False
        largest = max(c.figure.value for c in whole)
        chosen = [c for c in whole if c.figure.value * Decimal("1.02") >= largest]
        # a headcount the average's own sentence gives ("全员参训9,777人，…人均…") is a reading too
        chosen += [c for c in heads if _scope(avg, c) == 0 and c not in chosen]
        return chosen, sure
    taken = frozenset(w for w in core if any(_has(t.words, w) for t in total))
    chosen = []
    for c in found:
        shared = frozenset(w for w in core - taken if _has(c.words, w))
        if shared and _named(c.words - MARKERS, sentence, shared):
            chosen.append(c)
    return chosen, True


# 新增/净增加/减少 N before a count: the year's change of a stock ("本年度净增加分店14间", "新增员工1,200人"), never
# the stock an average over each item or head divides by; 增加至/减少到 N is the stock itself
ADDED = re.compile(r"(?:新增|净增|增加|减少|净减|新开|关闭)(?![至到])")


def _added(claim: Claim) -> bool:
    if claim.reading is None:  # a table row: its label
        return bool(ADDED.search(fold(reading(claim.clause))))
    start = max((m.end() for m in CLAUSE_MARK.finditer(claim.reading, 0, claim.figure.start)), default=0)
    return bool(ADDED.search(claim.reading, start, claim.figure.start))


def _value(fig, unit_id: str):
    """`fig` converted into `unit_id`'s base, scaled to that unit (10,000 yuan for 万元)."""
    unit = units.UNITS[unit_id]
    converted = in_units_of(fig, replace(fig, unit=unit_id))
    if converted is None:
        return None
    return converted.low / unit.scale, converted.value / unit.scale, converted.high / unit.scale


def _agreeing(found: list[Claim]) -> bool:
    return all(relation(found[0].figure, c.figure) == AGREE for c in found[1:])


def _fmt(value: Decimal) -> str:
    """33.636, 1,234; a hostile value beyond any printed figure in E notation (quantize would overflow)."""
    if value.copy_abs() >= Decimal("1e15"):
        return f"{value:.3E}"
    if value.copy_abs() >= 100:
        return f"{value.quantize(Decimal('1')):,}"
    return format(value.quantize(Decimal("0.001")).normalize(), "f")


def _total_about(avg: Claim, ratio: Ratio, core: frozenset[str], candidates: list[Claim]) -> Claim | None:
    """The one approximate total of a per-head average in its own sentence: of its base and year, named by the
    average's words or by 合计 alone ("员工人均培训52.8小时，全年培训总时长约198万小时"; "…人均48小时，合计约7.6万小时")."""
    found = []
    for c in candidates:
        if c is avg or c.base != ratio.top or not c.years & avg.years or not c.figure.value or _ratio(c) is not None:
            continue
        subject = {w.lstrip("总") for w in c.words - MARKERS - {"总数", "总量"}}
        named = fold(reading(avg.clause))  # 时长 of 培训总时长 is written in 人均培训时长 though no subject word
        if all(_has(avg.near, w) or w in named for w in subject) and not c.words & NOT_A_WHOLE:
            found.append(c)
    return found[0] if len(found) == 1 else None


def _product_off(report: Report, avg: Claim, total: Claim, counts: list[Claim], sure: bool) -> Iterator[Diagnostic]:
    """N221 at an approximate total that no count times the average rounds to: "约7.6万" for 48 × 1,420 = 68,160
    is eight steps of its last digit (1,000) away. Within one step it is a rounding left to the reader."""
    step = loose_step(total.figure)
    per_head = in_units_of(avg.figure, total.figure)
    if per_head is None or per_head.value is None or not step:
        return
    offs = []
    for c in counts:
        low, high = per_head.low * c.figure.low, per_head.high * c.figure.high
        try:
            lowest = (low / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step - step
            highest = (high / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step + step
        except InvalidOperation:
            return  # more digits than a printed figure rounds
        if lowest <= total.figure.value <= highest:
            return  # one count gives the total, rounded
        offs.append((abs(per_head.value * c.figure.value - total.figure.value), c, per_head.value * c.figure.value))
    _, c, got = min(offs, key=lambda o: o[0])
    unit = units.UNITS.get(avg.figure.unit or "")
    got = got / unit.scale if unit else got  # in the average's unit (hours), not the total's 万小时
    shown = unit.zh if unit else ""
    gap = (total.figure.value - per_head.value * c.figure.value) / (per_head.value * c.figure.value) * HUNDRED
    message = (f"total “{total.figure.printed}”: {avg.figure.printed} × {c.figure.printed} = {_fmt(got)}{shown}; the total is "
               f"{_fmt(abs(gap).quantize(Decimal('0.1')))}% {'above' if gap > 0 else 'below'} that, more than a rounding of its last digit")
    hint = "correct the total, the average or the count"
    if not sure:
        message += f"; “{c.clause.strip()}” was taken for the group the average is over, which its words do not say for certain"
    yield Diagnostic("N221", Severity.ERROR if sure else Severity.WARNING, message, locate(report, total), hint=hint,
                     related=(Related(locate(report, avg), f"the average, {avg.figure.printed}"),
                              Related(locate(report, c), f"the count, {c.figure.printed}")), anchor=anchor(total))


# a clause that is 人均 and the figure alone (人均约15小时), with no noun of its own
BARE_PER_HEAD = re.compile(r"(?:^|[，,；;])\s*人均\s*(?:约|近|逾|超过|达到?|为|仅)?\s*$")


def _verb_only(before: str) -> bool:
    """"…，人均服务9.8小时", "人均提供约15小时": 人均 and a verb the segmenter reads as naming nothing (服务, 提供, 贡献)
    is as bare as 人均 alone: the clause says what the people did, not what is averaged."""
    clause = re.split(r"[，,；;]", before)[-1].strip()
    return clause.startswith(PER_HEAD) and content_words(clause) <= {PER_HEAD}


def _bare_per_head(avg: Claim, ratio: Ratio, here: list[Claim]) -> tuple[Claim, Claim] | None:
    """(total, count) of "注册志愿者1,846名，全年累计志愿服务2.2万小时，人均约15小时": a clause of 人均 and its figure
    alone names nothing, so it averages the figure of its unit in the clause right before it, over the one headcount
    its sentence states before that. None when the clause names something, the figure before is of another unit
    or another clause lies between, or the sentence counts more than one group (员工…，其中女性…: which one?)."""
    if not ratio.per_head or ratio.marker != PER_HEAD or avg.reading is None:
        return None
    before_it = fold(avg.reading[avg.sentence : avg.figure.start])
    if not BARE_PER_HEAD.search(before_it) and not _verb_only(before_it):
        return None
    before = [c for c in here if c.figure.end <= avg.figure.start and c.role == "plain" and c.figure.value]
    if not before or before[-1].base != ratio.top or not before[-1].years & avg.years:
        return None
    total = before[-1]
    if re.search(r"[，,；;].*[，,；;]", avg.reading[total.figure.end : avg.figure.start]):
        return None  # a clause between them: the figure before is not what the bare 人均 averages
    counts = [c for c in before[:-1] if c.base == ratio.bottom]
    if len(counts) != 1 or not counts[0].figure.value or counts[0].figure.qualifier is not None or not counts[0].years & avg.years:
        return None
    return total, counts[0]


def averages(report: Report) -> Iterator[Diagnostic]:
    claims = zh_claims(report)
    # A total or a count is a plain claim of the ratio's base (_whole): each average looks among those
    # alone, in reading order, instead of every claim of the report (near linear at 1,000 chapters)
    by_base: dict[str, list[Claim]] = {}
    by_file: dict[tuple[str, str], list[Claim]] = {}  # a per-head average's total is in its own chapter file (_totals)
    by_sentence: dict[tuple, list[Claim]] = {}  # "…人均…，合计约…": a total about the average's product, in its sentence
    in_sentence: dict[tuple, list[Claim]] = {}  # the typed figures of each sentence, in reading order (_bare_per_head)
    for claim in claims:
        if claim.scalar is not None:
            in_sentence.setdefault((claim.origin, claim.sentence), []).append(claim)
        if claim.role == "plain" and claim.figure.qualifier == "about" and claim.scalar is not None:
            by_sentence.setdefault((claim.origin, claim.sentence), []).append(claim)
        if claim.role == "plain":
            if _whole_of_some_year(claim, claim.base):  # _whole asks it of every total and count
                by_base.setdefault(claim.base, []).append(claim)
                by_file.setdefault((claim.base, _file(claim)), []).append(claim)
    # Of those, only claims with the average's words can be its total or its count: indexed by word
    having: dict[tuple[str, str | None], _Having] = {}

    def index(base: str, file: str | None = None) -> _Having:
        hit = having.get((base, file))
        if hit is None:
            hit = having[(base, file)] = _Having(by_base.get(base, []) if file is None else by_file.get((base, file), []))
        return hit
    for avg in claims:
        if avg.role != "plain" or not avg.years:
            continue
        ratio = _ratio(avg)
        if ratio is None:
            continue
        sentence = _sentence(avg) + _named_by_unit(ratio)
        group = WORKFORCE
        if ratio.per_head and ratio.marker and avg.reading is not None:
            before = fold(avg.reading[avg.sentence : avg.figure.start])
            head = before[: before.rfind(ratio.marker)] if ratio.marker in before else ""
            named = content_words(re.split(r"[，,；;、：:]", head)[-1])  # the clause's words before 人均
            named = frozenset(w for w in named if re.search(r"[\u4e00-\u9fff]", w)) or _per_each(before)
            if named:
                group = named  # "志愿者人均服务时长": the volunteers
            elif ratio.marker == AVERAGE:
                continue  # "平均停时2.6天": an average over something the sentence does not name
        elif ratio.marker == AVERAGE:
            continue  # a metric's "平均…" label: over what is not written
        # 每百 of "每百万港元收入" is a piece of the base's unit, not a word of what is counted
        core = frozenset(w for w in avg.near - MARKERS - group - NOT_A_WHOLE - {AVERAGE} - EACH_WORDS if not w.startswith("每"))
        # "累计志愿服务2.2万小时，人均约15小时": a bare 人均 averages the figure right before it over the sentence's headcount
        bare = _bare_per_head(avg, ratio, in_sentence.get((avg.origin, avg.sentence), [])) if not core else None
        if bare is not None:
            total, counts, sure = [bare[0]], [bare[1]], True
            bottoms = counts
        else:
            phrase = ""
            if not core and ratio.marker and avg.reading is not None:
                # "志愿者平均服务时长25小时": the words after 平均 are all function words to the segmenter, so the
                # total is the figure whose clause writes that phrase ("志愿者服务总时长6,240小时")
                phrase = fold(avg.reading[avg.sentence : avg.figure.start]).rsplit(ratio.marker, 1)[-1].strip()
                if len(phrase) < 2 or re.search(r"[\d，,；;、：:]", phrase):
                    continue
            elif not core:
                continue
            tops = index(ratio.top, _file(avg) if ratio.per_head else None)
            # a total has every word of the group (phrase), every word of the core (per head) or one of them
            tops = tops.all_of(group) if phrase else tops.all_of(core) if ratio.per_head else tops.any_of(core)
            total = _totals(avg, ratio, core, group, tops, sentence, phrase)
            if not total and ratio.per_head:
                # "人均培训48小时，合计约7.6万小时": no exact total, but its sentence gives one about
                about = _total_about(avg, ratio, core, by_sentence.get((avg.origin, avg.sentence), []))
                counts, sure = _counts(avg, ratio, group, core, index(ratio.bottom).all_of(group), sentence, [about]) if about else ([], False)
                if counts:
                    yield from _product_off(report, avg, about, counts, sure)
                continue
            # a count has every word of the group (per head) or a word of the core
            bottoms = index(ratio.bottom).all_of(group) if ratio.per_head else index(ratio.bottom).any_of(core)
            counts, sure = _counts(avg, ratio, group, core, bottoms, sentence, total) if total else ([], False)
            if not total or not counts:
                continue
            if not ratio.per_head:
                # "燃气发电碳排放强度": every word of an intensity names its total or its base, or it is of a part
                if not all(any(_has(_words_with_unit(x), w) for x in total + counts) for w in core):
                    continue
        readings = []
        for t in total:
            for c in counts:
                top, bottom = _value(t.figure, ratio.top_unit), _value(c.figure, ratio.bottom_unit)
                if top is None or bottom is None or not bottom[0] or not bottom[2]:
                    continue
                readings.append((t, c, top[0] / bottom[2], top[1] / bottom[1], top[2] / bottom[0]))
        if not readings:
            continue
        fig = avg.figure
        if any(low <= fig.high and fig.low <= high for _, _, low, _, high in readings):
            continue  # one reading of the total and the count gives the printed average
        if not (_agreeing([r[0] for r in readings]) and (_agreeing([r[1] for r in readings]) or ratio.per_head)):
            continue  # several different totals or bases: the rule cannot tell which one was divided
        # the reading cited: of headcounts that disagree (one in the table and the text, its digits swapped once
        # elsewhere), the one the report states most often, the other being a slip N201/N212 report on their own;
        # then the reading nearest the printed average
        stated = Counter(x.figure.value for x in bottoms)
        t, c, _, got, _ = min(readings, key=lambda r: (-stated[r[1].figure.value], abs(r[3] - fig.value)))
        gap = abs(got - fig.value) / fig.value
        near = gap <= (NEAR if ratio.per_head else NEAR_INTENSITY)
        unsure = not near and not sure
        what = "average" if ratio.per_head else "intensity"
        shown = (ratio.top_printed or units.UNITS[ratio.top_unit].zh) + ("" if ratio.per_head else "/" + units.UNITS[ratio.bottom_unit].zh)
        message = (f"{what} “{fig.printed}”: {t.figure.printed} / {c.figure.printed} = {_fmt(got)}{shown}, "
                   f"{_fmt((gap * HUNDRED).quantize(Decimal('0.1')) if gap < 10 ** 12 else gap * HUNDRED)}% from the printed value")
        hint = ("correct the average, the total or the count it is computed from"
                if not near else "if it is taken over another count (the year's mean headcount, another base), say so; else correct it")
        if near:
            message += "; close enough that it may be taken over another count"
        if unsure:
            message += f"; “{c.clause.strip()}” was taken for the whole group, which its words do not say for certain"
            hint = "if that is the group the average is over, correct the average or the figures; else name the group's headcount"
        yield Diagnostic("N221", Severity.WARNING if near or unsure else Severity.ERROR, message, locate(report, avg), hint=hint,
                         related=(Related(locate(report, t), f"the total, {t.figure.printed}"),
                                  Related(locate(report, c), f"the count, {c.figure.printed}")),
                         anchor=anchor(avg))


# "安全投入3.86亿港元，按87个在建项目计算，平均每个项目约520万港元": an average over items (not people) whose count
# and total its own sentence states: the average is the total over the count. The count is the figure right before
# the noun 平均每个 names (a classifier of things, then that noun within a few characters); the total the one figure
# of the average's unit stated before it in the sentence.
PER_ITEM = re.compile(r"平均\s*每\s*(个|项|宗|家|间|座|台|所|场|次|条)\s*([\u4e00-\u9fff]{2})")
ITEM_CLASSIFIERS = {"个": "ge", "项": "xiang", "宗": "zong", "家": "jia", "间": "jian_room", "座": "zuo", "台": "tai",
                    "所": "suo", "场": "chang", "次": "ci", "条": "tiao"}


def _per_item(avg: Claim) -> tuple[str, str] | None:
    """The classifier and the noun of "平均每个项目" right before the figure, in its clause."""
    if avg.reading is None:
        return None
    clause = avg.reading[max((m.end() for m in CLAUSE_MARK.finditer(avg.reading, 0, avg.figure.start)), default=0) : avg.figure.start]
    found = PER_ITEM.search(clause)
    return (found.group(1), found.group(2)) if found else None


def _counts_noun(count: Claim, noun: str) -> bool:
    """The count names the items of 平均每宗工伤 right after its classifier ("87个在建项目") or right before its
    figure in its clause ("录得损失工时工伤46宗"): Chinese puts the counted noun on either side of a count."""
    text = count.reading or ""
    start = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, count.figure.start)), default=0)
    return noun in text[count.figure.end : count.figure.end + 8] or noun in text[max(start, count.figure.start - 8) : count.figure.start]


def per_item_averages(report: Report) -> Iterator[Diagnostic]:
    """N221: "平均每个项目约520万港元" in the sentence that states the total and the count it divides."""
    claims = [c for c in claims_of(report) if c.lang == "zh" and c.scalar is not None]
    for (origin, sentence), here in by_sentence(claims).items():
        for avg in here:
            fig = avg.figure
            if avg.role != "plain" or fig.value is None or not fig.value or not avg.base:
                continue
            item = _per_item(avg)
            if item is None:
                continue
            classifier, noun = item
            before = [c for c in here if c.figure.end <= fig.start and c.role == "plain" and c.figure.value is not None]
            counts = [c for c in before if c.figure.unit == ITEM_CLASSIFIERS.get(classifier) and c.figure.qualifier is None
                      and _counts_noun(c, noun)]
            totals = [c for c in before if c.base == avg.base and c.figure.qualifier is None]
            if len(counts) != 1 or len(totals) != 1 or not counts[0].figure.value:
                continue
            count, total = counts[0], totals[0]
            converted = in_units_of(total.figure, fig)
            if converted is None or converted.value is None:
                continue
            got = converted.value / count.figure.value
            if fig.low <= got < fig.high:
                continue  # within the printed rounding, or the ±10% of 约
            unit = units.UNITS.get(fig.unit or "")
            scale = unit.scale if unit else Decimal(1)
            yield Diagnostic("N221", Severity.ERROR,
                             f"average “{shown(avg)}”: {shown(total)} / {shown(count)} = "
                             f"{_fmt(got / scale)}{unit.zh if unit else ''}, not what is printed",
                             locate(report, avg), hint="correct the average, the total or the count it is computed from",
                             related=(Related(locate(report, total), f"the total, {shown(total)}"),
                                      Related(locate(report, count), f"the count, {shown(count)}")),
                             anchor=anchor(avg))
