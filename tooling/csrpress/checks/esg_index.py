"""ESG index checks (K4xx): the framework is known, every item is present, answers point somewhere real."""

from __future__ import annotations

from collections.abc import Iterator

import re
from functools import lru_cache

from .. import frameworks, units
from ..claims import claims_of
from ..claims.extract import coverage_claims, locate, report_years
from ..claims.group import Weights
from ..claims.relate import SCALE, SWAP, relation
from ..claims.script import reading
from ..claims.subject import content_words, segment
from ..claims.thesaurus import fold
from ..diagnostics import Diagnostic, Related, Severity
from ..markup import METRIC_REF
from ..model import Report, all_blocks


def coverage(report: Report) -> Iterator[Diagnostic]:
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        index = block.data
        try:
            framework = frameworks.load_framework(index.framework)
        except KeyError:
            yield Diagnostic("K403", Severity.ERROR, f"unknown framework `{index.framework}`", report.locate(block.origin, "framework"),
                             hint=f"one of: {', '.join(frameworks.available())}")
            continue
        wanted = [item.id for item in framework.disclosures()]
        present = {item.id for item in index.items}
        for i, item in enumerate(index.items):
            if item.id not in wanted:
                yield Diagnostic("K402", Severity.ERROR, f"`{item.id}` is not an item of {index.framework}",
                                 report.locate(block.origin, "items", i, "id"), hint="use the ids of the framework catalogue")
            elif item.status in ("not_disclosed", "not_applicable") and item.reason is None:
                yield Diagnostic("K406", Severity.INFO, f"`{item.id}` is {item.status.replace('_', ' ')} without a reason",
                                 report.locate(block.origin, "items", i), hint="add `reason:` (comply or explain: the guide asks why)")
            elif item.status == "answered" and item.answer is None and not item.refs:
                yield Diagnostic("K404", Severity.WARNING, f"`{item.id}` is marked answered but has no answer or reference",
                                 report.locate(block.origin, "items", i), hint="add `answer:` or `refs: [section-id]`")
        topics = {framework.get(w).parent for w in present if w in framework}
        for missing in (w for w in wanted if w not in present):
            at = block.origin.child("items")
            where = report.positions[at.file].locate(at.path, key=True) if at.file in report.positions else report.locate(at)
            parent = framework.get(missing).parent or ""
            if TOPIC_STANDARD.match(parent):
                # GRI: a topic standard is reported only when the topic is material (GRI 3-2); a topic the index
                # leaves out is not material, a disclosure missing from a reported topic needs its omission reason
                if parent in topics:
                    yield Diagnostic("K401", Severity.WARNING, f"{index.framework} item `{missing}` of {parent}, a topic the index reports, "
                                     "is missing from the ESG index", where, hint="add it answered, or not_disclosed with the reason for omission")
                continue
            yield Diagnostic("K401", Severity.ERROR, f"{index.framework} item `{missing}` is missing from the ESG index", where, hint="add it with its status (answered, not_disclosed, ...)")


TOPIC_STANDARD = re.compile(r"^GRI [2-4]\d\d$")  # GRI 201 ... 418: reported for material topics only


def references(report: Report) -> Iterator[Diagnostic]:
    targets = {ch.id for ch in report.chapters} | {sec.id for _, sec in report.sections()}
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        for i, item in enumerate(block.data.items):
            for j, ref in enumerate(item.refs):
                if ref not in targets and not report.maybe_declared_in_unloaded(ref):
                    yield Diagnostic("S103", Severity.ERROR, f"ESG item `{item.id}` refers to unknown section `{ref}`",
                                     report.locate(block.origin, "items", i, "refs", j), hint="use a section id from the chapters")


# The HKEX KPIs whose official titles use other words than reports do ("总耗量" for 用电量): words that
# name the figure and the unit bases it is counted in, beside the title rule below.
KPI_SIGNALS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "A1.2": (("温室气体", "二氧化碳排放总量"), frozenset({"tonne"})),
    "A1.3": (("有害废弃物",), frozenset({"tonne"})),
    # non-hazardous waste in the words reports use for it: general solid waste, and a builder's construction and
    # demolition waste (inert and non-inert C&D materials, 拆建物料 in Hong Kong), which is the non-hazardous waste it produces
    "A1.4": (("无害废弃物", "无害废物", "一般固体废物", "一般固废", "一般工业固体废物", "建筑废物", "建筑废料", "拆建物料"),
             frozenset({"tonne"})),
    # indirect energy is mostly electricity bought from the grid, which reports and GHG inventories call 外购电力
    "A2.1": (("耗电量", "用电量", "能源消耗", "能源总耗量", "外购电力", "外购电量"), frozenset({"kwh"})),
    "A2.2": (("耗水", "用水量"), frozenset({"tonne", "cubic_metre"})),
    "B1.1": (("全职工", "全职员工", "雇员总数", "员工总数"), frozenset({"person"})),
    "B1.2": (("流失率", "离职率"), frozenset({"percent"})),
    "B2.1": (("因工死亡", "因工亡故"), frozenset({"person"})),
    "B2.2": (("工伤", "损失工作日"), frozenset({"day"})),
    "B3.1": (("受训", "培训比例"), frozenset({"percent"})),
    "B3.2": (("培训时数", "培训小时"), frozenset({"hour"})),
    "B5.1": (("供应商",), frozenset({"jia", "ge"})),
    # GRI 405-1 asks for the gender (and age) mix of the governance bodies and the workforce: reports give it as
    # the women among the directors, the managers and the employees, counted or as a share
    "405-1": (("女性董事", "女性员工", "女性雇员", "女性管理者", "女性高管", "女性管理人员", "女性职工"),
              frozenset({"person", "percent"})),
}


# What an item's title asks to be counted in, from the words of the title (HKEX: "（以吨计算）").
_TITLE_DIMENSIONS = (
    (re.compile(r"千瓦时|能源|电力|耗电|用电"), ("energy", "coal_equivalent")),
    (re.compile(r"以吨|废弃物|废物|排放"), ("mass",)),
    (re.compile(r"立方米|用水|耗水|取水"), ("volume", "mass")),
    (re.compile(r"时数|时长|小时|工作日|天数|日数"), ("time",)),
    (re.compile(r"比率|百分比|比例|覆盖率|流失率"), ("percent",)),
    (re.compile(r"人数|雇员总数|员工总数|工作者|死亡"), ("people",)),
)
# Words of titles that say how to report, not what: they never make a figure the item's.
_TITLE_NOISE = frozenset("""描述 政策 划分 类型 性别 类别 年龄 组别 地区 密度 适用 计算 产生 资料 有关 遵守 法律 规例 数据 直接 间接
    相关 措施 方法 执行 监察 单位 设施 产量 以及 包括 披露 报告 所 完成 按 每项 每产量 主要 影响 情况 管理 组织
    人数 比率 数目 数量 总数 人次 雇佣 以吨 如以 如何 是否 所用 涵盖 包括 类别 计 以公吨""".split())
PART = re.compile(r"范围[一二三]|第[一二三四五六七八九十]")  # a numbered part (范围三) of what the title counts
SAVING = frozenset({"减排", "减少", "节约", "节省", "节能", "节水", "降低", "避免", "减量"})  # a reduction, not an amount
NEEDED = 0.5  # the share of a figure's subject the item's title must name
TITLE_NEEDED = 0.5  # and the share of the title's words the figure's subject must give


# "…总量（以吨计算）及（如适用）每生产单位占量": what follows 如适用 is an intensity asked only where it applies;
# its words (生产, 占量) say how to scale the amount, not what is counted
OPTIONAL = re.compile(r"[（(]\s*如适用\s*[）)].*$")


@lru_cache(maxsize=1024)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in content_words(OPTIONAL.sub("", title)) if w not in _TITLE_NOISE)


def _head(claim) -> str | None:
    """The last content word before a figure in its clause: the head of a Chinese noun phrase, which the words
    before it only narrow ("自有品牌商品包装材料使用量2,694吨" counts 包装材料, of own-brand goods)."""
    clause = reading(claim.clause)
    at = clause.find(reading(claim.figure.printed).strip())
    if at <= 0:
        return None
    before = clause[:at]
    content = content_words(before)
    words = [w for w in segment(before) if w in content]
    return words[-1] if words else None


@lru_cache(maxsize=1024)
def _dimensions(title: str) -> frozenset[str]:
    return frozenset(d for pattern, dims in _TITLE_DIMENSIONS if pattern.search(title) for d in dims)


def _claim_dimension(claim) -> str:
    if claim.figure.kind == "percent":
        return "percent"
    unit = units.UNITS.get(claim.figure.unit or "")
    return unit.dimension if unit else ""


WRITTEN = 4  # characters of a folded title written whole in a clause that name the item by themselves


def _title_written(item_title: str, claim) -> bool:
    """The item's title, folded to the reports' word (员工之外的工作者 -> 外包人员), written whole right before the
    figure in its clause ("另有劳务派遣及外包人员2,350人"): it names what the item asks for however the segmenter
    cuts the clause (及外 / 包 / 人员), as a metric's label written before a figure names the metric."""
    title = fold(OPTIONAL.sub("", item_title)).strip()
    if len(title) < WRITTEN or not CJK_ONLY.fullmatch(title):
        return False
    clause = fold(reading(claim.clause))
    at = clause.find(reading(claim.figure.printed).strip())
    return at > 0 and clause[:at].rstrip().endswith(title)


CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


CLAUSE_MARK = re.compile(r"[，,；;：:。！？\n]")


def _rate_of_the_clause_before(claim) -> frozenset[str]:
    """For a rate whose clause names nothing but the rate ("集体合同覆盖全体员工，覆盖率100%"), what the clause before
    names, with the rate: Chinese leaves out the subject of a clause the one before has just named. Else nothing."""
    if claim.figure.kind != "percent" or claim.reading is None:
        return frozenset()
    marks = [m.start() for m in CLAUSE_MARK.finditer(claim.reading, claim.sentence, claim.figure.start)]
    if not marks:
        return frozenset()
    own = content_words(claim.reading[marks[-1] + 1 : claim.figure.start])
    rates = frozenset(w for w in own if len(w) >= 2 and w[-1] == "率")
    before = claim.reading[(marks[-2] + 1 if len(marks) >= 2 else claim.sentence) : marks[-1]]
    if not rates or own - rates or any(ch.isdigit() for ch in before):
        return frozenset()  # the clause names more than its rate, or the clause before states a figure the rate may be of
    return frozenset(content_words(before)) | rates


def _topic_of(claim) -> frozenset[str]:
    """The words a figure whose own phrase names nothing but how it came about (产生) is read by in _states."""
    return claim.words if claim.near and not claim.near - _TITLE_NOISE else frozenset()


def _states(item_title: str, claim, weights: Weights) -> float:
    """Whether a figure gives what an item asks for: its subject is mostly named by the item's title
    (after folding synonyms: 有害废弃物 = 危险废物, 雇员 = 员工) and it is counted the way the title says."""
    words = _title_words(item_title)
    subject = claim.near or claim.words
    if not subject - _TITLE_NOISE:
        # "…危险废物主要为废矿物油及化验室废液，2024年产生量96.7吨": the figure's own phrase says only how the amount came
        # about (产生), as titles do; what it counts is what the sentence named before it (the claim's words)
        subject = claim.words or subject
    # the words of reporting (产生, 总量, 数据) name no fact on either side: they neither give nor dilute the title's
    weighed = subject - _TITLE_NOISE or subject
    if _title_written(item_title, claim):
        return 1.0 - (0.5 if claim.figure.qualifier else 0.0)
    if words and words <= _rate_of_the_clause_before(claim) and (len(words) >= 2 or any(len(w) >= 3 for w in words)) \
            and (not _dimensions(item_title) or "percent" in _dimensions(item_title)):
        return 1.0 - (0.5 if claim.figure.qualifier else 0.0)  # all the title names, in the clause the rate is of
    shared = words & subject
    if not shared or (weights.weight(shared) < NEEDED * weights.weight(weighed) and _head(claim) not in shared):
        return 0.0  # mostly other words, unless the title names the head of the figure's noun phrase
    if weights.weight(shared) < TITLE_NEEDED * weights.weight(words):
        return 0.0  # the figure names only a side of what the item asks (the 碳价格 of 温室气体排放)
    if any(PART.search(w) for w in words - subject):
        return 0.0  # the item asks for one numbered part (范围三); a total is not it
    if (words & SAVING) - subject:
        return 0.0  # the item asks for what was saved or avoided (温室气体减排量); the amount emitted is not it
    if (subject & SAVING) - words:
        return 0.0  # and the other way round: "产生约3.7万吨二氧化碳当量的减排量" is avoided, not emitted
    score = weights.weight(shared) / weights.weight(weighed) - (0.5 if claim.figure.qualifier else 0.0)
    dimensions = _dimensions(item_title)
    if _intensity_asked(item_title, claim, dimensions) and words <= subject:
        return 1.0 - (0.5 if claim.figure.qualifier else 0.0)
    if not dimensions:
        return score if len(shared) >= 2 or any(len(w) >= 3 for w in shared) else 0.0  # one short word is too little
    return score if _claim_dimension(claim) in dimensions else 0.0


# A title asking for an amount "及密度" (HKEX) or "强度" (GRI) asks for it per unit of output too: a figure counted in
# the title's unit per something ("吨纸取水量15.6立方米", 立方米/吨) gives it, whatever it is per (the 纸 of 吨纸 is what
# the amount is divided by, not another subject)
INTENSITY_WORDS = re.compile(r"密度|强度")


def _intensity_asked(title: str, claim, dimensions: frozenset[str]) -> bool:
    unit = units.UNITS.get(claim.figure.unit or "")
    parts = units.intensity_parts(unit) if unit else None
    return bool(parts) and bool(INTENSITY_WORDS.search(OPTIONAL.sub("", title))) and parts[0].dimension in dimensions


# The flows of water a standard tells apart (GRI 303-3, 303-4, 303-5): what is taken in (取水), let out (排水) and used up
# (耗水, withdrawal less discharge). The thesaurus folds them into 用水 for comparing figures, as most reports use them
# loosely; but where a catalogue gives a flow an item of its own, a figure the text names as another flow answers that
# item, not this one (取水总量 is no 耗水). 用水 names none of them and may answer any.
WATER_FLOWS = ("取水", "排水", "耗水")
# Water used again (回用水, 循环水, 再生水, 中水, 重复利用水) is no flow in or out: what is reused is not withdrawn or
# consumed a second time, so a figure of it answers none of the items (its 用水 is inside 回用水)
REUSED_WATER = re.compile(r"(?:回用|循环|再生|重复利用|重复使用|中)水|水(?:回用|循环利用|重复利用)")


def _another_flow(title: str, claim, framework) -> bool:
    """A figure of another flow of water than the one the item asks for, in a catalogue with an item for that flow,
    or of water reused where the item asks for a flow."""
    asked = [f for f in WATER_FLOWS if f in title]
    if len(asked) != 1:
        return False
    clause = reading(claim.clause)
    rest = REUSED_WATER.sub("", clause)
    if rest != clause and "水" not in rest:
        return True  # the clause names reused water and no other
    named = [f for f in WATER_FLOWS if f in rest]
    return bool(named) and asked[0] not in named and all(_has_item_titled(framework, f) for f in named)


def _has_item_titled(framework, word: str) -> bool:
    return any(item.is_disclosure and word in item.title_zh for item in framework)


def _signal_base(claim) -> str:
    """What a KPI signal reads a claim's unit as: its base unit (吨 for 万吨), percent, or '' for none."""
    unit = units.UNITS.get(claim.figure.unit or "")
    return "percent" if claim.figure.kind == "percent" else (unit.base if unit else "")


def _signalled(item_id: str, claim) -> bool:
    signal = KPI_SIGNALS.get(item_id)
    if signal is None:
        return False
    words, bases = signal
    return _signal_base(claim) in bases and _names_signal(words, claim)


def _names_signal(words: tuple[str, ...], claim) -> bool:
    """A signal's word in the figure's clause, both read through the thesaurus (用電量 reads as 用电量, and 危险废物,
    有害废物 and 化学废物 all as the guide's 有害废弃物), or named before it in its sentence when the clause names
    nothing itself ("危险废物主要为废矿物油，2024年产生96.7吨")."""
    clause = reading(claim.clause)
    if any(w in clause for w in words):
        return True
    folded = [f for w in words if len(f := fold(w)) >= SPECIFIC]
    if any(f in fold(clause) for f in folded):
        return True
    own = (claim.near or claim.words) - _TITLE_NOISE
    return not own and any(f in claim.words for f in folded)


# A signal read through the thesaurus must stay as specific as it was: 全职员工 folds to 员工, which any count of
# staff names (员工志愿者), where 有害废弃物 folds to 危险废物, the same waste in other words
SPECIFIC = 3


def _as_printed(report: Report, printed: str) -> str:
    """A figure as the reader sees it: `{m:water.2024}` (a reference in the text) as its metric's value and unit."""
    ref = METRIC_REF.fullmatch(printed)
    decl = report.metrics.get(ref.group(1)) if ref else None
    return f"{decl.metric.value}{decl.metric.unit or ''}" if decl else printed


def _items_marked(report: Report, status: str):
    """(block, index, item, framework) of every ESG index item with `status` that its catalogue knows."""
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        try:
            framework = frameworks.load_framework(block.data.framework)
        except KeyError:
            continue
        for i, item in enumerate(block.data.items):
            if item.status == status and item.id in framework:
                yield block, i, item, framework


def _declared_if_retyped(stated, equals: list):
    """The figure K405 quotes: the first in reading order of those that give the item equally well, unless a declared
    metric among them is the same figure mistyped (186.2万立方米 for the table's 1,862万: a slip of scale or transposed
    digits): the metric is then what the report discloses. A metric of another value (非惰性 where the text gives 惰性
    废物) is another figure, and the first stays."""
    if stated.metric_id is not None and stated.scalar is None:
        return stated
    for other in equals:
        if other.metric_id is not None and other.scalar is None and relation(stated.figure, other.figure) in (SCALE, SWAP):
            return other
    return stated


def _intensities_withheld(title: str, item, best: list) -> list:
    """The intensities among the figures that best give an item whose reason says its intensity is what is withheld
    ("本年度暂不披露用水密度"): the figure quoted is then the one the reason denies."""
    reason = reading(item.reason.zh) if item.reason is not None and item.reason.zh else ""
    if not INTENSITY_WORDS.search(reason):
        return []
    return [c for c in best if _intensity_asked(title, c, _dimensions(title))]


def not_disclosed_but_stated(report: Report) -> Iterator[Diagnostic]:
    """K405: an item marked not disclosed while the report prints the figure it asks for (every catalogue)."""
    years = report_years(report)
    written = "zh-Hant" if report.manifest.script == "hant" else "zh"  # the catalogue title quoted in the writer's script
    # what covers all of a group ("集体合同覆盖全部员工") states a coverage of 100% (extract.coverage_claims)
    claims = [c for c in (*claims_of(report), *coverage_claims(report)) if c.lang == "zh" and c.role in ("plain", "share")
              and c.block != "esg_index" and c.figure.unit and (not c.years or c.years & years)]
    weights = Weights(claims)
    by_word: dict[str, list[int]] = {}
    for at, claim in enumerate(claims):  # only claims sharing a word with a title are scored against it
        for word in (claim.near or claim.words) | _rate_of_the_clause_before(claim) | _topic_of(claim):
            by_word.setdefault(word, []).append(at)
    by_base: dict[str, list[int]] = {}  # a KPI signal (_signalled) reads only the claims of its units
    for at, claim in enumerate(claims):
        by_base.setdefault(_signal_base(claim), []).append(at)
    marked = [(*found, "not disclosed") for found in _items_marked(report, "not_disclosed")]
    # not applicable says more (there is nothing to disclose): a figure the report states of it contradicts that too
    marked += [(*found, "not applicable") for found in _items_marked(report, "not_applicable")]
    for block, i, item, framework, status in marked:
        title = framework.get(item.id).title_zh  # matched against the claims, which read Traditional as Simplified
        near = {at for w in _title_words(title) for at in by_word.get(w, ())}
        if item.id in KPI_SIGNALS:  # a claim sharing no word with the title may still be signalled
            words, bases = KPI_SIGNALS[item.id]
            near |= {at for base in bases for at in by_base.get(base, ()) if _names_signal(words, claims[at])}
        pool = [claims[at] for at in sorted(near)]  # in reading order
        scored = [(_states(title, c, weights) or (1.0 if _signalled(item.id, c) else 0.0), c) for c in pool]
        scored = [(s, c) for s, c in scored if s > 0 and not _another_flow(title, c, framework)]
        stated = max(scored, key=lambda sc: sc[0])[1] if scored else None  # the figure that best gives it
        if stated is None:
            continue
        best = [c for s, c in scored if s == max(s for s, _ in scored)]
        withheld = _intensities_withheld(title, item, best)
        stated = withheld[0] if withheld else _declared_if_retyped(stated, best)
        yield Diagnostic("K405", Severity.WARNING,
                         f"`{item.id}` ({framework.get(item.id).title(written).rstrip('。')[:24]}) is marked {status}, "
                         f"but the report states “{_as_printed(report, stated.figure.printed)}” ({stated.clause.strip()[:30]})",
                         report.locate(block.origin, "items", i, "status"),
                         hint="mark it answered with a reference to where the figure is, or explain the omission",
                         related=(Related(locate(report, stated), "stated here"),))


# K407: an item marked none occurred ("无此情况": no fines, no fatalities, no corruption cases ...) while the text
# counts such occurrences in the report period. What kind of occurrence an item denies is read from its title;
# how reports name an occurrence of that kind is the second pattern. Each pair is a general statement of the
# vocabulary (a fine or an administrative penalty is a breach of law; 身故 is a death), never a report's phrase.
OCCURRENCES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("breach", re.compile(r"违反|违规|不合规|遵守"), re.compile(r"违反|违规|违法|不合规|处罚|罚款|罚金|罚没|被罚")),
    ("corruption", re.compile(r"腐败|贪污|贿赂|勒索|欺诈|洗黑钱"), re.compile(r"腐败|贪污|贿赂|受贿|行贿|勒索|欺诈|洗钱|舞弊|职务犯罪")),
    ("death", re.compile(r"死亡|亡故"), re.compile(r"死亡|亡故|身故|罹难|遇难")),
    ("recall", re.compile(r"回收|召回"), re.compile(r"召回")),  # in a report 回收 is mostly recycling; a recall is 召回
    ("complaint", re.compile(r"投诉|申诉"), re.compile(r"投诉|申诉")),
    ("discrimination", re.compile(r"歧视"), re.compile(r"歧视")),
    ("lawsuit", re.compile(r"诉讼"), re.compile(r"诉讼|起诉|被诉")),
    ("privacy", re.compile(r"隐私|私隐"), re.compile(r"泄露|泄漏|丢失|侵犯")),
    ("forced_labour", re.compile(r"童工|强制劳工|强迫劳动|强制劳动"), re.compile(r"童工|强制劳动|强迫劳动|强制劳工")),
)
# A sanction the company paid or received: the occurrence of a breach itself, whatever else the clause says.
SANCTION = re.compile(r"处罚|罚款|罚金|罚没|被罚")
SUFFERED = re.compile(r"受到|被|遭到|收到|接到|接获|领到|缴纳|支付")  # the company is the one sanctioned
DENIED = re.compile(r"未(?:发生|出现|受到|收到|接到|发现|有)|没有|并无|无任何|不存在|杜绝")  # "未发生……" is not a count
# Words of titles and clauses that say how an occurrence is reported, not which one: left out of the topic.
_OCCURRENCE_NOISE = frozenset("""法律法规 法律 法规 规例 规定 事件 事故 情况 案件 案例 问题 发生 受到 确认 经确认 接到 接获 收到
    涉及 出现 证实 经证实 重大 任何 采取 行动 纠正 结果 提出 审结 期内 汇报 报告期 报告期内 关于 应对 发现 步骤 消除 检讨
    避免 防止 惯例 过去 三年 每年 关系 一般 披露 发行人 针对 实践 行为 其他 事宜 补救 理由 百分比 比率 中因 而须 已售 运送
    有关 相关 评估 程序 过程 方法 数目 累计 报告 期间 本年度 年内 本年 期末""".split())
# How the standards and reports write one topic of an occurrence: 因工作关系 (HKEX) is 因工, 环保 is 环境, 私隐 is 隐私.
_TOPIC_FOLD = ((re.compile(r"因工作关系而?|因工作|与?工作相关的?|工亡"), "因工"), (re.compile(r"环境保护|生态环境|环保"), "环境"),
               (re.compile(r"私隐"), "隐私"))
_ASKS_SHARE = re.compile(r"百分比|比率|比例|率")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _topic_fold(text: str) -> str:
    for pattern, form in _TOPIC_FOLD:
        text = pattern.sub(form, text)
    return text


@lru_cache(maxsize=1024)
def _occurrences(title: str) -> frozenset[str]:
    return frozenset(kind for kind, asked, _ in OCCURRENCES if asked.search(title))


def _occurrence_word(word: str) -> bool:
    return any(named.search(word) or asked.search(word) for _, asked, named in OCCURRENCES)


@lru_cache(maxsize=1024)
def _topic(title: str) -> frozenset[str]:
    """What an item asks about beyond the occurrence itself: 307-1 "违反环境法律法规" -> 环境; 2-27 "遵守法律法规" -> nothing."""
    return _rest(frozenset(_topic_fold(w) for w in _title_words(_topic_fold(title)) if CJK.search(w)))  # not "GRI"


AGAINST = re.compile(r"^(?:反|防|预防|廉洁)")  # 反腐败检查, 反歧视培训, 防泄露: work against an occurrence, not one


_ANY_NAMED = re.compile("|".join(named.pattern for _, _, named in OCCURRENCES))  # one search rejects most subjects


def _named_occurrences(words: frozenset[str]) -> frozenset[str]:
    if not any(_ANY_NAMED.search(w) for w in words):
        return frozenset()
    return frozenset(kind for kind, _, named in OCCURRENCES for w in words if named.search(w) and not AGAINST.match(w))


def _occurs(kinds: frozenset[str], topic: frozenset[str], asks_share: bool, claim, weights: Weights) -> Severity | None:
    """Whether a figure counts an occurrence the item says did not happen: an error when its subject names the
    title's occurrence and topic (or the title asks about the occurrence alone and the figure is a sanction the
    company suffered), a warning when it names the occurrence alone (受到行政处罚1起 against 违反环境法律法规)."""
    if not (claim.figure.low > 0):
        return None  # 0起, 零: agrees with none occurred
    dimension = _claim_dimension(claim)
    if dimension == "percent" and not asks_share or dimension not in ("count", "people", "currency", "percent"):
        return None  # 投诉处理率100% is not a count of complaints; 12场 培训 hours are not occurrences
    subject = frozenset(_topic_fold(w) for w in (claim.near or claim.words))
    named = _named_occurrences(subject) & kinds
    if not named:
        return None
    if dimension == "currency" and "breach" not in named:
        return None  # an amount is an occurrence only as a fine
    before = reading(claim.clause).split(claim.figure.printed)[0]
    if DENIED.search(before):
        return None
    rest = _rest(subject)
    sentence = claim.reading[claim.sentence:claim.figure.start] if claim.reading else before
    if not rest:  # "罚款8万元" after "受到环保行政处罚1起，": what the clause counts is named earlier in its sentence
        rest = _rest(frozenset(_topic_fold(w) for w in content_words(sentence)))
    if topic:
        shared = topic & rest
        if shared and weights.weight(shared) >= TITLE_NEEDED * weights.weight(topic):
            return Severity.ERROR
        return Severity.WARNING if not rest else None
    # the title asks about the occurrence alone (遵守法律法规, 经确认的腐败事件): the bare occurrence is it, and
    # so is a fine or penalty the company received; one it imposed (对违规供应商处罚3家) is not
    if not rest or any(SANCTION.search(w) for w in subject) and SUFFERED.search(sentence):
        return Severity.ERROR
    return None


def _rest(words: frozenset[str]) -> frozenset[str]:
    """A subject's words beyond the occurrence and the words of reporting it: what it is about."""
    return frozenset(w for w in words if not _occurrence_word(w) and w not in _OCCURRENCE_NOISE)


def none_occurred_but_stated(report: Report) -> Iterator[Diagnostic]:
    """K407: an item marked none occurred while the report counts what it asks about in the period (every catalogue)."""
    years = report_years(report)
    written = "zh-Hant" if report.manifest.script == "hant" else "zh"
    claims = [c for c in claims_of(report) if c.lang == "zh" and c.role in ("plain", "share") and c.block != "esg_index"
              and c.figure.unit and c.figure.value is not None and (not c.years or c.years & years)]
    occurring = [c for c in claims if _named_occurrences(c.near or c.words)]
    if not occurring:
        return
    weights = Weights(claims)
    for block, i, item, framework in _items_marked(report, "none_occurred"):
        entry = framework.get(item.id)
        kinds = _occurrences(entry.title_zh)
        if not kinds:
            continue
        topic = _topic(entry.title_zh)
        if not topic and entry.parent in framework:
            topic = _topic(framework.get(entry.parent).title_zh)  # "描述在发现违规情况时……": the aspect's (劳工准则)
        asks_share = bool(_ASKS_SHARE.search(entry.title_zh))
        found = [(s, c) for c in occurring if (s := _occurs(kinds, topic, asks_share, c, weights)) is not None]
        if not found:
            continue
        severity, stated = next(((s, c) for s, c in found if s == Severity.ERROR), found[0])  # the first error, in reading order
        yield Diagnostic("K407", severity,
                         f"`{item.id}` ({entry.title(written).rstrip('。')[:24]}) is marked none occurred, "
                         f"but the report states “{_as_printed(report, stated.figure.printed)}” ({stated.clause.strip()[:30]})",
                         report.locate(block.origin, "items", i, "status"),
                         hint="mark it answered with a reference to where the occurrence is told" if severity == Severity.ERROR
                         else "if the figure counts what the item asks about, mark it answered; otherwise say in the text what it counts",
                         related=(Related(locate(report, stated), "stated here"),))
