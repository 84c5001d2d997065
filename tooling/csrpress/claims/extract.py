"""model.Report -> Claims: every figure the report states, with what it counts, its period and its role.

A claim is one printed figure (hand-typed in any string, or a declared metric printed in a table)
read together with its subject words (subject.py), the years it is about and its role in the
sentence: a plain statement of a fact, a change ("增长28.6%", "增加367.8亿元"), a share ("占…的21.5%"),
or the old value of a comparison ("由2023年的62.4小时增至68.5小时": 62.4 is 2023's value, 68.5 the
report year's). Only plain statements are compared with each other as the same fact.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace

from .. import numbers, units
from ..diagnostics import Location
from ..facts import LINK, MASK
from ..markup import METRIC_REF
from ..model import Origin, Report, all_blocks
from ..walk import metric_uses, texts
from .english import counted_in_english
from .script import reading
from .subject import ASPECT, MASK_CHAR, _is_content, content_words, near_words, predicate_at, segment

CLAUSE_END = re.compile(r"[。！？；!?;\n，、：（）()｜|]|,(?!\d{3})|:(?!\d)")  # not the comma of 6,842 or the colon of 9:18
# a highlight's ｜ separates statements like a full stop; a line break ends a sentence unless the line ends with a
# comma (，、): "完成集装箱运量1,286.4万标准箱，\n较2023年的…增长9.7%。" is one sentence wrapped in the source
SENTENCE_END = re.compile(r"[。！？；!?;｜|]|(?<![，、])\n")
YEAR = re.compile(r"(?:19|20)\d\d")
# "2023年的62.4小时": the year belongs to the figure right after it.
# "2020年基准年的85,930吨": a value of the base year a target is set against is that year's
OWN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:末|底|度)?(?:基准年|基年|基准)?的?\s*$")
PREVIOUS = re.compile(r"(?:上年|去年|上一年|前一年|上年度|上年末|上年同期)(?:末|底)?(?:的|为|是|仅)?\s*$")
# A year named only to compare with ("较2023年", "与2022年相比", "由2023年的") is not the period of the sentence.
COMPARED_YEAR = re.compile(r"(?:较|比|与|同|由|从|相较|相比)\s*$")
SINCE_YEAR = re.compile(r"(?:自|自从)\s*$")  # "自2012年推出": the year something began (_years)
CHANGE_BEFORE = re.compile(
    r"(?:增长|增加|提高|提升|上升|上涨|下降|降低|减少|下滑|回落|增幅|降幅|减幅|增速|扩大|缩小|净增|净减|缩短|延长|压缩|缩减|多|少)(?:了|为|达)?\s*$")
SHARE_BEFORE = re.compile(r"(?:占|占比|比例为|比重)[^，。；]{0,14}?(?:的|为|达)?\s*$")
OLD_VALUE = re.compile(r"(?:由|从)\s*(?:(?:(?:19|20)\d\d\s*年|上年|去年|上一年)(?:末|底|度)?的?)?\s*$")  # 由上年末的412辆
# "由2023年的每名学生0.52吨降至0.46吨": after "由<year>的" the noun phrase the value is of (每名学生, 人均, a subject) may
# stand before the figure, as after any "<year>的" (_year_of_its_subject); only words, no figure or clause break
OLD_OF_YEAR = re.compile(r"(?:由|从)\s*(?:((?:19|20)\d\d)\s*年|上年|去年|上一年)(?:末|底|度)?的\s*[\u4e00-\u9fff]{1,8}\s*$")
TOTALS = frozenset({"合计", "总计", "共计"})
SPENDING = frozenset({"资金", "费用", "经费", "成本", "支出", "款项", "耗资", "投资", "资金投入", "拨款"})  # money that names no purpose
# "捐赠3000万元，设立…奖学金" / "投入500万元，用于…": money whose clause ends at the figure is named by the
# purpose the next clause gives it; without it every donation of one donor would read as one fact
PURPOSE = re.compile(r"\s*(?:用于|设立|设置|资助|支持|帮助|援建|建设|建立|成立|开展|以)")
PURPOSE_NAMED = 3  # content words before the money that name it without its purpose (乡村, 振兴, 帮扶)
CONJOINED = re.compile(r"(?:和|及|与|、|以及)\s*$")  # a conjunction right before a figure: what precedes is another noun
COMMA = re.compile(r"[，,；;：:]")
LISTING = re.compile(r"\s*(?:主要为|主要是|主要包括|包括|包含|涵盖|如|例如|分别为|其中)")  # a clause naming the parts
UNIT_NOTE = re.compile(r"[（(]([^）)]{1,12})[）)]")
PART_OF = re.compile(r"(?:其中|其中包括|当中)\s*[，,：:]?\s*$")
# "按地区划分，香港员工流失率为34.8%，大湾区…为23.4%", "分性别看，女性…": a sentence that opens by saying how a figure is
# broken down states each group's figure in the clauses after it, parts of the whole as after 其中
BROKEN_DOWN = re.compile(r"^\s*(?:(?:按|按照)[^，,。；;\d]{1,6}(?:划分|区分|分类|分布|统计)|分[^，,。；;\d]{1,4}(?:来看|看))\s*[，,：:]")
COMPARED_WITH = re.compile(r"(?:与|和|同|跟)\s*(?:(?:19|20)\d\d\s*年(?:末|底|度)?的?|上年(?:末|底)?的?|去年的?)\s*$")
AGAINST_AFTER = re.compile(r"^\s*(?:相比|比较|对比|相较)")
# "由2.1天缩短至1.6天", "从45分钟压缩到30分钟": any verb of change between 由A and 至B makes A the old value, the
# verbs of duration and cost (缩短 延长 压缩 缩减) as much as those of size (增 降 提升), and of recovery (回升 反弹)
# The verb may carry the size of the change before 至 ("由1,350人次提高2倍至2,700人次", "由A增长12.5%至B"): the change
# stands between the two values, which stay the old and the new one
TO_AFTER = re.compile(r"^\s*(?:(?:增|降|减|提高|提升|上升|下降|减少|增加|增长|扩大|缩小|调整|缩短|延长|压缩|缩减|降低|减低"
                      r"|回落|下滑|攀升|跃升|上涨|下调|上调|加快|放缓|回升|反弹|下跌|升|跌)\s*(?:了\s*)?(?:[\d.,]+\s*(?:倍|%|％)\s*)?)?(?:到|至)")


# A quantity avoided, reduced or saved (减少二氧化碳排放1,260吨, 温室气体减排1,260吨, 节约用水3.5万立方米, 避免排放…) is
# another fact than the quantity itself (the emissions, the water used): a report states both. The verb of reduction
# stands before the figure in its clause, with the thing reduced as its object; "减少至" / "降低到" give the new value
# of the quantity itself, and a 的 after the object ("减少碳排放的光伏装机12兆瓦") makes it a modifier of another noun.
AVOIDED_BEFORE = re.compile(r"(?:减少|减排|减碳|节约|节省|避免|削减|少排)(?![至到])(?:了|的)?([^的]*)$")
AVOIDED = "减少"  # the word added to such a figure's subject (a stop word otherwise: never one a clause yields)


# Hours or days of 服务 (volunteers' service: "累计服务18.9万小时", "志愿服务时长18.7万小时") are the time spent serving:
# the verb, a stop word where it links who is served to a count ("服务客户1.32亿人"), names what a duration measures
SERVED = "服务"
DURATION_BASE = "[time]"
AVERAGED = frozenset({"人均", "平均"})


def _service_time(fig: numbers.Figure, before: str) -> frozenset[str]:
    """服务 as a subject word of a duration whose words before it (its clause, a metric's label) say 服务."""
    return frozenset({SERVED}) if _base_of(fig) == DURATION_BASE and SERVED in before else frozenset()


def _avoided(before: str) -> bool:
    """The words before a figure in its clause (or a metric's label) name a quantity avoided (AVOIDED_BEFORE)."""
    return AVOIDED_BEFORE.search(before) is not None


@dataclass(frozen=True, slots=True)
class Claim:
    figure: numbers.Figure
    lang: str
    origin: Origin  # the string's scalar (…, "zh") or, for a metric, its declaration
    scalar: str | None  # the string the figure stands in (None for a metric)
    clause: str  # the clause around the figure, as written
    words: frozenset[str]  # the subject: what the figure counts (the content words of its clause)
    near: frozenset[str]  # the noun phrase right at the figure (subject.near_words)
    years: frozenset[int]  # the years it is about (empty: not known)
    role: str  # plain | change | share | old | multiple
    block: str  # the kind of block: text, quote, table, esg_index, qr, ...
    metric_id: str | None = None
    sentence: int = 0  # where the figure's sentence starts in its string
    aliases: tuple[str, ...] = ()  # a metric's declared aliases: phrases that name it in the text
    reading: str | None = None  # the string as read: masked, Traditional folded to Simplified (script.py), same offsets
    where: Location | None = None  # for a metric: the table cell that prints it, else its declaration
    # who a rate is of when its clause names no one: the people counted in the clause before it (_population)
    population: frozenset[str] = frozenset()
    # what the counted things do, when the figure is the subject of its clause ("已有29条生产线完成改造": 完成, 改造;
    # _predicate): it says which of them are counted
    predicate: frozenset[str] = frozenset()
    # what the English translation names the figure's count with, right after the same value ("farming households" of
    # "惠及4.2万户农户" / "benefit 42,000 farming households"; english.py): () where it prints no such figure
    en_counted: tuple[str, ...] = ()
    # What the value counts in: the unit's base (万吨 and 吨 alike), percent, or '' for a bare number;
    # computed once (every pairing asks for it)
    base: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "base", _base_of(self.figure))


def _base_of(fig: numbers.Figure) -> str:
    if fig.kind == "percent":
        return "percent"
    unit = units.UNITS.get(fig.unit or "")
    if unit is not None and unit.quantity:
        return f"[{unit.dimension}]"  # 兆瓦时 and 万千瓦时 alike: converted when compared (relate.in_units_of)
    per = units.intensity_base(unit) if unit is not None else None
    if per is not None:
        return per  # 千克/头 and 吨/头 alike, as 千克 and 吨 are
    return unit.base if unit else (fig.unit or "")


def block_kind(origin: Origin) -> str:
    kinds = ("esg_index", "table", "quote", "highlight", "qr", "case", "keyfigures", "chart", "signature", "text")
    for step in reversed(origin.path):
        if step in kinds:
            return str(step)
    return "text"


# "数据中心平均PUE（3.2）", "社区捐献1,860万港元（6.1至6.3）": an index answer cites the sections it is told in, by their
# numbers, in brackets or a list of them; such a number is where, not a figure (3.2 is no PUE)
CITED_BEFORE = re.compile(r"[（(、，,至及和]\s*$")
CITED_AFTER = re.compile(r"^\s*[）)、，,至及和]")
SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+")


def _section_numbers(report: Report) -> frozenset[str]:
    hit = _SECTION_NUMBERS.get(id(report))
    if hit is None or hit[0] is not report:
        numbers_ = frozenset(str(n) for n in (*(ch.number for ch in report.chapters), *(sec.number for _, sec in report.sections())) if n)
        _SECTION_NUMBERS.clear()
        hit = _SECTION_NUMBERS[id(report)] = (report, numbers_)
    return hit[1]


_SECTION_NUMBERS: dict[int, tuple[Report, frozenset[str]]] = {}


def _section_cited(report: Report, masked: str, fig: numbers.Figure) -> bool:
    """A bare number of an index answer that is a section of the report, cited in brackets or among other sections."""
    printed = fig.printed.strip()
    return (not fig.unit and fig.kind != "percent" and SECTION_NUMBER.fullmatch(printed) is not None
            and printed in _section_numbers(report) and CITED_BEFORE.search(masked[: fig.start]) is not None
            and CITED_AFTER.match(masked[fig.end :]) is not None)


def report_years(report: Report) -> frozenset[int]:
    period = report.manifest.period
    found = [int(y) for y in YEAR.findall(period.start + " " + period.end)]
    return frozenset(range(min(found), max(found) + 1)) if found else frozenset()


def _years_of(fig: numbers.Figure) -> set[int]:
    if fig.kind == "date" and fig.date:
        return {fig.date[0]}
    if fig.kind == "period" and fig.period:
        return set(range(fig.period[0], fig.period[1] + 1))
    return set()


def _span(text: str, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    left = _last_end(text, start, boundary)
    right = boundary.search(text, end)
    return left, right.start() if right else len(text)


def _last_end(text: str, start: int, boundary: re.Pattern[str]) -> int:
    """The end of the last boundary in text[:start] (0 if none): `max(m.end() for m in boundary.finditer(text, 0,
    start))`. Every boundary pattern here (CLAUSE_END, SENTENCE_END, events.CLAUSE) matches one character, so
    the matches inside a window before `start` are the same whether the scan starts at 0 or at the window: the
    last one is read back from `start` in growing windows (every figure asks, and a long string read from its
    start each time was most of a large report's extraction)."""
    width = 32
    lo = start
    while lo > 0:
        lo = max(0, start - width)
        last = None
        for last in boundary.finditer(text, lo, start):
            pass
        if last is not None:
            return last.end()
        width *= 8
    return 0


def _role(masked: str, fig: numbers.Figure, clause_start: int) -> str:
    before = masked[clause_start : fig.start]
    if fig.kind == "multiple" or (fig.unit and units.UNITS.get(fig.unit) and units.UNITS[fig.unit].base == "times"):
        return "multiple"
    if fig.unit == "percentage_point":
        return "change"
    if (OLD_VALUE.search(before) or OLD_OF_YEAR.search(before)) and TO_AFTER.match(masked[fig.end : fig.end + 16]):
        return "old"
    if COMPARED_WITH.search(before) and AGAINST_AFTER.match(masked[fig.end : fig.end + 6]):
        return "old"  # "与2019年的37.5万标箱相比": the value compared with
    if CHANGE_BEFORE.search(before[-6:]):
        return "change"
    if fig.kind == "percent" and SHARE_BEFORE.search(before[-18:]):
        return "share"
    return "plain"


RESPECTIVELY = re.compile(r"分别为|分别是|分别达|依次为")
YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|-|—|–|~|～)\s*((?:19|20)\d\d)\s*年")
LIST_SEP = re.compile(r"\s*[、和及与]\s*")


# "2022年、2023年及2024年": years listed one by one name the columns of a 分别为 run just as a span does
YEAR_LIST = re.compile(r"(?:19|20)\d\d\s*年?(?:\s*[、，,和及与]\s*(?:19|20)\d\d\s*年?)+")


def _named_years(head: str) -> list[int]:
    """The years a 分别为 run is given in, in order: the span "2022年至2024年" or the list "2022年、2023年及2024年"
    that the sentence names last before 分别为."""
    span = max(YEAR_SPAN.finditer(head), key=lambda m: m.start(), default=None)
    listed = max(YEAR_LIST.finditer(head), key=lambda m: m.start(), default=None)
    if span and (listed is None or span.start() >= listed.start()):
        return list(range(int(span.group(1)), int(span.group(2)) + 1))
    if listed:
        years = [int(y) for y in YEAR.findall(listed.group(0))]
        return years if years == sorted(set(years)) else []  # in order, each once: a list of columns
    return []


def _respective_year(masked: str, fig: numbers.Figure, values: list[numbers.Figure], sentence: tuple[int, int]) -> int | None:
    """"2022年至2024年员工因工死亡分别为1人、0人、0人，承包商分别为2人、1人、1人": the k-th figure of a run after
    分别为 is the k-th year of the span the sentence names, when the run has one figure a year."""
    head = masked[sentence[0] : fig.start]
    said = list(RESPECTIVELY.finditer(head))
    years = _named_years(head[: said[-1].start()]) if said else []
    if not years:
        return None
    start = sentence[0] + said[-1].end()
    run: list[numbers.Figure] = []
    for f in values:
        if f.start < start or f.start >= sentence[1]:
            continue
        if run and not LIST_SEP.fullmatch(masked[run[-1].end : f.start]):
            break
        if not run and masked[start : f.start].strip():
            break
        run.append(f)
    if len(run) != len(years) or fig not in run:
        return None
    return years[run.index(fig)]


def _year_of_its_subject(masked: str, fig: numbers.Figure, dates: list[numbers.Figure],
                         values: list[numbers.Figure]) -> int | None:
    """"2020年的排放强度为每亿港元收益402.5吨": a year written as "2020年的" before the subject dates the first figure
    that subject is given, however long the subject is, when nothing but words lies between them (no other
    figure, no clause break). A year only compared with ("由2023年的…") is left to the role."""
    clause_start = _span(masked, fig.start, fig.end, CLAUSE_END)[0]
    for d in reversed(dates):
        if d.end > fig.start or d.start < clause_start:
            continue
        if d.kind != "date" or not re.match(r"\s*年?(?:末|底|度)?的", masked[d.end : d.end + 4]):
            return None  # the nearest year before the figure is not a "…年的" one
        if COMPARED_YEAR.search(masked[max(0, d.start - 4) : d.start]):
            return None
        if any(d.end <= v.start < fig.start for v in values if v is not fig):
            return None  # "2023年的62.4小时及…": it owns the figure right after it only
        years = _years_of(d)
        return years.pop() if len(years) == 1 else None
    return None


def _depth(text: str) -> int:
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")


def _aside_closed(masked: str, sentence_start: int, date: numbers.Figure, fig: numbers.Figure) -> bool:
    """"工傷個案52宗（2023年：61宗），損失工作日數為1,684日": a year inside brackets that close before the figure
    dates what the brackets hold (last year's figure given for comparison), not the rest of the sentence."""
    inside = _depth(masked[sentence_start : date.start])
    return inside > 0 and _depth(masked[sentence_start : fig.start]) < inside


def _years(masked: str, fig: numbers.Figure, dates: list[numbers.Figure], sentence: tuple[int, int], role: str,
           default: frozenset[int], values: list[numbers.Figure] = (), clause_end: int | None = None) -> frozenset[int]:
    respective = _respective_year(masked, fig, values, sentence) if values else None
    if respective is not None:
        return frozenset({respective})
    before = masked[max(0, fig.start - 12) : fig.start]
    own = OWN_YEAR.search(before)
    if own:
        return frozenset({int(own.group(1))})
    owner = _year_of_its_subject(masked, fig, dates, values)
    if owner is not None:
        return frozenset({owner})
    if PREVIOUS.search(before[-8:]) and default:
        return frozenset({min(default) - 1})
    if role == "old":
        of_year = OLD_OF_YEAR.search(masked, sentence[0], fig.start)
        return frozenset({int(of_year.group(1))}) if of_year and of_year.group(1) else frozenset()
    governing = [d for d in dates if sentence[0] <= d.start and d.end <= fig.start and not COMPARED_YEAR.search(masked[max(0, d.start - 4) : d.start])]
    # a year written as "2023年的" governs only the figure right after it, never a later one
    governing = [d for d in governing if not re.match(r"\s*年?(?:末|底|度)?的", masked[d.end : d.end + 4])]
    governing = [d for d in governing if not _aside_closed(masked, sentence[0], d, fig)]
    governing = [d for d in governing if not _deadline_spent(masked, d, fig)]
    # "自2012年推出，…累计培育学徒1,860名", "自2019年启动…以来，…已增加至约1,680兆瓦时": a year after 自 is when something
    # began; what the sentence counts from it runs to the report's day, as after 从2019年起 (COMPARED_YEAR)
    governing = [d for d in governing if not SINCE_YEAR.search(masked[max(0, d.start - 3) : d.start])]
    if governing and default and THIS_YEAR.search(masked, governing[-1].end, fig.start):
        # "2022年我们有11起损工事件，今年降到了5起": 今年 (this year) after a year dates what follows it the report's
        # year, the last of the period
        return frozenset({max(default)})
    if governing:
        return frozenset(_years_of(governing[-1]))
    # a year after the figure dates it only in its own clause: "降至1.44，目标2030年前降至1.35以下" gives 1.44 no year
    if clause_end is None:
        clause_end = _span(masked, fig.start, fig.end, CLAUSE_END)[1]
    after = [d for d in dates if d.start >= fig.end and d.start < min(sentence[1], clause_end)
             and not COMPARED_YEAR.search(masked[max(0, d.start - 4) : d.start])
             and not re.match(r"\s*年?(?:末|底|度)?的", masked[d.end : d.end + 4])]
    if after:
        return frozenset(_years_of(after[0]))
    return default


THIS_YEAR = re.compile(r"今年|本年")
DEADLINE = re.compile(r"\s*年?\s*(?:以前|之前|前)")  # "2030年前": by the year, a target's deadline


def _deadline_spent(masked: str, date: numbers.Figure, fig: numbers.Figure) -> bool:
    """"我们承诺2030年前实现运营层面碳中和，并…与92家核心供应商签署了…": a deadline (N年前) followed in its own clause
    by what is to be done by then dates that target only; a figure in a later clause is not dated by it.
    A deadline that ends its clause ("力争2030年前，可再生能源占比达到40%") still dates the target after it."""
    after = DEADLINE.match(masked, date.end)
    if after is None:
        return False
    clause_end = _span(masked, date.start, date.end, CLAUSE_END)[1]
    if clause_end > fig.start:
        return False  # the figure is in the deadline's own clause
    return len(re.findall(r"[\u4e00-\u9fff]", masked[after.end() : clause_end])) >= 2


def _qualifier_word(fig: numbers.Figure) -> str:
    """A figure that narrows a subject ("35岁以下", "3年以上") as one word of it; others give ''."""
    unit = units.UNITS.get(fig.unit or "")
    if fig.qualifier in ("under", "over", "at_least", "at_most") and unit is not None and unit.dimension in ("age", "duration_years", "time"):
        return f"{MASK_CHAR}{fig.printed}"
    return ""


def _referenced(report: Report, scalar: str) -> dict[numbers.Figure, str]:
    """`{m:id}` in the text: the metric's value printed there, as a figure at the reference's place."""
    found: dict[numbers.Figure, str] = {}
    for m in METRIC_REF.finditer(scalar):
        decl = report.metrics.get(m.group(1))
        fig = numbers.parse_figure(reading(decl.metric.value + (decl.metric.unit or ""))) if decl else None
        if fig is not None and fig.value is not None:  # the metric's value as declared: its zeros are significant
            found[replace(fig, printed=m.group(0), start=m.start(), end=m.end(), exact=True)] = m.group(1)
    return found


# A verb and its object around the figure: "发了23.6万兆瓦时电" is 发电, "用了1.2万吨水" 用水, "节约…电" 节电
SPLIT_VERB = re.compile(r"([发用耗节省供售购])(?:约|了|掉|出)?\s*$")
SPLIT_NOUN = re.compile(r"^\s*([电水气汽煤油热])(?![\u4e00-\u9fff])")


def _split_compound(before: str, after: str) -> frozenset[str]:
    verb, noun = SPLIT_VERB.search(before), SPLIT_NOUN.match(after)
    return content_words(verb.group(1) + noun.group(1)) if verb and noun else frozenset()


# 人次 is a noun as well as a unit ("访客人次超过2,900万", "服务人次达1.2万"): a bare figure after it counts 人次
COUNT_NOUN = re.compile(r"(?:(人次)数?|(人|户|家|次|宗)数|(人)口)(?:为|达|增至|增加至|降至|减至|约|逾|超过|近|共)*\s*$")


def _counted_by(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """"会员人数增至约127万": a bare figure after X人数 counts 人 (户数 户, 家数 家 …), as one after X人口 (供水服务人口1,243万:
    a population is a count of persons), and one after X人次 counts
    人次 ("访客人次超过2,900万"), so it is compared with the table's 126.4万人 like any count of people."""
    if fig.unit is not None or fig.kind != "number" or fig.value is None:
        return fig
    said = COUNT_NOUN.search(masked, max(0, fig.start - 10), fig.start)
    if said is None or said.end() != fig.start and masked[said.end() : fig.start].strip(" 约逾近"):
        return fig
    unit = units.lookup_unit(said.group(1) or said.group(2) or said.group(3))
    return replace(fig, unit=unit.id) if unit is not None else fig


# 个, the general classifier, counts people when a noun of people follows it ("两万八千四百多个孩子", "三千多个学生"), as
# spoken Chinese and quotes say it; a report's tables and text count the same people in 名 or 人
PEOPLE_AFTER_GE = re.compile(r"\s*(?:孩子|儿童|学生|小学生|中学生|大学生|青少年|少年|学员|学徒|员工|职工|工人|农民工|家长|老人|长者|"
                             r"村民|居民|农民|牧民|渔民|患者|病人|病患|妇女|老师|教师|医生|护士|志愿者|义工|乘客|旅客|游客|司机|骑手|快递员)")


def _people_by_ge(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """A figure counted with 个 before a noun of people counts persons (PEOPLE_AFTER_GE)."""
    if fig.unit != "ge" or fig.kind != "number" or fig.value is None or not PEOPLE_AFTER_GE.match(masked, fig.end):
        return fig
    return replace(fig, unit="person")


# A count written with a scale word and no measure word right before a noun of people ("为1.35亿客户提供保障", "让38.6万
# 农村群众喝上放心水", "一千三百四十二萬居民"): Chinese drops the classifier after 万 and 亿, and the noun says the figure
# counts persons, as 人 or 名 would. The noun of people may follow words that say which people (农村, 城乡, 注册), nouns or
# adjectives, never a verb (资金帮助居民: the figure is of the money). Not a noun of people opening a compound of things
# or of households (居民区, 客户端, 居民家庭, 会员单位): those count what the compound names.
PEOPLE_NOUN = (r"客户|用户|会员|消费者|投资者|股东|居民|村民|市民|农民|牧民|渔民|群众|乡亲|人口|员工|职工|雇员|工人|农民工|"
               r"学生|学员|学徒|孩子|儿童|青少年|老人|长者|患者|病人|游客|旅客|乘客|观众|读者|志愿者|义工|妇女")
PEOPLE_AFTER_BARE = re.compile(rf"[ \u3000]?([\u4e00-\u9fff]{{0,4}}?)(?:{PEOPLE_NOUN})"
                               r"(?![区楼点端号证卡户库群数量]|家庭|单位|企业|机构|账户|帐户|服务|权益|满意|投诉|信息)")
BARE_SCALE = re.compile(r"[万萬亿億]\s*$")
PEOPLE_MODIFIER_TAGS = ("n", "a", "b", "s", "f")  # nouns, adjectives, distinguishing words, places, directions


def _people_bare(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """A bare count in 万 or 亿 right before a noun of people counts persons (PEOPLE_AFTER_BARE)."""
    if fig.unit is not None or fig.kind != "number" or fig.value is None or not BARE_SCALE.search(fig.printed):
        return fig
    said = PEOPLE_AFTER_BARE.match(masked, fig.end)
    if said is None or said.group(1) and not _names_people(said.group(1)):
        return fig
    return replace(fig, unit="person")


@lru_cache(maxsize=1024)
def _names_people(words: str) -> bool:
    """Words before a noun of people say which people: every word a noun, adjective or the like (jieba's tags)."""
    from .subject import tagged

    return all(flag.startswith(PEOPLE_MODIFIER_TAGS) and not flag.startswith("nr") for _, flag in tagged(words))


# "吨熟料", "每吨水泥", "吨钢": 吨 opening a noun names the tonne of product a quantity is counted per. Not 吨 as the
# unit of a figure before it (万吨熟料, ＃吨, 三吨), nor 吨位, 吨级, 吨公里 (a size, a class, tonne-kilometres).
# 公吨 (Hong Kong's tonne) is a unit as printed (0.52公吨二氧化碳当量): the 吨 in it opens no noun; 每公吨水泥 does.
# A space before 吨 is the unit's only after a figure ("5 吨钢材"); after a list's dash ("- 吨钢综合能耗…") it opens the noun.
PER_TONNE_OF = re.compile(r"(?<![\d〇一二三四五六七八九两几数万亿千百十＃.公])(?<![\d〇一二三四五六七八九两几数万亿千百十＃.]\s)"
                          r"(?:每)?公?吨(?![位级公])[\u4e00-\u9fff]")


def _quantity_unit(fig: numbers.Figure) -> units.Unit | None:
    """The unit of a figure that measures a plain quantity: the only kind a word before it can make per something
    (an intensity already is, and a count counts things, not amounts)."""
    if fig.unit is None or fig.kind != "number" or fig.value is None:
        return None
    unit = units.UNITS.get(fig.unit)
    return unit if unit is not None and unit.quantity else None


def _clause_start(masked: str, at: int) -> int:
    return max((m.end() for m in CLAUSE_END.finditer(masked, 0, at)), default=0)


def _per_tonne(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """"吨熟料标准煤耗103千克" is 103 kg per tonne of clinker, as the table's 吨熟料标准煤耗（千克/吨）: Chinese names the
    denominator of a unit intensity by putting 吨 before the product, and the figure keeps only the numerator's unit."""
    unit = _quantity_unit(fig)
    if unit is None:
        return fig  # already an intensity (千克/吨), or a count: nothing is counted per tonne
    start = _clause_start(masked, fig.start)
    if not PER_TONNE_OF.search(masked, start, fig.start):
        return fig
    per = units.lookup_unit(f"{unit.zh}/吨")  # 千克 -> 千克/吨 (公斤 too: the unit, not the word typed)
    return replace(fig, unit=per.id) if per is not None else fig


# "单头生猪温室气体排放", "每头猪用水": livestock's intensities are counted per head, 单头 or 每头 before the animal
PER_HEAD = re.compile(r"(?:单|每)头(?=[\u4e00-\u9fff])")


def _per_head(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """"单头生猪温室气体排放降至0.035吨二氧化碳当量" is 0.035 吨二氧化碳当量/头, as a table's 单头生猪温室气体排放（千克二氧化碳
    当量/头）: a farm states an animal's share of a quantity by writing 单头 (每头) before the animal, and the figure
    keeps only the numerator's unit, as after 吨 (_per_tonne). Only 头, the head of livestock: 每间分店, 每名员工 name
    items and people an average divides by, whose table rows keep the plain unit (_per_money)."""
    unit = _quantity_unit(fig)
    if unit is None:
        return fig  # already an intensity, or a count
    start = _clause_start(masked, fig.start)
    if not PER_HEAD.search(masked, start, fig.start):
        return fig
    per = units.lookup_unit(f"{unit.zh}/头")
    return replace(fig, unit=per.id) if per is not None else fig


# "每百万港元收入", "每万元营业收入": 每, an amount of money and the noun it measures, right before the figure
PER_MONEY = re.compile(r"每\s*([^\s\d，。；、,;:：（）()]{1,12}?)\s*(?:为|达|约|仅)?\s*$")


PER_OTHER = re.compile(r"每\s*([^\s\d＃，。；、,;:：（）()]{1,6})")


def _unit_at(words: str) -> units.Unit | None:
    """The longest unit that opens `words` (百万港元 of 百万港元收入, 乘客公里 of 乘客公里碳排放)."""
    return next((u for n in range(len(words), 0, -1) if (u := units.lookup_unit(words[:n])) is not None), None)


def _per_money(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """"排放强度为每百万港元收入5.72吨二氧化碳当量" is 5.72 吨二氧化碳当量/百万港元, as a table's 排放强度（吨二氧化碳当量／
    百万港元收入）: Chinese names the revenue or output an intensity is counted per by writing 每 and that amount
    before the figure, and the figure keeps only the numerator's unit; so with a physical quantity (每平方米建筑面积) or
    work done ("每车公里耗电2.46千瓦时", units.PER_WORK). Not items or people: 每间分店, 每名员工 name what an average
    divides by, whose table rows keep the plain unit (每间分店平均耗电量（万千瓦时）)."""
    unit = _quantity_unit(fig)
    if unit is None:
        return fig  # already an intensity, or a count
    start = _clause_start(masked, fig.start)
    said = PER_MONEY.search(masked, start, fig.start)
    base = _unit_at(said.group(1)) if said else None
    if base is None or base.dimension != "currency":
        # work done or a physical quantity may open the clause ("每乘客公里碳排放由＃降至42.6克"): each figure of the
        # clause in the numerator's unit is per it, as the clause says once for all of them
        said = PER_OTHER.search(masked, start, fig.start)
        base = _unit_at(said.group(1)) if said else None
        if base is None or not (base.base in units.PER_WORK or base.quantity and base.dimension not in ("time", unit.dimension)):
            return fig
    per = units.lookup_unit(f"{unit.zh}/{base.zh}")
    return replace(fig, unit=per.id) if per is not None else fig


# "日处理能力1,200吨", "年经营规模46.8万吨", "年产能4.8万升": a capacity is a rate, and Chinese names its period by writing
# 日 or 年 before the capacity noun, where a table or another sentence prints the same rate in its unit (1,200吨/日,
# 48.6万吨/年). Not a year of the calendar (2024年处理能力, 今年, 全年, 年内: the period the figure is of) nor 日均 (an
# average, which names no capacity).
PER_PERIOD = re.compile(r"(?<![0-9０-９〇一二三四五六七八九十百千万两几多今本去上当同该全近每明前后])([日年])(?![内底末初度中均前起常])"
                        r"[\u4e00-\u9fff]{0,4}?(?:能力|规模|产能)\s*(?:为|达|达到|约|超过|逾|近|共|合计)*\s*$")


def _per_period(masked: str, fig: numbers.Figure) -> numbers.Figure:
    """A capacity printed in tonnes or cubic metres after 日/年 and its noun (PER_PERIOD) in its clause, read per day
    or per year: "设计日处理能力1,200吨" states 1,200吨/日, as "年经营规模四十六万八千吨" states 46.8万吨/年."""
    if fig.unit is None or fig.kind != "number" or fig.value is None:
        return fig
    unit = units.UNITS.get(fig.unit)
    if unit is None or unit.dimension not in ("mass", "volume"):
        return fig  # a count, money or energy: no capacity of a plant is printed so
    start = _clause_start(masked, fig.start)
    said = PER_PERIOD.search(masked, start, fig.start)
    if said is None:
        return fig
    base = units.UNITS.get(unit.base)
    per = units.lookup_unit(f"{base.zh}/{said.group(1)}") if base is not None else None  # the value is in base units
    return replace(fig, unit=per.id) if per is not None else fig


# Words that only say which capacity it is (设计能力, 核准规模, 许可规模), not whose: no holder of their own
CAPACITY_KIND = frozenset({"设计", "核准", "许可", "批复", "现有", "总"})
PERIOD_UNITS = re.compile(r"_per_day$|/[日年]$")


def _capacity_holder(hollow: str, fig: numbers.Figure, c_start: int, s_start: int) -> frozenset[str]:
    """Whose capacity a clause of 日/年 and a capacity noun states when it names no holder before them: "危险废物处置项目
    12个，年经营规模四十六万八千吨" states the projects' capacity. Chinese chains clauses on one topic, and a capacity is
    said of the plants or projects the clause before names (its content words, other figures blanked); nothing when
    the clause names its own holder ("越南项目日处理能力…") or opens the sentence."""
    if c_start <= s_start or fig.unit is None or not PERIOD_UNITS.search(fig.unit):
        return frozenset()
    said = PER_PERIOD.search(hollow, c_start, fig.start)
    if said is None or content_words(hollow[c_start : said.start()]) - CAPACITY_KIND:
        return frozenset()
    before = hollow[s_start : c_start - 1]
    start = max((m.end() for m in COMMA.finditer(before)), default=0)
    return content_words(before[start:])


AMONG = re.compile(r"(\w{2,})中(\w{2,})\s*$")


def _among(before: str) -> bool:
    """"合格供应商中境内供应商2,612家", "员工中女性员工…": of the As, the B ones (both name one kind of thing)."""
    m = AMONG.search(before)
    if not m:
        return False
    a, b = (content_words(x) for x in m.groups())
    tail = [w for w in segment(m.group(2)) if w in b][-1:]
    return bool(tail) and tail[0] in a


JOINED = re.compile(r"\s*(?:及|和|与|以及|并)")  # matched at a position, right after a figure


ASIDE_OPEN = {"）": "（", ")": "("}
ASIDE = 8  # characters: a gloss of the noun before it, not a statement of its own


def _before_aside(masked: str, c_start: int, s_start: int) -> int:
    """A clause that opens right after a parenthesis closes starts where the parenthesis's own clause does:
    "其中范围二（外购电力）排放129,060吨" is of 其中 范围二, not of 排放 alone."""
    close = masked[c_start - 1] if c_start > s_start else ""
    if close not in ASIDE_OPEN:
        return c_start
    opened = masked.rfind(ASIDE_OPEN[close], s_start, c_start - 1)
    aside = masked[opened + 1 : c_start - 1]
    if opened <= s_start or len(aside) > ASIDE or CLAUSE_END.search(aside) or any(ch.isdigit() for ch in aside):
        return c_start  # a parenthesis opening the sentence, or one saying more than a short gloss (外购电力, 含税)
    return _last_end(masked, opened, CLAUSE_END)


ASIDE_CLOSE = {"（": "）", "(": ")"}
# a parenthesis that states a part, a restatement or a comparison of the noun before it, not an attribute of it
NOT_A_GLOSS = re.compile(r"\s*(?:含|包含|包括|不含|其中|占|即|约合|折合|合|相当于|较|比|同比|与|为|分别)")


def _glossed(masked: str, fig: numbers.Figure, values: list[numbers.Figure], c_start: int, c_end: int) -> int:
    """"滁州基地屋顶光伏电站（装机容量68兆瓦）": a parenthesis closing right after a figure that names one attribute of
    the noun phrase before it (容量, 面积, 长度) states that attribute of that thing, so the noun phrase is part of the
    figure's subject. Not when the parenthesis states a part or a restatement (含…, 其中…, 约合…) or the phrase before
    it holds a figure of its own (then the parenthesis is about that figure)."""
    if c_start < 1 or masked[c_start - 1] not in ASIDE_CLOSE or masked[c_end : c_end + 1] != ASIDE_CLOSE[masked[c_start - 1]]:
        return c_start
    if NOT_A_GLOSS.match(masked, c_start) or any(c_start <= f.start < c_end and f is not fig for f in values):
        return c_start
    phrase_start = _last_end(masked, c_start - 1, CLAUSE_END)
    if phrase_start >= c_start - 1 or any(phrase_start <= f.start < c_start for f in values):
        return c_start
    return phrase_start


# "近四成的电力来自绿电", "超过60%的收入来自海外市场": the share of a whole (电力) that comes from a part (绿电)
SHARE_FROM = re.compile(r"^\s*(?:以上|左右)?\s*的\s*([^，,。；;：:\d]{1,10}?)\s*(?:已经|已|均|都|全部|主要)?\s*"
                        r"(?:来自于|来自|来源于|源于|源自|取自)\s*([^，,。；;：:\d]{1,12})")


def _share_from(after: str) -> frozenset[str]:
    """The whole and the part a percentage of "N%的A来自B" is taken of: both name it, as 绿电占电力的比例 would
    (the predicate cut that keeps "员工来自全国各地" out of a headcount's subject does not apply to a share)."""
    found = SHARE_FROM.match(after)
    if found is None:
        return frozenset()
    return content_words(found.group(1)) | content_words(found.group(2))


def _own_part(masked: str, fig: numbers.Figure, values: list[numbers.Figure], start: int, end: int) -> tuple[int, int]:
    """A clause that joins two statements with 及/和/与 gives each figure its own half: the words of
    "范围一排放6,842吨" are not those of "范围二排放78,356吨" in "范围一排放6,842吨及范围二排放78,356吨"."""
    for other in values:
        if start <= other.end <= fig.start and (joined := JOINED.match(masked, other.end)):
            start = joined.end()
    if JOINED.match(masked, fig.end) and any(fig.end < other.start < end for other in values):
        end = fig.end
    later = [other.start for other in values if fig.end < other.start < end]
    if later:
        # "旗下19间酒店的平均入住率重回八成以上": what follows 的 describes the thing counted and is the later figure's
        of = masked.find("的", fig.end, min(later))
        if of > fig.end:
            end = of
    return start, end


def _mask(scalar: str) -> str:
    if "{" not in scalar:
        return scalar  # nothing to blank (most strings): no regex pass over a long string
    return MASK.sub(lambda m: " " * len(m.group(0)), scalar)


# "集团在三个国家拥有员工4.8万人", "在全国30余个城市设有门店": the count of places a figure is spread over says
# where the whole of it is, not what it counts (the noun after the verb); a figure that is that count stands in it
PLACES = re.compile(r"在\s*(?:全球|全国|全世界|海内外|境内外|国内外)?\s*(?:[一二三四五六七八九十两]+|\s+)\s*(?:多|余)?\s*个?\s*"
                    r"(?:国家和地区|国家及地区|国家与地区|国家|地区|省份|省|城市)")


def _without_places(hollow_text: str, fig: numbers.Figure, c_start: int) -> str:
    m = PLACES.search(hollow_text, c_start, fig.start)
    if m is None:
        return hollow_text
    return hollow_text[: m.start()] + " " * (m.end() - m.start()) + hollow_text[m.end():]


def _hollow(masked: str, figures: tuple[numbers.Figure, ...]) -> str:
    """`masked` with every figure blanked with spaces (the segmenter must not glue a figure to a word), built from
    the pieces between figures rather than a list of the string's characters (most of a long paragraph is text)."""
    pieces = []
    at = 0
    for f in figures:
        if f.start < at:  # figures overlap (find_figures reads them apart): blank character by character
            hollow = list(masked)
            for g in figures:
                hollow[g.start : g.end] = " " * (g.end - g.start)
            return "".join(hollow)
        pieces.append(masked[at : f.start])
        pieces.append(" " * (f.end - f.start))
        at = f.end
    pieces.append(masked[at:])
    return "".join(pieces)


def text_claims(report: Report, scalar: str, lang: str, origin: Origin, default_years: frozenset[int],
                figures_of=numbers.find_figures) -> list[Claim]:
    shown = _mask(scalar)  # what the writer wrote, for messages
    masked = _mask(reading(scalar)) if lang == "zh" else shown
    figures = figures_of(masked)
    dates = [f for f in figures if f.kind in ("date", "period")]
    values = [f for f in figures if f.value is not None and f.kind not in ("date", "period")]
    referenced = _referenced(report, scalar) if lang == "zh" and "{m:" in scalar else {}
    if not values and not referenced:
        return []  # most strings state no figure
    values = sorted(values + list(referenced), key=lambda f: f.start)
    if lang == "zh":
        values = [_per_head(masked, _per_period(masked, _per_money(masked, _per_tonne(masked, _people_bare(masked, _people_by_ge(masked, _counted_by(masked, f)))))))
                  for f in values]
    block = block_kind(origin)
    if block == "esg_index":
        values = [f for f in values if not _section_cited(report, masked, f)]
        if not values:
            return []
    if block == "table" and len(values) == 1 and masked.strip() == values[0].printed:
        values = [numbers.declared(values[0])]  # a table cell typed as a figure declares it, as a metric does
    hollow_text = _hollow(masked, figures)  # subjects never contain another figure's digits or unit
    qualifiers = {f.start: _qualifier_word(f) for f in values}
    # a year given figure by figure after 分别为 (_respective_year): a string without the word has none
    respective = values if ("分别" in masked or "依次为" in masked) and RESPECTIVELY.search(masked) else ()
    found = []
    counted_near: dict[int, frozenset[str]] = {}  # the noun phrase at each figure counting people, by its start
    for fig in values:
        metric_id = referenced.get(fig) if referenced else None  # (a Figure's hash reads all its fields)
        if metric_id is None and LINK.match(scalar, fig.end):
            continue  # `{=id}` / `{=none}` after a figure: the writer said what it states (checks/facts.py)
        c_start, c_end = _span(masked, fig.start, fig.end, CLAUSE_END)
        clause_start, clause_end = c_start, c_end  # before its own part is cut out of the clause: _years reads to the clause's end
        s_start, s_end = _span(masked, fig.start, fig.end, SENTENCE_END)
        c_start = _before_aside(masked, c_start, s_start)
        c_start, c_end = _own_part(masked, fig, values, c_start, c_end)
        hollow = _without_places(hollow_text, fig, c_start)
        role = _role(masked, fig, c_start)
        if role == "plain":
            c_start = _glossed(masked, fig, values, c_start, c_end)
        years = _years(masked, fig, dates, (s_start, s_end), role, default_years, respective, clause_end)
        clause = hollow[c_start:c_end]
        if lang == "zh":
            # "近四成的电力来自绿电": of a share, where the part comes from says which part it is (no predicate cut)
            cut = (predicate_at(hollow_text[fig.end:c_end]) if role == "plain" and not _counts_acts(fig) and fig.kind != "percent"
                   else None)
            # "1.9万名员工来自全国各地": the subject is who is counted; where they come from is said of them
            words = content_words(clause if cut is None else hollow_text[c_start:fig.end + cut])
            if role in ("change", "share", "multiple"):  # "…余额1,654.2亿元，较上年末增长28.6%": the subject is the sentence's
                words = content_words(_without_source(hollow[s_start:fig.start]))
            near_spent: frozenset[str] = frozenset()
            if words == {"累计"} and _within_the_year(masked[s_start:fig.start], default_years):
                # "全年共有3,260名员工参加志愿活动，累计服务12,600人次": the year's 累计 is no subject (it is dropped
                # below); what was summed is named earlier in the sentence, as for a clause with no noun at all
                words = frozenset()
            if not words:  # "增长28.6%": the subject is named earlier in the sentence
                words = content_words(hollow[s_start:c_end])
            elif words - TOTALS and words - TOTALS <= SPENDING and c_start > s_start:
                # "改造老旧供水管网318公里，投入资金12.8亿元": the money is what the clause before did ("拨款合计" as well:
                # 合计 only says in all)
                spent_on, topic = _named_before(hollow, s_start, c_start - 1, values)
                words |= spent_on
                near_spent = topic  # the noun phrase at the money is what it was spent on
            if role == "plain" and len(words) == 1 and not words & (TOTALS | ASPECT):
                words |= _topic(masked, hollow, fig, values, c_start, s_start) or _list_subject(hollow, fig, values, c_start, s_start)
            elif role == "plain" and words == PER_HEAD_ALONE:
                words |= _per_head_of(hollow, fig, values, c_start, s_start)
            changed = (_changed_from(found, fig, c_start, s_start)
                       if role == "plain" and len(words) <= 1 and CHANGED_TO.fullmatch(hollow[c_start:fig.start]) else frozenset())
            words = changed or words  # the verb of change says what became of the count, not what it counts
            agent = _agent(hollow, fig, values, c_start, s_start) if role == "plain" else frozenset()
            agent |= _capacity_holder(hollow, fig, c_start, s_start) if role == "plain" else frozenset()
            words |= agent
            # money its own clause already names by two words or more ("乡村振兴帮扶投入1.05亿元，支持…") is that fact:
            # the purpose after it says what the money did, and read as the subject outweighs the name
            named = content_words(hollow[c_start:fig.start]) - SPENDING
            purpose = _purpose(hollow, fig, c_end, s_end) if len(named) < PURPOSE_NAMED else frozenset()
            # another figure in the clause that qualifies the subject ("35岁以下员工") is part of it
            narrowing = {qualifiers[f.start] for f in values if f is not fig and c_start <= f.start < c_end and f.end <= fig.start
                         and qualifiers[f.start]}
            words |= narrowing
            if (PART_OF.search(hollow[s_start:c_start]) or _among(hollow[c_start:fig.start])
                    or c_start > s_start and BROKEN_DOWN.match(hollow[s_start:c_start])):
                words |= {"其中"}  # "其中，母行…", "合格供应商中境内供应商…": the clause states a part of a whole
            before = hollow[c_start:fig.start]
            if CONJOINED.search(before):
                before = ""  # "自有牧场和逾350家奶农合作社": the figure counts the second of two joined nouns only
            near = near_words(before, hollow[fig.end:c_end]) | narrowing | near_spent
            split = _split_compound(hollow[c_start:fig.start], hollow[fig.end:c_end])
            if fig.kind == "percent" and role == "plain":
                split |= _share_from(hollow_text[fig.end:c_end])
            words |= split | purpose
            near = changed or near | split | purpose | agent
            whole: frozenset[str] = frozenset()  # what a lone total ("合共18.6吨") sums, named before it
            if words and words <= TOTALS and c_start > s_start:
                # "…产生少量有害废物，主要为光管、电池及废机油，合共18.6吨": a lone total sums what the sentence named
                # before it; a clause listing its kinds (主要为, 包括) names the parts, so the one before that the whole
                before = hollow[s_start : c_start - 1]
                bounds = [0] + [m.end() for m in COMMA.finditer(before)]  # not 、: it separates the list's kinds
                for start in reversed(bounds):
                    clause_before = before[start:]
                    if any(s_start + start <= f.start < s_start + start + len(clause_before) and _base_of(f) == _base_of(fig)
                           for f in values):
                        break  # "范围一排放17.05万吨、范围二排放23.71万吨，合计…": a sum of stated parts (N220's)
                    # a figure of another kind there counts the things the total is of ("承销债券17单，合共42.6亿港元":
                    # the money of the 17 issues), so the clause still names the whole
                    before = before[: max(start - 1, 0)]
                    if not LISTING.match(clause_before):
                        whole = content_words(clause_before)
                        words |= whole
                        near |= whole
                        break
            if "累计" in words and _within_the_year(masked[s_start:fig.start], default_years):
                words -= {"累计"}  # "2024年各单位累计组织安全培训约25.8万人次": the year's total, not a running one
                near -= {"累计"}
            # "温室气体排放总计343.7万吨": 总计 only says "in all"; alone ("合计40.76万吨") it marks a sum of parts
            if words - TOTALS:
                words -= TOTALS
            if near - TOTALS:
                near -= TOTALS
            if _base_of(fig) in PEOPLE and _new_ones(hollow_text[fig.end:c_end]):
                words |= {NEW_HIRES}  # "迎来了1,260位新车长" counts the captains hired in the year (新聘车长)
                near |= {NEW_HIRES}
            if _avoided(hollow[c_start:fig.start]):
                words |= {AVOIDED}
                near |= {AVOIDED}
            # a figure in a list after its subject ("志愿服务共计3,420人次、18,600小时") is of what the sentence named before;
            # 服务 alone at the figure ("服务时数28,450小时") names no one service, nor do hours per head ("人均服务14小时")
            own = hollow[c_start:fig.start]
            served = frozenset() if words & AVERAGED or not content_words(own) and SERVED in own \
                else _service_time(fig, own if content_words(own) else hollow[s_start:fig.start])
            words, near = words | served, near | served
            if _base_of(fig) in PEOPLE:
                counted_near[fig.start] = near
            population = _population(masked, fig, role, counted_near, clause_start, s_start)
            predicate = _predicate(hollow_text[c_start:fig.start], hollow_text[fig.end:c_end]) if role == "plain" else frozenset()
        else:
            words = near = population = predicate = frozenset()
        found.append(Claim(fig, lang, origin, scalar, shown[c_start:c_end], words, near, years, role, block,
                           metric_id=metric_id, sentence=s_start, reading=masked, population=population,
                           predicate=predicate))
    return found


PEOPLE = frozenset({"person", "person_times"})  # the bases of a count of people (人, 名, 位, 人次)
NEW_HIRES = "新聘"  # newly hired: how reports and HR tables name the people who joined in the year (新聘员工)


def _new_ones(after: str) -> bool:
    """"1,260位新车长", "1,340位新同事": 新 (new) standing alone between a count of people and the people counted says
    they joined in the period, as 新聘 does; the segmenter writes it as a word of its own (新 / 车长), where 新能源,
    新产品 or 新增 stay whole and are another word."""
    words = [w for w in segment(after) if w.strip()]
    return len(words) >= 2 and words[0] == "新" and _is_content(words[1])


ACTS = "person_times"  # 人次: a count of times people did something, not of the people


def _counts_acts(fig: numbers.Figure) -> bool:
    """"逾1,500人次的同事参与义工服务", "1,724人次义工参与服务": a count of person-times counts what the people did,
    written after them (参与…服务), not the people, who may each have done it many times: the predicate is what is
    counted and stays in the subject, where for a count of people (名员工来自…) it only says something of them."""
    return _base_of(fig) == ACTS


def _population(masked: str, fig: numbers.Figure, role: str, counted_near: dict[int, frozenset[str]],
                clause_start: int, s_start: int) -> frozenset[str]:
    """"2024年共有412名青年医师参加，结业考核通过率96.4%": a rate whose clause follows a count of people in the same
    sentence is the rate of those people (the clause's subject is left out, as Chinese leaves the topic of the clause
    before); the same rate of other people ("在培住院医师568人，结业考核通过率95.3%") is another programme's fact.
    The counted noun phrase of the last figure counting people in the clause right before, else nothing."""
    if fig.kind != "percent" or role != "plain" or clause_start <= s_start:
        return frozenset()
    before_start = _last_end(masked, clause_start - 1, CLAUSE_END)
    counts = [start for start in counted_near if before_start <= start < clause_start - 1]
    return counted_near[max(counts)] if counts else frozenset()


def _named_before(hollow_text: str, s_start: int, end: int, values: list[numbers.Figure]) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of the nearest clause before `end` in its sentence that names something, and its topic (the
    words before its first figure, else all of them): "奖学金颁发予154名学生，每名2.5万港元，拨款合共38.5万港元" spends
    on the 奖学金 of the first clause; "每名2.5万港元" between them is a rate that names nothing."""
    while end > s_start:
        start = max((m.end() for m in CLAUSE_END.finditer(hollow_text, s_start, end)), default=s_start)
        words = content_words(hollow_text[start:end])
        if any(not w.startswith("每") for w in words):  # 每名, 每户: "each", said of what an earlier clause names
            first = min((f.start for f in values if start <= f.start < end), default=end)
            return words, content_words(hollow_text[start:first]) or words
        end = start - 1
    return frozenset(), frozenset()


IN_THE_YEAR = re.compile(r"全年|年内|本年|当年|年度|((?:19|20)\d\d)\s*年(?!\s*(?:末|底|起|以来|至|到))")
SINCE_A_START = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*(?:19|20)\d\d|自|以来|至今|迄今|截至|截止|成立|历年|多年|近\s*[一二三四五六七八九十两0-9]+\s*年|[0-9一二三四五六七八九十]+\s*年来|累计至|有效")


# Verbs of reach that open a clause with no subject of its own: "自营超充站1,150座，覆盖全国218个城市" counts the
# cities the stations reach, not cities in general; what reaches them is the clause before
REACH = re.compile(r"^\s*(?:覆盖(?:了)?|遍布(?:了)?|遍及|辐射|分布于|分布在|延伸至|通达)")


def _agent(hollow_text: str, fig: numbers.Figure, values: list[numbers.Figure], c_start: int, s_start: int) -> frozenset[str]:
    """The noun of the clause before a clause that opens with a verb of reach (REACH): what reaches, whose figure
    the count of places is ("门店2,623家，遍布5个省份": 门店). Only that noun, the last content word before the
    clause's own figure (else its last content word): its modifiers (乡村振兴航线) say nothing of the places."""
    if c_start <= s_start or not REACH.match(hollow_text[c_start : fig.start]):
        return frozenset()
    before = hollow_text[s_start : c_start - 1]
    start = s_start + max((m.end() for m in CLAUSE_END.finditer(before)), default=0)
    end = min((f.start for f in values if start <= f.start < c_start - 1), default=c_start - 1)
    text = hollow_text[start:end]
    words = [w for w in segment(text) if w in content_words(text)]
    return frozenset(words[-1:])


# "2022年我们全年有11起损工事件，今年降到了5起": a clause of nothing but a time and a verb of change to a value has
# the subject of the clause before, whose figure in the same unit is the value it changed from
CHANGED_TO = re.compile(r"\s*(?:今年|本年|当年|目前|现在|如今|随后|此后|之后)?\s*(?:已经?|又|则|再)?\s*"
                        r"(?:降|减|增|升|提高|提升|下降|减少|增加|上升|降低|缩减|扩大)(?:到|至)了?\s*")


def _changed_from(found: list, fig: numbers.Figure, c_start: int, s_start: int) -> frozenset[str]:
    """The noun phrase of the figure in the same unit that ends the sentence's clause before (its last figure)."""
    before = [c for c in found if c.scalar is not None and s_start <= c.figure.start < c_start and c.figure.end <= c_start]
    if not before or before[-1].figure.unit != fig.unit or fig.unit is None:
        return frozenset()
    return before[-1].near


LIST_COMMA = re.compile(r"[，,](?!\d{3})")


def _list_subject(hollow: str, fig: numbers.Figure, values: list[numbers.Figure], c_start: int, s_start: int) -> frozenset[str]:
    """"2024年，基金发放关爱资金2,380万元，帮扶6,742人次，覆盖…": a sentence listing what one subject did, clause by clause,
    each a verb and its figure, names the subject once, at the first of them (基金): a clause of a verb alone before its
    figure is that subject's. Only when every clause between holds a figure (a list), and the first opens with a noun
    and then a verb."""
    own = hollow[c_start:fig.start].strip()
    if c_start <= s_start or hollow[c_start - 1] not in "，," or not own:
        return frozenset()
    from .group import _tagged
    tags = [(w, f) for w, f in _tagged(own) if w.strip()]
    if len(tags) != 1 or not tags[0][1].startswith("v"):
        return frozenset()
    bounds = [s_start] + [m.end() for m in LIST_COMMA.finditer(hollow, s_start, c_start - 1)]
    first = None
    for start, end in zip(bounds, bounds[1:] + [c_start - 1]):
        holds = any(start <= f.start < end for f in values)
        if first is None and not holds and not content_words(hollow[start:end]):
            continue  # "2024年，": a time opening the sentence
        if not holds:
            return frozenset()
        if first is None:
            first = (start, end)
    if first is None:
        return frozenset()
    tagged = [(w, f) for w, f in _tagged(hollow[first[0] : first[1]]) if w.strip()]
    subject: list[str] = []
    named = False  # "关爱基金发放…": a verb before the first noun modifies it (关爱基金); the verb after a noun is the clause's
    for w, f in tagged:
        if f.startswith("v") and named:
            break
        if not f.startswith(("n", "v")):
            return frozenset()
        subject.append(w)
        named = named or f.startswith("n")
    if not named or len(subject) == len(tagged):
        return frozenset()
    return content_words("".join(subject))


def _topic(masked: str, hollow: str, fig: numbers.Figure, values: list[numbers.Figure], c_start: int, s_start: int) -> frozenset[str]:
    """"盐城基地屋顶光伏装机96兆瓦，全年发电10,560万千瓦时", "基地建成屋顶光伏电站，装机容量21兆瓦": Chinese drops the
    subject it repeats, so a clause of one word before a measured quantity (power, energy, mass, area) goes on about
    the thing the clause before it names: that clause's words before its own figure are the quantity's too. Only when
    the clause before states no figure, or ends with a measured quantity of another kind (capacity, then output):
    a count there ("风电场126座，从业人员6,823人") or the same kind ("范围二排放23.71万吨，合计40.76万吨") starts a
    list of other things, not more about one."""
    unit = units.UNITS.get(fig.unit or "")
    if c_start <= s_start or masked[c_start - 1] not in "，," or unit is None or not unit.quantity:
        return frozenset()
    prev_start = max(_last_end(masked, c_start - 1, CLAUSE_END), s_start)
    before = [f for f in values if prev_start <= f.start and f.end <= c_start - 1]
    if len(before) > 1:
        return frozenset()
    if before and hollow[before[0].end : c_start - 1].strip():
        # "在4个县开展啤酒大麦契约种植，面积36.8万亩": a figure inside the clause before, which goes on after it, only
        # says where or how; what the clause goes on about after it is the thing the quantity is of
        return content_words(hollow[before[0].end : c_start - 1]) - {"其中"}
    if before:
        other = units.UNITS.get(before[0].unit or "")
        if other is None or not other.quantity or other.dimension == unit.dimension:
            return frozenset()
    end = before[0].start if before else c_start - 1
    # "本集团产生的危险废物主要为废矿物油及化验室废液，2024年产生量96.7吨": a clause that names a thing and then lists
    # its kinds (主要为, 包括) goes on about the thing; the kinds are its parts, and the quantity after it is the whole's
    listed = PARTS_LISTED.search(hollow, prev_start, end)
    if listed is not None and content_words(hollow[prev_start : listed.start()]) - {"其中"}:
        end = listed.start()
    return content_words(hollow[prev_start:end]) - {"其中"}


PER_HEAD_ALONE = frozenset({"人均"})


def _per_head_of(hollow: str, fig: numbers.Figure, values: list[numbers.Figure], c_start: int, s_start: int) -> frozenset[str]:
    """"全年培训总时数为98,470小时，人均36.2小时": a clause of 人均 alone is the total of the clause before, per head, when
    that clause states one figure in the same unit: its words before the figure say what the average is of."""
    if c_start <= s_start or hollow[c_start - 1] not in "，,":
        return frozenset()
    prev_start = max(_last_end(hollow, c_start - 1, CLAUSE_END), s_start)
    before = [f for f in values if prev_start <= f.start and f.end <= c_start - 1]
    if len(before) != 1 or before[0].unit != fig.unit or hollow[before[0].end : c_start - 1].strip():
        return frozenset()
    return content_words(hollow[prev_start : before[0].start]) - TOTALS - {"其中"}


PARTS_LISTED = re.compile(r"主要为|主要是|主要包括|主要有|包括|包含|涵盖|分别为")  # LISTING's words inside a clause (no 如: 例如, 如何)


def _within_the_year(before: str, report_years: frozenset[int]) -> bool:
    """累计 in a sentence that names the report year (全年, 2024年) and no start (自…以来, 截至, 近三年, 有效…)
    sums the year's events: "全年累计培训时数1.684万小时" is the year's figure, as a table's 培训总时数."""
    if SINCE_A_START.search(before):
        return False
    for m in IN_THE_YEAR.finditer(before):
        if m.group(1) is None or int(m.group(1)) in report_years:
            return True
    return False


# "there are" (已有, 共有, 现有) right before a count: the count is the subject of what follows it
EXISTENTIAL = re.compile(r"(?:[已共现尚另仍还]|已经)?有\s*$")


def _predicate(before: str, after: str) -> frozenset[str]:
    """What the counted things do after "there are" (有): "已有29条熟料生产线完成超低排放改造" counts the lines that
    completed the retrofit, "集团已有14条熟料生产线具备协同处置能力" those able to co-process waste. Chinese puts this
    restriction after the noun with no 的, so the noun alone (熟料生产线) does not say which lines. Without 有 the
    words after the noun may only describe all of them ("超过1万名员工守着全城的水龙头": the staff, not some of it),
    and after a verb or a preposition ("在621个网点设立专区") the count is its object: nothing then."""
    there = EXISTENTIAL.search(before)
    if there is None or content_words(before[: there.start()]):
        return frozenset()  # only the company ("集团已有") may stand before 有
    return content_words(after) - near_words("", after)


# "范围一排放主要来自养护车辆的燃油，同比下降6.3%": a clause saying where the subject comes from (its source) names the
# source, not what changed; the change is of the subject written before the verb
SOURCE = re.compile(r"(?:主要|大多|大部分|多|均)?\s*(?:来自于|来自|来源于|源于|源自)")
SOURCE_CLAUSE_END = re.compile(r"[，,；;：:]")


def _without_source(text: str) -> str:
    """The sentence before a change less the part of a clause after its verb of source ("…主要来自…燃油，"): kept
    whole when the source is in the change's own clause or nothing is named before the verb."""
    m = SOURCE.search(text)
    end = SOURCE_CLAUSE_END.search(text, m.end()) if m else None
    if m is None or end is None or not content_words(text[: m.start()]):
        return text
    return text[: m.start()] + text[end.start() :]


def _purpose(hollow_text: str, fig: numbers.Figure, c_end: int, s_end: int) -> frozenset[str]:
    """The content words of the clause after a sum of money that ends its clause, when that clause says
    what the money is for (PURPOSE). Not when it lists several purposes ("投入公益资金2,910万元，用于教育助学、乡村振兴
    和科普"): the money was spread over them, and the list says where it went, not which sum it is (the first item
    alone would name one part of it)."""
    if _base_of(fig) != "yuan" or hollow_text[fig.end:c_end].strip() or c_end >= s_end:
        return frozenset()
    following = hollow_text[c_end + 1 : s_end]
    end = CLAUSE_END.search(following)
    if end is not None and end.group() == "、":
        return frozenset()
    following = following[: end.start()] if end else following
    return content_words(following) if PURPOSE.match(following) else frozenset()


def _captions(report: Report) -> dict[str, str]:
    """metric id -> the zh caption of the table that prints it."""
    found: dict[str, str] = {}
    for _, _, block in all_blocks(report):
        if block.kind == "table" and block.data.caption is not None:
            for row in block.data.rows:
                for cell in row:
                    if hasattr(cell, "m"):
                        found.setdefault(cell.m, reading(block.data.caption.zh or ""))
    return found


CAPTION_LIST = re.compile(r"及|和|与|、")


def _caption_of_row(caption: str, label: str) -> str:
    """What a caption says of one row. A caption naming two subjects (能源及温室气体排放) heads rows of each: a row
    whose label names one of them and says more (能源消耗总量) is of that one only, not also of 温室气体排放. A label
    that is just one of the caption's words (范围一 under 范围一及范围二排放) takes the whole caption, whose last
    word (排放) may be shared by the list."""
    parts = [p.strip() for p in CAPTION_LIST.split(caption) if p.strip()]
    named = [p for p in parts if p in label and p != label.strip()]
    return named[0] if len(parts) > 1 and len(named) == 1 else caption


def metric_claims(report: Report) -> list[Claim]:
    printed_at: dict[str, Origin] = {}
    for use in metric_uses(report):
        # where a metric is shown is its table's cell when a table prints it: a reader checks a figure against the
        # data table, not against the key figures of a highlights page that print it first
        if use.offset is None and (use.metric_id not in printed_at
                                   or block_kind(use.origin) == "table" != block_kind(printed_at[use.metric_id])):
            printed_at[use.metric_id] = use.origin
    captions = _captions(report)
    found = []
    for mid, decl in report.metrics.items():
        m = decl.metric
        fig = numbers.declared(numbers.parse_figure(reading(m.value + (m.unit or ""))))  # 噸 reads as 吨
        if fig is None or fig.value is None:
            continue
        label = reading(m.label.zh or "")
        # "光伏发电量（万千瓦时）": a unit in brackets says how it is counted, not what
        hollow = UNIT_NOTE.sub(lambda u: " " if units.lookup_unit(u.group(1).strip()) else u.group(0), YEAR.sub(MASK_CHAR * 4, label))
        words = content_words(hollow + " " + " ".join(reading(a) for a in m.aliases if re.search(r"[\u4e00-\u9fff]", a)))
        # "30岁以下雇员", "30至50岁雇员": a figure in the label narrows what the metric counts, as in the text
        words |= {MASK_CHAR + f.printed for f in numbers.find_figures(YEAR.sub(MASK_CHAR * 4, label)) if f.kind not in ("date", "period")}
        near = words
        if len(words - ASPECT) <= 1 and mid in captions:  # a "合计" or "风电" row: the caption says of what
            if not words - ASPECT:
                words -= {"合计", "总计"}  # a table's total row is the whole the caption names, as prose states it
            words |= content_words(YEAR.sub(" ", _caption_of_row(re.sub(r"^表\S*\s*", "", captions[mid]), label)))
        if words - TOTALS:  # "合计，员工人数": a table's total row states the whole, as prose names it
            words -= TOTALS
            near -= TOTALS
        if _avoided(label):  # "减少二氧化碳排放（吨）", "温室气体减排量": avoided, not emitted
            words |= {AVOIDED}
            near |= {AVOIDED}
        served = _service_time(fig, label)
        words, near = words | served, near | served
        years = frozenset(int(y) for y in YEAR.findall(m.period))
        if len(years) >= 2:
            years = frozenset(range(min(years), max(years) + 1))
        cell = printed_at.get(mid)
        where = report.locate(cell) if cell is not None else report.locate(decl.origin, "value")
        role = "change" if fig.unit == "percentage_point" else "plain"
        aliases = tuple(a for a in m.aliases if re.search(r"[\u4e00-\u9fff]", a) and len(a) >= 4)
        found.append(Claim(fig, "zh", decl.origin, None, label, words, near, years, role,
                           "table" if cell is not None else "metric", mid, aliases=aliases, where=where))
    return found


def extract(report: Report) -> list[Claim]:
    """Every claim of the report: the zh and en strings' figures, and the metrics."""
    default = report_years(report)
    claims: list[Claim] = []
    # A string's claims depend on its text, language and kind of block alone (a `{m:id}` reference also on the
    # metric: those are read each time), so a string written again (a table's row labels and units, a repeated
    # sentence) is read once per run and its claims given the new string's place.
    seen: dict[tuple[str, str, str], list[Claim]] = {}
    headings: dict[tuple[str, tuple], str] = {}  # a section's (file, path) -> its Chinese title (_of_its_section)
    for use in texts(report):
        if "metrics" in use.origin.path:
            continue  # a metric's label is its definition; the metric itself is a claim below
        path = use.origin.path
        if len(path) >= 3 and path[-1] == "title" and path[-3] == "sections" and use.text.zh:
            headings[(use.origin.file, path[:-1])] = use.text.zh
        kind = None
        for lang in ("zh", "en"):
            scalar = getattr(use.text, lang)
            if scalar:
                if "{m:" in scalar:
                    claims.extend(_in_english(text_claims(report, scalar, lang, use.origin.child(lang), default), use.text.en))
                    continue
                if kind is None:
                    kind = block_kind(use.origin)  # the string's own origin adds only its language
                key = (scalar, lang, kind)
                read = seen.get(key)
                if read is None:
                    read = seen[key] = text_claims(report, scalar, lang, use.origin.child(lang), default)
                    claims.extend(_in_english(read, use.text.en))
                elif read:
                    origin = use.origin.child(lang)
                    claims.extend(_in_english([_placed(c, origin) for c in read], use.text.en))
    claims.extend(metric_claims(report))
    from .unitless import measured_by_label   # it reads group, which reads this module

    return [_greenhouse_gas(_water_by_volume(_of_its_section(c, headings))) for c in measured_by_label(claims)]


def _of_its_section(claim: Claim, headings: dict[tuple[str, tuple], str]) -> Claim:
    """「去年我們投入了1,350萬港元，但…」 under the heading 慈善捐款: a sum of money whose sentence names nothing it was
    spent on (a verb of spending alone, as a speaker says it in a quote) is of what its section is about, as the reader
    reads it under the heading; without a subject it would be compared with nothing."""
    if claim.words or claim.lang != "zh" or claim.scalar is None or claim.role != "plain":
        return claim
    unit = units.UNITS.get(claim.figure.unit or "")
    if unit is None or unit.dimension != "currency":
        return claim
    path = claim.origin.path
    for end in range(len(path) - 1, 1, -1):
        title = headings.get((claim.origin.file, path[:end]))
        if title is not None:
            named = frozenset(content_words(reading(title)))
            return replace(claim, words=named, near=claim.near or named) if named else claim
    return claim


def _in_english(read: list[Claim], english: str | None) -> list[Claim]:
    """A string's Chinese claims with the noun phrase its English names each figure's count with (english.py)."""
    if not read or not english or read[0].lang != "zh":
        return read
    found = counted_in_english([c.figure for c in read], english)
    return [replace(c, en_counted=found[c.figure.start]) if c.figure.start in found else c for c in read] if found else read


GHG_UNIT = "tco2e"  # the base of 吨二氧化碳当量, 万吨CO2e: a mass of greenhouse gas


def _greenhouse_gas(claim: Claim) -> Claim:
    """"范围一排放56,300吨二氧化碳当量" is a greenhouse-gas emission whether or not the clause says 温室气体: the unit
    names it ("范围一温室气体排放5.68万吨二氧化碳当量" states the same fact), as 吨 alone names no substance."""
    unit = units.UNITS.get(claim.figure.unit or "")
    if claim.lang != "zh" or unit is None or unit.base != GHG_UNIT:
        return claim
    named = content_words("温室气体")
    return claim if named <= claim.words else replace(claim, words=claim.words | named)


def _placed(claim: Claim, origin: Origin) -> Claim:
    """A claim of a string read before, at another string with the same text (extract)."""
    return Claim(claim.figure, claim.lang, origin, claim.scalar, claim.clause, claim.words, claim.near, claim.years,
                 claim.role, claim.block, claim.metric_id, claim.sentence, claim.aliases, claim.reading, claim.where,
                 claim.population, claim.predicate, claim.en_counted)


def coverage_claims(report: Report) -> list[Claim]:
    """The zh text's statements that something covers all of a group ("集体合同覆盖全部员工"), each as a claim of 100%
    (numbers.covered_all). Only the ESG index's check reads them: they print no figure to compare with another."""
    default = report_years(report)
    claims: list[Claim] = []
    for use in texts(report):
        if "metrics" not in use.origin.path and use.text.zh and "覆盖" in reading(use.text.zh):  # 覆蓋 read as 覆盖
            claims.extend(text_claims(report, use.text.zh, "zh", use.origin.child("zh"), default, numbers.covered_all))
    return claims


# Water is counted in 吨 as often as in 立方米 in Chinese reports (用水量12.5万吨 = 12.5万立方米): a tonne of water is a
# cubic metre, so a figure of water in tonnes is read in cubic metres and compared with the figures in cubic metres
# (a slip of 万 between 198.7万吨 and 1,987万立方米 is then seen). Only when water is what the figure counts: the
# water word ends the noun before the figure (用水量, 废水排放量, 中水回用量), not 废水COD排放量 (a pollutant's mass in
# the water); 水泥 (cement) and 水电 (hydropower) are no words of water.
WATER = re.compile(r"(?:用水|耗水|取水|废水|污水|供水|排水|补水|中水|新水|新鲜水|自来水|再生水|回用水|淡水|节水|水资源)"
                   r"(?:总|排放|使用|消耗|回用|循环利用|循环|利用|处理|取用|耗用)*量?(?:[（(][^）)]*[）)])?"
                   r"\s*(?:为|约|达|达到|共|共计|合计|累计|约为|是|[，,：:]|$)")
BY_VOLUME = {"tonne": "cubic_metre", "wan_tonne": "wan_cubic_metre"}


def _water_by_volume(claim: Claim) -> Claim:
    if BY_VOLUME.get(claim.figure.unit or "") is None or claim.lang != "zh":
        return claim
    figure = water_by_volume(claim.figure, _water_named(claim))
    return claim if figure is claim.figure else replace(claim, figure=figure)


def _water_named(claim: Claim) -> str:
    """What names a claim's figure: the words before it in its clause, or a metric's label less the year its row
    adds ("用水量（万吨），2024年")."""
    named = reading(claim.clause)
    if claim.metric_id is None:
        at = named.find(reading(claim.figure.printed))
        return named[:at] if at >= 0 else ""
    return re.sub(r"[，,]\s*(?:19|20)\d\d\s*年?$", "", named)


def counts_water(claim: Claim) -> bool:
    """Whether water is what the claim's figure counts (an intensity's too: 每万元营业收入用水1.5吨)."""
    return claim.lang == "zh" and bool(WATER.search(_water_named(claim)))


def water_by_volume(fig: numbers.Figure, named: str) -> numbers.Figure:
    """`fig` in cubic metres when it is of water in tonnes and `named` (the words before it, or its row's label)
    ends with a word of water; else `fig` itself. Every rule that reads water figures reads them so alike."""
    volume = BY_VOLUME.get(fig.unit or "")
    if volume is None or not WATER.search(named):
        return fig
    return replace(fig, unit=volume)


def water_in_tonnes(claim: Claim, like: numbers.Figure, fig: numbers.Figure | None = None) -> numbers.Figure:
    """`fig` (the claim's own figure by default) in tonnes when the claim is of water read in cubic metres
    (water_by_volume) and `like`, the figure it is compared with (an English "587,000 tonnes"), is in tonnes."""
    fig = claim.figure if fig is None else fig
    if like.unit not in BY_VOLUME or printed_unit(claim.figure) == claim.figure.unit:
        return fig
    mass = next((m for m, v in BY_VOLUME.items() if v == fig.unit), None)
    return fig if mass is None else replace(fig, unit=mass)


def printed_unit(fig: numbers.Figure) -> str | None:
    """The unit a figure was printed in: 吨 for water read in cubic metres (_water_by_volume), for messages."""
    for mass, volume in BY_VOLUME.items():
        if fig.unit == volume and "吨" in reading(fig.printed):
            return mass
    return fig.unit


def locate(report: Report, claim: Claim) -> Location:
    if claim.scalar is None:
        return claim.where or report.locate(claim.origin)
    return report.locate_in_text(claim.origin, claim.figure.start, claim.scalar)


def shown(claim: Claim) -> str:
    """The figure as the reader sees it: a `{m:id}` reference prints its metric's value."""
    if claim.figure.printed.startswith("{m:"):
        return numbers.format_figure(claim.figure, "zh")
    return claim.figure.printed


def anchor(claim: Claim) -> tuple[str, tuple[str | int, ...], int, int] | None:
    """Where a draft build marks a finding on this claim: the figure in its string (none for a metric)."""
    if claim.scalar is None:
        return None
    return (claim.origin.file, claim.origin.path, claim.figure.start, claim.figure.end)


_BY_SENTENCE: dict[int, tuple[list[Claim], dict[tuple[Origin, int], list[Claim]]]] = {}


def by_sentence(claims: list[Claim]) -> dict[tuple[Origin, int], list[Claim]]:
    """The text claims of each sentence (string and sentence start), in reading order: where a change,
    a share or a multiple finds the figures it is said of. Built once per claim list (the rules share one,
    claims.zh_claims) and only read by the rules: a dozen of them ask."""
    hit = _BY_SENTENCE.get(id(claims))
    if hit is None or hit[0] is not claims:
        found: dict[tuple[Origin, int], list[Claim]] = {}
        for claim in claims:
            if claim.scalar is not None:
                found.setdefault((claim.origin, claim.sentence), []).append(claim)
        _BY_SENTENCE.clear()
        hit = _BY_SENTENCE[id(claims)] = (claims, found)
    return hit[1]
