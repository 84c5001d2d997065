"""ESG index checks (K4xx): the framework is known, every item is present, answers point somewhere real."""

from __future__ import annotations

from collections.abc import Iterator

from .. import frameworks
from ..diagnostics import Diagnostic, Severity
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
            elif item.status == "answered" and item.answer is None and not item.refs:
                yield Diagnostic("K404", Severity.WARNING, f"`{item.id}` is marked answered but has no answer or reference",
                                 report.locate(block.origin, "items", i), hint="add `answer:` or `refs: [section-id]`")
        for missing in (w for w in wanted if w not in present):
            yield Diagnostic("K401", Severity.ERROR, f"{index.framework} item `{missing}` is missing from the ESG index",
                             report.locate(block.origin, "items"), hint="add it with its status (answered, not_disclosed, ...)")


def references(report: Report) -> Iterator[Diagnostic]:
    targets = {ch.id for ch in report.chapters} | {sec.id for _, sec in report.sections()}
    for _, _, block in all_blocks(report):
        if block.kind != "esg_index":
            continue
        for i, item in enumerate(block.data.items):
            for j, ref in enumerate(item.refs):
                if ref not in targets:
                    yield Diagnostic("S103", Severity.ERROR, f"ESG item `{item.id}` refers to unknown section `{ref}`",
                                     report.locate(block.origin, "items", i, "refs", j), hint="use a section id from the chapters")
