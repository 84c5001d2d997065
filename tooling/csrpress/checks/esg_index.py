"""ESG index checks (K4xx): the framework is known, every item is present, answers point somewhere real."""

from __future__ import annotations

from collections.abc import Iterator

from .. import frameworks
from ..diagnostics import Diagnostic, Related, Severity
from ..model import Report, all_blocks


def coverage(report: Report) -> Iterator[Diagnostic]:
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        index = block.data
        try:
            framework = frameworks.load_framework(index.framework)
        except KeyError:
            yield Diagnostic("K403", Severity.ERROR, f"unknown framework `{index.framework}`", report.locate(block.origin, "framework"),
                             hint=f"one of: {', '.join(frameworks.available())}")
            continue
        wanted = [item.id for item in framework.disclosures()]
        present = {item.id for item in index.items}
        for i, item in enumerate(index.items):
            if item.id not in wanted:
                yield Diagnostic("K402", Severity.ERROR, f"`{item.id}` is not an item of {index.framework}",
                                 report.locate(block.origin, "items", i, "id"), hint="use the ids of the framework catalogue")
            elif item.status in ("not_disclosed", "not_applicable") and item.reason is None:
                yield Diagnostic("K406", Severity.INFO, f"`{item.id}` is {item.status.replace('_', ' ')} without a reason",
                                 report.locate(block.origin, "items", i), hint="add `reason:` (comply or explain: the guide asks why)")
            elif item.status == "answered" and item.answer is None and not item.refs:
                yield Diagnostic("K404", Severity.WARNING, f"`{item.id}` is marked answered but has no answer or reference",
                                 report.locate(block.origin, "items", i), hint="add `answer:` or `refs: [section-id]`")
        for missing in (w for w in wanted if w not in present):
            at = block.origin.child("items")
            where = report.positions[at.file].locate(at.path, key=True) if at.file in report.positions else report.locate(at)
            yield Diagnostic("K401", Severity.ERROR, f"{index.framework} item `{missing}` is missing from the ESG index", where, hint="add it with its status (answered, not_disclosed, ...)")


def references(report: Report) -> Iterator[Diagnostic]:
    targets = {ch.id for ch in report.chapters} | {sec.id for _, sec in report.sections()}
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        for i, item in enumerate(block.data.items):
            for j, ref in enumerate(item.refs):
                if ref not in targets and not report.maybe_declared_in_unloaded(ref):
                    yield Diagnostic("S103", Severity.ERROR, f"ESG item `{item.id}` refers to unknown section `{ref}`",
                                     report.locate(block.origin, "items", i, "refs", j), hint="use a section id from the chapters")


# KPI -> (words that name the figure, unit bases it is counted in). HKEX ESG Guide quantitative KPIs.
KPI_SIGNALS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "A1.2": (("温室气体", "二氧化碳排放总量"), frozenset({"tonne"})),
    "A1.3": (("有害废弃物",), frozenset({"tonne"})),
    "A1.4": (("无害废弃物",), frozenset({"tonne"})),
    "A2.1": (("耗电量", "用电量", "能源消耗", "能源总耗量"), frozenset({"kwh"})),
    "A2.2": (("耗水", "用水量"), frozenset({"tonne", "cubic_metre"})),
    "B1.1": (("全职工", "全职员工", "雇员总数", "员工总数"), frozenset({"person"})),
    "B1.2": (("流失率", "离职率"), frozenset({"percent"})),
    "B2.1": (("因工死亡", "因工亡故"), frozenset({"person"})),
    "B2.2": (("工伤", "损失工作日"), frozenset({"day"})),
    "B3.1": (("受训", "培训比例"), frozenset({"percent"})),
    "B3.2": (("培训时数", "培训小时"), frozenset({"hour"})),
    "B5.1": (("供应商",), frozenset({"jia", "ge"})),
}


def not_disclosed_but_stated(report: Report) -> Iterator[Diagnostic]:
    """K405: an item marked not disclosed while the report prints the figure it asks for."""
    from .. import units
    from ..facts import locate
    from .facts import facts_of

    occurrences = [o for o in facts_of(report).occurrences if o.lang == "zh" and o.figure.unit]
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        for i, item in enumerate(block.data.items):
            signal = KPI_SIGNALS.get(item.id)
            if item.status != "not_disclosed" or signal is None:
                continue
            words, bases = signal
            for occ in occurrences:
                unit = units.UNITS.get(occ.figure.unit or "")
                if unit is not None and unit.base in bases and any(w in occ.clause for w in words):
                    yield Diagnostic("K405", Severity.WARNING,
                                     f"`{item.id}` is marked not disclosed, but the report states “{occ.figure.printed}” ({occ.clause.strip()[:30]})",
                                     report.locate(block.origin, "items", i, "status"),
                                     hint="mark it answered with a reference to where the figure is, or explain the omission",
                                     related=(Related(locate(report, occ), "stated here"),))
                    break
