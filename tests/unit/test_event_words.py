"""claims/events.py: which words name the event a date is given for."""

from csrpress.claims.events import events_in
from csrpress.model import Origin


def _words(text: str) -> frozenset[str]:
    (event,) = [e for e in events_in(text, Origin("c.yaml", ("zh",)), 2024) if e.kind == "day"]
    return event.words


def test_a_box_label_is_no_word_of_the_event():
    # "【案例】" says what kind of text follows; as a word it made two datings of one opening look less alike
    assert "案例" not in _words("【案例】印尼莫罗瓦利工厂2024年3月投产")
    assert {"工厂", "投产"} <= _words("【案例】印尼莫罗瓦利工厂2024年3月投产")


def test_a_label_in_the_text_itself_is_kept():
    assert "案例" in _words("2024年3月，我们入选优秀案例")


def test_an_exchange_is_one_word_by_its_full_and_its_short_name():
    # a listing dated "在香港联合交易所有限公司主板上市" and "在香港联交所主板上市" names one exchange (claims/thesaurus.py)
    full = _words("本公司于2019年7月12日在香港联合交易所有限公司主板上市")
    short = _words("自2019年7月21日在香港联交所主板上市以来")
    assert {"联交所", "主板", "上市"} <= full & short


def test_a_festival_glued_to_the_preposition_after_it_keeps_its_name():
    # jieba cuts "邻里节在禾湾市" as 邻里 / 节在: the festival's name is still one word
    assert "悦佳邻里节" in _words("2024年9月21日，第九届悦佳邻里节在禾湾市启幕")


def test_a_milestone_names_what_started_before_its_verb_and_not_with_an_object():
    def start(text):
        (event,) = [e for e in events_in(text, Origin("c.yaml", ("zh",)), 2024) if e.kind == "start"]
        return event

    assert start("- 2021年：德贤（佛山）职业技术学院开办").topic == "德贤佛山职业技术学院"
    assert start("- 2017年：首届“悦佳邻里节”举办").low == 2017
    assert start("2016年，腾讯研究院成立网络行为研究中心").topic == ""


def _starts(text: str) -> list[tuple[int, bool]]:
    return [(e.low, e.ordinal) for e in events_in(text, Origin("c.yaml", ("zh",)), 2024) if e.kind == "start"]


def test_a_financial_year_is_a_start_year():
    assert _starts("本公司自2016财政年度起每年发布ESG报告") == [(2016, False)]
    assert _starts("自2016财年起") == [(2016, False)]


def test_the_nth_report_dates_the_first_of_its_series():
    assert _starts("这也是本公司发布的第七份ESG报告") == [(2018, True)]
    assert _starts("第七届公益节在杭州举办") == [(2018, True)]


def test_an_ordinal_of_another_year_or_of_no_report_dates_nothing():
    assert _starts("2022年，第五届公益节在杭州举办") == []  # an edition of another year
    assert _starts("我们签署了第三份供应合同") == []  # not a report


def test_a_run_whose_verb_modifies_the_ordinal_counts_back_from_the_report_year():
    # 连续开展的第10年: the tenth year running in 2024, begun in 2015
    assert _starts("2024年，「清泉护河」义工行动迎来连续开展的第10年") == [(2015, False)]
    assert _starts("“春苗行”项目已连续实施5年") == [(2020, False)]


def test_a_milestone_dated_by_its_year_alone_is_an_event_of_that_year():
    (event,) = [e for e in events_in("2019年，泾县青龙山矿山入选国家级绿色矿山名录", Origin("c.yaml", ("zh",)), 2024)]
    assert (event.kind, event.low, event.high) == ("day", 20190101, 20191232)
    assert {"青龙山", "名录"} <= event.own
    # a milestone that starts something is a start, not also a day
    assert [e.kind for e in events_in("2017年，启动“石路通”乡村道路计划", Origin("c.yaml", ("zh",)), 2024)] == ["start"]


def test_a_pairing_starts_the_help_since():
    (event,) = [e for e in events_in("2015年，某公司与青石村结对", Origin("c.yaml", ("zh",)), 2024) if e.kind == "start"]
    assert event.low == 2015 and "帮扶" in event.words and "结对" not in event.words


def _start_events(text: str):
    return [e for e in events_in(text, Origin("c.yaml", ("zh",)), 2024) if e.kind == "start"]


def test_what_a_since_clause_sets_up_is_its_subject():
    # nothing before 自: the object of 设立 up to 以来 is what started, as 松林助学金 before 连续 is what ran
    (since,) = _start_events("自2009年设立松林助学金以来，我们与林农一起成长")
    (run,) = _start_events("松林助学金已连续十五年资助林区学生")
    assert since.topic == run.topic == "松林助学金"
    (listed,) = _start_events("自2011年在香港上市以来，集团不断成长")
    assert listed.topic == ""  # no verb of starting right after the year: no object read as its subject


def test_a_run_one_year_short_of_its_start_is_the_common_miscount():
    from csrpress.checks.dates import _one_short
    (since,) = _start_events("自2009年设立松林助学金以来，我们与林农一起成长")
    (short,) = _start_events("松林助学金已连续十五年资助林区学生")  # 2010-2024: counts 2024 - 2009
    (long,) = _start_events("松林助学金已连续十七年资助林区学生")  # 2008: a year before it was set up
    assert _one_short(short, since) and _one_short(since, short)
    assert not _one_short(long, since)


def test_a_start_year_stated_as_a_fact_gives_no_elapsed_time():
    # "自2009年设立" states the year it began, with no 以来 to measure years since: 连续十五年 then miscounts it (error)
    from csrpress.checks.dates import _one_short
    (since,) = _start_events("冠隆奖学金自2009年设立，资助基层学生")
    (short,) = _start_events("冠隆奖学金已连续十五年资助基层学生")
    assert not _one_short(short, since)
