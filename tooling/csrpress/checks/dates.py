"""Date checks: one event on two days (N215), one start in two years (N216), dates lost in translation (N209).

Events are read by claims/events.py; two of them are one event when their sentences share the words
that name it (the same likeness as figures, claims/group.py), with a title in 《》 or “” or two words
in common. The English edition must print every full date of the Chinese string it translates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import numbers
from ..claims.events import CLAUSE, DAY_NAMED, EVERY_YEAR, FOUNDING, START_WORDS, Event, dated_clause, events
from ..claims.group import Weights, overlap, sharing_a_word
from ..claims.listing import LISTING
from ..claims.script import reading
from ..claims.subject import content_words, is_content, segment
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from ..walk import texts

NEEDED = 0.5  # how alike two events' sentences must be to be one event
# "9·9公益日" and "99公益日", "5·12地震" and "512地震": a day-named event is written with or without its dot
DATE_DOT = re.compile(r"(?<=\d)\s*[·・•.]\s*(?=\d)")


def _undotted(text: str) -> str:
    return DATE_DOT.sub("", text)


class _Words:
    def __init__(self, words: frozenset[str]) -> None:
        self.words = words


def _day(event: Event) -> str:
    value = event.low
    if event.high - event.low > 100:
        return str(value // 10000)  # a year ("2019年，…入选…" in a list of milestones)
    if event.high - event.low > 1:
        return f"{value // 10000}-{value // 100 % 100:02d}"  # a month ("2024年9月", "在5月")
    return f"{value // 10000}-{value // 100 % 100:02d}-{value % 100:02d}"


def _year(event: Event) -> str:
    return str(event.low)


def _where(report: Report, event: Event):
    return report.locate_in_text(event.origin, event.start, event.scalar)


def _same_event(a: Event, b: Event, weights: Weights) -> float:
    shared = a.words & b.words
    if any(w.startswith("《") and len(w) >= _titled(a, b) for w in shared):
        return 1.0  # the same title in 《》 or “”: one named thing
    for x, y in ((a, b), (b, a)):
        titles = [t for t in y.words if t.startswith("《")]
        for w in x.words - y.words:
            # “中国最佳雇主” quoted in one place and named plainly in the other; not “安居计划” in “安居计划新政”. As long
            # a name as a title shared by both (_titled): a start quoted by three characters (「惜食堂」) is one thing
            if w.startswith("《") and len(w) >= _titled(a, b) and _undotted(w[1:]) in _undotted(y.text) and not any(w[1:] in t for t in titles):
                return 1.0
    if _one_named_day(shared):
        return 1.0
    if a.kind == b.kind == "start" and _one_topic(a.topic, b.topic):
        return 1.0
    named = {w for w in shared if not START_WORDS.fullmatch(w)}  # "成立" and "腾讯" name no one thing that started
    if len(named) < 2 and not any(len(w) >= 4 for w in named):
        return 0.0
    own = overlap(a.own, b.own, weights) if len(a.own & b.own) >= 2 else 0.0  # the clauses naming the two alike
    return max(overlap(a.words, b.words, weights), own)


TOPIC_CHARS = 4  # "港联奖学金", "光明行项目": a subject of fewer characters ("公司", "本集团", "平台") names no one thing that started
OWN_WORDS = frozenset({"公司", "本公司", "集团", "本集团", "我们", "本行", "我行"})


def _one_topic(a: str, b: str) -> bool:
    """Two starts said of the same subject, written the same way before the year or the run in their clauses
    ("港联奖学金自2012年起颁发" and "港联奖学金连续十四年支持基层学生"): one start, whatever each says the subject does.
    The subject must name something besides the company itself (公司, 集团, its own name: the founding rule's)."""
    if a != b or len(a) < TOPIC_CHARS:
        return False
    return bool(content_words(a) - OWN_WORDS)


def _titled(a: Event, b: Event) -> int:
    """How long a shared title (its 《 mark counted) must be to make two events one: a programme quoted by a name
    of three characters (“光明行”) has one start, so two start years of it are one start; but its activities fall
    on many days, and two days sharing a short name may be two of them: days need a title of four characters."""
    return 4 if a.kind == b.kind == "start" else 5


def _one_named_day(shared: frozenset[str]) -> bool:
    """Two sentences naming the same day-named event ("凌云公益日", claims/events.py _day_names) and saying the
    same of it (启动 in both, a word outside the name): one event, however differently the rest reads (a
    caption's 仪式现场). The name alone is not enough: a festival opens on one day and closes on another."""
    days = {w for w in shared if len(w) >= 4 and w[-1] in DAY_NAMED}
    return bool(days) and any(not any(w in d for d in days) for w in shared - days)


NEEDED_CLOSE = 0.4  # two days of one month a few days apart: a mistyped day is mostly close to the right one
CLOSE_DAYS = 7


# Words that date one phase of an event held over several days (its opening, its close, its length): such an
# event's days are close and read alike without either being wrong ("10月18日启动，为期三天" / "10月20日闭幕")
PHASE = re.compile(r"开幕|闭幕|启动|开启|结束|落幕|收官|为期|历时|持续|首日|次日|闭营|开营")


def _close_days(a: Event, b: Event) -> bool:
    """Two single days of one month at most a week apart (5月16日 and 5月18日): one event's day typed wrong (a digit
    off, a draft's date) is mostly close to the right one, as a mistyped figure is to its value; two events that
    read alike are mostly further apart, so close days need less likeness to be one event. Not when either
    sentence dates a phase of a longer event (PHASE): its opening and its close are close days of one event."""
    if a.kind != "day" or b.kind != "day" or a.high - a.low != 1 or b.high - b.low != 1 or a.low // 100 != b.low // 100:
        return False
    if any(PHASE.search(_dated_text(e)) for e in (a, b)):
        return False
    return abs(a.low - b.low) <= CLOSE_DAYS or _mistyped(a.low % 100, b.low % 100)


# A date written further on in the sentence ("自2019年启动改造以来", "10月20日闭幕"): what follows it is said of that date
LATER_DATE = re.compile(r"(?:19|20)\d\d\s*年|(?<![0-9])(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12][0-9]|0?[1-9])\s*[日号]")


def _dated_text(event: Event) -> str:
    """What a day's sentence says of that day: from the start of its clause to the next date the sentence writes
    ("4月18日，…完成改造和评估监测，并…公示，自2019年启动改造以来": the 启动 is the 2019 start's, not a phase of 4月18日)."""
    text, begin = event.scalar, event.sentence[1]  # the scalar as read (Simplified), as the event's offsets are
    clause_start = max((m.end() for m in CLAUSE.finditer(text, begin, event.start)), default=begin)
    end = begin + len(event.text)
    later = LATER_DATE.search(text, event.start + len(event.printed), end)
    return reading(text[clause_start : later.start() if later else end])


# What happens once because it is the first: a first unit put to work, a first run, a first time (首部, 首班, 首次, 第一座)
FIRST = re.compile(r"(?:首|第一)[部班辆台架艘座家间个条趟次批单]")
NAME_WORDS = 3  # "氢能 双层 巴士": a name of three words written in a row; two (绿色 工厂) name a kind, not one thing


def _first_once(a: Event, b: Event) -> bool:
    """Two single days at most a week apart, or one a mistyped digit of the other, whose dated clauses both say a first
    (FIRST) of one thing (the same name of NAME_WORDS words in a row in both) and what it did (another word they
    share): "9月23日，首部氢能双层巴士…展开…载客试行" and "9月28日，氢能双层巴士…开出首班载客服务" date its first
    passenger run twice, although a trial lasts (为期一年, which PHASE reads as a longer event's phase). Its arrival
    (首部氢能双层巴士抵港) is another event: the name is all they share."""
    if a.kind != "day" or b.kind != "day" or a.high - a.low != 1 or b.high - b.low != 1 or a.low // 100 != b.low // 100:
        return False
    if abs(a.low - b.low) > CLOSE_DAYS and not _mistyped(a.low % 100, b.low % 100):
        return False
    texts = [dated_clause(e) for e in (a, b)]
    if not all(FIRST.search(t) for t in texts):
        return False
    name = _common_run(*(_in_order(t) for t in texts))
    if len(name) < NAME_WORDS:
        return False
    rest = (a.own & b.own) - set(name)
    return any(not FIRST.search(w) for w in rest)


def _in_order(text: str) -> list[str | None]:
    """A clause's words in the order written, None where a word that names nothing (于, 的, a figure) stands."""
    return [w if is_content(w) else None for w in segment(text) if w.strip()]


def _common_run(x: list[str | None], y: list[str | None]) -> list[str]:
    """The longest run of words written in a row in both (longest common substring; clauses are short)."""
    best: list[str] = []
    for i in range(len(x)):
        for j in range(len(y)):
            k = 0
            while i + k < len(x) and j + k < len(y) and x[i + k] is not None and x[i + k] == y[j + k]:
                k += 1
            if k > len(best):
                best = [w for w in x[i : i + k] if w]
    return best


def _mistyped(x: int, y: int) -> bool:
    """Two days of a month one of which is the other typed wrong: one digit changed (18 and 28) or the two swapped
    (12 and 21), as the figure checks take a transposed or a wrong digit (claims/relate.py)."""
    p, q = f"{x:02d}", f"{y:02d}"
    return sum(c != d for c, d in zip(p, q)) == 1 or p == q[::-1]


# What a thing does once in its life: it goes into production, is built, opened, listed or founded once, and a first
# edition is held once. Two days of other years for one of these, said of the same thing, are one event dated twice
# ("2023年11月，…示范项目投产" and "2024年11月，…示范项目投产"); a forum or an award recurs and has a day every year
ONCE = re.compile(r"投产|建成|竣工|落成|上市|成立|创立|创办|开业|开办|揭牌|首届")


def _once(a: Event, b: Event) -> bool:
    """Both sentences say the same once-only act (ONCE) in the clauses dated (Event.own)."""
    said = [{m for w in e.own for m in ONCE.findall(w)} for e in (a, b)]
    return bool(said[0] & said[1])


# A document is published once under its title: "2023年3月，本公司发布《碳中和行动路线图》" and "2024年3月，我们发布《碳中和
# 行动路线图》" date one publication twice. Not a report, a yearbook or a journal, whose title recurs every year or issue
# (《可持续发展报告》, 《年报》, 《白皮书》), nor a title that carries its year or edition (《2023年ESG报告》, 《…（第二版）》)
PUBLISHED = re.compile(r"发布|印发|出台|颁布|推出")
RECURRING_TITLE = re.compile(r"报告|年报|报|刊|白皮书|指数|榜|[0-9０-９]|[一二三四五六七八九十]版|修订|更新")


def _published_once(a: Event, b: Event) -> bool:
    """Both dated clauses publish (PUBLISHED) the same document, named by a title in 《》 that does not recur."""
    if not all(any(PUBLISHED.search(w) for w in e.own) for e in (a, b)):
        return False
    return any(w.startswith("《") and len(w) >= 5 and not RECURRING_TITLE.search(w) for w in a.own & b.own)


# A status a thing attains once: listed in a register (入选…名录, 列入…名单) or through a grading, an acceptance or a
# certification (通过…评审, …验收, …认定, …认证). Listed, it stays listed, and a grade holds until it is reviewed again,
# which the sentence then says (复审, 重新认定, 再次入选, 连续…, 年度…: a yearly list is another matter)
STATUS = re.compile(r"(?:入选|列入|纳入|通过)([^，,。；;：:！？]{0,30}?)(名录|名单|评审|验收|认定|认证|评定)")
RENEWED = re.compile(r"复审|复评|复查|复核|重新|再次|再度|续|连续|蝉联|年度|每年|[0-9一二三四五六七八九十]+次|监督|换证|届")


# A standard's code and number (ISO 14001, GB/T 24001): the segmenter's words drop the number, which tells one
# certification from another (ISO 14001 and ISO 45001 are two)
CODE = re.compile(r"[A-Za-z]+|[0-9]+")


def _status(event: Event) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """Who attained which status in a dated clause: the words before the verb, the status's kind (名录, 评审) and the
    words naming it ("泾县青龙山矿山" / 名录 / "国家级 绿色 矿山 名录"), with the codes and numbers it is written with."""
    text = dated_clause(event)
    m = STATUS.search(text)
    if not m or RENEWED.search(text):
        return None
    named = m.group(1) + m.group(2)
    return content_words(text[: m.start()]), m.group(2), content_words(named) | {"#" + c.upper() for c in CODE.findall(named)}


def _attained_once(a: Event, b: Event) -> bool:
    """Two dates of other years for one thing attaining one status (_status): the same words name who attained it, and
    the words naming the status in one are all in the other's (首批 may be added: 入选首批国家级绿色矿山名录). Two months
    must be one month: a year mistyped keeps its month ("2022年11月" and "2023年11月：…通过三级甲等综合医院评审")."""
    x, y = _status(a), _status(b)
    if not x or not y or x[1] != y[1] or x[0] != y[0]:
        return False
    who = x[0] - OWN_WORDS
    if len(who) < 2 and not any(len(w) >= 3 for w in who):
        return False  # "项目通过环保验收": a kind of thing (or the company itself) names no one thing that attained it
    if all(e.high - e.low < 100 for e in (a, b)) and a.low // 100 % 100 != b.low // 100 % 100:
        return False
    small, big = sorted((x[2], y[2]), key=len)
    codes = [{w for w in z[2] if w.startswith("#")} for z in (x, y)]
    return len(small) >= 2 and small <= big and codes[0] == codes[1]


def _year_only(event: Event) -> bool:
    """A day event dated by its year alone (claims/events.py: "2019年，…入选…" in a list of milestones)."""
    return event.kind == "day" and event.high - event.low > 100


COMMON = 50  # a word in more events than this names none of them: it finds no candidates by itself
# between a start year and the run counted from it: 起 or 以来, a comma, an adverb of "so far" ("自2017年起已连续七年")
RUN_FROM = re.compile(r"\s*(?:起|以来|开始)?\s*[，,]?\s*(?:已经|已|一直|均|都)?\s*")


def _run_from(a: Event, b: Event) -> bool:
    """"该活动自2017年起已连续七年举办": a run written straight after its start year counts from that year, in one
    statement, whatever else the sentence says; a count the year contradicts (2017 to 2024 is eight years) is wrong
    in that sentence alone. Two dates of one sentence are otherwise never compared (a sentence states two events)."""
    if a.kind != "start" or a.miscounted == b.miscounted:
        return False
    run, since = (a, b) if a.miscounted else (b, a)
    end = since.start + len(since.printed)
    return since.start < run.start and RUN_FROM.fullmatch(run.scalar, end, run.start) is not None


def event_dates(report: Report) -> Iterator[Diagnostic]:
    """N215 (two days for one event) and N216 (two start years for one thing that started)."""
    found = events(report)
    # words weighed over days and starts only: a target's words (碳达峰) would shift how rare an event's words read
    # nor a milestone dated by its year alone, which is compared only for a status attained once (_attained_once)
    weights = Weights(_Words(e.words) for e in found if e.kind != "target" and not _year_only(e))
    reported: set[int] = set()
    for a, b in sharing_a_word(found, lambda e: e.words, COMMON):
        if a.kind != b.kind or a.sentence == b.sentence and not _run_from(a, b) or id(a) in reported or id(b) in reported:
            continue
        if a.low < b.high and b.low < a.high:
            continue
        if a.ordinal != b.ordinal and not EVERY_YEAR.search((b if a.ordinal else a).text):
            continue  # "第七份ESG报告" dates its first only if it comes out every year ("自2016年起每年发布…")
        if a.kind == "day" and a.low // 10000 != b.low // 10000 and not _attained_once(a, b) and (
                _year_only(a) or _year_only(b) or not _once(a, b) and not _published_once(a, b)):
            # a forum or an award recurs every year: days of other years are other events, unless one thing did what it
            # does once; a milestone's year alone says too little to tell one listing or one phase from another
            # ("2016年，在上海证券交易所主板上市；2021年，在香港联合交易所主板上市", "一期投产", "二期投产"), but for a status
            continue
        sim = _same_event(a, b, weights)
        if sim < (NEEDED_CLOSE if _close_days(a, b) else NEEDED) and not _first_once(a, b):
            continue
        later, earlier = (a, b) if a.miscounted and not b.miscounted else (b, a)  # the count its own sentence contradicts
        reported.add(id(later))
        shared = ", ".join(sorted(w for w in a.words & b.words if w != FOUNDING and not w.startswith(LISTING))[:6])
        if FOUNDING in a.words & b.words:
            shared = "the company's founding" + (f": {shared}" if shared else "")
        elif any(w.startswith(LISTING) for w in a.words & b.words):
            shared = "the company's listing" + (f": {shared}" if shared else "")
        day = a.kind == "day"
        shown = _day if day else _year
        what = ("date what reads as the same event", "dated") if day else ("give what reads as the same start two years", "started")
        if a.kind == "target":
            yield _target_conflict(report, later, earlier, sim, shared)
            continue
        loose = a.around or b.around  # "9月9日前后": the writer may mean a span that holds the other day
        unsure = f"; “{(a if a.around else b).printed}” is given as around that day, so this may be one span" if loose else ""
        if not day and _one_short(a, b):
            loose = True
            unsure = "; the run may count the years since the start (the report year less the start year), one fewer than the years it spans"
        yield Diagnostic("N215" if day else "N216", Severity.WARNING if loose else Severity.ERROR,
                         f"“{later.printed}” and “{earlier.printed}” {what[0]} ({sim:.0%} alike: {shared}): "
                         f"{shown(later)} vs {shown(earlier)}{unsure}", _where(report, later),
                         hint=("correct the wrong date; if these are two events, name each one distinctly" if not loose
                               else "give the event's day as the other place does, or say which days it spans") if day
                         else "correct the start year, or the number of years: 连续N年 counts the report year itself (in a 2024 report, 连续十年 began in 2015)",
                         related=(Related(_where(report, earlier), f"{what[1]} {shown(earlier)} here"),),
                         anchor=(later.origin.file, later.origin.path, later.start, later.start + len(later.printed)))

def _one_short(a: Event, b: Event) -> bool:
    """"自2009年设立…以来" and, in 2024, "已连续十五年": 以来 measures the time elapsed since the start, 2024 - 2009 =
    fifteen years, where 连续N年 counts the start year and the report year both (sixteen); a run one year short of
    such a start may be that elapsed count. A common ambiguity, not a wrong start: a warning. A start year stated as a
    fact ("自2009年设立", "自2017年起每年发布") gives no elapsed time, and one year too many is no way of counting."""
    runs = [e for e in (a, b) if RUN_PRINTED.match(e.printed)]
    if len(runs) != 1:
        return False
    run, since = (a, b) if runs[0] is a else (b, a)
    return run.low - since.low == 1 and ELAPSED.match(since.scalar, since.start + len(since.printed)) is not None


RUN_PRINTED = re.compile(r"连续|連續")
ELAPSED = re.compile(r"[^，,。；;！？\n]{0,24}?以[来來]")


def _target_conflict(report: Report, later: Event, earlier: Event, sim: float, shared: str) -> Diagnostic:
    """N215 of a target given two deadlines: "力争2030年前实现运营碳达峰" where the letter and the chapter say 2028年前."""
    return Diagnostic("N215", Severity.ERROR,
                      f"“{later.printed}” and “{earlier.printed}” set what reads as the same target two deadlines "
                      f"({sim:.0%} alike: {shared}): {later.low} vs {earlier.low}", _where(report, later),
                      hint="correct the wrong deadline; if these are two targets, name each one distinctly",
                      related=(Related(_where(report, earlier), f"due by {earlier.low} here"),),
                      anchor=(later.origin.file, later.origin.path, later.start, later.start + len(later.printed)))


def _full_dates(text: str) -> list[numbers.Figure]:
    return [f for f in numbers.find_figures(text) if f.kind == "date" and f.date and None not in f.date]


YEAR_TOKEN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _year_dates(text: str) -> list[numbers.Figure]:
    """The years a string dates something by, with no day (成立于2004年, 2011年在…上市, "listed in 2012"): a full date's
    year is compared with its day (_full_dates)."""
    return [f for f in numbers.find_figures(text) if f.kind == "date" and f.date and f.date[0] and f.date[2] is None]


def _year_translated(report: Report, use, zh: str, en: str) -> Iterator[Diagnostic]:
    """N209 for years: a year the Chinese dates an event by (2011年上市) that its English translation does not write,
    while the English dates by a year the Chinese never writes ("listed in 2012"): the translation moved the event to
    another year. A year only dropped ("in the same year", "a decade ago") or only added is left alone: English may
    say either without a figure."""
    written_zh = {int(y) for y in YEAR_TOKEN.findall(reading(zh))}
    written_en = {int(y) for y in YEAR_TOKEN.findall(en)}
    lost = [f for f in _year_dates(zh) if f.date[0] not in written_en]
    stray = [f for f in _year_dates(en) if f.date[0] not in written_zh]
    if len(lost) != 1 or not stray:
        return  # several years lost at once: a rewritten sentence rather than one year mistyped
    year, fig = lost[0], stray[0]
    yield Diagnostic("N209", Severity.ERROR, f"“{year.printed}” is translated as “{fig.printed}”, another year",
                     report.locate_in_text(use.origin.child("zh"), year.start, zh),
                     hint="translate the year as the Chinese gives it, or correct the Chinese",
                     related=(Related(report.locate_in_text(use.origin.child("en"), fig.start, en), f"the English says {fig.printed}"),),
                     anchor=(use.origin.file, use.origin.path + ("zh",), year.start, year.end))


# A day of the report year is mostly written without its year (11月6日, "On 6 November", "November 6"): the month
# and the day are what a translation must keep. A span (11月6日至8日, 11月6-8日, "6-8 November", "between 6 and 8
# November") is read as its first day, which both languages write first.
ZH_MONTH_DAY = re.compile(r"(?<![0-9.])(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:\s*[-–—~～至到]\s*[0-9]{1,2})?\s*[日号]")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
_EN_MONTH = r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_EN_SPAN = r"(?:\s*(?:-|–|—|to|and|through)\s*[0-9]{1,2}(?:st|nd|rd|th)?)?"
EN_DAY_MONTH = re.compile(r"(?<![0-9.,])(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?" + _EN_SPAN + r"\s+(?:of\s+)?" + _EN_MONTH + r"\b")
EN_MONTH_DAY = re.compile(r"\b" + _EN_MONTH + r"\s+(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|[,.][0-9])")


def _month_number(name: str) -> int:
    return next(i for i, month in enumerate(EN_MONTHS, 1) if month.startswith(name.rstrip(".")[:3]))


def _zh_month_days(zh: str) -> list[tuple[tuple[int, int], int, int]]:
    """The (month, day) of each day the Chinese names, with or without its year, and where it is written."""
    return [((int(m.group(1)), int(m.group(2))), m.start(), m.end()) for m in ZH_MONTH_DAY.finditer(reading(zh))]


def _en_month_days(en: str) -> list[tuple[tuple[int, int], int, int]]:
    """The (month, day) of each day the English names ("6 November", "November 6th"), and where it is written."""
    found = [((_month_number(m.group(2)), int(m.group(1))), m.start(), m.end()) for m in EN_DAY_MONTH.finditer(en)]
    found += [((_month_number(m.group(1)), int(m.group(2))), m.start(), m.end()) for m in EN_MONTH_DAY.finditer(en)
              if not any(s <= m.start() < e for _, s, e in found)]
    return sorted(found, key=lambda d: d[1])


def _day_translated(report: Report, use, zh: str, en: str) -> Iterator[Diagnostic]:
    """N209 for days written without a year: one day of the Chinese (11月6日) that the English does not name, while
    the English names a day the Chinese does not ("On 6 October"): the translation moved the event to another day.
    A day only dropped ("in early November") or only added is left alone, and so are several days lost at once
    (a rewritten sentence)."""
    zh_days, en_days = _zh_month_days(zh), _en_month_days(en)
    wanted, given = {d for d, _, _ in zh_days}, {d for d, _, _ in en_days}
    lost = [d for d in zh_days if d[0] not in given]
    stray = [d for d in en_days if d[0] not in wanted]
    if len({d for d, _, _ in lost}) != 1 or not stray:
        return
    (month, day), start, end = lost[0]
    _, en_start, en_end = stray[0]
    printed, english = reading(zh)[start:end], en[en_start:en_end]
    yield Diagnostic("N209", Severity.ERROR, f"“{zh[start:end]}” is translated as “{english}”, another day",
                     report.locate_in_text(use.origin.child("zh"), start, zh),
                     hint="translate the date as the Chinese gives it, or correct the Chinese",
                     related=(Related(report.locate_in_text(use.origin.child("en"), en_start, en), f"the English says {english}"),),
                     anchor=(use.origin.file, use.origin.path + ("zh",), start, start + len(printed)))


def edition_dates(report: Report) -> Iterator[Diagnostic]:
    """N209 for dates: a full date of a Chinese string missing from its English translation, a day written
    without its year that the English gives as another day, or a year the English gives as another year."""
    if "en" not in report.manifest.editions:
        return
    # A pair's findings depend on its two texts alone: a pair that gave none is not read again where it is
    # written again (most pairs state no date, or the same in both)
    clean: set[tuple[str, str]] = set()
    for use in texts(report):
        zh, en = use.text.zh, use.text.en
        if not zh or not en or (zh, en) in clean:
            continue
        found = list(_edition_dates(report, use, zh, en))
        if not found:
            clean.add((zh, en))
        yield from found


def _edition_dates(report: Report, use, zh: str, en: str) -> Iterator[Diagnostic]:
    """edition_dates for one string and its translation."""
    if "年" in zh or "年" in en:
        yield from _year_translated(report, use, zh, en)
    zh_days = _full_dates(zh)
    en_days = _full_dates(en)
    if not zh_days or not en_days:
        if "月" in zh:
            yield from _day_translated(report, use, zh, en)
        return
    wanted = {f.date for f in zh_days}
    given = {f.date for f in en_days}
    lost = [f for f in zh_days if f.date not in given]
    for fig in en_days:
        if fig.date in wanted:
            continue
        english = report.locate_in_text(use.origin.child("en"), fig.start, en)
        if len(lost) == 1:  # one Chinese date the English gives otherwise: reported where it is stated first, like figures
            day = lost[0]
            yield Diagnostic("N209", Severity.ERROR, f"“{day.printed}” is translated as “{fig.printed}”, another date",
                             report.locate_in_text(use.origin.child("zh"), day.start, zh),
                             hint="translate the date as the Chinese gives it, or correct the Chinese",
                             related=(Related(english, f"the English says {fig.printed}"),),
                             anchor=(use.origin.file, use.origin.path + ("zh",), day.start, day.end))
            continue
        shown = ", ".join(f"“{f.printed}”" for f in zh_days[:3])
        yield Diagnostic("N209", Severity.ERROR, f"“{fig.printed}” in the English text is not a date of the Chinese it translates ({shown})",
                         english, hint="translate the date as the Chinese gives it", anchor=(use.origin.file, use.origin.path + ("en",), fig.start, fig.end))
