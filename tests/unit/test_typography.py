"""The Chinese typography pre-pass: quarter-em spacing between Han and Latin, paired punctuation, protected runs."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from csrpress import markup
from csrpress.typography import QUARTER_EM as Q
from csrpress.typography import typeset


def test_space_between_han_and_latin_letters_or_digits_both_ways():
    assert typeset("腾讯在2016年推出WeChat服务") == f"腾讯在{Q}2016{Q}年推出{Q}WeChat{Q}服务"


def test_no_space_where_a_space_or_punctuation_already_separates():
    for text in ("微信里的 office365", "（2016）", "截至2016年", "100%的"):
        out = typeset(text)
        assert f"{Q} " not in out and f" {Q}" not in out
    assert typeset("微信里的 office365") == f"微信里的{Q}office365"   # the typed space: one that never widens
    assert typeset("（2016）") == "（2016）"
    assert typeset("100%的用户") == "100%的用户"


def test_latin_only_and_han_only_text_is_unchanged():
    assert typeset("WeChatPay2016") == "WeChatPay2016"
    assert typeset("连接的责任，成长的担当") == "连接的责任，成长的担当"


def test_never_inside_a_metric_figure_but_spaced_from_it():
    html = '<p>共有<span class="metric" data-metric="a.b">677万人次</span>参与</p>'
    assert typeset(html) == f'<p>共有{Q}<span class="metric" data-metric="a.b">677万人次</span>参与</p>'


def test_never_inside_a_url_or_link():
    assert typeset("网址https://zh.wikipedia.org/wiki/腾讯2016，了解") == f"网址{Q}https://zh.wikipedia.org/wiki/腾讯2016，了解"
    link = '<a href="https://gongyi.qq.com/腾讯">腾讯公益gongyi</a>'
    assert typeset(f"访问{link}") == f"访问{link}"


def test_attributes_and_tags_are_left_alone():
    html = '<span class="x" title="腾讯2016">腾讯</span>'
    assert typeset(html) == html


def test_no_spacing_across_paragraphs():
    assert typeset("<p>腾讯</p><p>2016年</p>") == f"<p>腾讯</p><p>2016{Q}年</p>"


def test_paired_full_width_punctuation_keeps_one_blank():
    out = typeset("他说：“你好。”（腾讯）。", halt=True)
    assert out == ('他说<span class="halt">：</span>“你好<span class="halt">。</span><span class="halt">”</span>'
                   '（腾讯<span class="halt">）</span>。')
    # Two opening marks: the second loses its leading blank.
    assert typeset("（「测试」）", halt=True) == '（<span class="halt">「</span>测试<span class="halt">」</span>）'
    # Without halt (titles), no markup is added.
    assert typeset("（腾讯）。") == "（腾讯）。"


def test_entities_from_escaping_are_not_read_as_letters():
    assert typeset("腾讯&amp;微信") == "腾讯&amp;微信"
    assert typeset("A&amp;B腾讯") == f"A&amp;B{Q}腾讯"


def test_markdown_output_of_a_paragraph():
    html = markup.to_html("2016年9月7日至9日，第二届99公益日**共有677万人次**参与。", "zh")
    out = typeset(html, halt=True)
    assert out.startswith(f"<p>2016{Q}年{Q}9{Q}月{Q}7{Q}日至{Q}9{Q}日，第二届{Q}99{Q}公益日<strong>共有{Q}677万人次</strong>参与。</p>")


def test_a_number_keeps_its_scale_word_like_a_printed_metric():
    assert typeset("共677万人次，3.05亿元，约2千家") == f"共{Q}677万人次，3.05亿元，约{Q}2千家"
    assert typeset('<mark class="finding">2016年677万</mark>') == '<mark class="finding">2016年677万</mark>'


@given(st.text(alphabet="腾讯年ab12 ，。（）“”<>&", max_size=40))
def test_removing_the_inserted_characters_gives_back_the_text(text):
    from markupsafe import escape

    html = str(escape(text))
    out = typeset(html, halt=True)
    plain = re.sub('<span class="halt">(.)</span>', r"\1", out)
    # Only quarter-em spaces added, typed spaces next to Han made quarter-em (or dropped next to full-width marks).
    assert plain.replace(Q, "").replace(" ", "") == html.replace(" ", "")
    assert not re.search("[腾讯年] +[^ ]|[^ ] +[腾讯年]", plain)


def test_typed_spaces_next_to_han_never_widen():
    assert typeset("在 2016 年，腾讯 FM 与 Tencent Cloud 合作") == f"在{Q}2016{Q}年，腾讯{Q}FM{Q}与{Q}Tencent{Q}Cloud{Q}合作"
    assert typeset("总监 冯莲") == f"总监{Q}冯莲"
    assert typeset("用户。 他们（注： 见下）") == "用户。他们（注：见下）"
    assert typeset('在 <span class="metric">2016</span> 年') == f'在{Q}<span class="metric">2016</span>{Q}年'
    assert typeset("WeChat Pay 2016") == f"WeChat{Q}Pay{Q}2016"   # in Chinese text no space widens


def test_half_width_parentheses_in_chinese_become_full_width_in_pairs():
    assert typeset("乐固(LEGU)，是") == "乐固（LEGU），是"
    assert typeset("(人工智能)") == "（人工智能）"
    assert typeset("(a) 本集团") == f"(a){Q}本集团"   # an enumeration of Latin letters stays as written
    assert typeset("See (p. 3) here") == f"See{Q}(p.{Q}3){Q}here"
    assert typeset('代码<code>f(x)</code>中') == f'代码{Q}<code>f(x)</code>中'


# ---- the last two characters of a block tied (no one-character last line) ----

def test_the_last_two_chinese_characters_of_each_block_are_tied():
    from csrpress.typography import WORD_JOINER as J
    from csrpress.typography import tie_last_characters as tie

    assert tie("<p>这是一段正文，最后一个字。</p>") == f"<p>这是一段正文，最后一个{J}字。</p>"
    assert tie("<ul><li>一项</li><li>两项内容</li></ul>") == f"<ul><li>一{J}项</li><li>两项内{J}容</li></ul>"
    assert tie("标题文字") == f"标题文{J}字"   # an inline fragment (a heading, a caption) ends its own block
    # The space before a Chinese character breaks after itself: the joiner goes after the space.
    assert tie(f"<p>在{Q}2016{Q}年</p>") == f"<p>在{Q}2016{Q}{J}年</p>"
    # A figure before the last character: the joiner stays outside it.
    assert tie('<p>达到<span class="metric">677万</span>人。</p>') == f'<p>达到<span class="metric">677万</span>{J}人。</p>'


def test_ties_leave_footnotes_links_latin_and_single_characters_alone():
    from csrpress.typography import WORD_JOINER as J
    from csrpress.typography import tie_last_characters as tie

    # A footnote's text floats to the page foot: the paragraph's own last characters are tied, not the note's.
    assert tie('<p>正文文字<span class="footnote">注释内容</span>。</p>') == f'<p>正文文{J}字<span class="footnote">注释内容</span>。</p>'
    assert tie('<p>详见<a href="https://x">腾讯公益</a></p>') == '<p>详见<a href="https://x">腾讯公益</a></p>'
    assert tie("<p>Giving Day.</p>") == "<p>Giving Day.</p>"
    assert tie("<p>好</p>") == "<p>好</p>"
    assert tie(tie("<p>两个字</p>")) == tie("<p>两个字</p>")   # applied twice, tied once


def test_bookmark_labels_lose_the_joiners():
    from types import SimpleNamespace

    from csrpress.typography import WORD_JOINER as J
    from csrpress.typography import untie_bookmarks

    page = SimpleNamespace(bookmarks=[(2, f"企业社会责任管\u2060理", (0, 0), "open")])
    untie_bookmarks(SimpleNamespace(pages=[page]))
    assert page.bookmarks == [(2, "企业社会责任管理", (0, 0), "open")] and J not in page.bookmarks[0][1]


def test_a_whole_chinese_document_is_tied_for_the_layout_and_no_other():
    from csrpress.typography import WORD_JOINER as J
    from csrpress.typography import tie_document

    zh = ('<html lang="zh-Hans"><head><title>示例报告</title></head><body><p>正文的最后一个字</p>'
          '<svg><text>2015年</text></svg></body></html>')
    assert tie_document(zh) == zh.replace("个字", f"个{J}字")   # not the title, not a chart's label
    en = '<html lang="en"><body><p>Tencent 腾讯</p></body></html>'
    assert tie_document(en) == en
