"""N225: a run of years without an event ("连续三年零死亡", "自2023年起未发生因工死亡事故") against the rest of the report.

Safety and compliance pages count years without a fatality, a serious accident or a fine. Such a run
ends in the report year and starts a known year: 连续三年 in a 2024 report covers 2022-2024, 自2023年起
covers 2023-2024. Two statements of one run disagree when they start in different years, and a run is
broken by any count above zero of its event in one of its years (a table row "员工因工死亡人数" with 1 in
2022). What a run is of is read from its clause: the words after 零/未发生 (零死亡, 未发生因工死亡事故), or
before them when those only say "an accident" (因工死亡零事故); whose run it is, from the groups it names
(员工, 承包商). A run and a count of different groups are left alone; a count of a group the run does not
name (承包商 under "公司连续三年零死亡") may or may not be inside it and is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..claims import Claim, claims_of
from ..claims.events import count_of
from ..claims.extract import locate, report_years
from ..claims.script import reading
from ..claims.subject import content_words
from ..claims.thesaurus import fold
from ..diagnostics import Diagnostic, Related, Severity
from ..facts import MASK
from ..model import Origin, Report
from ..walk import texts

RUN = re.compile(r"连续\s*([0-9]+|[一二两三四五六七八九十]+)\s*年")
SINCE = re.compile(r"(?:自|从)\s*((?:19|20)\d\d)\s*年\s*(?:起|以来|开始)?|((?:19|20)\d\d)\s*年\s*(?:起|以来)")
# "零死亡", "未发生…", "无…", "因工死亡为零": the run is of an event that did not happen
ZERO = re.compile(r"零(?!售|部件|件|距离|星|散|钱|时|点|度|下|食|工(?!亡))|未(?:曾)?(?:发生|出现|录得|有|发现|出)|没有|为\s*[零0](?![.\d])"
                  r"|(?<![并从])无(?!偿|障碍|人|纸|线|害|菌|碳|废|烟|论|法|限|缝|形|私|需|疑|间|关|锡|数|比|穷|可|不)")
CLAUSE = re.compile(r"[，,；;。！？!?\n：:｜|]")
SENTENCE = re.compile(r"[。！？!?\n]")
# Words that only say "an event of some kind": 零事故 is 零 of what the clause names before it
GENERIC = frozenset({"事故", "个案", "案件", "事件", "情况", "任何", "发生", "实现", "录得", "出现", "保持", "达到", "继续",
                     "记录", "生产", "安全生产", "生产安全", "期间", "全年", "年度", "目标", "人数", "宗", "起"})
# Whose run it is; 雇员/职工 fold to 员工 (claims/thesaurus.py)
GROUPS = frozenset({"员工", "承包商", "分包商", "分判商", "外包人员", "供应商", "乘客", "旅客", "客户", "公众", "第三方"})
OWN = frozenset({"公司", "本公司", "集团", "本集团", "我们", "本行", "我行"})
COUNTED = frozenset({"yuan", "percent"})  # money and shares are no counts of events


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # the first year without the event
    printed: str  # 连续三年, 自2023年起
    of: frozenset[str]  # what did not happen: 因工, 死亡
    groups: frozenset[str]  # whose: 员工
    origin: Origin
    scalar: str
    at: int  # offset of `printed` in the string
    sentence: tuple[Origin, int]
    stated: bool  # the start year is written (自2023年起), not counted back


def _clause(text: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in CLAUSE.finditer(text, 0, at)), default=0)
    end = CLAUSE.search(text, at)
    return start, end.start() if end else len(text)


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in SENTENCE.finditer(text, 0, at)), default=0)


KIND = re.compile(r"(?:事故|个案|案件|事件|情况)$")  # 死亡事故 is a death: the kind of event is the word before
WORK_DEATH = re.compile(r"工亡|因工死亡|工作相关死亡|因工作关系而?死亡")  # one event in the words of several standards


def _words(text: str) -> frozenset[str]:
    words = content_words(fold(WORK_DEATH.sub("因工死亡", text)))
    return frozenset(KIND.sub("", w) or w for w in words) - GENERIC - OWN


def _event_words(clause: str) -> frozenset[str] | None:
    """What a clause with 零/未发生 says did not happen, or None when it says no such thing."""
    zero = ZERO.search(clause)
    if zero is None:
        return None
    after = _words(clause[zero.end():])
    if after:
        return frozenset(after - GROUPS) or None
    before = _words(RUN.sub(" ", clause[: zero.start()])) - GROUPS
    return frozenset(before) or None


def runs_in(scalar: str, origin: Origin, year: int) -> list[Run]:
    text = MASK.sub(lambda m: " " * len(m.group(0)), reading(scalar))
    found = []
    for m in RUN.finditer(text):
        n = count_of(m.group(1))
        if not n or not 1 <= n < 100:
            continue
        c_start, c_end = _clause(text, m.start())
        of = _event_words(text[m.end():c_end]) or _event_words(text[c_start:c_end])
        if of is None:
            continue  # "连续18年安全飞行": a run of something done, which the start-year check compares (N216)
        s_start = _sentence_start(text, m.start())
        since = SINCE.search(text, s_start, m.start())
        start = year - n + 1
        groups = content_words(fold(text[c_start:c_end])) & GROUPS
        found.append(Run(start, m.group(0), of, frozenset(groups), origin, scalar, m.start(), (origin, s_start), False))
        if since:  # "自2022年起连续三年未发生…": the two must say one start
            stated = int(since.group(1) or since.group(2))
            found.append(Run(stated, since.group(0), of, frozenset(groups), origin, scalar, since.start(), (origin, s_start), True))
    for m in SINCE.finditer(text):
        s_start = _sentence_start(text, m.start())
        end = SENTENCE.search(text, m.end())
        s_end = end.start() if end else len(text)
        stated = int(m.group(1) or m.group(2))
        if RUN.search(text, s_start, s_end) or stated > year:
            continue  # "自2022年起连续三年…" is read with its 连续N年 above
        for piece in CLAUSE.split(text[m.end():s_end]):  # "自2023年起，集团未录得任何因工死亡个案": the clause denying it
            of = _event_words(piece) if ZERO.search(piece) else None
            if of:
                groups = content_words(fold(piece)) & GROUPS
                found.append(Run(stated, m.group(0), of, frozenset(groups), origin, scalar, m.start(), (origin, s_start), True))
                break
    return found


def _has(words: frozenset[str], word: str) -> bool:
    return any(word in w for w in words)


def _same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """One set of event words holds the other (死亡 and 因工 死亡), each word found whole or inside a longer one."""
    return all(_has(b, w) for w in a) or all(_has(a, w) for w in b)


def _breaking(run: Run, claim: Claim, year: int) -> bool:
    """A count above zero of the run's event in one of its years."""
    fig = claim.figure
    if claim.lang != "zh" or claim.role != "plain" or fig.value is None or fig.value <= 0 or fig.qualifier is not None:
        return False
    if not fig.unit or claim.base in COUNTED or claim.base.startswith("[") or len(claim.years) != 1:
        return False
    (when,) = claim.years
    if not run.start <= when <= year or (claim.scalar is not None and (claim.origin, claim.sentence) == run.sentence):
        return False
    words = frozenset(fold(w) for w in (claim.near or claim.words)) | frozenset(fold(w) for w in claim.words)
    return all(_has(words, w) for w in run.of)


def _said(claim: Claim) -> str:
    """The words that give a count: its sentence up to the figure (its year may open the sentence), or a table row's label."""
    if claim.scalar is None:
        return claim.clause.strip()
    said = claim.scalar[claim.sentence : claim.figure.end].strip()
    return said if len(said) <= 40 else "…" + said[-39:]


def _groups(claim: Claim) -> frozenset[str]:
    """Whose count it is: the groups its own noun phrase names ("承包商因工死亡分别为2人、1人" is of 承包商 though
    its sentence named 员工 before)."""
    return frozenset(fold(w) for w in (claim.near or claim.words)) & GROUPS


def _where(report: Report, run: Run):
    return report.locate_in_text(run.origin, run.at, run.scalar)


def streaks(report: Report) -> Iterator[Diagnostic]:
    """N225: a run of years without an event broken by a count of it in one of those years, or stated
    elsewhere with another start."""
    years = report_years(report)
    if not years:
        return
    year = max(years)
    runs = []
    for use in texts(report):
        if "metrics" not in use.origin.path and use.text.zh and ("连续" in use.text.zh or "連續" in use.text.zh or "自" in use.text.zh
                                                                 or "起" in use.text.zh or "以来" in use.text.zh or "以來" in use.text.zh):
            runs.extend(runs_in(use.text.zh, use.origin.child("zh"), year))
    if not runs:
        return
    claims = [c for c in claims_of(report) if c.lang == "zh" and c.role == "plain"]
    broken: set[int] = set()
    reported: set[int] = set()
    for run in runs:
        for claim in claims:
            if not _breaking(run, claim, year):
                continue
            theirs = _groups(claim)
            if run.groups and not theirs <= run.groups:
                continue  # 员工's run and 承包商's (or 员工及承包商's) count: not the run's group alone
            sure = bool(run.groups) or theirs <= {"员工"}  # "公司连续三年零死亡" and a count of 承包商: maybe outside it
            (when,) = claim.years
            broken.add(id(run))
            yield Diagnostic("N225", Severity.ERROR if sure else Severity.WARNING,
                             f"“{run.printed}” without {'、'.join(sorted(run.of))} means none from {run.start} to {year}, but "
                             f"“{claim.figure.printed}” ({_said(claim)}) counts it in {when}"
                             + ("" if sure else f"; that count is of {'、'.join(sorted(theirs - run.groups))}, which the run may not cover"),
                             _where(report, run), hint="correct the number of years (连续N年 counts the report year) or the count",
                             related=(Related(locate(report, claim), f"{claim.figure.printed} in {when}"),))
            break
    for run in runs:
        if id(run) in broken or _supported(run, runs):
            continue
        others = [o for o in runs if o is not run and id(o) not in broken and o.start != run.start and o.groups == run.groups and _same_event(o.of, run.of)]
        if not others or any(id(o) in reported for o in others):
            continue
        right = next((o for o in others if _supported(o, runs)), others[0])
        reported.add(id(run))
        yield Diagnostic("N225", Severity.ERROR,
                         f"“{run.printed}” without {'、'.join(sorted(run.of))} starts in {run.start}, but “{right.printed}” "
                         f"starts it in {right.start}",
                         _where(report, run), hint="correct the number of years (连续N年 counts the report year) or the start year",
                         related=(Related(_where(report, right), f"{right.printed}: from {right.start}"),))


def _supported(run: Run, runs: list[Run]) -> bool:
    """A run whose start is written (自2022年起), or agrees with one that is written."""
    return run.stated or any(o.stated and o.start == run.start and o.groups == run.groups and _same_event(o.of, run.of) for o in runs)
