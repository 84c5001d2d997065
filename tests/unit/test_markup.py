"""Markdown of content strings: emphasis next to Chinese punctuation, plain text, literal markers."""

from __future__ import annotations

import pytest

from csrpress import markup


@pytest.mark.parametrize(("source", "html"), [
    ("**腾讯 FM：**其实归根到底", "<strong>腾讯 FM：</strong>其实归根到底"),
    ("**该星号不会被识别，而是直接显示。**这是因为", "<strong>该星号不会被识别，而是直接显示。</strong>这是因为"),
    ("这是**“腾讯”**的", "这是<strong>“腾讯”</strong>的"),
    ("见*《腾讯月刊》*第12期", "见<em>《腾讯月刊》</em>第12期"),
])
def test_emphasis_next_to_cjk_punctuation(source, html):
    assert markup.to_html(source, "zh", inline=True) == html


@pytest.mark.parametrize(("source", "html"), [
    ("*Fearless Youth*, Endless", "<em>Fearless Youth</em>, Endless"),
    ("snake_case_name stays", "snake_case_name stays"),
    ("a * b * c", "a * b * c"),
    ("**bold**.", "<strong>bold</strong>."),
    ('"**quoted**" 2015-2016', '“<strong>quoted</strong>” 2015–2016'),   # typographer, en only
])
def test_english_emphasis_is_commonmark(source, html):
    assert markup.to_html(source, "en", inline=True) == html


def test_plain_text_of_inline_markdown():
    assert markup.to_plain("*Internet Frontier* Magazine & {m:x}", "en", lambda mid, bare: "42") == "Internet Frontier Magazine & 42"


def test_literal_markers_are_found():
    assert markup.literal_markers("**粗体**正文") == []
    assert [m for _, m in markup.literal_markers("** 粗体**与`代码")] == ["**", "`"]


def test_a_backslash_or_two_spaces_end_a_line_and_a_wrap_does_not() -> None:
    """Line breaks (issue 16): a writer's hard break prints as one; a wrapped Chinese line joins with nothing."""
    from csrpress.markup import to_html

    assert to_html("腾讯公司\\\n深圳市南山区\n科技园", "zh") == "<p>腾讯公司<br />\n深圳市南山区科技园</p>\n"
    assert to_html("Tencent  \nShenzhen\nChina", "en") == "<p>Tencent<br />\nShenzhen\nChina</p>\n"


def test_a_string_without_markdown_characters_parses_as_text() -> None:
    """markup.MAY_BE_MARKDOWN holds every character at which the parser may leave its text rule (a check skips
    parsing strings without one): markdown-it's terminators of both parsers, as configured with our rules."""
    from csrpress import markup

    for english in (False, True):
        md = markup.parser(english)
        chars = set(md.inline.terminator_re.pattern.strip("[]").replace("\\", "")) | md.inline._extra_terminator_chars
        assert all(markup.MAY_BE_MARKDOWN.search(c) for c in chars | {"\\", "\r", "\0"}), chars
        for text in ("能源管理 2016年 39.6％ 单位（吨）", "Water use, 2016 (tonnes)", "", " 前后 "):
            assert not markup.MAY_BE_MARKDOWN.search(text)
            children = md.parseInline(text, {"lang": "zh", "metric": None})[0].children or []
            assert [t.type for t in children] in ([], ["text"])
