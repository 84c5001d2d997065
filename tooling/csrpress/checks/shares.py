"""Share checks (N217): "A…，占B的N%" recomputed from the part and the whole, wherever the whole is stated.

The part is the plain figure nearest before the share in its sentence ("35岁以下员工11,240人，占员工总数的
48.6%"); the whole is the figure before "其中" in the same sentence ("486家供应商…其中157家…占比36.2%"), else
the statement of the whole the share names ("员工总数") found anywhere in the report by its subject
words (claims/group.py), when one value is plainly meant. A share that disagrees is an error; so a
share that implies another whole than the report states is reported too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from .. import numbers
from ..claims import Claim, zh_claims
from ..claims.extract import SENTENCE_END, anchor, by_sentence, locate, shown
from ..claims.group import AMONG, Weights, periods_agree, weights_of
from ..claims.relate import AGREE, in_units_of, relation
from ..claims.script import reading
from ..claims.subject import ASPECT, MASK_CHAR, content_words, segment
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from .derived import share_claims
from .tables import _slack

WHOLE = re.compile(r"占\s*([^，。；、：%]{1,20}?)\s*(?:的|比重|比例)?\s*(?:比例|比重)?\s*(?:为|达|约)?\s*$")
PART_OF = re.compile(r"其中")
# "运营船队142艘中，LNG双燃料船舶24艘，占比18.9%", "在1,200名员工中，女性…": a figure followed by 中 (among them) and a
# clause mark is the whole its next figure is a part of, as a figure before 其中 is
AMONG_FIGURE = re.compile(r"^[^，,。；;、\d]{0,8}?中\s*[，,：:]")
NEEDED = 0.6  # how alike the share's whole and a stated figure must be to take that figure as the whole
SECOND = 0.4  # a statement this alike (the table's "合计，员工人数") settles which of two disagreeing wholes is meant
HUNDRED = Decimal(100)


_BY_BASE: dict[int, tuple[list[Claim], dict[str, list[Claim]]]] = {}


def _of_base(claims: list[Claim], base: str) -> list[Claim]:
    """The plain claims of one unit base, indexed once per claim list (a sentence's few are filtered)."""
    if len(claims) < 50:
        return [c for c in claims if c.role == "plain" and c.base == base]
    hit = _BY_BASE.get(id(claims))
    if hit is None or hit[0] is not claims:
        index: dict[str, list[Claim]] = {}
        for c in claims:
            if c.role == "plain":
                index.setdefault(c.base, []).append(c)
        _BY_BASE.clear()
        hit = _BY_BASE[id(claims)] = (claims, index)
    return hit[1].get(base, [])


_BY_SENTENCE: dict[int, tuple[list[Claim], dict[tuple[str, int, int], list[Claim]]]] = {}


def _of_base_in_sentence(claims: list[Claim], part: Claim) -> list[Claim]:
    """The plain claims of `part`'s unit base in its sentence of the same string (the string read, by identity), in
    the order of `claims`; indexed once per claim list: every candidate whole asks for its own sentence, and a scan
    of every claim of the base for each was most of N217 on a 1,000-chapter report (seconds)."""
    if len(claims) < 50:
        return [c for c in _of_base(claims, part.base) if c.reading is part.reading and c.sentence == part.sentence]
    hit = _BY_SENTENCE.get(id(claims))
    if hit is None or hit[0] is not claims:
        index: dict[tuple[str, int, int], list[Claim]] = {}
        for c in claims:
            if c.role == "plain":
                index.setdefault((c.base, id(c.reading), c.sentence), []).append(c)
        _BY_SENTENCE.clear()
        hit = _BY_SENTENCE[id(claims)] = (claims, index)
    return hit[1].get((part.base, id(part.reading), part.sentence), [])


CLOSE = 0.15  # a declared metric this much less alike than the best statement still anchors the whole


def _whole_before_among(part: Claim, claims: list[Claim]) -> frozenset[str]:
    """The words of the whole a part is listed under: "总保费收入2,386.4亿元，其中人寿保险1,512.8亿元、财产保险873.6亿元"
    states 财产保险 of 保费收入, so a share of 财险保费收入 is of that part, not of the total. The whole is the
    last figure of the part's unit before 其中 (当中) in the part's sentence; nothing when there is none."""
    text = part.reading or ""
    among = [m.start() for m in PARTS_FOLLOW.finditer(text, part.sentence, part.figure.start)]
    if not among:
        return frozenset()
    before = [c for c in _of_base_in_sentence(claims, part) if c.figure.end <= among[-1]]
    return max(before, key=lambda c: c.figure.end).near if before else frozenset()


def _subject(other: Claim, claims: list[Claim]) -> frozenset[str]:
    """What a statement names when taken as the whole of a share: its noun phrase (a metric's words), the whole it
    is listed under (_whole_before_among), and what the counted do."""
    subject = (other.near if other.scalar is not None or other.near else other.words) | _whole_before_among(other, claims)
    # "全年有1,380名员工参与志愿服务" counts the employees who volunteered (what they do, Claim.predicate, says
    # which of them), not the workforce a share of 员工总数 is taken of
    return subject | other.predicate


_SUBJECTS: dict[int, tuple[list[Claim], dict[str, tuple[list[tuple[Claim, frozenset[str]]], dict[str, list[int]]]]]] = {}


def _sharing_a_word(words: frozenset[str], base: str, claims: list[Claim]) -> list[tuple[Claim, frozenset[str]]]:
    """(statement, its _subject) for the plain claims of `base` whose subject or words share a word with `words`, in
    the order of `claims` (the others cannot be the whole: nothing shared). Each claim's subject is worked out once
    per claim list and indexed by word: every share scanned every claim of its unit and read the sentence of each
    (on the 1,012-chapter bench 400,000 readings for 224 shares)."""
    if len(claims) < 50:
        return [(o, _subject(o, claims)) for o in _of_base(claims, base)]
    hit = _SUBJECTS.get(id(claims))
    if hit is None or hit[0] is not claims:
        _SUBJECTS.clear()
        hit = _SUBJECTS[id(claims)] = (claims, {})
    indexed = hit[1].get(base)
    if indexed is None:
        entries = [(o, _subject(o, claims)) for o in _of_base(claims, base)]
        by_word: dict[str, list[int]] = {}
        for i, (o, subject) in enumerate(entries):
            for w in subject | o.words:
                by_word.setdefault(w, []).append(i)
        indexed = hit[1][base] = (entries, by_word)
    entries, by_word = indexed
    found: set[int] = set()
    for w in words:
        found.update(by_word.get(w, ()))
    return [entries[i] for i in sorted(found)]


def _stated_whole(words: frozenset[str], part: Claim, claims: list[Claim], weights: Weights) -> Claim | None:
    """The one statement of the whole the share names, or None if none or several values fit."""
    best: list[tuple[float, Claim]] = []
    seconds: list[Claim] = []  # less alike statements that may still say which of two values is the whole
    for other, subject in _sharing_a_word(words, part.base, claims):
        if other is part or not periods_agree(other, part):
            continue
        shared = words & (subject | other.words)
        if not shared:
            continue
        sim = weights.weight(shared) / weights.weight(words | subject)
        if sim >= NEEDED:
            best.append((sim, other))
        elif sim >= SECOND:
            seconds.append(other)
    if not best:
        return None
    top = max(s for s, _ in best)
    declared = [(s, o) for s, o in best if o.metric_id and s >= top - CLOSE]
    if declared:
        # a declared metric anchors the whole (the text may state it wrongly elsewhere), unless a statement names
        # the whole much better (the text's 财产保险 part of 保费收入 for 财险保费收入, not the table's total)
        best = declared
    top = max(s for s, _ in best)
    chosen = [o for s, o in best if s == top and o.figure.qualifier is None]  # 近8,000名 names no exact whole
    if not chosen:
        return None
    exact = min(chosen, key=lambda o: o.figure.precision)
    # several statements of the whole are fine while they agree (24,637人 and 2.46万人)
    if all(relation(exact.figure, o.figure) == AGREE for o in chosen):
        return exact
    # they disagree ("员工总数41,236人" here, "41,263人" there: a slip the same-fact check reports): the value
    # more statements give is the whole, if one is plainly so
    voters = chosen + seconds
    support = {id(c): sum(relation(c.figure, o.figure) == AGREE for o in voters) for c in chosen}
    top = max(chosen, key=lambda c: support[id(c)])
    rivals = [c for c in chosen if relation(top.figure, c.figure) != AGREE]
    return top if all(support[id(c)] < support[id(top)] for c in rivals) else None


WHOLE_WORD = re.compile(r"总数|总量|总额|总体|全部|总人数|整体")  # "占总数的46.2%": the whole of what the part counts
UNNAMED = re.compile(r"^\s*[^，。；]{0,3}[，,]?\s*(?:占比|比例为|比重为)\s*(?:为|达|约)?\s*$")  # "境外员工1,517人，占比5.3%"


RESTATED = re.compile(r"^\s*[，,]\s*([^，,。；;、\d]{2,8}?)\s*(?:占比|比例为|比重为|比例|比重)\s*(?:为|达|约)?\s*$")


def _restated(text_before: str, part: Claim) -> bool:
    """"女性员工32,650人，女性员工占比69.5%": the share names its part again, and no whole, like a bare 占比."""
    again = RESTATED.match(text_before)
    words = content_words(reading(again.group(1))) if again else frozenset()
    return bool(words) and words <= (part.near | part.words)


def _whole_of(part: Claim) -> frozenset[str]:
    """The whole a share of `part` is taken of when "占比" names none: A in "A中B 2,612家", else the
    counted noun without its modifier ("境外员工1,517人" -> 员工). Nothing when no modifier narrows it."""
    clause = reading(part.clause)  # 境外員工 reads as 境外员工
    at = clause.find(part.figure.printed)
    before = clause[:at] if at > 0 else ""
    among = AMONG.match(before.strip())
    if among:
        return content_words(among.group(1))
    words = [w for w in segment(before) if w in content_words(before)]
    return frozenset(words[-1:]) if len(words) >= 2 else frozenset()


NAMED_PART = re.compile(r"([^，。；、：:（(]{2,16}?)的?(?:占比|比例|比重)\s*(?:为|达|约为?)?\s*$")  # "女性员工占比45.2%"


# "数据中心耗电占总耗电量的32.6%": a part and a whole named, neither figure in the sentence
PART_AND_WHOLE = re.compile(r"([^，。；、：:（(）)]{2,16}?)占\s*([^，。；、：:%]{2,16}?)\s*的?\s*(?:比例|比重)?\s*(?:为|达|约)?\s*$")


def _only_statement(words: frozenset[str], share: Claim, claims: list[Claim], base: str | None,
                    within: frozenset[str] | None = None) -> Claim | None:
    """The one value stated for exactly these subject words (a metric first), in the share's period; with
    `within`, for a part of them that keeps a word only they have (the row "其中：数据中心" of 数据中心耗电)."""
    def named(c: Claim) -> bool:
        subject = (c.near or c.words) - {"其中"}
        return subject == words or within is not None and subject < words and (bool(subject - within) or _done_to(c, words))
    found = [c for c in claims if c.role == "plain" and c is not share and c.figure.kind != "percent" and c.base
             and (base is None or c.base == base) and c.figure.qualifier is None and c.figure.value
             and named(c) and periods_agree(c, share)]
    declared = [c for c in found if c.metric_id]
    found = declared or found
    if not found or any(relation(found[0].figure, c.figure) != AGREE for c in found):
        return None
    return found[0]


def _done_to(c: Claim, words: frozenset[str]) -> bool:
    """"对312家供应商开展ESG现场审核" counts 经审核的供应商: the part's name is its counted noun (the figure's own
    noun phrase, nothing more) and what its clause says was done to them, written after the noun."""
    return c.scalar is not None and bool(c.near) and words <= c.words


def _only_fuller_metric(words: frozenset[str], share: Claim, claims: list[Claim], base: str) -> Claim | None:
    """The one declared metric of the share's period whose label names the part with more words than the share's
    shorthand ("长者优惠乘客人次" for the row 长者两元乘车优惠乘客人次), when nothing states the part in exactly its
    words: a table spells out the row a sentence abbreviates. None when several metrics do, or a figure in the
    label narrows it (30岁以下女性员工 is a part of 女性员工, not its statement)."""
    found = [c for c in claims if c.metric_id and c.role == "plain" and c.scalar is None and c.base == base
             and c.figure.qualifier is None and c.figure.value and words < c.near
             and not any(w.startswith(MASK_CHAR) for w in c.near) and not (c.near - words) & ASPECT
             and periods_agree(c, share)]
    return found[0] if len(found) == 1 else None


def _share_of_named_part_and_whole(report: Report, share: Claim, part_text: str, whole_text: str, claims: list[Claim],
                                   weights: Weights) -> Iterator[Diagnostic]:
    """N217 (warning) for "A占B的N%" whose part and whole are each stated once, exactly so named, elsewhere."""
    fig = share.figure
    part_words, whole_words = content_words(part_text), content_words(whole_text)
    # "占全部在册供应商的": 全部/总数 say the whole is all of what it names, not which whole
    whole_words = frozenset(w for w in whole_words if not WHOLE_WORD.fullmatch(w)) or whole_words
    if not part_words or not whole_words or part_words == whole_words:
        return
    whole = _only_statement(whole_words, share, claims, None)
    part = (_only_statement(part_words, share, claims, whole.base, within=whole_words)
            or (_only_fuller_metric(part_words, share, claims, whole.base) if len(part_words) >= 2 else None)) if whole else None
    if len(part_words) < 2 and (part is None or part.metric_id is None):
        return  # one word names no part of a larger whole, unless a declared metric is named by it alone (医生（人）)
    if part is not None and not _done_to(part, part_words) and (part.near or part.words) - {"其中"} <= whole_words:
        return  # the part names nothing the whole does not: it is the whole
    if part is None or whole is None:
        return
    yield from _found_elsewhere(report, share, part, whole, f"{part_text.strip()} in {whole_text.strip()}", at_most_all=True)


def _found_elsewhere(report: Report, share: Claim, part: Claim, whole: Claim, named: str,
                     at_most_all: bool = False) -> Iterator[Diagnostic]:
    """N217 (warning) for a share whose part and whole were found by their words elsewhere in the report."""
    fig = share.figure
    if not whole.figure.value:
        return
    converted = in_units_of(part.figure, whole.figure)
    if converted is None or converted.value is None:
        return
    ratio = converted.value / whole.figure.value * HUNDRED
    if fig.low <= ratio <= fig.high or fig.qualifier is not None or (at_most_all and ratio > HUNDRED):
        return  # more than the whole: the words found another fact, not this share's part
    yield Diagnostic("N217", Severity.WARNING,
                     f"share “{fig.printed}” of {named}: {shown(part)} / {shown(whole)} = "
                     f"{ratio.quantize(Decimal('0.1'))}%, the part and the whole as the report states them elsewhere",
                     locate(report, share), hint="correct the share, or the figure of the part or the whole",
                     related=(Related(locate(report, part), f"the part, {shown(part)}"),
                              Related(locate(report, whole), f"the whole, {shown(whole)}")),
                     anchor=anchor(share))


def _share_of_a_named_part(report: Report, share: Claim, claims: list[Claim], weights: Weights) -> Iterator[Diagnostic]:
    """"女性员工占比45.2%", its sentence stating neither figure: the part is the one statement of exactly that
    group (女性员工5,000人), the whole the group without its modifier (员工总数12,345人). A warning: both
    are found by their words, not written beside the share."""
    fig = share.figure
    both = PART_AND_WHOLE.search(share.reading[share.sentence : fig.start])
    if both is not None:
        yield from _share_of_named_part_and_whole(report, share, both.group(1), both.group(2), claims, weights)
        return
    named = NAMED_PART.search(share.reading[share.sentence : fig.start])
    if named is None or AMONG.match(named.group(1)):
        return  # "管理层中女性占比30%": a part of a part no figure states
    said = [w for w in segment(named.group(1)) if w in content_words(named.group(1))]
    if len(said) < 2:
        return  # one word names no part of a larger whole
    words = frozenset(said)
    parts = [c for c in claims if c.role == "plain" and c is not share and c.figure.kind != "percent" and c.base
             and c.figure.qualifier is None and c.figure.value and c.near - {"其中"} == words and periods_agree(c, share)]
    if not parts or any(relation(parts[0].figure, p.figure) != AGREE for p in parts):
        return
    part = parts[0]
    whole = _stated_whole(frozenset(said[-1:]), part, claims, weights)
    if whole is not None:
        yield from _found_elsewhere(report, share, part, whole, named.group(1).strip())


def _several_parts_fit(before: list[Claim], part: Claim, whole: Claim, fig) -> bool:
    """Whether the figures right before the share, in the part's unit, add up to the share of the whole."""
    total = Decimal(0)
    for claim in reversed(before):
        if claim is whole or claim.base != part.base or claim.figure.value is None:
            break
        converted = in_units_of(claim.figure, whole.figure)
        if converted is None or converted.value is None:
            break
        total += converted.value
        if claim is not part and fig.low <= total / whole.figure.value * HUNDRED <= fig.high:
            return True
    return False


def _name(claim: Claim) -> str:
    return f"`{claim.metric_id}`" if claim.metric_id else f"“{claim.clause.strip()}”"


def _fits_own_whole(share: Claim, before: list[Claim], part: Claim, fig) -> bool:
    """The figure before 其中 in the share's sentence, which the share's "该矿员工总数" or "总数" refers back to,
    gives the share: the whole named by words elsewhere in the report is another (the next mine's) workforce."""
    if len(before) < 2 or not PART_OF.search(share.reading[before[-2].figure.end : part.figure.start]):
        return False
    own = before[-2]
    converted = in_units_of(part.figure, own.figure)
    if converted is None or not own.figure.value:
        return False
    return fig.low <= converted.value / own.figure.value * HUNDRED <= fig.high


def _another_whole_fits(words: frozenset[str], part: Claim, whole: Claim, fig, claims: list[Claim], weights: Weights) -> bool:
    """Whether another statement that the share's words name well enough to settle a tie (SECOND) gives the
    printed share exactly. A whole found by its words elsewhere is a guess: "占全年销量的1.5%" reads "销量" as
    well in "整车销量126.8万辆" as in a bare "全年销量61.5万辆" whose topic (新能源汽车) was said before a colon;
    when one of the plausible wholes gives the share, that is the one the writer divided by."""
    for other in _of_base(claims, part.base):
        if other is part or other is whole or other.figure.qualifier is not None or not other.figure.value:
            continue
        if not periods_agree(other, part):
            continue
        subject = other.near if other.scalar is not None or other.near else other.words
        shared = words & (subject | other.words)
        if not shared or weights.weight(shared) / weights.weight(words | subject) < SECOND:
            continue
        converted = in_units_of(part.figure, other.figure)
        if converted is not None and converted.value is not None \
                and fig.low <= converted.value / other.figure.value * HUNDRED <= fig.high:
            return True
    return False


def _whole_before_its_parts(words: frozenset[str], part: Claim, before: list[Claim], share: Claim) -> Claim | None:
    """"董事会由13名董事组成，其中执行董事3名、…独立非执行董事5名，独立董事占董事会成员的35.7%": the figure before
    其中 is the whole its sentence divides into parts, and a share of a whole named with a word of that figure's
    subject (董事会) is of it, however the writer rephrases the whole (董事会成员)."""
    for k in range(len(before) - 2, -1, -1):
        own = before[k]
        if own.base != part.base or not own.figure.value:
            continue
        if PART_OF.search(share.reading[own.figure.end : before[k + 1].figure.start]):
            # 三万七千余人 names no exact whole: a statement elsewhere (the table's row) is the better divisor
            return own if words & (own.near | own.words) and own.figure.qualifier is None else None
    return None


# "…已达两千七百余人，飞行员占员工总数的15.7%": the share names its part (飞行员) right after the figure before it
OWN_PART = re.compile(r"^\s*[，,]\s*([^，。；、：:（(）)\d]{2,12}?)占\s*[^，。；、：:%]{2,16}?\s*的?\s*(?:比例|比重)?\s*(?:为|达|约)?\s*$")


def _exact_part(share: Claim, part: Claim, text_before: str, claims: list[Claim]) -> Claim | None:
    """The exact statement of the part a share names, where the figure before it is only approximate
    ("两千七百余人，飞行员占员工总数的15.7%" and the table's 飞行员 2,946): a writer divides the exact figures and
    rounds the prose, so the share is recomputed from that statement (the approximate figure's own digits,
    2,700 of 两千七百余人, would give another share), and an approximate figure it falls outside is itself a
    slip. None when the part is exact, the share names no part, or the part named is stated with more than
    one value."""
    if part.figure.qualifier is None:
        return None
    named = OWN_PART.match(text_before)
    words = content_words(named.group(1)) if named else frozenset()
    if not words:
        return None
    exact = _only_statement(words, share, claims, part.base)
    return exact if exact is not None and exact.figure.value is not None else None


def _approximate_part(report: Report, share: Claim, part: Claim, exact: Claim) -> Diagnostic:
    """N217 for the approximate figure before a share that the exact statement of the part it names falls outside."""
    return Diagnostic("N217", Severity.ERROR,
                      f"“{part.figure.printed.strip()}” before the share “{share.figure.printed}” is the part it names, "
                      f"stated {shown(exact)} by {_name(exact)}: the approximate figure does not hold it",
                      locate(report, part), hint="correct the approximate figure, or the exact statement of the part",
                      related=(Related(locate(report, exact), f"the part, {shown(exact)}"),), anchor=anchor(part))


def _whole_of_sentence_before(share: Claim, part: Claim, sentences) -> Claim | None:
    """"…产生飞灰42.18万吨，安全处置率100%。其中填埋的飞灰31.62万吨，占比81.2%": a sentence that opens with 其中 (of
    which) divides what the sentence before it stated, as 其中 does within one sentence. The whole is the last figure
    of the part's unit in that sentence whose subject shares a word with the part's (not another kind of waste
    listed beside it); None when the share's sentence does not open with 其中 or no such figure is there."""
    text = share.reading or ""
    if not PARTS_FOLLOW.match(text[share.sentence : part.figure.start].lstrip()) or share.sentence == 0:
        return None
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, share.sentence - 1)), default=0)
    named = part.near | part.words
    wholes = [c for c in sentences.get((share.origin, start), []) if c.role == "plain" and c.base == part.base
              and c.figure.kind != "percent" and c.figure.value and c.figure.qualifier is None
              and named & (c.near | c.words)]
    return max(wholes, key=lambda c: c.figure.end) if wholes else None


def _all_of_its_kind(named: str, words: frozenset[str], part: Claim, claims: list[Claim]) -> Claim | None:
    """"学生访客5.3万人次，占访客总数的31.2%": a whole named as all of the part's own kind (访客总数, 员工总数) is every
    one of that kind, whatever verb or topic its statements add ("接待访客18.6万人次", the row 公众开放日访客): the
    statements of the share's period and unit that count that kind and do not name the part's modifier (学生): a
    declared metric, else the largest, when every other is the same value or smaller (a part of the kind, 教师访客).
    None when the part is not a narrower kind of what the whole names."""
    if not WHOLE_WORD.search(named) or len(words) != 1:
        return None
    (kind,) = words
    modifier = part.near - {kind}
    if kind not in part.near or not modifier:
        return None
    found = [c for c in _of_base(claims, part.base) if c is not part and c.figure.kind != "percent" and c.figure.value
             and c.figure.qualifier is None and periods_agree(c, part) and kind in (c.near or c.words)
             and not modifier & (c.near | c.words) and not (c.near or c.words) & ASPECT]
    if not found:
        return None
    # a declared metric first, else the largest: all of a kind is at least any part of it (教师访客 beside 学生访客)
    whole = next((c for c in found if c.metric_id), max(found, key=lambda c: c.figure.value))
    fits = all(relation(whole.figure, c.figure) == AGREE or c.figure.value < whole.figure.value for c in found)
    return whole if fits else None


def share_of_whole(report: Report) -> Iterator[Diagnostic]:
    claims = zh_claims(report)
    weights = weights_of(claims)
    sentences = by_sentence(claims)
    n205: set | None = None
    for share in claims:
        fig = share.figure
        if share.role != "share" or fig.kind != "percent" or fig.value is None or share.scalar is None:
            continue
        here = sorted(sentences.get((share.origin, share.sentence), []), key=lambda c: c.figure.start)
        before = [c for c in here if c.figure.end <= fig.start and c.role == "plain" and c.figure.kind != "percent"]
        if not before:
            yield from _share_of_a_named_part(report, share, claims, weights)
            continue
        inside = _whole_inside(share, before)
        if inside is not None:
            found = list(_disagrees(report, share, *inside, implied_whole=False))
            if found and n205 is None:  # a part and a whole that are both metrics: N205 says it (derived.share_claims)
                n205 = {d.location for d in share_claims(report)}
            yield from (d for d in found if d.location not in (n205 or ()))
            continue
        part = before[-1]
        text_before = share.reading[part.figure.end : fig.start]
        exact = _exact_part(share, part, text_before, claims)
        if exact is not None and relation(part.figure, exact.figure) != AGREE:
            yield _approximate_part(report, share, part, exact)
        near, part = part, exact or part  # the figure before the share, and the part it is divided from
        named = WHOLE.search(text_before)
        whole: Claim | None = None
        words = frozenset(content_words(named.group(1))) if named else frozenset()
        if words:
            # the whole stated in the share's own sentence first ("员工总数41,236人，…，占员工总数的46.8%")
            whole = (_stated_whole(words, part, before[:-1], weights) or _whole_before_its_parts(words, part, before, share)
                     or _stated_whole(words, part, claims, weights) or _all_of_its_kind(named.group(1), words, part, claims))
        elif len(before) >= 2 and (PART_OF.search(between := share.reading[before[-2].figure.end : near.figure.start])
                                   or AMONG_FIGURE.match(between)):
            whole = before[-2]  # "对486家供应商…，其中157家…，占比36.2%"
        if whole is None and not words and len(before) == 1 and (UNNAMED.match(text_before) or _restated(text_before, part)):
            whole = _whole_of_sentence_before(share, part, sentences)
        implied_whole = False
        if whole is None and not words and (UNNAMED.match(text_before) or _restated(text_before, part)
                                            or named and WHOLE_WORD.fullmatch(named.group(1).strip())):
            words = _whole_of(part)
            whole = _stated_whole(words, part, claims, weights) if words else None
            implied_whole = whole is not None
        if whole is None or whole.figure.value is None or part.figure.value is None:
            continue
        converted = in_units_of(part.figure, whole.figure)
        if converted is None or not whole.figure.value:
            continue
        ratio = converted.value / whole.figure.value * HUNDRED
        if fig.low <= ratio <= fig.high or fig.qualifier is not None:
            continue
        if exact is None and _several_parts_fit(before, part, whole, fig):
            continue  # "发电2,950兆瓦时，另购买证书18,000兆瓦时，可再生能源占总用电量的11.2%": the two together
        if _fits_own_whole(share, before, near, fig):
            continue  # "卡森加铜矿员工3,126人，其中…2,907人，占该矿员工总数的93.0%": the sentence's own whole gives it
        if all(whole is not c for c in here) and words and _another_whole_fits(words, part, whole, fig, claims, weights):
            continue  # the whole was found by its words elsewhere, and another as plausible statement gives the share
        yield from _disagrees(report, share, part, whole, implied_whole)


# "境内供应商1,128家，占供应商总数1,486家的78.5%": the whole stated inside the 占 phrase, right before the share; the
# figure before it is the part, when nothing is named between the two ("发电2,950兆瓦时，另购…，可再生能源占…": the
# share names its own part, which may be a sum)
WHOLE_NAMED = re.compile(r"^\s*[，,]?\s*(?:约|仅|共|合计)?占\s*[^，。；、：:%]{1,20}?\s*$")
OF_IT = re.compile(r"^\s*的?\s*(?:比例|比重)?\s*(?:为|达|约)?\s*$")


def _whole_inside(share: Claim, before: list[Claim]) -> tuple[Claim, Claim] | None:
    """(part, whole) when the share's sentence reads "part，占 <whole's name> whole 的 share", else None."""
    if len(before) < 2:
        return None
    part, whole = before[-2], before[-1]
    if not OF_IT.match(share.reading[whole.figure.end : share.figure.start]):
        return None
    if not WHOLE_NAMED.match(share.reading[part.figure.end : whole.figure.start]) or part.base != whole.base:
        return None
    return part, whole


def _disagrees(report: Report, share: Claim, part: Claim, whole: Claim, implied_whole: bool) -> Iterator[Diagnostic]:
    """N217 when the part over the whole does not round to the share."""
    fig = share.figure
    if whole.figure.value is None or part.figure.value is None or not whole.figure.value or not fig.value \
            or fig.qualifier is not None:
        return
    converted = in_units_of(part.figure, whole.figure)
    if converted is None or converted.value is None:
        return
    ratio = converted.value / whole.figure.value * HUNDRED
    if not fig.low <= ratio <= fig.high:
        implied = converted.value / fig.value * HUNDRED
        unsure = f"; the share names no whole but its part’s kind, taken to be {_name(whole)}" if implied_whole else ""
        yield Diagnostic("N217", Severity.WARNING if implied_whole else Severity.ERROR,
                         f"share “{fig.printed}”: {shown(part)} / {shown(whole)} = {ratio.quantize(Decimal('0.1'))}%"
                         f" (“{fig.printed}” would make the whole {_as_stated(implied, whole)}){unsure}",
                         locate(report, share), hint="correct the share, the part or the whole it is taken of",
                         related=(Related(locate(report, part), f"the part, {shown(part)}"),
                                  Related(locate(report, whole), f"the whole, {shown(whole)}")),
                         anchor=anchor(share))


def _as_stated(value: Decimal, whole: Claim) -> str:
    """`value` (base units) printed in the unit, scale word and precision the whole is stated in (33,610万千瓦时 ->
    “31,524万千瓦时”, not 315240000), so the writer can compare it with the whole at a glance."""
    figure = whole.figure
    step = figure.precision if figure.precision > 0 else Decimal(1)
    value = (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    exact = replace(figure, value=value, low=value, high=value, qualifier=None, printed="")
    return numbers.format_figure(exact, "zh")


# "…其中15天内办结2.38万件，办结率97.9%": a rate right after the part it is the rate of (its clause is the rate's name)
RATE_CLAUSE = re.compile(r"^\s*[，,；;]\s*([\u4e00-\u9fff]{2,6})率\s*(?:为|达|达到|约)?\s*$")


def rate_of_part(report: Report) -> Iterator[Diagnostic]:
    """N217: "受理请求2.45万件，其中15天内办结2.38万件，办结率97.9%": a rate named by the verb of the part its
    sentence has just stated, after 其中, of the whole before 其中 (回收率 after 其中回收…, 通过率 after 其中通过…) is
    the part over that whole, as the rate's own name says. Only a rate whose name's stem the part's clause writes."""
    claims = zh_claims(report)
    for here in by_sentence(claims).values():
        here = sorted(here, key=lambda c: c.figure.start)
        for k, rate in enumerate(here):
            fig = rate.figure
            if k < 2 or fig.kind != "percent" or fig.value is None or fig.qualifier is not None or rate.reading is None:
                continue
            part = here[k - 1]
            named = RATE_CLAUSE.match(rate.reading[part.figure.end : fig.start])
            if not named or part.role != "plain" or part.figure.kind == "percent" or part.figure.value is None:
                continue
            stem = named.group(1)[-2:]  # "办结率": what the part's clause says was done (办结)
            if stem not in reading(part.clause):
                continue
            among = [m.start() for m in PART_OF.finditer(rate.reading, rate.sentence, part.figure.start)]
            if not among:
                continue
            wholes = [c for c in here[: k - 1] if c.figure.end <= among[-1] and c.base == part.base
                      and c.role == "plain" and c.figure.value and c.figure.qualifier is None]
            if not wholes:
                continue
            whole = wholes[-1]
            converted = in_units_of(part.figure, whole.figure)
            if converted is None or converted.value is None:
                continue
            ratio = converted.value / whole.figure.value * HUNDRED
            if fig.low <= ratio <= fig.high or _rounds_to(ratio, fig):
                continue
            yield Diagnostic("N217", Severity.ERROR,
                             f"rate “{fig.printed}”: {shown(part)} / {shown(whole)} = {ratio.quantize(Decimal('0.1'))}%, "
                             f"the part its sentence names ({stem}) over the whole before 其中",
                             locate(report, rate), hint="correct the rate, the part or the whole",
                             related=(Related(locate(report, part), f"the part, {shown(part)}"),
                                      Related(locate(report, whole), f"the whole, {shown(whole)}")),
                             anchor=anchor(rate))


def _rounds_to(ratio: Decimal, fig) -> bool:
    """The rate as printed is the ratio rounded to its printed precision (97.1% for 97.14…%)."""
    step = fig.precision
    return step > 0 and abs(ratio - fig.value) <= step / 2


SUM_WORD = re.compile(r"(?:合计|合共|共计|总计|总共|一共|累计共)\s*(?:为|达|约)?\s*$")  # 合共: Hong Kong's 合计


def stated_sums(report: Report) -> Iterator[Diagnostic]:
    """N220: "范围一排放17.05万吨、范围二排放23.71万吨，合计40.76万吨": a sum stated after its parts in one
    sentence equals them added up, within the rounding of the printed parts."""
    claims = zh_claims(report)
    for (_, _), here in by_sentence(claims).items():
        here = sorted(here, key=lambda c: c.figure.start)
        for k, total in enumerate(here):
            fig = total.figure
            if fig.value is None or fig.qualifier is not None or total.reading is None:
                continue
            if not SUM_WORD.search(total.reading[max(0, fig.start - 8) : fig.start]):
                continue
            # "须呈报意外39宗，其中香港31宗，澳门及内地合共8宗": a figure before 其中 is the whole the parts divide,
            # never one of the parts the later total adds
            after = max((m.end() for m in PARTS_FOLLOW.finditer(total.reading, total.sentence, fig.start)), default=0)
            parts = [c for c in here[:k] if c.role == "plain" and c.base == total.base and c.figure.value is not None
                     and c.figure.start >= after]
            if len(parts) < 2 or any(p.figure.qualifier is not None for p in parts):
                continue
            converted = [in_units_of(p.figure, fig) for p in parts]
            if any(c is None for c in converted):
                continue
            added = sum((c.value for c in converted), Decimal(0))
            slack = _slack([p.figure for p in parts] + [fig])  # plain integers are exact: 3 + 4 is not 8
            if abs(added - fig.value) <= slack:
                continue
            yield Diagnostic("N220", Severity.ERROR,
                             f"“{fig.printed}” is stated as the sum of {', '.join(f'“{p.figure.printed}”' for p in parts)}, which add up to "
                             f"{format(added.normalize(), 'f')}", locate(report, total),
                             hint="correct the sum or a part; if the sum includes parts not named here, say so (其中 / 等)",
                             related=tuple(Related(locate(report, p), f"part: {p.figure.printed}") for p in parts[:4]), anchor=anchor(total))


PARTS_FOLLOW = re.compile(r"其中|当中")  # Hong Kong writes 当中 for 其中
LISTED = re.compile(r"^[^，。；]{0,16}?[，,：:]?\s*(?:包括|包含|其中包括|其中|分别为|当中)")  # "168个物业项目，包括…"


ANOTHER = re.compile(r"另有|另外|此外|还有|同时|另设|以及其他")  # a clause adding something besides the whole


def _at_precision(value: Decimal, fig) -> str:
    """A value's digits at the printed precision of the whole (1.26亿 printed like 1.36亿: '126')."""
    return str((value / fig.precision).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _one_digit_off(added: Decimal, fig) -> bool:
    """Parts that fall short of their whole by one digit other than its last, at the whole's precision (1.36亿
    followed by 0.58 + 0.41 + 0.27 = 1.26亿): a digit mistyped in the whole or a part, which a list naming only
    the main parts leaves by chance only; a shortfall in the last digit is mostly a small part left out."""
    if fig.precision <= 0 or fig.value is None:
        return False
    a, b = _at_precision(added, fig), _at_precision(fig.value, fig)
    if len(a) != len(b) or len(b) < 3:
        return False
    off = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(off) == 1 and off[0] < len(b) - 1


# The ways a headcount (or any whole) is commonly divided. "员工6,832人，其中女性1,298人、境内员工6,615人" lists two
# subsets along two ways of dividing (by sex, by place): each is a part of the whole, but they overlap, and together
# they are no split whose parts add up to it.
FACETS = {
    "sex": re.compile(r"男|女"),
    "place": re.compile(r"境内|境外|国内|国外|海外|内地|大陆|本地|外地|香港|澳门|台湾|省内|省外|区域|地区"),
    "age": re.compile(r"\d+\s*岁|岁以[上下]|后员工|青年|年轻"),
    "tenure": re.compile(r"全职|兼职|合同|劳务派遣|派遣|实习|临时|正式"),
    "rank": re.compile(r"管理层|管理人员|高级|中层|基层|高管|一线|技术人员|研发人员|生产人员|专业"),
    "group": re.compile(r"少数民族|残疾|退伍|党员|硕士|博士|本科|大专|学历"),
}


def _facets(label: str) -> set[str]:
    return {name for name, words in FACETS.items() if words.search(label)}


def _one_split(labels: list[str]) -> bool:
    """Whether the listed parts can be one division of the whole: not when two of them are named by different ways
    of dividing it (女性 / 境内员工), which are overlapping subsets, not parts to add."""
    facets = [_facets(label) for label in labels]
    named = [f for f in facets if f]
    return not any(a.isdisjoint(b) for i, a in enumerate(named) for b in named[i + 1 :])


def listed_parts(report: Report) -> Iterator[Diagnostic]:
    """N220: a whole followed by the list of its parts ("管理168个物业项目，包括住宅屋苑112个、商场及写字楼38个、
    公共及其他设施16个"): the parts add up to the whole. An error when the list says it is complete (其他,
    其余 among its items), a warning otherwise; never when it ends in 等 (a list of examples)."""
    claims = zh_claims(report)
    for here in by_sentence(claims).values():
        here = sorted(here, key=lambda c: c.figure.start)
        for k, whole in enumerate(here):
            fig = whole.figure
            if whole.role != "plain" or fig.value is None or fig.qualifier is not None or whole.reading is None:
                continue
            if re.search(r"人均|平均", re.split(r"[，,；;：:]", whole.reading[whole.sentence : fig.start])[-1]):
                continue  # an average is not the sum of its groups' averages: group_averages.py (N218) checks it
            after = here[k + 1 :]
            if len(after) < 2 or not LISTED.match(whole.reading[fig.end : after[0].figure.start]):
                continue
            parts = []
            for part in after:  # the run of same-unit figures joined by 、 / ， right after the list word
                between = whole.reading[(parts[-1].figure.end if parts else fig.end) : part.figure.start]
                if parts and not re.fullmatch(r"[^，。；0-9]{0,14}?[、，,][^，。；0-9]{0,14}", between):
                    break
                if parts and ANOTHER.search(between):
                    break  # "其中境内7座、境外2座，另有选矿厂7座": what follows 另有 is not a part of the 9座
                if part.base != whole.base or part.figure.value is None or part.figure.qualifier is not None:
                    break
                parts.append(part)
            if len(parts) < 2:
                continue
            labels, start = [], fig.end
            for p in parts:  # each part's own words: from the previous figure's separator to the part's figure
                between = whole.reading[start : p.figure.start]
                labels.append(re.split(r"[、，,：:]|包括|包含|其中|分别为|当中", between)[-1])
                start = p.figure.end
            if not _one_split(labels):
                continue
            end = parts[-1].figure.end
            if re.match(r"\s*(?:等|之类|左右)", whole.reading[end : end + 3]):
                continue  # "包括…等": examples, not the whole list
            converted = [in_units_of(p.figure, fig) for p in parts]
            if any(c is None or c.value is None for c in converted):
                continue
            added = sum((c.value for c in converted), Decimal(0))
            slack = _slack([p.figure for p in parts] + [fig])  # plain integers (112个) are exact
            if abs(added - fig.value) <= slack:
                continue
            complete = re.search(r"其他|其余|其它", whole.reading[fig.end : end])
            slip = not complete and added < fig.value and _one_digit_off(added, fig)
            if not complete and added < fig.value and not slip:
                continue  # fewer than the whole and no 其他: the list may name only the main parts
            unsure = (f"; they are one digit from it ({_at_precision(added, fig)} for {_at_precision(fig.value, fig)}): a digit "
                      "mistyped, unless the list leaves a part out") if slip else ""
            yield Diagnostic("N220", Severity.ERROR if complete else Severity.WARNING,
                             f"“{fig.printed}” is followed by its parts {', '.join(f'“{p.figure.printed}”' for p in parts)}, "
                             f"which add up to {format(added.normalize(), 'f')}{unsure}", locate(report, whole),
                             hint="correct the whole or a part; if the list is not complete, end it with 等",
                             related=tuple(Related(locate(report, p), f"part: {p.figure.printed}") for p in parts[:4]),
                             anchor=anchor(whole))
