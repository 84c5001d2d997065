"""A figure's subject: the content words of the clause it stands in, read with a Chinese word segmenter.

Two statements of one fact share their distinctive words ("客户投诉" in "全行共受理客户投诉16,250件"
and in "全年受理客户投诉16,205件") whatever else the sentence says. jieba segments the clause (a
real segmenter, so "营业网点" is one word and not the character pairs "营业", "业网", "网点");
function words, figures, units and dates are dropped, so that what is left names what is counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A verb of change with 至 / 到 (降至, 提升至, 增长到) says where a figure went, never what it counts: one word (_jieba), or
# the segmenter's guesser glues its first character to the noun before it ("吨钢新水耗降至2.71立方米" -> 钢新水 / 耗降 /
# 至), and the subject no longer meets its table row's (吨钢新水耗). Stop words all.
CHANGED_TO = tuple(f"{verb}{to}" for verb in ("降", "升", "增", "减", "降低", "下降", "减少", "上升", "提升", "提高", "增加",
                                              "增长", "回落", "回升", "缩减", "压降") for to in "至到")
# Words that say how a figure is stated, not what it counts: verbs of reporting and reaching,
# pronouns for the reporting company, time words (the period is compared separately), qualifiers.
STOP = frozenset(
    """的 了 和 与 及 或 并 等 其 中 为 是 有 在 已 已经 共 一共 总共 共有 共计 合计 总计 达 达到 实现 完成 约 近 超 超过 逾
    余 多 以上 左右 其中的 全年 年度 年末 年底 年初 当年 本年 今年 截至 截止 末 底 上年 去年 同期 期末 全 各 该 此 这
    我们 我 本 本行 全行 本集团 集团 本公司 公司 我司 全公司 全集团 我行 通过 开展 进行 持续 积极 不断 继续 成功 累计达
    对 向 从 由 到 至 将 把 被 让 使 以 用 于 按 就 也 都 又 还 更 再 则 但 而 所 之 每 个 名 家 项 次 人 元 万 亿 千 百
    年 月 日 号 位 户 件 场 笔 台 吨 以下 以内 不 没有 一 二 三 两 新 该年 分别 比 较 同比 环比 如 有效 作为 给予
    服务 覆盖 帮助 惠及 受益 带动 支持 投入 提供 获得 接受 贡献 新增加 增至 降至 提升至 提高到 增长到
    这一 这些 该项 此项 全体 所有 一年 下来 以前 现在 如今 目前 比例 占比 比重 比率 数量 总数 总量 总额 金额 规模 数 量 额 使用 用量 增长 增加 提高 提升 上升 下降 降低 减少 下滑 增幅 降幅 上年末 较上年 以来 起 开始
    工作 任务 面向 多地 各地 各单位 各部门 依托 依靠 借助 全网 全辖 这是 此为 拥有 现有 还有 另有 尚有 仍有 具有 年内 少量 大量
    成为 按年 相比 相较 数目 境内外 海内外 国内外 迎来 各类 各种 各项 各式 各样""".split()  # 成为 (to become) links who is counted to what they became: it names neither
    + list(CHANGED_TO)
    # 按年 is Hong Kong's 同比 (按年上升3.8%, year on year): how a change is stated, like 同比; so is 与…相比 / 相较
    # (compared with); 数目 is 数量 (the number of): how much, not what is counted; 境内外, 海内外, 国内外 (at home
    # and abroad) are everywhere the company is, as 全 and 各地 are: no subset of what is counted (境内, 境外 are);
    # 迎来 (welcomed, "迎来了1,260位新车长") is a verb of receiving like 接受: it names nothing counted; 各类, 各种, 各项
    # (of every kind: "开展各类培训12.8万人次") say all of what is counted, as 全 and 各 do, and name no kind of it
    # 还有, 另有, 尚有, 仍有 ("还有近2,000名员工志愿者": there are also, still) say that there are, as 现有 and 共有 do
)
# Words that change which fact a figure states although the rest of the clause agrees: a
# cumulative total is not the year's figure, an average not a total, a part ("其中") not the whole.
ASPECT = frozenset({"累计", "人均", "平均", "年均", "日均", "月均", "其中", "合计", "小计", "总计", "最高", "最低", "单位",
                    # a balance (stock) is not an amount granted in the year (flow)
                    "余额", "发放", "投放"})
from .thesaurus import GROUPS, fold

AFTER = 8  # characters after a figure's unit where the noun it counts stands
COMPOUND = 4  # a counted noun of two short words ("个人客户"); a longer run is the noun and what is done with it
MEASURE = re.compile(r"(?:总量|数量|数目|总数|总额|金额|规模|量|数|额)$")
# A plant named by what it produces: 风电场 and 风电, 光伏电站 and 光伏, 水电站 and 水电 count one output
PLANT = re.compile(r"(?<=[^电]{2})电站$|(?<=\w\w)[场站]$")
ORDINALS = frozenset("一二三四五六七八九十")
DIGIT_ORDINALS = dict(zip("123456789", "一二三四五六七八九"))
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCT = re.compile(r"^[\W_]+$")
DIGITS = re.compile(r"[0-9０-９]")
# "5G客户", "4G基站", "PM2.5浓度", "CO2排放": a name of digits and Latin letters says which thing is counted (5G
# customers are not 4G ones); one letter and one or two digits (A1.4, B2.1, B8) are index item numbers, not names,
# but one letter and three digits or more (C919, A320neo, B737) name a model of a product
TECH_NAME = re.compile(r"^(?:\d+[A-Za-z]+|[A-Za-z]{2,}\d+(?:\.\d+)?|[A-Za-z]\d{3,}[A-Za-z]*)$")
MASK_CHAR = "＃"
ORDINAL_JOIN = re.compile(r"([一二三四五六七八九1-9])(及|和|与|、)")  # "范围一及范围二": the segmenter would glue 一及
# "脱硫石膏及其他": the segmenter reads 及其 ("and its") and a lone 他; the conjunction joins 其他 (the others)
OTHERS_JOIN = re.compile(r"(?<!以)(及)(其他|其它|其余)")
# A pipe network named by what it carries (输气管网, 供水管网, 燃气管网): the segmenter glues the carrier to 管 (输气管 / 网),
# so "输气管网" and "管道网络" (管网, thesaurus.py) would share no word; the network is 管网, the words before it which one
NETWORK_APART = re.compile(r"(?<=[\u4e00-\u9fff])(管网)")


# A verb of one character and its object, the commodity a utility or a plant handles (售水, 购电, 供气, 节水): the segmenter
# keeps some such words whole before 量 (供水量, 发电量) and cuts others (售 / 水量, 购 / 电量, 用 / 气量); the amount of
# the verb's object is the verb-object word either way
SPLIT_VERBS = frozenset("发用耗节省供售购")
SPLIT_OBJECT = re.compile(r"[电水气汽煤油热]量")


# A word of two characters the thesaurus folds others to (时长) is one word: jieba's dictionary lacks some, and its
# guesser then glues them only before some characters ("志愿服务时长为" -> 时长, but 时 / 长 before a blanked figure),
# so one subject read in two clauses lost a word in one of them. Longer forms (志愿服务) stay as jieba cuts them.
DURATION = "时长"  # 时数 and 小时数 fold to it (thesaurus.py)
_THESAURUS_WORDS = tuple(sorted({group[0] for group in GROUPS if len(group[0]) == 2}))


# The amount a saving saves (节电量, 节水量, 节能量): one word, whose 量 the measure rule strips to 节电, as 年节电 reads;
# jieba's dictionary would cut 节 / 电量 (electricity) instead. And 年节 (a festival) is no word of a report: 年节电量 is
# the electricity saved a year (年 / 节电量), as 年节约 and 年减排 already segment.
SAVED_AMOUNTS = ("节电量", "节水量", "节能量")
NOT_WORDS = ("年节",)


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in (*_THESAURUS_WORDS, *CHANGED_TO, *SAVED_AMOUNTS):
        jieba.add_word(word)
    for word in NOT_WORDS:
        jieba.del_word(word)
    return jieba


# Segmentations of this run (`used`) and of the last one (`stored`, from build/.cache via figcache.py):
# loading jieba's dictionary takes most of a second, so a check whose clauses are all known never loads it.
STORED: dict[str, tuple[str, ...]] = {}
USED: dict[str, tuple[str, ...]] = {}


# Part-of-speech tags of this run and of the last one, kept like the segmentations: jieba.posseg loads its own tag
# dictionary (~1.4 s) on top of jieba's, so a check whose tagged phrases are all known loads neither.
TAGS_STORED: dict[str, tuple[tuple[str, str], ...]] = {}
TAGS_USED: dict[str, tuple[tuple[str, str], ...]] = {}


def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """The words of a phrase with jieba's part-of-speech tags (n, v, a, ns ...), remembered across runs."""
    hit = TAGS_USED.get(text)
    if hit is None:
        hit = TAGS_STORED.pop(text, None)
        if hit is None:
            from jieba import posseg

            _jieba()  # the thesaurus' words added, jieba's log quiet
            hit = tuple((w.word, w.flag) for w in posseg.cut(text))
        TAGS_USED[text] = hit
    return hit


def segment(text: str) -> tuple[str, ...]:
    hit = USED.get(text)
    if hit is None:
        hit = STORED.pop(text, None)
        if hit is None:
            hit = _segment(text)
        USED[text] = hit
    return hit


def _segment(text: str) -> tuple[str, ...]:
    """The words of a clause; cached: a check asks for each clause several times.

    A word ending in a measure word ("投诉量", "捐赠总额") also yields its stem, so that a table label
    meets the text's "投诉" and "捐赠".
    """
    words: list[str] = []
    for word in _personnel_apart(_jieba().lcut(NETWORK_APART.sub(r" \1", OTHERS_JOIN.sub(r"\1 \2", ORDINAL_JOIN.sub(r"\1 \2", fold(text)))))):  # 雇员 and 员工, 有害废弃物 and 危险废物 alike (thesaurus.py)
        if not word.strip():
            continue
        if (word in ORDINALS or word in DIGIT_ORDINALS) and words and CJK.match(words[-1][-1]):
            words[-1] += DIGIT_ORDINALS.get(word, word)  # 范围一 / 范围3 (scope 1 / 3): the numeral names the thing
            continue
        if word[0] == "率" and words and CJK.match(words[-1][-1]) and words[-1][-1] != "率":
            words[-1] += "率"  # "工伤率为0.12" segments as 工伤 / 率为 (or 工伤 / 率): the rate is 工伤率, then 为
            word = word[1:]
            if not word:
                continue
        if SPLIT_OBJECT.fullmatch(word) and words and words[-1] in SPLIT_VERBS:
            words[-1] += word[0]  # "售水量" segments as 售 / 水量: the amount of water sold is 售水, as 供水量 is 供水
            continue
        if word == "单位" and words and words[-1] == "各":
            words[-1] = "各单位"  # every unit of the company (its departments), not 单位 of an intensity (单位产品)
            continue
        if word in ("至今", "迄今"):
            word = "累计"  # "至今已培养…一千四百五十余名" counts to date, as 累计 does
        word = _without_manner(_without_company(word))
        stem = MEASURE.sub("", word)
        stem = stem if len(stem) >= 2 else word
        plant = PLANT.sub("", stem)
        words.append(plant if len(plant) >= 2 else stem)
    return _per_head(tuple(words))


def _per_head(words: tuple[str, ...]) -> tuple[str, ...]:
    """人均 is an average per person: "每位员工平均接受36小时培训" (每位员工 folds to 人均) states the 人均 of
    "人均培训40小时", so the 平均 written beside it says nothing more and names no other aspect."""
    return tuple(w for w in words if w != "平均") if "人均" in words else words


# "务工人员", "技术人员" but "研发 / 人员", "安保 / 人员": the segmenter keeps some "X人员" (X's personnel) whole and
# writes others apart, and "外来务工员工" as 务工 / 员工. X says which people; 人员 only that they are people, which the
# unit (人, 名) says: the word is X, as a measure word's stem is (MEASURE)
PERSONNEL = "人员"


def _personnel_apart(words: list[str]) -> list[str]:
    return [w[: -len(PERSONNEL)] if len(w) >= len(PERSONNEL) + 2 and w.endswith(PERSONNEL) else w for w in words]


# Adverbs of manner the segmenter glues to their verb ("妥善安置", "全面完成", "稳步推进"): how it was done says
# nothing of what was counted, so the verb stands alone, as it does where the adverb is written apart
MANNER = ("妥善", "全面", "稳步", "逐步", "大力", "切实", "有序", "顺利", "高效", "持续", "积极", "进一步")


def _without_manner(word: str) -> str:
    for adverb in MANNER:
        if word.startswith(adverb) and len(word) - len(adverb) >= 2 and word != adverb:
            return word[len(adverb):]
    return word


def _without_company(word: str) -> str:
    """"公司员工", "集团员工", "全行客户": the segmenter glues the reporting company to what is counted;
    the company says nothing of which fact it is (STOP), so the counted noun stands alone."""
    if len(word) >= 3 and word[0] == "年" and word[1] not in "度底末初内":
        return word[1:]  # "年发电", "年用水": annual, said of the period compared separately
    if len(word) >= 4:
        for cut in (2, 3):
            if word[:cut] in STOP and len(word) - cut >= 2:
                return word[cut:]
    return word


# The reporting company's own name (its first word: 金鹏 of 金鹏物流集团股份有限公司), set per report by
# checks.run_checks: like 公司 and 集团 it says whose figure it is, never which fact ("这是金鹏连续四年推广…")
OWN_NAME: set[str] = set()
# The words of the company's name after the first, its trade (港航 of 海澄港航集团, 电力 of 丰源电力): "1.9万余名港航人"
# calls the staff by the trade as "晶曜人" does by the name (_own_people); the legal form (集团, 股份有限公司) says nothing
OWN_TRADE: set[str] = set()
LEGAL_FORM = frozenset({"集团", "股份", "有限", "有限公司", "股份有限公司", "公司", "控股", "责任", "有限责任", "国际", "中国"})


def name_the_company(company: str) -> None:
    OWN_NAME.clear()
    OWN_TRADE.clear()
    _CONTENT.clear()
    words = [w for w in segment(company) if w.strip()] if company else []
    if words and len(words[0]) >= 2 and CJK.match(words[0]) and words[0] not in ASPECT:
        OWN_NAME.add(words[0])
        OWN_TRADE.update(w for w in words[1:] if len(w) >= 2 and CJK.match(w) and w not in LEGAL_FORM and w not in ASPECT)


_CONTENT: dict[str, bool] = {}  # _is_content per word; emptied when OWN_NAME changes


SINGLE_NOUNS = frozenset("铜锌铅镍锂钴锡钨钼金银铁钢铝煤油气茶奶粮米肉蛋鱼纸盐糖")
# A numeral written with its classifier ("两座数据中心", "三家医院", "多个城市"): the segmenter keeps the pair as one
# word, but it says how many of the noun there are, as a digit would ("2座" is dropped with its digits), not what
# is counted; the classifiers are those of things counted one by one (not 期 or 类, which name a phase or a kind)
NUMBERED_COUNT = re.compile(r"[一二两三四五六七八九十几数多]+[座家个台辆架艘栋幢所间处条名位只头棵株套张块片部支]")


def is_content(word: str) -> bool:
    """Whether a segmented word names what is counted (not a function word, unit, figure or reporting verb)."""
    return _is_content(word)


def _is_content(word: str) -> bool:
    """Once per distinct word of a run: every clause of every figure asks for each of its words."""
    hit = _CONTENT.get(word)
    if hit is None:
        hit = _CONTENT[word] = _is_content_word(word)
    return hit


def _is_content_word(word: str) -> bool:
    if word in ASPECT:
        return True  # 合计 / 累计 say which fact, even where they are also reporting words
    if MASK_CHAR in word or word in STOP or word in OWN_NAME or PUNCT.match(word) or DIGITS.search(word) and not TECH_NAME.match(word) \
            or _is_unit(word):
        return False
    if len(word) == 2 and word[1] == "数" and _is_unit(word[0]):
        return False  # "人数", "户数", "家数": the count of the unit, which the unit itself says
    if word == DURATION:
        return False  # "志愿服务时长": how long, which an hour or a day says; 志愿服务 says what was done so long
    if NUMBERED_COUNT.fullmatch(word):
        return False  # "两座": how many, not what
    if len(word) == 2 and word[1] in "了着过":
        return False  # "发了", "用了": a verb with its aspect particle says what was done, not what is counted
    # single characters are mostly function words and classifiers; a metal, a fuel or a food named by one
    # character ("矿产铜", "矿产锌", "原煤") is what is counted
    return len(word) > 1 or word in ASPECT or word in SINGLE_NOUNS


@lru_cache(maxsize=4096)
def _is_unit(word: str) -> bool:
    from ..units import lookup_unit

    return lookup_unit(word) is not None


def content_words(clause: str) -> frozenset[str]:
    """The words of a zh clause that name what a figure counts (figures masked with ＃ beforehand)."""
    words = segment(clause)
    if OWN_NAME and any(w.endswith(OWN_PEOPLE) or w in OWN_NAME for w in words):
        words = _own_people(words)
    return _doers(frozenset(w for w in words if _is_content(w)))


OWN_PEOPLE = "人"
WORKFORCE_WORD = "员工"


def _own_people(words: tuple[str, ...]) -> tuple[str, ...]:
    """"三万一千四百八十六名晶曜人": the company's short name and 人 (华为人, 晶曜人) is how a company calls its own
    people, its employees, whether the segmenter keeps the pair as one word or cuts it in two."""
    out: list[str] = []
    for w in words:
        if w.endswith(OWN_PEOPLE) and w[: -len(OWN_PEOPLE)] in OWN_NAME | OWN_TRADE:
            out.append(WORKFORCE_WORD)
        elif w == OWN_PEOPLE and out and out[-1] in OWN_NAME | OWN_TRADE:
            out[-1] = WORKFORCE_WORD
            if len(out) >= 2 and out[-2] in OWN_NAME:
                del out[-2]  # "海澄港航人": the name and the trade before 人 are one word of the staff
        else:
            out.append(w)
    return tuple(out)


DOER = "者"  # 志愿者, 参与者, 消费者: the one who does what the word before 者 names
# 志愿队, 义工队, 救援队: a team (队) does what the word before 队 names, as its members do ("员工义工队全年服务5.62万
# 小时" is the hours of 义工服务)
DOERS = (DOER, "队")


def _doers(words: frozenset[str]) -> frozenset[str]:
    """A noun of the doer (志愿者) or of a team of them (志愿队) names what is done as well (志愿): "员工志愿者共服务…
    人次" counts the volunteering of "员工参加志愿活动，累计服务…人次". The doer's word stays (志愿者 counted in 人 is not 志愿服务 in 小时: units
    keep those apart), the deed's is added when it is a content word of two characters or more."""
    if not any(w.endswith(DOERS) for w in words):
        return words
    deeds = {w[:-1] for w in words if w.endswith(DOERS) and len(w) > 2}
    return words | {d for d in deeds if _is_content(d)}


# What the counted people or things do, written right after them ("1.9万名员工来自全国各地", "500名志愿者参与…",
# "4座数据中心位于…"): the predicate of the sentence, not a second half of the counted noun
PREDICATE = frozenset({"来自", "分布", "分布于", "遍布", "参与", "参加", "投身", "加入", "位于", "坐落", "坐落于",
                       "分布在", "来源于", "出身"})


def predicate_at(after: str) -> int | None:
    """Where the predicate begins in the text after a figure's unit, when the counted noun is followed by what it
    does ("名员工来自全国各地" -> at 来自): the words after it say where the counted come from, not which they are."""
    at, noun = 0, False
    for w in segment(after[:AFTER]):
        if w in PREDICATE:
            # "677万人次参与捐款": with no noun between, the verb is what a count of acts (人次) counts
            return at if noun else None
        if noun and _is_content(w) or not w.strip() or PUNCT.match(w):
            return None  # a second noun or a pause: the clause goes on with something else
        noun = noun or _is_content(w)
        at += len(w)
    return None


def near_words(before: str, after: str) -> frozenset[str]:
    """The subject without what is said of it: the content words before the figure in its clause and
    the noun right after its unit ("在全辖621个营业网点设立…专区" -> 全辖, 营业网点), with the word
    that compounds with it when the segmenter split one noun ("3,120万户个人客户的…" -> 个人, 客户)."""
    words = [w for w in _own_people(segment(before)) if _is_content(w)]
    counted = ""
    for w in _own_people(segment(after[:AFTER])):
        if not counted and w in OWN_NAME:
            continue  # "超过3.2万名海韵员工": the company's name says whose they are; the noun after it is what is counted
        # a second word of three characters is mostly a noun (合作社, 志愿者): "奶农合作社" is one counted noun
        if not _is_content(w) or (counted and len(counted + w) > (COMPOUND + 1 if len(w) >= 3 else COMPOUND)) \
                or counted and w in PREDICATE:  # what the counted do (员工来自…), not a half of the noun
            break
        words.append(w)
        counted += w
        if w in ASPECT:
            break
    return frozenset(words)


EN_STOP = frozenset(
    """the a an of in on at to for from by with and or as was were is are be been has have had its their our we it this
    that which who year years total about around approximately over more than nearly almost some up down per cent percent
    rmb million billion thousand hundred end during compared previous last this while reached stood""".split()
)
EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


def english_words(clause: str) -> frozenset[str]:
    return frozenset(w.lower() for w in EN_WORD.findall(clause) if w.lower() not in EN_STOP)
