"""Claims -> the claims that state the same fact as each other.

Two claims can state one fact when they count in the same unit (万吨 and 吨 alike), are about a
compatible period, both state a plain value (not a change, a share or an old value), and their
subjects agree: the share of their words' weight that they have in common (words weighted by
how rare they are in this report, so "投诉" counts for more than "贷款" in a bank's report).
Claims are bucketed by unit and indexed by word, so only claims sharing a word are compared:
the work grows with the report, not with its square.
"""

from __future__ import annotations

import math
from decimal import Decimal
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from .. import units
from .english import same_counted
from .extract import AVOIDED, Claim
from .relate import QUALIFIER, SCALE, SWAP, TRUNCATED, ratio, relation
from .script import reading
from .subject import ASPECT, COMPOUND, content_words, is_content, segment
from .wholes import same_whole

# a unitless indicator named by its acronym (PUE, WUE, LTIFR, TRIR, NPS) or as a rate (损失工时工伤率 0.21 per
# 200,000 hours, 百万工时事故率): a rate printed without % is such an indicator
INDICATOR = re.compile(r"[A-Z]{2,6}|\w{2,}率")
COMMON_CLAIMS = 60  # a word used by more claims of one unit than this finds no partners by itself (keeps pairing linear)


@dataclass(frozen=True, slots=True)
class Pair:
    a: Claim
    b: Claim
    similarity: float


class Weights:
    """Inverse document frequency of each subject word over the report's claims."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        df: dict[str, int] = defaultdict(int)
        n = 0
        for claim in claims:
            n += 1
            for word in claim.words:
                df[word] += 1
        self.n = n
        self.df = dict(df)
        self.idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
        self._unseen = math.log(self.n + 1) + 1.0
        self._of_claim: dict[int, tuple[Claim, float, float]] = {}  # id -> (the claim, kept alive so the id stays its, weights)

    def rare(self, word: str) -> bool:
        """A word few claims use (at most 3, or 1 % of them): specific enough to name one fact."""
        return self.df.get(word, 0) <= max(3, self.n // 40)

    def weight(self, words: Iterable[str]) -> float:
        """A word no claim uses (an index title's own word) weighs like the rarest."""
        idf, unseen = self.idf, self._unseen  # asked several times per pair of claims: no generator, no log
        # fsum, not sum: the words are a set, whose order changes with the hash seed, and a float sum's last bit
        # with it; a likeness sitting on a threshold then flipped or reordered findings from one run to the next
        return math.fsum([idf[w] if w in idf else unseen for w in words])


    def of_claim(self, claim: Claim) -> tuple[float, float]:
        """The weight of a claim's words and of its near words, summed once per claim (may_reach asks for them
        in every comparison of the claim)."""
        hit = self._of_claim.get(id(claim))
        if hit is None or hit[0] is not claim:
            hit = self._of_claim[id(claim)] = (claim, self.weight(claim.words), self.weight(claim.near))
        return hit[1], hit[2]


_WEIGHTS: dict[int, tuple[list[Claim], Weights]] = {}


def weights_of(claims: list[Claim]) -> Weights:
    """The weights of one claim list, computed once per list (the rules share one, claims.zh_claims)."""
    hit = _WEIGHTS.get(id(claims))
    if hit is None or hit[0] is not claims:
        _WEIGHTS.clear()
        hit = _WEIGHTS[id(claims)] = (claims, Weights(claims))
    return hit[1]


CONTAINED = 0.8  # a subject wholly inside a longer one counts for this much of full likeness
WHOLE = CONTAINED  # two counts of the company's whole stock of one noun (wholes.py): as alike as a subject held whole


def overlap(a: frozenset[str], b: frozenset[str], weights: Weights) -> float:
    """Weighted overlap; a subject of two or more words found whole in the other ("科创营…青少年" in
    "星河少年科创营吸引了…青少年") counts as CONTAINED: the longer one only says more about it."""
    union = a | b
    if not union:
        return 0.0
    shared = weights.weight(a & b)
    overlap = shared / weights.weight(union)
    weight_a, weight_b = weights.weight(a), weights.weight(b)
    small, weight_small = (b, weight_b) if weight_b < weight_a else (a, weight_a)  # the lighter one (a if equal), weighed once
    if len(small) >= 2 and all(weights.rare(w) for w in small):  # "腾讯基金会" alone names no one donation
        # the ratio first: (0.8 * x) / x is not always 0.8 in floats, and a subject held whole must weigh CONTAINED
        # exactly, not just under it (SAME_TOTAL and other thresholds sit at 0.8), whatever the report's other claims
        overlap = max(overlap, CONTAINED * (shared / weight_small))
    return overlap


ALIASED = 0.9


def enough_in_common(a: Claim, b: Claim) -> bool:
    """Two subjects share two words, or one specific compound of three or more characters (营业网点):
    a single short word ("项目", "预计") is not enough to call two figures one fact."""
    if any(alias in b.clause for alias in a.aliases) or any(alias in a.clause for alias in b.aliases):
        return True
    shared = (a.words & b.words) | (a.near & b.near)
    return len(shared) >= 2 or any(len(w) >= 3 for w in shared) or labelled(a, b) or labelled(b, a) or same_phrase(a, b) \
        or same_counted(a.en_counted, b.en_counted) or same_whole(a, b)


CLAUSE_EDGE = re.compile(r"[，,；;。：:！？!?（(、]")
NOT_COUNTED = ASPECT | frozenset({"合计", "总计", "共计", "合共"})  # which total or part, not what is counted
# A noun of place after the counted noun ("送到近36万名学生身边", "交到2,000户农户手中"): a Chinese locative turns the
# noun before it into a place (beside the students, in the farmers' hands); the noun is still what is counted
LOCATIVE = frozenset({"身边", "身上", "手中", "手里", "手上", "心中", "心里", "面前", "眼前", "家中", "家里", "周围",
                      "周边", "之中", "之间", "中间"})


def counted_noun(claim: Claim) -> str | None:
    """What a figure counts, the head of its noun phrase: the noun right after its measure word ("4,135名毕业生"),
    else the last content word before it in its clause ("招收新生4,153名"); for a metric, the last content word of
    its label ("职业院校毕业生人数（名）": 毕业生). A Chinese noun phrase ends in its head, the words before it say whose
    or which (职业院校 of 职业院校毕业生). None when the clause names nothing."""
    if claim.reading is None:
        words = [w for w in segment(CLAUSE_EDGE.split(claim.clause)[0]) if is_content(w) and w not in NOT_COUNTED]
        return words[-1] if words else None
    fig = claim.figure
    after = CLAUSE_EDGE.split(claim.reading[fig.end : fig.end + 8])[0]
    noun = []  # "2,900名师生义工": the noun right after the measure word, its last word the head (义工)
    for w in segment(after):
        if not is_content(w) or w in NOT_COUNTED or w in LOCATIVE or len("".join(noun) + w) > COMPOUND:
            break
        noun.append(w)
    if noun:
        return noun[-1]
    before = CLAUSE_EDGE.split(claim.reading[claim.sentence : fig.start])[-1]
    words = [w for w in segment(before) if is_content(w) and w not in NOT_COUNTED]
    return words[-1] if words else None


NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _numeral(claim: Claim) -> str | None:
    """The number as printed, before its unit (48.6 of 48.6万千瓦时; values are kept in base units)."""
    found = NUMERAL.search(claim.figure.printed)
    return found.group().replace(",", "") if found else None


def unit_swapped(a: Claim, b: Claim) -> bool:
    """The same number printed with two units of one dimension (a slip of scale between them: the caller's relation),
    counting one noun ("合共发电48.6万千瓦时" and a caption's "光伏系统共发电48.6兆瓦时"): the number was copied and
    the unit changed (万千瓦时 is ten 兆瓦时), as a writer converting units does; the counted noun agreeing is enough,
    though the clauses share little."""
    if a.figure.unit == b.figure.unit or _numeral(a) is None or _numeral(a) != _numeral(b):
        return False
    noun = counted_noun(a)
    return noun is not None and noun == counted_noun(b)


def count_other_things(a: Claim, b: Claim) -> bool:
    """Each figure counts a noun the other's subject does not name: "两所职业院校共招收新生4,153名" and
    "职业院校毕业生人数" 4,135 share whose (职业院校) but count new students and graduates. The two figures' digits
    may look transposed; the subjects do not agree, so the digits are no evidence of one fact."""
    x, y = counted_noun(a), counted_noun(b)
    if x is None or y is None:
        return False
    return not _names(x, b.words | b.near) and not _names(y, a.words | a.near)


def _names(noun: str, words: frozenset[str]) -> bool:
    """A subject names a noun when it has the word, or a word within it or around it (学生 and 在读学生)."""
    return any(noun in w or len(w) >= 2 and w in noun for w in words)


PHRASE_NOISE = re.compile(r"(?:19|20)\d\d\s*年(?:末|底|度)?|全年|年内|[\s，,。：:、；;]")


def _phrase(claim: Claim) -> str:
    """The words of a typed figure's clause without the figure and its year: "志愿服务时长" of "2024年志愿服务时长4.6万小时"."""
    if claim.scalar is None:
        return ""
    return PHRASE_NOISE.sub("", claim.clause.replace(claim.figure.printed.strip(), ""))


def same_phrase(a: Claim, b: Claim) -> bool:
    """The same phrase of four characters or more typed before two figures names one fact, whatever its words."""
    x = _phrase(a)
    return len(x) >= 4 and x == _phrase(b)


SCOPES = frozenset({"范围一", "范围二", "范围三"})  # the GHG Protocol's scopes: parts of an inventory
# Scopes 1 and 2 together are the inventory a report states as its greenhouse-gas total (HKEX A1.2, GRI 305-4):
# "温室气体排放总量（范围一及范围二）" names the whole, as "温室气体排放总量" does; scope 3 is reported on its own
INVENTORY = frozenset({"范围一", "范围二"})
NUMBERED = re.compile(r"^(\w+?)[一二三四五六七八九]$")  # 范围一, 范围二: numbered siblings (subject.py joins them)


@lru_cache(maxsize=1 << 17)
def _numbered(words: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The numbered words of a subject (范围一, 范围二) and their stems (范围, 范围): read once per subject,
    not in every comparison of its claim (a claim is compared with many; a frozenset keeps its hash)."""
    found = [(w, m.group(1)) for w in words if (m := NUMBERED.match(w))]
    return frozenset(w for w, _ in found), tuple(stem for _, stem in found)


def _one_of_several(few: frozenset[str], many: frozenset[str]) -> bool:
    """`few` names one numbered item of a kind that `many` names two or more of."""
    own = _numbered(few)[1]
    return len(own) == 1 and _numbered(many)[1].count(own[0]) >= 2


def _siblings(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each names one numbered item, the same kind but not the same item: 范围一 and 范围二."""
    if len(a) != 1 or len(b) != 1 or a == b:
        return False
    (x,), (y,) = a, b
    return x[:-1] == y[:-1]


def aspects_differ(a: Claim, b: Claim) -> bool:
    """A cumulative total, an average, a sum or a part (其中) is another fact than the plain figure.
    A part named by what the other claim says already ("其中范围一排放17.04万吨" and the table's
    "范围一（直接排放）") is that claim's fact, not a part of it; "其中，母行绿色贷款余额…" names more
    (母行) than "绿色贷款余额" and stays a part."""
    if _one_of_several(a.words, b.words) or _one_of_several(b.words, a.words):
        return True  # "范围二排放78,356吨" is a part of "范围一及范围二排放合计"
    numbered_a, numbered_b = _numbered(a.words)[0], _numbered(b.words)[0]
    if _siblings(numbered_a, numbered_b):
        return True  # "范围一温室气体排放" and "范围二温室气体排放": two numbered items of one kind are two facts
    if bool(numbered_a) != bool(numbered_b) and (numbered_a or numbered_b) <= SCOPES and (numbered_a or numbered_b) != INVENTORY:
        return True  # "温室气体排放合计160.9万吨" is the whole, "范围二温室气体排放" one numbered part of it
    differ = (a.words ^ b.words) & ASPECT
    if differ == {"其中"}:
        part, other = (a, b) if "其中" in a.words else (b, a)
        named = part.near - {"其中"}
        if named <= other.words and (len(named) >= 2 or any(len(w) >= 3 for w in named)):
            return False  # one short word ("创业") is too little to say the part is the other's whole fact
    return bool(differ)


LABELLED = 0.8  # a metric's label written right before a typed figure: "公司研发投入4.68亿元" and 研发投入（亿元）
LABEL_NOTE = re.compile(r"[（(][^）)]*[）)]|[，,]\s*(?:19|20)\d\d\s*年.*$|\s")
LINK_WORDS = re.compile(r"(?:为|是|达|达到|约|共|共计|合计|总计|实现|完成|有|增至|增长至|提升至|提高至|降至|下降至)?$")


def labelled(metric: Claim, text: Claim) -> bool:
    """The text names the metric by its label right before its figure ("公司研发投入4.68亿元"): the label less
    its unit note and year, four characters or more, then at most a linking verb (为, 达到, 增至) before the figure."""
    if metric.metric_id is None or metric.scalar is not None or text.scalar is None:
        return False
    if named_alone(metric, text):
        return True
    # both read in Simplified (script.reading keeps offsets): a Hong Kong writer types the label 總培訓時數 in the
    # text as in the table, and the metric's clause is already read as Simplified
    label = LABEL_NOTE.sub("", reading(metric.clause))
    clause = reading(text.clause)
    at = clause.find(reading(text.figure.printed.strip()))
    if len(label) < 4 or at < 0:
        return False
    before = clause[:at].rstrip()
    end = before.rfind(label)
    if end >= 0 and LINK_WORDS.fullmatch(before[end + len(label):].strip()):
        return True
    after = clause[at + len(reading(text.figure.printed.strip())):]
    return _hours_of(label, after, text.figure.unit) or _done_so_many(label, before, text.figure) \
        or _verb_count_object(label, before, after)


def _verb_count_object(label: str, before: str, after: str) -> bool:
    """"带动1.36万户奶农稳定增收" and the row 带动奶农（户）: a label of a verb and its object (带动奶农, 服务客户, 资助学生)
    counts the object, and a sentence puts the count between the two: the verb, the count with its measure word, then
    the object. The verb (two characters or more, 了 or a qualifier between it and the count) right before the figure
    and the object (two characters or more, a whole word) right after it are the label's two halves."""
    words = [w for w in segment(DONE.sub("", before)) if w.strip()]
    verb = words[-1] if words else ""
    if len(verb) < 2 or CJK_ONLY.fullmatch(verb) is None or not label.startswith(verb):
        return False
    obj = label[len(verb):]
    if len(obj) < 2 or CJK_ONLY.fullmatch(obj) is None or not after.startswith(obj):
        return False
    return _ends_noun_phrase(after[: len(obj) + 6], len(obj))


@lru_cache(maxsize=1024)
def _ends_noun_phrase(text: str, length: int) -> bool:
    """Whether the first `length` characters of `text` are whole words and the noun phrase ends with them: "奶农稳定增收"
    (奶农, then an adjective and a verb) but not "农户家庭子女" (农户 is whose children are counted, not the count).
    Parts of speech from jieba's tagger: the word after is no noun."""
    said = ""
    for word, flag in _tagged(text):
        if len(said) >= length:
            return not flag.startswith("n")
        said += word
        if len(said) > length:
            return False
    return said == text[:length]


def _tagged(text: str) -> list[tuple[str, str]]:
    from .subject import tagged

    return list(tagged(text))


DONE = re.compile(r"(?:了|共|共计|累计|合计|总计)?\s*(?:近|约|超过|逾|达|达到)?\s*$")  # between the verb and its count


def _done_so_many(label: str, before: str, fig) -> bool:
    """"全年抽检了近4万批次" and the row 饲料及原料抽检批次（批次）: a label that ends with a verb and the measure word it
    counts in (抽检批次, 培训人次, 接待人次: the batches sampled, the trainee-times) is said in a sentence as the verb
    and then the count in that measure word. The verb, of two characters or more, right before the figure (了 or a
    qualifier between) and the figure's own unit name the label's last words."""
    unit = units.UNITS.get(fig.unit or "")
    unit = units.UNITS.get(unit.base) if unit is not None else None
    if unit is None or not unit.zh or not label.endswith(unit.zh):
        return False
    words = [w for w in segment(DONE.sub("", before)) if w.strip()]
    verb = words[-1] if words else ""
    return len(verb) >= 2 and CJK_ONLY.fullmatch(verb) is not None and label[: -len(unit.zh)].endswith(verb)


CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


HOURS_OF = re.compile(r"总?(?:时数|时长|小时数)$")  # the hours of an activity, as a label names them (义工服务时数)


def _hours_of(label: str, after: str, unit: str | None) -> bool:
    """"同事们全年贡献近2万小时义工服务" and the row 义工服务时数（小时）: Chinese writes a quantity of time before the
    activity it measures ("2万小时义工服务", hours of volunteer service), a label the activity and then its hours
    (时数, 时长). Hours followed by the label's activity, and nothing more in the clause, name that metric; an
    activity of four characters or more, as a label before the figure must have."""
    found = units.UNITS.get(unit or "")
    if found is None or found.dimension != "time":
        return False
    activity = HOURS_OF.sub("", label)
    return activity != label and len(activity) >= 4 and after.startswith(activity) and not after[len(activity):].strip()


CLAUSE_BREAK = re.compile(r"[，、：；;（）()]|,(?!\d{3})|:(?!\d)")  # not the comma of 6,835
YEARS = re.compile(r"[0-9０-９]+")


def named_alone(metric: Claim, text: Claim) -> bool:
    """"全集团6,835名护士" and the table row 护士（人）: a typed figure whose clause names nothing but what the metric's
    label names (its unit note, year and caption aside) states that metric, however short the noun: the clause says
    nothing that could make it another fact of that noun. Only a clause that opens its sentence (after a date at most:
    "截至2024年底，…"): one after another clause ("东院是规模最大的院区，有医生612名") may be said of what that
    clause names. Only a plain figure: the old value of a change ("从2014年的11.05亿元增至…") is read against its
    year's metric by the trend check (N201 of a trend), which says which year the value belongs to."""
    if text.role != "plain" or not text.words or not text.words == text.near == metric.near or text.reading is None:
        return False
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text.reading, text.sentence, text.figure.start)]
    return not breaks or not content_words(YEARS.sub(" ", text.reading[text.sentence : breaks[-1]]))


def _metric_named_alone(a: Claim, b: Claim) -> bool:
    """Either claim is a metric the other names alone (named_alone), whichever order they come in."""
    for metric, text in ((a, b), (b, a)):
        if metric.metric_id is not None and metric.scalar is None and text.scalar is not None and named_alone(metric, text):
            return True
    return False


def other_people(a: Claim, b: Claim) -> bool:
    """Two rates each said of the people counted right before it (extract._population) are of other people when
    neither group is named within the other: 青年医师 and 住院医师 are two programmes, 医师 and 青年医师 may be one."""
    x, y = a.population, b.population
    return bool(x) and bool(y) and not (x <= y or y <= x)


def _likeness_key(claim: Claim) -> tuple:
    """Everything of a claim that similarity reads (through labelled, named_alone, _own, aspects_differ and
    other_people): not where it stands, nor which metric beyond whether it is one."""
    fig = claim.figure
    return (claim.role, claim.words, claim.near, claim.clause, claim.aliases, claim.predicate, claim.population,
            claim.scalar is None, claim.metric_id is None, claim.reading, claim.sentence, fig.start, fig.printed, fig.unit,
            claim.en_counted)


# similarity by what the two claims say, per claim list's weights: a sentence or a metric written again (a
# report's recurring table rows, a repeated paragraph) is scored against its candidates once
_LIKENESS: dict[tuple, float] = {}
_LIKENESS_OF: list[Weights | None] = [None]
_MAX_LIKENESS = 200_000
SHARE_RATES = frozenset({"比率", "百分率", "占比率"})  # rates that name a share: 绿电使用比率 is a part of all power


def share_and_rate(a: Claim, b: Claim) -> bool:
    """A share (占, 占比, accounts for) and a figure named as a rate (利用率, 覆盖率, 达标率) are two facts: "含铁尘泥约占
    96%" is how much of all the waste the dust is, "含铁尘泥利用率100%" how much of the dust was used, though both name
    含铁尘泥 and print a percentage. A rate is of its own whole; a share is of another, larger one."""
    for share, other in ((a, b), (b, a)):
        if share.role == "share" and other.role != "share":
            rates = {w for w in other.words if len(w) >= 2 and w[-1] == "率" and w not in SHARE_RATES}
            if rates and not rates & share.words:
                return True
    return False


def similarity(a: Claim, b: Claim, weights: Weights, slip: bool = False) -> float:
    if _LIKENESS_OF[0] is not weights or len(_LIKENESS) >= _MAX_LIKENESS:
        _LIKENESS.clear()
        _LIKENESS_OF[0] = weights
    key = (_likeness_key(a), _likeness_key(b), slip)
    found = _LIKENESS.get(key)
    if found is None:
        found = _LIKENESS[key] = _similarity(a, b, weights, slip)
    return found


# An indicator printed as a bare number (no unit, no %) whose clause names nothing but the rate ("我们把事故率降到了0.112",
# a quote) states the rate the report names that way, however it qualifies it elsewhere ("每亿车公里事故率为0.102"): as
# alike as two figures the translation names alike, enough for close values. A percentage named by its rate alone
# ("覆盖率达到100%") is the rate of what the clause before did, and stays out
RATE_ALONE = 0.6


def _rate_alone(alone: Claim, other: Claim) -> bool:
    if alone.base or other.base or alone.figure.kind == "percent" or alone.role != "plain" or len(alone.words) != 1:
        return False
    (rate,) = alone.words
    return len(rate) >= 3 and rate.endswith("率") and alone.near == alone.words and rate in other.near


def _similarity(a: Claim, b: Claim, weights: Weights, slip: bool = False) -> float:
    """The larger of the clauses' and the noun phrases' weighted overlap: "612个营业网点" and
    "在全辖621个营业网点设立消费者权益保护专区" share little of their clauses but their noun phrase.
    Claims of different aspects are 0 alike, unless their digits say they are one figure (`slip`):
    "其中老旧管网改造12.8万元" cannot be a part of "投入资金12.8亿元" with the same digits."""
    share = a.role == "share" or b.role == "share"
    if not share and not slip and aspects_differ(a, b):
        return 0.0
    if share_and_rate(a, b):
        return 0.0
    if not slip and other_people(a, b):
        return 0.0
    if same_whole(a, b):
        return WHOLE  # "涵盖全部188间分店" and "以全部186间分店计算": all the stores, one figure per date (wholes.py)
    if _rate_alone(a, b) or _rate_alone(b, a):
        return RATE_ALONE
    for metric, text in ((a, b), (b, a)):
        if any(alias in text.clause for alias in metric.aliases):
            return ALIASED  # the writer declared that phrase a name of the metric
    labelled_by = LABELLED if labelled(a, b) or labelled(b, a) else 0.0
    if _metric_named_alone(a, b):
        labelled_by = 1.0  # the clause is the label's noun and nothing else: as alike as two subjects can be
    (a_near, a_whole), (b_near, b_whole) = _own(a), _own(b)
    # "312家供应商" vs "486家供应商": one short noun names no one fact; "污水处理" alone does
    near_union = a_near | b_near
    near = overlap(a_near, b_near, weights) if len(near_union) >= 2 or any(len(w) >= 4 for w in near_union) else 0.0
    if a.predicate and b.predicate and not a.predicate & b.predicate:
        near = 0.0  # one counted noun, two different things it does (完成改造 / 具备处置能力): two subsets of it
    if share:
        # a share is of its part, named in its own clause or the clause before ("新能源车辆14,620辆，占自有车辆总数的
        # 32.0%": 新能源车辆), and of the whole it names; two shares of one whole are two facts unless their parts agree,
        # and a share among a part ("门店一线员工中女性占比") is not the whole's
        if not slip and _share_aspects(a, a_near, b, b_near) or a_whole and b_whole and not a_whole & b_whole:
            return 0.0
        if PART in a_near ^ b_near:
            near = overlap(a_near - {PART}, b_near - {PART}, weights)  # the part is the other's whole fact
        return max(near, labelled_by)
    # the translator names one count with one noun phrase where the Chinese words it two ways (claims/english.py)
    translated = IN_ENGLISH if _translated_alike(a, b, weights) else 0.0
    return max(overlap(_named_part(a, b), _named_part(b, a), weights), near, labelled_by, translated)


# Two figures whose translations name what they count with one noun phrase ("farming households") are as alike as
# two Chinese subjects sharing most of their weight: enough for values within half again of each other to be one fact
# told two ways (checks/claims.py DIFFERENT_BY_RATIO), not for values further apart
IN_ENGLISH = 0.6
NARROW = 3  # an English noun phrase of three words ("self-built data centres") names a narrow class of a thing
# The translation vouches for one count stated with close values (a figure mistyped or left from a draft); the English
# names the class alike too where one figure is a part or a change of the other ("6,240 guest rooms" and "adding 240
# guest rooms"), and those are far apart
CLOSE_VALUES = Decimal("1.5")


def _translated_alike(a: Claim, b: Claim, weights: Weights) -> bool:
    """The translations name one count alike, and that says more than the Chinese words the two share: not when all
    they share is the report's everyday noun (基站 in a telecom's report, "base stations": every other figure counts
    some of them) unless the English narrows it down (three words or more)."""
    if not same_counted(a.en_counted, b.en_counted):
        return False
    apart = ratio(a.figure, b.figure)
    if apart is None or apart > CLOSE_VALUES:
        return False
    shared = (a.words & b.words) | (a.near & b.near)
    return len(a.en_counted) >= NARROW or not shared or any(weights.rare(w) for w in shared)


PART = "其中"


def _share_aspects(a: Claim, a_near: frozenset[str], b: Claim, b_near: frozenset[str]) -> frozenset[str]:
    """The aspects one share's own words name and the other's do not. A part written with 其中 ("其中本地员工1,118人，
    占比78.7%") that names nothing but what the other counts ("近九成的同事来自本地": 本地, 员工) is the other's fact, as in
    aspects_differ; a part found by "A中B" (门店一线员工中女性) is a share among A and stays another fact."""
    differ = (a_near ^ b_near) & ASPECT
    if differ == {PART}:
        (part, part_near), other_near = ((a, a_near), b_near) if PART in a_near else ((b, b_near), a_near)
        named = part_near - {PART}
        if PART in part.words and named <= other_near and (len(named) >= 2 or any(len(w) >= 3 for w in named)):
            return frozenset()
    return differ


def _named_part(claim: Claim, other: Claim) -> frozenset[str]:
    """A claim's words, without 其中 when the other names its part already ("其中：绿色电力" and "绿色电力消费量"): the
    part is then the other's fact (aspects_differ), and 其中 only says where the row stands in its table."""
    if PART not in claim.words or PART in other.words:
        return claim.words
    named = claim.near - {PART}
    if named <= other.words and (len(named) >= 2 or any(len(w) >= 3 for w in named)):
        return claim.words - {PART}
    return claim.words


def may_reach(a: Claim, b: Claim, weights: Weights, needed: float) -> bool:
    """False only when similarity(a, b, weights) is surely below `needed`: a rule that scores many candidates and
    keeps those that reach a threshold skips the others at the cost of one weighted intersection per word set
    (similarity sums eight, reads the aspects and the label). An overlap is at most the shared weight over the
    lighter set's (its union weighs at least as much, CONTAINED is below 1); shares, aliases and labels are
    always scored in full."""
    if a.role == "share" or b.role == "share" or a.aliases or b.aliases:
        return True
    if labelled(a, b) or labelled(b, a) or same_counted(a.en_counted, b.en_counted) or same_whole(a, b):
        return True  # a label scores LABELLED, a label's noun alone (named_alone) 1.0: scored in full whatever is needed
    needed -= 1e-9  # the bound and similarity sum their weights in different orders
    (a_words, a_near), (b_words, b_near) = weights.of_claim(a), weights.of_claim(b)
    for a_set, b_set, a_weight, b_weight in ((a.words, b.words, a_words, b_words), (a.near, b.near, a_near, b_near)):
        shared = a_set & b_set
        if shared and weights.weight(shared) >= needed * min(a_weight, b_weight):
            return True
    return False


AMONG = re.compile(r"^(.{2,}?)中(?!国|心|央|小|层|期|型)(.+)$")  # "门店一线员工中女性", "合格供应商中境内供应商": among A, the B
SHARE_OF = re.compile(r"占\s*(?:比|([^，,。；;的%]{1,16}?)\s*(?:的|比例|比重))")
CLAUSE_MARK = re.compile(r"[，；;：、]|,(?!\d{3})|:(?!\d)")  # not the comma of 10,985
WHOLE_NOISE = frozenset({"总数", "总量", "总额", "总人数", "全部", "整体", "总体"})


def _own(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """What a claim counts, and for a share the whole it is taken of: "女性员工占比45.2%" is of 女性员工 (no whole
    named); "新能源车辆14,620辆，占自有车辆总数的32.0%" of 新能源车辆, of the whole 自有车辆."""
    if claim.role != "share" or claim.reading is None:
        return claim.near, frozenset()
    before = claim.reading[claim.sentence : claim.figure.start]
    clauses = CLAUSE_MARK.split(before)
    own = clauses[-1]
    of = None
    for of in SHARE_OF.finditer(own):
        pass
    if of is None:
        return claim.near, frozenset()
    part_text, whole_text = own[: of.start()], of.group(1) or ""
    whole = frozenset(content_words(whole_text)) - WHOLE_NOISE
    among = AMONG.match(part_text.strip())
    if among:  # "门店一线员工中女性占比为68.5%": of 女性, among 门店一线员工
        return frozenset(content_words(among.group(2))) | frozenset(content_words(among.group(1))) | {"其中"}, whole
    part = frozenset(content_words(part_text))
    if not part and len(clauses) >= 2:  # "…14,620辆，占自有车辆总数的32.0%": the part is the clause before
        part = frozenset(content_words(re.sub(r"[\d.,，%]+", " ", clauses[-2])))
    return part, whole  # no part named (已加装41,230辆，占…): nothing to compare it by


def periods_agree(a: Claim, b: Claim) -> bool:
    return not a.years or not b.years or bool(a.years & b.years)


def states_a_value(claim: Claim) -> bool:
    """A plain figure, or the old value of a change when its year is written ("从2022年的11.05亿元增至…"
    states 2022's figure, which the table may give otherwise); "由30万提升到50万" states no year's."""
    return claim.role == "plain" or (claim.role == "old" and bool(claim.years)) or (claim.role == "share" and claim.figure.kind == "percent")


def comparable(a: Claim, b: Claim) -> bool:
    if not states_a_value(a) or not states_a_value(b) or a.base != b.base:
        return False
    if (AVOIDED in a.words) != (AVOIDED in b.words):
        return False  # emissions avoided are not the emissions, whatever the digits (extract.AVOIDED_BEFORE)
    if a.metric_id is not None and b.metric_id is not None:
        return False  # two declared metrics are two facts by the writer's word (N204 covers one id twice)
    if a.scalar is not None and a.origin == b.origin and a.sentence == b.sentence:
        return False  # one sentence does not state one fact twice: two figures in it are two facts
    return periods_agree(a, b)


CUMULATIVE = "累计"
# what names a period: a year, this year's or last year's, a part of a year, or a change over one
PERIOD_NAMED = re.compile(r"(?:19|20)\d\d|全年|今年|本年|年内|当年|年度|本期|报告期|半年|季度|月份|同比|环比|上年|去年|每年|年均|近\s*[一二三四五六七八九十两\d]+\s*年")
SENTENCE_END = re.compile(r"[。！？；!?;｜|\n]")
ROUNDED = (TRUNCATED, QUALIFIER)  # two values one figure, one of them cut off or bounded on the wrong side


def total_to_date(a: Claim, b: Claim) -> bool:
    """A running total (累计) and a figure of the same thing whose text names no period at all: "助学计划惠及乡村学校
    近300所" in a chapter's highlights and "自2010年起…累计资助乡村学校312所"; a caption's "128万台智能水表" and
    "累计安装智能水表128.6万台". What a programme has reached, said without a year, is its reach to date, the running
    total; a figure of a year (2024年, 全年, 今年, 同比) is that year's flow, another fact than the total. Only for two
    values that are one figure rounded or bounded the wrong way (relate: TRUNCATED, QUALIFIER), whose digits say so."""
    if (a.words ^ b.words) & ASPECT != {CUMULATIVE}:
        return False
    plain = b if CUMULATIVE in a.words else a
    if plain.reading is None or plain.metric_id is not None:
        return False  # a metric is declared for its period
    end = SENTENCE_END.search(plain.reading, plain.figure.end)
    return not PERIOD_NAMED.search(plain.reading[: end.start() if end else len(plain.reading)])


def as_total(claim: Claim) -> Claim:
    """The claim without 累计, once total_to_date() has read it as the same running total as its partner: the word
    then says nothing of what is counted, and would only make the two subjects read less alike."""
    if CUMULATIVE not in claim.words and CUMULATIVE not in claim.near:
        return claim
    return replace(claim, words=claim.words - {CUMULATIVE}, near=claim.near - {CUMULATIVE})


def pairs(claims: list[Claim], weights: Weights, floor: float) -> Iterator[Pair]:
    """Every comparable pair of claims whose subjects are at least `floor` alike, each pair once."""
    buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if states_a_value(claim) and claim.words and claim.base:
            buckets[(claim.figure.kind if claim.figure.kind == "percent" else "number", claim.base)].append(claim)
        elif states_a_value(claim) and claim.figure.kind != "percent":
            # a bare number could count anything, unless it is an indicator named by its acronym (PUE 1.41, LTIFR 0.52)
            for word in claim.words:
                if INDICATOR.fullmatch(word):
                    buckets[("indicator", word)].append(claim)
    for members in buckets.values():
        for claim, other in sharing_a_word(members, lambda c: c.words, COMMON_CLAIMS):
            if comparable(claim, other):
                kind = relation(claim.figure, other.figure)
                if kind in ROUNDED and total_to_date(claim, other):
                    sim = similarity(as_total(claim), as_total(other), weights)
                else:
                    sim = similarity(claim, other, weights, aspects_differ(claim, other) and kind in (SCALE, SWAP))
                if sim < floor and claim.near and claim.near == other.near and relation(claim.figure, other.figure) in (SCALE, SWAP):
                    sim = CONTAINED  # "全体8,462名同事" and "雇员总数8,426": one counted noun, the digits swapped
                elif sim < floor and relation(claim.figure, other.figure) == SCALE and unit_swapped(claim, other):
                    # "年发电量约4,600万千瓦时" and a caption's "年发电量约4,600兆瓦时": one number in two units a power of ten
                    # apart, one counted noun; the caption's other words (where, which plant) share nothing with the text's
                    sim = floor
                if sim >= floor and (claim.words & other.words or claim.near & other.near):
                    yield Pair(claim, other, sim)


T = TypeVar("T")


def sharing_a_word(items: list[T], words_of: Callable[[T], Iterable[str]], common: int) -> Iterator[tuple[T, T]]:
    """Each pair of items with a word in common, once, in reading order. A word that more than `common`
    items use finds no pairs by itself: the work grows with the report, not with its square."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for word in words_of(item):
            index[word].append(i)
    for i, item in enumerate(items):
        seen: set[int] = set()
        for word in words_of(item):
            posting = index[word]
            if len(posting) > common:
                continue
            for j in posting:
                if j > i and j not in seen:
                    seen.add(j)
                    yield item, items[j]
