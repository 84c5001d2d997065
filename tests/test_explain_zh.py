"""Every finding code explained in Chinese (issue 19 item 4): `check --explain CODE --lang zh|zh-Hans|zh-Hant`
and the Chinese fix in each hint, in the authored script, for every code of the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from csrpress import explain_zh
from csrpress.cli import main
from csrpress.codes import CODES
from csrpress.hant import simplified_only_to_hant, to_hans

_HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def _outside_any_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_every_code_has_a_chinese_what_why_and_fix() -> None:
    missing = sorted(set(CODES) - set(explain_zh.TEXT))
    assert not missing, f"codes without Chinese in explain_zh.TEXT: {missing}"
    assert not set(explain_zh.TEXT) - set(CODES), "Chinese for a code the catalogue does not have"
    for code, text in explain_zh.TEXT.items():
        assert len(text) == 3 and all(_HAN.search(part) for part in text), code


def test_the_chinese_is_written_in_simplified() -> None:
    """The Simplified is the source the Traditional is made from: a Traditional character typed into it
    would be printed as is in zh-Hans."""
    for code, text in explain_zh.TEXT.items():
        for part in text:
            assert to_hans(part) == part, (code, part)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_explains_in_hong_kong_traditional(code: str) -> None:
    out = explain_zh.explain(CODES[code], "zh-Hant")
    what, why, fix = (explain_zh._script(part, "zh-Hant") for part in explain_zh.TEXT[code])
    assert out.startswith(f"{code} {CODES[code].name}（預設：") and "為何重要" in out and "What it does" not in out
    for part in (what, why, fix):
        assert part in out
        assert simplified_only_to_hant(part) == part, (code, part)  # no Simplified-only character left
        assert not any(mainland in part for mainland, _ in explain_zh.HK_WORDS), (code, part)
        assert "瞭" not in part, (code, part)  # s2hk's 明了 -> 明瞭: reword the Simplified
    assert explain_zh.hint(code, "zh-Hant") == fix
    assert explain_zh.hint(code, "zh-Hans") == explain_zh.TEXT[code][2]


def test_explain_n212_in_traditional_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--explain", "N212", "--lang", "zh-Hant"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("N212 ") and "（預設：" in out
    assert "兩處表述同一事實的數字不一致" in out and "為何重要" in out and "修正" in out
    assert "数字" not in out and "What it does" not in out
    ours = out.split("示例")[0] + out.split("修正")[1]  # the example quotes a writer's text
    assert simplified_only_to_hant(ours) == ours


def test_explain_in_simplified_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--explain", "L008", "--lang", "zh-Hans"]) == 0
    out = capsys.readouterr().out
    assert "内容文件或文件夹是符号链接" in out and "（默认：error）" in out


def test_hong_kong_words_for_the_tools_terms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--explain", "L008", "--lang", "zh-Hant"]) == 0
    out = capsys.readouterr().out
    assert "內容檔案或資料夾是符號連結" in out and "文件" not in out.split("示例")[0]


def test_a_code_without_chinese_says_so_and_gives_the_english(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A code added to the catalogue before its Chinese (the test above fails meanwhile) still explains."""
    monkeypatch.delitem(explain_zh.TEXT, "S105")
    assert main(["check", "--explain", "S105", "--lang", "zh-Hant"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("（此代碼尚無中文説明，以下為英文）") and "What it does" in out
    assert explain_zh.hint("S105", "zh-Hant") is None
