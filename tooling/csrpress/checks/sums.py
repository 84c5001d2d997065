"""Sums of parts stated elsewhere (N222): a 合计/累计 figure whose parts the report states in other places.

N220 adds up parts written before their sum in one sentence. Here the parts are elsewhere, in the two
forms where the sentence itself says which they are, so the set of parts is never guessed:
- a span of years: "近三年累计研发投入33.29亿元", "2022-2024年合计…", "五年来累计…": the statements of the
  same subject for each year of the span (9.48 + 11.05 + 12.76亿元);
- named parts: "水电、光伏和风电合计发电73.24亿千瓦时", "范围一和范围二排放合计17.73万吨": the one statement of
  each named part for the sum's period (a table's 水电, 光伏, 风电 rows).
A part is a figure of the sum's unit and period whose subject has the part's name (or the sum's
subject, for a year) and whose other words the sum's sentence writes too; a declared metric is taken
before typed text. When a part has no statement, or statements that disagree, nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .. import units
from ..claims import Claim, zh_claims
from ..claims.extract import anchor, locate, report_years
from ..claims.relate import AGREE, in_units_of, relation
from ..claims.subject import ASPECT, content_words
from ..claims.thesaurus import fold
from ..diagnostics import Diagnostic, Location, Related, Severity
from ..model import Report
from ..numbers import Figure
from .growth import Row, cell_location, table_rows

SUM_WORD = re.compile(r"(?:合计|合共|共计|总计|累计|总共|一共)")  # 合共: Hong Kong's 合计
NUMERALS = dict(zip("一二两三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
_N = r"([一二两三四五六七八九十]|\d{1,2})"
LAST_YEARS = re.compile(rf"(?:近|过去|最近|前)\s*{_N}\s*(?:个)?\s*年|{_N}\s*年(?:以)?来")
YEAR_RANGE = re.compile(r"((?:19|20)\d\d)\s*(?:年)?\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年")
YEAR_LIST = re.compile(r"(?:(?:19|20)\d\d\s*年?\s*(?:、|和|及|与)\s*)+(?:19|20)\d\d\s*年")
LIST_SEP = re.compile(r"以及|[、和及与]")
CLAUSE = re.compile(r"[，,；;：:。！？!?\n（）()]")
SENTENCE_END = re.compile(r"[。！？；!?;\n｜|]")
NOT_A_PART = ASPECT - {"合计", "总计"}  # a part is no cumulative, average or 其中 of something else


def _count(text: str) -> int:
    return int(text) if text.isdigit() else NUMERALS[text]


def _span(before: str, year: int) -> tuple[int, ...] | None:
    """The years a sum adds up, from the words before it: 近三年 (ending in `year`), 2022-2024年."""
    found = YEAR_RANGE.search(before)
    if found:
        first, last = int(found.group(1)), int(found.group(2))
        return tuple(range(first, last + 1)) if 2 <= last - first + 1 <= 10 else None
    found = LAST_YEARS.search(before)
    if found:
        n = _count(found.group(1) or found.group(2))
        return tuple(range(year - n + 1, year + 1)) if 2 <= n <= 10 else None
    return None


def _subject(claim: Claim) -> frozenset[str]:
    """What a claim counts: a metric's own label (not its table's caption), else its clause's words."""
    return claim.near if claim.scalar is None else claim.words


def _written(claim: Claim) -> frozenset[str]:
    """The words a claim is written with: a metric's label without its year (its aliases are other names)."""
    if claim.scalar is None:
        return content_words(fold(re.sub(r"(?:19|20)\d\d\s*年?", " ", claim.clause)))
    return claim.words


def _has(words: frozenset[str], word: str) -> bool:
    return any(word in w for w in words)


class _Subjects:
    """The claims of one unit base indexed by their subjects' words. A sum asks for the claims whose subject has
    each of some words, within a word (研发 in 研发投入: _has); reading every claim for every sum made a report
    with a thousand sums quadratic. Here a sum reads the distinct words holding a character of its word, and
    only the claims having such a word."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.by_word: dict[str, list[int]] = {}  # subject word -> the claims' positions, in reading order
        for i, c in enumerate(claims):
            for w in _subject(c):
                self.by_word.setdefault(w, []).append(i)
        self.by_char: dict[str, set[str]] = {}  # character -> the subject words holding it
        for w in self.by_word:
            for ch in w:
                self.by_char.setdefault(ch, set()).add(w)

    def _having(self, word: str) -> set[int]:
        """Positions of the claims whose subject has `word` within one of its words (_has)."""
        if not word:
            return set(range(len(self.claims)))
        holders = min((self.by_char.get(ch, set()) for ch in word), key=len)
        return {i for w in holders if word in w for i in self.by_word[w]}

    def with_all(self, words) -> list[Claim]:
        """The claims whose subject has every one of `words` (_has), in reading order."""
        found: set[int] | None = None
        for word in words:
            found = self._having(word) if found is None else found & self._having(word)
            if not found:
                return []
        return [self.claims[i] for i in sorted(found if found is not None else range(len(self.claims)))]


def _named(words: frozenset[str], sentence: str, known: frozenset[str]) -> bool:
    """Every word of a part's subject is written in the sum's sentence, or made of words already matched."""
    for word in words:
        for part in sorted(known, key=len, reverse=True):
            word = word.replace(part, "")
        if word.lstrip("总") and word.lstrip("总") not in sentence:
            return False
    return True


def _statement(candidates: list[Claim]) -> Claim | None:
    """The one value stated for a part: declared metrics first; None when none or they disagree."""
    declared = [c for c in candidates if c.metric_id]
    chosen = declared or candidates
    if not chosen or any(relation(chosen[0].figure, c.figure) != AGREE for c in chosen[1:]):
        return None
    return min(chosen, key=lambda c: c.figure.precision)


def _part(claim: Claim, total: Claim, years: frozenset[int]) -> bool:
    return (claim is not total and claim.lang == "zh" and claim.role in ("plain", "old") and claim.base == total.base
            and claim.years == years and claim.figure.value is not None and claim.figure.qualifier is None
            and not _subject(claim) & NOT_A_PART)


@dataclass(frozen=True, slots=True)
class Part:
    figure: Figure
    where: Location


def _claimed(report: Report, found: list[Claim | None]) -> list[Part] | None:
    return None if any(c is None for c in found) else [Part(c.figure, locate(report, c)) for c in found if c is not None]


def _one_row(rows: list[Row], years: tuple[int, ...]) -> Row | None:
    """The one row that states the part for every year (two tables printing it alike count as one)."""
    rows = [r for r in rows if all(y in r.cells for y in years)]
    if not rows or any(relation(rows[0].cells[y], r.cells[y]) != AGREE for r in rows[1:] for y in years):
        return None
    return rows[0]


def _year_parts(report: Report, total: Claim, span: tuple[int, ...], claims: _Subjects, rows: list[Row],
                sentence: str) -> list[Part] | None:
    core = frozenset(w for w in total.words - ASPECT if not re.search(r"\d|年", w))
    if not core:
        return None
    pool: dict[int, list[Claim]] = {}  # a part counts in the total's unit, for one year (_part): grouped once, not per year
    for c in claims.with_all(core):  # the total's base, each word of its core in the subject
        if c.base == total.base and len(c.years) == 1:
            pool.setdefault(next(iter(c.years)), []).append(c)
    found = [_statement([c for c in pool.get(year, []) if _part(c, total, frozenset({year}))
                         and _named(_written(c), sentence, core)]) for year in span]
    if all(f is not None for f in found):
        return _claimed(report, found)
    # the years typed in a table's row ("研发投入（亿元）" under 2022年, 2023年, 2024年), no claims of their own
    row = _one_row([r for r in rows if all(_has(r.words, w) for w in core) and _named(r.words, sentence, core)], span)
    if row is None:
        return None
    return [Part(row.cells[y], cell_location(report, row, y)) for y in span]


def _named_parts(report: Report, total: Claim, names: list[str], claims: _Subjects, rows: list[Row],
                 sentence: str) -> list[Part] | None:
    heads = []
    for name in names:
        words = [w for w in content_words(fold(name)) if w in fold(name)]
        if not words:
            return None
        heads.append(min(words, key=lambda w: fold(name).index(w)))  # the part's own word: 范围二 of 范围二排放
    if len(set(heads)) < len(heads):
        return None
    known = frozenset(heads) | (total.words - ASPECT)
    year = next(iter(total.years))
    parts = []
    for head in heads:
        others = [h for h in heads if h != head]
        found = [c for c in claims.with_all((head,)) if _part(c, total, total.years)
                 and not any(_has(_subject(c), h) for h in others) and _named(_written(c), sentence, known)]
        one = _statement(found)
        if one is not None:
            parts.append(Part(one.figure, locate(report, one)))
            continue
        # the part typed in a table row ("光伏" under 2024年)
        row = _one_row([r for r in rows if _has(r.words, head) and not any(_has(r.words, h) for h in others)
                        and _named(r.words, sentence, known)], (year,))
        if row is None:
            return None
        parts.append(Part(row.cells[year], cell_location(report, row, year)))
    return parts


def _parts_in_other_words(report: Report, total: Claim, names: list[str], rows: list[Row]) -> tuple[list[Part], str] | None:
    """"越南、柬埔寨两国工厂员工合计2.78万人" and the rows 越南基地员工, 柬埔寨基地员工: each named part is the one row of
    its name, the rows' other words are the same for all (基地, 员工), and the sentence writes all of them but one
    (基地), for which the sum's own words have one the rows lack (工厂). The sentence names the parts' kind in
    another word, which may count a little less (a plant is not all of a base): a warning, saying which word.
    Returns the parts and the two words."""
    heads = []
    for name in names:
        words = [w for w in content_words(fold(name)) if w in fold(name)]
        if not words:
            return None
        heads.append(min(words, key=lambda w: fold(name).index(w)))
    if len(set(heads)) < len(heads) or len(total.years) != 1:
        return None
    year = next(iter(total.years))
    found = []
    for head in heads:
        others = [h for h in heads if h != head]
        row = _one_row([r for r in rows if _has(r.words, head) and not any(_has(r.words, h) for h in others)], (year,))
        if row is None:
            return None
        found.append((head, row))
    rest = [frozenset(w for w in row.words if head not in w) for head, row in found]
    if any(r != rest[0] for r in rest[1:]):
        return None
    own = frozenset(w for w in total.words - ASPECT if not any(h in w for h in heads))
    missing, added = rest[0] - own, own - rest[0]
    if len(missing) != 1 or len(added) != 1:
        return None
    parts = [Part(row.cells[year], cell_location(report, row, year)) for _, row in found]
    return parts, f"the rows say “{next(iter(missing))}” where the sentence says “{next(iter(added))}”"


def _list_before(text: str) -> list[str] | None:
    """"水电、光伏和风电" before 合计: the named parts, or None if the words there are no list of names."""
    names = [n.strip() for n in LIST_SEP.split(text)]
    if len(names) < 2 or any(not n or len(n) > 12 or re.search(r"\d", n) for n in names):
        return None
    return names


def stated_parts(report: Report) -> Iterator[Diagnostic]:
    years = report_years(report)
    if not years:
        return
    claims = zh_claims(report)
    by_base: dict[str, list[Claim]] = {}  # a part counts in its sum's unit (_part): each sum reads its base's claims only
    for c in claims:
        by_base.setdefault(c.base, []).append(c)
    indexed: dict[str, _Subjects] = {}  # built for the bases some sum asks about
    rows: list[Row] | None = None  # table rows, read when a sum needs them

    def subjects(base: str) -> _Subjects:
        if base not in indexed:
            indexed[base] = _Subjects(by_base[base])
        return indexed[base]

    for total in claims:
        fig = total.figure
        if (total.scalar is None or total.reading is None or total.role != "plain" or fig.value is None
                or fig.kind == "percent" or fig.qualifier is not None or not total.base):
            continue
        text = total.reading
        clause_start = max((m.end() for m in CLAUSE.finditer(text, 0, fig.start)), default=0)
        word = None
        for word in SUM_WORD.finditer(text, clause_start, fig.start):
            pass
        if word is None or not SUM_WORD.fullmatch(word.group(0)) or fig.start - word.end() > 8:
            continue
        end = SENTENCE_END.search(text, fig.end)
        sentence = fold(text[total.sentence : end.start() if end else len(text)])
        # the span is said in the sum's own clause or at the head of its sentence ("2015-2016年，…"), not of
        # another clause ("《规划（2024—2026年）》…")
        head = CLAUSE.search(text, total.sentence, fig.start)
        said = text[clause_start : fig.start] + "，" + text[total.sentence : head.start() if head else fig.start]
        span = _span(said, max(total.years) if len(total.years) == 1 else max(years))
        parts: list[Part] | None = None
        if rows is None:
            rows = table_rows(report)
        how, unsure = "", ""
        listed = YEAR_LIST.fullmatch(text[clause_start : word.start()].strip())
        if span is None and listed:  # "2015年和2016年总计捐赠…": the years are named one by one
            span = tuple(sorted({int(y) for y in re.findall(r"(?:19|20)\d\d", listed.group(0))}))
        if span is not None and len(span) >= 2:
            parts, how = _year_parts(report, total, span, subjects(total.base), rows, sentence), f"the years {span[0]}-{span[-1]}"
        elif span is None and word.group(0) != "累计":  # 水电和光伏累计发电: since they started, not this year's parts
            names = _list_before(text[clause_start : word.start()])
            if names is not None and len(total.years) == 1:
                parts, how = _named_parts(report, total, names, subjects(total.base), rows, sentence), "、".join(names)
                if parts is None:
                    other = _parts_in_other_words(report, total, names, rows)
                    if other is not None:
                        parts, unsure = other
        if not parts:
            continue
        converted = [in_units_of(p.figure, fig) for p in parts]
        if any(c is None for c in converted):
            continue
        low = sum((c.low for c in converted), Decimal(0))
        high = sum((c.high for c in converted), Decimal(0))
        if low <= fig.high and fig.low <= high:
            continue
        added = sum((c.value for c in converted), Decimal(0))
        yield Diagnostic("N222", Severity.WARNING if unsure else Severity.ERROR,
                         f"“{fig.printed}” adds up {how}, stated elsewhere as {' + '.join(p.figure.printed for p in parts)} = "
                         f"{_fmt(added, fig)}" + (f" ({unsure}: if the two count different things, name them alike)" if unsure else ""),
                         locate(report, total),
                         hint="correct the sum or the part that is wrong; if the sum counts something else, name it distinctly",
                         related=tuple(Related(p.where, f"part: {p.figure.printed}") for p in parts[:6]),
                         anchor=anchor(total))


def _fmt(value: Decimal, like) -> str:
    """The sum in the stated figure's unit (33.29亿元 as 33.29亿)."""
    unit = units.UNITS.get(like.unit or "")
    if unit is not None and unit.scale != 1:
        return f"{format((value / unit.scale).normalize(), 'f')}{unit.zh}"
    return f"{format(value.normalize(), 'f')}{unit.zh if unit else ''}"
