"""model.Report -> Facts: every figure the report prints, and the metric each hand-typed figure states.

A figure typed by hand in prose ("677万人次") is matched to the metric it states by unit, period and
keywords (see docs/rules.md "How figures are matched"). A writer can link a figure explicitly by
writing `{=metric.id}` right after it, or unlink it with `{=none}`; the marker prints nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import Decimal

from . import numbers, units
from .diagnostics import Location
from .model import Origin, Report, all_blocks
from .walk import texts

LINK = re.compile(r"\{=([a-z0-9][a-z0-9_.-]*)\}")
MASK = re.compile(r"\{m:[^}]*\}|\{=[^}]*\}")
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
CLAUSE_END = re.compile(r"[。！？；!?;\n，,、：:（）()]")
# "由30万提升到50万": the first figure is the value before a change, not the fact itself.
FROM_VALUE = re.compile(r"(由|从|自)\s*$")
TO_VALUE = re.compile(r"^\s*(提升|提高|增加|增长|上升|下降|降低|减少|调整|扩大)?\s*(到|至)")
MAX_RATIO = Decimal(5)  # a figure 5x off its candidate metric states another fact, not a typo of it
CJK = re.compile(r"[\u4e00-\u9fff]")
YEAR_IN_PERIOD = re.compile(r"(19|20)\d\d")
THRESHOLD = 2.5  # a metric declared in the same (innermost) section as the figure
THRESHOLD_ELSEWHERE = 4.0  # a metric declared anywhere else


@dataclass(frozen=True, slots=True)
class MetricFact:
    id: str
    figure: numbers.Figure | None
    years: frozenset[int]
    origin: Origin
    aliases_zh: tuple[str, ...]
    aliases_en: tuple[str, ...]
    label_zh: str
    period: str = ""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A figure printed in a string of the report."""

    figure: numbers.Figure
    lang: str
    origin: Origin  # the YAML scalar holding the string
    scalar: str  # that string, as written (offsets refer to it)
    context: str  # the sentence, or the table row, it stands in
    clause: str  # the clause around the figure (between commas): where its subject words stand
    years: frozenset[int]  # the year the figure is about: the nearest year named before it
    link: str | None = None  # explicit `{=id}` after the figure; "none" unlinks
    in_table: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    occurrence: Occurrence
    metric: MetricFact
    score: float
    explicit: bool = False

    @property
    def metric_period(self) -> str:
        return self.metric.period

    @property
    def agrees(self) -> bool:
        return overlaps(self.occurrence.figure, self.metric.figure)


@dataclass(slots=True)
class Facts:
    metrics: dict[str, MetricFact]
    occurrences: list[Occurrence] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)


def overlaps(a: numbers.Figure, b: numbers.Figure | None) -> bool:
    return b is not None and a.low < b.high and b.low < a.high


def years_of(fig: numbers.Figure) -> set[int]:
    if fig.kind == "date" and fig.date:
        return {fig.date[0]}
    if fig.kind == "period" and fig.period:
        return set(range(fig.period[0], fig.period[1] + 1))
    return set()


def _metric_years(period: str) -> frozenset[int]:
    found = [int(m.group(0)) for m in YEAR_IN_PERIOD.finditer(period)]
    return frozenset(range(min(found), max(found) + 1)) if found else frozenset()


def metric_facts(report: Report) -> dict[str, MetricFact]:
    result: dict[str, MetricFact] = {}
    for mid, decl in report.metrics.items():
        m = decl.metric
        result[mid] = MetricFact(
            id=mid,
            figure=numbers.declared(numbers.parse_figure(m.value + (m.unit or ""))),
            years=_metric_years(m.period),
            origin=decl.origin,
            aliases_zh=tuple(a for a in m.aliases if CJK.search(a) and len(a) >= 2),
            aliases_en=tuple(a.lower() for a in m.aliases if not CJK.search(a) and len(a) >= 3),
            label_zh=m.label.zh,
            period=m.period,
        )
    return result


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = SENTENCE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


class _Bounds:
    """Where a string's sentences and clauses end, found once: _sentence and _clause for every figure of a
    long paragraph, without re-reading the text before each figure (quadratic in the paragraph)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)]  # one-character marks
        self.clause_ends = [m.start() for m in CLAUSE_END.finditer(text)]

    def around(self, ends: list[int], start: int, end: int) -> str:
        """As _sentence/_clause: from after the last mark before `start` to the first mark at or after `end`."""
        before = bisect_left(ends, start)
        after = bisect_left(ends, end)
        left = ends[before - 1] + 1 if before else 0
        return self.text[left : ends[after] if after < len(ends) else len(self.text)]


def _paragraph(text: str, start: int) -> str:
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", start)
    return text[left + 1 if left >= 0 else 0 : right if right >= 0 else len(text)]


def _clause(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in CLAUSE_END.finditer(text, 0, start)), default=0)
    right = CLAUSE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


@lru_cache(maxsize=4096)
def dated(text: str) -> tuple[numbers.Figure, ...]:
    """The dates and periods of a paragraph or sentence (asked once per figure in it, so cached)."""
    return tuple(f for f in numbers.find_figures(text) if f.kind in ("date", "period"))


def _governing_year(text: str, before: int, since: int = 0) -> set[int]:
    """The year a figure at `before` is about: the last one named before it, else the first after it; only dates
    from `since` on count (the figure's paragraph and those after it)."""
    dated_ = [f for f in dated(text) if f.start >= since] if since else dated(text)
    earlier = [f for f in dated_ if f.end <= before]
    chosen = earlier[-1] if earlier else (dated_[0] if dated_ else None)
    return years_of(chosen) if chosen else set()


def scan(scalar: str, lang: str, origin: Origin, context: str | None = None) -> list[Occurrence]:
    """Every figure with a value in one string; dates and periods only serve as context."""
    from .claims.script import reading  # here: claims/ imports this module
    masked = MASK.sub(lambda m: " " * len(m.group(0)), scalar) if "{" in scalar else scalar  # most strings have no marker
    found = []
    bounds: _Bounds | None = None
    # figures read with Traditional folded to Simplified, same offsets: the unit words are listed in Simplified, and
    # 兆瓦時 must read as 兆瓦时 (energy), not as 兆瓦 (power) followed by a stray character
    for fig in numbers.find_figures(reading(masked) if lang == "zh" else masked):
        if fig.printed != scalar[fig.start : fig.end] and len(fig.printed) == fig.end - fig.start:
            fig = replace(fig, printed=scalar[fig.start : fig.end])  # quoted as the writer typed it (萬千瓦時)
        if fig.value is None and fig.kind in ("date", "period"):
            continue
        if fig.kind in ("date", "period"):
            continue
        link = LINK.match(scalar, fig.end)
        if not link and FROM_VALUE.search(masked[max(0, fig.start - 2) : fig.start]) and TO_VALUE.match(masked[fig.end : fig.end + 6]):
            continue
        if context is not None:
            sentence = clause = context
            years = _governing_year(context, len(context))
        else:
            if bounds is None:
                bounds = _Bounds(masked)
            sentence = bounds.around(bounds.sentence_ends, fig.start, fig.end)
            clause = bounds.around(bounds.clause_ends, fig.start, fig.end)
            para_start = masked.rfind("\n\n", 0, fig.start) + 1
            # the dates of the whole string from the paragraph on, not of the paragraph read again as a string of
            # its own: a first check read every later paragraph of a long string once more (~0.5 s at 1,000 chapters)
            years = _governing_year(masked, fig.start, para_start)
        found.append(
            Occurrence(fig, lang, origin, scalar, sentence, clause, frozenset(years), link.group(1) if link else None, context is not None)
        )
    return found


def _table_rows(report: Report) -> dict[int, str]:
    """id(text cell) -> the zh text of its whole row, the context a table cell is read in."""
    rows: dict[int, str] = {}
    for _, _, block in all_blocks(report):
        if block.kind != "table":
            continue
        for row in block.data.rows:
            joined = " ".join(getattr(c, "zh", c) if not hasattr(c, "m") else "" for c in row)
            for cell in row:
                rows[id(cell)] = joined
    return rows


def _compatible(fig: numbers.Figure, metric: numbers.Figure) -> float:
    """0 when the two cannot state the same fact; a penalty when a unit is missing on one side."""
    return _unit_fit(fig.kind, fig.unit, metric.kind, metric.unit)


@lru_cache(maxsize=4096)
def _unit_fit(fig_kind: str, fig_unit: str | None, metric_kind: str, metric_unit: str | None) -> float:
    """_compatible by the kinds and units alone, which a report has few of (asked for every figure and candidate)."""
    if (fig_kind == "percent") != (metric_kind == "percent") or (fig_kind == "multiple") != (metric_kind == "multiple"):
        return 0.0
    fu = units.UNITS.get(fig_unit) if fig_unit else None
    mu = units.UNITS.get(metric_unit) if metric_unit else None
    if fu and mu:
        same = fu.base == mu.base or (fu.dimension == mu.dimension == "people")
        return 1.0 if same else 0.0
    if fu and not mu:
        return 0.0  # "18周年" is not the unitless "300" (shares) of the same sentence
    return 0.5


def score(occ: Occurrence, metric: MetricFact) -> float:
    if metric.figure is None:
        return 0.0
    unit_fit = _compatible(occ.figure, metric.figure)
    if unit_fit == 0.0:
        return 0.0
    if occ.years and metric.years and not (occ.years & metric.years):
        return 0.0  # the sentence is about another year
    a, b = occ.figure.value, metric.figure.value
    if a is not None and b is not None and a > 0 and b > 0 and max(a / b, b / a) > MAX_RATIO:
        return 0.0
    lower = occ.lang == "en"
    sentence = occ.context.lower() if lower else occ.context
    clause = occ.clause.lower() if lower else occ.clause
    aliases = metric.aliases_zh if not lower else metric.aliases_en
    total = min(3.0, 2.0 * sum(1 for x in aliases if x in clause)) + min(1.0, 0.5 * sum(1 for x in aliases if x in sentence and x not in clause))
    if not lower:
        label = _label_keys(metric.label_zh)
        if label:
            total += 2.0 * sum(1 for g in label if g in clause) / len(label)
            total += 0.5 * sum(1 for g in label if g in sentence) / len(label)
    if occ.years & metric.years:
        total += 1.0
    return total * unit_fit


@lru_cache(maxsize=None)
def _label_keys(label: str) -> tuple[str, ...]:
    """The Chinese two-character pieces of a label, repeats kept (score counts them): once per label, not per pair."""
    pieces = [label[i : i + 2] for i in range(len(label) - 1)]
    return tuple(g for g in pieces if all(CJK.match(c) for c in g))


def same_section(occ: Occurrence, metric: MetricFact) -> bool:
    """Whether the figure stands in the innermost section (or chapter) that declares the metric."""
    home = metric.origin.path[:-2]  # strip ("metrics", i)
    if occ.origin.file != metric.origin.file or occ.origin.path[: len(home)] != home:
        return False
    rest = occ.origin.path[len(home) :]
    return "sections" not in rest


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


class KeywordIndex:
    """Two-character keys -> the metrics whose label or aliases contain them.

    A metric none of whose keywords stands in a sentence scores at most 1 (its year), below any
    threshold; so only metrics sharing a key with the sentence are scored, keeping check linear.
    """

    def __init__(self, metrics: dict[str, MetricFact]) -> None:
        # Metrics that score alike with every figure (same label, aliases, years and figure: a series
        # repeated per unit, or a report assembled from copies) form one group, scored once a figure.
        self.groups: list[list[MetricFact]] = []
        signature: dict[tuple[object, ...], int] = {}
        self.by_key: dict[str, set[int]] = {}
        self._last: tuple[str | None, set[int]] = (None, set())
        # best_match's answers by what it reads of a figure (the figures stay alive with the index: their ids are theirs)
        self.decided: dict[tuple, tuple[float, MetricFact] | None] = {}
        for m in metrics.values():
            sig = (m.label_zh, m.aliases_zh, m.aliases_en, m.years, m.figure)
            group = signature.setdefault(sig, len(self.groups))
            if group == len(self.groups):
                self.groups.append([])
            self.groups[group].append(m)
            for key in _bigrams(m.label_zh) | {k for a in m.aliases_zh for k in _bigrams(a)}:
                self.by_key.setdefault(key, set()).add(group)

    def candidate_groups(self, sentence: str) -> set[int]:
        if sentence == self._last[0]:
            return self._last[1]  # the next figure of the same sentence (a sentence often has several)
        found: set[int] = set()
        for key in _bigrams(sentence):
            found |= self.by_key.get(key, set())
        self._last = (sentence, found)
        return found

    def candidates(self, sentence: str) -> set[str]:
        return {m.id for group in self.candidate_groups(sentence) for m in self.groups[group]}


def best_match(occ: Occurrence, metrics: dict[str, MetricFact], index: KeywordIndex | None = None) -> Match | None:
    """The metric a figure states: an explicit link, else the best-scoring candidate above the threshold.

    Among candidates above the threshold, one the figure agrees with wins: a figure is only reported
    when no plausible metric agrees with it (no false alarm for figures of another fact).
    """
    if occ.link == "none":
        return None
    if occ.link:
        metric = metrics.get(occ.link)
        return Match(occ, metric, 10.0, explicit=True) if metric else None
    key = None
    if index is not None:
        # What score reads of the figure: a figure printed again in the same words (a sentence written twice) is
        # matched once, unless a score between the thresholds makes its section decide (same_section)
        key = (id(occ.figure), occ.years, occ.lang, occ.context, occ.clause)
        if key in index.decided:
            hit = index.decided[key]
            return Match(occ, hit[1], hit[0]) if hit is not None else None
        scored = []
        for group in index.candidate_groups(occ.context):
            members = index.groups[group]
            value = score(occ, members[0])  # the same for every member
            if value >= THRESHOLD:  # the lower of the two thresholds: below it no member is a candidate
                scored.extend((value, m) for m in members)
        if any(s < THRESHOLD_ELSEWHERE for s, _ in scored):
            key = None  # the figure's section decides: matched at each place
    else:
        scored = [(score(occ, m), m) for m in metrics.values()]
    candidates = sorted(  # same_section only where it decides: between the two thresholds
        ((s, m) for s, m in scored if s >= THRESHOLD_ELSEWHERE or (s >= THRESHOLD and same_section(occ, m))),
        key=lambda sm: (-sm[0], sm[1].id),
    )
    if not candidates:
        if key is not None:
            index.decided[key] = None
        return None
    agreeing = [(s, m) for s, m in candidates if overlaps(occ.figure, m.figure)]
    s, m = agreeing[0] if agreeing else candidates[0]
    if key is not None:
        index.decided[key] = (s, m)
    return Match(occ, m, s)


SHARE_WORD = re.compile(r"占")
DAY = re.compile(r"\d\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def for_checks(occ: Occurrence) -> bool:
    """The figures `csrpress check` still matches by keywords: linked ones ({=id}), and those whose
    sentence holds a share (N205) or a full date (N211). Every other figure is compared by the claims
    engine (claims/, checks/claims.py), so the keyword scan stays off the path of a large report."""
    return occ.link is not None or _share_or_day(occ.context)


@lru_cache(maxsize=1 << 16)
def _share_or_day(context: str) -> bool:
    """for_checks by the sentence: asked for every figure of it, and a sentence written again asks again."""
    from .claims.script import reading  # here: claims/ imports this module

    return bool(SHARE_WORD.search(reading(context))) or bool(DAY.search(context))  # N211 needs a day


def extract(report: Report, wanted=None) -> Facts:
    """Facts of the report; `wanted` limits keyword matching to the occurrences it accepts (all by default)."""
    metrics = metric_facts(report)
    facts = Facts(metrics)
    rows = _table_rows(report)
    # scan reads a string's text, language and context alone: a string written again is scanned once per run
    # and its occurrences given the new string's place
    seen: dict[tuple[str, str, str | None], list[Occurrence]] = {}
    for use in texts(report):
        if "metrics" in use.origin.path:
            continue  # a metric's own label and source are its definition, not a statement of it
        row = rows.get(id(use.text))
        for lang in ("zh", "en"):
            scalar = getattr(use.text, lang)
            if scalar:
                context = row if (row is not None and lang == "zh") else None
                read = seen.get((scalar, lang, context))
                if read is None:
                    read = seen[(scalar, lang, context)] = scan(scalar, lang, use.origin.child(lang), context)
                    facts.occurrences.extend(read)
                elif read:
                    origin = use.origin.child(lang)
                    facts.occurrences.extend(Occurrence(o.figure, o.lang, origin, o.scalar, o.context,
                                                        o.clause, o.years, o.link, o.in_table) for o in read)
    index = KeywordIndex(metrics)
    for occ in facts.occurrences:
        if occ.lang == "zh" and (wanted is None or wanted(occ)):
            match = best_match(occ, metrics, index)
            if match is not None:
                facts.matches.append(match)
    return facts


def locate(report: Report, occ: Occurrence) -> Location:
    return report.locate_in_text(occ.origin, occ.figure.start, occ.scalar)


def anchor(occ: Occurrence) -> tuple[str, tuple[str | int, ...], int, int]:
    return (occ.origin.file, occ.origin.path, occ.figure.start, occ.figure.end)


DECIMAL_POINT = re.compile(r"\d[.．]\d")  # a printed decimal: 40.0, 3.50万, 6．0 (full width)
EXACT_BELOW = 100


def _small_whole_count(fig: numbers.Figure) -> bool:
    """A whole count below a hundred (10起, 20人, 30家) is typed as counted: a writer who rounds twelve accidents to
    ten says so (约10起, 十余起); only larger figures (680万, 3,000) drop digits bare."""
    return fig.kind == "number" and abs(fig.value) < EXACT_BELOW and fig.value == fig.value.to_integral_value()


def loose_interval(fig: numbers.Figure) -> tuple[Decimal, Decimal]:
    """The interval if trailing zeros are not significant (680万 may mean "about 6.8 million"). Zeros a writer
    prints after a decimal point are significant: "40.0小时" says 40 to the tenth, not "about 40" (35 to 45),
    and does not hold a 36 stated elsewhere; so is the last zero of a small whole count (_small_whole_count), and every
    zero of a declared figure (a metric's value, a table cell: Figure.exact): "1,000人" declared is 1,000, not 500-1,500."""
    if (fig.value is None or fig.qualifier is not None or fig.value == 0 or fig.exact or DECIMAL_POINT.search(fig.printed)
            or _small_whole_count(fig)):
        return fig.low, fig.high
    step = fig.precision
    value = fig.value
    while step < abs(value) and (value / (step * 10)) == (value / (step * 10)).to_integral_value():
        step *= 10
    return value - step / 2, value + step / 2
