"""Dates as claims: the day an event happened and the year something started.

"2024年4月22日，我们发布《…行动方案》" and "2024年4月12日，本行正式发布《…行动方案》" state one event with two
days; "自2017年与青峪县结对帮扶以来" and "本行自2016年起定点帮扶青峪县" one start with two years; "已连续十年"
in 2024 says the start was 2015. An event's subject is the words of its sentence (titles in 《》 and
“” count as one word each). "截至2024年底" is an as-of date, not an event, and is never compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from .. import numbers
from ..model import Origin, Report
from ..walk import texts
from .extract import SENTENCE_END, _mask, _span, report_years
from .script import reading
from .subject import STOP, content_words, segment
from ..numerals import evaluate

AS_OF = re.compile(r"(?:截至|截止|截止到|截止至|至)\s*$")
# "在5月正式投产", "于11月发布": a month of the report year, said of an event (a bare "5月" may be a span's end)
MONTH = re.compile(r"(?:在|于)\s*(1[0-2]|0?[1-9])\s*月(?!\s*(?:[0-9]|[一二三四五六七八九十]|份?[至到—-]))")
MONTH_DAY = re.compile(r"(?<![年0-9.])(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12][0-9]|0?[1-9])\s*[日号]")
# A year may be a financial year ("自2016财政年度起", "2016财年起", "自2016年度起"), as Hong Kong reports date theirs
SINCE = re.compile(r"(?:自|从|始于|始自|开始于|起步于|创立于|成立于)\s*((?:19|20)\d\d)\s*(?:财政年度|财年|年度|年)|((?:19|20)\d\d)\s*年\s*(?:起|以来|开始|启动|发起|成立|创立|创办|设立|组建|下设)")
OPENING = re.compile(r"\s*(?:[-*+•]\s+)?((?:19|20)\d\d)\s*年\s*[，,：:]")  # a list of milestones too ("- 2020年，…")  # "2019年，启动…": a milestone line
OPENED = re.compile(r"(?:19|20)\d\d\s*年\s*[，,：:]")  # what every OPENING match holds, looked for once per string
FIRST_IN = re.compile(r"(?:于|在)\s*((?:19|20)\d\d)\s*年[^，,。；;！？\n]{0,20}?(?:首[间家个座所次批]|第一[间家个座所次批])")
# 首届 (the first edition of what recurs, "2017年：首届邻里节举办") and 开办 (a school or a service opened, "2021年：…学院开办")
# date a start as 首次 and 创办 do
# 结对 (paired with a village or a school: "2015年，…与青石村结对") starts a relationship as 启动 starts a programme
START_WORDS = re.compile(r"启动|发起|成立|创立|创办|开办|设立|下设|组建|推出|开始|首次|首届|开启|开展首|建立|开通|上线|结对")
# "2016年，公司上市，同年设立“助学金”": 同年 (the same year) dates a second start by the year its sentence named
SAME_YEAR = re.compile(r"(?:同年|当年)\s*(?:" + START_WORDS.pattern + ")")
YEAR_WRITTEN = re.compile(r"((?:19|20)\d\d)\s*年")
# "连续十年" and "连续第十年" (the tenth year running) both count the report year as the last of the run; so does
# 连续 with its verb before the count (连续实施7年, 连续开展十年: for seven years running). Up to two characters,
# none a numeral, stand between (第 is one); a verb made a modifier of the ordinal (连续开展的第10年, 连续举办的第八届)
# adds its 的 and 第.
RUNNING = re.compile(r"连续\s*(?:(?![一二两三四五六七八九十])[\u4e00-\u9fff]){0,2}?\s*(?:的\s*第\s*)?([0-9]+|[一二两三四五六七八九十]+)\s*(?:年|届)")
COUNTING = re.compile(r"^(?:连续|[一二两三四五六七八九十百]+[年届次])$")  # the count itself says nothing of what is counted
NEGATIVE = re.compile(r"未|没有|无|零")
# "每年…在9月9日前后": a day of every year, from the sentence's start year (自2015年起) to the report's
EVERY_YEAR = re.compile(r"每年|每逢|年年|每一年")
# "9月9日前后", "3月12日左右": around that day; another day for the event is then only a warning
AROUND = re.compile(r"\s*(?:前后|左右)")
TITLE = re.compile(r"《[^》]{2,40}》|“[^”]{2,20}”|「[^」]{2,20}」|『[^』]{2,20}』")  # Hong Kong quotes 「」 too


@dataclass(frozen=True)
class Event:
    kind: str  # day (yyyymmdd interval) | start (a year)
    low: int
    high: int  # exclusive
    printed: str
    origin: Origin
    scalar: str
    start: int
    words: frozenset[str]
    own: frozenset[str] = frozenset()  # a day's own clause only ("泰州生物药基地在5月正式投产"), when it names enough
    around: bool = False  # "9月9日前后": the writer gives the day loosely
    miscounted: bool = False  # "自2020年起…连续四年": a count its own sentence's start year contradicts
    topic: str = ""  # a start's subject: the words before 自…年起 / 连续N年 in its clause
    ordinal: bool = False  # "第七份ESG报告": a start read from the ordinal of what recurs, if it recurs every year

    @cached_property
    def text(self) -> str:
        """The sentence it stands in, as written."""
        start = self.sentence[1]
        end = SENTENCE_END.search(self.scalar, self.start)
        return self.scalar[start : end.start() if end else len(self.scalar)]

    @cached_property
    def sentence(self) -> tuple[Origin, int]:
        """Which sentence it stands in: one sentence's dates are never compared with each other."""
        return self.origin, max((m.end() for m in SENTENCE_END.finditer(self.scalar, 0, self.start)), default=0)


CLAUSE = re.compile(r"[。！？；!?;\n，,：:｜|]")
# A clause opening with 并 (and then) goes on with the acts of the clause before it, on the same day: "4月18日，曹妃甸
# 基地完成…改造和评估监测，并在中国钢铁工业协会网站公示" dates the publication as much as the completion
ALSO = re.compile(r"\s*并(?!购|网|列|行|非|不|未|无|存|重|肩|举)(?=[\u4e00-\u9fff])")  # not 并购 (acquire), 并网 (connect)
# "【案例】印尼工厂2024年3月投产": a box's label says what kind of text follows, not what happened
LABEL = re.compile(r"【\s*(?:案例|专栏|故事|链接|延伸阅读|小贴士|知识点)\s*\d*\s*】")


def _words(masked: str, start: int, end: int, own_clause: bool = False, sentence: bool = False) -> frozenset[str]:
    """The words naming the event: its clause and the next one ("2024年4月22日，我们发布《…》"); for
    a start year its own clause ("本行自2016年起定点帮扶青峪县，先后选派…" names the 帮扶, not the 选派);
    with `sentence`, its whole sentence."""
    c_start, stop = _said(masked, start, end, own_clause, sentence)
    # the figures blanked as the whole string reads them (read once and kept in build/.cache): reading the slice
    # would read a new string each time its sentence is edited, and every figure of it again
    sentence = LABEL.sub(lambda m: " " * len(m.group(0)), masked[c_start:stop])
    titles = {"《" + m.group(0).strip("《》“”「」『』") for m in TITLE.finditer(sentence)}  # marked: a title names one thing
    for f in numbers.find_figures(masked):
        if f.end > c_start and f.start < stop:
            a, b = max(f.start, c_start) - c_start, min(f.end, stop) - c_start
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    hollow = TITLE.sub(lambda m: " " + m.group(0).strip("《》“”「」『』") + " ", sentence)  # its words count too
    words = frozenset(ALIKE.get(w, w) for w in content_words(hollow) if not COUNTING.match(w) and w not in CEREMONY)
    return words | titles | _day_names(hollow)


# Words of one relationship however a sentence names it: a company paired with a village (与青石村结对) is helping it
# (对口帮扶青石村, 结对帮扶): the pairing is the 帮扶 programme's form in Chinese reports, one start
ALIKE = {"结对": "帮扶"}


def _said(masked: str, start: int, end: int, own_clause: bool = False, sentence: bool = False) -> tuple[int, int]:
    """Where the words naming the event stand (_words): its clause and the next one, or its own clause alone."""
    s_start, s_end = _span(masked, start, end, SENTENCE_END)
    c_start, c_end = (s_start, s_end) if sentence else _span(masked, start, end, CLAUSE)
    following = CLAUSE.search(masked, c_end + 1, s_end) if c_end < s_end else None
    while following and ALSO.match(masked, following.end()):
        following = CLAUSE.search(masked, following.end(), s_end)  # "…完成改造，并在协会网站公示": one event's acts
    stop = following.start() if following else s_end
    if own_clause and len(content_words(TITLE.sub(" ", masked[c_start:c_end]))) >= 2:
        stop = c_end
    return c_start, stop


def dated_clause(event: Event) -> str:
    """The text of the clauses a day names its event by (Event.own's), its date as written (its digits are no words)."""
    masked = _mask(event.scalar)
    c_start, stop = _said(masked, event.start, event.start + len(event.printed), True)
    return masked[c_start:stop]


DAY_NAMED = frozenset("日节")  # 公益日, 开放日, 读书节: an event named for the day it is held
NAME_PARTS = 2  # "凌云公益日": the words before 日 that name the day (the company's own name among them)


def _day_names(text: str) -> frozenset[str]:
    """An event named as a day or a festival ("凌云公益日", "企业开放日", "科技节"), which the segmenter cuts into its
    words and a lone 日 or 节: the whole name is one word, as a title would be, so that two sentences naming the
    day meet on it whatever else they say (启动仪式现场 in a caption, 在杭州启动 in the text). The company's
    own name counts here: it is part of the day's name. A date's 日 is a figure, blanked before."""
    words = [w.strip() for w in segment(text)]
    names = set()
    for i, w in enumerate(words):
        if len(w) == 2 and w[0] in DAY_NAMED and w[1] in GLUED:
            w = w[0]  # "邻里节在禾湾市启幕", "邻里节自2016年…": the segmenter glues the name's 节 to the preposition after it
        if w not in DAY_NAMED:
            continue
        name = []
        for prev in reversed(words[max(0, i - NAME_PARTS):i]):
            if len(prev) < 2 or not CJK_WORD.fullmatch(prev) or prev.startswith("第") or prev in STOP:
                break
            name.insert(0, prev)
        if name:
            names.add("".join(name) + w)
    return frozenset(names)


CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# A preposition or an adverb written right after the day's name, where and since when it was held ("节在", "节自",
# "日于"): with it the segmenter makes one word of the name's last character and the next (节自 is even in its
# dictionary, "excerpted from"), and the name is lost
GLUED = frozenset("在于自从已将")


# "交付仪式", "颁奖典礼": the ceremony held for an event is dated by that event; the word says how it was marked, not
# which event it was ("首架客机交付仪式（5月28日）" and "5月18日，首架客机完成交付" date one delivery)
CEREMONY = frozenset({"仪式", "典礼"})
# A QR code's caption tells the reader what to do with it ("扫一扫 观看…", "扫码了解…"): those words name no event
QR_ACTION = frozenset({"扫一扫", "扫码", "扫描", "二维码", "观看", "查看", "了解", "阅读", "浏览", "视频", "回顾"})


def _without_action(event: Event) -> Event:
    """An event dated in a QR code's caption, named by the caption's words less its call to action."""
    if "qr" not in event.origin.path:
        return event
    return replace(event, words=event.words - QR_ACTION, own=event.own - QR_ACTION)


def count_of(text: str) -> int | None:
    """The count of 连续三年 / 连续19年: digits or Chinese numerals."""
    if text.isdigit():
        return int(text)
    core = evaluate(text)
    return int(core.value) if core is not None and core.value is not None else None


def events_in(scalar: str, origin: Origin, year: int | None) -> list[Event]:
    masked = _mask(scalar)
    found: list[Event] = []
    for fig in numbers.find_figures(masked):
        if fig.kind != "date" or not fig.date or fig.date[1] is None:
            continue  # only a day or a month is an event here (asked first: most figures of a report are amounts)
        as_of = fig.printed.lstrip().startswith(("截至", "截止")) or AS_OF.search(masked[max(0, fig.start - 4) : fig.start])
        if fig.kind == "date" and fig.date and None not in fig.date and not as_of:
            y, m, d = fig.date
            day = y * 10000 + m * 100 + d
            found.append(Event("day", day, day + 1, fig.printed, origin, scalar, fig.start, _words(masked, fig.start, fig.end),
                               _words(masked, fig.start, fig.end, True)))
        elif fig.kind == "date" and fig.date and fig.date[1] is not None and fig.date[2] is None and not as_of:
            y, m, _ = fig.date  # "2024年9月，我们发布了《…》": a month, which any of its days agrees with
            found.append(Event("day", y * 10000 + m * 100 + 1, y * 10000 + m * 100 + 32, fig.printed, origin, scalar, fig.start,
                               _words(masked, fig.start, fig.end), _words(masked, fig.start, fig.end, True)))
    # Each pattern below needs 月, 年 or 连续: a string without the character is not scanned for it (most strings
    # of a large report name no date, and five scans of each were most of this function's time)
    month, year_named = "月" in masked, "年" in masked
    if year is not None and month:
        for m in MONTH_DAY.finditer(masked):
            if any(e.start <= m.start() < e.start + len(e.printed) for e in found) or AS_OF.search(masked[max(0, m.start() - 4) : m.start()]):
                continue
            blank = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]  # "9月9日" names no word of the event
            around = AROUND.match(masked, m.end())
            printed = m.group(0) + (around.group(0) if around else "")
            s_start, s_end = _span(masked, m.start(), m.end(), SENTENCE_END)
            if EVERY_YEAR.search(masked, s_start, m.start()):
                # a day of every year: the words of its whole sentence name what recurs ("每年牵头举办“9·9公益日”活动，…在9月9日前后")
                since = SINCE.search(masked, s_start, m.start())
                first = int(since.group(1) or since.group(2)) if since else year
                words = _words(blank, s_start, s_end, sentence=True)
                for y in range(max(first, year - 30), year + 1):
                    day = y * 10000 + int(m.group(1)) * 100 + int(m.group(2))
                    found.append(Event("day", day, day + 1, printed, origin, scalar, m.start(), words, frozenset(), bool(around)))
                continue
            day = year * 10000 + int(m.group(1)) * 100 + int(m.group(2))
            found.append(Event("day", day, day + 1, printed, origin, scalar, m.start(), _words(blank, m.start(), m.end()),
                               _words(blank, m.start(), m.end(), True), bool(around)))
    if year is not None and month:
        for m in MONTH.finditer(masked):
            if any(e.start <= m.start(1) < e.start + len(e.printed) for e in found):
                continue
            first = year * 10000 + int(m.group(1)) * 100 + 1
            blank = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]  # "在5月" names no word of the event
            found.append(Event("day", first, first + 31, m.group(0), origin, scalar, m.start(1), _words(blank, m.start(), m.end()),
                               _words(blank, m.start(), m.end(), True)))
    for m in SINCE.finditer(masked) if year_named else ():
        y = int(m.group(1) or m.group(2))
        found.append(Event("start", y, y + 1, m.group(0), origin, scalar, m.start(), _words(masked, m.start(), m.end(), True),
                           topic=_topic(masked, m.start()) or _set_up_since(masked, m.end())))
    for m in FIRST_IN.finditer(masked) if year_named else ():  # "集团于1987年在尖沙咀开设首间酒店": a first one opened
        if any(e.kind == "start" and e.start == m.start(1) for e in found) or SINCE.search(masked, max(0, m.start() - 2), m.end(1) + 3):
            continue
        y = int(m.group(1))
        found.append(Event("start", y, y + 1, m.group(1) + "年", origin, scalar, m.start(1), _words(masked, m.start(1), m.end(), True)))
    for s_start, s_end in _sentences(masked) if year_named and OPENED.search(masked) else ():  # no sentence opens with a year: none to read
        opening = OPENING.match(masked, s_start)
        started = START_WORDS.search(masked, opening.end(), s_end) if opening else None
        if started and not SINCE.search(masked, s_start, s_end):
            y = int(opening.group(1))
            found.append(Event("start", y, y + 1, opening.group(1) + "年", origin, scalar, opening.start(1),
                               _words(masked, opening.start(1), opening.end(), True), topic=_started(masked, started)))
        elif opening and not SINCE.search(masked, s_start, s_end):
            # "2019年，泾县青龙山矿山入选国家级绿色矿山名录": a milestone dated by its year alone is an event of that year,
            # which any day of the year agrees with (checks/dates.py compares other years only for what happens once)
            y = int(opening.group(1))
            found.append(Event("day", y * 10000 + 101, y * 10000 + 1232, opening.group(1) + "年", origin, scalar, opening.start(1),
                               _words(masked, opening.start(1), opening.end()), _words(masked, opening.start(1), opening.end(), True)))
    for m in SAME_YEAR.finditer(masked) if year_named and "同年" in masked else ():
        y = _year_before(masked, m.start())
        if y is not None:
            found.append(Event("start", y, y + 1, m.group(0), origin, scalar, m.start(), _words(masked, m.start(), m.end(), True)))
    for m in TARGET.finditer(masked) if year_named and "前" in masked else ():
        words = _target(masked, m)
        if words:
            y = int(m.group(1))
            found.append(Event("target", y, y + 1, m.group(0)[: m.end(2) - m.start()], origin, scalar, m.start(), words))
    if year is not None and "连续" in masked:
        for m in RUNNING.finditer(masked):
            n = count_of(m.group(1))
            clause = masked[slice(*_span(masked, m.start(), m.end(), CLAUSE))]
            if NEGATIVE.search(clause):
                continue  # "连续三年未发生…" counts years without an event, not since a start
            since = SINCE.search(masked, *_span(masked, m.start(), m.end(), SENTENCE_END))
            y = year - n + 1 if n else 0
            # "自2020年起…连续四年": the sentence's start year is the one compared, unless the count says another
            # (2020 to 2024 is five years), which is then compared with the other statements of that start
            if n and 1 < n < 100 and (not since or int(since.group(1) or since.group(2)) != y):
                topic = _topic(masked, m.start())
                found.append(Event("start", y, y + 1, m.group(0), origin, scalar, m.start(),
                                   _words(masked, m.start(), m.end(), True) | _named_before(masked, m.start(), topic),
                                   miscounted=since is not None, topic=topic))
    if year is not None and "第" in masked:
        for m in ORDINAL.finditer(masked):
            n = count_of(m.group(1))
            s_start, s_end = _span(masked, m.start(), m.end(), SENTENCE_END)
            written = {int(y) for y in YEAR_WRITTEN.findall(masked, s_start, s_end)}
            if not n or not 1 < n < 100 or written - {year} or (m.group(2) == "份" and not REPORT_AFTER.match(masked, m.end())):
                continue  # "2022年第五届…": an edition of another year; "第三份合同": not a report of the year
            y = year - n + 1
            found.append(Event("start", y, y + 1, m.group(0), origin, scalar, m.start(),
                               _words(masked, m.start(), m.end(), True), ordinal=True))
    return found


# "本公司发布的第七份ESG报告", "第七届公益节": the report or the edition of the report year is the Nth; if one comes out
# every year, the first came out N-1 years before (checks/dates.py compares it only with a start said to recur 每年)
ORDINAL = re.compile(r"第\s*([0-9]+|[一二两三四五六七八九十]+)\s*(份|届)")
REPORT_AFTER = re.compile(r"[^，,。；;！？\n]{0,16}?报告")


# "“芯火计划”是公司的旗舰公益项目……项目已连续八年举办": a run whose subject is only the kind of thing (项目, 该活动,
# 这一计划) refers back to the thing the text has just named; a name in quotes or 《》 before it in its paragraph
KIND_ONLY = re.compile(r"(?:该|此|这一?|本|上述)?(?:项目|活动|计划|工程|赛事|课程|品牌|平台|基金)")


def _named_before(masked: str, at: int, topic: str) -> frozenset[str]:
    """The title a run's subject that names only a kind refers back to: the last one before it in its paragraph."""
    if not KIND_ONLY.fullmatch(topic):
        return frozenset()
    named = list(TITLE.finditer(masked, masked.rfind("\n", 0, at) + 1, at))
    return frozenset({"《" + named[-1].group(0).strip("《》“”「」『』")}) if named else frozenset()


# "力争2028年前实现运营碳达峰": a deadline (N年前, 之前, 以前, 底前) and the verb of reaching a target; the target is
# what follows the verb up to the next deadline or the clause's end ("…碳达峰、2050年前实现碳中和": two targets)
TARGET = re.compile(r"((?:19|20)\d\d)\s*年\s*((?:底|末)?\s*(?:之前|以前|前))\s*(?:全面|基本)?\s*(?:实现|达到|达成|完成)")
TARGET_END = re.compile(r"[、；;。！？!?\n，,：:（(]|(?:19|20)\d\d\s*年")


def _target(masked: str, m: re.Match[str]) -> frozenset[str]:
    """The words naming the target a deadline is set for ("运营碳达峰" of "2028年前实现运营碳达峰"): nothing when the
    target is a quantity (2030年前排放减少50%: a figure, which the figure checks compare), or when it names too little
    (one short word: 碳中和 alone, of the group or of its operations?) to be told from another target."""
    end = TARGET_END.search(masked, m.end())
    text = masked[m.end() : end.start() if end else len(masked)]
    if not text.strip() or any(ch.isdigit() for ch in text):
        return frozenset()
    words = content_words(text)  # not the verb (实现): every target is reached, and would share it
    return words if len(words) >= 2 or any(len(w) >= 3 for w in words) else frozenset()


# A run of years that is of an award or a rating ("连续五年获评…", "连续三年入选…") counts years of that award, not the
# years since its subject started: its topic dates nothing
AWARDED = re.compile(r"获|荣获|荣膺|评为|评选|入选|蝉联|当选|位列|跻身|名列|上榜")


def _topic(masked: str, at: int) -> str:
    """What a start year or a run of years is said of: the text before it in its clause ("港联奖学金自2012年起颁发",
    "港联奖学金连续十四年支持基层学生": 港联奖学金). Chinese puts the subject whose start is dated first and what it
    does after the date, so two starts of one subject may name different acts (颁发, 支持) and still date one start.
    Kept as written (the company's name is part of a programme's name), less quotes, spaces and punctuation."""
    c_start, c_end = _span(masked, at, at, CLAUSE)
    if AWARDED.search(masked, at, c_end):
        return ""
    return TOPIC_END.sub("", TOPIC_NOISE.sub("", masked[c_start:at]))


# "自2009年设立松林助学金以来": with no subject before 自, the object of the verb of starting written straight after the
# year, up to 以来 or 起, is what started, and so the subject a run of years of it is said of ("松林助学金已连续十五年")
SET_UP_SINCE = re.compile(r"\s*(?:" + START_WORDS.pattern + r")\s*了?([^，,。；;！？\n]{2,20}?)\s*(?:以来|起)")


def _set_up_since(masked: str, at: int) -> str:
    m = SET_UP_SINCE.match(masked, at)
    return TOPIC_NOISE.sub("", m.group(1)) if m else ""


def _started(masked: str, verb: re.Match[str]) -> str:
    """What a milestone line says started, when it is written before the verb that ends the clause ("2021年：德贤（佛山）
    职业技术学院开办", as in "…学院自2020年起"). With an object after the verb ("2016年，研究院成立网络行为研究中心")
    the object is what started, and the words before are who started it: no topic."""
    clause_end = _span(masked, verb.end(), verb.end(), CLAUSE)[1]
    return "" if OBJECT.search(masked, verb.end(), clause_end) else _topic(masked, verb.start())


OBJECT = re.compile(r"[^\s了。；;，,、）)]")  # anything after the verb but its aspect particle and punctuation
TOPIC_NOISE = re.compile(r"^[-*+•]|[\s《》“”「」『』\"'（）()、]")
# "冠隆奖学金已连续十五年", "委员会于2019年成立": an adverb or a preposition between the subject and its year
TOPIC_END = re.compile(r"(?:已经|已|于|在|则|亦|也|均|都|还|仍然|仍|一直|始终|更|又)+$")


def _year_before(masked: str, at: int) -> int | None:
    """The last year written before `at` in its sentence: the year "同年" refers back to."""
    s_start = _span(masked, at, at, SENTENCE_END)[0]
    years = YEAR_WRITTEN.findall(masked, s_start, at)
    return int(years[-1]) if years else None


def _sentences(text: str):
    start = 0
    for m in SENTENCE_END.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


FOUNDED = re.compile(r"(?:成立|创立|创办|组建|注册成立)于?\s*$|^\s*(?:成立|创立|创办)")
OWN = frozenset({"公司", "本公司", "集团", "本集团", "我们", "本行", "我行"})
FOUNDING = "《本公司成立"  # a title-like word: two sentences with it state one event, the company's founding


def _founding(event: Event, company: frozenset[str]) -> Event:
    """"云航航空成立于2005年" and "云航航空股份有限公司成立于2004年" both date the reporting company's founding,
    whatever else their words share: a start whose subject is only the company's own name (or 公司, 集团)."""
    if event.kind != "start" or not company:
        return event
    masked = _mask(event.scalar)
    clause_start = max((m.end() for m in CLAUSE.finditer(masked, 0, event.start)), default=0)
    before = masked[clause_start : event.start]
    words = segment(before)
    named = [w for w in words if len(w.strip()) > 1 and not FOUNDED.search(w)]  # 本 / 公司: single characters name nothing
    # "成立于2005年", "2005年成立" (the verb read with the year: "于1952年创立"), "自2005年创立以来"
    if not FOUNDED.search(before + event.printed[:4]) and not FOUNDED.search(masked[event.start : event.start + 8]) \
            and not FOUNDED.search(event.printed):
        return event
    if named and all(w in company or w in OWN for w in named):
        return replace(event, words=event.words | {FOUNDING})
    if not named and SINCE_FOUNDED.match(masked, clause_start) and _company_next(masked, event, company):
        return replace(event, words=event.words | {FOUNDING})
    return event


# "自1956年创立以来，耀光煤气一直…": a clause of time with no subject of its own (自 / 从 … 以来) dates the founding of
# the subject of the clause after it, when that is the company
SINCE_FOUNDED = re.compile(r"\s*(?:自|从)\s*[^，,。；;：:]*?(?:成立|创立|创办)(?:以来|至今|起)")


def _company_next(masked: str, event: Event, company: frozenset[str]) -> bool:
    ends = [m.end() for m in CLAUSE.finditer(masked, event.start + len(event.printed))]
    if not ends:
        return False
    following = CLAUSE.split(masked[ends[0]:], maxsplit=1)[0]
    words = [w for w in segment(following) if len(w.strip()) > 1]
    return bool(words) and (words[0] in company or words[0] in OWN)


def events(report: Report) -> list[Event]:
    years = report_years(report)
    year = max(years) if years else None
    name = reading(report.manifest.company.zh or "")
    company = _name_words(name)
    found: list[Event] = []
    # events_in reads a string's text alone (and the report's year): a string written again is read once per run
    # and its events given the new string's place
    seen: dict[str, list[Event]] = {}
    for use in texts(report):
        if "metrics" in use.origin.path or not use.text.zh:
            continue
        read = seen.get(use.text.zh)
        if read is None:
            read = seen[use.text.zh] = [_founding(e, company) for e in events_in(reading(use.text.zh), use.origin.child("zh"), year)]
        elif read:
            origin = use.origin.child("zh")
            read = [replace(e, origin=origin) for e in read]
        found.extend(_without_action(_not_own(e, company)) for e in read)
    from .listing import listing_marks   # a listing is marked as the founding is; listing.py reads no Event type

    return listing_marks(found, company)


# The legal form the segmenter may glue to the trade before it (矿业集团 of 青山矿业集团股份有限公司): the trade alone
# (青山矿业) is how the company's short name is written
LEGAL_END = re.compile(r"(?:集团|控股|股份|公司)$")


def _name_words(name: str) -> frozenset[str]:
    """The words of the company's name, and each trade word without the legal form glued to it."""
    words = {w for w in segment(name) if w.strip()} if name else set()
    return frozenset(words | {LEGAL_END.sub("", w) for w in words if len(LEGAL_END.sub("", w)) >= 2})


def _not_own(event: Event, company: frozenset[str]) -> Event:
    """A start said of what the company does with someone ("自2018年起，通达公路与昭平县结对"): the company's own name
    says whose start it is, as 我们 and 本公司 do ("我们已连续8年结对帮扶昭平县"), not which thing started, and would
    make two statements of one start read less alike. Its founding keeps its mark (_founding)."""
    if event.kind != "start" or not company:
        return event
    own = {w for w in event.words if w in company and len(w) >= 2}
    rest = event.words - own
    return replace(event, words=rest) if own and len([w for w in rest if not w.startswith("《")]) >= 2 else event
