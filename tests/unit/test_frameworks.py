"""Framework catalogues: counts and order per version, bilingual titles, ids, parents, lookup errors."""

from __future__ import annotations

import pytest

from csrpress import frameworks
from csrpress.frameworks import Framework, FrameworkItem, load_framework

HKEX = ("hkex-esg-2015", "hkex-esg-2020", "hkex-esg-2025")
ALL = (*HKEX, "gri-2021")

ORDER_2015 = [
    "A1", "A1.1", "A1.2", "A1.3", "A1.4", "A1.5", "A1.6",
    "A2", "A2.1", "A2.2", "A2.3", "A2.4", "A2.5",
    "A3", "A3.1",
    "B1", "B1.1", "B1.2",
    "B2", "B2.1", "B2.2", "B2.3",
    "B3", "B3.1", "B3.2",
    "B4", "B4.1", "B4.2",
    "B5", "B5.1", "B5.2",
    "B6", "B6.1", "B6.2", "B6.3", "B6.4", "B6.5",
    "B7", "B7.1", "B7.2",
    "B8", "B8.1", "B8.2",
]
ORDER_2020 = [
    "MDR-13", "MDR-14", "MDR-15",
    "A1", "A1.1", "A1.2", "A1.3", "A1.4", "A1.5", "A1.6",
    "A2", "A2.1", "A2.2", "A2.3", "A2.4", "A2.5",
    "A3", "A3.1",
    "A4", "A4.1",
    "B1", "B1.1", "B1.2",
    "B2", "B2.1", "B2.2", "B2.3",
    "B3", "B3.1", "B3.2",
    "B4", "B4.1", "B4.2",
    "B5", "B5.1", "B5.2", "B5.3", "B5.4",
    "B6", "B6.1", "B6.2", "B6.3", "B6.4", "B6.5",
    "B7", "B7.1", "B7.2", "B7.3",
    "B8", "B8.1", "B8.2",
]
PART_D = ["D1.1", "D1.2", "D2.1", "D2.2", "D2.3", "D2.4", "D2.5", "D3.1", *[f"D4.{n}" for n in range(1, 13)]]
ORDER_2025 = [i for i in ORDER_2020 if i not in ("A1.2", "A4", "A4.1")] + PART_D


def by_kind(fw: Framework, kind: str) -> list[str]:
    return [item.id for item in fw.items if item.kind == kind]


def test_available_lists_the_shipped_catalogues() -> None:
    assert set(ALL) <= set(frameworks.available())
    assert list(frameworks.available()) == sorted(frameworks.available())


def test_hkex_2015_has_11_general_disclosures_and_32_kpis_in_order() -> None:
    fw = load_framework("hkex-esg-2015")
    assert len(by_kind(fw, "general_disclosure")) == 11
    assert len(by_kind(fw, "kpi")) == 32
    assert [i.id for i in fw.disclosures()] == ORDER_2015
    assert len(fw.disclosures()) == 43
    assert by_kind(fw, "mandatory") == []
    assert by_kind(fw, "area") == ["A", "B"]
    assert by_kind(fw, "aspect") == [f"aspect-A{n}" for n in range(1, 4)] + [f"aspect-B{n}" for n in range(1, 9)]


def test_hkex_2020_has_12_general_disclosures_36_kpis_and_3_mandatory_items() -> None:
    fw = load_framework("hkex-esg-2020")
    assert len(by_kind(fw, "general_disclosure")) == 12
    assert len(by_kind(fw, "kpi")) == 36
    assert by_kind(fw, "mandatory") == ["MDR-13", "MDR-14", "MDR-15"]
    assert [i.id for i in fw.disclosures()] == ORDER_2020


def test_hkex_2025_matches_the_counts_table() -> None:
    # design doc §1.2: 3 Part B items, 11 GDs (A4 removed), 11 environmental + 23 social KPIs.
    fw = load_framework("hkex-esg-2025")
    assert by_kind(fw, "mandatory") == ["MDR-13", "MDR-14", "MDR-15"]
    assert len(by_kind(fw, "general_disclosure")) == 11
    kpis = by_kind(fw, "kpi")
    assert len([k for k in kpis if k.startswith("A")]) == 11
    assert len([k for k in kpis if k.startswith("B")]) == 23
    assert [i.id for i in fw.disclosures()] == ORDER_2025
    assert "A1.2" not in fw and "aspect-A4" not in fw


def test_hkex_2025_part_d_has_the_four_climate_pillars_with_scope_1_and_2_mandatory() -> None:
    fw = load_framework("hkex-esg-2025")
    assert [i.title_en for i in fw.children("D")] == ["Governance", "Strategy", "Risk Management", "Metrics and Targets"]
    assert [i.id for i in fw.disclosures() if i.id.startswith("D")] == PART_D
    assert [i.id for i in fw.disclosures() if i.id.startswith("D") and i.level == "mandatory"] == ["D4.1", "D4.2"]
    assert {fw.get(i).level for i in PART_D if i not in ("D4.1", "D4.2")} == {"comply_or_explain"}
    assert [fw.get(i).title_en.split(" (")[0] for i in ("D4.1", "D4.2", "D4.3")] == [
        "Scope 1 greenhouse gas emissions", "Scope 2 greenhouse gas emissions", "Scope 3 greenhouse gas emissions"]
    assert fw.aspect_of("D4.1").title_zh == "指标及目标"


def test_gri_2021_lists_gri_2_gri_3_and_the_topic_standards() -> None:
    fw = load_framework("gri-2021")
    topics = [*range(201, 208), *range(301, 309), *range(401, 407), *range(413, 419)]
    assert by_kind(fw, "standard") == ["GRI 2", "GRI 3", *[f"GRI {n}" for n in topics]]
    disclosures = fw.disclosures()
    assert [i.id for i in disclosures][:33] == [f"2-{n}" for n in range(1, 31)] + ["3-1", "3-2", "3-3"]
    counts = {n: len(fw.children(f"GRI {n}")) for n in topics}
    assert counts == {201: 4, 202: 2, 203: 2, 204: 1, 205: 3, 206: 1, 207: 4, 301: 3, 302: 5, 303: 5, 304: 4, 305: 7, 306: 5,
                      307: 1, 308: 2, 401: 3, 402: 1, 403: 10, 404: 3, 405: 2, 406: 1, 413: 2, 414: 2, 415: 1, 416: 2, 417: 3, 418: 1}
    for n in topics:
        assert [i.id for i in fw.children(f"GRI {n}")] == [f"{n}-{k}" for k in range(1, counts[n] + 1)]
    assert fw.get("305-1").title_en == "Direct (Scope 1) GHG emissions" and fw.get("403-9").title_en == "Work-related injuries"
    assert fw.get("302-1").title_zh == "组织内部的能源消耗量"
    assert all(i.kind == "disclosure" for i in disclosures)
    assert {i.parent for i in disclosures if i.id.startswith("2-")} == {"GRI 2"}
    assert {i.parent for i in disclosures if i.id.startswith("3-")} == {"GRI 3"}


@pytest.mark.parametrize("framework_id", ALL)
def test_every_item_has_zh_and_en_titles(framework_id: str) -> None:
    fw = load_framework(framework_id)
    assert fw.name_zh and fw.name_en
    for item in fw.items:
        assert item.title_zh.strip(), item.id
        assert item.title_en.strip(), item.id
        assert item.title_zh != item.title_en, item.id


@pytest.mark.parametrize("framework_id", ALL)
def test_ids_are_unique_and_parents_exist(framework_id: str) -> None:
    fw = load_framework(framework_id)
    ids = [item.id for item in fw.items]
    assert len(ids) == len(set(ids))
    for n, item in enumerate(fw.items):
        if item.kind in ("area", "standard", "mandatory"):
            assert item.parent is None, item.id
        else:
            assert item.parent in ids[:n], item.id  # parent exists and comes first


@pytest.mark.parametrize("framework_id", HKEX)
def test_hkex_structure(framework_id: str) -> None:
    fw = load_framework(framework_id)
    for item in fw.items:
        if item.kind == "aspect":
            assert item.parent in ("A", "B", "D") and item.id == f"aspect-{item.id[7:]}"
        elif item.kind == "general_disclosure":
            assert item.parent == f"aspect-{item.id}"
        elif item.kind == "kpi":
            assert item.parent == f"aspect-{item.id.split('.')[0]}"
        if item.kind in ("general_disclosure", "kpi"):
            assert fw.aspect_of(item) == fw.get(item.parent)


def test_levels() -> None:
    fw15 = load_framework("hkex-esg-2015")
    assert {fw15.get(i).level for i in by_kind(fw15, "general_disclosure")} == {"comply_or_explain"}
    assert {fw15.get(i).level for i in by_kind(fw15, "kpi") if i.startswith("B")} == {"recommended"}
    for framework_id in ("hkex-esg-2020", "hkex-esg-2025"):
        fw = load_framework(framework_id)
        assert {fw.get(i).level for i in by_kind(fw, "mandatory")} == {"mandatory"}
        assert {i.level for i in fw.disclosures() if i.kind != "mandatory" and i.id not in ("D4.1", "D4.2")} == {"comply_or_explain"}
    for framework_id in ALL:
        fw = load_framework(framework_id)
        assert all(i.level is None for i in fw.items if not i.is_disclosure)


def test_official_wording_spot_checks() -> None:
    fw15, fw20 = load_framework("hkex-esg-2015"), load_framework("hkex-esg-2020")
    assert fw15.get("A1.2").title_zh.startswith("温室气体总排放量")
    assert fw20.get("A1.2").title_zh.startswith("直接（范围1）")
    assert fw15.get("A1.5").title_zh == "描述减低排放量的措施及所得成果。"
    assert fw15.get("B2.1").title_zh == "因工作关系而死亡的人数及比率。"
    assert fw15.get("A2.1").title_zh.find("以千个千瓦时计算") > 0
    assert fw20.get("B7.3").title_en == "Description of anti-corruption training provided to directors and staff."
    assert fw15.get("aspect-A1").title_zh == "排放物" and fw15.get("aspect-A1").title_en == "Emissions"


def test_aspect_of() -> None:
    fw = load_framework("hkex-esg-2020")
    assert fw.aspect_of("B5.4").id == "aspect-B5"
    assert fw.aspect_of("aspect-B5").id == "aspect-B5"
    assert fw.aspect_of("B") is None
    assert fw.aspect_of("MDR-13") is None
    assert load_framework("gri-2021").aspect_of("2-7") is None


def test_unknown_framework_raises_key_error_listing_available_ids() -> None:
    with pytest.raises(KeyError) as excinfo:
        load_framework("hkex-esg-1999")
    message = str(excinfo.value)
    for framework_id in ALL:
        assert framework_id in message


def test_unknown_item_raises_key_error() -> None:
    fw = load_framework("hkex-esg-2015")
    with pytest.raises(KeyError):
        fw.get("A4.1")
    assert "A4.1" not in fw and "A1.1" in fw


def test_load_is_cached_and_items_are_immutable() -> None:
    fw = load_framework("hkex-esg-2015")
    assert load_framework("hkex-esg-2015") is fw
    assert isinstance(fw.items, tuple) and isinstance(fw.items[0], FrameworkItem)
    with pytest.raises(AttributeError):
        fw.items[0].title_zh = "x"  # type: ignore[misc]
