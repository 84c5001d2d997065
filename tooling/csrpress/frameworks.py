"""Framework catalogue YAML (frameworks/<id>.yaml) -> an immutable Framework of bilingual items, in the guide's order.

A catalogue lists every item of one version of a disclosure framework (HKEX ESG guide 2015 / 2020,
HKEX ESG Code 2025, GRI 2 + GRI 3 2021): headings (subject areas, aspects, standards) and the items
a report answers in its ESG index (general disclosures, KPIs, mandatory items, paragraphs, GRI
disclosures). The ids are the ones the report content uses (`A1` is the General Disclosure of
aspect `aspect-A1`, `A1.1` a KPI, `MDR-13` a Part B mandatory item, `2-1` a GRI disclosure).

    >>> fw = load_framework("hkex-esg-2015")
    >>> [item.id for item in fw.disclosures()][:3]
    ['A1', 'A1.1', 'A1.2']
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# libyaml when present: 5x faster than the pure-Python loader on the catalogues (shipped files, not content).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CATALOGUE_DIR = Path(__file__).parent / "frameworks"

HEADING_KINDS = frozenset({"area", "aspect", "standard"})
DISCLOSURE_KINDS = frozenset({"general_disclosure", "kpi", "mandatory", "paragraph", "disclosure"})
KINDS = HEADING_KINDS | DISCLOSURE_KINDS
LEVELS = frozenset({"comply_or_explain", "recommended", "mandatory"})
_ROOT_KINDS = frozenset({"area", "standard", "mandatory"})  # may have no parent


@dataclass(frozen=True, slots=True)
class FrameworkItem:
    id: str
    kind: str  # area | aspect | standard | general_disclosure | kpi | mandatory | paragraph | disclosure
    parent: str | None
    title_zh: str  # official Simplified Chinese wording
    title_en: str  # official English wording
    level: str | None  # comply_or_explain | recommended | mandatory; None for headings / when the guide sets none
    title_zh_hant: str = ""  # Traditional Chinese wording (the catalogue's `zh-Hant`); "" -> the zh wording converted

    @property
    def is_disclosure(self) -> bool:
        """True for the items a report answers (not for headings)."""
        return self.kind in DISCLOSURE_KINDS

    def title(self, lang: str) -> str:
        """The title in `lang` ("en", "zh-Hant"; anything else gets the Simplified wording)."""
        if lang == "zh-Hant" and self.title_zh_hant:
            return self.title_zh_hant
        return self.title_en if lang == "en" else self.title_zh


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name_zh: str
    name_en: str
    items: tuple[FrameworkItem, ...]
    publisher_zh: str = ""
    publisher_en: str = ""
    source: str = ""
    name_zh_hant: str = ""
    _index: dict[str, FrameworkItem] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {item.id: item for item in self.items})

    def disclosures(self) -> tuple[FrameworkItem, ...]:
        """The items a report answers, in the guide's order (no headings)."""
        return tuple(item for item in self.items if item.kind in DISCLOSURE_KINDS)

    def get(self, item_id: str) -> FrameworkItem:
        """The item with this id; KeyError if the framework has none (use `in` to test)."""
        try:
            return self._index[item_id]
        except KeyError:
            raise KeyError(f"{item_id!r} is not an item of {self.id}") from None

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._index

    def __iter__(self) -> Iterator[FrameworkItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def children(self, item: FrameworkItem | str) -> tuple[FrameworkItem, ...]:
        """The items whose parent is `item`, in order."""
        parent_id = item if isinstance(item, str) else item.id
        return tuple(child for child in self.items if child.parent == parent_id)

    def aspect_of(self, item: FrameworkItem | str) -> FrameworkItem | None:
        """The aspect an item belongs to (itself if it is an aspect); None outside any aspect
        (subject areas, Part B mandatory items, GRI disclosures)."""
        current: FrameworkItem | None = self.get(item) if isinstance(item, str) else item
        while current is not None:
            if current.kind == "aspect":
                return current
            current = self._index.get(current.parent) if current.parent else None
        return None

    def name(self, lang: str) -> str:
        if lang == "zh-Hant" and self.name_zh_hant:
            return self.name_zh_hant
        return self.name_en if lang == "en" else self.name_zh


def available() -> tuple[str, ...]:
    """Ids of the shipped catalogues (the yaml files of the frameworks/ folder), sorted."""
    return tuple(sorted(path.stem for path in CATALOGUE_DIR.glob("*.yaml")))


@functools.lru_cache(maxsize=None)
def load_framework(framework_id: str) -> Framework:
    """The catalogue `framework_id`; KeyError (listing the available ids) if none is shipped."""
    ids = available()
    if framework_id not in ids:
        raise KeyError(f"unknown framework {framework_id!r}; available: {', '.join(ids)}")
    path = CATALOGUE_DIR / f"{framework_id}.yaml"
    return _parse(yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER), path, framework_id)


def _bilingual(value: Any, where: str) -> tuple[str, str]:
    zh, en, _ = _trilingual(value, where)
    return zh, en


def _trilingual(value: Any, where: str) -> tuple[str, str, str]:
    """{zh, en} with an optional zh-Hant (the Traditional wording; "" when the catalogue has none)."""
    if not isinstance(value, dict) or not {"zh", "en"} <= set(value) <= {"zh", "en", "zh-Hant"}:
        raise ValueError(f"{where}: expected {{zh: ..., en: ..., zh-Hant: ...}} (zh-Hant optional), got {value!r}")
    zh, en, hant = value["zh"], value["en"], value.get("zh-Hant", "")
    if not (isinstance(zh, str) and zh.strip() and isinstance(en, str) and en.strip() and isinstance(hant, str)):
        raise ValueError(f"{where}: zh and en must be non-empty strings")
    return zh.strip(), en.strip(), hant.strip()


def _parse(data: Any, path: Path, expected_id: str) -> Framework:
    where = str(path)
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping at the top level")
    unknown = set(data) - {"id", "name", "publisher", "source", "items"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    if data.get("id") != expected_id:
        raise ValueError(f"{where}: id {data.get('id')!r} does not match the file name {expected_id!r}")
    name_zh, name_en, name_zh_hant = _trilingual(data.get("name"), f"{where}: name")
    publisher_zh, publisher_en = _bilingual(data["publisher"], f"{where}: publisher") if "publisher" in data else ("", "")
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise ValueError(f"{where}: `items` must be a non-empty list")

    items: list[FrameworkItem] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_items):
        at = f"{where}: items[{n}]"
        if not isinstance(raw, dict):
            raise ValueError(f"{at}: expected a mapping")
        extra = set(raw) - {"id", "kind", "parent", "title", "level"}
        if extra:
            raise ValueError(f"{at}: unknown keys {sorted(extra)}")
        item_id, kind, parent, level = raw.get("id"), raw.get("kind"), raw.get("parent"), raw.get("level")
        if not isinstance(item_id, str) or not item_id:
            raise ValueError(f"{at}: missing id")
        at = f"{where}: item {item_id}"
        if item_id in seen:
            raise ValueError(f"{at}: duplicate id")
        if kind not in KINDS:
            raise ValueError(f"{at}: kind {kind!r} is not one of {sorted(KINDS)}")
        if level is not None and level not in LEVELS:
            raise ValueError(f"{at}: level {level!r} is not one of {sorted(LEVELS)}")
        if parent is None:
            if kind not in _ROOT_KINDS:
                raise ValueError(f"{at}: a {kind} needs a parent")
        elif parent not in seen:
            raise ValueError(f"{at}: parent {parent!r} is not an earlier item")
        title_zh, title_en, title_zh_hant = _trilingual(raw.get("title"), f"{at}: title")
        seen.add(item_id)
        items.append(FrameworkItem(item_id, kind, parent, title_zh, title_en, level, title_zh_hant))

    return Framework(
        id=expected_id,
        name_zh=name_zh,
        name_en=name_en,
        items=tuple(items),
        publisher_zh=publisher_zh,
        publisher_en=publisher_en,
        source=str(data.get("source") or ""),
        name_zh_hant=name_zh_hant,
    )
