"""N201: a count of all of something ("我们在全部132个仓库中推行LED照明") against the count of that thing the report
states elsewhere (运营仓库（个） 128, "集团在全球运营仓库128个").

全部, 所有 and 全体 before a count say the figure is the whole of what follows it: however much the rest of the
sentence says (what was done in all of them), the figure is the number of those things. A metric or a sentence
that counts the same things, and nothing narrower, states that number too; the two must agree. The noun phrase
must be the same words on both sides: "全部36家钴原料供应商" is not all the suppliers, and a count of 自有仓库 or
海外仓库 is a part of all the warehouses. Words that say whose or how many in all (集团, 全球, 运营, 总数) do not
narrow what is counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import units
from ..claims import Claim, zh_claims
from ..claims.extract import anchor, locate, shown
from ..claims.group import LABEL_NOTE
from ..claims.subject import tagged as _tagged
from ..claims.relate import AGREE, relation
from ..claims.script import reading
from ..claims.wholes import whole_count
from ..claims.subject import content_words
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from .claims import conflicts

WHOLE_BEFORE = re.compile(r"(?:全部|所有|全体)的?\s*$")
# words that say whose, where in all, or how many in all: they name the company's whole stock, not a part of it
OF_THE_WHOLE = frozenset({
    "数目", "数量", "总数", "个数", "总量", "合计", "总计", "共计", "数",     # how many in all (分店数目)
    "运营", "经营", "拥有", "管理", "在营", "下属", "旗下", "营运",           # the company's own (运营仓库)
    "集团", "公司", "本集团", "本公司", "我们", "全球", "全国", "全部", "共有",  # the company's whole scope
})
YEARS = re.compile(r"(?:19|20)\d\d\s*年(?:末|底|度)?|截至|截止|年末|年底|全年")
NOUN_TAGS = ("n",)   # jieba's nouns (n, ng, nr, ns, nz): the noun phrase after the measure word ends at the first other word


def _counted_phrase(claim: Claim) -> frozenset[str]:
    """The content words of the noun phrase right after a count's measure word ("132个仓库中推行…": 仓库)."""
    text = claim.reading or ""
    after = re.split(r"[，,。；;：:、（(）)\s]", text[claim.figure.end : claim.figure.end + 12])[0]
    words = []
    for word, flag in _tagged(after):
        if not flag.startswith(NOUN_TAGS):
            break
        words.append(word)
    return frozenset(content_words("".join(words)))


def _whole(claim: Claim) -> frozenset[str] | None:
    """What a count of all of something counts, or None if the claim is no such count."""
    fig = claim.figure
    if claim.scalar is None or claim.role != "plain" or fig.kind != "number" or fig.value is None or fig.qualifier:
        return None
    unit = units.UNITS.get(fig.unit or "")
    if unit is None or claim.reading is None or not WHOLE_BEFORE.search(claim.reading[claim.sentence : fig.start]):
        return None
    if whole_count(claim) is None:
        return None  # a place or kind before the word of the whole ("香港全部128间分店") counts a part (claims/wholes.py)
    return _counted_phrase(claim) or None


def _names(claim: Claim) -> frozenset[str]:
    """What a claim counts, its words of the whole taken away: a metric's label (分店数目（间）: 分店), a sentence's
    clause (集团在全球运营仓库128个: 仓库)."""
    if claim.scalar is None:
        label = LABEL_NOTE.sub("", reading(claim.clause))
        words = content_words(YEARS.sub(" ", label))
    else:
        words = claim.words
    return frozenset(words) - OF_THE_WHOLE


def _same_measure(a: Claim, b: Claim) -> bool:
    if a.base == b.base:
        return True
    ua, ub = units.UNITS.get(a.figure.unit or ""), units.UNITS.get(b.figure.unit or "")
    return ua is not None and ub is not None and ua.dimension == ub.dimension == "count"


def whole_counts(report: Report) -> Iterator[Diagnostic]:
    claims = zh_claims(report)
    wholes = [(c, w) for c in claims if (w := _whole(c)) is not None]
    if not wholes:
        return
    flagged = {id(c) for found in conflicts(report) for c in found[:2]}  # the same-fact check has said it already
    for claim, counted in wholes:
        if id(claim) in flagged:
            continue
        others = [c for c in claims if c is not claim and c.role == "plain" and c.figure.value is not None
                  and c.figure.qualifier is None and _same_measure(claim, c)
                  and (not c.years or not claim.years or c.years & claim.years) and _names(c) == counted
                  and _whole(c) is None and not (c.origin == claim.origin and c.sentence == claim.sentence)]
        metrics = [c for c in others if c.metric_id is not None and c.scalar is None]
        if not metrics or any(relation(claim.figure, c.figure) == AGREE for c in others):
            continue
        if any(relation(metrics[0].figure, c.figure) != AGREE for c in others):
            continue  # the other statements disagree among themselves: the same-fact check's business
        metric = metrics[0]
        texts = [c for c in others if c.scalar is not None]
        related = (Related(locate(report, metric), f"`{metric.metric_id}` states it as {shown(metric)}"),
                   *(Related(locate(report, c), f"“{c.clause.strip()}” states it as {shown(c)}") for c in texts[:2]))
        yield Diagnostic("N201", Severity.ERROR,
                         f"figure disagrees with its metric: “{claim.clause.strip()}” counts all {'、'.join(sorted(counted))}, "
                         f"but `{metric.metric_id}` counts them as {shown(metric)}",
                         locate(report, claim), hint=f"write the count the table gives ({shown(metric)}), or say which of them",
                         related=related, anchor=anchor(claim))
