"""An esg_index block + its framework catalogue -> the rows of the ESG index table, in the guide's order."""

from __future__ import annotations

from dataclasses import dataclass

from .. import frameworks, schema
from ..model import Report


@dataclass(frozen=True, slots=True)
class Row:
    kind: str  # area | aspect | item
    id: str  # printed id ("A1.2"); empty for area/aspect headings
    title: str
    entry: schema.EsgItem | None  # the report's answer; None when the report lacks the item (K401)
    refs: tuple[tuple[str, schema.Text], ...] = ()  # (section id, section title)


def rows(index: schema.EsgIndex, report: Report, lang: str) -> list[Row]:
    try:
        framework = frameworks.load_framework(index.framework)
    except KeyError:
        return []  # reported as K403 by the checks
    entries = {item.id: item for item in index.items}
    titles = {sec.id: sec.title for _, sec in report.sections()}
    titles.update({ch.id: ch.title for ch in report.chapters})
    result: list[Row] = []
    for item in framework.items:
        title = item.title(lang)  # zh-Hant: the catalogue's Traditional wording, printed as it is
        if item.kind in ("area", "aspect", "standard"):
            result.append(Row("area" if item.kind == "area" else "aspect", "", title, None))
            continue
        entry = entries.get(item.id)
        refs = tuple((ref, titles[ref]) for ref in (entry.refs if entry else ()) if ref in titles)
        result.append(Row("item", item.id, title, entry, refs))
    return result
