"""A count in 万 or 亿 written straight before a noun of people, without a measure word ("1.35亿客户", "38.6万农村群众",
"一千三百四十二萬居民"), counts persons, as does a bare figure after 人口 ("供水服务人口1,243万"): each is then compared with
the 人 and 名 of the same people. Not a count before a compound of things or households (居民区, 居民家庭), one whose
words before the noun hold a verb (the count is of what the verb's sentence says), nor a figure with a unit already."""

from __future__ import annotations

from csrpress.claims.extract import _counted_by, _people_bare, _people_by_ge
from csrpress.claims.script import reading
from csrpress.numbers import find_figures


def _unit(text: str) -> str | None:
    read = reading(text)
    fig = find_figures(read)[0]
    return _people_bare(read, _people_by_ge(read, _counted_by(read, fig))).unit


def test_a_bare_count_before_a_noun_of_people_counts_persons():
    assert _unit("为1.35亿客户提供保险保障") == "person"
    assert _unit("让38.6万农村群众喝上了放心水") == "person"
    assert _unit("讓一千三百四十二萬居民擰開水龍頭") == "person"
    assert _unit("服务1,243万 居民") == "person"


def test_a_bare_count_after_a_population_counts_persons():
    assert _unit("供水服务人口1,243万") == "person"
    assert _unit("覆盖人口达38万") == "person"


def test_look_alikes_keep_their_own_unit():
    assert _unit("投入1.2亿资金帮助居民") is None  # a verb between: the count is the money's
    assert _unit("新建3万居民区") is None
    assert _unit("覆盖1.2万居民家庭") is None  # households
    assert _unit("服务2.4万名客户") == "ming"
    assert _unit("服务客户1.2万人次") == "wan_person_times"
    assert _unit("12,000居民") is None  # no scale word: a bare Arabic count is no count of people written so
