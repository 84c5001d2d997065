"""Overall averages in the text against their groups' (N218, issue 14 item 4).

"员工人均培训时长42小时，其中男性员工人均40小时、女性员工人均46小时": an average of a whole lies between the
averages of the groups that make it up, and equals their average weighted by the groups' headcounts when
the report states those. Reported only where the text makes plain that the groups divide the whole:
named as complements (男性/女性, 管理层/非管理层, 全职/兼职, 境内/境外), or a list closed by 其他/其余,
whether listed after 其中, given with 分别为 or one by one.
A table's total row is checked by checks/tables.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .. import numbers, schema, units
from ..claims import Claim, zh_claims
from ..claims.extract import YEAR, _base_of, anchor, by_sentence, locate, report_years, shown
from ..claims.script import reading
from ..claims.relate import AGREE, relation
from ..claims.subject import content_words
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, all_blocks
from .english import convert

MARKER = re.compile(r"人均|平均")
CLAUSE = re.compile(r"[，,；;：:、（()）]")
# words that only say "all of it": 全体员工人均 is the whole of 男性员工 and 女性员工
WHOLE_WORDS = re.compile(r"^(?:全体|全部|所有|整体|总体|全公司|本公司|公司|全集团|本集团|集团|全行|本行)")
NOISE = re.compile(r"(?:(?:19|20)\d\d\s*年(?:度|末|底)?|全年|年度|其中|分别|为|达到?|是|约|的|\s)")
# two groups that divide a whole between them, the modifier written before the whole's noun
COMPLEMENTS = (("男", "女"), ("男性", "女性"), ("全职", "兼职"), ("境内", "境外"), ("国内", "海外"), ("一线", "非一线"))
RESPECTIVELY = re.compile(r"分别(?:为|是|达到?)?\s*$")


def _label(text: str) -> str:
    return NOISE.sub("", text)


def _complements(heads: list[str]) -> bool:
    """Whether the groups' modifiers are a pair that divides any whole (男性/女性, X/非X)."""
    if len(heads) != 2:
        return False
    a, b = heads
    return (a, b) in COMPLEMENTS or (b, a) in COMPLEMENTS or (a and (b == "非" + a or a == "非" + b))


class _Average:
    def __init__(self, claim: Claim, label: str, measure: str, marked: bool, after_among: bool):
        self.claim, self.label, self.measure, self.marked, self.after_among = claim, label, measure, marked, after_among


def _read(here: list[Claim]) -> list[_Average]:
    """Each figure of a sentence with the group it is said of (the words before 人均/平均 in its clause)
    and the measure (the words between 人均 and the figure)."""
    found: list[_Average] = []
    text = here[0].reading or ""
    start = here[0].sentence
    respectively: list[str] = []
    for c in here:
        fig = c.figure
        clause_start = max((m.end() for m in CLAUSE.finditer(text, start, fig.start)), default=start)
        before = text[clause_start : fig.start]
        among = "其中" in text[start : fig.start]
        said = RESPECTIVELY.search(text, start, fig.start)
        if said is not None:
            # "男性和女性员工人均培训时长分别为40小时和46小时": the groups listed before 分别
            head = text[max((m.end() for m in re.finditer(r"[，,；;：:]", text[: said.start()])), default=start) : said.start()]
            marker = MARKER.search(head)
            if marker is None:
                continue
            names = [n for n in re.split(r"[和与及、]", head[: marker.start()]) if _label(n)]
            respectively = [_label(n) for n in names]
            noun = ""
            if respectively and len(respectively) >= 2:
                # "男性和女性员工": the noun written once, after the last group
                last = respectively[-1]
                for pair in COMPLEMENTS:
                    for mod in pair:
                        if last.startswith(mod) and len(last) > len(mod):
                            noun = last[len(mod) :]
                respectively = [n if n.endswith(noun) else n + noun for n in respectively]
            found.append(_Average(c, respectively[0] if respectively else "", _label(head[marker.end() :]), True, True))
            respectively = respectively[1:]
            continue
        if respectively and found and re.fullmatch(r"\s*(?:和|与|及|、|，)?\s*", text[found[-1].claim.figure.end : fig.start]):
            found.append(_Average(c, respectively[0], found[-1].measure if found else "", True, True))
            respectively = respectively[1:]
            continue
        marker = MARKER.search(before)
        label = _label(before[: marker.start()] if marker else before)
        measure = _label(before[marker.end() :]) if marker else ""
        found.append(_Average(c, label, measure, marker is not None, among))
    return found


def _whole(label: str) -> str:
    """The noun an overall average is taken over (全体员工 -> 员工; 员工 -> 员工; 全体 -> '')."""
    return WHOLE_WORDS.sub("", label)


def _modifier(label: str, noun: str) -> str | None:
    if noun and label.endswith(noun):
        return label[: -len(noun)]
    if not noun:
        return label
    return None


def _headcount(report_claims: list[Claim], label: str, avg: Claim) -> Claim | None:
    """The one statement of a group's headcount for the average's period ("男性员工300人")."""
    words = content_words(label)
    found = [c for c in report_claims if c.role == "plain" and c.base == "person" and c.figure.value and c.figure.qualifier is None
             and (c.near - {"其中"}) == words and (not avg.years or c.years & avg.years)]
    if not found or any(relation(found[0].figure, c.figure) != AGREE for c in found):
        return None
    return found[0]


def group_averages(report: Report) -> Iterator[Diagnostic]:
    claims = zh_claims(report)
    for here in by_sentence(claims).values():
        here = sorted((c for c in here if c.role == "plain" and c.figure.kind == "number" and c.figure.value is not None and c.base
                       and c.figure.qualifier is None), key=lambda c: c.figure.start)
        if len(here) < 3 or not any(MARKER.search(c.reading or "", c.sentence, c.figure.start) for c in here):
            continue
        items = _read(here)
        for overall in items:
            if not overall.marked or overall.after_among:
                continue
            noun = _whole(overall.label)
            groups = [g for g in items if g is not overall and g.claim.base == overall.claim.base and g.label and g.label != overall.label
                      and (not g.measure or not overall.measure or g.measure == overall.measure)]
            mods = [_modifier(g.label, noun) for g in groups]
            if len(groups) < 2 or any(m is None or not m for m in mods):
                continue
            # 其中 and 分别为 say the groups are of the whole, not that they are all of it ("其中管理人员…、研发人员…"
            # leaves out the rest): complements, or a list closed by 其他/其余, divide it
            named = [m for m in mods if m is not None]
            if not (_complements(named) or len(named) >= 2 and any(re.match(r"其他|其余|其它", m) for m in named)):
                continue  # the groups may overlap or leave people out: the overall need not lie between them
            yield from _check(report, claims, overall, groups)


def _check(report: Report, claims: list[Claim], overall: _Average, groups: list[_Average]) -> Iterator[Diagnostic]:
    fig = overall.claim.figure
    values = []
    for g in groups:
        converted = convert(g.claim.figure, fig)
        if converted is None or converted.value is None:
            return
        values.append(converted)
    half = fig.precision / 2  # the sum test allows the rounding of every printed figure
    related = tuple(Related(locate(report, g.claim), f"{g.label}: {shown(g.claim)}") for g in groups)
    listed = ", ".join(f"{g.label} {shown(g.claim)}" for g in groups)
    where, mark = locate(report, overall.claim), anchor(overall.claim)
    total = sum((v.value for v in values), Decimal(0))
    slack = sum((v.precision for v in values), Decimal(0)) / 2 + half
    if abs(total - fig.value) <= slack and fig.value > max(v.high for v in values):
        yield Diagnostic("N218", Severity.ERROR, f"the overall average {shown(overall.claim)} is the sum of the groups' averages ({listed})",
                         where, hint="an overall average is the groups' average weighted by their sizes, never their sum",
                         related=related, anchor=mark)
        return
    # the printed intervals must overlap: 47 (46.5 to 47.5) cannot be an average of 40 and 46 (at most 46.5)
    low, high = min(v.low for v in values), max(v.high for v in values)
    if not (fig.low < high and low < fig.high):
        yield Diagnostic("N218", Severity.ERROR, f"the overall average {shown(overall.claim)} lies outside its groups' averages ({listed})",
                         where, hint="an average of groups lies between the lowest and the highest group; correct the overall figure or a group's",
                         related=related, anchor=mark)
        return
    counts = [_headcount(claims, g.label, overall.claim) for g in groups]
    if any(c is None for c in counts):
        return
    heads = [c.figure.value for c in counts if c is not None]
    n = sum(heads, Decimal(0))
    if not n:
        return
    w_low = sum((h * v.low for h, v in zip(heads, values)), Decimal(0)) / n
    w_high = sum((h * v.high for h, v in zip(heads, values)), Decimal(0)) / n
    if fig.low < w_high and w_low < fig.high or w_low <= fig.value <= w_high:
        return
    got = sum((h * v.value for h, v in zip(heads, values)), Decimal(0)) / n
    arithmetic = " + ".join(f"{shown(g.claim)} × {shown(c)}" for g, c in zip(groups, counts) if c is not None)
    yield Diagnostic("N218", Severity.ERROR,
                     f"the overall average {shown(overall.claim)} is not its groups' averages weighted by their headcounts: "
                     f"({arithmetic}) / {n.normalize():f} = {got.quantize(Decimal('0.01'))}",
                     where, hint="compute the overall average from the totals, or correct a group's average or headcount",
                     related=related + tuple(Related(locate(report, c), f"the headcount {shown(c)}") for c in counts if c is not None),
                     anchor=mark)


UNIT_NOTE = re.compile(r"[（(][^）)]*[）)]")
TABLE_WHOLE = re.compile(r"^(?:全体|全部|所有|整体|总体)")


def _row_label(cell) -> str:
    return _label(UNIT_NOTE.sub("", reading(cell.zh or "") if isinstance(cell, schema.Text) else reading(cell) if isinstance(cell, str) else ""))


def _pairs(labels: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Two rows whose labels divide a whole between them: 男性/女性, 男性员工/女性员工, 管理层/非管理层."""
    found = []
    for x, (i, a) in enumerate(labels):
        for j, b in labels[x + 1 :]:
            k = 0  # the noun both end with (员工 of 男性员工 and 女性员工)
            while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
                k += 1
            if _complements([a[: len(a) - k], b[: len(b) - k]]) or _complements([a, b]):
                found.append((i, j))
    return found


def _measure(text: str) -> str:
    """The words after 人均/平均 in a header or caption, without its unit note and year: 培训时长."""
    marker = MARKER.search(text)
    return _label(UNIT_NOTE.sub("", text[marker.end() :])) if marker else ""


def table_group_averages(report: Report) -> Iterator[Diagnostic]:
    """N218 for groups in a table (rows 男性 and 女性 under 人均培训时长): a row of the whole (全体员工) and an
    overall average the text states for the same measure and year lie between the pair's values."""
    claims = zh_claims(report)
    overall_in_text = []
    for here in by_sentence(claims).values():
        here = sorted((c for c in here if c.role == "plain" and c.figure.kind == "number" and c.figure.value is not None and c.base
                       and c.figure.qualifier is None), key=lambda c: c.figure.start)
        if here and any(MARKER.search(c.reading or "", c.sentence, c.figure.start) for c in here):
            overall_in_text += [a for a in _read(here) if a.marked and not a.after_among and a.measure]
    years = report_years(report)
    done: set = set()
    for _, _, block in all_blocks(report):
        if block.kind != "table" or not block.data.header:
            continue
        header = [_row_label(h) if not isinstance(h, schema.MetricRef) else "" for h in block.data.header]
        raw_header = [reading(h.zh or "") if isinstance(h, schema.Text) else reading(h) if isinstance(h, str) else "" for h in block.data.header]
        caption = reading(block.data.caption.zh or "") if block.data.caption is not None else ""
        for c in range(1, len(header)):
            measure = _measure(raw_header[c]) or (_measure(raw_header[0]) or _measure(caption) if YEAR.search(raw_header[c]) else "")
            if not measure:
                continue
            year_said = YEAR.search(raw_header[c]) or YEAR.search(caption)
            year = int(year_said.group(0)) if year_said else (max(years) if years else None)
            labels = [(r, _row_label(row[0])) for r, row in enumerate(block.data.rows) if row and len(row) > c]
            note = _unit_note(raw_header[c]) or _unit_note(raw_header[0]) or _unit_note(caption)
            cells = {r: _cell(report, block.data.rows[r][c], note) for r, _ in labels}
            for i, j in _pairs(labels):
                a, b = cells.get(i), cells.get(j)
                if a is None or b is None or a.value is None or b.value is None:
                    continue
                groups = [(dict(labels)[i], a, report.locate(block.origin, "rows", i, c)), (dict(labels)[j], b, report.locate(block.origin, "rows", j, c))]
                for r, label in labels:  # a row of the whole: 全体员工 (one finding a place, for the first pair it misses)
                    fig = cells.get(r)
                    if r not in (i, j) and TABLE_WHOLE.match(label) and fig is not None and fig.value is not None and (fig.unit or "") == (a.unit or ""):
                        if (id(block), r, c) not in done:
                            for diag in _against(fig, groups, report.locate(block.origin, "rows", r, c), None, f"row “{label}”"):
                                done.add((id(block), r, c))
                                yield diag
                for overall in overall_in_text:
                    o = overall.claim
                    if overall.measure != measure or (year is not None and o.years and year not in o.years):
                        continue
                    noun = _whole(overall.label)
                    if noun and not all(g[0].endswith(noun) or _complements([g[0] for g in groups]) for g in groups):
                        continue
                    if convert(a, o.figure) is None or _base_of(a) != o.base:
                        continue
                    if id(o) not in done:
                        for diag in _against(o.figure, groups, locate(report, o), anchor(o), f"“{shown(o)}”"):
                            done.add(id(o))
                            yield diag


def _unit_note(text: str) -> str:
    """"人均培训时长（小时）": the unit a header's brackets give its column's bare cells."""
    for m in UNIT_NOTE.finditer(text):
        inner = m.group(0)[1:-1].strip()
        if units.lookup_unit(inner) is not None:
            return inner
    return ""


def _cell(report: Report, cell, note: str) -> numbers.Figure | None:
    """A table cell's figure, declared (numbers.declared): its zeros are digits, as a metric's are."""
    if isinstance(cell, schema.MetricRef):
        decl = report.metrics.get(cell.m)
        return numbers.declared(numbers.parse_figure(reading(decl.metric.value + (decl.metric.unit or "")))) if decl else None
    text = cell.zh if isinstance(cell, schema.Text) else cell if isinstance(cell, str) else None
    fig = numbers.parse_figure(reading(text)) if text else None
    if fig is not None and fig.unit is None and note and fig.kind == "number":
        fig = numbers.parse_figure(reading(text).strip() + note) or fig
    return numbers.declared(fig)


def _against(fig: numbers.Figure, groups: list, where, mark, what: str) -> Iterator[Diagnostic]:
    """The overall figure against two groups of the table: between them (printed intervals overlapping), never their sum."""
    values = [convert(g[1], fig) for g in groups]
    if any(v is None or v.value is None for v in values) or fig.value is None:
        return
    listed = ", ".join(f"{g[0]} {g[1].printed}" for g in groups)
    related = tuple(Related(g[2], f"{g[0]}: {g[1].printed}") for g in groups)
    total = sum((v.value for v in values), Decimal(0))
    slack = sum((v.precision for v in values), Decimal(0)) / 2 + fig.precision / 2
    if abs(total - fig.value) <= slack and fig.value > max(v.high for v in values):
        yield Diagnostic("N218", Severity.ERROR, f"the overall average {what} is the sum of the table's groups ({listed})", where,
                         hint="an overall average is the groups' average weighted by their sizes, never their sum", related=related, anchor=mark)
    elif not (fig.low < max(v.high for v in values) and min(v.low for v in values) < fig.high):
        yield Diagnostic("N218", Severity.ERROR, f"the overall average {what} lies outside the table's groups ({listed})", where,
                         hint="an average of groups lies between the lowest and the highest group; correct the overall figure or a group's",
                         related=related, anchor=mark)
