"""Traditional text is recognised by its characters (claims/script.py), from a list OpenCC gives."""

from __future__ import annotations

from csrpress.claims import script


def test_the_character_list_is_what_opencc_gives():
    assert script.ASSET.read_text(encoding="utf-8").strip() == script.traditional_only()


def test_traditional_text_is_read_as_simplified_and_simplified_text_as_it_is():
    assert script.reading("範圍一排放17.04萬噸") == "范围一排放17.04万吨"  # 範/圍 were missing from the old hand-made list
    assert script.reading("温室气体排放总量40.76万吨") == "温室气体排放总量40.76万吨"
    assert script.reading("2024年發佈《報告》") == "2024年发布《报告》"


def test_the_simplified_only_list_is_what_opencc_gives_and_spares_hong_kong_usage():
    listed = script.SIMPLIFIED_ASSET.read_text(encoding="utf-8").strip()
    assert listed == script.simplified_only()
    assert all(c in listed for c in "万国发电为这们说")
    assert not any(c in listed for c in "布周了床户台")  # 公布, 周年, 了解, 床位, 住户, 平台 as Hong Kong writes them
