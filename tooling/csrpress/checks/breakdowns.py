"""N220 of a breakdown whose whole is stated elsewhere: "按地区划分，鹭江市供水11.42亿吨、东岸市5.36亿吨、其他广东地区3.51亿吨".

A sentence that opens by saying how a figure is divided (按地区划分, 分业务看) and ends its list with the rest (其他,
其余) states every part of one whole: the parts add up to the figure its subject is stated with elsewhere (供水量
20.11亿吨 in the table). listed_parts (shares.py) reads a whole followed by its parts in one sentence; here the
sentence names the whole only by the first part's subject, less the name of that part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..claims import Claim, zh_claims
from ..claims.extract import BROKEN_DOWN, _water_named, anchor, by_sentence, locate, shown, water_by_volume
from ..claims.script import reading
from ..claims.group import periods_agree
from ..claims.relate import AGREE, in_units_of, relation
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report
from .shares import _one_split
from .tables import _slack

DATED = re.compile(r"^\s*(?:19|20)\d\d\s*年(?:度|末|底)?\s*[，,]")  # "2024年，按地区划分，…": the year opens the sentence
REST = re.compile(r"其他|其余|其它")  # the list's last item is the rest: the list is complete
PART_WORD = "其中"  # extract marks each clause of a breakdown as a part (其中)
HUNDRED = Decimal(100)
JOINS = re.compile(r"[^，。；;0-9]{0,16}?[、，,][^，。；;0-9]{0,16}")  # between two parts: a separator and the next name


def _parts(here: list[Claim]) -> list[Claim] | None:
    """The plain figures of one unit that the breakdown lists, in order, when the last names the rest."""
    first = here[0]
    if first.reading is None or not BROKEN_DOWN.match(DATED.sub("", first.reading[first.sentence : first.figure.start])):
        return None
    parts = [first]
    for claim in here[1:]:
        if not JOINS.fullmatch(first.reading[parts[-1].figure.end : claim.figure.start]):
            break
        parts.append(claim)
    if len(parts) < 2 or any(p.role != "plain" or p.figure.value is None or p.figure.qualifier is not None
                             or p.figure.kind == "percent" or in_units_of(_figure(p, first), first.figure) is None
                             for p in parts):
        return None
    last = first.reading[parts[-2].figure.end : parts[-1].figure.start]
    return parts if REST.search(last) else None


def _figure(part: Claim, first: Claim):
    """A part's figure read as the first part's is: "鹭江市供水11.42亿吨、东岸市5.36亿吨" names water once, and the
    tonnes of every part are then cubic metres of water (extract.water_by_volume)."""
    return water_by_volume(part.figure, _water_named(first)) if part is not first else part.figure


def _subject(claim: Claim) -> frozenset[str]:
    """What a claim counts: a metric's own label (not its table's caption), else its clause's words."""
    return claim.near if claim.scalar is None else claim.words


def _whole(parts: list[Claim], claims: list[Claim]) -> Claim | None:
    """The one statement of the whole: of the parts' unit and period, outside their sentence, its subject some of the
    first part's words and not all of them (the first part names itself: 鹭江市), no aspect (累计, 其中, 人均)."""
    first = parts[0]
    named = first.words - {PART_WORD}
    found = [c for c in claims if c.base == first.base and c.role == "plain" and periods_agree(c, first)
             and c.figure.value is not None and c.figure.qualifier is None and c.figure.kind != "percent"
             and not (c.scalar is not None and c.origin == first.origin and c.sentence == first.sentence)
             and _subject(c) and _subject(c) < named and PART_WORD not in c.words]
    # a whole is more than any of its parts: a figure of a part's own name ("东岸市5.36亿吨") is no whole of it
    found = [c for c in found if all(c.figure.value > p.figure.value for p in parts)]
    declared = [c for c in found if c.metric_id]
    chosen = declared or found
    if not chosen or any(relation(chosen[0].figure, c.figure) != AGREE for c in chosen[1:]):
        return None
    return min(chosen, key=lambda c: c.figure.precision)


SCALE_WORDS = (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))


def _in_words_of(value: Decimal, whole: Claim) -> str:
    """A sum in the scale word the whole is printed with (20.29亿 beside 20.11亿吨), else as a plain number."""
    printed = reading(shown(whole))
    for word, scale in SCALE_WORDS:
        if word in printed:
            return f"{format((value / scale).normalize(), 'f')}{word}"
    return format(value.normalize(), ",f")


def breakdown_sums(report: Report) -> Iterator[Diagnostic]:
    claims = zh_claims(report)
    for here in by_sentence(claims).values():
        here = sorted(here, key=lambda c: c.figure.start)
        parts = _parts(here) if len(here) >= 2 else None
        if parts is None or not parts[0].years:
            continue
        text = parts[0].reading
        labels, start = [], parts[0].sentence
        for p in parts:
            labels.append(re.split(r"[、，,：:]", text[start : p.figure.start])[-1])
            start = p.figure.end
        if not _one_split(labels):
            continue
        whole = _whole(parts, claims)
        if whole is None:
            continue
        converted = [in_units_of(_figure(p, parts[0]), whole.figure) for p in parts]
        if any(c is None or c.value is None for c in converted):
            continue
        added = sum((c.value for c in converted), Decimal(0))
        if abs(added - whole.figure.value) <= _slack([p.figure for p in parts] + [whole.figure]):
            continue
        listed = ", ".join(f"“{shown(p)}”" for p in parts)
        stated = f"`{whole.metric_id}`" if whole.metric_id else f"“{whole.clause.strip()}”"
        yield Diagnostic("N220", Severity.ERROR,
                         f"the breakdown {listed} ends with the rest (其他), so its parts make the whole, {stated} "
                         f"({shown(whole)}); they add up to {_in_words_of(added, whole)}", locate(report, parts[0]),
                         hint="correct the part that is wrong or the whole; if the list is not the whole, say what it leaves out",
                         related=(Related(locate(report, whole), f"the whole: {shown(whole)}"),)
                         + tuple(Related(locate(report, p), f"part: {shown(p)}") for p in parts[1:4]),
                         anchor=anchor(parts[0]))


# the share of each part, right before its figure: 占62.4%, 占比21.3%, 约占, 占…的 (a part's own name comes before 占)
SHARE_OF_PART = re.compile(r"(?:约|仅)?占(?:比|到)?(?:为|达到?|约)?\s*$")


def _shares(here: list[Claim]) -> list[Claim] | None:
    """The shares a breakdown lists ("按材质划分，纸质包装占62.4%、塑料包装占21.3%、可降解材料占18.7%"): every figure of
    the sentence, in order, each a percent right after 占, joined by a separator and the next part's name."""
    first = here[0]
    text = first.reading
    if text is None or not BROKEN_DOWN.match(DATED.sub("", text[first.sentence : first.figure.start])):
        return None
    for i, claim in enumerate(here):
        fig = claim.figure
        if (fig.kind != "percent" or fig.value is None or fig.qualifier is not None
                or not SHARE_OF_PART.search(text[max(first.sentence, fig.start - 6) : fig.start])):
            return None
        if i and not JOINS.fullmatch(text[here[i - 1].figure.end : fig.start]):
            return None
    return here if len(here) >= 2 else None


def breakdown_shares(report: Report) -> Iterator[Diagnostic]:
    """N208 for the shares of a breakdown in the text: the parts of one whole (按…划分) cannot take more than all of it,
    beyond their printed rounding; with the rest named last (其他) they take all of it. A warning: the writer may
    have divided by two measures (weight, count) or listed overlapping kinds."""
    claims = zh_claims(report)
    for here in by_sentence(claims).values():
        here = sorted(here, key=lambda c: c.figure.start)
        shares = _shares(here) if len(here) >= 2 else None
        if shares is None:
            continue
        text = shares[0].reading or ""
        total = sum((s.figure.value for s in shares if s.figure.value is not None), Decimal(0))
        slack = sum((s.figure.precision for s in shares), Decimal(0)) / 2
        rest = REST.search(text[shares[-2].figure.end : shares[-1].figure.start]) is not None
        if total - slack > HUNDRED:
            how = "more than the whole"
        elif rest and total + slack < HUNDRED:
            how = "less than the whole, though the list ends with the rest (其他)"
        else:
            continue
        listed = "、".join(f"“{shown(s)}”" for s in shares)
        yield Diagnostic("N208", Severity.WARNING, f"the breakdown's shares {listed} add up to {total.normalize():f}%, {how}",
                         locate(report, shares[0]), hint="correct a share, or say which whole each is of",
                         related=tuple(Related(locate(report, s), f"share: {shown(s)}") for s in shares[1:4]),
                         anchor=anchor(shares[0]))
