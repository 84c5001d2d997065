"""English derived phrases recomputed on their own (issue 14): growth and decline, percentage points,
multiples and shares written in the English text, read the way the Chinese ones are (changes.py,
shares.py).

A translator often adds a derived phrase the Chinese does not state ("up 13% year on year"), or words
it differently; N209 only compares the figures of the two texts, so an English change computed wrongly
would pass. Here a change is recomputed from the two values its own sentence names ("from A to B",
"than the A of 2023", "(2023: A)"), else from the figure it follows in its sentence, matched to the
same figure of the string's Chinese, and the statement of that subject for the year before (the claim
group, as the Chinese rules find it). A change the Chinese of the same string already reports with
the same figure is left to that finding.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from decimal import Decimal

from .. import numbers
from ..claims import Claim, claims_of, zh_claims
from ..claims.extract import locate as claim_location, report_years, water_in_tonnes
from ..claims.group import Weights, weights_of
from ..claims.thesaurus import fold
from ..claims.relate import AGREE, in_units_of, relation
from ..diagnostics import Diagnostic, Location, Related, Severity
from ..facts import MASK
from ..model import Origin, Report
from ..walk import texts
from . import averages, changes, derived, growth, shares, sums

HUNDRED = Decimal(100)
SENTENCE = re.compile(r"[.!?;](?=\s|$)|\n")
CLAUSE = re.compile(r"[,;:()]|\s[–—-]\s|\band\b|\bwhile\b|\bwhereas\b")
# words that make a change rise or fall, right before the figure ("rose 9.1%", "a decrease of 5.1%")
UP = r"rose|risen|rising|rise|increased|increasing|increase|grew|grown|growing|growth|gained|gain|climbed|jumped|up|higher|expanded|improved|improvement"
DOWN = r"fell|fallen|falling|fall|decreased|decreasing|decrease|declined|declining|decline|dropped|drop|down|lower|lowered|reduced|reduction|cut|shrank|less"
FILLER = r"(?:\s+(?:by|of|some|nearly|almost|about|around|roughly|approximately|a\s+further|another|year[- ]on[- ]year|yoy|y-o-y))*"
BEFORE = re.compile(rf"\b(?:(?P<up>{UP})|(?P<down>{DOWN})){FILLER}\s*$", re.IGNORECASE)
# or right after it ("6.5% less than", "3.2 percentage points below", "a 10% increase")
AFTER = re.compile(r"^(?:\s*(?:year[- ]on[- ]year|yoy|y-o-y))?\s*(?:(?P<up>higher|more|up|increase|rise|growth|above|gain)"
                   r"|(?P<down>lower|less|down|decrease|decline|drop|reduction|below|fall|cut))\b", re.IGNORECASE)
POINTS = re.compile(r"\s*(?:(?P<pp>percentage[- ]points?|pp|ppts?|pts?|points?)|(?P<bp>basis[- ]points?|bps?))\b", re.IGNORECASE)
# a change said of a plan, a base year, an average rate or a running total is not this year against the last
NOT_YEARLY = re.compile(r"\b(?:target|targets|goal|goals|aim|aims|aiming|plan|plans|planned|pledge|commit|commitment|by\s+20\d\d|cagr|compound"
                        r"|annual(?:ly)?\s+average|on\s+average|average\s+annual|cumulative|since|baseline|base\s+year|per\s+year|a\s+year(?!\s+(?:earlier|ago|before))"
                        r"|each\s+year)\b",
                        re.IGNORECASE)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# a comparison right after the change with something that is not the year before
OTHER_BASE = re.compile(r"\s*(?:percentage\s+points?|pp|points?)?\s*(?:year[- ]on[- ]year\s+)?(?:higher|more|lower|less|up|down|below|above)?\s*"
                        r"(?:than|compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to|from|on|over)\s+"
                        r"(?!(?:that\s+of\s+|those\s+of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago)"
                        r"|(?:in\s+|the\s+)?(?:19|20)\d\d|(?:the\s+)?(?:same\s+period\s+)?(?:of\s+)?last\s+year))", re.IGNORECASE)
# a change compared with a named year right after it: "12.8% lower than in 2022", "down 5% compared with 2020"
BASE_YEAR_AFTER = re.compile(r"\s*(?:percentage\s+points?|pp|points?)?\s*(?:year[- ]on[- ]year\s+)?"
                             r"(?:higher|more|lower|less|up|down|below|above)?\s*"
                             r"(?:than|compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to|on|over)\s+"
                             r"(?:that\s+of\s+|those\s+of\s+)?(?:in\s+|the\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
# the earlier value of a comparison: "from A", "than (the) A", "(2023: A)", "compared with A", "below the A of 2023"
OLD_BEFORE = re.compile(r"(?:\bfrom|\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:below|above|over|on)\s+the"
                        r"|\(\s*(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year|the\s+year\s+before|prior\s+year)\s*:)"
                        r"(?:\s+(?:the|a|its|our|their|last\s+year's|(?:19|20)\d\d(?:'s)?|level\s+of|figure\s+of|total\s+of))*\s*$",
                        re.IGNORECASE)
TO_BEFORE = re.compile(r"\bto(?:\s+(?:a|an|the|reach|(?:19|20)\d\d(?:'s)?|record|new))*\s*$", re.IGNORECASE)
# multiples: "N times that of 2023" is a ratio; "an increase of N times", "rose N-fold" an increase (English
# uses both readings for the latter, so either holds)
RATIO_AFTER = re.compile(r"\s*(?:(?:that|those|what)\b|as\s+(?:much|many|high|large)|the\s+(?:(?:19|20)\d\d\s+)?(?:level|figure|amount|number|total|value)|the\s+)",
                         re.IGNORECASE)
DERIVED = frozenset({"N214", "N219", "N223", "N205", "N217", "N220", "N221", "N222"})


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in SENTENCE.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


@lru_cache(maxsize=1 << 16)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """_sentences of a text, once per text (a string written again is split again otherwise)."""
    return tuple(_sentences(text))


def _direction(text: str, fig: numbers.Figure, start: int, end: int) -> int:
    """+1 a rise, -1 a fall, 0 not a change: the words right before the figure, else right after it."""
    before = BEFORE.search(text, start, fig.start)
    if before and before.end() == fig.start or before and not text[before.end() : fig.start].strip():
        return -1 if before.group("down") else 1
    after_from = fig.end
    points = POINTS.match(text, fig.end)
    if points:
        after_from = points.end()
    after = AFTER.match(text[after_from:end])
    if after:
        return -1 if after.group("down") else 1
    return 0


def _borrow(bare: numbers.Figure, like: numbers.Figure) -> numbers.Figure:
    """"from 158.9 to 152.4 kWh", "from 1.38 to 3.45 million": a bare first value takes the second's unit and scale."""
    if bare.unit is not None or re.search(r"[A-Za-z]", bare.printed) or like.unit is None and not re.search(r"[A-Za-z]", like.printed):
        return bare
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", like.printed)
    if digits is None:
        return bare
    borrowed = numbers.parse_figure(like.printed[: digits.start()] + bare.printed + like.printed[digits.end() :])
    if borrowed is None or borrowed.value is None:
        return bare
    return replace(borrowed, printed=bare.printed, start=bare.start, end=bare.end)


def _comparable(a: numbers.Figure, b: numbers.Figure) -> bool:
    if (a.kind == "percent") != (b.kind == "percent"):
        return False
    return convert(a, b) is not None and (a.unit is None) == (b.unit is None) or a.kind == b.kind == "percent"


def convert(fig: numbers.Figure, like: numbers.Figure) -> numbers.Figure | None:
    """`fig` in `like`'s units, or None; figures of two kinds (energy and mass) are never handed to pint,
    which costs half a second to load (growth._kind)."""
    if growth._kind(fig) != growth._kind(like) and fig.unit is not None and like.unit is not None:
        return None
    return in_units_of(fig, like)


def _gap(a: numbers.Figure, b: numbers.Figure) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end


def _changes(text: str, figs: list[numbers.Figure], start: int, end: int) -> list[numbers.Figure]:
    """The figures of a sentence that are changes, multiples or shares: each takes the values nearest to it."""
    return [f for f in figs if start <= f.start < end and f.value is not None
            and (f.kind == "multiple" or (f.kind == "percent" or POINTS.match(text, f.end)) and _direction(text, f, start, end))]


def _values(text: str, figs: list[numbers.Figure], change: numbers.Figure, start: int, end: int, rate: bool
            ) -> tuple[numbers.Figure | None, numbers.Figure | None]:
    """The earlier and later values the sentence itself names for the change (either may be None). A
    change in percentage points is of two rates; a change in % of two amounts, or of two rates when the
    sentence names both ("down 0.5% from 5.0%": N219)."""
    values = [f for f in figs if f is not change and start <= f.start < end and f.kind in ("number", "percent")
              and f.value is not None and (f.kind == "percent" or not rate) and f.unit != "percentage_point"
              and not POINTS.match(text, f.end)]
    old = new = None
    others = [c for c in _changes(text, figs, start, end) if c is not change]
    for f in values:
        # "up 19.8% year on year and 45.5% more than the 7,340 tonnes of 2022": the earlier value is the nearer change's
        if OLD_BEFORE.search(text, max(start, f.start - 40), f.start) and not any(_gap(c, f) < _gap(change, f) for c in others):
            old = f
            break
    if old is not None:
        values = [f for f in values if (f.kind == "percent") == (old.kind == "percent")]
        later = [f for f in values if f.start > old.end and TO_BEFORE.search(text, max(start, f.start - 20), f.start)
                 and not CLAUSE.search(text, old.end, f.start)]
        if later:
            new = later[0]
        else:
            earlier = [f for f in values if f.end <= min(change.start, old.start)]
            new = earlier[-1] if earlier else None
        if new is not None:
            old = _borrow(old, new)
        between = [f for f in values if new is not None and new.end <= f.start and f.end <= change.start]
        if between:
            # "rose from 41.52 to 43.86 million tonnes, and revenue reached RMB 68.73 billion, up 5.4%": a figure
            # between the pair and the change is what the change follows, as in the else branch below
            old, new = None, between[-1]
    else:
        # "fell 12% to 8,450 tonnes": the value it came to; else the figure the change follows, an amount
        # (a rate's change needs its earlier value named)
        to = [f for f in values if f.start > change.end and TO_BEFORE.search(text, change.end, f.start)
              and len(text[change.end : f.start]) <= 24
              and not CLAUSE.search(text, change.end, f.start)]
        earlier = [f for f in values if f.end <= change.start and (f.kind == "percent") == rate]
        new = to[0] if to else earlier[-1] if earlier else None
    if old is not None and new is not None and not _comparable(old, new):
        return None, new
    return old, new


def _claims_by_string(claims: tuple[Claim, ...]) -> dict[tuple[str, tuple[str | int, ...]], list[Claim]]:
    found: dict[tuple[str, tuple[str | int, ...]], list[Claim]] = {}
    for c in claims:
        if c.lang == "zh" and c.scalar is not None:
            found.setdefault((c.origin.file, c.origin.path[:-1]), []).append(c)
    return found


def _twin(new: numbers.Figure, chinese: list[Claim]) -> Claim | None:
    """The one plain claim of the string's Chinese that states the English figure."""
    found = [c for c in chinese if c.role == "plain" and c.figure.value is not None
             and (c.figure.kind == "percent") == (new.kind == "percent") and convert(new, water_in_tonnes(c, new)) is not None
             and relation(water_in_tonnes(c, new), new) == AGREE]
    return found[0] if len(found) == 1 else None


class _ZhFindings:
    """The derived findings the Chinese rules give, by string: computed only when an English one is found."""

    def __init__(self, report: Report):
        self.report, self.found = report, None

    def reported(self, origin: Origin, fig: numbers.Figure, zh_text: str) -> bool:
        if self.found is None:
            self.found = {}
            for rule in (changes.prose_growth, changes.multiples, growth.table_growth, shares.share_of_whole, shares.rate_of_part,
                         derived.derived_claims, derived.share_claims, shares.stated_sums, shares.listed_parts,
                         averages.averages, sums.stated_parts):
                for diag in rule(self.report):
                    if diag.anchor is not None and diag.code in DERIVED:
                        self.found.setdefault((diag.anchor[0], diag.anchor[1][:-1]), []).append((diag.code, diag.anchor[2], diag.anchor[3]))
        for code, start, end in self.found.get((origin.file, origin.path[:-1]), []):
            zh = numbers.parse_figure(zh_text[start:end]) if zh_text else None
            # a share of a metric is N205 (derived.py) where a typed one is N217: the figure says which finding it is
            if zh is None or zh.value is None or fig.value is None or zh.value == fig.value:
                return True
        return False


def _said_in_chinese(fig: numbers.Figure, chinese: list[Claim]) -> bool:
    return any(c.role in ("change", "multiple", "share") and c.figure.value == fig.value for c in chinese)


# The Chinese verb of change right before its figure ("按年下降2.7%", "同比增长约5%"): which way it went
ZH_DOWN = re.compile(r"(?:下降|降低|减少|下滑|回落|降幅|减幅|缩减|减低)了?(?:约|近|逾|超过|达)?\s*$")
ZH_UP = re.compile(r"(?:增长|增加|提高|提升|上升|上涨|增幅|升幅)了?(?:约|近|逾|超过|达)?\s*$")


def _chinese_direction(c: Claim) -> int:
    """+1 a rise, -1 a fall, 0 when no verb of change stands right before the Chinese figure."""
    text = c.reading or c.scalar or ""
    before = text[max(0, c.figure.start - 10) : c.figure.start]
    return -1 if ZH_DOWN.search(before) else 1 if ZH_UP.search(before) else 0


def _reversed(fig: numbers.Figure, sign: int, chinese: list[Claim]) -> Claim | None:
    """The Chinese change of the same value that goes the other way: "按年下降2.7%" translated "rose 2.7%".
    The translator kept the figure and lost the direction; only when every such Chinese change is reversed."""
    same = [c for c in chinese if c.role == "change" and c.figure.value == fig.value and c.figure.kind == fig.kind]
    signs = {_chinese_direction(c) for c in same}
    return same[0] if same and signs == {-sign} else None


def _within(old: numbers.Figure, new: numbers.Figure, stated: numbers.Figure, sign: int) -> bool:
    """Whether some pair of values inside the two printed intervals gives the stated change: "about RMB 2.92
    billion, 17.3% more than RMB 2.485 billion" holds for 2.916 billion."""
    if old.low <= 0 or old.high <= 0:
        return False
    low, high = sorted((stated.low * sign, stated.high * sign))
    half = stated.precision / 2
    if stated.unit == "percentage_point" or old.kind == new.kind == "percent" and stated.kind != "percent":
        lo, hi = new.low - old.high, new.high - old.low
    else:
        lo, hi = (new.low - old.high) / old.high * HUNDRED, (new.high - old.low) / old.low * HUNDRED
    return lo <= high + half and low - half <= hi


def _fmt_points(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):+}"


@dataclass
class Context:
    """One English string being read, with what its rules look things up in."""

    report: Report
    origin: Origin  # the English scalar's origin
    scalar: str  # as typed
    text: str  # masked ({m:…} and {=…} blanked), same offsets
    figs: list[numbers.Figure]
    zh_text: str
    chinese: list[Claim]  # the string's Chinese claims
    chinese_claims: list[Claim]  # every Chinese claim of the report
    years: frozenset[int]
    zh_findings: "_ZhFindings"
    weights: list  # the Weights of chinese_claims, made once when first needed
    rows: list | None = None  # the report's table rows of several years (growth.py), read when first needed

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The text's sentences (start, end), in order: read once for the three English rules, not by each."""
        return list(_sentence_spans(self.text))

    def at(self, fig: numbers.Figure) -> Location:
        return self.report.locate_in_text(self.origin, fig.start, self.scalar)

    def mark(self, fig: numbers.Figure) -> tuple[str, tuple[str | int, ...], int, int]:
        return (self.origin.file, self.origin.path, fig.start, fig.end)

    def reported_in_chinese(self, fig: numbers.Figure) -> bool:
        return self.zh_findings.reported(self.origin, fig, self.zh_text)

    def year_before(self, new: numbers.Figure, year: int | None = None, rows_only: bool = False
                    ) -> tuple[numbers.Figure, Location, str, str] | None:
        """The earlier value of the English figure's subject, found through its Chinese statement (its twin):
        the table row the twin's sentence names whose report-year cell states the figure (growth.py), else the
        statement of the subject for that year (the claim group, changes.py). With where it is stated, what
        it is, and why it may be another figure ('' when sure)."""
        twin = _twin(new, self.chinese)
        if twin is None or not twin.years or max(twin.years) != max(self.years, default=0):
            return None
        this = max(twin.years)
        base_year = year if year is not None else this - 1
        sentence = fold((twin.reading or "")[twin.sentence :].split("。")[0])
        if self.rows is None:
            self.rows = growth.table_rows(self.report)
        rows = [r for r in self.rows if this in r.cells and base_year in r.cells and growth._named(r, sentence)
                and growth._kind(r.cells[this]) == growth._kind(twin.figure) and relation(r.cells[this], twin.figure) == AGREE]
        if len({r.label for r in rows}) == 1 and all(r.cells[base_year].value == rows[0].cells[base_year].value for r in rows):
            row = rows[0]
            return (water_in_tonnes(twin, new, row.cells[base_year]), growth.cell_location(self.report, row, base_year),
                    f"{row.label}, {base_year}", "")
        if rows_only:
            return None
        if not self.weights:
            self.weights.append(weights_of(self.chinese_claims))
        base = changes._base_claim(twin, base_year, self.chinese_claims, self.weights[0])
        if base is None or (base.figure.kind == "percent") != (new.kind == "percent"):
            return None
        why = ""
        if base.metric_id is None and twin.near != base.near:
            why = f"; the {base_year} value is “{base.clause.strip()}”, found by its subject words, which may state another figure"
        return water_in_tonnes(twin, new, base.figure), claim_location(self.report, base), f"{base_year}, as the report states it", why


_CONTEXTS: dict[int, tuple[Report, list[Context]]] = {}


def contexts(report: Report) -> list[Context]:
    """Every English string with a figure, read once per report for the English rules (english_totals.py too)."""
    hit = _CONTEXTS.get(id(report))
    if hit is None or hit[0] is not report:
        _CONTEXTS.clear()
        hit = _CONTEXTS[id(report)] = (report, list(_read_contexts(report)))
    return hit[1]


def _read_contexts(report: Report) -> Iterator[Context]:
    years = report_years(report)
    claims = claims_of(report)
    chinese_claims = zh_claims(report)
    by_string = _claims_by_string(claims)
    zh_findings = _ZhFindings(report)
    weights: list = []
    for use in texts(report):
        if not use.text.en or "metrics" in use.origin.path:
            continue
        text = MASK.sub(lambda m: " " * len(m.group(0)), use.text.en)
        if not re.search(r"\d", text):
            continue
        origin = use.origin.child("en")
        yield Context(report, origin, use.text.en, text, numbers.find_figures(text), use.text.zh or "",
                      by_string.get((origin.file, origin.path[:-1]), []), chinese_claims, years, zh_findings, weights)


def english_derived(report: Report) -> Iterator[Diagnostic]:
    """N214/N219 (growth, decline, percentage points), N205 (times) and N217 (shares) in the English text."""
    if "en" not in report.manifest.editions:
        return
    for ctx in contexts(report):
        sentences = ctx.sentences  # they follow each other: each figure's is found by its start
        ends = [end for _, end in sentences]
        for fig in ctx.figs:  # left to right, as the sentences are
            at = bisect_right(ends, fig.start)
            if at == len(sentences) or fig.value is None or fig.kind == "date":
                continue
            start, end = sentences[at]
            if fig.kind == "multiple":
                yield from _multiple(ctx, fig, start, end)
                continue
            points = POINTS.match(ctx.text, fig.end)
            if fig.kind == "percent":
                share = _share(ctx, fig, start, end)
                if share is not None:
                    yield from share
                    continue
            if fig.kind == "percent" or points and fig.kind == "number" and fig.unit is None:
                yield from _change(ctx, fig, points, start, end)


def _change(ctx: Context, fig: numbers.Figure, points: re.Match[str] | None, start: int, end: int) -> Iterator[Diagnostic]:
    text, sentence = ctx.text, ctx.text[start:end]
    sign = _direction(text, fig, start, end)
    if not sign or NOT_YEARLY.search(sentence):
        return
    flipped = _reversed(fig, sign, ctx.chinese)
    if flipped is not None:
        yield Diagnostic("N209", Severity.ERROR,
                         f"English “{fig.printed}” goes {'up' if sign > 0 else 'down'} where the Chinese “{flipped.figure.printed}” goes "
                         f"{'down' if sign > 0 else 'up'}", ctx.at(fig),
                         hint="translate the direction of the change as the Chinese states it (下降 fell, 增长 rose)", anchor=ctx.mark(fig),
                         related=(Related(claim_location(ctx.report, flipped), f"the Chinese says “{flipped.clause.strip()}”"),))
        return
    stated = fig
    if points:
        scale = Decimal("0.01") if points.group("bp") else Decimal(1)
        stated = replace(fig, value=fig.value * scale, low=fig.low * scale, high=fig.high * scale,
                         precision=fig.precision * scale, unit="percentage_point", kind="number")
    rate = stated.unit == "percentage_point"
    old, new = _values(text, ctx.figs, fig, start, end, rate)
    rows_only = False
    if new is None and old is None and not rate:
        # "turnover was 4.5%, down 0.5% year on year": a rate's change, its earlier value only from a table row
        rates = [f for f in ctx.figs if start <= f.start and f.end <= fig.start and f.kind == "percent" and f.value is not None]
        new, rows_only = (rates[-1], True) if rates else (None, False)
    if new is None:
        return
    based = BASE_YEAR_AFTER.match(text, fig.end, end)
    if based and (not ctx.years or int(based.group(1)) != max(ctx.years) - 1):
        return  # "from 44.1 g in 2023 to 42.6 g, 12.8% lower than in 2022": against a base year the sentence gives no value of
    sure, why = True, ""
    if old is not None:
        a, a_where, a_label = old, ctx.at(old), "the earlier value"
        b_label = "the later value"
    else:
        if _said_in_chinese(fig, ctx.chinese):
            return  # the Chinese states the same change: its rules recompute it (changes.py, growth.py)
        if OTHER_BASE.match(text, fig.end, end):
            return  # "30% lower than the industry average": against something else than the year before
        named = [int(y) for y in YEAR.findall(sentence)]
        if ctx.years and any(y not in (max(ctx.years), max(ctx.years) - 1) for y in named):
            return  # a base year other than the year before, which the sentence does not state
        found = ctx.year_before(new, rows_only=rows_only)
        if found is None:
            return
        a, a_where, a_label, why = found
        b_label = "this year"
        sure = not why
    a_conv = convert(a, new)
    if a_conv is None or a_conv.value is None or new.value is None:
        return
    got = changes._expected(a_conv, new, stated)
    if got is None or changes._contains(stated, got[0], sign) or _within(a_conv, new, stated, sign):
        return
    if ctx.reported_in_chinese(fig):
        return
    related = (Related(a_where, f"{a_label}: {a.printed}"), Related(ctx.at(new), f"{b_label}: {new.printed}"))
    if changes._points_as_percent(a_conv, new, stated, sign):
        diff = (new.value - a_conv.value).quantize(Decimal("0.01"))
        relative = ((new.value - a_conv.value) / a_conv.value * HUNDRED).quantize(Decimal("0.1"))
        yield Diagnostic("N219", Severity.ERROR if sure else Severity.WARNING,
                         f"English “{fig.printed}” is the difference of two percentages ({a.printed} → {new.printed}: "
                         f"{diff:+} percentage points), written as a percent (a relative change of {relative:+}%){why}",
                         ctx.at(fig), hint=f"write {abs(diff)} percentage points, or the relative change {relative}%",
                         related=related, anchor=ctx.mark(fig))
        return
    told = f"{'-' if sign < 0 else '+'}{fig.printed if not points else text[fig.start : points.end()]}"
    unit = "%" if got[1] == "%" else " percentage points"
    shown = changes._fmt(got[0]) if got[1] == "%" else _fmt_points(got[0])
    yield Diagnostic("N214", Severity.ERROR if sure else Severity.WARNING,
                     f"English “{fig.printed}”: {a.printed} → {new.printed} is {shown}{unit}, the text says {told}{why}",
                     ctx.at(fig), hint="correct the change in the English, or the figures it is computed from (growth = (new − old) / old)",
                     related=related, anchor=ctx.mark(fig))


OF_YEAR = re.compile(r"\s*(?:that|those|the\s+(?:level|figure|amount|number|total)|what\s+it\s+was)?\s*(?:of|in)?\s*((?:19|20)\d\d)\b"
                     r"|\s*the\s+((?:19|20)\d\d)\s+(?:level|figure|amount|number|total)", re.IGNORECASE)


def _multiple(ctx: Context, fig: numbers.Figure, start: int, end: int) -> Iterator[Diagnostic]:
    """N205 for "N times"/"N-fold": between two values the English sentence names ("from A to B"), else
    the figure it follows and the statement of its subject for the year it names ("2.4 times that of 2023")."""
    text = ctx.text
    old, new = _values(text, ctx.figs, fig, start, end, False)
    old_where = ctx.at(old) if old is not None else None
    if new is None:
        return
    as_ratio = RATIO_AFTER.match(text, fig.end) is not None and not BEFORE.search(text, start, fig.start)
    if old is None:
        year = OF_YEAR.match(text, fig.end)
        if not as_ratio or year is None or _said_in_chinese(fig, ctx.chinese):
            return
        found = ctx.year_before(new, int(year.group(1) or year.group(2)))
        if found is None or found[3]:
            return  # a multiple is an error or nothing: an earlier value found only by its words is not enough
        old, old_where = found[0], found[1]
    converted = convert(old, new)
    if converted is None or not converted.value or new.value is None:
        return
    ratio = new.value / converted.value
    if ratio.copy_abs() >= Decimal("1e20"):
        return
    fits = lambda x: fig.low <= x <= fig.high  # noqa: E731
    if fits(ratio) or not as_ratio and fits(ratio - 1):
        return  # English uses "an increase of N times" for both readings: either holds
    if ctx.reported_in_chinese(fig):
        return
    reading = "a ratio" if as_ratio else "a ratio or an increase"
    yield Diagnostic("N205", Severity.ERROR,
                     f"English “{fig.printed}” as {reading}: {old.printed} → {new.printed} is ×{ratio.quantize(Decimal('0.01'))}",
                     ctx.at(fig), hint="correct the multiple or the figures it is computed from",
                     related=(Related(old_where, f"the earlier value, {old.printed}"), Related(ctx.at(new), f"the later value, {new.printed}")),
                     anchor=ctx.mark(fig))


SHARE_BEFORE = re.compile(r"(?:\baccounting\s+for|\bmaking\s+up|\bor|\bequal\s+to|\brepresenting|\bwhich\s+is|\bwas|\bwere|\bis|\bare|\bat)\s*$", re.IGNORECASE)


def _share(ctx: Context, fig: numbers.Figure, start: int, end: int) -> Iterator[Diagnostic] | None:
    """N217 for "P, accounting for N% of (the) W" / "P was N% of the W": the part and the whole both
    in the sentence. None when the figure is no such share."""
    text = ctx.text
    of = re.match(r"\s*of\s+(?:the\s+|our\s+|its\s+|all\s+|a\s+total\s+of\s+)?", text[fig.end : end])
    if of is None:
        return None
    wholes = [f for f in ctx.figs if f.start == fig.end + of.end() and f.value]
    parts = [f for f in ctx.figs if start <= f.start and f.end <= fig.start and f.kind == "number" and f.value is not None]
    if not wholes or not parts or not SHARE_BEFORE.search(text, max(start, fig.start - 20), fig.start):
        return iter(())
    whole, part = wholes[0], parts[-1]
    if CLAUSE.search(text, part.end, fig.start) and not re.match(r"\s*,\s*(?:accounting|making|or|representing)", text[part.end : fig.start]):
        return iter(())
    converted = convert(part, whole)
    if converted is None or converted.value is None or (part.unit is None) != (whole.unit is None) or whole.value is None:
        return iter(())
    ratio = converted.value / whole.value * HUNDRED
    if fig.low <= ratio <= fig.high or fig.qualifier is not None or ctx.reported_in_chinese(fig):
        return iter(())
    return iter((Diagnostic("N217", Severity.ERROR,
                            f"English share “{fig.printed}”: {part.printed} / {whole.printed} = {ratio.quantize(Decimal('0.1'))}%",
                            ctx.at(fig), hint="correct the share, the part or the whole",
                            related=(Related(ctx.at(part), f"the part, {part.printed}"), Related(ctx.at(whole), f"the whole, {whole.printed}")),
                            anchor=ctx.mark(fig)),))
