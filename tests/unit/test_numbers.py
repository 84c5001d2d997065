"""Number reader and formatter: printed forms -> Figure, prose -> figures, Figure -> zh/en."""
from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import example, given, settings, strategies as st

from csrpress.numbers import Figure, find_figures, format_figure, format_zh, parse_figure

INF = Decimal("Infinity")
D = Decimal

# printed, value, low, high, precision, unit, qualifier, kind
TABLE: list[tuple[str, str | None, str, str, str, str | None, str | None, str]] = [
    ("677万人次", "6770000", "6765000", "6775000", "10000", "wan_person_times", None, "number"),
    ("670万", "6700000", "6695000", "6705000", "10000", None, None, "number"),
    ("1.279亿", "127900000", "127850000", "127950000", "100000", None, None, "number"),
    ("2万多名", "20000", "20000", "30000", "10000", "ming", "more", "number"),
    ("超过九亿", "900000000", "900000000", "Infinity", "100000000", None, "over", "number"),
    ("近70万家", "700000", "630000", "700000", "10000", "jia", "nearly", "number"),
    ("39.6%", "39.6", "39.55", "39.65", "0.1", "percent", None, "percent"),
    ("98.8秒", "98.8", "98.75", "98.85", "0.1", "second", None, "number"),
    ("38,775", "38775", "38774.5", "38775.5", "1", None, None, "number"),
    ("19,875,366.16", "19875366.16", "19875366.155", "19875366.165", "0.01", None, None,
     "number"),
    ("99.65%", "99.65", "99.645", "99.655", "0.01", "percent", None, "percent"),
    ("2.4倍", "2.4", "2.35", "2.45", "0.1", "times", None, "multiple"),
    ("1亿9999万", "199990000", "199985000", "199995000", "10000", None, None, "number"),
    ("2.4 万亿", "2400000000000", "2350000000000", "2450000000000", "100000000000", None, None,
     "number"),
    ("9 千万", "90000000", "85000000", "95000000", "10000000", None, None, "number"),
    ("二十多万", "200000", "200000", "300000", "100000", None, "more", "number"),
    ("十万", "100000", "50000", "150000", "100000", None, None, "number"),
    ("一亿元", "100000000", "50000000", "150000000", "100000000", "yi_yuan", None, "number"),
    ("数十", None, "20", "100", "10", None, "several", "number"),
    ("上百", None, "100", "1000", "100", None, "several", "number"),
    ("more than 20,000", "20000", "20000", "Infinity", "1", None, "over", "number"),
    ("6.77 million", "6770000", "6765000", "6775000", "10000", None, None, "number"),
    ("RMB 127.9 million", "127900000", "127850000", "127950000", "100000", "yuan", None, "number"),
    ("nearly 700,000", "700000", "630000", "700000", "1", None, "nearly", "number"),
    # more forms a report prints
    ("200多", "200", "200", "300", "1", None, "more", "number"),
    ("20多万", "200000", "200000", "300000", "10000", None, "more", "number"),
    ("20万多", "200000", "200000", "210000", "10000", None, "more", "number"),
    ("2万余名", "20000", "20000", "30000", "10000", "ming", "more", "number"),
    ("百余家", "100", "100", "200", "100", "jia", "more", "number"),
    ("逾1000名", "1000", "1000", "Infinity", "1", "ming", "over", "number"),
    ("1000名以上", "1000", "1000", "Infinity", "1", "ming", "at_least", "number"),
    ("不少于100", "100", "100", "Infinity", "1", None, "at_least", "number"),
    ("约30%", "30", "27", "33", "1", "percent", "about", "percent"),
    ("30%左右", "30", "27", "33", "1", "percent", "about", "percent"),
    ("不到24小时", "24", "-Infinity", "24", "1", "hour", "under", "number"),
    ("不超过5%", "5", "-Infinity", "5.5", "1", "percent", "at_most", "percent"),
    ("过亿", "100000000", "100000000", "Infinity", "100000000", None, "over", "number"),
    ("超2.4万亿步", None, "", "", "", None, None, ""),   # 步 is no unit: not one figure
    ("数百万", None, "2000000", "10000000", "1000000", None, "several", "number"),
    ("十几万", None, "110000", "200000", "10000", None, "several", "number"),
    ("数十亿元", None, "2000000000", "10000000000", "1000000000", "yi_yuan", "several", "number"),
    ("hundreds of people", None, "200", "1000", "100", "person", "several", "number"),
    ("三百六十五", "365", "364.5", "365.5", "1", None, None, "number"),
    ("两千", "2000", "1500", "2500", "1000", None, None, "number"),
    ("三千五", "3500", "3450", "3550", "100", None, None, "number"),
    ("一百零八", "108", "107.5", "108.5", "1", None, None, "number"),
    ("〇", "0", "-0.5", "0.5", "1", None, None, "number"),
    ("三", "3", "2.5", "3.5", "1", None, None, "number"),
    ("百分之九十九点六五", "99.65", "99.645", "99.655", "0.01", "percent", None, "percent"),
    ("5个百分点", "5", "4.5", "5.5", "1", "percentage_point", None, "number"),
    ("３８，７７５", "38775", "38774.5", "38775.5", "1", None, None, "number"),
    ("99.65％", "99.65", "99.645", "99.655", "0.01", "percent", None, "percent"),
    ("38775万元", "387750000", "387745000", "387755000", "10000", "wan_yuan", None, "number"),
    ("人民币3.05亿元", "305000000", "304500000", "305500000", "1000000", "yi_yuan", None,
     "number"),
    ("3bn", "3000000000", "2500000000", "3500000000", "1000000000", None, None, "number"),
    ("US$5m", "5000000", "4500000", "5500000", "1000000", "usd", None, "number"),
    ("USD 1.2 billion", "1200000000", "1150000000", "1250000000", "100000000", "usd", None,
     "number"),
    ("-3.5%", "-3.5", "-3.55", "-3.45", "0.1", "percent", None, "percent"),
    ("10kWh", "10", "9.5", "10.5", "1", "kwh", None, "number"),
    ("100万度", "1000000", "995000", "1005000", "10000", "wan_kwh", None, "number"),
    ("2.4-fold", "2.4", "2.35", "2.45", "0.1", "times", None, "multiple"),
    ("20,000+", "20000", "20000", "Infinity", "1", None, "at_least", "number"),
    ("at least 5 years", "5", "5", "Infinity", "1", "year", "at_least", "number"),
    ("about 30 per cent", "30", "27", "33", "1", "percent", "about", "percent"),
    ("74.85 million times", "74850000", "74845000", "74855000", "10000", "ci", None, "number"),
    # the Macau pataca: MOP$ is no US dollar, 百万 before a currency is its own scale word
    ("MOP$76.4 million", "76400000", "76350000", "76450000", "100000", "mop", None, "number"),
    ("MOP 1,842 million", "1842000000", "1841500000", "1842500000", "1000000", "mop", None, "number"),
    ("5,126百万澳门元", "5126000000", "5125500000", "5126500000", "1000000", "baiwan_mop", None, "number"),
    ("18.42亿澳门元", "1842000000", "1841500000", "1842500000", "1000000", "yi_mop", None, "number"),
    ("1,842百万港元", "1842000000", "1841500000", "1842500000", "1000000", "baiwan_hkd", None, "number"),
]


@pytest.mark.parametrize(("printed", "value", "low", "high", "precision", "unit", "qual", "kind"),
                         TABLE, ids=[row[0] for row in TABLE])
def test_printed_forms(printed: str, value: str | None, low: str, high: str, precision: str,
                       unit: str | None, qual: str | None, kind: str) -> None:
    fig = parse_figure(printed)
    if not kind:
        assert fig is None
        return
    assert fig is not None
    assert (fig.printed, fig.start, fig.end) == (printed, 0, len(printed))
    assert fig.value == (None if value is None else D(value))
    assert (fig.low, fig.high, fig.precision) == (D(low), D(high), D(precision))
    assert (fig.unit, fig.qualifier, fig.kind) == (unit, qual, kind)


@pytest.mark.parametrize(
    ("printed", "date", "period"),
    [
        ("2015年9月7日", (2015, 9, 7), None),
        ("2016年底", (2016, 12, 31), None),
        ("2016年末", (2016, 12, 31), None),
        ("截至2016年12月31日", (2016, 12, 31), None),
        ("截止2016年9月底", (2016, 9, 30), None),
        ("2016年9月", (2016, 9, None), None),
        ("2016年", (2016, None, None), None),
        ("2016年度", (2016, None, None), None),
        ("二〇一六年", (2016, None, None), None),
        ("2016 年 11 月 4 日", (2016, 11, 4), None),
        ("September 7, 2015", (2015, 9, 7), None),
        ("7 September 2015", (2015, 9, 7), None),
        ("Sept. 7th, 2015", (2015, 9, 7), None),
        ("September 2016", (2016, 9, None), None),
        ("As of December 31, 2016", (2016, 12, 31), None),
        ("the end of 2016", (2016, 12, 31), None),
        ("2016-09-07", (2016, 9, 7), None),
        ("2015-2016", None, (2015, 2016)),
        ("2015—2016", None, (2015, 2016)),
        ("2015/2016", None, (2015, 2016)),
        ("2015-16", None, (2015, 2016)),
        ("2015年至2016年", None, (2015, 2016)),
        ("2015 to 2016", None, (2015, 2016)),
        ("between 2015 and 2016", None, (2015, 2016)),
    ],
)
def test_dates_and_periods(printed: str, date: tuple[int, int | None, int | None] | None,
                           period: tuple[int, int] | None) -> None:
    fig = parse_figure(printed)
    assert fig is not None
    assert (fig.kind, fig.date, fig.period) == ("period" if period else "date", date, period)
    assert fig.value is None and fig.unit is None
    assert fig.low < fig.high


@pytest.mark.parametrize("text", ["2016年2月30日", "2016-2015", "2015 and 2016", "9月7日", "",
                                  "   ", "abc", "677万人次通过", "一起", "4G", "QQ2016"])
def test_not_one_figure(text: str) -> None:
    assert parse_figure(text) is None


def test_parse_figure_reports_offsets_in_the_unstripped_text() -> None:
    fig = parse_figure("  677万人次\n")
    assert fig is not None and (fig.start, fig.end, fig.printed) == (2, 8, "677万人次")


def _found(text: str) -> list[tuple[str, Decimal | None, str | None, str]]:
    figs = find_figures(text)
    for fig in figs:
        assert text[fig.start:fig.end] == fig.printed
    return [(f.printed, f.value, f.unit, f.kind) for f in figs]


def test_sentence_from_the_sample_report() -> None:
    text = "2016年9月7日至9日，677万人次通过腾讯公益平台捐出3.05亿元善款。"
    figs = find_figures(text)
    assert [f.printed for f in figs] == ["2016年9月7日", "9日", "677万人次", "3.05亿元"]
    assert [f.date for f in figs[:2]] == [(2016, 9, 7), (2016, 9, 9)]
    assert (figs[2].value, figs[2].unit) == (D(6770000), "wan_person_times")
    assert (figs[3].value, figs[3].unit) == (D(305000000), "yi_yuan")
    for fig in figs:
        assert text[fig.start:fig.end] == fig.printed


def test_chinese_prose() -> None:
    text = ("截至2016年底，QQ月活跃账户数超过8.69亿，连接超过九亿用户；我们有2万多名员工和38,775名"
            "志愿者，近70万家商家参与，捐款金额达到2015年的2.4倍，占39.6%。")
    assert _found(text) == [
        ("截至2016年底", None, None, "date"), ("超过8.69亿", D(869000000), None, "number"),
        ("超过九亿", D(900000000), None, "number"), ("2万多名", D(20000), "ming", "number"),
        ("38,775名", D(38775), "ming", "number"), ("近70万家", D(700000), "jia", "number"),
        ("2015年", None, None, "date"), ("2.4倍", D("2.4"), "times", "multiple"),
        ("39.6%", D("39.6"), "percent", "percent"),
    ]


def test_english_prose() -> None:
    text = ("In 2016, more than 20,000 volunteers donated RMB 127.9 million; 6.77 million "
            "person-times took part, up 2.4 times from 2015-2016. As of December 31, 2016, nearly "
            "700,000 merchants joined.")
    assert _found(text) == [
        ("2016", None, None, "date"), ("more than 20,000", D(20000), None, "number"),
        ("RMB 127.9 million", D(127900000), "yuan", "number"),
        ("6.77 million person-times", D(6770000), "person_times", "number"),
        ("2.4 times", D("2.4"), "times", "multiple"), ("2015-2016", None, None, "period"),
        ("As of December 31, 2016", None, None, "date"),
        ("nearly 700,000", D(700000), None, "number"),
    ]


def test_a_change_between_two_years_reads_each_figure_and_each_year() -> None:
    # "from X in YEAR to Y in YEAR": the first year and the figure after "to" are no period 2023-2028
    assert _found("Complaints fell from 31,205 in 2023 to 28,473 in 2024.") == [
        ("31,205", D(31205), None, "number"), ("2023", None, None, "date"),
        ("28,473", D(28473), None, "number"), ("2024", None, None, "date")]
    assert [f.printed for f in find_figures("fell from 35 in 2023 to 28 in 2024")] == ["35", "2023", "28", "2024"]
    assert [f.printed for f in find_figures("from 1850 in 2019 to 2030 in 2024")] == ["1850", "2019", "2030", "2024"]
    # the periods it must not break
    assert [(f.printed, f.period) for f in find_figures("from 2015 to 2016, and 2017-18")] == [
        ("2015 to 2016", (2015, 2016)), ("2017-18", (2017, 2018))]


def test_annual_after_a_count_is_no_unit_of_years() -> None:
    # 年度 is "annual": the buyers are counted, not years; 5年 stays a number of years
    assert _found("平台服务近8,700万年度活跃买家") == [("近8,700万", D(87000000), None, "number")]
    assert _found("连续服务5年") == [("5年", D(5), "year", "number")]


def test_words_and_identifiers_that_are_not_figures() -> None:
    text = ("一起进一步推动统一的十分重要的十大工作，第一次，一个平台，三个方面，百度，千万不要，万一，"
            "十三五规划，通过QQ2016、4G、3D和H5，9月7日，在9:30，COVID-19 on 9 September.")
    assert _found(text) == []


def test_qualifiers_bind_only_where_they_mean_it() -> None:
    assert _found("近3年来") == [("3年", D(3), "year", "number")]   # the past 3 years
    assert _found("通过10个渠道，签约30家") == [("10个", D(10), "ge", "number"),
                                             ("30家", D(30), "jia", "number")]
    assert [f.qualifier for f in find_figures("not over 2015-2016")] == [None]
    assert [f.qualifier for f in find_figures("十年来，超过十万小时")] == [None, "over"]


def test_about_binds_across_you() -> None:
    # 约有3万人次 / 大约有: "there are about"; 签约有3家 is a signing, and 共有 no qualifier
    assert [f.qualifier for f in find_figures("今年约有3万人次参与讲座")] == ["about"]
    assert [f.qualifier for f in find_figures("大约有120名志愿者")] == ["about"]
    assert [f.qualifier for f in find_figures("签约有3家，共有5万人")] == [None, None]


def test_day_range_inherits_year_and_month_only_after_a_connector() -> None:
    figs = find_figures("2016年1月至3月；另在5日")
    assert [(f.printed, f.date) for f in figs] == [("2016年1月", (2016, 1, None)),
                                                   ("3月", (2016, 3, None))]


def test_find_figures_is_fast_on_a_report_sized_text() -> None:
    zh = ("2016年9月7日至9日，677万人次通过腾讯公益平台捐出3.05亿元善款，超过九亿用户，近70万家商家。"
          "腾讯公司坚持以用户价值为依归，与合作伙伴一起构建开放的生态，推动互联网公益的发展。")
    en = ("In 2016 more than 20,000 volunteers donated RMB 127.9 million, and 6.77 million "
          "person-times took part. Tencent works with partners to build an open ecosystem. ")
    text = ((zh + en) * (200_000 // len(zh + en) + 1))[:200_000]
    find_figures(text)   # warm the caches
    start = time.perf_counter()
    figs = find_figures(text)
    elapsed = time.perf_counter() - start
    assert len(figs) > 5000
    assert elapsed < 1.0   # ~0.05 s on a developer machine; generous for slow CI


@pytest.mark.parametrize(
    ("printed", "zh", "en"),
    [
        ("677万人次", "677万人次", "6.77 million person-times"),
        ("1.279亿", "1.279亿", "127.9 million"),
        ("超过九亿", "超过9亿", "more than 900 million"),
        ("2万多名", "2万多名", "more than 20,000 people"),
        ("二十多万", "20多万", "more than 200,000"),
        ("近70万家", "近70万家", "nearly 700,000"),
        ("38,775", "38,775", "38,775"),
        ("19,875,366.16", "19,875,366.16", "19,875,366.16"),
        ("99.65%", "99.65%", "99.65%"),
        ("2.4倍", "2.4倍", "2.4 times"),
        ("3.05亿元", "3.05亿元", "RMB 305 million"),
        ("RMB 127.9 million", "1.279亿元", "RMB 127.9 million"),
        ("38775万元", "38,775万元", "RMB 387.75 million"),
        ("2.4 万亿", "2.4万亿", "2.4 trillion"),
        ("1名", "1名", "1 person"),
        ("1000名以上", "1,000名以上", "at least 1,000 people"),
        ("约30%", "约30%", "about 30%"),
        ("数十", "数十", "dozens"),
        ("数百家", "数百家", "hundreds"),
        ("hundreds of people", "数百人", "hundreds of people"),
        ("十几万", "十几万", "more than 100,000"),
        ("2015年9月7日", "2015年9月7日", "September 7, 2015"),
        ("2016年底", "2016年12月31日", "December 31, 2016"),
        ("2015-2016", "2015-2016", "2015-2016"),
    ],
)
def test_format_figure(printed: str, zh: str, en: str) -> None:
    fig = parse_figure(printed)
    assert fig is not None
    assert format_figure(fig, "zh") == zh
    assert format_figure(fig, "en") == en


def test_format_figure_rejects_unknown_language() -> None:
    fig = parse_figure("38,775")
    assert fig is not None
    with pytest.raises(ValueError):
        format_figure(fig, "fr")


@pytest.mark.parametrize(
    ("value", "precision", "printed"),
    [("6770000", "10000", "677万"), ("127900000", "100000", "1.279亿"), ("38775", "1", "38,775"),
     ("2400000000000", "100000000000", "2.4万亿"), ("0", "1", "0"), ("12.5", "1", "12.5"),
     ("6700000", "10000", "670万"), ("-20000", "10000", "-2万")],
)
def test_format_zh(value: str, precision: str, printed: str) -> None:
    assert format_zh(D(value), D(precision)) == printed


# --- properties --------------------------------------------------------------------------------

# fragments of the number grammar, glued at random: far likelier to reach odd corners
_NUMBERISH = st.lists(
    st.sampled_from(list("0123456789,.，．％%- 万亿千百十一二三四五六七八九零两〇多余超过近约数上几"
                         "年月日底至元人次名个倍度秒点分之")
                    + ["百分之", "个百分点", "万人次", "more than ", "nearly ", " million", "RMB ",
                       "September ", "2016", "—", "以上", "左右", "QQ", "G", "m", "times"]),
    max_size=25,
).map("".join)


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=60), _NUMBERISH))
@example("1亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿")
@example("9" * 400 + "万")
@example("一" + "亿" * 300)
def test_parse_figure_never_raises(text: str) -> None:
    fig = parse_figure(text)
    if fig is not None:
        assert text[fig.start:fig.end] == fig.printed
        assert fig.low <= fig.high


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=200), _NUMBERISH))
@example("2016年9月7日至9日，677万人次")
def test_find_figures_never_raises_and_keeps_spans(text: str) -> None:
    figs = find_figures(text)
    end = 0
    for fig in figs:
        assert isinstance(fig, Figure)
        assert text[fig.start:fig.end] == fig.printed
        assert end <= fig.start < fig.end
        end = fig.end


_AMOUNTS = st.decimals(min_value=0, max_value=10 ** 13, places=2, allow_nan=False,
                       allow_infinity=False)


@settings(max_examples=200)
@given(_AMOUNTS)
@example(D("6770000"))
@example(D("0.5"))
@example(D("2016"))
def test_format_zh_round_trips(d: Decimal) -> None:
    fig = parse_figure(format_zh(d))
    assert fig is not None and fig.value == d


@st.composite
def _arabic(draw: st.DrawFn) -> str:
    """A number printed the way a report prints Arabic numerals: 38,775 / 677 / 1.279."""
    whole = draw(st.integers(min_value=0, max_value=10 ** 9))
    grouped = f"{whole:,}" if draw(st.booleans()) else str(whole)
    frac = draw(st.one_of(st.just(""), st.from_regex(r"\A[0-9]{1,3}\Z")))
    return grouped + ("." + frac if frac else "")


@settings(max_examples=200)
@given(_arabic(), st.sampled_from([("万", 10 ** 4), ("亿", 10 ** 8), ("万亿", 10 ** 12)]))
@example("677", ("万", 10 ** 4))
@example("1.279", ("亿", 10 ** 8))
def test_scale_words_multiply(x: str, scale: tuple[str, int]) -> None:
    plain, scaled = parse_figure(x), parse_figure(x + scale[0])
    assert plain is not None and scaled is not None and plain.value is not None
    assert scaled.value == plain.value * scale[1]
    assert scaled.precision == plain.precision * scale[1]


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10 ** 15))
def test_thousands_separators_are_ignored(n: int) -> None:
    grouped, bare = parse_figure(f"{n:,}"), parse_figure(str(n))
    assert grouped is not None and bare is not None
    assert grouped.value == bare.value == n


_CN = "零一二三四五六七八九"


def _to_chinese(n: int) -> str:
    """Standard Chinese numerals for 0 <= n < 10^16 (一千零五, 十万, 三亿零二十)."""
    if n == 0:
        return "零"

    def section(v: int) -> str:   # 0 < v < 10000
        out, zero = "", False
        for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = v // place % 10
            if digit:
                out += ("零" if zero and out else "") + _CN[digit] + word
                zero = False
            else:
                zero = True
        return out

    groups = [(n // 10 ** 12) % 10 ** 4, (n // 10 ** 8) % 10 ** 4, (n // 10 ** 4) % 10 ** 4,
              n % 10 ** 4]
    out, pending_zero = "", False
    for value, word in zip(groups, ("万亿", "亿", "万", "")):
        if value == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or value < 1000):
            out += "零"
        out += section(value) + word
        pending_zero = False
    # 一十五 is written 十五 at the start
    return out[1:] if out.startswith("一十") else out


@pytest.mark.parametrize(("n", "cn"), [(0, "零"), (10, "十"), (15, "十五"), (110, "一百一十"),
                                       (1005, "一千零五"), (100000, "十万"), (300000020, "三亿零二十"),
                                       (2016, "二千零一十六")])
def test_chinese_numeral_helper(n: int, cn: str) -> None:
    assert _to_chinese(n) == cn


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10 ** 12 - 1))
@example(365)
@example(900000000)
def test_chinese_numerals_equal_arabic(n: int) -> None:
    fig = parse_figure(_to_chinese(n))
    assert fig is not None and fig.value == n


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = st.sampled_from(["，", "。", "腾讯", "用户", " and ", "people", "年", "的", " "])
    figures = st.sampled_from([
        "677万人次", "超过九亿", "2万多名", "近70万家", "39.6%", "2.4倍", "数十", "2015年9月7日",
        "2015-2016", "more than 20,000", "RMB 127.9 million", "二十多万", "38,775",
    ])
    return "".join(draw(st.lists(st.one_of(words, figures), max_size=12)))


@settings(max_examples=200)
@given(_sentence())
def test_printed_is_preserved_in_prose(text: str) -> None:
    for fig in find_figures(text):
        assert text[fig.start:fig.end] == fig.printed


@settings(max_examples=200)
@given(_arabic(), st.sampled_from(["", "万", "亿", "万人次", "亿元", "名"]))
@example("677", "万人次")
@example("1.279", "亿")
@example("0", "万")
def test_english_rendering_round_trips(x: str, suffix: str) -> None:
    fig = parse_figure(x + suffix)
    assert fig is not None
    for lang in ("en", "zh"):
        again = parse_figure(format_figure(fig, lang))
        assert again is not None, format_figure(fig, lang)
        assert again.value == fig.value
        assert again.kind == fig.kind


def test_an_unbroken_run_of_numerals_is_read_in_linear_time() -> None:
    """A hostile paragraph (issue 17): 42 KB of "1万2千3百四十五" is read in bounded pieces, not as one numeral.
    The time is measured by make bench; here the piece count shows the run was cut."""
    text = "1万2千3百四十五" * 4700
    figures = find_figures(text)
    assert all(len(f.printed) <= 60 for f in figures)


@settings(max_examples=400, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=True, places=None), st.integers(min_value=0, max_value=8),
       st.sampled_from([12, 28, 60]))
@example(Decimal("-0.00"), 2, 28)
@example(Decimal("999.995"), 2, 28)
@example(Decimal("1E+40"), 0, 28)
def test_english_digits_are_babels(value: Decimal, decimals: int, precision: int) -> None:
    """numerals._en_digits takes Babel's own steps for "#,##0.00" in English (without loading its locale data)."""
    from decimal import Context, localcontext

    from babel.numbers import format_decimal

    from csrpress.numerals import _en_digits

    def outcome(f):
        try:
            return f()
        except Exception as exc:  # noqa: BLE001 - both must fail alike (a value too long for the context)
            return type(exc).__name__

    with localcontext(Context(prec=precision)):
        expected = outcome(lambda: format_decimal(value, format="#,##0" + ("." + "0" * decimals if decimals else ""), locale="en"))
        assert outcome(lambda: _en_digits(value, decimals)) == expected


@pytest.mark.parametrize("text, printed, low, high, qualifier", [
    ("我们工厂近九成的同事来自本地", "近九成", "81", "90", "nearly"),  # nearly 90%: below it
    ("约八成员工参加了培训", "约八成", "72", "88", "about"),  # 八成员工 is 80% of employees, not 八 + 成员
    ("超过七成的采购来自本地", "超过七成", "70", "Infinity", "over"),
    ("八成五的客户", "八成五", "84.5", "85.5", None),  # 85%, rounded to the percent
    ("九成的门店", "九成", "85", "95", None),  # rounded to the tenth
    ("八成以上", "八成以上", "80", "Infinity", "at_least"),
])
def test_tenths_are_percentages(text: str, printed: str, low: str, high: str, qualifier: str | None) -> None:
    (fig,) = find_figures(text)
    assert (fig.printed, fig.kind, fig.low, fig.high, fig.qualifier) == (printed, "percent", D(low), D(high), qualifier)


@pytest.mark.parametrize("text", ["一成不变", "三成员国", "两成为新客户", "成效显著", "取得成果"])
def test_words_with_cheng_are_no_tenths(text: str) -> None:
    assert not [f for f in find_figures(text) if f.kind == "percent"]
